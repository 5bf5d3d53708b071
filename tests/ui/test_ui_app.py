"""The day's flow: first start offers a demo workspace, sign-in, start-of-day check, then home."""

from __future__ import annotations

from ui_fakes import FakeBackend

from ui.app import TellerApp


def test_first_start_without_configuration_offers_a_demo_workspace_then_sign_in(qtbot, qapp, english):
    backend = FakeBackend(configured=False)
    teller_app = TellerApp(qapp, backend, {"language": "en"})
    teller_app.start()
    dialog = teller_app.first_start
    assert dialog is not None and dialog.isVisible()
    assert not teller_app.sign_in.isVisible()
    dialog.demo_button.click()
    qtbot.waitUntil(lambda: teller_app.sign_in.isVisible())
    assert "super1 (Supervisor): password Super-Pass-2026" in teller_app.sign_in.demo_users.text()
    teller_app.sign_in.close()
    teller_app.tasks.wait_for_all()


def test_configured_terminal_goes_straight_to_sign_in_then_start_of_day(qtbot, qapp, english):
    backend = FakeBackend()
    teller_app = TellerApp(qapp, backend, {"language": "en"})
    teller_app.start()
    assert teller_app.first_start is None and teller_app.sign_in.isVisible()
    teller_app.sign_in.user_name.setText("teller1")
    teller_app.sign_in.password.setText("Teller-Pass-2026")
    teller_app.sign_in.submit()
    qtbot.waitUntil(lambda: teller_app.main_window is not None)
    window = teller_app.main_window
    assert window.pages.currentWidget() is window.start_of_day
    qtbot.waitUntil(lambda: window.start_of_day.continue_button.isEnabled())
    window.start_of_day.continue_button.click()
    assert window.pages.currentWidget() is window.home
    window.sign_out()
    assert teller_app.main_window is None and teller_app.sign_in.isVisible()
    teller_app.sign_in.close()
    teller_app.tasks.wait_for_all()


def test_language_chosen_at_sign_in_is_remembered(qtbot, qapp, english):
    backend = FakeBackend()
    teller_app = TellerApp(qapp, backend, {"language": "en"})
    teller_app.start()
    window = teller_app.sign_in
    window.language.setCurrentIndex(window.language.findData("zh_CN"))
    qtbot.waitUntil(lambda: backend.language == "zh_CN")
    assert window.sign_in_button.text() == "登录"
    window.close()
    teller_app.translations.use("en")


def test_first_start_on_the_real_core_gives_a_working_day(qtbot, qapp, english, core):
    """What `teller` does on a new machine: demo workspace, sign in with a shown password, checks, home."""
    backend = core
    teller_app = TellerApp(qapp, backend, {"language": "en"})
    try:
        teller_app.start()
        dialog = teller_app.first_start
        assert dialog is not None and dialog.isVisible()
        dialog.demo_button.click()
        qtbot.waitUntil(lambda: teller_app.sign_in.isVisible(), timeout=20_000)
        shown = teller_app.sign_in.demo_users.text()
        password = shown.split("teller1 (Teller): password ")[1].split("\n")[0]
        teller_app.sign_in.user_name.setText("teller1")
        teller_app.sign_in.password.setText(password)
        teller_app.sign_in.submit()
        qtbot.waitUntil(lambda: teller_app.main_window is not None, timeout=10_000)
        check = teller_app.main_window.start_of_day
        qtbot.waitUntil(lambda: check.table.rowCount() >= 7, timeout=20_000)
        names = {
            check.table.item(r, 0).text(): check.table.item(r, 1).text()
            for r in range(check.table.rowCount())
        }
        assert (
            names["Key store"] == "OK" and names["Local store"] == "OK" and names["Operation record"] == "OK"
        )
        assert check.continue_button.isEnabled()
        check.continue_button.click()
        window = teller_app.main_window
        assert window.pages.currentWidget() is window.home
        window.status.refresh()
        qtbot.waitUntil(
            lambda: window.status.state is not None and window.status.state.online, timeout=10_000
        )
        window.sign_out()
    finally:
        teller_app.sign_in.close()
        teller_app.tasks.wait_for_all()
        backend.close()


def test_after_sign_out_the_user_name_is_empty_and_has_the_focus(qtbot, qapp, english):
    backend = FakeBackend()
    teller_app = TellerApp(qapp, backend, {"language": "en"})
    teller_app.start()
    sign_in = teller_app.sign_in
    qtbot.keyClicks(sign_in.user_name, "teller1")
    qtbot.keyClicks(sign_in.password, "Teller-Pass-2026")
    sign_in.submit()
    qtbot.waitUntil(lambda: teller_app.main_window is not None)
    teller_app.main_window.sign_out()
    assert sign_in.isVisible()
    assert sign_in.user_name.text() == "" and sign_in.password.text() == ""  # nothing of the last user
    qtbot.waitUntil(lambda: sign_in.user_name.hasFocus() or qapp.focusWidget() is sign_in.user_name)
    sign_in.close()
    teller_app.tasks.wait_for_all()


def test_a_broken_settings_file_is_said_at_start_from_the_core_s_reading_and_the_app_stops(
    qtbot, qapp, teller_home, monkeypatch, english
):
    from PySide6.QtWidgets import QMessageBox

    from teller_app.paths import app_paths
    from ui import app as app_module

    config_file = app_paths().config_file
    config_file.parent.mkdir(parents=True, exist_ok=True)
    config_file.write_text("idle_lock_minutes = [not a number\n", encoding="utf-8")
    said = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: said.append(args[2]))
    assert app_module.main(["teller"]) == 1
    assert len(said) == 1 and "The settings could not be read" in said[0] and "teller.toml" in said[0]


def test_the_screens_take_the_configuration_from_the_backend_never_from_the_file():
    """Only the core's adapter (ui/core/backend.py) reads the configuration; the rest asks it."""
    from pathlib import Path

    import ui

    readers = [
        str(path.relative_to(Path(ui.__file__).parent))
        for path in Path(ui.__file__).parent.rglob("*.py")
        if "Config.load(" in path.read_text(encoding="utf-8")
    ]
    assert readers == ["core/backend.py"]
