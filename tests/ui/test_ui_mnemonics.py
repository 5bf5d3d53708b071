"""One keyboard scheme: no two mnemonics (Alt+letter) alike in one window or dialog, in either language.

The test walks the main window's home page and every wizard step, the sign-in window and the dialogs the
counter uses, collects the &-letters of what is visible together (buttons, check boxes, radio buttons,
labels with a buddy, group boxes, the menu bar's menus, each menu's actions) and fails on a clash.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMenu, QWidget
from screen_checks import clashes, mnemonic, visible_mnemonics

from teller_app.domain.steps import ORDER


def menu_clashes(root: QWidget) -> dict[str, dict[str, list[str]]]:
    found = {}
    for menu in root.findChildren(QMenu):
        pairs = [
            (mnemonic(a.text()), a.text()) for a in menu.actions() if a.isVisible() and mnemonic(a.text())
        ]
        bad = clashes([(str(letter), text) for letter, text in pairs])
        if bad:
            found[menu.title() or menu.objectName()] = bad
    return found


@pytest.fixture(params=["english", "chinese"])
def language(request):
    return request.getfixturevalue(request.param)


def test_no_two_mnemonics_alike_on_any_wizard_step_or_the_home_page(
    qtbot, backend, tasks, teller, clock, language
) -> None:
    from ui.main_window import MainWindow

    window = MainWindow(backend, tasks, teller)
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: tasks.running == 0)
    assert clashes(visible_mnemonics(window)) == {}, "home page"
    assert menu_clashes(window) == {}
    window.new_case()
    wizard = window.wizard
    for step in ORDER:
        wizard.show_step(step)
        assert clashes(visible_mnemonics(window)) == {}, step.value
    window.stop()


def test_no_two_mnemonics_alike_on_the_owners_step_beside_a_supervisors_menus(signed_in, qtbot) -> None:
    """On the real core a supervisor's window has the Supervision menu (Alt+U), which the fake core's has not;
    the owners step's record form once took Alt+U for "ID number" as well."""
    from teller_app.domain.steps import Step

    window = signed_in("super1")
    assert any("upervision" in action.text() for action in window.menuBar().actions())
    window.new_case()
    window.wizard.show_step(Step.BENEFICIAL_OWNERS)
    assert clashes(visible_mnemonics(window)) == {}


def test_no_two_mnemonics_alike_in_the_dialogs(qtbot, backend, tasks, teller, language) -> None:
    from ui_fakes import case_awaiting_approval

    from teller_app.domain.steps import Step
    from ui.sign_in import SignInWindow
    from ui.terminal.settings_dialog import SettingsDialog
    from ui.wizard.dual_sign_in import DualSignInDialog

    case = case_awaiting_approval(backend)
    dual = DualSignInDialog(
        backend, tasks, teller, case, [s for s in ORDER if s.position < Step.APPROVAL.position]
    )
    qtbot.addWidget(dual)
    dual.show()
    for choice in (dual.approve, dual.return_, dual.reject_choice):
        choice.setChecked(True)
        assert clashes(visible_mnemonics(dual)) == {}, choice.objectName()
    sign_in = SignInWindow(backend, tasks, "en")
    qtbot.addWidget(sign_in)
    sign_in.show()
    assert clashes(visible_mnemonics(sign_in)) == {}
    settings = SettingsDialog(backend, tasks, teller, backend.settings(), ["Counter-3 HP"])
    qtbot.addWidget(settings)
    settings.show()
    qtbot.waitUntil(lambda: tasks.running == 0)
    assert clashes(visible_mnemonics(settings)) == {}


def test_a_clash_is_found() -> None:
    assert clashes([("s", "&Save"), ("s", "&Search"), ("n", "&Next")]) == {"s": ["&Save", "&Search"]}
    assert mnemonic("Save && close") is None and mnemonic("保存(&S)") == "s"


def test_no_function_key_or_shortcut_is_bound_twice_in_the_main_window(
    qtbot, backend, tasks, teller, english
) -> None:
    from PySide6.QtGui import QAction, QShortcut

    from ui.main_window import MainWindow

    window = MainWindow(backend, tasks, teller)
    qtbot.addWidget(window)
    window.show()
    window.start()
    window.new_case()
    keys = [a.shortcut().toString() for a in window.findChildren(QAction) if not a.shortcut().isEmpty()]
    keys += [s.key().toString() for s in window.findChildren(QShortcut) if s.isEnabled()]
    doubled = {k for k in keys if keys.count(k) > 1}
    assert doubled == set(), doubled
    assert "F1" not in [s.key().toString() for s in window.findChildren(QShortcut)]  # F1 is help's
    window.stop()


def test_esc_on_the_flowchart_goes_back_to_the_open_case(qtbot, backend, tasks, teller, english) -> None:
    from PySide6.QtCore import Qt

    from ui.main_window import MainWindow

    window = MainWindow(backend, tasks, teller)
    qtbot.addWidget(window)
    window.show()
    window.start()
    window.new_case()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.show_flowchart()
    assert window.pages.currentWidget() is window.flowchart
    qtbot.keyClick(window.flowchart, Qt.Key.Key_Escape)
    assert window.pages.currentWidget() is window.wizard
    window.stop()
