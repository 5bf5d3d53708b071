-- Terminals that share one central login and prove who they are in every transaction (central migration c0014).
--
-- A login per terminal (terminal_role.sql) costs the central server a connection per terminal: PgBouncer
-- keeps its pools per login. For a bank's thousands of terminals, give them one pooled login instead and
-- each its own terminal key; the terminal opens every transaction with teller_act_as(key) and is then held
-- to exactly its own branch and terminal, as its own login would be (README-central, "Many terminals, one
-- login"). Run as the owner of the central database, after terminal_role.sql has made teller_terminal:
--
--   once, the group and the shared login:
--   psql "$CENTRAL_ADMIN_URL" -v ON_ERROR_STOP=1 -f packaging/sql/pooled_terminals.sql \
--        -v pooled_login=teller_pool -v pooled_password='…a long random password…'
--
--   once per terminal, its key (32 random bytes as hex, e.g. `openssl rand -hex 32`; the PC is given the
--   same key with `teller-admin init --central-terminal-key-stdin`); a terminal's older key stops working:
--   psql "$CENTRAL_ADMIN_URL" -v ON_ERROR_STOP=1 -f packaging/sql/pooled_terminals.sql \
--        -v branch=310115 -v terminal=T01 -v terminal_key=…
--
--   a lost or retired PC's key, revoked (its branch and terminal code):
--   psql … -f packaging/sql/pooled_terminals.sql -v branch=310115 -v terminal=T01 -v revoke=1
--
-- Only the key's SHA-256 is kept centrally (terminal_keys, readable by the owner alone).

\set ON_ERROR_STOP 1

DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'teller_terminal') THEN
        RAISE EXCEPTION 'teller_terminal does not exist yet: run packaging/sql/terminal_role.sql first';
    END IF;
END $$;

-- The group of pooled logins: teller_terminal's grants, and the right to act as a terminal.
SELECT 'CREATE ROLE teller_pooled NOLOGIN IN ROLE teller_terminal'
WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'teller_pooled') \gexec
GRANT EXECUTE ON FUNCTION teller_act_as(text) TO teller_pooled;
GRANT EXECUTE ON FUNCTION teller_poll_as(text, text, text, text, bigint, text, timestamptz, timestamptz) TO teller_pooled;

\if :{?pooled_login}
SELECT format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE teller_pooled', :'pooled_login', :'pooled_password')
WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'pooled_login') \gexec
SELECT format('ALTER ROLE %I SET statement_timeout = %L', :'pooled_login', '60s') \gexec
\endif

\if :{?terminal_key}
\if :{?branch}
\else
DO $$ BEGIN RAISE EXCEPTION 'a terminal key needs its branch: -v branch=CODE'; END $$;
\endif
\if :{?terminal}
\else
DO $$ BEGIN RAISE EXCEPTION 'a terminal key needs its terminal code: -v terminal=CODE'; END $$;
\endif
SELECT length(:'terminal_key') >= 32 AS long_enough \gset
\if :long_enough
\else
DO $$ BEGIN RAISE EXCEPTION 'a terminal key is at least 32 characters (openssl rand -hex 32)'; END $$;
\endif
BEGIN;
UPDATE terminal_keys SET revoked_at = now()
WHERE branch = :'branch' AND terminal = :'terminal' AND revoked_at IS NULL;
INSERT INTO terminal_keys (key_hash, branch, terminal) VALUES (sha256(convert_to(:'terminal_key', 'UTF8')), :'branch', :'terminal');
COMMIT;
\endif

\if :{?revoke}
UPDATE terminal_keys SET revoked_at = now()
WHERE branch = :'branch' AND terminal = :'terminal' AND revoked_at IS NULL;
\endif
