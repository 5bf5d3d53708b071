"""The domain Case ⇄ stored rows: `cases` (plain columns + encrypted summary), `case_steps`, `documents`.

load_case(store_or_uow, case_id) -> Case        rebuilds the aggregate from its rows
save_case(uow, case, before=None, ...) -> row   writes only what changed between `before` and `case`

The `cases` row holds what central reporting needs in plain columns (status, step, risk level, procedure
version, maker, times, content hash) and, sealed in `summary`, the aggregate's non-step state (completed
and skipped steps, return reasons, the approval request, decisions, the account, the cancel reason).
Each step's data is its own sealed `case_steps` row; each document decision its own `documents` row.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from teller_app.domain.canonical import canonical_json
from teller_app.domain.case import Case, case_content_hash
from teller_app.domain.case_records import case_from_data, case_to_data
from teller_app.domain.errors import InputError
from teller_app.storage.crypto import FieldSealer
from teller_app.storage.schema import Case as CaseRow
from teller_app.storage.schema import CaseStep, Document
from teller_app.storage.store import Store
from teller_app.storage.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class DocumentMeta:
    """What a documents row keeps beside the decision: the reason, the reviewer, the original seen, a note."""

    reason: str | None = None
    reviewer_id: str | None = None
    decided_at: datetime | None = None
    original_seen: bool = False
    note: str | None = None


def _session_and_sealer(source: Store | UnitOfWork) -> tuple[Session | None, FieldSealer]:
    if isinstance(source, UnitOfWork):
        return source.session, source.fields
    return None, source.sealer


def load_case(source: Store | UnitOfWork, case_id: str) -> Case:
    """The Case aggregate as stored; InputError `case.not_found` when there is no such case."""
    session, sealer = _session_and_sealer(source)
    if session is not None:
        return _load(session, sealer, case_id)[0]
    assert isinstance(source, Store)
    with source.reading() as reading:
        return _load(reading, sealer, case_id)[0]


def load_case_row(session: Session, case_id: str) -> CaseRow:
    row = session.get(CaseRow, case_id) if isinstance(case_id, str) else None
    if row is None:
        raise InputError("case.not_found", "There is no case {case_id}", case_id=str(case_id))
    return row


def load_case_with_row(uow: UnitOfWork, case_id: str) -> tuple[Case, CaseRow]:
    """The aggregate and its `cases` row, read inside a unit of work (to change and save both)."""
    return _load(uow.session, uow.fields, case_id)


def _load(session: Session, sealer: FieldSealer, case_id: str) -> tuple[Case, CaseRow]:
    row = load_case_row(session, case_id)
    record = dict(sealer.open_json(row, "summary") or {})
    step_rows = session.scalars(select(CaseStep).where(CaseStep.case_id == row.id)).all()
    record["step_data"] = {s.step: sealer.open_json(s, "data") or {} for s in step_rows if s.data is not None}
    document_rows = session.scalars(select(Document).where(Document.case_id == row.id)).all()
    record["documents"] = {d.item_code: d.decision for d in document_rows}
    return case_from_data(record), row


def save_case(
    uow: UnitOfWork,
    case: Case,
    before: Case | None = None,
    *,
    customer_id: str | None = None,
    channel: str | None = None,
    training: bool | None = None,
    documents_meta: Mapping[str, DocumentMeta] | None = None,
) -> CaseRow:
    """Write `case`; with `before` (the case as loaded) only the rows that changed are written.

    A new case (`before` None) needs no `cases` row yet; the terminal, customer, channel and training
    flag are set from the arguments. `documents_meta` carries reason/reviewer/note for changed items.
    """
    now = uow.clock()
    row = uow.get(CaseRow, case.id)
    if row is None:
        row = uow.new(
            CaseRow,
            id=case.id,
            terminal=uow.store.identity.terminal,
            customer_kind=case.customer_kind.value,
            account_type=case.account_type.value,
            procedure_version=case.procedure_version,
            maker_id=case.maker,
            created_at=case.opened_at,
            training=bool(training),
            channel=channel,
            customer_id=customer_id,
        )
        before = None
    else:
        if customer_id is not None:
            row.customer_id = customer_id
        if channel is not None:
            row.channel = channel
        if training is not None:
            row.training = training
    _set_plain_columns(row, case)
    summary = summary_of(case)
    if before is None or summary_of(before) != summary or row.summary is None:
        uow.seal(row, "summary", summary)
    _save_steps(uow, case, before, now)
    _save_documents(uow, case, before, documents_meta or {}, now)
    return row


def _set_plain_columns(row: CaseRow, case: Case) -> None:
    values: dict[str, Any] = {
        "status": case.status.value,
        "current_step": case.step.value,
        "risk_level": case.risk_level.value if case.risk_level is not None else None,
        "content_hash": case_content_hash(case),
        "number": case.number or None,
        "maker_id": case.maker,  # who holds the case (handed over: the new holder)
    }
    for name, value in values.items():
        if getattr(row, name) != value:
            setattr(row, name, value)
    if row.step_entered_at != case.step_since:
        row.step_entered_at = case.step_since
    if row.closed_at != case.closed_at:
        row.closed_at = case.closed_at


def _save_steps(uow: UnitOfWork, case: Case, before: Case | None, now: datetime) -> None:
    changed = [
        step
        for step in case.step_data
        if before is None
        or before.step_data.get(step) != case.step_data[step]
        or (step in before.completed) != (step in case.completed)
    ]
    if not changed:
        return
    existing = {
        s.step: s
        for s in uow.session.scalars(
            select(CaseStep).where(CaseStep.case_id == case.id, CaseStep.step.in_([s.value for s in changed]))
        )
    }
    for step in changed:
        step_row = existing.get(step.value)
        if step_row is None:
            step_row = uow.new(CaseStep, case_id=case.id, step=step.value, entered_at=now)
        uow.seal(step_row, "data", json.loads(canonical_json(case.step_data[step])))
        if step in case.completed:
            if step_row.completed_at is None:
                step_row.completed_at = now
                step_row.completed_by = uow.user_id
        elif step_row.completed_at is not None:
            step_row.completed_at = None
            step_row.completed_by = None


def _save_documents(
    uow: UnitOfWork,
    case: Case,
    before: Case | None,
    meta: Mapping[str, DocumentMeta],
    now: datetime,
) -> None:
    changed = [
        code
        for code, decision in case.documents.items()
        if before is None or before.documents.get(code) is not decision or code in meta
    ]
    if not changed:
        return
    existing = {
        d.item_code: d
        for d in uow.session.scalars(
            select(Document).where(Document.case_id == case.id, Document.item_code.in_(changed))
        )
    }
    for code in changed:
        doc = existing.get(code) or uow.new(Document, case_id=case.id, item_code=code, scan_count=0)
        doc.decision = case.documents[code].value
        info = meta.get(code)
        if info is not None:
            doc.reason = info.reason
            doc.reviewer_id = info.reviewer_id or uow.user_id
            doc.decided_at = info.decided_at or now
            doc.original_seen = info.original_seen
            uow.seal(doc, "note", info.note or None)


# -- the sealed summary -------------------------------------------------------------------------------


def summary_of(case: Case) -> dict[str, Any]:
    """The aggregate's state without step data and documents (they have rows of their own), as JSON."""
    record = case_to_data(case)
    del record["step_data"], record["documents"]
    return record


def fill_missing_numbers(store: Store) -> int:
    """Copy the 案件编号 of this terminal's cases numbered before the plain column (migration 0008) from
    their sealed summary into it, so they are found by number too; one unit of work, synced like any
    change. Returns how many were filled (0 once done: the query finds none)."""
    with store.reading() as session:
        rows = session.scalars(
            select(CaseRow).where(
                CaseRow.number.is_(None),
                CaseRow.terminal == store.identity.terminal,
                CaseRow.training.is_(False),  # training cases never sync; the sandbox holds them
            )
        ).all()
        found = {
            row.id: str((store.sealer.open_json(row, "summary") or {}).get("number") or "") for row in rows
        }
    numbered = {case_id: number for case_id, number in found.items() if number}
    if not numbered:
        return 0
    with store.unit_of_work() as uow:
        for case_id, number in numbered.items():
            row = uow.get(CaseRow, case_id)
            if row is not None and row.number is None:
                row.number = number
    return len(numbered)
