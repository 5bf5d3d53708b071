"""Branch settings (乙方 of the agreement) are the bank's data: a terminal's login may not write them.

Storage migration 0011 makes `branch_settings` (central-authoritative, pulled by the branch's terminals).
IT writes it at the centre with the owner's login (`teller-admin branch set`); a terminal's login, whatever
its branch, is refused by c0004's `teller_bank_data_only` guard, so no terminal can change its own
branch's 乙方 or another branch's. Terminals only read it (packaging/sql/terminal_role.sql grants SELECT).

Revision ID: c0009
Revises: c0008
Create Date: 2026-12-01
"""

from __future__ import annotations

from alembic import op

revision = "c0009"
down_revision = "c0008"
branch_labels = None
depends_on = None

TABLE = "branch_settings"


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(f'DROP TRIGGER IF EXISTS "{TABLE}_own_branch_insert" ON "{TABLE}"')
    op.execute(f'DROP TRIGGER IF EXISTS "{TABLE}_own_branch_update" ON "{TABLE}"')
    op.execute(
        f'CREATE TRIGGER "{TABLE}_own_branch_insert" AFTER INSERT ON "{TABLE}" '
        "REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION teller_bank_data_only()"
    )
    op.execute(
        f'CREATE TRIGGER "{TABLE}_own_branch_update" AFTER UPDATE ON "{TABLE}" '
        "REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows "
        "FOR EACH STATEMENT EXECUTE FUNCTION teller_bank_data_only()"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(f'DROP TRIGGER IF EXISTS "{TABLE}_own_branch_insert" ON "{TABLE}"')
    op.execute(f'DROP TRIGGER IF EXISTS "{TABLE}_own_branch_update" ON "{TABLE}"')
