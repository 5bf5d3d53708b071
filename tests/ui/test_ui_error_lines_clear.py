"""A refusal's line goes as soon as the entry it names is put right, without pressing Save again."""

from __future__ import annotations

import pytest
from keyboard_entry import type_text
from PySide6.QtCore import Qt
from screens_opened import wizard_frame_at

from teller_app.domain.errors import InputError, RuleError
from teller_app.domain.steps import Step


def test_the_missing_branch_line_goes_when_the_branch_is_typed(qtbot, window, core):
    window.new_case()
    wizard = window.wizard
    intake = wizard.pages[Step.INTAKE]
    intake.account_type.setCurrentIndex(intake.account_type.findData("general"))
    type_text(qtbot, intake.customer_name, "上海云帆贸易有限公司")
    type_text(qtbot, intake.basic_number, "J2900012345678")
    qtbot.keyClick(intake.basic_number, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: wizard.message.isVisible() and wizard.save_button.isEnabled(), timeout=10_000)
    assert "Branch of the basic account" in wizard.message.text()
    type_text(qtbot, intake.basic_branch, "310115")
    assert not wizard.message.isVisible()  # gone as the branch is typed, nothing saved meanwhile
    assert wizard.case is None


def _refused(qtbot, frame, backend, error) -> None:
    backend.refuse_next_save = error
    qtbot.keyClick(frame.focusWidget() or frame, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: frame.message.isVisible() and frame.save_button.isEnabled())


def _fix_identity(qtbot, page):
    type_text(qtbot, page.rep_name.edit, "王建国")


def _fix_intent(qtbot, page):
    type_text(qtbot, page.confirmed_with, "王建国")


def _fix_risk(qtbot, page):
    page.industry.setFocus()
    qtbot.keyClick(page.industry, Qt.Key.Key_Down)


@pytest.mark.parametrize(
    ("step", "field", "fix"),
    [
        (Step.IDENTITY, "legal_representative.name", _fix_identity),
        (Step.INTENT, "confirmed_with", _fix_intent),
        (Step.RISK, "industry", _fix_risk),
    ],
)
def test_a_required_field_line_goes_when_the_field_is_filled_in_on_every_page(
    qtbot, backend, tasks, teller, english, step, field, fix
):
    frame = wizard_frame_at(qtbot, backend, tasks, teller, step)
    _refused(qtbot, frame, backend, InputError("step.field_required", "x", field=field, step=step.value))
    assert frame.message.isVisible()
    fix(qtbot, frame.pages[step])
    assert not frame.message.isVisible()


def test_an_over_long_text_line_stays_until_the_text_fits(qtbot, backend, tasks, teller, english):
    frame = wizard_frame_at(qtbot, backend, tasks, teller, Step.INTENT)
    page = frame.pages[Step.INTENT]
    type_text(qtbot, page.confirmed_with, "王" * 60)
    _refused(
        qtbot, frame, backend, InputError("input.too_long", "x", field="confirmed_with", limit=50, length=60)
    )
    qtbot.keyClick(page.confirmed_with, Qt.Key.Key_Backspace)  # 59: still too long, the line stays
    assert frame.message.isVisible()
    page.confirmed_with.setText("王建国")
    assert not frame.message.isVisible()


def test_a_refusal_naming_no_field_stays_until_the_next_save(qtbot, backend, tasks, teller, english):
    frame = wizard_frame_at(qtbot, backend, tasks, teller, Step.INTENT)
    page = frame.pages[Step.INTENT]
    _refused(qtbot, frame, backend, RuleError("intent.agent_not_allowed", "x"))
    type_text(qtbot, page.confirmed_with, "王建国")
    assert frame.message.isVisible()  # nothing says this edit fixed it: the next save will tell
    frame.save()
    assert not frame.message.isVisible() or "Saved" in frame.message.text()


def test_a_refused_page_action_line_goes_when_the_next_action_goes_through(
    qtbot, backend, tasks, teller, english
):
    frame = wizard_frame_at(qtbot, backend, tasks, teller, Step.DOCUMENTS)
    page = frame.pages[Step.DOCUMENTS]
    page.show_error(RuleError("document.unknown_item", "x", item="x"))
    assert frame.message.isVisible()
    page.caseUpdated.emit(frame.case)  # a decision recorded: the page's action went through
    assert not frame.message.isVisible()
