"""The supervisor's approval queue shows the case summary of the selected case before the case is opened
to decide: the same summary as beside the dual sign-in, on the real core."""

from __future__ import annotations

from counter_walks import COMPANY, case_to_approval, request_approval
from PySide6.QtCore import Qt


def test_supervisor_reads_the_selected_cases_summary_in_the_queue_before_deciding(qtbot, signed_in):
    teller = signed_in("teller1")
    case_to_approval(qtbot, teller)
    request_approval(qtbot, teller.wizard)
    case_id = teller.wizard.case.case_id

    window = signed_in("super1")
    home = window.home
    qtbot.waitUntil(lambda: home.approvals.rowCount() == 1, timeout=10_000)
    queue = home.queue
    qtbot.waitUntil(lambda: queue.summary is not None and queue.summary.summary is not None, timeout=10_000)
    shown = queue.summary
    assert shown.isVisibleTo(home) and shown.summary.case_id == case_id
    assert COMPANY in shown.left.text() and "Legal representative" in shown.left.text()
    assert home.approvals.currentRow() == 0  # the first waiting case is selected, its summary beside
    in_queue = shown.summary

    home.approvals.setFocus()
    qtbot.keyClick(home.approvals, Qt.Key.Key_Return)  # open it to decide
    qtbot.waitUntil(lambda: window.wizard is not None and window.wizard.case is not None, timeout=10_000)
    page = window.wizard.pages[window.wizard.shown]
    qtbot.waitUntil(
        lambda: page.case_summary is not None and page.case_summary.summary is not None, timeout=10_000
    )
    from dataclasses import replace

    beside = page.case_summary.summary  # the same summary, but for the time the case has taken since
    assert replace(beside, total_time=in_queue.total_time, steps=in_queue.steps) == in_queue
    assert [s.step for s in beside.steps] == [s.step for s in in_queue.steps]


def test_the_queue_without_waiting_cases_shows_no_summary(qtbot, signed_in):
    window = signed_in("super1")
    home = window.home
    qtbot.waitUntil(lambda: home.summary is not None, timeout=10_000)
    qtbot.wait(200)
    assert home.approvals.rowCount() == 0
    assert home.queue.summary is None or not home.queue.summary.isVisibleTo(home)
