"""The home page's alerts in the teller's language: overdue steps, filing deadlines, the same identifier on
several cases, one-account clashes, expiring or expired identity documents, high risk."""

from __future__ import annotations

import logging

from ui.backend import Alert
from ui.i18n import tr
from ui.names import ALERTS, PEOPLE, alert_label, step_label
from ui.status_bar import age_text

_log = logging.getLogger("teller.ui.home")


def identity_expiry_text(expired: bool, p: dict) -> str:
    """Whose ID document expired or expires soon, on an open case or an account in service."""
    holder = str(p.get("holder", ""))
    if holder.startswith("owner:"):
        whose = tr("Home", "beneficial owner {number}", number=holder.split(":", 1)[1])
    else:
        whose = tr("Names", PEOPLE[holder]) if holder in PEOPLE else holder
    if expired and p.get("in_service"):
        return tr(
            "Home",
            "The ID of {whose} expired on {expiry}: ask the customer to update it",
            whose=whose,
            expiry=p["expiry"],
        )
    if expired:
        return tr(
            "Home",
            "The ID of {whose} expired on {expiry}: ask for a valid one",
            whose=whose,
            expiry=p["expiry"],
        )
    return tr(
        "Home",
        "The ID of {whose} expires on {expiry}, in {days} days",
        whose=whose,
        expiry=p["expiry"],
        days=p.get("days", ""),
    )


def alert_text(alert: Alert) -> str:
    """The alert's detail in the teller's language, from its kind and parameters.

    An alert this screen has no sentence for (a kind new in the core, or parameters it does not know) gets a
    general sentence in the teller's language, never the core's English detail; the log names the kind."""
    sentence = alert_sentence(alert)
    if sentence is not None:
        return sentence
    _log.warning("alert %s has no sentence for its parameters %s", alert.kind, sorted(alert.params))
    if alert.kind in ALERTS:
        return tr("Home", "{kind}: open the case to see what to do", kind=alert_label(alert.kind))
    return tr("Home", "Open the case to see what this alert asks for")


def alert_sentence(alert: Alert) -> str | None:
    """The alert's own sentence, or None when this screen has none for its kind and parameters."""
    p = alert.params
    if alert.kind == "overdue_step" and "step" in p:
        return tr(
            "Home",
            "{step}: {minutes} min in this step (limit {sla} min)",
            step=step_label(str(p["step"])),
            minutes=p.get("minutes", ""),
            sla=p.get("sla_minutes", ""),
        )
    if alert.kind == "filing_deadline" and "due" in p:
        if p.get("when") == "past":
            return tr("Home", "Filing deadline passed on {due}: file with the regulator now", due=p["due"])
        if p.get("when") == "today":
            return tr("Home", "File with the regulator today ({due})", due=p["due"])
        return tr("Home", "File with the regulator by tomorrow ({due})", due=p["due"])
    if alert.kind == "duplicate_identifier" and "count" in p:
        if p.get("identifier") == "id_number":
            return tr("Home", "The same ID number is on {count} open cases", count=p["count"])
        return tr("Home", "The same credit code is on {count} open cases", count=p["count"])
    if alert.kind == "case_past_due" and "due" in p:
        return tr("Home", "The case was due to be done by {due}", due=p["due"])
    if alert.kind == "uniqueness_clash":
        if p.get("activated"):
            return tr(
                "Home", "Another account of this kind exists for this depositor: a supervisor must decide"
            )
        return tr(
            "Home",
            "Another account of this kind exists for this depositor: activation waits for a supervisor",
        )
    if alert.kind in ("expired_identity", "expiring_identity") and "expiry" in p:
        return identity_expiry_text(alert.kind == "expired_identity", p)
    if alert.kind == "high_risk":
        return tr("Home", "High risk: enhanced due diligence and a higher approver")
    if alert.kind == "approval_expiring" and "minutes_left" in p:
        minutes = int(p["minutes_left"])
        if p.get("expired"):
            return tr("Home", "The approval request expired {age} ago", age=age_text(-minutes * 60))
        return tr("Home", "The approval request expires in {age}", age=age_text(minutes * 60))
    return None
