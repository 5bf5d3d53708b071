"""Cases carry their 案件编号 (domain/case_numbers.py) in a plain, indexed column, so that a teller finds a
case by the number the customer quotes, exactly or by its beginning, without opening every sealed summary.

The number is no personal data: branch, business day, terminal and a sequence. The central database gets the
column too (it runs these migrations) and stores what terminals push. Cases numbered before this revision
keep the number in their sealed summary only; services/case_store.fill_missing_numbers copies it after sign-in.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01 13:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("cases", sa.Column("number", sa.String(length=40), nullable=True))
    op.create_index("ix_cases_number", "cases", ["number"])


def downgrade() -> None:
    op.drop_index("ix_cases_number", table_name="cases")
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_column("number")
