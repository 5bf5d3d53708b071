"""Every interactive widget on every screen has an objectName and an accessible name, in both languages."""

from __future__ import annotations

import pytest
from screen_checks import unnamed


def _screens(qtbot, backend, tasks, teller, supervisor, clock):
    from ui.main_window import MainWindow
    from ui.session.first_start import FirstStartDialog
    from ui.session.password_change import PasswordChangeDialog
    from ui.sign_in import SignInWindow
    from ui.terminal.settings_dialog import SettingsDialog

    main = MainWindow(backend, tasks, supervisor, clock=clock)
    main.show()
    main.show_start_of_day()
    main.show_audit()
    main.new_case()
    screens = {
        "sign-in": SignInWindow(backend, tasks, "en"),
        "first start": FirstStartDialog(backend, tasks),
        "password": PasswordChangeDialog(backend, tasks, teller, forced=True),
        "settings": SettingsDialog(backend, tasks, teller, backend.settings(), printers=["Counter printer"]),
        "home": main.home,
        "start of day": main.start_of_day,
        "audit": main.audit,
        "wizard": main.wizard,
        "lock": main.lock_screen,
    }
    main.lock()
    for name, screen in screens.items():
        if (
            screen is not None
            and not screen.isVisible()
            and name not in ("home", "start of day", "audit", "wizard")
        ):
            qtbot.addWidget(screen)
            screen.show()
    qtbot.addWidget(main)
    return main, screens


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_every_interactive_widget_is_named_for_tests_and_screen_readers(
    qtbot, backend, tasks, teller, supervisor, clock, english, language
):
    english.use(language)
    main, screens = _screens(qtbot, backend, tasks, teller, supervisor, clock)
    problems = {name: unnamed(screen) for name, screen in screens.items()}
    assert {name: found for name, found in problems.items() if found} == {}
    assert main.isVisible()
