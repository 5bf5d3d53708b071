"""Closing the case or the app with unsaved entries asks and keeps a sealed draft; reopening brings them back."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from keyboard_entry import type_text
from PySide6.QtCore import Qt

from teller_app.domain.errors import TellerError
from teller_app.domain.steps import Step

ADDRESS = "杭州市钱塘区草稿路77号"  # typed, never saved: it may exist on disk only as ciphertext
REPRESENTATIVE = "欧阳未存"


def _case_at_identity(qtbot, window) -> str:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # the function keys go to the active window
    window.new_case()
    wizard = window.wizard
    type_text(qtbot, wizard.pages[Step.INTAKE].customer_name, "杭州钱塘草稿科技有限公司")
    qtbot.keyClick(wizard.pages[Step.INTAKE].customer_name, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: wizard.shown is Step.IDENTITY or wizard.message.isVisible(), timeout=10_000)
    assert wizard.shown is Step.IDENTITY, (wizard.message.text(), wizard.reason.text())
    identity = wizard.pages[Step.IDENTITY]
    type_text(qtbot, identity.address.edit, ADDRESS)
    type_text(qtbot, identity.rep_name.edit, REPRESENTATIVE)
    return wizard.case.case_id


def _answer(qtbot, wizard, key=Qt.Key.Key_Return, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.waitUntil(lambda: wizard.drafts.question is not None and wizard.drafts.question.isVisible())
    box = wizard.drafts.question
    box.activateWindow()
    qtbot.waitUntil(box.isActiveWindow)
    qtbot.keyClick(box.focusWidget() or box, key, modifier)


def _reopened(qtbot, signed_in, case_id: str):
    window = signed_in("teller1")  # signed in again: a new window on the same store
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.open_case(case_id)
    qtbot.waitUntil(lambda: window.wizard is not None and window.wizard.case is not None, timeout=10_000)
    identity = window.wizard.pages[Step.IDENTITY]
    qtbot.waitUntil(lambda: identity.address.text() == ADDRESS, timeout=5_000)
    return window


def _files_holding(home: Path, text: str) -> list[str]:
    needle = text.encode("utf-8")
    found = []
    for root, _dirs, files in os.walk(home):
        for name in files:
            path = Path(root) / name
            if needle in path.read_bytes():
                found.append(str(path))
    return found


def test_closing_the_case_with_unsaved_entries_keeps_them_for_the_next_sign_in(qtbot, signed_in, core):
    window = signed_in("teller1")
    case_id = _case_at_identity(qtbot, window)
    wizard = window.wizard
    wizard.close_button.setFocus()
    qtbot.keyClick(wizard.close_button, Qt.Key.Key_Space)  # Close case
    _answer(qtbot, wizard)  # Enter: Keep as a draft (the default)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.home, timeout=10_000)
    window.sign_out()

    again = _reopened(qtbot, signed_in, case_id)
    identity = again.wizard.pages[Step.IDENTITY]
    assert identity.rep_name.text() == REPRESENTATIVE
    assert "unsaved entries are back" in again.wizard.message.text()
    home = Path(os.environ["TELLER_HOME"])
    assert _files_holding(home, ADDRESS) == [] and _files_holding(home, REPRESENTATIVE) == []  # sealed
    assert _files_holding(home, again.wizard.case.case_number)  # the search reads the store (a plain column)

    qtbot.keyClick(identity.address.edit, Qt.Key.Key_F5)  # saving the step discards its draft
    qtbot.waitUntil(lambda: "Saved" in again.wizard.message.text(), timeout=10_000)
    assert core.drafts(again.session, case_id) == {}


def test_closing_the_app_with_unsaved_entries_asks_and_keeps_them(qtbot, signed_in, core):
    window = signed_in("teller1")
    case_id = _case_at_identity(qtbot, window)
    window.close()
    assert window.isVisible()  # not yet: the teller is asked first
    _answer(qtbot, window.wizard)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    _reopened(qtbot, signed_in, case_id)


def test_cancel_keeps_the_case_open_and_discard_throws_the_entries_away(qtbot, signed_in, core):
    window = signed_in("teller1")
    case_id = _case_at_identity(qtbot, window)
    wizard = window.wizard
    wizard.request_close()
    _answer(qtbot, wizard, Qt.Key.Key_Escape)  # Cancel: nothing happens
    assert window.pages.currentWidget() is wizard and wizard.pages[Step.IDENTITY].address.text() == ADDRESS
    wizard.request_close()
    _answer(qtbot, wizard, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)  # Alt+D: Discard them
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.home, timeout=10_000)
    assert core.drafts(window.session, case_id) == {}


def test_a_draft_belongs_to_the_teller_who_typed_it(qtbot, signed_in, core, demo):
    window = signed_in("teller1")
    case_id = _case_at_identity(qtbot, window)
    core.keep_drafts(window.session, case_id, {"identity": {"address": ADDRESS}})
    supervisor = core.sign_in("super1", demo["super1"])
    assert core.drafts(supervisor, case_id) == {}  # another user never reads them
    with pytest.raises(TellerError) as refused:
        core.keep_drafts(supervisor, case_id, {"identity": {"address": "x"}})
    assert refused.value.code in ("case.not_your_case", "permission.denied")


def test_a_new_case_not_opened_yet_keeps_its_intake_as_a_draft(qtbot, signed_in, core):
    window = signed_in("teller1")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.new_case()
    type_text(qtbot, window.wizard.pages[Step.INTAKE].customer_name, "杭州未开案件有限公司")
    window.wizard.request_close()
    _answer(qtbot, window.wizard)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.home, timeout=10_000)
    window.new_case()
    intake = window.wizard.pages[Step.INTAKE]
    qtbot.waitUntil(lambda: intake.customer_name.text() == "杭州未开案件有限公司", timeout=5_000)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(intake.customer_name, Qt.Key.Key_F12)  # the case opens: its intake draft has served
    qtbot.waitUntil(lambda: window.wizard.shown is Step.IDENTITY, timeout=10_000)
    assert core.drafts(window.session, None) == {}


def test_the_idle_lock_keeps_unsaved_entries_before_the_session_locks(qtbot, signed_in, core, tasks):
    from sqlalchemy import select

    from teller_app.storage.schema_system import Draft

    window = signed_in("teller1")
    case_id = _case_at_identity(qtbot, window)
    window.lock()  # what the idle watcher does when the teller walks away
    tasks.wait_for_all()
    assert window.locked
    with core.store().reading() as session:
        kept = [(row.case_key, row.step) for row in session.scalars(select(Draft))]
    assert kept == [(case_id, "identity")]
