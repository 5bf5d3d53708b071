"""Row-level security asks a terminal login's branch once per table of a statement, not twice.

c0010's and c0011's policies read `NOT (SELECT limited FROM teller_login_scope()) OR branch = (SELECT
own_branch FROM teller_login_scope())`: two lookups of the login for every table of every statement a
terminal's login sends (each an InitPlan, a PL/pgSQL call and the binding's query). Now each policy asks
once, `teller_seen_branch(current_user)`, which answers in one SECURITY DEFINER PL/pgSQL function:

- the login's own branch when it is bound (the session's own login first, else a role it may SET ROLE
  to, as `teller_login_binding` answers);
- '' when it is bound to no branch ('' is no branch: it sees no row, as before);
- an error for a member of teller_terminal bound to nothing, as `teller_login_scope` raises;
- NULL for every other login (an administrator): it sees every row.

A row is visible when its branch IS NOT DISTINCT FROM coalesce(that answer, its branch): the same rows as
before, for every kind of login (tests/sync/test_reads_of_own_branch.py, test_users_of_own_branch.py).
The policies of the change log and streams (the login's own stream and the shared '*') and of the
tables keyed by terminal id read the same answer. The statement triggers (c0003–c0005) still ask
`teller_login_scope()`, once per statement.

Measured in one backend's loop (`python -m bench.scale.login_scope`, medians of 3, 2026-12-02): a terminal
login's poll 174.0 µs with c0012's two lookups a table, 76.4 µs with one; the owner's 28.6 µs.

Revision ID: c0013
Revises: c0012
Create Date: 2026-12-02
"""

from __future__ import annotations

from alembic import op

from teller_app.sync.migrations.versions import c0010_users_of_own_branch_only as c0010
from teller_app.sync.migrations.versions import c0011_reads_of_own_branch_only as c0011

revision = "c0013"
down_revision = "c0012"
branch_labels = None
depends_on = None

SEEN_BRANCH = """
CREATE OR REPLACE FUNCTION teller_seen_branch(p_role name) RETURNS text
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    seen text;
BEGIN
    SELECT l.branch::text INTO seen FROM public.terminal_logins l
    WHERE l.login IN (session_user, p_role)
      AND CASE WHEN l.login = session_user THEN true ELSE pg_has_role(session_user, p_role, 'MEMBER') END
    ORDER BY l.login = session_user DESC LIMIT 1;
    IF FOUND THEN
        RETURN coalesce(seen, '');
    END IF;
    IF session_user = 'teller_terminal' OR p_role = 'teller_terminal' OR EXISTS (
        SELECT 1 FROM pg_auth_members m
        JOIN pg_roles g ON g.oid = m.roleid
        JOIN pg_roles u ON u.oid = m.member
        WHERE g.rolname = 'teller_terminal' AND u.rolname IN (session_user, p_role)
    ) THEN
        RAISE EXCEPTION 'login % is a terminal login bound to no branch: it may write nothing', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NULL;
END $$
"""

_SEEN = "(SELECT teller_seen_branch(current_user))"
VISIBLE = {
    "branch": f"branch IS NOT DISTINCT FROM coalesce({_SEEN}, branch)",
    "stream": f"stream = '*' OR stream IS NOT DISTINCT FROM coalesce({_SEEN}, stream)",
    "terminal_id": (
        f"split_part(terminal_id, ':', 1) IS NOT DISTINCT FROM coalesce({_SEEN}, split_part(terminal_id, ':', 1))"
    ),
}
USERS_POLICY = f"""
CREATE POLICY users_of_own_branch ON users USING ({VISIBLE["branch"]}) WITH CHECK ({VISIBLE["branch"]})
"""


def policy_statements(visible: dict[str, str], users_policy: str) -> list[str]:
    """The policies of every branch-scoped table made again with `visible` (c0011's tables) and `users_policy`."""
    statements = []
    for table, key in c0011._tables():
        statements.append(f'DROP POLICY IF EXISTS "{table}_of_own_branch" ON "{table}"')
        statements.append(
            f'CREATE POLICY "{table}_of_own_branch" ON "{table}" USING ({visible[key]}) WITH CHECK (true)'
        )
    return [*statements, "DROP POLICY IF EXISTS users_of_own_branch ON users", users_policy]


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(SEEN_BRANCH)
    for statement in policy_statements(VISIBLE, USERS_POLICY):
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for statement in policy_statements(c0011.VISIBLE, c0010.POLICY):
        op.execute(statement)
    op.execute("DROP FUNCTION IF EXISTS teller_seen_branch(name)")
