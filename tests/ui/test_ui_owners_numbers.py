"""The shareholder's number (No.) in the owners table is the page's, never typed: it links a row to that
person's record and is what "held through" names. Attacked by keyboard on the real core: typing over it,
removing rows and adding others, removing a company that others are held through, saving and coming back;
no record is lost or moved to another person, and a "held through" that names no company holds the step."""

from __future__ import annotations

import pytest
from counter_walks import case_at_owners, owners_page_of
from keyboard_entry import type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from teller_app.domain.steps import Step
from teller_app.services.demo import REPRESENTATIVE, owner_record, sample_resident_id
from ui.wizard.held_through import WRONG_COLOUR
from ui.wizard.owners_page import EQUITY, ID, NAME, THROUGH

WORDS = {
    "en": {
        "not_a_company": "which is not the number of a company in the table",
        "directly": "(held directly)",
        "listed": "1. 上海某投资有限公司",
        "second": "2. 北京另一投资有限公司",
        "gone": "1: not a company in the table, choose again",
    },
    "zh": {
        "not_a_company": "不是表中某一机构的序号",
        "directly": "（直接持有）",
        "listed": "1 上海某投资有限公司",
        "second": "2 北京另一投资有限公司",
        "gone": "1：表中已无此机构，请重新选择",
    },
}
SECOND = "31010419750608002"


def _add(qtbot, page, key, name: str, equity: str, through: str = "") -> int:
    """Alt+P (person) or Alt+C (company): the name opens for typing; then the equity and "held through"."""
    rows = page.table.rowCount()
    qtbot.keyClick(QApplication.focusWidget(), key, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: page.table.rowCount() == rows + 1, timeout=2_000)  # after the press animation
    row = rows
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not page.table, timeout=2_000)
    editor = QApplication.focusWidget()
    type_text(qtbot, editor, name)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(page.table.hasFocus, timeout=2_000)
    for column, text in ((EQUITY, equity), (THROUGH, through)):
        if text:
            _type_in_cell(qtbot, page, row, column, text)
    return row


def _type_in_cell(qtbot, page, row: int, column: int, text: str) -> None:
    """Type over a cell as a teller does: the first key opens it (F2 is the window's flowchart), Enter keeps."""
    page.table.setFocus()
    page.table.setCurrentCell(row, column)
    for char in text:
        qtbot.keyClicks(QApplication.focusWidget(), char)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(page.table.hasFocus, timeout=2_000)


def _numbers(page) -> list[str]:
    return [page.table.item(r, ID).text() for r in range(page.table.rowCount())]


def _row_of(page, name: str) -> int:
    return next(r for r in range(page.table.rowCount()) if page.table.item(r, NAME).text() == name)


@pytest.mark.parametrize("language", ["en", "zh"])
def test_the_number_links_each_row_to_its_record_and_is_never_typed_over(
    qtbot, core, demo, signed_in, language, request
):
    if language == "zh":
        request.getfixturevalue("chinese")
    window = signed_in("teller1")
    page = owners_page_of(qtbot, window, case_at_owners(core, window))
    wizard = window.wizard
    wang = _add(qtbot, page, Qt.Key.Key_P, REPRESENTATIVE, "60")
    chen = _add(qtbot, page, Qt.Key.Key_P, "陈美华", "40")
    assert _numbers(page) == ["1", "2"]
    page.set_owner_record(wang, owner_record("", REPRESENTATIVE, sample_resident_id()))
    page.set_owner_record(chen, owner_record("", "陈美华", sample_resident_id(SECOND)))

    # Typing over the number (keys, then Enter) changes nothing: no editor opens.
    _type_in_cell(qtbot, page, chen, ID, "1")
    assert _numbers(page) == ["1", "2"] and QApplication.focusWidget() is page.table
    assert page.records["2"]["birth_date"] == "1975-06-08"

    # Remove 王建国 (row 1), add someone else: the new row never takes a removed number or its record.
    page.table.setFocus()
    page.table.setCurrentCell(_row_of(page, REPRESENTATIVE), NAME)
    qtbot.keyClick(page.table, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: _numbers(page) == ["2"], timeout=2_000)
    zhao = _add(qtbot, page, Qt.Key.Key_P, "赵敏", "60")
    assert _numbers(page) == ["2", "3"] and "1" not in page.records
    assert "birth_date" not in page.records.get("3", {})  # 王建国's record went with his row
    chen_entries = page.entries()["shareholders"][0]
    assert (chen_entries["name"], chen_entries["birth_date"]) == ("陈美华", "1975-06-08")
    page.set_owner_record(zhao, owner_record("", "赵敏", sample_resident_id("11010519900101002")))
    assert page.blocking_reason() is None

    # Saved by the core (F12) and back (F11): the same numbers, each record with its person.
    qtbot.keyClick(wizard, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: wizard.shown is Step.RISK or wizard.message.isVisible(), timeout=10_000)
    assert wizard.shown is Step.RISK, wizard.message.text()
    qtbot.keyClick(wizard, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: wizard.shown is Step.BENEFICIAL_OWNERS, timeout=10_000)
    page = owners_page_of(qtbot, window, wizard.case.case_id)  # and opened again from the store
    wizard = window.wizard
    assert _numbers(page) == ["2", "3"]
    assert page.records["2"]["birth_date"] == "1975-06-08"
    assert page.records["3"]["birth_date"] == "1990-01-01"
    assert page.blocking_reason() is None


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_holding_through_a_removed_company_holds_the_step_and_never_moves_to_another(
    qtbot, core, demo, signed_in, language, request
):
    if language == "zh":
        request.getfixturevalue("chinese")
    words = WORDS[language]
    window = signed_in("teller1")
    page = owners_page_of(qtbot, window, case_at_owners(core, window))
    wizard = window.wizard
    _add(qtbot, page, Qt.Key.Key_C, "上海某投资有限公司", "100")
    held = _add(qtbot, page, Qt.Key.Key_P, "陈美华", "100", through="1")
    page.set_owner_record(held, owner_record("", "陈美华", sample_resident_id(SECOND)))
    [company] = page.entries()["shareholders"]
    assert [h["name"] for h in company["holders"]] == ["陈美华"]
    assert page.blocking_reason() is None

    page.table.setFocus()
    page.table.setCurrentCell(0, NAME)
    qtbot.keyClick(page.table, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)  # the company goes
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=2_000)
    _add(qtbot, page, Qt.Key.Key_C, "北京另一投资有限公司", "0")  # a new company: No. 3, never 1
    assert _numbers(page) == ["2", "3"]
    reason = page.blocking_reason() or ""
    assert "陈美华" in reason and words["not_a_company"] in reason
    assert words["not_a_company"] in page.result.text()
    assert not any(h.get("holders") for h in page.entries()["shareholders"])  # under nobody else
    assert page.records["2"]["birth_date"] == "1975-06-08"  # her record is kept
    qtbot.keyClick(wizard, Qt.Key.Key_F12)
    qtbot.wait(200)
    assert wizard.shown is Step.BENEFICIAL_OWNERS

    _type_in_cell(qtbot, page, _row_of(page, "陈美华"), THROUGH, "3")  # corrected: under the new company
    _type_in_cell(qtbot, page, _row_of(page, "北京另一投资有限公司"), EQUITY, "100")
    assert page.blocking_reason() is None
    [company] = page.entries()["shareholders"]
    assert company["name"] == "北京另一投资有限公司" and [h["name"] for h in company["holders"]] == ["陈美华"]

    # No circle can be chosen: a company is never offered itself nor a company held through it.
    _add(qtbot, page, Qt.Key.Key_C, "广州某控股有限公司", "0", through="3")
    assert _choices(qtbot, page, _row_of(page, "广州某控股有限公司")) == [words["directly"], "3"]
    assert _choices(qtbot, page, _row_of(page, "北京另一投资有限公司")) == [words["directly"], "4"][:1]
    _type_in_cell(qtbot, page, _row_of(page, "北京另一投资有限公司"), THROUGH, "4")  # not offered: nothing
    assert page.table.through(_row_of(page, "北京另一投资有限公司")) == ""
    assert page.blocking_reason() is None


def _choices(qtbot, page, row: int) -> list[str]:
    """The "held through" list of a row, opened by a key (F2 is the window's flowchart): held directly's
    words, then the numbers of the companies offered; Escape closes it unchanged."""
    page.table.setFocus()
    page.table.setCurrentCell(row, THROUGH)
    qtbot.keyClick(page.table, Qt.Key.Key_A)  # a letter opens the list
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not page.table, timeout=2_000)
    editor = QApplication.focusWidget()
    assert editor.objectName() == "heldThrough"
    found = [editor.itemText(0)] + [str(editor.itemData(i)) for i in range(1, editor.count())]
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(page.table.hasFocus, timeout=2_000)
    return found


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_draft_keeps_a_holding_through_a_removed_company_flagged_and_the_list_keeps_it_until_chosen(
    qtbot, core, demo, signed_in, tasks, language, request
):
    if language == "zh":
        request.getfixturevalue("chinese")
    words = WORDS[language]
    window = signed_in("teller1")
    page = owners_page_of(qtbot, window, case_at_owners(core, window))
    wizard = window.wizard
    _add(qtbot, page, Qt.Key.Key_C, "上海某投资有限公司", "0")
    _add(qtbot, page, Qt.Key.Key_C, "北京另一投资有限公司", "0")
    held = _add(qtbot, page, Qt.Key.Key_P, "陈美华", "100", through="1")
    page.set_owner_record(held, owner_record("", "陈美华", sample_resident_id(SECOND)))
    assert page.table.item(held, THROUGH).text() == words["listed"]
    page.table.setFocus()
    page.table.setCurrentCell(0, NAME)
    qtbot.keyClick(page.table, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)  # company No. 1 goes
    qtbot.waitUntil(lambda: page.table.rowCount() == 2, timeout=2_000)
    chen = _row_of(page, "陈美华")
    assert page.table.through(chen) == "1" and page.table.item(chen, THROUGH).text() == words["gone"]
    assert page.table.item(chen, THROUGH).foreground().color().name() == WRONG_COLOUR  # shown as wrong
    assert words["not_a_company"] in (page.blocking_reason() or "")
    page.table.grab().save(f"/tmp/shots/owners3/held_through_gone_{language}.png")

    qtbot.keyClick(wizard, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # saved as it is: a draft
    qtbot.waitUntil(lambda: not tasks.running, timeout=10_000)  # the core's answer is on the screen
    assert not wizard.drafts.unsaved()  # the core took it ("Saved."), nothing left to keep
    window.go_home()
    page = owners_page_of(qtbot, window, wizard.case.case_id)  # opened again from the store
    wizard = window.wizard
    chen = _row_of(page, "陈美华")
    assert page.table.through(chen) == "1" and page.table.item(chen, THROUGH).text() == words["gone"]
    assert words["not_a_company"] in (page.blocking_reason() or "")
    assert page.records["3"]["birth_date"] == "1975-06-08"

    # Opened, the list shows the missing company as it is; Enter keeps it: nothing is re-linked.
    assert _choices(qtbot, page, chen) == [words["directly"], "1", "2"]
    page.table.setCurrentCell(chen, THROUGH)
    qtbot.keyClick(page.table, Qt.Key.Key_A)  # a letter opens the list
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not page.table, timeout=2_000)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(page.table.hasFocus, timeout=2_000)
    assert page.table.through(chen) == "1"
    _type_in_cell(qtbot, page, chen, THROUGH, "2")  # chosen: under the listed company
    assert page.table.through(chen) == "2" and page.table.item(chen, THROUGH).text() == words["second"]
    assert page.table.item(chen, THROUGH).foreground().color().name() != WRONG_COLOUR
    assert words["not_a_company"] not in (page.blocking_reason() or "")
    [company] = page.entries()["shareholders"]
    assert [h["name"] for h in company["holders"]] == ["陈美华"]
    page.table.grab().save(f"/tmp/shots/owners3/held_through_chosen_{language}.png")


def _names(holders: list) -> list[str]:
    return [n for h in holders for n in [h["name"], *_names(h.get("holders", []))]]
