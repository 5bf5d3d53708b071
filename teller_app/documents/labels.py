"""How a document prints a decision, its reason with the teller's note, and a tick box."""

from __future__ import annotations

from teller_app.domain.document_decisions import DocumentDecision, DocumentReason

CHECKED = "☑"
UNCHECKED = "☐"


def decision_zh(decision: DocumentDecision) -> str:
    return decision.label_zh


def reason_zh(reason: DocumentReason | None, note: str = "") -> str:
    label = reason.label_zh if reason is not None else ""
    if label and note:
        return f"{label}：{note}"
    return label or note


def tick(value: bool, yes: str = "是", no: str = "否") -> str:
    return f"{CHECKED} {yes}" if value else f"{UNCHECKED} {no}"
