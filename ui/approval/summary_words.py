"""The words the approval summary shares: the reader's language, identity results, roles, exceptions and past
decisions as sentences, and one titled section of lines. A direct rule is named by ui/wizard/risk_words.py,
the same words the risk page uses."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QLocale

from ui.i18n import QT_TRANSLATE_NOOP, tr
from ui.names import decision_label, role_label, step_label

RESULTS = {
    "match": QT_TRANSLATE_NOOP("Summary", "match (一致)"),
    "mismatch": QT_TRANSLATE_NOOP("Summary", "MISMATCH (不一致)"),
    "not_found": QT_TRANSLATE_NOOP("Summary", "number not on record (库中无此号)"),
    "unavailable": QT_TRANSLATE_NOOP("Summary", "service unavailable: not verified"),
    "": QT_TRANSLATE_NOOP("Summary", "not verified"),
}
PERSON_ROLES = {
    "customer": QT_TRANSLATE_NOOP("Summary", "Customer"),
    "legal_representative": QT_TRANSLATE_NOOP("Summary", "Legal representative"),
    "agent": QT_TRANSLATE_NOOP("Summary", "Agent"),
}
DECISION_WORDS = {
    "approve": QT_TRANSLATE_NOOP("Summary", "approved"),
    "return": QT_TRANSLATE_NOOP("Summary", "returned for correction"),
    "reject": QT_TRANSLATE_NOOP("Summary", "rejected"),
}


def language() -> str:
    return "zh" if QLocale().name().startswith("zh") else "en"


def exception_text(code: str, params: dict[str, Any]) -> str:
    """One exception of the summary as a sentence in the reader's language."""
    from ui.names import PEOPLE

    person = tr("Names", PEOPLE[str(params.get("person"))]) if params.get("person") in PEOPLE else ""
    if code == "step_skipped":
        return tr("Summary", "Step skipped: {step}", step=step_label(str(params.get("step", ""))))
    if code == "agent_acting":
        return tr("Summary", "An agent acts for the customer (the legal representative is not present)")
    if code == "online_pre_application":
        return tr("Summary", "Started as an online pre-application")
    if code == "identity_not_matched":
        result = tr("Summary", RESULTS.get(str(params.get("result", "")), RESULTS[""]))
        return tr("Summary", "Identity of {person}: {result}", person=person, result=result)
    if code == "photo_not_compared":
        return tr("Summary", "The photo of {person} was not compared", person=person)
    if code == "optional_document_open":
        return tr(
            "Summary",
            "Optional document {item}: {decision}",
            item=str(params.get("item_name") or params.get("item", "")),
            decision=decision_label(str(params.get("decision", ""))),
        )
    if code == "original_not_seen":
        return tr(
            "Summary", "Original not seen: {item}", item=str(params.get("item_name") or params.get("item"))
        )
    if code == "credit_code_warning":
        return tr(
            "Summary", "The organisation code inside the credit code does not check: compare the licence"
        )
    if code == "credit_code_invalid":
        return tr("Summary", "The credit code is not valid")
    if code == "enhanced_due_diligence":
        return tr("Summary", "Enhanced due diligence applies")
    if code == "rated_directly":
        from ui.wizard.risk_words import direct_rule_label

        return tr(
            "Summary", "Rated directly by a rule: {rule}", rule=direct_rule_label(str(params.get("rule", "")))
        )
    if code == "override":
        return tr("Summary", "Override recorded: {what}", what=str(params.get("what", "")))
    if code == "returned_before":
        return tr("Summary", "Returned for correction before: {count} time(s)", count=params.get("count", 0))
    return code


def reason_in_words(text: str, reasons: Any) -> str:
    """A recorded return reason: a standard code in the reader's language, free text as written."""
    from teller_app.domain.return_reasons import reason_words

    return reason_words(text, reasons or (), language())


def decision_line(decision: Any, reasons: Any) -> str:
    """'2026-03-02 10:15: returned for correction by 刘主管 (Supervisor) — Documents: 开户资料不齐全'."""
    line = tr(
        "Summary",
        "{when}: {decision} by {name} ({role})",
        when=decision.decided_at.astimezone().strftime("%Y-%m-%d %H:%M"),
        decision=tr("Summary", DECISION_WORDS.get(decision.kind, decision.kind)),
        name=decision.checker_name,
        role=role_label(decision.checker_role),
    )
    words = [
        (step_label(step) + ": " if step else "") + reason_in_words(text, reasons)
        for step, text in decision.reasons
    ]
    return line + (" — " + "; ".join(words) if words else "")


def section(title: str, lines: list[str]) -> str:
    body = "".join(f"<div>{line}</div>" for line in lines) or "<div>—</div>"
    return f"<h4 style='margin:6px 0 2px 0'>{escape(title)}</h4>{body}"
