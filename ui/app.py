"""`teller`: starts the desktop app — fonts, translations, first start, sign-in, then the main window."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

from ui.i18n import Translations, choose_language
from ui.tasks import Tasks

if TYPE_CHECKING:
    from ui.backend import Backend, DemoWorkspace, SessionInfo
    from ui.main_window import MainWindow
    from ui.session.first_start import FirstStartDialog


AFTER_WINDOW_MS = 300  # work that need not delay the first window starts this long after it is shown


class TellerApp(QObject):
    """Moves between the screens of a working day: first start → sign-in → start-of-day → main window."""

    def __init__(self, app: QApplication, backend: Backend, settings: dict[str, object]) -> None:
        super().__init__(app)
        from ui.sign_in import SignInWindow

        self.app = app
        self.backend = backend
        self.settings = dict(settings)
        self.tasks = Tasks(self)
        self.translations = Translations(app)
        self.translations.use(choose_language(str(settings.get("language", ""))), qt_own=False)
        QTimer.singleShot(0, self.translations.use_qt_own)  # once the sign-in window is up
        self.sign_in = SignInWindow(backend, self.tasks, self.translations.language)
        self.sign_in.signedIn.connect(self._signed_in)
        self.sign_in.languageChosen.connect(self.switch_language)
        self.main_window: MainWindow | None = None
        self.first_start: FirstStartDialog | None = None

    def start(self) -> None:
        if self.backend.is_configured():
            self.sign_in.show()
            # The store, the sync engine and their imports (SQLAlchemy, ~0.3 s) wait until the window has
            # been painted: on a worker thread they would still hold the interpreter while it is drawn.
            # Signing in meanwhile opens the store by itself.
            QTimer.singleShot(AFTER_WINDOW_MS, self._start_sync)
            return
        from ui.session.first_start import FirstStartDialog

        self.first_start = FirstStartDialog(self.backend, self.tasks)
        self.first_start.demoCreated.connect(self._demo_created)
        self.first_start.rejected.connect(self.app.quit)
        self.first_start.show()

    def _demo_created(self, demo: DemoWorkspace) -> None:
        self.sign_in.show_demo_users(demo)
        self.sign_in.show()
        self._start_sync()

    def _start_sync(self) -> None:
        start = getattr(self.backend, "start_sync", None)
        if start is not None:  # the sync loop runs in the core's own thread; starting it opens the store
            self.tasks.run(start, on_error=lambda error: None, writes=True)

    def switch_language(self, language: str) -> None:
        self.translations.use(language)
        self.tasks.run(self.backend.remember_language, language, on_error=lambda e: None, writes=True)

    def _signed_in(self, session: SessionInfo) -> None:
        from ui.main_window import MainWindow

        self.sign_in.hide()
        window = MainWindow(
            self.backend,
            self.tasks,
            session,
            idle_minutes=float(str(self.settings.get("idle_lock_minutes", 5))),
        )
        window.signedOut.connect(self._signed_out)
        window.settingsSaved.connect(self._settings_saved)
        self.main_window = window
        window.show()
        window.start()
        window.show_start_of_day()

    def _settings_saved(self, changes: dict[str, object]) -> None:
        self.settings.update(changes)
        if "language" in changes:
            self.translations.use(choose_language(str(changes["language"])))  # "": the system's

    def _signed_out(self) -> None:
        if self.main_window is not None:
            self.main_window.close()
            self.main_window.deleteLater()
            self.main_window = None
        self.sign_in.ready_for_next_user()
        self.sign_in.show()
        self.sign_in.activateWindow()
        self.sign_in.user_name.setFocus()


def make_application(argv: Sequence[str]) -> QApplication:
    from ui.collector import collect_on_gui_thread
    from ui.theme import apply_theme

    existing = QApplication.instance()
    # High DPI: Qt 6 scales by the screen's factor with PassThrough rounding by default (125%, 150% stay
    # exact); QT_SCALE_FACTOR=2 is what tools/screenshots.py uses to check 200%.
    app = existing if isinstance(existing, QApplication) else QApplication(list(argv))
    collect_on_gui_thread(app)  # never finalise Qt objects on a task's thread
    app.setApplicationName("Teller App")
    app.setOrganizationName("TellerApp")
    apply_theme(app)
    return app


def _remove_stale_print_files() -> None:
    from ui.counter.print_preview import remove_stale_print_files

    remove_stale_print_files()


def main(argv: Sequence[str] | None = None) -> int:
    from teller_app.console import forbid_console_prompts
    from ui.core.backend import CoreBackend

    forbid_console_prompts()  # the key store passphrase is asked in a dialog, never on the console

    from teller_app.domain.errors import ConfigError

    app = make_application(sys.argv if argv is None else argv)
    backend = CoreBackend()
    try:
        settings = backend.settings()  # the configuration as the core reads it, like every screen
    except ConfigError as error:  # a broken teller.toml or TELLER_* value: say which, do not crash
        from PySide6.QtWidgets import QMessageBox

        from ui.i18n import tr

        QMessageBox.critical(
            None,
            tr("App", "Teller App"),
            tr(
                "App",
                "The settings could not be read: {problem}\nAsk IT to correct them.",
                problem=error.render(),
            ),
        )
        return 1
    teller = TellerApp(app, backend, settings)
    app.aboutToQuit.connect(backend.close)  # stops the sync loop between rounds, closes the store
    teller.start()
    # The log file is opened once the first window is up and drawn (logging.handlers is slow to import).
    QTimer.singleShot(AFTER_WINDOW_MS, backend.start_logging)
    QTimer.singleShot(AFTER_WINDOW_MS, _remove_stale_print_files)  # PDFs a crash left in the temp folder
    if os.environ.get("TELLER_STARTUP_PROBE"):  # bench/startup: report when the first window is up, then quit

        def report() -> None:
            print(f"shown {time.time():.6f}", flush=True)
            listing = os.environ.get("TELLER_STARTUP_MODULES")
            if listing:  # which modules were imported by the time the window was up
                with open(listing, "w", encoding="utf-8") as out:
                    out.write("\n".join(sorted(sys.modules)))
            app.quit()

        QTimer.singleShot(0, report)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
