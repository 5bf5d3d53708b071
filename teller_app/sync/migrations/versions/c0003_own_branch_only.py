"""A terminal's database login writes rows of its own branch only.

`terminal_logins` maps each login made by packaging/sql/terminal_role.sql to its branch. On PostgreSQL,
every branch-scoped business table gets two statement-level triggers that look at the rows the statement
inserted (and, for an update, the rows as they were): when the session's login is a terminal's, a row of
another branch refuses the whole statement. Row-level security would say the same, but PostgreSQL
refuses COPY into a table under row-level security, and the push loads rows by COPY; a statement
trigger costs one scan of the statement's rows. Logins that are not a terminal's (the owner who
migrates, an administrator) are not limited here.

Revision ID: c0003
Revises: c0002
Create Date: 2026-11-27
"""

from __future__ import annotations

from alembic import op

from teller_app.sync.central_schema import terminal_logins

revision = "c0003"
down_revision = "c0002"
branch_labels = None
depends_on = None

# Branch-scoped business tables, as they stand at this revision (users and process definitions are the
# bank's, not a branch's).
GUARDED = (
    "customers",
    "cases",
    "case_steps",
    "documents",
    "document_scans",
    "beneficial_owners",
    "risk_assessments",
    "accounts",
    "number_blocks",
    "audit_events",
    "approval_requests",
    "approvals",
)

FUNCTION = """
CREATE OR REPLACE FUNCTION teller_own_branch_only() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    own text;
BEGIN
    SELECT branch INTO own FROM terminal_logins WHERE login = current_user;
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    IF EXISTS (SELECT 1 FROM new_rows WHERE branch IS DISTINCT FROM own) THEN
        RAISE EXCEPTION 'login % of branch % may not write rows of another branch into %',
            current_user, own, TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF TG_OP = 'UPDATE' THEN
        IF EXISTS (SELECT 1 FROM old_rows WHERE branch IS DISTINCT FROM own) THEN
            RAISE EXCEPTION 'login % of branch % may not change rows of another branch in %',
                current_user, own, TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
        END IF;
    END IF;
    RETURN NULL;
END $$
"""


def upgrade() -> None:
    bind = op.get_bind()
    terminal_logins.create(bind, checkfirst=True)  # c0001 creates the tables as declared today
    if bind.dialect.name != "postgresql":
        return
    op.execute(FUNCTION)
    for table in GUARDED:
        op.execute(f'DROP TRIGGER IF EXISTS "{table}_own_branch_insert" ON "{table}"')
        op.execute(f'DROP TRIGGER IF EXISTS "{table}_own_branch_update" ON "{table}"')
        op.execute(
            f'CREATE TRIGGER "{table}_own_branch_insert" AFTER INSERT ON "{table}" '
            "REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION teller_own_branch_only()"
        )
        op.execute(
            f'CREATE TRIGGER "{table}_own_branch_update" AFTER UPDATE ON "{table}" '
            "REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows "
            "FOR EACH STATEMENT EXECUTE FUNCTION teller_own_branch_only()"
        )


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        for table in GUARDED:
            op.execute(f'DROP TRIGGER IF EXISTS "{table}_own_branch_insert" ON "{table}"')
            op.execute(f'DROP TRIGGER IF EXISTS "{table}_own_branch_update" ON "{table}"')
        op.execute("DROP FUNCTION IF EXISTS teller_own_branch_only()")
    terminal_logins.drop(bind, checkfirst=True)
