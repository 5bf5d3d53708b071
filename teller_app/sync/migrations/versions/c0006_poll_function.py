"""The round's poll as a function on the central database: `teller_poll(…)`.

An idle sync round asks one statement (teller_app/sync/poll.py). Sent as plain SQL, PostgreSQL parses and
plans its five subqueries on every call (0.2–0.3 ms of server CPU, far more than running them); in a
PL/pgSQL function the inner statements' plans are kept per server connection, so a poll costs a few
index probes. That works through PgBouncer in transaction pooling mode too (unlike prepared statements:
the plans belong to the server connection, whatever client the next call comes from). The function runs
as the caller (SECURITY INVOKER): a terminal login's grants and the branch triggers still apply.

Revision ID: c0006
Revises: c0005
Create Date: 2026-12-01
"""

from __future__ import annotations

from alembic import op

revision = "c0006"
down_revision = "c0005"
branch_labels = None
depends_on = None

POLL_FUNCTION = """
CREATE OR REPLACE FUNCTION teller_poll(
    p_terminal text, p_branch text, p_code text, p_seq bigint, p_head text, p_now timestamptz,
    p_seen_before timestamptz
) RETURNS TABLE (known bigint, branch_at bigint, shared_at bigint, numbers_left bigint, open_conflicts bigint)
LANGUAGE plpgsql AS $poll$
BEGIN
    known := (SELECT count(*) FROM terminals WHERE terminal_id = p_terminal);
    IF known > 0 AND p_seq IS NOT NULL THEN
        INSERT INTO chain_anchors (terminal_id, seq, head_hash, anchored_at)
        VALUES (p_terminal, p_seq, p_head, p_now) ON CONFLICT DO NOTHING;
    END IF;
    IF known > 0 AND p_seen_before IS NOT NULL THEN
        UPDATE terminals SET last_sync_at = p_now
        WHERE terminal_id = p_terminal AND (last_sync_at IS NULL OR last_sync_at < p_seen_before);
    END IF;
    branch_at := (SELECT last_position FROM change_streams WHERE stream = p_branch);
    shared_at := (SELECT last_position FROM change_streams WHERE stream = '*');
    numbers_left := (
        SELECT coalesce(sum(last_serial - next_serial + 1), 0) FROM number_blocks
        WHERE branch = p_branch AND terminal = p_code AND next_serial <= last_serial
    );
    open_conflicts := (SELECT count(*) FROM conflicts WHERE branch = p_branch AND state = 'open');
    RETURN NEXT;
END
$poll$
"""


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(POLL_FUNCTION)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "DROP FUNCTION IF EXISTS teller_poll(text, text, text, bigint, text, timestamptz, timestamptz)"
        )
