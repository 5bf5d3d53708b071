"""The home page on the real core: finished today, the case number and time in every list, search by
number from the keyboard, the branch's open cases with who holds them for a supervisor."""

from __future__ import annotations

from PySide6.QtCore import Qt

COMPANY = "上海云帆国际贸易有限公司"


def open_case(core, window, name=COMPANY):
    from teller_app.services import cases

    actor = core._actor(window.session)
    return cases.open_case(core.store(), actor, "enterprise_legal_person", "basic", customer_name=name)


def cells(table, row):
    return [table.item(row, c).text() for c in range(table.columnCount())]


def test_teller_sees_a_case_cancelled_today_under_finished_today_with_number_and_time(qtbot, core, signed_in):
    from teller_app.services import cases

    window = signed_in("teller1")
    kept, cancelled = open_case(core, window), open_case(core, window, "北京青松科技有限公司")
    cases.cancel_case(core.store(), core._actor(window.session), cancelled.id, "客户改日再来")
    window.go_home()
    home = window.home
    qtbot.waitUntil(lambda: home.finished.rowCount() == 1, timeout=10_000)
    number, customer, outcome, finished = cells(home.finished, 0)
    assert (number, customer, outcome) == (cancelled.number, "北京青松科技有限公司", "Cancelled")
    assert len(finished) == 5 and finished[2] == ":"  # today: the hour on the terminal's clock
    assert cells(home.open_cases, 0)[0] == kept.number and cells(home.open_cases, 0)[5][2] == ":"
    assert not home.branch_box.isVisibleTo(home) and not home.approvals_box.isVisibleTo(home)


def test_a_case_is_found_by_its_number_typed_into_the_search_box(qtbot, core, signed_in):
    from teller_app.domain.case_numbers import agreement_number

    window = signed_in("teller1")
    case = open_case(core, window)
    open_case(core, window, "北京青松科技有限公司")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)  # Find a case
    qtbot.waitUntil(window.home.search.hasFocus)
    qtbot.keyClicks(window.home.search, case.number)
    qtbot.keyClick(window.home.search, Qt.Key.Key_Return)
    home = window.home
    qtbot.waitUntil(lambda: home.results_box.isVisibleTo(home), timeout=10_000)
    assert [cells(home.results, r)[0] for r in range(home.results.rowCount())] == [case.number]
    home.search.setText(agreement_number(case.number)[:17])  # the agreement number's beginning: the day
    qtbot.keyClick(home.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: home.results.rowCount() == 2, timeout=10_000)
    assert home.results_box.title() == "Search results: 2"


def test_supervisor_sees_the_branchs_open_cases_with_who_holds_them_and_for_how_long(qtbot, core, signed_in):
    teller = signed_in("teller1")
    case = open_case(core, teller)
    window = signed_in("super1")
    home = window.home
    qtbot.waitUntil(lambda: home.branch.rowCount() == 1, timeout=10_000)
    assert home.branch_box.isVisibleTo(home) and home.approvals_box.isVisibleTo(home)
    number, customer, holder, step, status, open_for, in_step = cells(home.branch, 0)
    assert (number, customer, holder, step) == (case.number, COMPANY, "王芳", "Customer intake")
    assert (home.branch.horizontalHeaderItem(4).text(), status) == ("Status", "In progress")
    assert open_for.endswith(" s") or open_for.endswith(" min")
    assert in_step.endswith(" s") or in_step.endswith(" min")
    with qtbot.waitSignal(home.caseOpened) as opened:
        home.branch.setFocus()
        home.branch.setCurrentCell(0, 0)
        qtbot.keyClick(home.branch, Qt.Key.Key_Return)
    assert opened.args == [case.id]


def test_a_case_list_cell_carries_its_case_id_under_qt_s_user_role():
    from PySide6.QtCore import Qt

    from ui.tables import CASE_ID_ROLE

    assert CASE_ID_ROLE == Qt.ItemDataRole.UserRole.value  # written as its value to keep start-up fast
