"""The audit record (操作记录): a per-terminal hash chain, h_n = SHA-256(h_{n-1} ‖ canonical(event_n)).

The hash covers the stored values (personal details as ciphertext), so a chain is verified without keys —
on this terminal, on a backup file, or centrally. Sequence numbers are gapless per terminal.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from teller_app.domain.canonical import canonical_bytes
from teller_app.domain.errors import InputError
from teller_app.storage.schema_system import AuditEvent

GENESIS_HASH = "0" * 64
CHAINED_FIELDS = (
    "id",
    "branch",
    "terminal",
    "seq",
    "occurred_at",
    "user_id",
    "case_id",
    "step",
    "action",
    "result",
    "details",
    "prev_hash",
)


@dataclass(frozen=True)
class VerifyResult:
    """The outcome of checking one chain: the first broken event is named by its sequence number."""

    ok: bool
    count: int
    first_broken_seq: int | None = None
    problem: str | None = None
    terminal: str | None = None
    head_hash: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "terminal": self.terminal,
            "count": self.count,
            "first_broken_seq": self.first_broken_seq,
            "problem": self.problem,
            "head_hash": self.head_hash,
        }


def event_record(event: AuditEvent | Mapping[str, Any]) -> dict[str, Any]:
    """The chained fields of an event as canonical values (times in UTC ISO form, ciphertext in base64).

    Times are turned to UTC before they are hashed: the store keeps UTC only, so an event recorded with a
    clock in another zone (+08:00) must hash the same before it is stored and after it is read back.
    """
    get = event.get if isinstance(event, Mapping) else lambda name: getattr(event, name)
    record: dict[str, Any] = {}
    for name in CHAINED_FIELDS:
        value = get(name)
        if isinstance(value, (bytes, bytearray, memoryview)):
            value = base64.b64encode(bytes(value)).decode("ascii")
        elif isinstance(value, datetime):
            value = canonical_time(value)
        record[name] = value
    return record


def canonical_time(value: datetime) -> str:
    """An aware time as UTC ISO text; a naive time has no place in the chain (its zone is unknown)."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise InputError("input.naive_time", "The time {value} has no time zone", value=value.isoformat())
    return value.astimezone(UTC).isoformat()


def chain_hash(prev_hash: str, record: Mapping[str, Any]) -> str:
    return hashlib.sha256(bytes.fromhex(prev_hash) + canonical_bytes(dict(record))).hexdigest()


def verify_chain(
    events: Iterable[AuditEvent | Mapping[str, Any]], terminal: str | None = None
) -> VerifyResult:
    """Check one terminal's events in stored order: seq 1, 2, 3 … without gaps, every link and every hash."""
    previous = GENESIS_HASH
    count = 0
    for expected_seq, event in enumerate(events, start=1):
        record = event_record(event)
        stored_hash = event.get("hash") if isinstance(event, Mapping) else event.hash
        terminal = terminal or record["terminal"]
        fault = _fault(record, stored_hash, expected_seq, previous, terminal)
        if fault is not None:
            return VerifyResult(False, count, fault[0], fault[1], terminal)
        previous = str(stored_hash)
        count += 1
    return VerifyResult(True, count, None, None, terminal, previous)


def _fault(
    record: dict[str, Any], stored_hash: Any, expected_seq: int, previous: str, terminal: str | None
) -> tuple[int, str] | None:
    """(sequence number of the first broken event, what is wrong), or None when the event is sound."""
    seq = record["seq"]
    if record["terminal"] != terminal:
        return expected_seq, f"event {seq} belongs to terminal {record['terminal']}"
    if seq != expected_seq:
        if isinstance(seq, int) and seq > expected_seq:
            return expected_seq, f"event {expected_seq} is missing (the next stored event is {seq})"
        return expected_seq, f"event {seq} is out of order (expected {expected_seq})"
    if record["prev_hash"] != previous:
        return seq, f"event {seq} does not link to event {seq - 1}"
    if chain_hash(previous, record) != stored_hash:
        return seq, f"event {seq} was changed after it was recorded"
    return None


def verify_session(session: Session) -> list[VerifyResult]:
    """Verify every terminal's chain held in a store (this terminal's and any pulled from siblings).

    Events are streamed as plain rows, a batch at a time, never loaded as objects all at once: a terminal
    records hundreds of thousands of events a year, and `audit verify` must not need their size in memory.
    """
    terminals = session.scalars(select(AuditEvent.terminal).distinct().order_by(AuditEvent.terminal)).all()
    table = AuditEvent.__table__
    results = []
    for terminal in terminals:
        rows = session.execute(
            select(table).where(table.c.terminal == terminal).order_by(table.c.seq),
            execution_options={"yield_per": 500},
        )
        results.append(verify_chain((row._asdict() for row in rows), terminal))
    return results


def chain_head(session: Session, terminal: str) -> tuple[int, str]:
    """The last (seq, hash) of a terminal's chain; (0, genesis) when it is empty."""
    row = session.execute(
        select(AuditEvent.seq, AuditEvent.hash)
        .where(AuditEvent.terminal == terminal)
        .order_by(AuditEvent.seq.desc())
        .limit(1)
    ).first()
    return (0, GENESIS_HASH) if row is None else (int(row[0]), str(row[1]))
