"""What the owners page says about the identified owners: each row's record status, the owner's share (or
why none applies), the list of owners with the reasons they were identified by, and a "held through" that
places no row; and the shares in percent as typed, to and from the core's fractions."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from ui.i18n import QT_TRANSLATE_NOOP, tr
from ui.wizard.holdings_tree import IN_A_CIRCLE, Misplaced

REASONS = {
    "equity": QT_TRANSLATE_NOOP("Owners", "holds at least 25% of the equity"),
    "profit": QT_TRANSLATE_NOOP("Owners", "has at least 25% of the profit rights"),
    "voting": QT_TRANSLATE_NOOP("Owners", "has at least 25% of the voting rights"),
    "control": QT_TRANSLATE_NOOP("Owners", "controls the customer by other means"),
    "senior_manager": QT_TRANSLATE_NOOP("Owners", "runs daily operations (nobody else qualifies)"),
}
SHARES = {
    "equity": QT_TRANSLATE_NOOP("Owners", "{share}% of the equity"),
    "profit": QT_TRANSLATE_NOOP("Owners", "{share}% of the profit rights"),
    "voting": QT_TRANSLATE_NOOP("Owners", "{share}% of the voting rights"),
}


def share_to_percent(text: object) -> str:
    try:
        return f"{(Decimal(str(text)) * 100).normalize():f}"
    except InvalidOperation:
        return str(text)


def percent_to_share(text: str) -> str:
    """ "60" or "60%" → "0.6" (exact); anything else (nothing entered too) is passed on for the core to
    refuse by name."""
    cleaned = text.strip().rstrip("%").strip()
    try:
        return str(Decimal(cleaned) / 100) if cleaned else ""
    except InvalidOperation:
        return text


def misplaced_words(wrong: Misplaced, name: str) -> str:
    """Why a row's "held through" places it nowhere, naming the row (the step waits until it is corrected)."""
    if wrong.why == IN_A_CIRCLE:
        return tr(
            "Owners",
            "No. {number} ({name}) is held through No. {through}, and the holdings go round in a "
            "circle back to it: correct “held through”.",
            number=wrong.number,
            name=name,
            through=wrong.through,
        )
    return tr(
        "Owners",
        "No. {number} ({name}) is held through “{through}”, which is not the number of a company in "
        "the table: correct “held through”.",
        number=wrong.number,
        name=name,
        through=wrong.through,
    )


def record_status(owner: dict[str, Any] | None, person: bool) -> tuple[str, str]:
    """The text of a row's record column and its colour: complete, what is missing, or not an owner."""
    from ui import names

    gaps = [str(g) for g in owner.get("record_gaps", [])] if owner else []
    if owner is None:
        return (tr("Owners", "not an owner") if person else ""), "#555555"
    if gaps:
        fields = tr("Owners", ", ").join(names.field_label(g) for g in gaps)
        return tr("Owners", "✗ missing or wrong: {fields}", fields=fields), "#b00020"
    return tr("Owners", "✓ complete"), "#1b5e20"


def share_text(owner: dict[str, Any] | None) -> tuple[str, bool]:
    """The owner's share as computed, or why none applies; and whether a means of control is asked."""
    reasons = [str(r) for r in owner.get("reasons", [])] if owner else []
    if owner is None:
        return tr("Owners", "— not identified as a beneficial owner —"), False
    if reasons == ["senior_manager"]:
        return tr("Owners", "Not applicable: runs daily operations"), False
    if not set(reasons) & set(SHARES):
        return tr("Owners", "Not applicable: identified by control only"), True
    shares = [
        tr("Owners", SHARES[r], share=share_to_percent(owner.get(r, "0"))) for r in SHARES if r in reasons
    ]
    return tr("Owners", ", ").join(shares), "control" in reasons


def owners_lines(owners: list[dict[str, Any]]) -> str:
    lines = [tr("Owners", "Beneficial owners:")]
    for owner in owners:
        reasons = owner.get("reasons")
        listed = reasons if isinstance(reasons, list) else []
        why = tr("Owners", ", ").join(tr("Owners", REASONS.get(str(r), str(r))) for r in listed)
        lines.append(
            tr(
                "Owners",
                "• {name}: {equity}% of the equity — {why}",
                name=owner.get("name", ""),
                equity=share_to_percent(owner.get("equity", "0")),
                why=why,
            )
        )
    return "\n".join(lines)
