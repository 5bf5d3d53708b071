"""The supervisor reads the case summary beside the dual sign-in; a return offers the standard reasons."""

from __future__ import annotations

from PySide6.QtCore import Qt
from ui_fakes import case_awaiting_approval

from teller_app.domain.steps import ORDER, Step


def _dialog(qtbot, backend, tasks, teller):
    from ui.wizard.dual_sign_in import DualSignInDialog

    case = case_awaiting_approval(backend, "case-0042")
    steps = [s for s in ORDER if s.position < Step.APPROVAL.position]
    dialog = DualSignInDialog(backend, tasks, teller, case, steps)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.case_summary.summary is not None)
    return dialog


def test_supervisor_sees_the_case_summary_before_signing(qtbot, backend, tasks, teller, english) -> None:
    dialog = _dialog(qtbot, backend, tasks, teller)
    left, right = dialog.case_summary.left.text(), dialog.case_summary.right.text()
    assert "王建国" in left and "match (一致)" in left and "GA-2026-1127-000381" in left
    assert "Business licence" in left and "verified" in left.lower()
    assert "陈美华" in left and "60.00%" in left
    assert "Medium" in right and "Industry: 13 of 25" in right
    assert "2,000,000" in right and "Optional document Tax residency self-certification" in right
    assert "In all: 38 min" in right
    assert dialog.case_summary.isVisible() and dialog.user_name.hasFocus()


def test_supervisor_reads_each_owner_s_record_in_words_and_what_it_lacks(
    qtbot, backend, tasks, teller, english
) -> None:
    left = _dialog(qtbot, backend, tasks, teller).case_summary.left.text()
    assert "male · born 1980-03-15 · nationality China (CN) · Resident ID card 310101********0014" in left
    assert "valid 2018-03-15 to long-term" in left and "owner since 2020-05-01, still an owner" in left
    assert "lacks: Date of birth, Nationality" in left
    assert "long_term" not in left and "ongoing" not in left and "resident_id" not in left


def test_owner_s_record_reads_in_chinese(qtbot, backend, tasks, teller, chinese) -> None:
    left = _dialog(qtbot, backend, tasks, teller).case_summary.left.text()
    assert "男" in left and "居民身份证" in left and "长期" in left and "出生日期" in left


def test_scan_thumbnail_enlarges_on_click(qtbot, backend, tasks, teller, english) -> None:
    from PySide6.QtWidgets import QToolButton

    dialog = _dialog(qtbot, backend, tasks, teller)
    qtbot.waitUntil(lambda: bool(dialog.case_summary.findChildren(QToolButton)))
    thumb = dialog.case_summary.findChildren(QToolButton)[0]
    qtbot.mouseClick(thumb, Qt.MouseButton.LeftButton)
    viewer = dialog.case_summary.viewer
    assert viewer is not None and viewer.isVisible()
    qtbot.keyClick(viewer, Qt.Key.Key_Escape)
    assert not viewer.isVisible()


def test_return_defaults_to_the_step_where_the_problem_is(qtbot, backend, tasks, teller, english) -> None:
    dialog = _dialog(qtbot, backend, tasks, teller)
    qtbot.keyClick(dialog.return_, Qt.Key.Key_Space)
    assert dialog.return_.isChecked()
    assert dialog.return_step.currentData() == "documents"  # the summary's suggested step


def test_return_with_a_standard_reason_goes_to_its_step_and_the_history_says_it_in_words(
    qtbot, backend, tasks, teller, english
) -> None:
    dialog = _dialog(qtbot, backend, tasks, teller)
    dialog.return_.setChecked(True)
    codes = [
        dialog.standard_reasons.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(dialog.standard_reasons.count())
    ]
    assert "seal_card_invalid" in codes and "documents_incomplete" in codes
    item = dialog.standard_reasons.item(codes.index("seal_card_invalid"))
    assert "Seal card does not meet the rules" in item.text()
    dialog.standard_reasons.setFocus()
    dialog.standard_reasons.setCurrentItem(item)
    qtbot.keyClick(dialog.standard_reasons, Qt.Key.Key_Space)  # ticks the reason
    assert dialog.return_step.currentData() == "contract"
    dialog.reasons.setPlainText("印鉴卡缺法定代表人名章")
    dialog.user_name.setText("super1")
    dialog.password.setText("Super-Pass-2026")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(backend.decisions))
    _, checker, decision, reasons = backend.decisions[-1]
    assert (checker, decision) == ("super1", "return")
    assert reasons == {"contract": ["seal_card_invalid", "印鉴卡缺法定代表人名章"]}

    from ui.approval.summary_words import decision_line
    from ui.wizard.approval_page import _named

    case = backend.cases["case-0042"]
    line = decision_line(_named(case.decisions[-1]), case.return_reasons)
    assert "李强" in line and "Seal card does not meet the rules" in line and "seal_card_invalid" not in line


def test_return_reasons_read_in_chinese(qtbot, backend, tasks, teller, chinese) -> None:
    dialog = _dialog(qtbot, backend, tasks, teller)
    texts = [dialog.standard_reasons.item(i).text() for i in range(dialog.standard_reasons.count())]
    assert any(t.startswith("预留印鉴不符合要求") for t in texts)
    assert "一致" in dialog.case_summary.left.text()
