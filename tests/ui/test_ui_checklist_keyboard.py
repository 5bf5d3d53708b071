"""The document checklist by keyboard: ↑/↓ move rows only, number keys decide, Space ticks the original."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ui.backend import CaseView


def _page(qtbot, backend, tasks, session):
    from ui.wizard.documents_page import DocumentsPage

    case = CaseView("c-0001", "北京星河科技有限公司", "enterprise_legal_person", "basic", "documents")
    backend.cases[case.case_id] = case
    page = DocumentsPage()
    qtbot.addWidget(page)
    page.attach(backend, tasks, session)
    page.load(case)
    page.show()
    page.shown()
    qtbot.waitUntil(lambda: bool(page.rows))
    page.table.setFocus()
    page.table.setCurrentCell(0, 0)
    return page


def test_arrows_move_between_rows_and_never_change_a_decision(qtbot, backend, tasks, teller, english) -> None:
    page = _page(qtbot, backend, tasks, teller)
    before = [r.decision for r in page.rows]
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    assert page.table.currentRow() == 1
    qtbot.keyClick(page.table, Qt.Key.Key_Up)
    assert page.table.currentRow() == 0
    tasks.wait_for_all()
    assert [r.decision for r in page.rows] == before and (
        "record_document",
        "MainThread",
    ) not in backend.calls
    assert not any(name == "record_document" for name, _ in backend.calls)


def test_space_ticks_the_original_and_a_number_sets_the_decision(
    qtbot, backend, tasks, teller, english
) -> None:
    page = _page(qtbot, backend, tasks, teller)
    code = page.rows[0].code
    qtbot.keyClick(page.table, Qt.Key.Key_Space)
    qtbot.keyClick(page.table, Qt.Key.Key_2)  # verified
    qtbot.waitUntil(lambda: any(r.code == code and r.decision == "verified" for r in page.rows))
    assert next(r for r in page.rows if r.code == code).original_seen


def test_tab_leaves_the_checklist(qtbot, backend, tasks, teller, english) -> None:
    page = _page(qtbot, backend, tasks, teller)
    assert not page.table.tabKeyNavigation()
