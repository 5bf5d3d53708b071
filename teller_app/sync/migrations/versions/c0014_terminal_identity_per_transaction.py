"""A terminal proves who it is in each transaction, so many terminals can share one pooled login.

Until now a terminal's identity centrally was its database login (`terminal_logins`, read through
`session_user`). PgBouncer keeps its server connections per login, so K terminals needed K server
connections, and a bank's 50,000 could not share a few dozen (docs/scaling.md, "One login per terminal").

Now a terminal may instead sign in with a login shared by many (a member of `teller_pooled`,
packaging/sql/pooled_terminals.sql) and open every transaction with `SELECT teller_act_as(key)`: its own
random key, known centrally only as a SHA-256 hash in `terminal_keys` (with its branch and terminal code;
IT can revoke it). The function checks the key and leaves the transaction a token in the transaction-local
setting `teller.acting`:

    branch/terminal/backend pid/transaction start (µs)/MAC

The MAC is keyed by a secret only the owner can read (`acting_secret`, made here from the server's strong
random source). The identity functions accept the token only when the MAC is right and the pid and start time
are this transaction's: a token cannot be forged (no secret), carried into another transaction (other
start) or another server connection (other pid), and it ends with the transaction. A token that fails
raises, so setting `teller.acting` by hand can only lock the transaction out.

The identity functions every guard asks — `teller_login_binding` (the statement triggers, through
`teller_login_scope`) and `teller_seen_branch` (row-level security) — now check the token first and ask
the login directory only when the transaction names no terminal. So a pooled login acting as a terminal is
held to exactly that terminal's boundary, and a pooled login that has not acted is a member of
teller_terminal bound to nothing: it may read and write nothing, as before. A login bound in
`terminal_logins` may not act as another terminal.

The idle poll of such a terminal is one statement, `teller_poll_as(key, …)`: it names the terminal and polls,
as the owner (out of row-level security, which costs a bound login's poll 2.2x the owner's), and so it
refuses a poll that names any terminal but its key's.

Through PgBouncer one server connection serves the shared login's clients in turn, so what one client
leaves in the session must not reach the next: `teller_act_as` drops every temporary table of the session
(DISCARD TEMP; a table left behind would stand in for the real one of its name), and a token left in the
session by an earlier transaction is simply replaced.

Who counts as a terminal's login is asked anew (`teller_is_terminal_login`): a member of teller_terminal
directly or through a group such as teller_pooled. Before, only direct members counted, so a login made a
member through a group would have been taken for an administrator and seen every branch's rows.

Every function of ours now searches pg_temp last. A search_path that does not name pg_temp has it searched
first for tables, even before pg_catalog; the branch triggers, teller_poll and teller_login_scope ran with
their caller's search_path and named tables unqualified, and teller_is_terminal_login read pg_roles so: a
terminal's login could make a temporary table `branch_roles` holding 'owner' and give its user that role,
and the shared login, with a temporary `pg_roles` holding nobody, would have been taken for an
administrator and read every branch's rows (tests/sync/test_terminal_role.py, test_pooled_terminals.py).

Revision ID: c0014
Revises: c0013
Create Date: 2026-12-02
"""

from __future__ import annotations

from alembic import op

from teller_app.sync.migrations.versions import c0011_reads_of_own_branch_only as c0011
from teller_app.sync.migrations.versions import c0012_login_scope_plan_kept as c0012
from teller_app.sync.migrations.versions import c0013_one_scope_lookup_per_table as c0013

revision = "c0014"
down_revision = "c0013"
branch_labels = None
depends_on = None

POOLED = "teller_pooled"
# The functions written here search pg_temp last; those taken from earlier migrations are pinned so (PIN_PATHS).
_PATH_TEMP_LAST = "SET search_path = pg_catalog, public, pg_temp AS $$"

# 366 bits from the server's strong random source (gen_random_uuid), made once: here, or by teller_act_as
# when the row is gone (a database emptied by hand); tokens made before a new secret stop being accepted.
MAKE_SECRET = (
    "INSERT INTO public.acting_secret (secret) SELECT decode(replace(gen_random_uuid()::text || "
    "gen_random_uuid()::text || gen_random_uuid()::text, '-', ''), 'hex') "
    "WHERE NOT EXISTS (SELECT 1 FROM public.acting_secret) ON CONFLICT DO NOTHING"
)
TABLES = f"""
CREATE TABLE IF NOT EXISTS terminal_keys (
    key_hash bytea PRIMARY KEY,
    branch varchar(32) NOT NULL,
    terminal varchar(32) NOT NULL,
    made_at timestamptz NOT NULL DEFAULT now(),
    revoked_at timestamptz
);
CREATE UNIQUE INDEX IF NOT EXISTS uq_terminal_keys_one_live_key ON terminal_keys (branch, terminal)
    WHERE revoked_at IS NULL;
CREATE TABLE IF NOT EXISTS acting_secret (
    one boolean PRIMARY KEY DEFAULT true CHECK (one),
    secret bytea NOT NULL CHECK (length(secret) >= 32)
);
{MAKE_SECRET};
REVOKE ALL ON terminal_keys, acting_secret FROM PUBLIC;
"""

# What a token vouches for (branch/terminal/this backend/this transaction's start in µs), and its MAC:
# sha256(secret || sha256(secret || claim)), which cannot be extended. `k` holds the secret.
_CLAIM = (
    "{branch} || '/' || {terminal} || '/' || pg_backend_pid() || '/' || "
    "(extract(epoch FROM now()) * 1000000)::bigint"
)
_MAC = "encode(sha256(k || sha256(k || convert_to({claim}, 'UTF8'))), 'hex')"
_SECRET = "SELECT s.secret INTO STRICT k FROM public.acting_secret s;"

ACT_AS = f"""
CREATE OR REPLACE FUNCTION teller_act_as(p_key text) RETURNS boolean
LANGUAGE plpgsql VOLATILE SECURITY DEFINER {_PATH_TEMP_LAST}
DECLARE
    t record;
    k bytea;
    hashed bytea;
    claim text;
    token text;
    held text := current_setting('teller.acting', true);
BEGIN
    IF NOT pg_has_role(session_user, '{POOLED}', 'MEMBER') THEN
        RAISE EXCEPTION 'login % is not a pooled terminal login: it may not act as a terminal', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    -- The key's hash computed once: in the query, a seq scan of a small table would hash it for every row
    -- (500 keys: 0.4 ms a call under load, 10 times the rest of the function).
    hashed := sha256(convert_to(coalesce(p_key, ''), 'UTF8'));
    -- One statement for the key, the secret and the login directory.
    SELECT tk.branch::text AS branch, tk.terminal::text AS terminal, s.secret,
           EXISTS (SELECT 1 FROM public.terminal_logins l WHERE l.login = session_user) AS bound
    INTO t FROM public.terminal_keys tk LEFT JOIN public.acting_secret s ON true
    WHERE tk.key_hash = hashed AND tk.revoked_at IS NULL;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'the terminal key given is not a live key of any terminal: IT registers it '
            '(packaging/sql/pooled_terminals.sql) or gives this PC its key again'
            USING ERRCODE = 'invalid_authorization_specification';
    END IF;
    IF t.bound THEN
        RAISE EXCEPTION 'login % is bound to a terminal of its own: it may not act as another', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    k := t.secret;
    IF k IS NULL THEN
        {MAKE_SECRET};
        {_SECRET}
    END IF;
    claim := {_CLAIM.format(branch="t.branch", terminal="t.terminal")};
    token := claim || '/' || {_MAC.format(claim="claim")};
    IF held = token THEN
        RETURN true;  -- named already in this transaction
    END IF;
    IF split_part(held, '/', 3) || '/' || split_part(held, '/', 4) = split_part(claim, '/', 3) || '/' || split_part(claim, '/', 4) THEN
        RAISE EXCEPTION 'this transaction already acts as another terminal' USING ERRCODE = 'insufficient_privilege';
    END IF;
    -- The server connection may have served another client of this login before (PgBouncer): a temporary
    -- table it left would stand in for a real one of the same name in this terminal's statements (pg_temp
    -- is searched first), so its pushes would land there and be lost. None of ours outlives its commit.
    DISCARD TEMP;
    PERFORM set_config('teller.acting', token, true);
    RETURN true;
END $$
"""


# The idle round's one statement for a terminal of a pooled login: named and polled in one statement of its
# own implicit transaction (wire.py sends it alone, as a login's poll goes). BEGIN, teller_act_as, the poll
# and COMMIT as four statements cost the server 1.6-2.3x a login's poll (bench.scale, --login pooled).
# The poll runs as the owner, out of row-level security (under it, a poll costs the server 2.2x the
# owner's: bench.scale.login_scope), so it may name no terminal but the one the key vouched for: every row
# teller_poll reads or writes is chosen by that terminal, its branch and its code, and its two writes (the
# chain anchor, the last sync time) still pass the statement triggers, which read the token.
POLL_AS = f"""
CREATE OR REPLACE FUNCTION teller_poll_as(
    p_key text, p_terminal text, p_branch text, p_code text, p_seq bigint, p_head text, p_now timestamptz,
    p_seen_before timestamptz
) RETURNS TABLE (known bigint, branch_at bigint, shared_at bigint, numbers_left bigint, open_conflicts bigint)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER {_PATH_TEMP_LAST}
DECLARE
    vouched text[];
BEGIN
    PERFORM public.teller_act_as(p_key);
    vouched := string_to_array(current_setting('teller.acting'), '/');  -- made by teller_act_as just now
    IF p_branch IS DISTINCT FROM vouched[1] OR p_code IS DISTINCT FROM vouched[2]
       OR p_terminal IS DISTINCT FROM vouched[1] || ':' || vouched[2] THEN
        RAISE EXCEPTION 'this poll names terminal % of branch %, not the terminal its key is of', p_terminal, p_branch
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN QUERY SELECT * FROM public.teller_poll(p_terminal, p_branch, p_code, p_seq, p_head, p_now, p_seen_before);
END $$
"""


def _vouched(then: str) -> str:
    """PL/pgSQL that runs `then` (with the token's parts[1] branch and parts[2] terminal) when this
    transaction's token is one teller_act_as made in it, raises when it is any other, and goes on when
    there is none. Written into each identity function rather than called: a nested SECURITY DEFINER call
    costs more than the check (in one backend, 11 µs a lookup inline, 26 µs nested)."""
    return f"""token := current_setting('teller.acting', true);
    IF coalesce(token, '') <> '' THEN
        parts := string_to_array(token, '/');
        {_SECRET}
        IF array_length(parts, 1) = 5
           AND array_to_string(parts[1:4], '/') = {_CLAIM.format(branch="parts[1]", terminal="parts[2]")}
           AND parts[5] = {_MAC.format(claim="array_to_string(parts[1:4], '/')")} THEN
            {then}
        END IF;
        RAISE EXCEPTION 'this transaction names a terminal that teller_act_as did not vouch for in it: it may do nothing'
            USING ERRCODE = 'insufficient_privilege';
    END IF;"""


_VOUCHED_DECLARE = "token text;\n    parts text[];\n    k bytea;"

BINDING = f"""
CREATE OR REPLACE FUNCTION teller_login_binding(p_role name)
RETURNS TABLE (branch text, terminal text)
LANGUAGE plpgsql STABLE SECURITY DEFINER {_PATH_TEMP_LAST}
DECLARE
    {_VOUCHED_DECLARE}
BEGIN
    {_vouched("RETURN QUERY SELECT parts[1], parts[2]; RETURN;")}
    RETURN QUERY SELECT l.branch::text, l.terminal::text FROM public.terminal_logins l
    WHERE l.login IN (session_user, p_role)
      AND CASE WHEN l.login = session_user THEN true ELSE pg_has_role(session_user, p_role, 'MEMBER') END
    ORDER BY l.login = session_user DESC LIMIT 1;
END $$
"""

# Who is a terminal's login: a member of teller_terminal directly or through a group (teller_pooled), not a
# superuser (pg_has_role answers true for a superuser). c0004–c0013 asked pg_auth_members for direct
# members only, so a pooled login that had not acted would have passed for an administrator.
IS_TERMINAL_LOGIN = """
CREATE OR REPLACE FUNCTION teller_is_terminal_login(p_role name) RETURNS boolean
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'teller_terminal')
       OR NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = p_role AND NOT rolsuper) THEN
        RETURN false;
    END IF;
    RETURN pg_has_role(p_role, 'teller_terminal', 'MEMBER');
END $$
"""


def _any_member(text: str, other: str) -> str:
    """`text` with its direct-membership test of session_user and `other` replaced by IS_TERMINAL_LOGIN's."""
    old = f"""IF session_user = 'teller_terminal' OR {other} = 'teller_terminal' OR EXISTS (
        SELECT 1 FROM pg_auth_members m
        JOIN pg_roles g ON g.oid = m.roleid
        JOIN pg_roles u ON u.oid = m.member
        WHERE g.rolname = 'teller_terminal' AND u.rolname IN (session_user, {other})
    ) THEN"""
    assert old in text, "the membership test changed: write c0014's function in full"
    new = f"IF public.teller_is_terminal_login(session_user) OR public.teller_is_terminal_login({other}) THEN"
    return text.replace(old, new)


SCOPE = _any_member(c0011.SCOPE, "current_user")
SEEN_BRANCH = _any_member(c0013.SEEN_BRANCH, "p_role").replace(
    "    seen text;\nBEGIN\n    SELECT l.branch::text INTO seen",
    f"    seen text;\n    {_VOUCHED_DECLARE}\nBEGIN\n    {_vouched('RETURN parts[1];')}\n"
    "    SELECT l.branch::text INTO seen",
)
assert "teller.acting" in SEEN_BRANCH, "c0013's function changed: write c0014's in full"

# Every other function of ours (the branch triggers of c0003–c0009, teller_poll, teller_login_scope,
# teller_seen_branch, …) names tables unqualified and ran with its caller's search_path, or with one that
# does not name pg_temp, which has pg_temp searched first for tables, even before pg_catalog: a terminal's
# login could have a temporary table of its own (branch_roles, pg_roles) read in place of the real one by
# the guards. Pinned here, after the functions above are made, so also the ones c0014 rewrites from earlier
# texts; functions are never looked up in pg_temp, so their unqualified calls are safe once pinned.
OURS = (
    "p.pronamespace = 'public'::regnamespace AND p.prokind = 'f' "
    "AND (p.proname LIKE 'teller\\_%' OR p.proname = 'audit_events_append_only')"
)
PIN_PATHS = f"""
DO $$ DECLARE f regprocedure; BEGIN
    FOR f IN SELECT p.oid::regprocedure FROM pg_catalog.pg_proc p WHERE {OURS}
        AND NOT EXISTS (SELECT 1 FROM unnest(p.proconfig) c WHERE c LIKE 'search\\_path=%pg\\_temp') LOOP
        EXECUTE format('ALTER FUNCTION %s SET search_path = pg_catalog, public, pg_temp', f);
    END LOOP;
END $$
"""
UNPIN_PATHS = f"""
DO $$ DECLARE f regprocedure; definer boolean; BEGIN
    FOR f, definer IN SELECT p.oid::regprocedure, p.prosecdef FROM pg_catalog.pg_proc p WHERE {OURS} LOOP
        EXECUTE format(CASE WHEN definer THEN 'ALTER FUNCTION %s SET search_path = pg_catalog, public'
                            ELSE 'ALTER FUNCTION %s RESET search_path' END, f);
    END LOOP;
END $$
"""

POLL_AS_SIGNATURE = "teller_poll_as(text, text, text, text, bigint, text, timestamptz, timestamptz)"
_IF_POOLED = (
    f"DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{POOLED}') THEN {{}} END IF; END $$"
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(TABLES)
    op.execute(ACT_AS)
    op.execute(POLL_AS)
    for function in ("teller_act_as(text)", POLL_AS_SIGNATURE):
        op.execute(f"REVOKE ALL ON FUNCTION {function} FROM PUBLIC")
        op.execute(_IF_POOLED.format(f"GRANT EXECUTE ON FUNCTION {function} TO {POOLED};"))
    op.execute(BINDING)
    op.execute(IS_TERMINAL_LOGIN)
    op.execute(SCOPE)
    op.execute(SEEN_BRANCH)
    op.execute(PIN_PATHS)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(UNPIN_PATHS)
    op.execute(c0013.SEEN_BRANCH)
    op.execute(c0011.SCOPE)
    op.execute("DROP FUNCTION IF EXISTS teller_is_terminal_login(name)")
    op.execute(c0012.BINDING)
    op.execute(f"DROP FUNCTION IF EXISTS {POLL_AS_SIGNATURE}")
    op.execute("DROP FUNCTION IF EXISTS teller_act_as(text)")
    op.execute("DROP TABLE IF EXISTS terminal_keys, acting_secret")
