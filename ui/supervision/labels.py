"""Names of the supervision codes (finding categories, severities, review and incident states …) in words."""

from __future__ import annotations

from ui.i18n import QT_TRANSLATE_NOOP, tr

FINDING_CATEGORIES = {
    "document_missing": QT_TRANSLATE_NOOP("Supervision", "Document missing"),
    "document_invalid": QT_TRANSLATE_NOOP("Supervision", "Document invalid or expired"),
    "identity_check": QT_TRANSLATE_NOOP("Supervision", "Identity check not done properly"),
    "risk_rating": QT_TRANSLATE_NOOP("Supervision", "Risk rating wrong"),
    "beneficial_owner": QT_TRANSLATE_NOOP("Supervision", "Beneficial owners not identified properly"),
    "intent_check": QT_TRANSLATE_NOOP("Supervision", "Intent not confirmed properly"),
    "contract_seal": QT_TRANSLATE_NOOP("Supervision", "Agreement or seal card problem"),
    "approval": QT_TRANSLATE_NOOP("Supervision", "Approval not proper"),
    "record_entry": QT_TRANSLATE_NOOP("Supervision", "Data entered wrongly"),
    "filing": QT_TRANSLATE_NOOP("Supervision", "Filing late"),
    "other": QT_TRANSLATE_NOOP("Supervision", "Other"),
}

SEVERITIES = {
    "minor": QT_TRANSLATE_NOOP("Supervision", "Minor"),
    "major": QT_TRANSLATE_NOOP("Supervision", "Major"),
    "severe": QT_TRANSLATE_NOOP("Supervision", "Severe"),
}

REVIEW_STATUSES = {
    "queued": QT_TRANSLATE_NOOP("Supervision", "Waiting for review"),
    "in_review": QT_TRANSLATE_NOOP("Supervision", "Under review"),
    "rectification": QT_TRANSLATE_NOOP("Supervision", "Waiting for rectification"),
    "answered": QT_TRANSLATE_NOOP("Supervision", "Rectification answered"),
    "closed": QT_TRANSLATE_NOOP("Supervision", "Closed"),
    "open": QT_TRANSLATE_NOOP("Supervision", "Open"),
    "accepted": QT_TRANSLATE_NOOP("Supervision", "Accepted"),
    "not_accepted": QT_TRANSLATE_NOOP("Supervision", "Not accepted"),
}

SUGGESTION_STATUSES = {
    "open": QT_TRANSLATE_NOOP("Supervision", "Open"),
    "answered": QT_TRANSLATE_NOOP("Supervision", "Answered"),
    "closed": QT_TRANSLATE_NOOP("Supervision", "Closed"),
}

INCIDENT_LEVELS = {
    "1": QT_TRANSLATE_NOOP("Supervision", "Level I (most serious)"),
    "2": QT_TRANSLATE_NOOP("Supervision", "Level II"),
    "3": QT_TRANSLATE_NOOP("Supervision", "Level III"),
    "4": QT_TRANSLATE_NOOP("Supervision", "Level IV (least serious)"),
}

SAMPLE_REASONS = {
    "high_risk": QT_TRANSLATE_NOOP("Supervision", "High risk"),
    "override": QT_TRANSLATE_NOOP("Supervision", "Override"),
    "random": QT_TRANSLATE_NOOP("Supervision", "Random sample"),
    "monthly_minimum": QT_TRANSLATE_NOOP("Supervision", "Teller's monthly minimum"),
}

INCIDENT_KINDS = {
    "system_failure": QT_TRANSLATE_NOOP("Supervision", "System failure"),
    "data_leak": QT_TRANSLATE_NOOP("Supervision", "Data leak"),
    "operating_error": QT_TRANSLATE_NOOP("Supervision", "Operating error"),
    "offline": QT_TRANSLATE_NOOP("Supervision", "Network down"),
    "sync_failing": QT_TRANSLATE_NOOP("Supervision", "Sync failing"),
    "audit_broken": QT_TRANSLATE_NOOP("Supervision", "Operation record failed verification"),
    "key_store": QT_TRANSLATE_NOOP("Supervision", "Key store problem"),
}

INCIDENT_STAGES = {
    "reported": QT_TRANSLATE_NOOP("Supervision", "Reported"),
    "assessed": QT_TRANSLATE_NOOP("Supervision", "Assessed"),
    "responding": QT_TRANSLATE_NOOP("Supervision", "Responding"),
    "handled": QT_TRANSLATE_NOOP("Supervision", "Handled"),
    "reviewed": QT_TRANSLATE_NOOP("Supervision", "Reviewed"),
}

DECISIONS = {
    "return": QT_TRANSLATE_NOOP("Supervision", "Returned"),
    "reject": QT_TRANSLATE_NOOP("Supervision", "Rejected"),
    "unspecified": QT_TRANSLATE_NOOP("Supervision", "No reason code"),
    "unrated": QT_TRANSLATE_NOOP("Supervision", "Not rated"),
}


def word(table: dict[str, str], value: str) -> str:
    source = table.get(value)
    return tr("Supervision", source) if source is not None else value


def reason_name(code: str) -> str:
    """A return's reason code in the reader's language: the standard reasons of the shipped procedure
    versions, 'no reason code' for none; an unknown code as it is."""
    if code == "unspecified":
        return word(DECISIONS, code)
    from PySide6.QtCore import QLocale

    from teller_app.domain.return_reasons import reason_words
    from teller_app.services.procedures import load_definitions

    standard = [r for d in load_definitions() for r in d.return_reasons]
    return reason_words(code, standard, "zh" if QLocale().name().startswith("zh") else "en")
