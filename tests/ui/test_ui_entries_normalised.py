"""Entries are stored normalised, and a text over its field's limit is refused beside the field, never cut."""

from __future__ import annotations

import pytest
from counter_walks import rows_in_store
from keyboard_entry import type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from teller_app.domain.entries import FIELDS
from teller_app.domain.errors import InputError
from teller_app.domain.steps import Step


def test_a_pasted_name_over_the_limit_stays_whole_and_the_message_names_the_limit(qtbot, window, core):
    limit = FIELDS["customer_name"].limit
    pasted = "上海" + "甲" * limit + "有限公司"
    QApplication.clipboard().setText(pasted)
    window.new_case()
    wizard = window.wizard
    intake = wizard.pages[Step.INTAKE]
    intake.customer_name.setFocus()
    qtbot.keyClick(intake.customer_name, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert intake.customer_name.text() == pasted  # nothing cut
    problem = intake.lines[intake.customer_name].problem
    assert problem.isVisible() and str(limit) in problem.text() and str(len(pasted)) in problem.text()
    assert not wizard.next_button.isEnabled() and str(limit) in wizard.reason.text()
    before = rows_in_store(core)
    qtbot.keyClick(intake.customer_name, Qt.Key.Key_F5)  # Save is refused by the core too
    qtbot.waitUntil(lambda: wizard.message.isVisible() and wizard.save_button.isEnabled(), timeout=10_000)
    assert str(limit) in wizard.message.text() and rows_in_store(core) == before
    assert intake.customer_name.text() == pasted

    intake.customer_name.selectAll()
    type_text(qtbot, intake.customer_name, "上海云帆（集团）有限公司")
    assert not problem.isVisible()  # the line clears as soon as the name fits


def test_a_full_width_name_is_stored_folded_and_its_chinese_brackets_kept(qtbot, window):
    window.new_case()
    wizard = window.wizard
    intake = wizard.pages[Step.INTAKE]
    type_text(qtbot, intake.customer_name, "　上海ＡＢＣ（集团）第３分公司 ")
    qtbot.keyClick(intake.customer_name, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: wizard.shown is Step.IDENTITY or wizard.message.isVisible(), timeout=10_000)
    assert wizard.case.entries["intake"]["customer_name"] == "上海ABC（集团）第3分公司"
    assert wizard.case.customer_name == "上海ABC（集团）第3分公司"


def test_a_full_width_credit_code_is_folded_as_typed_and_stored_in_ascii(qtbot, window):
    from teller_app.services.demo import sample_credit_code

    window.new_case()
    wizard = window.wizard
    type_text(qtbot, wizard.pages[Step.INTAKE].customer_name, "上海云帆贸易有限公司")
    qtbot.keyClick(wizard.pages[Step.INTAKE].customer_name, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: wizard.shown is Step.IDENTITY, timeout=10_000)
    identity = wizard.pages[Step.IDENTITY]
    code = sample_credit_code()
    full_width = "".join(chr(ord(c) + 0xFEE0) for c in code)
    type_text(qtbot, identity.credit_code.edit, full_width)
    assert not identity.credit_code.problem.isVisible()  # the identifier check folds it too
    qtbot.keyClick(identity.credit_code.edit, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: wizard.message.isVisible(), timeout=10_000)
    assert wizard.case.entries["identity"]["credit_code"] == code


def test_the_core_refuses_a_control_character_even_without_the_window(core, demo):
    teller = core.sign_in("teller1", demo["teller1"])
    intake = {"customer_kind": "enterprise_legal_person", "account_type": "basic", "present": "agent"}
    with pytest.raises(InputError) as refused:
        core.save_step(teller, None, "intake", {**intake, "customer_name": "上海\u202e云帆"}, advance=True)
    assert refused.value.code == "input.control_character"
    assert core.home(teller).open_cases == ()


def test_the_intent_page_keeps_a_too_long_paste_whole_and_names_the_limit(
    qtbot, backend, tasks, teller, english
):
    from screens_opened import wizard_frame_at

    frame = wizard_frame_at(qtbot, backend, tasks, teller, Step.INTENT)
    page = frame.pages[Step.INTENT]
    pasted = "王" * (FIELDS["confirmed_with"].limit + 5)
    QApplication.clipboard().setText(pasted)
    page.confirmed_with.clear()
    page.confirmed_with.setFocus()
    qtbot.keyClick(page.confirmed_with, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert page.confirmed_with.text() == pasted
    problem = page.lines[page.confirmed_with].problem
    assert problem.isVisible() and str(FIELDS["confirmed_with"].limit) in problem.text()
    assert not frame.next_button.isEnabled()
