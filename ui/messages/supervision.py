"""Sentences for the core's refusals in supervision: the operation record, alerts, post-review, feedback,
incidents and the evaluation report."""

from __future__ import annotations

from ui.i18n import QT_TRANSLATE_NOOP

AREAS = (
    "audit",
    "alerts",
    "post_review",
    "feedback",
    "incident",
    "report",
)  # the codes' first word; ui.messages assembles MESSAGES
MESSAGES: dict[str, str] = {
    "audit.filter_invalid": QT_TRANSLATE_NOOP(
        "Errors", "The filter {field} is not valid. Correct it and try again."
    ),
    "audit.range_reversed": QT_TRANSLATE_NOOP(
        "Errors", "The start date {since} is after the end date {until}. Swap them and try again."
    ),
    "alerts.time_invalid": QT_TRANSLATE_NOOP(
        "Errors", "The alerts could not be worked out: the time {value} has no time zone."
    ),
    "post_review.own_case": QT_TRANSLATE_NOOP(
        "Errors", "You worked on this case; another reviewer must review it."
    ),
    "post_review.wrong_state": QT_TRANSLATE_NOOP(
        "Errors", "The review is not at a stage where this can be done."
    ),
    "post_review.other_reviewer": QT_TRANSLATE_NOOP("Errors", "Another reviewer has this review."),
    "post_review.no_findings": QT_TRANSLATE_NOOP(
        "Errors", "Record the findings before asking for a rectification."
    ),
    "post_review.request_required": QT_TRANSLATE_NOOP("Errors", "Say what the teller must put right."),
    "post_review.answer_required": QT_TRANSLATE_NOOP("Errors", "Say what was put right."),
    "post_review.not_found": QT_TRANSLATE_NOOP("Errors", "This review cannot be found."),
    "post_review.not_your_case": QT_TRANSLATE_NOOP("Errors", "Only the case's teller answers this request."),
    "post_review.note_too_long": QT_TRANSLATE_NOOP("Errors", "At most {limit} characters, not {length}."),
    "post_review.not_signed_in_user": QT_TRANSLATE_NOOP(
        "Errors", "The reviewer who signs must be the one signed in here."
    ),
    "feedback.text_required": QT_TRANSLATE_NOOP("Errors", "Write the text first."),
    "feedback.text_too_long": QT_TRANSLATE_NOOP("Errors", "At most {limit} characters, not {length}."),
    "feedback.score_invalid": QT_TRANSLATE_NOOP("Errors", "The score is 1 to 5."),
    "feedback.comment_without_score": QT_TRANSLATE_NOOP("Errors", "A skipped survey has no comment."),
    "feedback.case_not_finished": QT_TRANSLATE_NOOP(
        "Errors", "Satisfaction is recorded when the case is finished."
    ),
    "feedback.already_recorded": QT_TRANSLATE_NOOP(
        "Errors", "The customer's satisfaction is already recorded."
    ),
    "feedback.suggestion_closed": QT_TRANSLATE_NOOP("Errors", "The suggestion is closed."),
    "feedback.not_found": QT_TRANSLATE_NOOP("Errors", "This suggestion cannot be found."),
    "incident.stage_order": QT_TRANSLATE_NOOP(
        "Errors", "The stages are taken in order; this is not the next one."
    ),
    "incident.review_note_required": QT_TRANSLATE_NOOP("Errors", "Say what the review found."),
    "incident.not_found": QT_TRANSLATE_NOOP("Errors", "This incident cannot be found."),
    "report.period_invalid": QT_TRANSLATE_NOOP(
        "Errors", "{period} is not a period: write a quarter (2026Q4), a half-year (2026H2) or FIRST..LAST."
    ),
}
