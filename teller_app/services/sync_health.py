"""Start-of-day checks that sync can make progress, and that the data folder is its user's alone.

`sync_progress_check` fails in every state where a sync round cannot move the queue on: the central
database unreachable or not knowing this terminal; the terminal's audit chain behind the central copy or
different from it (an older copy of the store was put back: every later push is refused until it is
restored with `teller-admin restore --accept-rollback`); an item that keeps failing; the last round
refused by the central database. `private_data_folder_check` narrows the data folder back to 0600/0700
(as every start does) and says what it changed. Both are separate check functions, listed in
start_of_day.EXTRA_CHECKS beside the others.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import cast

import sqlalchemy as sa

from teller_app.config import Config
from teller_app.domain.errors import TellerError
from teller_app.storage.checks import Check
from teller_app.storage.private_files import make_private
from teller_app.storage.schema_system import AuditEvent, OutboxEntry

STUCK_AFTER_ATTEMPTS = 5  # an item that failed this often is not waiting for the network any more
RESTORE_ADVICE = (
    "an older copy of this terminal's store is in use: restore its newest backup with "
    "`teller-admin restore --accept-rollback FILE` (it takes the terminal's history back from the central "
    "database), or call the bank's IT"
)

audit_events = cast(sa.Table, AuditEvent.__table__)
outbox = cast(sa.Table, OutboxEntry.__table__)


def private_data_folder_check(config: Config, _clock: Callable[[], datetime]) -> list[Check]:
    try:
        fixed = make_private(config.paths)
    except OSError as exc:
        return [
            Check(
                "data_folder",
                False,
                "cannot narrow the data folder: {problem}",
                "ask IT to fix its owner",
                params={"problem": str(exc)},
            )
        ]
    if not fixed:
        return [Check("data_folder", True, "every file 0600 and every folder 0700")]
    names = ", ".join(f"{path.name} ({mode:o})" for path, mode in fixed[:5]) + (
        ", …" if len(fixed) > 5 else ""
    )
    return [
        Check(
            "data_folder",
            True,
            "fixed {count} that others could read: {names} (now 0600 / 0700)",
            warning=True,
            params={"count": len(fixed), "names": names},
        )
    ]


def sync_progress_check(config: Config, _clock: Callable[[], datetime]) -> list[Check]:
    if not config.branch or not config.terminal or not config.paths.local_store.exists():
        return []
    from teller_app.sync.central import central_url, connect_central
    from teller_app.sync.registration import is_registered, terminal_identity

    if not str(config.central_url).strip() and not config.paths.embedded_central.exists():
        return []  # the embedded central database is made at the first sync
    local = sa.create_engine(f"sqlite:///{config.paths.local_store}")
    try:
        identity = terminal_identity(str(config.branch), str(config.terminal))
        engine = connect_central(central_url(str(config.central_url), config.paths))
        try:
            with engine.connect() as conn:
                if not is_registered(conn, identity):
                    return [
                        _fail(
                            "terminal {terminal} is not registered centrally",
                            "run `teller-admin init` with --central",
                            terminal=identity.terminal_id,
                        )
                    ]
                central_head = conn.execute(
                    sa.select(audit_events.c.seq, audit_events.c.hash)
                    .where(
                        audit_events.c.branch == identity.branch,
                        audit_events.c.terminal == identity.terminal_code,
                    )
                    .order_by(audit_events.c.seq.desc())
                    .limit(1)
                ).first()
        finally:
            engine.dispose()
        with local.connect() as conn:
            return [_judge(conn, identity.terminal_code, central_head)]
    except (TellerError, sa.exc.SQLAlchemyError, OSError) as exc:
        text = exc.render() if isinstance(exc, TellerError) else type(exc).__name__
        return [
            _fail("cannot check with the central database: {problem}", "see the central check", problem=text)
        ]
    finally:
        local.dispose()


def _judge(conn: sa.Connection, terminal: str, central_head: sa.Row | None) -> Check:
    if central_head is not None:
        seq, central_hash = int(central_head.seq), str(central_head.hash)
        local_hash = conn.execute(
            sa.select(audit_events.c.hash).where(
                audit_events.c.terminal == terminal, audit_events.c.seq == seq
            )
        ).scalar()
        if local_hash is None:
            local_seq = conn.execute(
                sa.select(sa.func.coalesce(sa.func.max(audit_events.c.seq), 0)).where(
                    audit_events.c.terminal == terminal
                )
            ).scalar()
            return _fail(
                "this terminal's audit record ends at event {local}, the central database holds {central}: "
                "its next events would take positions already used",
                RESTORE_ADVICE,
                local=int(local_seq or 0),
                central=seq,
            )
        if local_hash != central_hash:
            return _fail(
                "event {seq} differs between this terminal and the central database", RESTORE_ADVICE, seq=seq
            )
    stuck = conn.execute(
        sa.select(outbox.c.entity, outbox.c.attempts, outbox.c.last_error)
        .where(outbox.c.state == "waiting", outbox.c.attempts >= STUCK_AFTER_ATTEMPTS)
        .order_by(outbox.c.seq)
        .limit(1)
    ).first()
    if stuck is not None:
        reason = (
            str(stuck.last_error or "").splitlines()[0][:120] if stuck.last_error else "no reason recorded"
        )
        return _fail(
            "a {entity} item failed {attempts} times ({problem})",
            "call the bank's IT with this line",
            entity=stuck.entity,
            attempts=stuck.attempts,
            problem=reason,
        )
    from teller_app.sync.local_queue import read_state
    from teller_app.sync.status import LAST_ERROR_KEY

    last_error = read_state(conn, LAST_ERROR_KEY) or ""
    if "refused this sync round" in last_error:
        return _fail(
            "the central database refused the last sync round: {problem}",
            "call the bank's IT with this line",
            problem=last_error.splitlines()[0][:200],
        )
    return Check("sync_progress", True, "the queue can move: chain in step with the central database")


def _fail(detail: str, advice: str, **params: object) -> Check:
    return Check("sync_progress", False, detail, advice, params=dict(params))
