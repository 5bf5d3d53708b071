"""The summary's right column: the risk rating with its factors and direct rules, limits, intent and seal
card, exceptions and overrides, time taken per step, and the decisions so far."""

from __future__ import annotations

from html import escape
from typing import Any

from ui.approval.summary_words import decision_line, exception_text, language, section
from ui.i18n import QT_TRANSLATE_NOOP, tr
from ui.names import money, risk_level_label, seal_kind_label, step_label
from ui.status_bar import age_text

INTENT_METHODS = {
    "face_to_face": QT_TRANSLATE_NOOP("Summary", "face to face"),
    "video": QT_TRANSLATE_NOOP("Summary", "video call"),
}


def risk_column_html(summary: Any) -> str:
    """Risk, limits, intent, exceptions, time and history as HTML."""
    from ui.wizard.risk_words import EXPLANATIONS, FACTORS, direct_rule_label

    e = escape
    risk = []
    if summary.risk_level:
        risk.append(
            tr(
                "Summary",
                "Level {level}, score {score}",
                level=f"<b>{e(risk_level_label(summary.risk_level))}</b>",
                score=summary.risk_score if summary.risk_score is not None else "—",
            )
        )
        for rule in summary.direct_rules:
            risk.append(
                "<span style='color:#b00020'>"
                + e(tr("Summary", "Rated directly by a rule: {rule}", rule=direct_rule_label(rule)))
                + "</span>"
            )
        for f in summary.factors:
            why = EXPLANATIONS.get(f.explanation)
            risk.append(
                e(
                    tr(
                        "Summary",
                        "{factor}: {points} of {weight} ({why})",
                        factor=tr("Risk", FACTORS.get(f.factor, f.factor)),
                        points=f.points,
                        weight=f.weight,
                        why=tr("Risk", why) if why else f.explanation,
                    )
                )
            )
        if summary.enhanced_due_diligence:
            risk.append(e(tr("Summary", "Enhanced due diligence: {note}", note=summary.edd_note or "—")))
        if summary.next_review:
            risk.append(e(tr("Summary", "Next review: {date}", date=summary.next_review)))
    else:
        risk.append(e(tr("Summary", "Not rated yet")))
    limits = []
    if summary.limits.get("single"):
        limits.append(
            e(tr("Summary", "Single payment: {amount} yuan", amount=money(summary.limits["single"])))
        )
    if summary.limits.get("daily"):
        limits.append(e(tr("Summary", "Daily total: {amount} yuan", amount=money(summary.limits["daily"]))))
    intent = []
    if summary.intent:
        method = str(summary.intent.get("method", ""))
        intent.append(
            e(
                tr(
                    "Summary",
                    "Intent: {method}, with {person}",
                    method=tr("Summary", INTENT_METHODS[method]) if method in INTENT_METHODS else method,
                    person=str(summary.intent.get("confirmed_with", "")),
                )
            )
        )
        if summary.intent.get("recording_reference"):
            intent.append(
                e(
                    tr(
                        "Summary",
                        "Recording: {reference}",
                        reference=str(summary.intent["recording_reference"]),
                    )
                )
            )
    for seal in summary.seals:
        intent.append(
            e(
                tr(
                    "Summary",
                    "Seal: {kind} — {holder}",
                    kind=seal_kind_label(seal["kind"]),
                    holder=seal["holder"],
                )
            )
        )
    exceptions = [
        "<span style='color:#8a5a00'>"
        + e(exception_text(x.code, _named_items(summary, x.params)))
        + "</span>"
        for x in summary.exceptions
    ] or [e(tr("Summary", "None"))]
    times = [e(tr("Summary", "In all: {time}", time=age_text(summary.total_time.total_seconds())))]
    for s in summary.steps:
        text = tr(
            "Summary",
            "{step}: {time} (limit {sla} min)",
            step=step_label(s.step),
            time=age_text(s.spent.total_seconds()),
            sla=s.sla_minutes if s.sla_minutes is not None else "—",
        )
        times.append(f"<span style='color:#b00020'>{e(text)}</span>" if s.overdue else e(text))
    history = [e(decision_line(d, summary.return_reasons)) for d in summary.decisions]
    return (
        section(tr("Summary", "Risk rating"), risk)
        + section(tr("Summary", "Limits"), limits)
        + section(tr("Summary", "Intent and seal card"), intent)
        + section(tr("Summary", "Exceptions and overrides"), exceptions)
        + section(tr("Summary", "Time taken"), times)
        + (section(tr("Summary", "Decisions so far"), history) if history else "")
    )


def _named_items(summary: Any, params: Any) -> dict[str, Any]:
    named_params = dict(params)
    code = named_params.get("item")
    for d in summary.documents:
        if d.code == code:
            named_params["item_name"] = d.name_zh if language() == "zh" else d.name_en
    return named_params
