"""Accounts carry the bank-wide uniqueness index of their depositor (credit code for a basic account, ID
number for a Ⅰ类 account), so the central database sees a second one opened at any branch.

Accounts set up before this revision keep NULL here: the migration has no keys. Each terminal indexes the
accounts it set up at its next sync once it holds the bank-wide key (sync/uniqueness.py,
`index_accounts_bank_wide`), and re-checks them bank-wide. The central database gets the column too.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01 12:50:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN keeps the central table's branch triggers (a batch rebuild would drop them).
    op.add_column("accounts", sa.Column("depositor_index", sa.String(length=32), nullable=True))
    op.create_index("ix_accounts_depositor_index", "accounts", ["depositor_index"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_accounts_depositor_index", table_name="accounts")
    with op.batch_alter_table("accounts", schema=None) as batch_op:
        batch_op.drop_column("depositor_index")
