"""Chinese labels for the values a document prints (decisions, reasons, customer and account terms)."""

from __future__ import annotations

from teller_app.domain.document_decisions import DocumentDecision, DocumentReason

DECISION_ZH = {
    DocumentDecision.PENDING: "待收取",
    DocumentDecision.RECEIVED: "已收取",
    DocumentDecision.VERIFIED: "已核验",
    DocumentDecision.NEEDS_REVISION: "需补正",
    DocumentDecision.REJECTED: "不予受理",
}

REASON_ZH = {
    DocumentReason.EXPIRED: "已过有效期",
    DocumentReason.MISSING_PAGE: "缺页",
    DocumentReason.NAME_MISMATCH: "名称不一致",
    DocumentReason.ALTERED: "涂改",
    DocumentReason.ILLEGIBLE: "模糊不清",
    DocumentReason.NOT_ORIGINAL: "非原件",
    DocumentReason.SEAL_MISSING: "缺少印章",
    DocumentReason.WRONG_DOCUMENT: "资料不符",
    DocumentReason.OTHER: "其他",
}

CHECKED = "☑"
UNCHECKED = "☐"


def decision_zh(decision: DocumentDecision) -> str:
    return DECISION_ZH[decision]


def reason_zh(reason: DocumentReason | None, note: str = "") -> str:
    label = REASON_ZH[reason] if reason is not None else ""
    if label and note:
        return f"{label}：{note}"
    return label or note


def tick(value: bool, yes: str = "是", no: str = "否") -> str:
    return f"{CHECKED} {yes}" if value else f"{UNCHECKED} {no}"
