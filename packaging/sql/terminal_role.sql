-- Database roles for Teller App terminals on the central PostgreSQL database.
--
-- Run as the owner of the central database (the role that ran the migrations), once per database for the
-- group role and once per terminal for its login role:
--
--   psql "$CENTRAL_ADMIN_URL" -v ON_ERROR_STOP=1 -f packaging/sql/terminal_role.sql \
--        -v terminal_login=teller_310115_t01 -v terminal_password='…a long random password…' \
--        -v branch=310115 -v terminal=T01
--
-- What a terminal may do, and nothing more:
--   * business tables: read, insert and update (idempotent upserts); append-only records (audit events,
--     approval requests, approvals): read and insert only. Nobody gets DELETE or TRUNCATE; the
--     audit_events trigger refuses UPDATE and DELETE even for the owner.
--   * sync bookkeeping: insert its applied ops, change-log entries, chain anchors and conflicts; advance
--     the change-stream counters and the branch number sequences; read the migration versions.
--   * its own branch and terminal only: the login is recorded in terminal_logins with its branch and
--     terminal code, and statement triggers on every table it may write refuse a statement that writes
--     (or changes) a row of another branch or terminal: users of its branch with a role from branch_roles,
--     its own number blocks and its branch's sequence (never set back), audit events and chain anchors
--     under its own terminal code, its branch's change stream (central migrations c0003, c0004; row-level
--     security would forbid the push's COPY). Process definitions, branch_roles and branch_settings (乙方 of
--     the agreements, c0009) are the bank's: the owner or an administrator writes them.
--   * users: only its own branch's exist for it (row-level security, central migration c0010): a SELECT
--     returns no other branch's user, password hashes included, an UPDATE changes none, an INSERT of one
--     is refused. The bank-wide user-name check asks teller_user_name_holder(name), which names the
--     branch holding a name and nothing more.
--   * everything else: only its own branch's rows exist for it (row-level security on every business and
--     bookkeeping table, central migration c0011): cases, customers, accounts, audit events, approvals,
--     post-reviews, conflicts, enrolments, terminals, number blocks and sequences of other branches, their
--     change streams, change log, applied ops and anchors are invisible to it, and the login directory
--     (terminal_logins) is not readable at all. The bank-wide one-basic-account check asks
--     teller_accounts_held(indexes, types), which names no other branch's case. The push COPYs as the
--     role teller_terminal_copier (BYPASSRLS, INSERT only, no SELECT: it sees nothing), made by c0011;
--     making a BYPASSRLS role needs a superuser, so a non-superuser owner has it made first.
--   * no DDL: the schema is migrated by the owner (`teller-admin central migrate URL` with the owner's
--     URL, after every upgrade too), never by a terminal.
-- Temporary tables (the push fast path stages a batch in one) need the database's TEMPORARY privilege,
-- which PUBLIC holds by default; if it was revoked, grant it to teller_terminal.

\set ON_ERROR_STOP 1

-- The group role that carries the privileges (no login).
SELECT 'CREATE ROLE teller_terminal NOLOGIN'
WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'teller_terminal') \gexec

GRANT CONNECT, TEMPORARY ON DATABASE :"DBNAME" TO teller_terminal;
GRANT USAGE ON SCHEMA public TO teller_terminal;

-- Business tables kept in step with the terminals (upsert = INSERT … ON CONFLICT DO UPDATE).
GRANT SELECT, INSERT, UPDATE ON
    customers, cases, case_steps, documents, document_scans, beneficial_owners, risk_assessments,
    accounts, users, number_blocks
TO teller_terminal;
-- The bank's data: read only (the owner publishes it; a trigger refuses a terminal's write even if granted).
GRANT SELECT ON process_definitions, branch_roles, branch_settings TO teller_terminal;
REVOKE INSERT, UPDATE ON process_definitions, branch_settings FROM teller_terminal;

-- Supervision (storage migration 0004, central c0005): post-reviews, satisfaction, suggestions, incidents.
GRANT SELECT, INSERT, UPDATE ON post_reviews, rectifications, satisfaction, suggestions, incidents
TO teller_terminal;

-- Append-only records: inserted once, never changed.
GRANT SELECT, INSERT ON audit_events, approval_requests, approvals TO teller_terminal;
GRANT SELECT, INSERT ON review_findings TO teller_terminal;

-- Sync bookkeeping.
GRANT SELECT, INSERT ON applied_ops, applied_appends, change_log, chain_anchors TO teller_terminal;
GRANT SELECT, INSERT, UPDATE ON change_streams, number_sequences, conflicts, key_enrolments TO teller_terminal;
GRANT SELECT, INSERT, UPDATE (last_sync_at) ON terminals TO teller_terminal;
GRANT SELECT ON alembic_version, central_alembic_version TO teller_terminal;
-- The login directory is read by teller_login_binding (c0011) for the session's own login only.
REVOKE SELECT ON terminal_logins FROM teller_terminal;
-- The bank-wide user-name check (c0010): who holds a name, never the row itself.
GRANT EXECUTE ON FUNCTION teller_user_name_holder(text) TO teller_terminal;
-- The bank-wide one-basic-account check (c0011): open accounts under depositor indexes, no other branch's case.
GRANT EXECUTE ON FUNCTION teller_accounts_held(text[], text[]) TO teller_terminal;
-- The push COPYs as this role (c0011): the tables are under row-level security, which COPY FROM refuses.
GRANT teller_terminal_copier TO teller_terminal;

-- One login role per terminal, member of the group, bound to its branch and terminal code. Skipped when no terminal_login is given.
\if :{?terminal_login}
\if :{?branch}
\else
DO $$ BEGIN RAISE EXCEPTION 'a terminal login needs its branch: -v branch=CODE'; END $$;
\endif
\if :{?terminal}
\else
DO $$ BEGIN RAISE EXCEPTION 'a terminal login needs its terminal code: -v terminal=CODE'; END $$;
\endif
INSERT INTO terminal_logins (login, branch, terminal) VALUES (:'terminal_login', :'branch', :'terminal')
ON CONFLICT (login) DO UPDATE SET branch = EXCLUDED.branch, terminal = EXCLUDED.terminal;
SELECT format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE teller_terminal', :'terminal_login', :'terminal_password')
WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'terminal_login') \gexec
-- A short statement timeout keeps a terminal on a bad line from holding locks for long.
SELECT format('ALTER ROLE %I SET statement_timeout = %L', :'terminal_login', '60s') \gexec
\endif
