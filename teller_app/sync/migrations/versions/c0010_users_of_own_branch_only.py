"""A terminal's database login reads only its own branch's users: other branches' password hashes stay central.

c0004 refused a terminal's writes of another branch's users, but its login could still SELECT every user
of the bank, password hashes included: a stolen branch PC's credentials were an offline password-guessing
target for the whole bank. Now `users` is under row-level security. For a login bound to a branch in
`terminal_logins` (looked up as c0004's `teller_login_scope` does, by session_user too, so `SET ROLE`
sheds nothing) a row of another branch does not exist: a SELECT returns none of them, an UPDATE changes
none of them, an INSERT of one (or an UPDATE that moves its own user there) is refused. A member of
teller_terminal bound to no branch is refused outright. Logins that are not a terminal's (the owner,
which also bypasses row-level security as the table's owner, an administrator) see every user.

The bank-wide user-name check (`init`, `user add`, `user rename` while online) must still see a name held
by another branch: `teller_user_name_holder(name)` answers it, with the holder's id, name and branch only
(never a hash), as a SECURITY DEFINER function.

PostgreSQL refuses COPY into a table under row-level security, so the push stages a terminal's new users
in a temporary table and inserts them from there (`shared_tables.ROW_SECURED`). c0004's statement
triggers stay: they still check the roles a branch may hold.

Revision ID: c0010
Revises: c0009
Create Date: 2026-12-01
"""

from __future__ import annotations

from alembic import op

revision = "c0010"
down_revision = "c0009"
branch_labels = None
depends_on = None

# Two scalar subqueries: PostgreSQL evaluates each once per statement (an InitPlan), not once per row.
POLICY = """
CREATE POLICY users_of_own_branch ON users
    USING (NOT (SELECT limited FROM teller_login_scope()) OR branch = (SELECT own_branch FROM teller_login_scope()))
    WITH CHECK (
        NOT (SELECT limited FROM teller_login_scope()) OR branch = (SELECT own_branch FROM teller_login_scope())
    )
"""

NAME_HOLDER = """
CREATE OR REPLACE FUNCTION teller_user_name_holder(p_name text)
RETURNS TABLE (id text, username text, branch text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT u.id::text, u.username::text, u.branch::text FROM public.users u
    WHERE lower(u.username) = lower(btrim(p_name)) LIMIT 1
$$
"""


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP POLICY IF EXISTS users_of_own_branch ON users")
    op.execute(POLICY)
    op.execute("ALTER TABLE users ENABLE ROW LEVEL SECURITY")
    op.execute(NAME_HOLDER)
    op.execute("REVOKE ALL ON FUNCTION teller_user_name_holder(text) FROM PUBLIC")
    op.execute(
        "DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'teller_terminal') THEN "
        "GRANT EXECUTE ON FUNCTION teller_user_name_holder(text) TO teller_terminal; END IF; END $$"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP FUNCTION IF EXISTS teller_user_name_holder(text)")
    op.execute("ALTER TABLE users DISABLE ROW LEVEL SECURITY")
    op.execute("DROP POLICY IF EXISTS users_of_own_branch ON users")
