"""A terminal's database login reads only its own branch's rows, in every business and bookkeeping table.

Until now only `users` was under row-level security (c0010): a terminal's login could SELECT every other
branch's cases, steps, documents, accounts (numbers, limits, depositor indexes), audit events, approvals,
post-reviews, conflicts (both payloads whole), change log, applied ops, anchors, enrolments and the login
directory — every plain column, and the sealed ones as ciphertext. Now every branch-scoped table is
under row-level security with one policy: for a login bound to a branch (c0010's `teller_login_scope`) a
row of another branch does not exist; the change log and the change streams show its own branch's
stream and the shared one ("*"); applied ops, applied appends and chain anchors the terminal ids of its
own branch. Logins that are not a terminal's see every row; the owner is not under its own policies.
What a terminal may write stays the statement triggers' to say (c0003–c0005: they see COPY too, and name
the rule broken), so the policies check no new row (WITH CHECK true); an UPDATE or DELETE, like a SELECT,
finds no row of another branch.

Why row-level security and not column grants with SECURITY DEFINER readers (the other design weighed):
column-level SELECT must still grant the conflict target and version of every row (ON CONFLICT DO UPDATE
and SELECT … FOR UPDATE read them), so `SELECT id, version FROM cases` would still list the whole bank,
and every reader (pull, poll, conflicts, chain checks, recovery, the supervisor's queue) would need its
own definer function, each a new place to get the branch filter wrong. A policy filters every reader,
today's and tomorrow's, in one place.

What row-level security costs is COPY: PostgreSQL refuses COPY FROM into a table under it, whatever the
policy. The push's COPYs (central_bulk) therefore run as `teller_terminal_copier`, a role with BYPASSRLS
and INSERT on the copied tables, nothing else: no SELECT (so bypassing the policies shows it no row), no
UPDATE, no DELETE. A terminal's transaction switches to it with `teller_copy_as_copier()` (SET LOCAL, so
it ends with the transaction, also through PgBouncer in transaction pooling) after its reads and back
with RESET ROLE before its other writes, each in a burst it sends anyway: no round trip more. The
statement triggers of c0003–c0005 still refuse a row of another branch or terminal, COPYed or not: they
look the login up by session_user, which SET ROLE does not change. Tables whose triggers read other
tables (users, number blocks) stay out of COPY (`shared_tables.ROW_SECURED`).

The login directory (`terminal_logins`) is no longer readable by terminals at all; `teller_login_scope`
asks `teller_login_binding`, which answers for the session's own login (or a role it may SET ROLE to)
only. The bank-wide one-basic-account check asks `teller_accounts_held(indexes, types)`: open accounts
of any branch under the given depositor indexes, with the case id only for the caller's own branch.

Creating a BYPASSRLS role needs a superuser: when the owner is not one, a superuser creates the role
first (`CREATE ROLE teller_terminal_copier NOLOGIN BYPASSRLS; GRANT teller_terminal_copier TO <owner> WITH
ADMIN OPTION`, so that packaging/sql/terminal_role.sql can grant it to teller_terminal) and the owner
migrates again. The role is the cluster's: the downgrade takes its grants back and leaves it.

Revision ID: c0011
Revises: c0010
Create Date: 2026-12-01
"""

from __future__ import annotations

from alembic import op

revision = "c0011"
down_revision = "c0010"
branch_labels = None
depends_on = None

COPIER = "teller_terminal_copier"
# Business tables keyed by branch (users has its own policy, c0010), then the bookkeeping ones.
BUSINESS = (
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
    "post_reviews",
    "review_findings",
    "rectifications",
    "satisfaction",
    "suggestions",
    "incidents",
)
BY_BRANCH = (
    *BUSINESS,
    "conflicts",
    "key_enrolments",
    "number_sequences",
    "terminals",
)
BY_STREAM = ("change_log", "change_streams")
BY_TERMINAL_ID = ("applied_ops", "applied_appends", "chain_anchors")
# What the push COPYs straight into its tables (new rows and appends); users and number blocks are staged.
# The bank's tables are here so that a terminal's row of them meets c0004's guard, as before, not a grant.
COPIED = (*(t for t in BUSINESS if t != "number_blocks"), "process_definitions", "branch_settings")

_LIMITED = "(SELECT limited FROM teller_login_scope())"
_OWN = "(SELECT own_branch FROM teller_login_scope())"
# Scalar subqueries: evaluated once per statement (an InitPlan), not once per row.
VISIBLE = {
    "branch": f"NOT {_LIMITED} OR branch = {_OWN}",
    "stream": f"NOT {_LIMITED} OR stream = {_OWN} OR stream = '*'",
    "terminal_id": f"NOT {_LIMITED} OR split_part(terminal_id, ':', 1) = {_OWN}",
}

BINDING = """
CREATE OR REPLACE FUNCTION teller_login_binding(p_role name)
RETURNS TABLE (branch text, terminal text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT l.branch::text, l.terminal::text FROM public.terminal_logins l
    WHERE l.login IN (session_user, p_role)
      AND CASE WHEN l.login = session_user THEN true ELSE pg_has_role(session_user, p_role, 'MEMBER') END
    ORDER BY l.login = session_user DESC LIMIT 1
$$
"""


def _scope(lookup: str) -> str:
    """c0004's teller_login_scope, with the login looked up by `lookup`."""
    return f"""
CREATE OR REPLACE FUNCTION teller_login_scope(OUT own_branch text, OUT own_terminal text, OUT limited boolean)
LANGUAGE plpgsql STABLE AS $$
BEGIN
    {lookup}
    IF FOUND THEN
        limited := true;
        RETURN;
    END IF;
    IF session_user = 'teller_terminal' OR current_user = 'teller_terminal' OR EXISTS (
        SELECT 1 FROM pg_auth_members m
        JOIN pg_roles g ON g.oid = m.roleid
        JOIN pg_roles u ON u.oid = m.member
        WHERE g.rolname = 'teller_terminal' AND u.rolname IN (session_user, current_user)
    ) THEN
        RAISE EXCEPTION 'login % is a terminal login bound to no branch: it may write nothing', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    limited := false;
END $$
"""


SCOPE = _scope(
    "SELECT b.branch, b.terminal INTO own_branch, own_terminal FROM teller_login_binding(current_user) b;"
)
SCOPE_BEFORE = _scope(
    "SELECT branch, terminal INTO own_branch, own_terminal FROM terminal_logins\n"
    "    WHERE login IN (session_user, current_user) ORDER BY login = session_user DESC LIMIT 1;"
)

COPY_AS_COPIER = f"""
CREATE OR REPLACE FUNCTION teller_copy_as_copier() RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN
    IF (SELECT limited FROM teller_login_scope()) AND pg_has_role(session_user, '{COPIER}', 'MEMBER') THEN
        PERFORM set_config('role', '{COPIER}', true);
        RETURN true;
    END IF;
    RETURN false;
END $$
"""

ACCOUNTS_HELD = """
CREATE OR REPLACE FUNCTION teller_accounts_held(p_indexes text[], p_types text[])
RETURNS TABLE (depositor_index text, account_type text, case_id text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT a.depositor_index::text, a.account_type::text,
           CASE WHEN a.branch = (SELECT own_branch FROM public.teller_login_scope()) THEN a.case_id::text END
    FROM public.accounts a
    WHERE a.depositor_index = ANY(p_indexes) AND a.account_type = ANY(p_types) AND a.status <> 'closed'
$$
"""

MAKE_COPIER = f"""
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{COPIER}') THEN
        BEGIN
            CREATE ROLE {COPIER} NOLOGIN BYPASSRLS;
        EXCEPTION WHEN insufficient_privilege THEN
            RAISE EXCEPTION 'creating role {COPIER} (BYPASSRLS) needs a superuser'
                USING HINT = 'As a superuser: CREATE ROLE {COPIER} NOLOGIN BYPASSRLS; '
                    'GRANT {COPIER} TO ' || current_user || ' WITH ADMIN OPTION; then migrate again';
        END;
    END IF;
END $$
"""

_IF_TERMINALS = (
    "DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'teller_terminal') THEN {} END IF; END $$"
)


def _tables() -> list[tuple[str, str]]:
    return (
        [(t, "branch") for t in BY_BRANCH]
        + [(t, "stream") for t in BY_STREAM]
        + [(t, "terminal_id") for t in BY_TERMINAL_ID]
    )


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(MAKE_COPIER)
    op.execute(BINDING)
    op.execute(SCOPE)
    op.execute(COPY_AS_COPIER)
    op.execute(ACCOUNTS_HELD)
    op.execute("REVOKE ALL ON FUNCTION teller_accounts_held(text[], text[]) FROM PUBLIC")
    for table, key in _tables():
        op.execute(f'DROP POLICY IF EXISTS "{table}_of_own_branch" ON "{table}"')
        op.execute(
            f'CREATE POLICY "{table}_of_own_branch" ON "{table}" USING ({VISIBLE[key]}) WITH CHECK (true)'
        )
        op.execute(f'ALTER TABLE "{table}" ENABLE ROW LEVEL SECURITY')
    op.execute(f"REVOKE ALL ON {', '.join(COPIED)} FROM {COPIER}")
    op.execute(f"GRANT INSERT ON {', '.join(COPIED)} TO {COPIER}")
    op.execute(
        _IF_TERMINALS.format(
            f"GRANT {COPIER} TO teller_terminal; "
            "GRANT EXECUTE ON FUNCTION teller_accounts_held(text[], text[]) TO teller_terminal; "
            "REVOKE SELECT ON terminal_logins FROM teller_terminal;"
        )
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        _IF_TERMINALS.format(
            f"REVOKE {COPIER} FROM teller_terminal; GRANT SELECT ON terminal_logins TO teller_terminal;"
        )
    )
    op.execute(f"REVOKE ALL ON {', '.join(COPIED)} FROM {COPIER}")  # the role is the cluster's: it stays
    for table, _key in _tables():
        op.execute(f'ALTER TABLE "{table}" DISABLE ROW LEVEL SECURITY')
        op.execute(f'DROP POLICY IF EXISTS "{table}_of_own_branch" ON "{table}"')
    op.execute("DROP FUNCTION IF EXISTS teller_accounts_held(text[], text[])")
    op.execute("DROP FUNCTION IF EXISTS teller_copy_as_copier()")
    op.execute(SCOPE_BEFORE)
    op.execute("DROP FUNCTION IF EXISTS teller_login_binding(name)")
