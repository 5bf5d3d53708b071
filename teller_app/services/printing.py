"""Printing a case: the PDF written atomically, each print audited with the version it shows.

preview(store, actor, case_id, doc) -> bytes           the PDF for the print preview (not audited)
print_case(store, actor, case_id, doc, out) -> Path    to a file, audited with the write (CLI, demo)
write_for_print(…) -> PrintJob, then record_print(…, job=job) when the counter printer took it
doc: agreement|checklist|risk|confirmation|flowchart|correction. The QR code carries the case id and the
case's content hash; the sheet comes from services.case_sheets.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from teller_app.documents.render import build
from teller_app.domain.case import Case, agreement_basis_hash, case_content_hash
from teller_app.domain.errors import InputError
from teller_app.domain.permissions import Action
from teller_app.files import write_atomically
from teller_app.services.actors import Actor, check_may
from teller_app.services.case_lists import check_may_view
from teller_app.services.case_sheets import case_sheet, sheet_of, user_names
from teller_app.services.case_store import load_case
from teller_app.storage.store import Store

__all__ = ["case_sheet", "user_names"]  # what the documents print, read through this module too


def document_bytes(store: Store, case_id: str, doc: str) -> bytes:
    """The PDF of one document of the case (for a preview); InputError for an unknown doc or missing data."""
    sheet = case_sheet(store, case_id)
    return build(doc, sheet)


@dataclass(frozen=True)
class PrintJob:
    """A document written for printing: which one, of which case content (the hash its QR code carries)
    and, for the agreement, of which basis (agreement_basis_hash: what the signing is checked against)."""

    path: Path
    document: str
    case_id: str
    content_hash: str
    agreement_basis: str | None
    file_sha256: str
    training: bool = False  # a training case's print is training work (its event says so, never synced)

    def details(self) -> dict[str, Any]:
        facts: dict[str, Any] = {
            "document": self.document,
            "content_hash": self.content_hash,
            "file_sha256": self.file_sha256,
        }
        if self.agreement_basis is not None:
            facts["agreement_basis"] = self.agreement_basis
        return facts


def _render(
    store: Store, actor: Actor, case_id: str, doc: str, out: Path | str
) -> tuple[PrintJob, Case, bytes]:
    check_may(actor, Action.PRINT_DOCUMENT)
    check_may_view(store, actor, case_id)
    refuse_without_bank_side(store, doc)
    case = load_case(store, case_id)
    sheet = sheet_of(store, case)
    data = build(doc, sheet)  # one load: the file and its record name the same version
    job = PrintJob(
        path=Path(out),
        document=doc,
        case_id=case_id,
        content_hash=case_content_hash(case),
        agreement_basis=agreement_basis_hash(case) if doc == "agreement" else None,
        file_sha256=hashlib.sha256(data).hexdigest(),
        training=sheet.training,
    )
    return job, case, data


def refuse_without_bank_side(store: Store, doc: str) -> None:
    """A document that prints the bank's side is refused while this terminal lacks it from the centre, naming
    the field: the agreement and the 补正通知 print all of 乙方, the others the bank's and branch's name."""
    from teller_app.services.branch_settings import WHO_SETS_IT, bank_side, missing_fields

    if doc == "flowchart":
        return
    missing = missing_fields(bank_side(store))
    if doc not in ("agreement", "correction"):
        missing = [name for name in missing if name in ("bank_name", "branch_name")]
    if missing:
        raise InputError(
            "document.bank_side_missing",
            "The {document} cannot be printed: the bank's side (乙方) of branch {branch} has no {field}; "
            + WHO_SETS_IT,
            document=doc,
            branch=store.identity.branch,
            field=missing[0],
            missing=missing,
        )


def print_case(store: Store, actor: Actor, case_id: str, doc: str, out: Path | str) -> Path:
    """Write one document of the case to `out` and record the print with it (`teller-admin print`, the demo).

    The audit event (document, case, content hash, file hash) is written in the same step as the file: the
    file is written inside the unit of work that appends the event, and a file whose event could not be
    committed is removed, so there is never a printed file without its record, nor a record without a file."""
    job, case, data = _render(store, actor, case_id, doc, out)
    written = False
    try:
        with store.unit_of_work(user_id=actor.user_id, local_only=job.training) as uow:
            uow.append_audit(
                "document.print",
                case_id=case_id,
                step=case.step.value,
                details={**job.details(), "to": "file", "bytes": len(data)},
            )
            write_atomically(job.path, data, mode=0o600)
            written = True
    except BaseException:
        if written:
            job.path.unlink(missing_ok=True)
        raise
    return job.path


def preview(store: Store, actor: Actor, case_id: str, doc: str) -> bytes:
    """The PDF bytes for the UI's print preview (nothing written, not a print: no audit event)."""
    check_may(actor, Action.PRINT_DOCUMENT)
    check_may_view(store, actor, case_id)
    return document_bytes(store, case_id, doc)


def write_for_print(store: Store, actor: Actor, case_id: str, doc: str, out: Path | str) -> PrintJob:
    """Write the document for the counter's preview and printer (owner-only file, not yet a print).

    The print itself is recorded by `record_print` (with this job) when the printer takes it; the screen
    removes the file after the job (and any left by a crash at start-up)."""
    job, _case, data = _render(store, actor, case_id, doc, out)
    write_atomically(job.path, data, mode=0o600)
    return job


def record_print(
    store: Store,
    actor: Actor,
    case_id: str,
    doc: str,
    *,
    printer: str,
    pages: int,
    job: PrintJob | None = None,
) -> None:
    """The operation record of one print at the counter: which document, of which content (the version the
    job wrote; without a job, the case as it is now), on which printer."""
    check_may(actor, Action.PRINT_DOCUMENT)
    check_may_view(store, actor, case_id)
    case = load_case(store, case_id)
    if job is not None and (job.case_id, job.document) != (case_id, doc):
        raise InputError(
            "document.print_job_mismatch",
            "The print job is of another document or case; nothing was recorded",
        )
    facts = (
        job.details()
        if job is not None
        else {
            "document": doc,
            "content_hash": case_content_hash(case),
            **({"agreement_basis": agreement_basis_hash(case)} if doc == "agreement" else {}),
        }
    )
    training = job.training if job is not None else _training_case(store, case_id)
    with store.unit_of_work(user_id=actor.user_id, local_only=training) as uow:
        uow.append_audit(
            "document.print",
            case_id=case_id,
            step=case.step.value,
            details={**facts, "printer": printer, "pages": pages},
        )


def _training_case(store: Store, case_id: str) -> bool:
    from teller_app.storage.schema import Case as CaseRow

    with store.reading() as session:
        row = session.get(CaseRow, case_id)
        return bool(row is not None and row.training)


def _print_events(session: Session, store: Store, case_id: str) -> list[dict[str, Any]]:
    from teller_app.storage.schema import AuditEvent

    events = session.scalars(
        select(AuditEvent).where(AuditEvent.case_id == case_id, AuditEvent.action == "document.print")
    ).all()
    found = []
    for event in events:
        details = store.sealer.open_json(event, "details") or {}
        if isinstance(details, dict) and details.get("document"):
            found.append(details)
    return found


def printed_documents(store: Store, actor: Actor, case_id: str) -> frozenset[str]:
    """The documents of the case printed so far (from its operation record)."""
    check_may(actor, Action.VIEW_CASE)
    check_may_view(store, actor, case_id)
    with store.reading() as session:
        return frozenset(str(d["document"]) for d in _print_events(session, store, case_id))


def printed_agreement_bases(session: Session, store: Store, case_id: str) -> frozenset[str]:
    """The agreement bases (agreement_basis_hash) of the case's audited prints of the agreement."""
    return frozenset(
        str(d["agreement_basis"])
        for d in _print_events(session, store, case_id)
        if d.get("document") == "agreement" and d.get("agreement_basis")
    )
