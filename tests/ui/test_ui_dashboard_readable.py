"""The branch dashboard is readable at the screenshot size (1280×900), in both languages: every step name in
full on the charts, no axis label cut to "…", every table header and cell whole, cases by their case number,
tellers by their display name with their login name."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCharts import QAbstractAxis, QBarCategoryAxis, QValueAxis
from PySide6.QtGui import QFontMetrics

from teller_app.domain.steps import Step
from teller_app.services.dashboard import Dashboard, FilingDue, TerminalSync, Waiting
from teller_app.services.dashboard_times import StepTime, TellerTime

NOW = datetime(2026, 12, 1, 15, 0, tzinfo=UTC)
# every step a case spends time in before and after its approval, the longest names among them
STEPS = tuple(s.value for s in Step if s is not Step.APPROVAL)
PAGE = (1280, 856)  # the dashboard's room in the 1280×900 window, under the menu bar and over the status bar


def _board() -> Dashboard:
    return Dashboard(
        at=NOW,
        since=NOW - timedelta(days=30),
        cases_by_step={
            "intake": {"in_progress": 2},
            "account_setup": {"approved": 1},
            "approval": {"awaiting_approval": 1},
        },
        step_times=tuple(
            StepTime(step, 4, 6.0 + i, 14.5 + 3 * i, 20 + 5 * i, 1, i % 2) for i, step in enumerate(STEPS)
        ),
        tellers=(
            TellerTime("u-wang", "王芳", 7, 12.5, 1, 0, "teller1"),
            TellerTime("u-li", "li", 2, 3.0, 0, 1, "li"),
        ),
        decisions={"return": {"unspecified": 2}, "reject": {}},
        risk_mix={"low": 3, "high": 1, "unrated": 1},
        waiting=(
            Waiting("809cfab3-5d1e-4c1a-9f57-2b0d4b0c7e11", NOW, 12, None, "low", "DEMO01-20261201-T01-0001"),
        ),
        filings=(
            FilingDue(
                "5d1e809c-fab3-4c1a-9f57-2b0d4b0c7e11",
                "basic",
                date(2026, 12, 2),
                1,
                "DEMO01-20261130-T01-0004",
            ),
        ),
        sync=(TerminalSync("T01", NOW, 75, 12, True), TerminalSync("T02", None, None, None, None)),
        alerts={
            "overdue_step": 1,
            "filing_deadline": 1,
            "duplicate_identifier": 0,
            "high_risk": 1,
            "approval_expiring": 0,
        },
    )


class _NoCalls:
    """The page is given its board directly: nothing is asked of the core."""


@pytest.fixture(params=["en", "zh_CN"])
def page(request, qtbot, tasks):
    from ui.supervision.dashboard_page import DashboardPage

    request.getfixturevalue("english" if request.param == "en" else "chinese")
    shown = DashboardPage(_NoCalls(), tasks, None)
    qtbot.addWidget(shown)
    shown.resize(*PAGE)
    shown.show()
    shown.show_board(_board())
    qtbot.waitExposed(shown)
    return shown


def _texts_drawn(panel) -> list[str]:
    """The texts the chart draws (axis labels, legend), as Qt laid them out."""
    return [item.toGraphicsObject().toPlainText() for item in panel.view.scene().items() if item.type() == 8]


def _axis(panel, kind: type[QAbstractAxis]):
    (axis,) = [a for a in panel.chart.axes() if isinstance(a, kind)]
    return axis


def test_the_times_chart_names_every_step_in_full_and_cuts_no_axis_label(page):
    from ui.names import step_label

    for panel in (page.steps, page.times, page.decisions):
        for axis in panel.chart.axes():
            assert not axis.labelsTruncated(), (panel.objectName(), axis.type())
            assert axis.labelsFont().families() == panel.chart.legend().font().families()  # with the CJK font
        drawn = _texts_drawn(panel)
        assert not [t for t in drawn if "..." in t or "…" in t], (panel.objectName(), drawn)
    names = _axis(page.times, QBarCategoryAxis).categories()
    assert sorted(names) == sorted(step_label(s) for s in STEPS)
    assert names[-1] == step_label("intake")  # Qt draws the last category at the top: the first step
    assert set(names) <= set(_texts_drawn(page.times))


def test_the_value_axes_have_as_many_ticks_as_their_width_holds(page):
    for panel in (page.steps, page.times, page.decisions):
        values = _axis(panel, QValueAxis)
        widest = QFontMetrics(values.labelsFont()).horizontalAdvance(f"{values.max():.0f}")
        assert 2 <= values.tickCount() and values.tickCount() * widest * 2 <= panel.chart.plotArea().width()
        step = values.max() / (values.tickCount() - 1)
        assert step == int(step) and str(int(step))[0] in "125"  # whole steps of 1, 2, 5, 10, 20, 50 …


def test_pointing_at_a_bar_says_its_whole_reason_and_its_count(page):
    from ui.supervision.labels import reason_name

    board = _board()
    page.show_board(
        Dashboard(**{**board.__dict__, "decisions": {"return": {"wrong_account_type": 3}, "reject": {}}})
    )
    series = page.decisions.chart.series()[0]
    returned = series.barSets()[0]
    said = page.decisions.bar_text(returned, 0)
    assert reason_name("wrong_account_type") in said and said.endswith(("：3", ": 3"))
    assert returned.label() in said


def _tables(page):
    for panel in (page.steps, page.times, page.risk, page.decisions):
        panel.toggle.click()  # the numbers behind each chart are tables of the dashboard too
    return [
        page.tellers,
        page.waiting,
        page.filings,
        page.sync,
        page.alerts,
        page.incidents,
        *[p.table for p in (page.steps, page.times, page.risk, page.decisions)],
    ]


def test_every_dashboard_table_shows_its_headers_and_figures_whole(page, qtbot):
    tables = _tables(page)
    qtbot.wait(10)
    for table in tables:
        header = table.horizontalHeader()
        metrics = QFontMetrics(header.font())
        for column in range(table.columnCount()):
            text = table.horizontalHeaderItem(column).text()
            assert header.sectionSize(column) >= metrics.horizontalAdvance(text), (table.objectName(), text)
            for row in range(table.rowCount()):
                item = table.item(row, column)
                if item is None:
                    continue
                room = header.sectionSize(column)
                whole = QFontMetrics(table.font()).horizontalAdvance(item.text()) <= room
                assert whole or item.toolTip() == item.text(), (table.objectName(), item.text())
        assert table.horizontalScrollBar().maximum() == 0, table.objectName()  # nothing beyond the right edge


def test_cases_waiting_and_filings_due_show_their_case_numbers(page):
    assert page.waiting.item(0, 0).text() == "DEMO01-20261201-T01-0001"
    assert page.filings.item(0, 0).text() == "DEMO01-20261130-T01-0004"
    for table in (page.waiting, page.filings, page.alerts, page.tellers):
        cells = [table.item(r, c).text() for r in range(table.rowCount()) for c in range(table.columnCount())]
        assert not [c for c in cells if c.startswith(("809cfab3", "5d1e809c"))]  # no internal id anywhere


def test_tellers_are_shown_by_display_name_with_their_login_name(page, request):
    chinese = request.node.callspec.params["page"] == "zh_CN"
    assert [page.tellers.item(r, 0).text() for r in range(page.tellers.rowCount())] == [
        "王芳（teller1）" if chinese else "王芳 (teller1)",  # full-width parentheses in the Chinese screen
        "li",
    ]


def test_the_alerts_that_fire_come_first_in_the_alerts_box(page):
    """The box shows a few rows and scrolls: a supervisor sees what needs them without scrolling."""
    counts = [int(page.alerts.item(r, 1).text()) for r in range(page.alerts.rowCount())]
    firing = sum(1 for n in counts if n)
    assert firing >= 3 and all(counts[:firing]) and not any(counts[firing:]), counts


def test_a_chart_with_nothing_to_show_says_so_in_the_screens_language(page, request):
    page.show_board(Dashboard(**{**_board().__dict__, "decisions": {"return": {}, "reject": {}}}))
    said = page.decisions.chart.title()
    if request.node.callspec.params["page"] == "zh_CN":
        assert said and not any("a" <= c.lower() <= "z" for c in said), said
    else:
        assert said == "Nothing in this period"


def test_on_the_real_core_the_dashboard_shows_the_tellers_display_name_and_the_case_number(
    qtbot, core, tasks
):
    from teller_app.services.users import UserAdministration
    from teller_app.storage.keystore import fresh_data_keys
    from teller_app.storage.schema import ApprovalRequest, Case, CaseStep
    from teller_app.storage.store import TerminalIdentity, open_store
    from ui.core.backend import _session_info
    from ui.supervision.calls import SupervisionCalls
    from ui.supervision.dashboard_page import DashboardPage

    password = "Counter-2026-pass!"
    core._store = open_store(
        core.paths.ensure(), fresh_data_keys("dashboard"), TerminalIdentity("310115", "T01")
    )
    store = core.store()
    admin = UserAdministration(store, core._policy)
    admin.add("liu", "supervisor", password, certified_until=date(2099, 1, 1), must_change_password=False)
    zhang = admin.add(
        "zhang",
        "teller",
        password,
        certified_until=date(2099, 1, 1),
        display_name="张伟",
        must_change_password=False,
    ).id
    now = datetime.now(UTC)
    with store.unit_of_work(user_id=zhang) as uow:
        uow.new(
            Case,
            id="case-waiting",
            terminal="T01",
            customer_kind="enterprise_legal_person",
            account_type="basic",
            status="awaiting_approval",
            current_step="approval",
            risk_level="low",
            procedure_version="2026.2",
            maker_id=zhang,
            training=False,
            number="310115-20261201-T01-0001",
            step_entered_at=now - timedelta(minutes=5),
            created_at=now - timedelta(hours=1),
        )
        uow.new(
            CaseStep,
            case_id="case-waiting",
            step="documents",
            entered_at=now - timedelta(hours=1),
            completed_at=now - timedelta(minutes=30),
            completed_by=zhang,
        )
        uow.new(
            ApprovalRequest,
            case_id="case-waiting",
            requested_by=zhang,
            requested_at=now - timedelta(minutes=5),
            expires_at=now + timedelta(hours=4),
            content_hash="0" * 64,
            risk_level="low",
        )
    page = DashboardPage(
        SupervisionCalls(core), tasks, _session_info(core.sign_in_service().sign_in("liu", password))
    )
    qtbot.addWidget(page)
    page.load()
    qtbot.waitUntil(lambda: page.board is not None, timeout=10_000)
    assert page.tellers.item(0, 0).text() == "张伟 (zhang)"
    assert page.waiting.item(0, 0).text() == "310115-20261201-T01-0001"
