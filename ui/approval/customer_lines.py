"""The summary's left column: the customer and the one-account check, the people with their identity
verification, the documents with their decisions and scans, and the beneficial owners."""

from __future__ import annotations

from html import escape
from typing import Any

from ui.approval.owner_record_lines import owner_record_html
from ui.approval.summary_words import PERSON_ROLES, RESULTS, language, section
from ui.i18n import QT_TRANSLATE_NOOP, tr
from ui.names import account_type_label, customer_kind_label, decision_label, reason_label

OWNER_REASONS = {
    "equity": QT_TRANSLATE_NOOP("Summary", "equity"),
    "profit": QT_TRANSLATE_NOOP("Summary", "profit rights"),
    "voting": QT_TRANSLATE_NOOP("Summary", "voting rights"),
    "control": QT_TRANSLATE_NOOP("Summary", "control"),
    "senior_manager": QT_TRANSLATE_NOOP("Summary", "senior manager"),
}


def _uniqueness_lines(summary: Any) -> list[str]:
    """The one-account check: its state once the account is set up (highlighted while pending or clashed),
    or how it will run at account setup."""
    from ui.uniqueness_words import needs_attention, uniqueness_before_setup, uniqueness_explained

    if not summary.account_set_up:
        words = "" if summary.training else uniqueness_before_setup(summary.account_type)
        return [escape(words)] if words else []
    state = summary.uniqueness
    words = escape(uniqueness_explained(state, summary.account_type, activated=summary.status == "active"))
    if words and needs_attention(state):
        return [f"<span style='color:#8a5a00'><b>{words}</b></span>"]
    return [words] if words else []


def customer_column_html(summary: Any) -> str:
    """Who and what: the customer, people, documents and owners as HTML."""
    e = escape
    head = [
        tr(
            "Summary",
            "{customer} — {kind}, {account_type}",
            customer=f"<b>{e(summary.customer_name)}</b>",
            kind=e(customer_kind_label(summary.customer_kind)),
            account_type=e(account_type_label(summary.account_type)),
        )
    ]
    if summary.credit_code:
        head.append(tr("Summary", "Credit code: {code}", code=e(summary.credit_code)))
    if summary.address:
        head.append(tr("Summary", "Address: {address}", address=e(summary.address)))
    head.extend(_uniqueness_lines(summary))
    head.append(
        tr(
            "Summary",
            "Prepared by {maker}; request {attempt}",
            maker=e(summary.maker_name),
            attempt=summary.attempt,
        )
    )
    people = []
    for p in summary.people:
        result = tr("Summary", RESULTS.get(p.result, RESULTS[""]))
        colour = "#1b6e20" if p.result == "match" else "#b00020"
        details = []
        if p.reference:
            details.append(tr("Summary", "ref. {reference}", reference=e(p.reference)))
        if p.photo_compared is True:
            details.append(tr("Summary", "photo compared"))
        elif p.photo_compared is False:
            details.append(tr("Summary", "photo not compared"))
        shown = f"<span style='color:{colour}'>{e(result)}</span>"
        if details:
            shown = tr(
                "Summary", "{result} ({details})", result=shown, details=tr("Summary", ", ").join(details)
            )
        people.append(
            tr(
                "Summary",
                "{role}: {name} {id_number} — {result}",
                role=e(tr("Summary", PERSON_ROLES.get(p.role, p.role))),
                name=f"<b>{e(p.name)}</b>",
                id_number=e(p.id_number),
                result=shown,
            )
        )
    zh = language() == "zh"
    documents = []
    for d in summary.documents:
        name = d.name_zh if zh else d.name_en
        marks = [decision_label(d.decision)]
        if d.reason:
            marks.append(reason_label(d.reason))
        if d.original_seen:
            marks.append(tr("Summary", "original seen"))
        colour = "#1b6e20" if d.decision == "verified" else ("#b00020" if d.mandatory else "#8a5a00")
        optional = "" if d.mandatory else " " + tr("Summary", "(optional)")
        line = tr(
            "Summary",
            "{item}: {decision}",
            item=e(name + optional),
            decision=f"<span style='color:{colour}'>{e(tr('Summary', ', ').join(marks))}</span>",
        )
        if d.scan_ids:
            line += " — " + e(tr("Summary", "{count} scan(s)", count=len(d.scan_ids)))
        documents.append(line)
    if summary.owners_not_required:
        owners = [e(tr("Summary", "Not required for this customer kind"))]
    elif summary.owner_exemption:
        owners = [e(tr("Summary", "Exemption by commitment recorded"))]
    else:
        owners = [
            f"<b>{e(o.name)}</b> "
            + (e(tr("Summary", "{share}%", share=o.share_percent)) + " " if o.share_percent else "")
            + e(
                tr("Summary", ", ").join(
                    tr("Summary", OWNER_REASONS[r]) if r in OWNER_REASONS else r for r in o.reasons
                )
            )
            + owner_record_html(o.record, o.gaps)
            for o in summary.owners
        ]
    return (
        "".join(f"<div>{line}</div>" for line in head)
        + section(tr("Summary", "People and identity verification"), people)
        + section(tr("Summary", "Documents"), documents)
        + section(tr("Summary", "Beneficial owners"), owners)
    )
