"""The owners page holds the step while an identified beneficial owner's record lacks a field the 2024 rules
list (《受益所有人信息管理办法》第八条), says which beside the owner's row and the field, and is worked by keyboard."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from teller_app.services.demo import owner_record, sample_resident_id
from ui.wizard.owners_page import RECORD, OwnersPage

TODAY = date(2026, 12, 1)


@pytest.fixture
def page(qtbot):
    page = OwnersPage()
    page.today = lambda: TODAY
    qtbot.addWidget(page)
    page.resize(1400, 900)
    page.show()
    return page


def _record(**changes):
    record = owner_record("", "王建国", sample_resident_id(), equity="0.6")
    record.update(changes)
    return {k: v for k, v in record.items() if v is not None}


def test_next_waits_while_an_owner_lacks_date_of_birth_and_says_so_beside_the_field(page, english):
    row = page.add_holder("natural_person", "王建国", "100")
    page.set_owner_record(row, _record(birth_date=None))
    reason = page.blocking_reason()
    assert reason is not None and "王建国" in reason and "Date of birth" in reason
    assert "Date of birth" in page.table.item(row, RECORD).text()
    birth = page.record_form.fields["birth_date"]
    assert birth.problem.isVisible() and "Date of birth" in birth.problem.text()
    assert not page.record_form.fields["address"].problem.isVisible()
    birth.set_text("1980-03-15")
    assert page.blocking_reason() is None
    assert "✓" in page.table.item(row, RECORD).text() and not birth.problem.isVisible()


def test_the_owner_s_record_is_entered_by_keyboard_alone(page, qtbot, english):
    page.add_holder("natural_person", "王建国", "100")
    form = page.record_form
    form.sex.combo.setFocus()
    qtbot.keyClick(form.sex.combo, Qt.Key.Key_Down)  # — choose — → Male
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.fields["birth_date"].edit
    qtbot.keyClicks(form.fields["birth_date"].edit, "1980-03-15")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.nationality.combo
    form.nationality.combo.setCurrentIndex(form.nationality.combo.findData("CN"))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.fields["address"].edit
    form.fields["address"].edit.insert("上海市浦东新区张江路 88 号")  # Chinese comes through the input method
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.fields["contact"].edit
    qtbot.keyClicks(form.fields["contact"].edit, "021-68880001")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.id_type.combo
    qtbot.keyClick(form.id_type.combo, Qt.Key.Key_Down)  # — choose — → Resident ID card
    for name, text in (("id_number", sample_resident_id()), ("id_valid_from", "2010-03-15")):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is form.fields[name].edit
        qtbot.keyClicks(form.fields[name].edit, text)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # ID valid until: the card says 长期
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.long_term
    qtbot.keyClick(form.long_term, Qt.Key.Key_Space)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.fields["relationship_from"].edit
    qtbot.keyClicks(form.fields["relationship_from"].edit, "2020-05-01")
    assert "Still an owner" in (page.blocking_reason() or "")  # the end of the relationship: not yet said
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.ongoing
    qtbot.keyClick(form.ongoing, Qt.Key.Key_Space)
    assert page.blocking_reason() is None
    [holder] = page.entries()["shareholders"]
    assert (holder["sex"], holder["id_expiry"], holder["relationship_until"]) == (
        "male",
        "long_term",
        "ongoing",
    )
    assert holder["contact"] == "021-68880001" and holder["nationality"] == "CN"


def test_a_date_of_birth_not_on_the_id_card_is_refused_beside_the_field(page, english):
    page.set_owner_record(
        page.add_holder("natural_person", "王建国", "100"), _record(birth_date="1981-03-15")
    )
    birth = page.record_form.fields["birth_date"]
    assert birth.problem.isVisible() and "1980-03-15" in birth.problem.text()
    assert page.blocking_reason() is not None


def test_an_owner_by_control_only_is_asked_the_means_of_control_not_a_share(page, english):
    page.set_owner_record(page.add_holder("natural_person", "王建国", "100"), _record())
    controller = page.add_holder("natural_person", "陈美华", "0")
    page.table.item(controller, 5).setCheckState(Qt.CheckState.Checked)
    page.set_owner_record(controller, owner_record("", "陈美华", sample_resident_id("31010419750608002")))
    page.table.setCurrentCell(controller, 1)
    form = page.record_form
    assert "control only" in form.share.text()
    assert form.fields["control_means"].edit.isEnabled()
    assert "control" in (page.blocking_reason() or "")
    form.fields["control_means"].set_text("一致行动协议")
    assert page.blocking_reason() is None


def test_an_empty_equity_is_never_read_as_zero(page, english):
    page.set_owner_record(page.add_holder("natural_person", "王建国", ""), _record())
    assert "Enter the equity of 王建国" in (page.blocking_reason() or "")


def test_the_senior_manager_has_a_record_of_their_own(page, english):
    for i in range(5):
        page.add_holder("natural_person", f"股东{i}", "10")
    page.manager_name.setText("赵敏")
    combo = page.record_form.subject
    combo.setCurrentIndex(combo.findData("senior_manager"))
    assert "赵敏" in (page.blocking_reason() or "")
    assert "daily operations" in page.record_form.share.text()
    page.record_form.set_record(owner_record("", "赵敏", sample_resident_id("31010419750608002")))
    page.record_form.changed.emit()
    assert page.blocking_reason() is None
    assert page.entries()["senior_manager"]["birth_date"] == "1975-06-08"


def test_the_record_survives_saving_and_loading_the_entries(page, english):
    page.set_owner_record(page.add_holder("natural_person", "王建国", "100"), _record(id_expiry="long_term"))
    entries = page.entries()
    again = OwnersPage()
    again.set_entries(entries)
    assert again.entries() == entries
    assert again.record_form.long_term.isChecked()


def test_the_owner_s_record_is_worded_in_chinese_without_codes(page, chinese):
    page.add_holder("natural_person", "王建国", "100")
    texts = [page.record_form.captions[n].text() for n in page.record_form.captions]
    texts += [
        page.record_form.id_type.combo.itemText(i) for i in range(page.record_form.id_type.combo.count())
    ]
    texts.append(page.table.item(0, RECORD).text())
    texts.append(page.blocking_reason() or "")
    import re

    shown = [re.sub(r"\(&[A-Z]\)", "", text).replace("ISO", "") for text in texts]
    assert all(not any("a" <= c.lower() <= "z" for c in text) for text in shown), shown


def test_the_kind_of_a_shareholder_is_chosen_from_the_list_by_keyboard_never_typed(page, qtbot, english):
    from ui.wizard.owner_kinds import KIND_ROLE
    from ui.wizard.owners_page import KIND

    row = page.add_holder("natural_person", "王建国", "100")
    assert [key for key, _ in page._people()] == ["1"]
    page.table.setFocus()
    page.table.setCurrentCell(row, KIND)
    qtbot.keyClick(page.table, Qt.Key.Key_F2)  # the edit key opens the list of kinds, not a text field
    editor = QApplication.focusWidget()
    assert editor.objectName() == "shareholderKind" and editor.accessibleName() == "Kind"
    assert [editor.itemText(i) for i in range(editor.count())] == ["Person", "Company"]
    qtbot.keyClick(editor, Qt.Key.Key_Down)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate keeps the choice on the next turn of the loop
    kind = page.table.item(row, KIND)
    qtbot.waitUntil(lambda: kind.data(KIND_ROLE) == "entity", timeout=2_000)
    assert kind.text() == "Company" and page.table.hasFocus()
    assert page._people() == []  # a company has no owner's record to enter
    assert page.shareholders()[0]["kind"] == "entity"

    page.table.setFocus()
    page.table.setCurrentCell(row, KIND)
    qtbot.keyClicks(page.table, "xyz")  # typing over the cell never makes free text
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(page.table.hasFocus, timeout=2_000)
    kind = page.table.item(row, KIND)
    assert kind.text() in ("Person", "Company") and kind.data(KIND_ROLE) in ("natural_person", "entity")
    assert kind.text() == {"natural_person": "Person", "entity": "Company"}[kind.data(KIND_ROLE)]


def test_the_kinds_list_speaks_chinese(page, qtbot, chinese):
    from ui.wizard.owners_page import KIND

    page.add_holder("entity", "上海某投资有限公司", "100")
    page.table.setFocus()
    page.table.setCurrentCell(0, KIND)
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor.currentText() == page.table.item(0, KIND).text()
    assert [editor.itemText(i) for i in range(editor.count())] == ["自然人", "法人/机构"]


@pytest.mark.parametrize("language", ["english", "chinese"])
def test_held_through_is_one_term_in_the_column_header_the_hint_and_the_messages(page, language, request):
    """The teller reads one name for the column: the hint and both messages quote the header's words."""
    from ui.wizard.holdings_tree import IN_A_CIRCLE, NOT_IN_TABLE, Misplaced
    from ui.wizard.owners_page import THROUGH
    from ui.wizard.owners_view import misplaced_words

    request.getfixturevalue(language)
    page.retranslate()  # made before the language was chosen
    header = page.table.horizontalHeaderItem(THROUGH).text()
    term = header.removesuffix("（序号）").removesuffix(" (No.)").lower()
    assert term and term != header.lower()
    quoted = f"“{term}”"
    assert quoted in page.hint.text().lower()
    for why in (NOT_IN_TABLE, IN_A_CIRCLE):
        assert quoted in misplaced_words(Misplaced("3", "2", why), "陈美华").lower()


def test_held_through_names_the_company_as_it_is_now_and_a_saved_circle_still_holds_the_step(page, english):
    from ui.wizard.owners_page import NAME, THROUGH

    company = page.add_holder("entity", "上海某投资有限公司", "100")
    person = page.add_holder("natural_person", "陈美华", "100", through="1")
    assert page.table.item(person, THROUGH).text() == "1. 上海某投资有限公司"
    page.table.item(company, NAME).setText("上海另一投资有限公司")  # renamed: the cell follows
    assert page.table.item(person, THROUGH).text() == "1. 上海另一投资有限公司"
    assert page.table.company_choices("2") == [("1", "上海另一投资有限公司")]
    assert page.table.company_choices("1") == []  # never itself

    # A draft from before the list, with two companies held through each other: both kept, flagged.
    page.set_entries(
        {
            "shareholders": [
                {"id": "h1", "name": "甲公司", "kind": "entity", "equity": "1", "held_through": "2"},
                {"id": "h2", "name": "乙公司", "kind": "entity", "equity": "1", "held_through": "1"},
            ]
        }
    )
    assert [page.table.through(r) for r in range(2)] == ["2", "1"]
    assert "round in a circle" in (page.blocking_reason() or "")
    assert {h.get("held_through") for h in page.entries()["shareholders"]} == {"1", "2"}


def test_the_owners_hint_and_lines_follow_a_change_of_language(page, qtbot, english):
    """Made in English, the page speaks Chinese once the teller switches, and English again after."""
    from ui.i18n import CHINESE, ENGLISH

    page.set_owner_record(page.add_holder("natural_person", "王建国", "100"), _record())
    assert page.hint.text().startswith("List the shareholders.")
    english.use(CHINESE)
    qtbot.waitUntil(lambda: page.hint.text().startswith("列出全部股东。"), timeout=2_000)
    assert "“通过机构持有”" in page.hint.text() and page.result.text().startswith("受益所有人：")
    assert page.add_person.text() == "添加自然人(&P)"
    english.use(ENGLISH)
    qtbot.waitUntil(lambda: page.hint.text().startswith("List the shareholders."), timeout=2_000)
    assert page.result.text().startswith("Beneficial owners:")


def test_an_owner_s_reasons_are_listed_with_the_chinese_enumeration_comma(page, chinese):
    owner = page.add_holder("natural_person", "王建国", "60")
    page.table.item(owner, 5).setCheckState(Qt.CheckState.Checked)  # holds 60% and controls
    line = page.result.text().splitlines()[1]
    assert "王建国" in line and "、" in line and ", " not in line


def test_ticking_the_exemption_says_so_in_the_owners_line_at_once(page, english):
    page.add_holder("natural_person", "王建国", "100")
    page.exemption.setChecked(True)
    assert page.result.text() == "Exemption by commitment: the core checks it when you press Next."
    page.exemption.setChecked(False)
    assert page.result.text().startswith("Beneficial owners:")
