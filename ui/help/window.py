"""Help in the main window: F1 opens the help for the step on screen (or the manual elsewhere); Help menu."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from ui.help.bilingual import chinese_shown
from ui.help.help_dialog import StepHelpDialog
from ui.help.manual_viewer import ManualViewer
from ui.i18n import tr
from ui.messages import describe

if TYPE_CHECKING:
    from ui.main_window import MainWindow

DEFAULT_KIND, DEFAULT_ACCOUNT = "enterprise_legal_person", "basic"  # a new case before intake is saved


class HelpController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.help_action = QAction(window)
        self.help_action.setObjectName("actionHelp")
        self.help_action.setShortcut(QKeySequence("F1"))
        self.help_action.triggered.connect(self.help_for_screen)
        window.addAction(self.help_action)
        self.manual_action = QAction(window)
        self.manual_action.setObjectName("actionManual")
        self.manual_action.triggered.connect(self.show_manual)
        window.addAction(self.manual_action)
        self.menu = window.menuBar().addMenu("")
        self.menu.setObjectName("menuHelp")
        self.menu.addActions([self.help_action, self.manual_action])
        self.dialog: StepHelpDialog | None = None
        self.viewer: ManualViewer | None = None

    def retranslate(self) -> None:
        self.menu.setTitle(tr("Help", "&Help"))
        self.help_action.setText(tr("Help", "Help for this &step"))
        self.manual_action.setText(tr("Help", "Operation &manual and FAQ"))

    def help_for_screen(self) -> None:
        w = self.window
        wizard = w.wizard
        if wizard is None or w.pages.currentWidget() is not wizard:
            self.show_manual()
            return
        case = wizard.case
        kind = case.customer_kind if case else DEFAULT_KIND
        account = case.account_type if case else DEFAULT_ACCOUNT
        w._tasks.run(
            w._backend.step_help,
            w.session,
            case.case_id if case else None,
            wizard.shown.value,
            kind,
            account,
            "zh_CN" if chinese_shown() else "en",
            on_done=lambda found: self._show_help(found, kind, account),
            on_error=lambda error: w.statusBar().showMessage(describe(error), 10_000),
            owner=self,
        )

    def _show_help(self, found: object, kind: str, account: str) -> None:
        self.dialog = StepHelpDialog(found, kind, account, self.window)
        self.dialog.open()

    def show_manual(self) -> None:
        w = self.window
        if self.viewer is None:
            self.viewer = ManualViewer(w._backend, w._tasks, w.session)
            w.pages.addWidget(self.viewer)
        w.pages.setCurrentWidget(self.viewer)
        self.viewer.load()
