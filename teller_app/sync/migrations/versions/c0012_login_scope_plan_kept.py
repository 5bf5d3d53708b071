"""A terminal login's scope looked up with a plan PostgreSQL keeps: the binding in PL/pgSQL, not SQL.

Row-level security (c0010, c0011) asks `teller_login_scope()` twice for every table in every statement a
terminal's login sends, and each call asks c0011's `teller_login_binding`, a SECURITY DEFINER function in
LANGUAGE sql. PostgreSQL 15 plans a LANGUAGE sql function's query afresh every time the statement calling
it runs (a SECURITY DEFINER function is never inlined, and only PL/pgSQL keeps its statements' plans for
the server connection), so each call cost ~50–70 µs of server CPU here: a terminal's idle poll
(`teller_poll`, five statements under the policies) took ~0.5 ms of server time against ~0.05 ms for the
owner, and every pull, push check and trigger paid the same. The binding in PL/pgSQL answers the same
rows from the same query with its plan kept: ~13 µs a scope; a poll 174.0 µs against 634.6 µs
(`.venv/bin/python -m bench.scale.login_scope`, medians of 3, 2026-12-02).

Nothing else changes: same signature, same answer (the session's own login first, else a role it may
SET ROLE to), still SECURITY DEFINER with a fixed search_path, still callable by no one but through the
policies and triggers that ask it.

Revision ID: c0012
Revises: c0011
Create Date: 2026-12-02
"""

from __future__ import annotations

from alembic import op

from teller_app.sync.migrations.versions.c0011_reads_of_own_branch_only import BINDING as BINDING_IN_SQL

revision = "c0012"
down_revision = "c0011"
branch_labels = None
depends_on = None

BINDING = """
CREATE OR REPLACE FUNCTION teller_login_binding(p_role name)
RETURNS TABLE (branch text, terminal text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    RETURN QUERY SELECT l.branch::text, l.terminal::text FROM public.terminal_logins l
    WHERE l.login IN (session_user, p_role)
      AND CASE WHEN l.login = session_user THEN true ELSE pg_has_role(session_user, p_role, 'MEMBER') END
    ORDER BY l.login = session_user DESC LIMIT 1;
END $$
"""


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(BINDING)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(BINDING_IN_SQL)
