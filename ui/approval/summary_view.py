"""The checker's one-page case summary (审批要素摘要): shown beside the dual sign-in and on the approval page.

It asks the core for teller_app.services.approval_summary on a worker and puts it into words in the reader's
language: customer, people with their identity verification, documents with decisions and scan thumbnails
(click one to enlarge), beneficial owners, risk with its factors and any rule that rated directly, limits,
exceptions, time taken and the decisions so far.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QLocale, QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.approval.owner_record_lines import owner_record_html
from ui.i18n import QT_TRANSLATE_NOOP, tr
from ui.names import (
    account_type_label,
    customer_kind_label,
    decision_label,
    money,
    reason_label,
    risk_level_label,
    role_label,
    step_label,
)
from ui.status_bar import age_text
from ui.widgets import Retranslating, label, named

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
OWNER_REASONS = {
    "equity": QT_TRANSLATE_NOOP("Summary", "equity"),
    "profit": QT_TRANSLATE_NOOP("Summary", "profit rights"),
    "voting": QT_TRANSLATE_NOOP("Summary", "voting rights"),
    "control": QT_TRANSLATE_NOOP("Summary", "control"),
    "senior_manager": QT_TRANSLATE_NOOP("Summary", "senior manager"),
}
DIRECT_RULES = {
    "fatf_call_for_action": QT_TRANSLATE_NOOP("Summary", "FATF call-for-action country"),
    "sanctions_hit": QT_TRANSLATE_NOOP("Summary", "sanctions list hit"),
    "pep": QT_TRANSLATE_NOOP("Summary", "politically exposed person or close relative"),
    "due_diligence_refused": QT_TRANSLATE_NOOP("Summary", "due diligence refused"),
}
INTENT_METHODS = {
    "face_to_face": QT_TRANSLATE_NOOP("Summary", "face to face"),
    "video": QT_TRANSLATE_NOOP("Summary", "video call"),
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
        rule = str(params.get("rule", ""))
        return tr(
            "Summary",
            "Rated directly by a rule: {rule}",
            rule=tr("Summary", DIRECT_RULES[rule]) if rule in DIRECT_RULES else rule,
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


def _section(title: str, lines: list[str]) -> str:
    body = "".join(f"<div>{line}</div>" for line in lines) or "<div>—</div>"
    return f"<h4 style='margin:6px 0 2px 0'>{escape(title)}</h4>{body}"


def summary_html(summary: Any) -> tuple[str, str]:
    """The summary as two columns of HTML (left: who and what; right: risk, exceptions, time, history)."""
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
    left = (
        "".join(f"<div>{line}</div>" for line in head)
        + _section(tr("Summary", "People and identity verification"), people)
        + _section(tr("Summary", "Documents"), documents)
        + _section(tr("Summary", "Beneficial owners"), owners)
    )
    right = _right_html(summary)
    return left, right


def _right_html(summary: Any) -> str:
    from ui.wizard.risk_page import EXPLANATIONS, FACTORS

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
            words = tr("Summary", DIRECT_RULES[rule]) if rule in DIRECT_RULES else rule
            risk.append(
                "<span style='color:#b00020'>"
                + e(tr("Summary", "Rated directly by a rule: {rule}", rule=words))
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
    from ui.names import seal_kind_label

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
        _section(tr("Summary", "Risk rating"), risk)
        + _section(tr("Summary", "Limits"), limits)
        + _section(tr("Summary", "Intent and seal card"), intent)
        + _section(tr("Summary", "Exceptions and overrides"), exceptions)
        + _section(tr("Summary", "Time taken"), times)
        + (_section(tr("Summary", "Decisions so far"), history) if history else "")
    )


def _named_items(summary: Any, params: Any) -> dict[str, Any]:
    named_params = dict(params)
    code = named_params.get("item")
    for d in summary.documents:
        if d.code == code:
            named_params["item_name"] = d.name_zh if language() == "zh" else d.name_en
    return named_params


DECISION_WORDS = {
    "approve": QT_TRANSLATE_NOOP("Summary", "approved"),
    "return": QT_TRANSLATE_NOOP("Summary", "returned for correction"),
    "reject": QT_TRANSLATE_NOOP("Summary", "rejected"),
}


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


class ScanViewer(QDialog):
    """One scan, enlarged to the screen (Esc closes)."""

    def __init__(self, image: QImage, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scanViewer")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        picture = named(QLabel(), "scanViewerImage")
        picture.setAccessibleName(title)
        screen = self.screen().availableGeometry().size() * 0.85
        picture.setPixmap(
            QPixmap.fromImage(image).scaled(
                screen, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        )
        scroll = named(QScrollArea(), "scanViewerScroll")
        scroll.setWidget(picture)
        scroll.setWidgetResizable(True)
        scroll.setAccessibleName(title)
        buttons = named(QDialogButtonBox(QDialogButtonBox.StandardButton.Close), "scanViewerButtons")
        buttons.setAccessibleName(tr("Summary", "Close"))
        for button in buttons.buttons():
            button.setObjectName("scanViewerClose")
            button.setAccessibleName(tr("Summary", "Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(min(image.width() + 40, screen.width()), min(image.height() + 80, screen.height()))


class CaseSummaryView(Retranslating, QWidget):
    """The summary of one case; `show_case(case_id)` loads it on a worker and shows it."""

    THUMB = 96

    def __init__(self, backend: Any, tasks: Any, session: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseSummary")
        self._backend = backend
        self._tasks = tasks
        self._session = session
        self.summary: Any = None
        self.images: dict[str, QImage] = {}
        self.viewer: ScanViewer | None = None
        self.on_loaded: Any = None  # called with the summary once shown
        self.title = label("caseSummaryTitle", "subtitle")
        self.left = label("caseSummaryLeft")
        self.right = label("caseSummaryRight")
        for part in (self.left, self.right):
            part.setTextFormat(Qt.TextFormat.RichText)
            part.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            part.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.thumbs_title = label("caseSummaryScansTitle")
        self.thumbs = QHBoxLayout()
        self.thumbs.addStretch(1)
        self.message = label("caseSummaryMessage", "error")
        self.message.hide()
        columns = QHBoxLayout()
        columns.addWidget(self.left, 1)
        columns.addWidget(self.right, 1)
        inner = QWidget()
        inner.setObjectName("caseSummaryBody")
        body = QVBoxLayout(inner)
        body.addWidget(self.title)
        body.addWidget(self.message)
        body.addLayout(columns)
        body.addWidget(self.thumbs_title)
        body.addLayout(self.thumbs)
        body.addStretch(1)
        scroll = named(QScrollArea(), "caseSummaryScroll")
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll = scroll
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(tr("Summary", "Case summary for the approver"))
        self.setAccessibleName(tr("Summary", "Case summary"))
        self.scroll.setAccessibleName(tr("Summary", "Case summary"))
        self.thumbs_title.setText(tr("Summary", "Scans (click to enlarge):"))
        for i in range(self.thumbs.count()):
            widget = self.thumbs.itemAt(i).widget()
            if isinstance(widget, QToolButton):
                widget.setAccessibleName(tr("Summary", "Enlarge scan {name}", name=widget.toolTip()))
        self._render()

    def show_case(self, case_id: str) -> None:
        self._tasks.run(
            self._backend.approval_summary,
            self._session,
            case_id,
            on_done=self.show_summary,
            on_error=self._failed,
            owner=self,
        )

    def _failed(self, error: BaseException) -> None:
        from ui.messages import describe

        self.message.setText(describe(error))
        self.message.show()

    def show_summary(self, summary: Any) -> None:
        self.message.hide()
        self.summary = summary
        self._render()
        self._load_thumbnails()
        if self.on_loaded is not None:
            self.on_loaded(summary)

    def _render(self) -> None:
        if self.summary is None:
            self.left.setText("")
            self.right.setText("")
            return
        left, right = summary_html(self.summary)
        self.left.setText(left)
        self.right.setText(right)
        self.thumbs_title.setVisible(any(d.scan_ids for d in self.summary.documents))

    def _load_thumbnails(self) -> None:
        while self.thumbs.count() > 1:
            item = self.thumbs.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        for d in self.summary.documents:
            for scan_id in d.scan_ids:
                name = d.name_zh if language() == "zh" else d.name_en
                self._tasks.run(
                    self._backend.scan_content,
                    self._session,
                    self.summary.case_id,
                    scan_id,
                    on_done=lambda content, s=scan_id, n=name: self._thumbnail(s, n, content),
                    on_error=lambda _error: None,
                    owner=self,
                )

    def _thumbnail(self, scan_id: str, name: str, content: tuple[str, bytes]) -> None:
        from ui.wizard.documents_page import render_first_page

        image = render_first_page(*content)
        if image is None or image.isNull():
            return
        self.images[scan_id] = image
        button = named(QToolButton(), f"scanThumb_{scan_id[:8]}")
        button.setIcon(QIcon(QPixmap.fromImage(image)))
        button.setIconSize(QSize(self.THUMB, self.THUMB))
        button.setToolTip(name)
        button.setAccessibleName(tr("Summary", "Enlarge scan {name}", name=name))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        button.setText(name)
        button.clicked.connect(lambda: self.enlarge(scan_id, name))
        self.thumbs.insertWidget(self.thumbs.count() - 1, button)

    def enlarge(self, scan_id: str, name: str) -> None:
        image = self.images.get(scan_id)
        if image is None:
            return
        self.viewer = ScanViewer(image, name, self)
        self.viewer.open()
