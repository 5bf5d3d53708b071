"""Document review (资料审核): the teller's decision on each checklist item, scans stored encrypted, the checklist view."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from teller_app.domain import case_moves
from teller_app.domain.document_decisions import DocumentDecision, DocumentReason
from teller_app.domain.documents import DocumentReview
from teller_app.domain.errors import InputError
from teller_app.domain.permissions import Action
from teller_app.services.actors import Actor, check_may
from teller_app.services.case_store import DocumentMeta, load_case
from teller_app.services.case_work import required_documents, working_on
from teller_app.services.procedures import definition_by_version
from teller_app.storage.schema import Document, DocumentScan
from teller_app.storage.store import Store

MAX_SCAN_BYTES = 20_000_000
MEDIA_TYPES = {
    "application/pdf": (b"%PDF-",),
    "image/png": (b"\x89PNG\r\n\x1a\n",),
    "image/jpeg": (b"\xff\xd8\xff",),
}


def record_document(
    store: Store,
    actor: Actor,
    case_id: str,
    item_code: str,
    decision: DocumentDecision | str,
    *,
    reason: DocumentReason | str | None = None,
    original_seen: bool = False,
    note: str = "",
) -> None:
    """Record the decision on one checklist item; verified needs the original seen, revision/rejection a reason."""
    try:
        value = DocumentDecision(decision)
        why = DocumentReason(reason) if reason else None
    except ValueError:
        raise InputError(
            "case.unknown_value",
            "{field} cannot be {value}",
            field="decision/reason",
            value=f"{decision}/{reason}",
        ) from None
    with working_on(store, actor, case_id, Action.RECORD_DOCUMENT) as work:
        known = {d.code for d in required_documents(work.case, work.definition)}
        code = (item_code or "").strip()
        if code not in known:
            raise InputError(
                "document.not_on_checklist",
                "{item} is not on the checklist of this case",
                item=code,
                items=", ".join(sorted(known)),
            )
        DocumentReview(
            item_code=code,
            decision=value,
            reviewer_id=actor.user_id,
            reviewed_at=work.now,
            reason=why,
            original_seen=original_seen,
            note=note,
        )  # the domain's checks: a reason for needs-revision/rejected, the original seen to verify
        work.case = case_moves.record_document(work.case, code, value)
        work.documents_meta[code] = DocumentMeta(
            reason=why.value if why else None,
            reviewer_id=actor.user_id,
            decided_at=work.now,
            original_seen=bool(original_seen),
            note=note or None,
        )
        work.audit(
            "document.record",
            details={"item": code, "decision": value.value, "reason": why.value if why else None},
        )


def _detected_type(content: bytes) -> str | None:
    for media_type, magics in MEDIA_TYPES.items():
        if any(content.startswith(magic) for magic in magics):
            return media_type
    return None


def attach_scan(
    store: Store, actor: Actor, case_id: str, item_code: str, content: bytes, media_type: str
) -> str:
    """Store a scan (PDF, JPG, PNG — checked by its first bytes), encrypted; returns the scan id."""
    if not isinstance(content, (bytes, bytearray)) or not content:
        raise InputError("scan.empty", "The scan is empty")
    if len(content) > MAX_SCAN_BYTES:
        raise InputError(
            "scan.too_large",
            "The scan has {size} bytes; at most {limit}",
            size=len(content),
            limit=MAX_SCAN_BYTES,
        )
    detected = _detected_type(bytes(content))
    wanted = (media_type or "").strip().lower().replace("image/jpg", "image/jpeg")
    if detected is None or detected != wanted:
        raise InputError(
            "scan.type_mismatch",
            "The file is not a {media_type} scan (PDF, JPG or PNG)",
            media_type=media_type,
            detected=detected or "unknown",
        )
    with working_on(store, actor, case_id, Action.RECORD_DOCUMENT) as work:
        case_moves.refuse_if_not_editable(work.case)
        code = (item_code or "").strip()
        uow = work.uow
        doc = uow.session.scalars(
            select(Document).where(Document.case_id == case_id, Document.item_code == code)
        ).first()
        if doc is None:
            if code not in {d.code for d in required_documents(work.case, work.definition)}:
                raise InputError(
                    "document.not_on_checklist", "{item} is not on the checklist of this case", item=code
                )
            doc = uow.new(Document, case_id=case_id, item_code=code, decision=DocumentDecision.RECEIVED.value)
            uow.session.flush()  # the case save below finds this row instead of adding a second one
            work.case = case_moves.record_document(work.case, code, DocumentDecision.RECEIVED)
            work.documents_meta[code] = DocumentMeta(reviewer_id=actor.user_id, decided_at=work.now)
        scan = uow.new(
            DocumentScan,
            document_id=doc.id,
            case_id=case_id,
            media_type=detected,
            size=len(content),
            added_at=work.now,
        )
        uow.seal(scan, "content", bytes(content))
        doc.scan_count = (doc.scan_count or 0) + 1
        work.audit("document.scan", details={"item": code, "media_type": detected, "size": len(content)})
    return scan.id


@dataclass(frozen=True)
class ScanInfo:
    scan_id: str
    item_code: str
    media_type: str
    size: int
    added_at: datetime


def list_scans(store: Store, actor: Actor, case_id: str) -> list[ScanInfo]:
    """The scans of a case (without their content)."""
    from teller_app.services.case_lists import check_may_view

    check_may(actor, Action.VIEW_CASE)
    check_may_view(store, actor, case_id)
    with store.reading() as session:
        codes = {
            d.id: d.item_code for d in session.scalars(select(Document).where(Document.case_id == case_id))
        }
        rows = session.scalars(
            select(DocumentScan).where(DocumentScan.case_id == case_id).order_by(DocumentScan.added_at)
        ).all()
        return [ScanInfo(r.id, codes.get(r.document_id, ""), r.media_type, r.size, r.added_at) for r in rows]


def get_scan(store: Store, actor: Actor, case_id: str, scan_id: str) -> tuple[str, bytes]:
    """(media type, content) of one scan, decrypted for the preview."""
    from teller_app.services.case_lists import check_may_view

    check_may(actor, Action.VIEW_CASE)
    check_may_view(store, actor, case_id)
    with store.reading() as session:
        scan = session.get(DocumentScan, scan_id)
        if scan is None or scan.case_id != case_id:
            raise InputError("scan.not_found", "There is no scan {scan_id} in this case", scan_id=scan_id)
        return scan.media_type, store.sealer.open_bytes(scan, "content") or b""


@dataclass(frozen=True)
class ChecklistItem:
    """One line of the checklist page: the required item and the decision recorded on it."""

    code: str
    name_zh: str
    name_en: str
    mandatory: bool
    condition: str
    decision: DocumentDecision
    reason: str | None
    original_seen: bool
    reviewer_id: str | None
    decided_at: datetime | None
    note: str
    scan_count: int


def checklist(store: Store, actor: Actor, case_id: str) -> list[ChecklistItem]:
    """The required documents of the case with what was recorded on each."""
    from teller_app.services.case_lists import check_may_view

    check_may(actor, Action.VIEW_CASE)
    check_may_view(store, actor, case_id)
    case = load_case(store, case_id)
    items = required_documents(case, definition_by_version(case.procedure_version))
    with store.reading() as session:
        rows = {d.item_code: d for d in session.scalars(select(Document).where(Document.case_id == case_id))}
        result = []
        for item in items:
            row = rows.get(item.code)
            result.append(
                ChecklistItem(
                    code=item.code,
                    name_zh=item.name_zh,
                    name_en=item.name_en,
                    mandatory=item.mandatory,
                    condition=item.condition,
                    decision=DocumentDecision(row.decision) if row else DocumentDecision.PENDING,
                    reason=row.reason if row else None,
                    original_seen=bool(row.original_seen) if row else False,
                    reviewer_id=row.reviewer_id if row else None,
                    decided_at=row.decided_at if row else None,
                    note=(store.sealer.open_text(row, "note") or "") if row else "",
                    scan_count=row.scan_count if row else 0,
                )
            )
        return result
