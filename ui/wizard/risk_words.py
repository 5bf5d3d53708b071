"""What the risk page says about the rating: the factors' and explanations' names, the rules that rate high
directly, the yes/no questions, and a rating's summary, details and each factor's contribution."""

from __future__ import annotations

from ui.i18n import QT_TRANSLATE_NOOP, tr
from ui.names import money, risk_level_label, role_label

FACTORS = {
    "customer_kind": QT_TRANSLATE_NOOP("Risk", "Customer kind"),
    "ownership": QT_TRANSLATE_NOOP("Risk", "Ownership layers"),
    "business_age": QT_TRANSLATE_NOOP("Risk", "Years in business"),
    "nationality": QT_TRANSLATE_NOOP("Risk", "Nationality"),
    "geography": QT_TRANSLATE_NOOP("Risk", "Region"),
    "industry": QT_TRANSLATE_NOOP("Risk", "Industry"),
    "product": QT_TRANSLATE_NOOP("Risk", "Account type"),
    "channel": QT_TRANSLATE_NOOP("Risk", "Channel"),
}
EXPLANATIONS = {
    "risk.customer_kind": QT_TRANSLATE_NOOP("Risk", "by customer kind"),
    "risk.product": QT_TRANSLATE_NOOP("Risk", "by account type"),
    "risk.business_age.established": QT_TRANSLATE_NOOP("Risk", "established business"),
    "risk.business_age.new": QT_TRANSLATE_NOOP("Risk", "new business"),
    "risk.business_age.young": QT_TRANSLATE_NOOP("Risk", "young business"),
    "risk.business_age.not_applicable": QT_TRANSLATE_NOOP("Risk", "not applicable"),
    "risk.channel.agent": QT_TRANSLATE_NOOP("Risk", "an agent acts for the customer"),
    "risk.channel.counter": QT_TRANSLATE_NOOP("Risk", "face to face at the counter"),
    "risk.channel.online_pre_application": QT_TRANSLATE_NOOP("Risk", "online pre-application"),
    "risk.channel.non_face_to_face": QT_TRANSLATE_NOOP("Risk", "not face to face"),
    "risk.geography.high_risk": QT_TRANSLATE_NOOP("Risk", "high-risk region"),
    "risk.geography.ordinary": QT_TRANSLATE_NOOP("Risk", "ordinary region"),
    "risk.geography.abroad": QT_TRANSLATE_NOOP("Risk", "registered or living abroad"),
    "risk.industry.elevated": QT_TRANSLATE_NOOP("Risk", "elevated-risk industry"),
    "risk.industry.high_risk": QT_TRANSLATE_NOOP("Risk", "high-risk industry"),
    "risk.industry.ordinary": QT_TRANSLATE_NOOP("Risk", "ordinary industry"),
    "risk.nationality.domestic": QT_TRANSLATE_NOOP("Risk", "domestic"),
    "risk.nationality.foreign": QT_TRANSLATE_NOOP("Risk", "foreign nationality"),
    "risk.nationality.high_risk": QT_TRANSLATE_NOOP("Risk", "high-risk nationality"),
    "risk.ownership.complex": QT_TRANSLATE_NOOP("Risk", "complex ownership"),
    "risk.ownership.layered": QT_TRANSLATE_NOOP("Risk", "layered ownership"),
    "risk.ownership.simple": QT_TRANSLATE_NOOP("Risk", "simple ownership"),
}


DIRECT_RULES = {  # one per teller_app.domain.risk.DIRECT_RULES; the approval summary names them by these too
    "fatf_call_for_action": QT_TRANSLATE_NOOP(
        "Risk", "a FATF call-for-action country (customer, owner or controller)"
    ),
    "sanctions_hit": QT_TRANSLATE_NOOP("Risk", "a sanctions-list hit"),
    "politically_exposed": QT_TRANSLATE_NOOP("Risk", "a politically exposed person or close relative"),
    "due_diligence_refused": QT_TRANSLATE_NOOP("Risk", "due diligence refused"),
}


def direct_rule_label(code: str) -> str:
    """A rule that rated the customer high directly, in the reader's language (an unknown code as it is)."""
    source = DIRECT_RULES.get(code)
    return tr("Risk", source) if source is not None else code


QUESTIONS = {
    "sanctions_hit": QT_TRANSLATE_NOOP(
        "Risk", "Sanctions list: is the customer, an owner or a controller on it?"
    ),
    "politically_exposed": QT_TRANSLATE_NOOP(
        "Risk", "Is a politically exposed person, or a close relative or associate of one, involved?"
    ),
    "due_diligence_refused": QT_TRANSLATE_NOOP(
        "Risk", "Did the customer refuse any part of the due diligence?"
    ),
}


def rating_shown(rating: dict[str, object]) -> tuple[str, str, str, list[list[str]]]:
    """The summary line, its role (ok / fail), the detail lines and the contributions table's cells."""
    if not rating:
        return (
            tr("Risk", "Not rated yet."),
            "",
            tr("Risk", "Fill in the factors and press “Rate the risk”."),
            [],
        )
    level = str(rating.get("level"))
    summary = tr(
        "Risk",
        "Score {score}: risk level {level}",
        score=rating.get("score"),
        level=risk_level_label(level),
    )
    role = "fail" if level in ("high", "medium_high") else "ok"
    limits = _mapping(rating.get("limits"))
    approvers = ", ".join(role_label(str(r)) for r in _items(rating.get("approver_roles")))
    lines = [
        tr("Risk", "Next review by {date}.", date=rating.get("next_review", "")),
        tr(
            "Risk",
            "Limits: {single} CNY per transaction, {daily} CNY per day.",
            single=money(limits.get("single", "—")),
            daily=money(limits.get("daily", "—")),
        ),
        tr("Risk", "Approval by: {roles}.", roles=approvers),
    ]
    fired = [direct_rule_label(str(r)) for r in _items(rating.get("direct_rules"))]
    if fired:
        lines.append(tr("Risk", "Rated high directly, whatever the score: {rules}.", rules="; ".join(fired)))
    if rating.get("enhanced_due_diligence"):
        lines.append(tr("Risk", "High risk: record the enhanced due diligence before going on."))
    cells = []
    for c in _items(rating.get("contributions")):
        if not isinstance(c, dict):
            continue
        why = EXPLANATIONS.get(str(c.get("explanation")))
        cells.append(
            [
                tr("Risk", FACTORS.get(str(c.get("factor")), str(c.get("factor")))),
                str(c.get("weight", "")),
                str(c.get("points", "")),
                tr("Risk", why) if why else str(c.get("explanation", "")),
            ]
        )
    return summary, role, "\n".join(lines), cells


def _mapping(value: object) -> dict[str, object]:
    return value if isinstance(value, dict) else {}


def _items(value: object) -> list[object]:
    return value if isinstance(value, list) else []
