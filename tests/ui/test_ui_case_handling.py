"""A supervisor hands a case over and cancels one from the branch's list, by keyboard, on the real core: the
new holder sees it in their list, the old holder can no longer edit it, a cancelled case is finished today."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from teller_app.domain.errors import RuleError

COMPANY = "上海云帆国际贸易有限公司"
PASSWORD = "Counter-2026-pass!"


@pytest.fixture
def people(core, demo):
    from teller_app.services.users import UserAdministration

    UserAdministration(core.store(), core._policy).add(
        "teller2",
        "teller",
        PASSWORD,
        certified_until=date(2099, 1, 1),
        must_change_password=False,
        display_name="李娜",
    )
    demo["teller2"] = PASSWORD
    return demo


@pytest.fixture
def teller_case(core, people, signed_in):
    from teller_app.services import cases

    teller = signed_in("teller1")
    actor = core._actor(teller.session)
    return teller, cases.open_case(
        core.store(), actor, "enterprise_legal_person", "basic", customer_name=COMPANY
    )


def _dialog_for(qtbot, window, key):
    home = window.home
    qtbot.waitUntil(lambda: home.branch.rowCount() == 1, timeout=10_000)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    home.branch.setFocus()
    qtbot.keyClick(home.branch, Qt.Key.Key_Down)  # the first row
    assert home.branch.currentRow() == 0
    from screen_checks import clashes, visible_mnemonics

    assert clashes(visible_mnemonics(window)) == {}  # the home page with Hand over… and Cancel case…
    qtbot.keyClick(home.branch, key, Qt.KeyboardModifier.AltModifier)  # the button's mnemonic
    qtbot.waitUntil(lambda: home.branch_box.dialog is not None and home.branch_box.dialog.isVisible())
    return home.branch_box.dialog


def test_supervisor_hands_a_case_over_by_keyboard_and_the_new_holder_has_it(
    qtbot, core, people, signed_in, teller_case
):
    old_window, case = teller_case
    window = signed_in("super1")
    dialog = _dialog_for(qtbot, window, Qt.Key.Key_V)  # Hand o&ver…
    assert dialog.windowTitle() == "Hand the case over" and case.number in dialog.case_line.text()
    from screen_checks import clashes, visible_mnemonics

    assert clashes(visible_mnemonics(dialog)) == {}
    qtbot.waitUntil(lambda: dialog.holder.count() >= 3 and dialog.reason.count() >= 1, timeout=10_000)
    assert dialog.holder.currentData() == ""  # nobody chosen for the supervisor
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.message.text() == "Choose who takes the case over." and dialog.isVisible()
    assert "王芳" not in [dialog.holder.itemText(i) for i in range(dialog.holder.count())]  # not the holder
    dialog.holder.setFocus()
    dialog.holder.setCurrentIndex(dialog.holder.findData("teller2"))
    assert dialog.reason.currentData() == "other"  # 2026.2 has no standard reasons: Other with a note
    qtbot.keyClick(dialog, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # &Note
    assert dialog.note.hasFocus()
    qtbot.keyClicks(dialog.note, "Wang on sick leave, Li takes over")
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible() or dialog.message.isVisible(), timeout=10_000)
    assert not dialog.isVisible(), dialog.message.text()
    home = window.home
    qtbot.waitUntil(
        lambda: home.branch.rowCount() == 1 and home.branch.item(0, 2).text() == "李娜", timeout=10_000
    )

    new_window = signed_in("teller2")
    qtbot.waitUntil(lambda: new_window.home.open_cases.rowCount() == 1, timeout=10_000)
    assert new_window.home.open_cases.item(0, 0).text() == case.number
    old_window.go_home()
    qtbot.waitUntil(lambda: old_window.home.open_cases.rowCount() == 0, timeout=10_000)
    with pytest.raises(RuleError) as refused:
        core.save_step(old_window.session, case.id, "intake", {"customer_name": COMPANY}, False)
    assert refused.value.code == "case.not_your_case"
    events = core.audit_events(window.session, __import__("ui.backend").backend.AuditFilter(case_id=case.id))
    assert "case.hand_over" in [e.action for e in events]


def test_supervisor_cancels_a_case_with_a_reason_and_it_is_finished_today(
    qtbot, core, people, signed_in, teller_case
):
    teller_window, case = teller_case
    window = signed_in("super1")
    dialog = _dialog_for(qtbot, window, Qt.Key.Key_L)  # Cance&l case…
    assert dialog.windowTitle() == "Cancel the case"
    qtbot.waitUntil(lambda: dialog.reason.count() >= 1, timeout=10_000)
    dialog.note.setFocus()
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return)  # Other without a note: refused, said beside the fields
    qtbot.waitUntil(dialog.message.isVisible, timeout=10_000)
    assert dialog.message.text() == "With the reason Other, say why in the note." and dialog.isVisible()
    qtbot.keyClicks(dialog.note, "The customer withdrew")
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: window.home.branch.rowCount() == 0, timeout=10_000)
    teller_window.go_home()
    finished = teller_window.home.finished
    qtbot.waitUntil(lambda: finished.rowCount() == 1, timeout=10_000)
    assert [finished.item(0, c).text() for c in (0, 2)] == [case.number, "Cancelled"]


def test_the_dialog_speaks_chinese(qtbot, core, people, signed_in, teller_case, chinese):
    window = signed_in("super1")
    dialog = _dialog_for(qtbot, window, Qt.Key.Key_V)
    assert dialog.windowTitle() == "移交案件" and dialog.holder_label.text() == "移交给(&T)："
    qtbot.waitUntil(lambda: dialog.reason.count() >= 1, timeout=10_000)
    assert dialog.reason.itemText(dialog.reason.count() - 1) == "其他（请在说明中写明原因）"
    assert window.home.branch_box.hand_over_button.text() == "移交(&V)…"
    from screen_checks import clashes, visible_mnemonics

    assert clashes(visible_mnemonics(dialog)) == {}
    dialog.reject()
