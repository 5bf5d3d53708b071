"""Branch settings: the bank's side of the agreement (乙方: bank, branch, address, telephone), one row per
branch, written at the centre by IT and pulled by the branch's terminals (central-authoritative). The
agreement is refused while a field is blank. The central database gets the table too; its terminal-login
guard is central migration c0009.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-01 13:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "branch_settings",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("branch", sa.String(length=32), nullable=False),
        sa.Column("version", sa.Integer(), server_default="0", nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("bank_name", sa.String(length=100), nullable=False),
        sa.Column("branch_name", sa.String(length=100), nullable=False),
        sa.Column("address", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("set_by", sa.String(length=80), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_branch_settings")),
        sa.UniqueConstraint("branch", name=op.f("uq_branch_settings_branch")),
    )
    op.create_index(op.f("ix_branch_settings_branch"), "branch_settings", ["branch"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_branch_settings_branch"), table_name="branch_settings")
    op.drop_table("branch_settings")
