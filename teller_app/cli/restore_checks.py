"""`teller-admin restore`: whose backup it is, and whether it is older than what the terminal reached.

The terminal reached the higher of two positions of its audit chain: the head recorded beside its key
store (storage/audit_keys.py) and the head of the central copy. A backup that ends before that position
would hand out the chain positions and account numbers issued since once more, and every later sync would
be refused; it is restored only with `--accept-rollback`, and then this terminal's history is first taken
back from the central database (sync/rollback.py), which must be reachable for it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from teller_app.cli import CommandFailed
from teller_app.config import Config
from teller_app.storage.audit_keys import ChainHead, HeadRecord, HeadRecordDamaged
from teller_app.storage.backup import backup_chain
from teller_app.storage.keystore import DataKeys
from teller_app.storage.store import Store


@dataclass(frozen=True)
class RestorePosition:
    backup_seq: int
    recorded_seq: int  # beside the store (0: no record)
    central_seq: int | None  # None: no central copy reachable or configured
    keyed_from: int
    rollback: bool

    @property
    def reached_seq(self) -> int:
        return max(self.recorded_seq, self.central_seq or 0)

    def as_details(self) -> dict[str, Any]:
        return {
            "backup_seq": self.backup_seq,
            "recorded_seq": self.recorded_seq,
            "central_seq": self.central_seq,
            "rollback": self.rollback,
        }


def restore_position(path: Path, config: Config, keys: DataKeys, *, accept_rollback: bool) -> RestorePosition:
    """Refuse a sibling's backup, a doctored one, or (without `accept_rollback`) an older one. `path` is
    the copy restore_store checked (one file, no WAL beside it)."""
    terminal, branch = str(config.terminal), str(config.branch)
    record = HeadRecord(config.paths.data, keys.audit_key())
    try:
        head = record.read()
    except HeadRecordDamaged as exc:
        raise CommandFailed(
            f"this terminal's audit head record is damaged ({exc}); run `teller-admin audit verify`"
        ) from None
    keyed_from = head.keyed_from if head else 1
    recorded = head.seq if head else 0
    chain = backup_chain(Path(path), terminal, keys.audit_key(), keyed_from, recorded)
    if chain.terminals and terminal not in chain.terminals or chain.branches - {branch}:
        others = ", ".join(sorted(chain.terminals | chain.branches - {terminal, branch}))
        raise CommandFailed(
            f"the backup is not this terminal's: it holds the audit record of {others}, this is terminal "
            f"{terminal} of branch {branch}"
        )
    if chain.mac_fault is not None:
        raise CommandFailed(f"the backup's audit record is not this terminal's own: {chain.mac_fault[1]}")
    if head is not None and chain.seq >= head.seq and head.seq > 0 and chain.hash_at_head != head.hash:
        raise CommandFailed(
            f"the backup's event {head.seq} differs from the one this terminal recorded: it is not this "
            "terminal's past"
        )
    central_seq = _central_seq(config, branch, terminal)
    rollback = chain.seq < max(recorded, central_seq or 0)
    position = RestorePosition(chain.seq, recorded, central_seq, keyed_from, rollback)
    if rollback and not accept_rollback:
        raise CommandFailed(
            f"the backup ends at event {chain.seq} of this terminal's audit record, but the terminal reached "
            f"event {position.reached_seq}"
            + (f" (the central database holds {central_seq})" if central_seq else "")
            + ": restoring it would issue chain positions and account numbers again. Run `teller-admin "
            "restore --accept-rollback FILE` to restore it and take this terminal's history back from the "
            "central database first"
        )
    if rollback and central_seq is None and _central_configured(config):
        raise CommandFailed(
            "the backup is older than this terminal's audit record and the central database cannot be reached "
            "to take its history back: connect it first"
        )
    return position


def take_back_after_restore(store: Store, config: Config, position: RestorePosition) -> Any:
    """After an accepted rollback: this terminal's history from the central database, then the head record
    beside the store set to where the chain now ends (events only this terminal had, after its last
    sync, are lost with the rollback: the record says how many)."""
    if not position.rollback:
        return None
    from teller_app.storage.audit import chain_head
    from teller_app.sync.central import central_url, connect_central
    from teller_app.sync.rollback import take_back_own_history

    taken = None
    if position.central_seq is not None:
        engine = connect_central(central_url(config.central_url, config.paths))
        try:
            taken = take_back_own_history(store, engine)
        finally:
            engine.dispose()
    with store.reading() as session:
        seq, head_hash = chain_head(session, store.identity.terminal)
    store.audit_head.write(ChainHead(store.identity.terminal, seq, head_hash, position.keyed_from))
    return taken


def _central_configured(config: Config) -> bool:
    return bool(str(config.central_url).strip())


def _central_seq(config: Config, branch: str, terminal: str) -> int | None:
    from teller_app.sync.central import (
        CentralNotSetUp,
        CentralUnreachable,
        central_url,
        connect_central,
        require_central_schema,
    )
    from teller_app.sync.rollback import central_position

    if not _central_configured(config) and not config.paths.embedded_central.exists():
        return None
    engine = connect_central(central_url(config.central_url, config.paths))
    try:
        require_central_schema(engine)
        found = central_position(engine, branch, terminal)
    except (CentralUnreachable, CentralNotSetUp):
        return None
    finally:
        engine.dispose()
    return found[0] if found else 0
