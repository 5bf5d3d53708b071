"""The supervision screens on the real core: the dashboard (charts, numbers, refresh), the reviewer's queue."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from teller_app.storage.schema import Case, CaseStep

PASSWORD = "Counter-2026-pass!"
SHOTS = Path(os.environ.get("TELLER_SCREENSHOTS", "")) if os.environ.get("TELLER_SCREENSHOTS") else None


@pytest.fixture
def branch(core):
    """The real core with a reviewer, a supervisor, a teller and finished and open cases."""
    from teller_app.services.users import UserAdministration
    from teller_app.storage.keystore import fresh_data_keys
    from teller_app.storage.store import TerminalIdentity, open_store

    if core._store is None:
        core._store = open_store(
            core.paths.ensure(), fresh_data_keys("ui-supervision"), TerminalIdentity("310115", "T01")
        )
    store = core.store()
    admin = UserAdministration(store, core._policy)
    ids = {}
    for name, role in (("sun", "reviewer"), ("liu", "supervisor"), ("zhang", "teller")):
        ids[name] = admin.add(
            name, role, PASSWORD, certified_until=date(2099, 1, 1), must_change_password=False
        ).id
    now = datetime.now(UTC)
    with store.unit_of_work(user_id=ids["zhang"]) as uow:
        for i, (status, step, risk) in enumerate(
            (
                ("active", "account_setup", "high"),
                ("active", "account_setup", "low"),
                ("in_progress", "documents", "medium"),
                ("awaiting_approval", "approval", "low"),
            )
        ):
            opened = now - timedelta(hours=5 - i)
            uow.new(
                Case,
                id=f"case-{i}",
                terminal="T01",
                customer_kind="enterprise_legal_person",
                account_type="basic",
                status=status,
                current_step=step,
                risk_level=risk,
                procedure_version="2026.2",
                maker_id=ids["zhang"],
                training=False,
                number=f"310115-20261201-T01-{i + 1:04d}",
                step_entered_at=now - timedelta(minutes=50),
                created_at=opened,
                closed_at=opened + timedelta(hours=1) if status == "active" else None,
            )
            uow.new(
                CaseStep,
                case_id=f"case-{i}",
                step="documents",
                entered_at=opened,
                completed_at=opened + timedelta(minutes=20 + 15 * i),
                completed_by=ids["zhang"],
            )
            uow.append_audit("case.open", case_id=f"case-{i}", step="intake")
    return core, ids


def _session(core, name):
    from ui.core.backend import _session_info

    return _session_info(core.sign_in_service().sign_in(name, PASSWORD))


def _shoot(widget, name, language):
    if SHOTS is not None:
        from PySide6.QtWidgets import QApplication

        from ui.theme import apply_theme

        apply_theme(QApplication.instance())
        SHOTS.mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(SHOTS / f"{language}-supervision-{name}.png"))


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_dashboard_draws_charts_and_shows_their_numbers_and_refreshes(
    qtbot, branch, tasks, language, request
):
    from ui.supervision.calls import SupervisionCalls
    from ui.supervision.dashboard_page import DashboardPage

    request.getfixturevalue("english" if language == "en" else "chinese")
    core, _ids = branch
    page = DashboardPage(SupervisionCalls(core), tasks, _session(core, "liu"))
    qtbot.addWidget(page)
    page.resize(1400, 900)
    page.show()
    page.start()
    qtbot.waitUntil(lambda: page.board is not None, timeout=10_000)
    assert page.timer.isActive()  # refreshes by itself
    assert len(page.steps.chart.series()) == 1 and len(page.risk.chart.series()) == 1
    first = page.board
    page.times.toggle.click()  # the numbers behind the chart
    assert page.times.showing_numbers()
    rows = {
        page.times.table.item(r, 0).text(): page.times.table.item(r, 1).text()
        for r in range(page.times.table.rowCount())
    }
    assert list(rows.values()) == ["4", "0"]  # four documents steps done; approval: one open case overdue
    assert page.steps.table.rowCount() == 2  # documents and approval steps have open cases
    page.timer.setInterval(50)
    qtbot.waitUntil(lambda: page.board is not first, timeout=10_000)
    _shoot(page, "dashboard", language)
    page.times.toggle.click()
    assert not page.times.showing_numbers()
    page.stop()


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_reviewer_queue_opens_a_case_records_a_finding_and_closes(qtbot, branch, tasks, language, request):
    from ui.supervision.calls import SupervisionCalls
    from ui.supervision.review_queue import ReviewQueuePage

    request.getfixturevalue("english" if language == "en" else "chinese")
    core, _ids = branch
    page = ReviewQueuePage(SupervisionCalls(core), tasks, _session(core, "sun"))
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.load()
    qtbot.waitUntil(lambda: len(page.queue) >= 1, timeout=10_000)
    assert "case-0" in [q.case_id for q in page.queue]  # the high-risk finished case is always sampled
    row = [q.case_id for q in page.queue].index("case-0")
    assert page.table.item(row, 0).text() == "310115-20261201-T01-0001"  # the number people quote
    assert page.table.item(row, 1).text()[:2] == "20"  # when it was sampled
    page.table.selectRow(row)
    page.open_button.click()
    qtbot.waitUntil(lambda: page.view is not None, timeout=10_000)
    assert page.record.rowCount() >= 2  # case.open, post_review.sampled …
    page.category.setCurrentIndex(
        list(page.category.itemData(i) for i in range(page.category.count())).index("document_missing")
    )
    page.note.setText("营业执照副本缺页")
    page.add_finding.click()  # no password: each decision is signed with it
    qtbot.waitUntil(lambda: page.message.isVisible(), timeout=10_000)
    assert page.note.text() == "营业执照副本缺页"  # nothing typed is lost
    page.password.setText(PASSWORD)
    page.add_finding.click()
    qtbot.waitUntil(lambda: page.view is not None and len(page.view.findings) == 1, timeout=10_000)
    page.request.setText("补齐第2页")
    page.password.setText(PASSWORD)
    page.send_request.click()
    qtbot.waitUntil(lambda: page.view.review.status == "rectification", timeout=10_000)
    page.tabs.setCurrentIndex(3)
    _shoot(page, "review-queue", language)
    assert not page.close_button.isEnabled()  # waiting for the teller


def _unnamed(root):
    from screen_checks import unnamed as check

    return check(root)


def _calls(core):
    from ui.supervision.calls import SupervisionCalls

    return SupervisionCalls(core)


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_report_dialog_computes_the_period_and_saves_pdf_and_csv(
    qtbot, branch, tasks, language, request, tmp_path
):
    from ui.supervision.report_dialog import ReportDialog, current_quarter

    request.getfixturevalue("english" if language == "en" else "chinese")
    core, _ids = branch
    dialog = ReportDialog(_calls(core), tasks, _session(core, "liu"))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.period.text() == current_quarter(datetime.now(UTC).date())  # quarterly by default
    assert not dialog.save_pdf.isEnabled()
    dialog.period.setText("2026Q5")
    dialog.compute.click()
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=10_000)
    assert "2026Q5" in dialog.message.text()
    dialog.period.setText(current_quarter(datetime.now(UTC).date()))
    dialog.compute.click()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)
    assert dialog.report.current.cases_opened == 4 and dialog.save_pdf.isEnabled()
    assert dialog.table.rowCount() > 20
    labels = [dialog.table.item(r, 0).text().strip() for r in range(dialog.table.rowCount())]
    assert ("Cases opened" if language == "en" else "受理案件数") in labels  # in the user's language
    dialog.save(str(tmp_path / "r.pdf"), str(tmp_path / "csv"))
    qtbot.waitUntil(lambda: len(dialog.written) == 8, timeout=20_000)
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
    assert _unnamed(dialog) == []
    _shoot(dialog, "report", language)


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_incidents_page_reports_and_takes_each_stage_in_turn(qtbot, branch, tasks, language, request):
    from ui.supervision.incidents_page import IncidentsPage

    request.getfixturevalue("english" if language == "en" else "chinese")
    core, _ids = branch
    page = IncidentsPage(_calls(core), tasks, _session(core, "liu"))
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    page.load()
    page.note.setText("打印机无响应")
    page.drill.setChecked(True)
    page.report_button.click()
    qtbot.waitUntil(lambda: len(page.rows) == 1, timeout=10_000)
    assert page.rows[0].drill and page.rows[0].stage == "reported"
    for stage in ("assessed", "responding", "handled", "reviewed"):
        page.table.selectRow(0)
        page.note.setText("复盘：更换打印机" if stage == "reviewed" else "")
        page.next_button.click()
        qtbot.waitUntil(lambda stage=stage: page.rows and page.rows[0].stage == stage, timeout=10_000)
    assert page.rows[0].level == "1"  # the first level in the list was chosen when assessing
    assert page.table.item(0, 4).text().endswith(" liu")  # who reported it, beside when
    page.table.selectRow(0)
    assert not page.next_button.isEnabled()  # reviewed: closed
    assert _unnamed(page) == []
    _shoot(page, "incidents", language)


def test_suggestion_sent_from_any_screen_is_answered_and_closed_by_the_supervisor(qtbot, branch, tasks):
    from ui.supervision.feedback_dialogs import SuggestionDialog, SuggestionInbox

    core, _ids = branch
    calls = _calls(core)
    send = SuggestionDialog(calls, tasks, _session(core, "zhang"), "documentsPage")
    qtbot.addWidget(send)
    send.show()
    send.send.click()
    qtbot.waitUntil(lambda: send.message.isVisible(), timeout=10_000)  # empty: refused beside the text
    send.text.setPlainText("资料清单请按客户类型预填")
    send.send.click()
    qtbot.waitUntil(lambda: send.sent is not None, timeout=10_000)
    assert send.sent.screen == "documentsPage"
    inbox = SuggestionInbox(calls, tasks, _session(core, "liu"))
    qtbot.addWidget(inbox)
    inbox.show()
    inbox.load()
    qtbot.waitUntil(lambda: len(inbox.rows) == 1, timeout=10_000)
    inbox.table.selectRow(0)
    inbox.answer.setText("已采纳")
    inbox.answer_button.click()
    qtbot.waitUntil(lambda: inbox.rows and inbox.rows[0].status == "answered", timeout=10_000)
    inbox.table.selectRow(0)
    inbox.close_button.click()
    qtbot.waitUntil(lambda: inbox.rows == [], timeout=10_000)
    assert _unnamed(inbox) == [] and _unnamed(send) == []


def test_satisfaction_is_asked_at_the_end_of_the_case_and_may_be_skipped(qtbot, branch, tasks):
    from sqlalchemy import select

    from teller_app.storage.schema import Satisfaction
    from ui.supervision.feedback_dialogs import SatisfactionDialog

    core, _ids = branch
    calls = _calls(core)
    teller = _session(core, "zhang")
    ask = SatisfactionDialog(calls, tasks, teller, "case-0")
    qtbot.addWidget(ask)
    ask.show()
    ask.save.click()  # no score chosen: asked to choose or skip
    assert ask.message.isVisible()
    ask.buttons[4].setChecked(True)
    ask.comment.setText("很满意")
    ask.save.click()
    qtbot.waitUntil(lambda: ask.recorded == 5, timeout=10_000)
    skip = SatisfactionDialog(calls, tasks, teller, "case-1")
    qtbot.addWidget(skip)
    skip.show()
    skip.skip.click()
    qtbot.waitUntil(lambda: skip.recorded is None, timeout=10_000)
    with core.store().reading() as db:
        assert dict(db.execute(select(Satisfaction.case_id, Satisfaction.score)).all()) == {
            "case-0": 5,
            "case-1": None,
        }
    assert _unnamed(ask) == []


def test_supervision_menu_follows_the_permission_matrix(qtbot, branch, tasks):
    from ui.main_window import MainWindow

    core, _ids = branch
    menus = {}
    for name in ("zhang", "liu", "sun"):
        window = MainWindow(core, tasks, _session(core, name))
        qtbot.addWidget(window)
        menus[name] = sorted(window.supervision.actions)
    assert menus["zhang"] == ["incidents", "rectifications", "suggest"]
    assert menus["liu"] == ["dashboard", "incidents", "rectifications", "report", "suggest", "suggestions"]
    assert menus["sun"] == ["incidents", "report", "reviews", "suggest"]


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_return_reason_codes_are_shown_in_words(qapp, language, request):
    from PySide6.QtCore import QLocale

    from ui.supervision.labels import reason_name

    request.getfixturevalue("english" if language == "en" else "chinese")
    before = QLocale()
    QLocale.setDefault(QLocale(language))
    try:
        expected = (
            "账户种类或存款人类别选择有误" if language == "zh_CN" else "Wrong account type or customer kind"
        )
        assert reason_name("wrong_account_type") == expected
        assert reason_name("unspecified") == ("未注明原因" if language == "zh_CN" else "No reason code")
    finally:
        QLocale.setDefault(before)
