"""Idle lock, start-of-day check, home page, status bar, settings: what the teller sees during the day."""

from __future__ import annotations

from datetime import timedelta

from fake_samples import NOW
from PySide6.QtWidgets import QDialogButtonBox
from ui_fakes import BrokenBackend, FakeBackend

from teller_app.domain.errors import RuleError
from ui.backend import CheckOutcome, CheckResult, SyncState
from ui.main_window import MainWindow


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _main(qtbot, backend, tasks, session, clock, idle_clock=None):
    window = MainWindow(backend, tasks, session, idle_minutes=5, clock=clock, idle_clock=idle_clock)
    qtbot.addWidget(window)
    window.show()
    window.start()
    return window


def test_screen_locks_after_idle_minutes_and_only_the_same_password_unlocks(
    qtbot, backend, tasks, teller, clock, english
):
    idle = FakeClock()
    window = _main(qtbot, backend, tasks, teller, clock, idle)
    idle.now += 4 * 60
    window.idle.check()
    assert not window.locked
    idle.now += 61
    window.idle.check()
    assert window.locked
    assert not window.act_new_case.isEnabled()
    window.lock_screen.password.setText("Super-Pass-2026")  # the supervisor's password is not the teller's
    window.lock_screen.submit()
    qtbot.waitUntil(lambda: window.lock_screen.message.isVisible())
    assert window.locked
    window.lock_screen.password.setText("Teller-Pass-2026")
    window.lock_screen.submit()
    qtbot.waitUntil(lambda: not window.locked)
    assert window.act_new_case.isEnabled()


def test_input_keeps_the_screen_unlocked(qtbot, backend, tasks, teller, clock, english):
    idle = FakeClock()
    window = _main(qtbot, backend, tasks, teller, clock, idle)
    idle.now += 4 * 60
    qtbot.keyClick(window.home.search, "a")
    idle.now += 4 * 60
    window.idle.check()
    assert not window.locked


def test_lock_screen_hides_the_work_underneath(qtbot, backend, tasks, teller, clock, english):
    window = _main(qtbot, backend, tasks, teller, clock)
    window.lock()
    assert window.lock_screen.geometry() == window.rect()
    assert window.lock_screen.autoFillBackground()


def test_start_of_day_lists_each_check_with_result_and_advice(qtbot, backend, tasks, teller, clock, english):
    window = _main(qtbot, backend, tasks, teller, clock)
    window.show_start_of_day()
    check = window.start_of_day
    qtbot.waitUntil(lambda: check.table.rowCount() == 7)
    texts = {
        check.table.item(r, 0).text(): (check.table.item(r, 1).text(), check.table.item(r, 3).text())
        for r in range(7)
    }
    assert texts["Printer"][0] == "Warning"
    assert "printer is on" in texts["Printer"][1]
    assert texts["Key store"] == ("OK", "")
    assert check.continue_button.isEnabled()


def test_start_of_day_blocks_work_when_the_key_store_fails(qtbot, tasks, teller, clock, english):
    backend = FakeBackend()
    backend.checks[0] = CheckResult("key_store", CheckOutcome.FAIL, "no key store")
    window = _main(qtbot, backend, tasks, teller, clock)
    window.show_start_of_day()
    qtbot.waitUntil(lambda: window.start_of_day.table.rowCount() == 7)
    assert not window.start_of_day.continue_button.isEnabled()
    assert "Do not start work" in window.start_of_day.summary.text()


def test_start_of_day_shows_an_environment_problem_instead_of_crashing(qtbot, tasks, teller, clock, english):
    window = _main(qtbot, BrokenBackend(), tasks, teller, clock)
    window.show_start_of_day()
    qtbot.waitUntil(lambda: "computer or the network" in window.start_of_day.summary.text())


def test_home_shows_open_and_returned_cases_and_alerts_to_a_teller(
    qtbot, backend, tasks, teller, clock, english
):
    window = _main(qtbot, backend, tasks, teller, clock)
    home = window.home
    qtbot.waitUntil(lambda: home.open_cases.rowCount() == 2)
    assert home.open_cases.item(0, 1).text() == "北京星河科技有限公司"
    assert home.open_cases.item(0, 3).text() == "Document review"
    assert home.returned_cases.item(0, 3).text() == "营业执照已过有效期"
    assert home.alerts.rowCount() == 4
    assert not home.approvals_box.isVisibleTo(home)


def test_alerts_are_worded_from_their_kind_and_parameters(qtbot, backend, tasks, teller, clock, english):
    window = _main(qtbot, backend, tasks, teller, clock)
    home = window.home
    qtbot.waitUntil(lambda: home.alerts.rowCount() == 4)
    rows = [[home.alerts.item(r, c).text() for c in range(3)] for r in range(4)]
    assert rows == [
        ["Filing deadline", "杭州西湖茶业有限公司", "File with the regulator today (2026-11-27)"],
        ["Step overdue", "北京星河科技有限公司", "Document review: 52 min in this step (limit 40 min)"],
        [
            "Approval request about to expire",
            "深圳前海数据服务有限公司",
            "The approval request expires in 1 h",
        ],
        [
            "High-risk customer",
            "上海云帆贸易有限公司",
            "High risk: enhanced due diligence and a higher approver",
        ],
    ]
    assert home.alerts.item(0, 0).font().bold() and not home.alerts.item(1, 0).font().bold()
    assert home.alerts.item(1, 2).toolTip() == "Case c-0001"
    with qtbot.waitSignal(home.caseOpened) as opened:
        home.alerts.activated.emit(home.alerts.model().index(1, 0))
    assert opened.args == ["c-0001"]


def test_supervisor_sees_pending_approvals_with_waiting_time(
    qtbot, backend, tasks, supervisor, clock, english
):
    window = _main(qtbot, backend, tasks, supervisor, clock)
    home = window.home
    qtbot.waitUntil(lambda: home.approvals.rowCount() == 1)
    assert home.approvals_box.isVisibleTo(home)
    assert home.approvals.item(0, 3).text() == "12 min"
    assert home.approvals.item(0, 4).text() == "23 h"
    assert home.approvals.item(0, 0).text() == "110108-20261127-T02-0001"
    assert home.approvals.item(0, 5).text() == home.when(NOW - timedelta(minutes=12))  # requested at
    assert home.branch.item(0, 2).text() == "张晓明" and home.branch.item(0, 5).text() == "3 h"


def test_search_finds_cases_by_name(qtbot, backend, tasks, teller, clock, english):
    window = _main(qtbot, backend, tasks, teller, clock)
    window.home.search.setText("云帆")
    window.home.run_search()
    qtbot.waitUntil(lambda: window.home.results_box.isVisibleTo(window.home))
    assert window.home.results.rowCount() == 1
    assert window.home.results_box.title() == "Search results: 1"


def test_status_bar_shows_offline_queue_and_oldest_age_and_the_banner(qtbot, tasks, teller, clock, english):
    backend = FakeBackend(online=False)
    window = _main(qtbot, backend, tasks, teller, clock)
    qtbot.waitUntil(lambda: window.status.state is not None)
    assert window.status.connection.text().startswith("● Offline")
    assert window.status.queue.text() == "Waiting to sync: 3 (oldest 42 min)"
    assert window.status.last_sync.text() == "Last sync: 2 h ago"
    assert window.banner.isVisibleTo(window)
    window.status.show_state(SyncState(online=True, last_sync_at=NOW - timedelta(seconds=5)))
    assert not window.banner.isVisibleTo(window)
    assert window.status.connection.text() == "● Online"


def test_status_bar_speaks_chinese(qtbot, tasks, teller, clock, chinese):
    window = _main(qtbot, FakeBackend(online=False), tasks, teller, clock)
    qtbot.waitUntil(lambda: window.status.state is not None)
    assert window.status.queue.text() == "待同步：3（最早一条已等待 42 分钟）"


def test_administrator_changes_idle_minutes_in_settings(qtbot, backend, tasks, clock, english):
    admin = backend.sign_in("admin1", "Admin-Pass-2026")
    window = _main(qtbot, backend, tasks, admin, clock)
    window.open_settings()
    qtbot.waitUntil(lambda: getattr(window, "settings_dialog", None) is not None)
    dialog = window.settings_dialog
    assert dialog.idle_minutes.isEnabled()
    dialog.idle_minutes.setValue(9)
    with qtbot.waitSignal(window.settingsSaved):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert backend.saved_settings == {"idle_lock_minutes": 9}


def test_teller_may_change_only_the_language_in_settings(qtbot, backend, tasks, teller, clock, english):
    window = _main(qtbot, backend, tasks, teller, clock)
    window.open_settings()
    qtbot.waitUntil(lambda: getattr(window, "settings_dialog", None) is not None)
    dialog = window.settings_dialog
    assert not dialog.central_url.isEnabled() and not dialog.idle_minutes.isEnabled()
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert dialog.changes() == {"language": "en"}


def _audit_day(audit, day) -> None:
    from PySide6.QtCore import QDate

    audit.since.setDate(QDate(day.year, day.month, day.day))
    audit.until.setDate(QDate(day.year, day.month, day.day))


def test_audit_viewer_filters_and_verifies_the_chain(qtbot, backend, tasks, supervisor, clock, english):
    window = _main(qtbot, backend, tasks, supervisor, clock)
    window.show_audit()
    audit = window.audit
    _audit_day(audit, NOW.date())
    audit.load()
    qtbot.waitUntil(lambda: audit.table.rowCount() == 4)
    assert audit.table.item(0, 2).text() == "李强 (super1)"
    assert audit.table.item(0, 7).text() == "Risk level: Medium; Checker's role: Supervisor"
    audit.user_name.setText("super1")
    audit.load()
    qtbot.waitUntil(lambda: audit.table.rowCount() == 1)
    audit.user_name.setText("")
    audit.action.setText("case.")
    audit.load()
    qtbot.waitUntil(lambda: audit.table.rowCount() == 2)
    assert {audit.table.item(r, 5).text() for r in range(2)} == {
        "Opened the case (case.open)",
        "Saved a step (case.save_step)",
    }
    _audit_day(audit, NOW.date() - timedelta(days=1))
    audit.load()
    qtbot.waitUntil(lambda: audit.table.rowCount() == 0)
    assert audit.count.text() == "0 events"
    audit.verify()
    qtbot.waitUntil(lambda: audit.verdict is not None)
    assert audit.chain.text() == "Chain intact: 4 events checked."


def test_audit_viewer_hides_details_from_a_reviewer(qtbot, backend, tasks, clock, english):
    from teller_app.domain.roles import Role
    from ui.audit.viewer import AuditViewer
    from ui.backend import SessionInfo

    reviewer = SessionInfo("u-rev", "rev1", "审查员", (Role.REVIEWER,))
    audit = AuditViewer(backend, tasks, reviewer)
    qtbot.addWidget(audit)
    _audit_day(audit, NOW.date())
    audit.load()
    qtbot.waitUntil(lambda: audit.table.rowCount() == 4)
    assert audit.table.item(0, 7).text() == "(not shown to your role)"


def test_teller_has_no_audit_viewer(qtbot, backend, tasks, teller, clock, english):
    window = _main(qtbot, backend, tasks, teller, clock)
    assert not window.act_audit.isEnabled()
    window.show_audit()
    assert window.audit is None


def test_sign_out_from_the_lock_screen(qtbot, backend, tasks, teller, clock, english):
    window = _main(qtbot, backend, tasks, teller, clock)
    window.lock()
    with qtbot.waitSignal(window.signedOut):
        window.lock_screen.sign_out_button.click()


def test_flowchart_marks_the_current_step(qtbot, english):
    from fake_samples import shipped_procedure

    from teller_app.domain.steps import Step
    from ui.flowchart import FlowchartView

    view = FlowchartView(Step.RISK, shipped_procedure("2026.2"))
    qtbot.addWidget(view)
    tips = [item.toolTip() for item in view.scene.items() if item.toolTip()]
    assert "Risk rating and limits" in tips
    assert "Customer arrives / online pre-application" in tips and "Account open; post-review" in tips


def test_refused_unlock_keeps_the_lock(qtbot, tasks, teller, clock, english):
    class Refusing(FakeBackend):
        def unlock(self, session, password):
            raise RuleError("session.signed_out", "This session has ended. Please sign in.")

    window = _main(qtbot, Refusing(), tasks, teller, clock)
    window.lock()
    window.lock_screen.password.setText("x")
    window.lock_screen.submit()
    qtbot.waitUntil(lambda: window.lock_screen.message.isVisible())
    assert window.lock_screen.message.text() == "This session has ended. Please sign in."
    assert window.locked


def test_supervisor_resolves_a_sync_conflict_by_keeping_one_version(qtbot, tasks, supervisor, clock, english):
    backend = FakeBackend()
    backend.resolved = []
    window = _main(qtbot, backend, tasks, supervisor, clock)
    assert window.act_conflicts.isVisible()
    window.show_conflicts()
    queue = window.conflict_queue
    qtbot.waitUntil(lambda: queue.table.rowCount() == 1)
    assert queue.table.item(0, 0).text() == "110108-20261126-T01-0011"  # the number people quote
    assert queue.table.item(0, 2).text() == "DEMO01:T02"
    assert queue.table.item(0, 5).text()[:2] == "20"  # since when
    queue.keep_central.click()
    qtbot.waitUntil(lambda: queue.table.rowCount() == 0)
    assert backend.resolved == [("k-1", "central")]
    assert not queue.keep_local.isEnabled()


def test_teller_has_no_conflict_queue(qtbot, backend, tasks, teller, clock, english):
    window = _main(qtbot, backend, tasks, teller, clock)
    assert not window.act_conflicts.isVisible()


def test_audit_viewer_says_when_only_the_newest_events_are_listed(qtbot, tasks, supervisor, clock, english):
    from ui.audit.viewer import LISTED_AT_MOST, AuditViewer
    from ui.backend import AuditRow

    class BusyTerminal(FakeBackend):
        def audit_events(self, session, where):
            return [
                AuditRow(n, NOW - timedelta(seconds=n), "teller1", "c-0001", "intake", "case.save_step", "ok")
                for n in range(LISTED_AT_MOST, 0, -1)
            ]

    audit = AuditViewer(BusyTerminal(), tasks, supervisor)
    qtbot.addWidget(audit)
    audit.load()
    qtbot.waitUntil(lambda: audit.table.rowCount() == LISTED_AT_MOST)
    assert audit.count.text() == "The newest 500 events; narrow the filter to see older ones"
    assert audit.table.item(0, 6).text() == "done"
