"""The keyed audit chain: each event's MAC under the terminal's audit key, and the chain's head record.

The hash chain (audit.py) shows that events were not changed one by one, but anybody with the SQLite file
can rewrite an event and recompute every hash after it. So:

* each event carries `mac = HMAC-SHA256(audit key, "teller-audit-event" ‖ hash)`; the audit key lives
  only in the key store (keys.json, wrapped by the KEK; keystore.AUDIT) and is never exported to a sibling,
  so a rechained event has no valid MAC;
* the head of the chain (last seq and hash, and the first seq that carries a MAC) is kept in
  `audit_head.json` in the data folder, beside the store file and not in it, itself MACed under the audit
  key, advanced after every commit that appended events: a chain cut short (its unpushed tail deleted with its outbox rows), rewritten, or replaced by an
  older copy of the SQLite file no longer reaches the recorded head.

Events recorded before a store was upgraded to the keyed chain carry no MAC; they are verified by their
hashes, and the head record names the first keyed event, so a MAC removed later is refused. Copying the
whole data folder back (key file and head record with the SQLite file) cannot be seen on the terminal
alone: the central comparison (`audit verify --central`) catches it.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from teller_app.domain.canonical import canonical_bytes
from teller_app.files import write_atomically
from teller_app.storage.audit import VerifyResult, verify_chain
from teller_app.storage.schema_system import AuditEvent

HEAD_FILE = "audit_head.json"


def event_mac(key: bytes, event_hash: str) -> str:
    return hmac.new(key, b"teller-audit-event" + bytes.fromhex(event_hash), hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class ChainHead:
    """The last event of the terminal's chain as recorded beside the store, and the first keyed seq."""

    terminal: str
    seq: int
    hash: str
    keyed_from: int

    def fields(self) -> dict[str, Any]:
        return {"terminal": self.terminal, "seq": self.seq, "hash": self.hash, "keyed_from": self.keyed_from}


class HeadRecordDamaged(Exception):
    """The head record is not what this terminal's key wrote (edited, or from another terminal)."""


class HeadRecord:
    """`audit_head.json` beside the store: read and advanced (never moved back) under the audit key."""

    def __init__(self, folder: Path, key: bytes) -> None:
        self.path = folder / HEAD_FILE
        self._key = key
        self._lock = threading.Lock()

    def _mac(self, fields: Mapping[str, Any]) -> str:
        return hmac.new(
            self._key, b"teller-audit-head" + canonical_bytes(dict(fields)), hashlib.sha256
        ).hexdigest()

    def read(self) -> ChainHead | None:
        """The recorded head; None when there is no record; `HeadRecordDamaged` when its MAC is wrong."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as exc:
            raise HeadRecordDamaged(str(exc)) from None
        try:
            head = ChainHead(
                str(data["terminal"]), int(data["seq"]), str(data["hash"]), int(data["keyed_from"])
            )
            ok = hmac.compare_digest(str(data["mac"]), self._mac(head.fields()))
        except (KeyError, TypeError, ValueError) as exc:
            raise HeadRecordDamaged(f"missing or malformed field {exc}") from None
        if not ok:
            raise HeadRecordDamaged("its MAC does not match this terminal's audit key")
        return head

    def write(self, head: ChainHead) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        payload = {**head.fields(), "mac": self._mac(head.fields())}
        write_atomically(self.path, json.dumps(payload, indent=1).encode("utf-8"))

    def advance(self, terminal: str, seq: int, event_hash: str) -> None:
        """Record a new head after a commit; an older head (a slower thread) never overwrites a newer one."""
        with self._lock:
            try:
                current = self.read()
            except HeadRecordDamaged:
                return  # left as found: `audit verify` names it
            if current is not None and current.seq >= seq:
                return
            keyed_from = current.keyed_from if current is not None else 1
            self.write(ChainHead(terminal, seq, event_hash, keyed_from))


def verify_keyed_chain(
    events: Iterable[Mapping[str, Any]], terminal: str, key: bytes, record: HeadRecord
) -> VerifyResult:
    """This terminal's chain: links and hashes, a valid MAC on every event from the keyed one on, and the
    recorded head reached with the same hash. The first broken event is named by its sequence number."""
    try:
        head = record.read()
    except HeadRecordDamaged as exc:
        return _broken(0, 1, f"the chain's head record {record.path.name} is damaged ({exc})", terminal)
    keyed_from = head.keyed_from if head is not None else 1
    seen = _Seen()

    def checked() -> Iterable[Mapping[str, Any]]:
        for event in events:
            seen.look_at(event, key, keyed_from, head)
            yield event

    result = verify_chain(checked(), terminal)
    if seen.fault is not None and (result.ok or seen.fault[0] < (result.first_broken_seq or 0)):
        return _broken(seen.fault[0] - 1, seen.fault[0], seen.fault[1], terminal)
    if not result.ok:
        return result
    if head is None:
        if seen.macs:
            return _broken(
                result.count,
                result.count + 1,
                f"the chain's head record {record.path.name} is missing (deleted beside the store)",
                terminal,
            )
        return result
    if head.terminal != terminal:
        return _broken(result.count, 1, f"the head record belongs to terminal {head.terminal}", terminal)
    if result.count < head.seq:
        return _broken(
            result.count,
            result.count + 1,
            f"events {result.count + 1} to {head.seq} are missing: the chain was cut short or an older copy "
            "of the store was put back",
            terminal,
        )
    if head.seq > 0 and not seen.head_matches:
        return _broken(
            head.seq - 1,
            head.seq,
            f"event {head.seq} differs from the head recorded beside the store (the chain was rewritten "
            "or an older copy of the store was put back)",
            terminal,
        )
    return result


class _Seen:
    """What streaming the events showed: the first MAC fault, how many carry a MAC, the head's hash."""

    def __init__(self) -> None:
        self.fault: tuple[int, str] | None = None
        self.macs = 0
        self.head_matches = False

    def look_at(self, event: Mapping[str, Any], key: bytes, keyed_from: int, head: ChainHead | None) -> None:
        seq, event_hash, mac = int(event["seq"]), str(event["hash"]), event.get("mac")
        if mac is not None:
            self.macs += 1
        if head is not None and seq == head.seq:
            self.head_matches = hmac.compare_digest(event_hash, head.hash)
        if self.fault is not None or seq < keyed_from:
            return
        if mac is None:
            self.fault = (
                seq,
                f"event {seq} carries no MAC (recorded or rewritten without the terminal's key)",
            )
        elif not hmac.compare_digest(str(mac), event_mac(key, event_hash)):
            self.fault = (seq, f"event {seq} was rewritten without the terminal's key (its MAC is wrong)")


def first_mac_fault(
    events: Iterable[Mapping[str, Any]], key: bytes, keyed_from: int
) -> tuple[int, str] | None:
    """The first event from `keyed_from` on without a valid MAC (a backup checked before it is restored)."""
    seen = _Seen()
    for event in events:
        seen.look_at(event, key, keyed_from, None)
        if seen.fault is not None:
            return seen.fault
    return None


def _broken(count: int, seq: int, problem: str, terminal: str) -> VerifyResult:
    return VerifyResult(False, max(count, 0), seq, problem, terminal)


def verify_store_chains(
    session: Session, terminal: str, key: bytes, record: HeadRecord
) -> list[VerifyResult]:
    """Every chain in a store: this terminal's keyed (always listed, even when it holds no event: a chain
    deleted whole is named), any other terminal's by its hashes. Events are streamed, never all loaded."""
    table = AuditEvent.__table__
    held = set(session.scalars(select(AuditEvent.terminal).distinct()))
    results = []
    for name in sorted(held | {terminal}):
        rows = session.execute(
            select(table).where(table.c.terminal == name).order_by(table.c.seq),
            execution_options={"yield_per": 500},
        )
        events = (row._asdict() for row in rows)
        results.append(
            verify_keyed_chain(events, name, key, record) if name == terminal else verify_chain(events, name)
        )
    return results
