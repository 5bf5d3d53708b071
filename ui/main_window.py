"""The main window: menus, home / wizard / audit / flowchart pages, offline banner, status bar, lock."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from teller_app.domain.permissions import Action
from teller_app.domain.steps import Step
from ui.audit.viewer import AuditViewer
from ui.backend import Backend, CaseView, SessionInfo
from ui.flowchart import FlowchartView
from ui.help.window import HelpController
from ui.home.page import HomePage
from ui.i18n import tr
from ui.keyboard import EnterGoesForward
from ui.messages import describe
from ui.names import role_label
from ui.session.idle import IdleWatcher
from ui.session.lock_screen import LockScreen
from ui.session.password_change import PasswordChangeDialog
from ui.status_bar import SyncStatusBar
from ui.tasks import Tasks
from ui.terminal.settings_dialog import SettingsDialog
from ui.terminal.start_of_day import StartOfDayCheck
from ui.training.window import TrainingController
from ui.widgets import Retranslating, follow_matrix, label, permitted, set_role
from ui.wizard.frame import WizardFrame
from ui.wizard.step_pages import PageFactory, default_page


class MainWindow(Retranslating, QMainWindow):
    signedOut = Signal()
    settingsSaved = Signal(dict)

    def __init__(
        self,
        backend: Backend,
        tasks: Tasks,
        session: SessionInfo,
        idle_minutes: float = 5,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        idle_clock: Callable[[], float] | None = None,
        page_factory: PageFactory = default_page,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.resize(1200, 800)
        self._backend = backend
        self._tasks = tasks
        self.session = session
        self._clock = clock
        self._page_factory = page_factory
        self.wizard: WizardFrame | None = None
        self._closing = False  # set once unsaved entries were dealt with: the window may close
        self._spare: WizardFrame | None = None

        self.banner = QFrame()
        self.banner.setObjectName("offlineBanner")
        set_role(self.banner, "banner-offline")
        self.banner_text = label("offlineBannerText")
        QHBoxLayout(self.banner).addWidget(self.banner_text)
        self.banner.hide()
        self.pages = QStackedWidget()
        self.pages.setObjectName("mainPages")
        self.home = HomePage(backend, tasks, session, clock)
        self.home.newCaseRequested.connect(self.new_case)
        self.home.caseOpened.connect(self.open_case)
        self.home.approvalOpened.connect(self.open_case)
        self.flowchart = FlowchartView()
        self.audit: AuditViewer | None = None
        self.start_of_day: StartOfDayCheck | None = None
        self.pages.addWidget(self.home)
        self.pages.addWidget(self.flowchart)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.banner)
        column.addWidget(self.pages, 1)
        self.training = TrainingController(self)  # training mode: banner, page, the customer's card
        column.insertWidget(0, self.training.banner)
        self.setCentralWidget(central)

        self.status = SyncStatusBar(backend, tasks, clock)
        self.status.onlineChanged.connect(self._online_changed)
        self.setStatusBar(self.status)
        self._build_actions()
        self.help = HelpController(self)  # F1: help for the step on screen; the manual and FAQ
        from ui.supervision.menu import SupervisionMenu

        self.supervision = SupervisionMenu(self)  # by the permission matrix; needs the real core

        self.lock_screen = LockScreen(backend, tasks, session, self)
        self.lock_screen.unlocked.connect(self._unlocked)
        self.lock_screen.signOutRequested.connect(self.sign_out)
        self.idle = IdleWatcher(idle_minutes, idle_clock) if idle_clock else IdleWatcher(idle_minutes)
        self.idle.setParent(self)
        self.idle.idle.connect(self.lock)
        tasks.sessionLocked.connect(self.lock)
        EnterGoesForward(self)  # Enter on a focused button presses it (Continue to work, New case …)
        self.retranslate()

    def _build_actions(self) -> None:
        def action(
            name: str, shortcut: str | QKeySequence.StandardKey | None, slot: Callable[[], object]
        ) -> QAction:
            act = QAction(self)
            act.setObjectName(name)
            if shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.act_new_case = action("actionNewCase", "Ctrl+N", self.new_case)
        self.act_find = action("actionFind", "Ctrl+F", self.find_case)
        self.act_home = action("actionHome", "Ctrl+H", self.go_home)
        self.act_flowchart = action("actionFlowchart", "F2", self.show_flowchart)
        self.flowchart.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # so that Esc reaches it
        leave = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.flowchart, self.leave_flowchart)
        leave.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.act_audit = action("actionAudit", "F3", self.show_audit)
        self.act_start_of_day = action("actionStartOfDay", "F4", self.show_start_of_day)
        self.act_settings = action("actionSettings", "Ctrl+,", self.open_settings)
        self.act_conflicts = action("actionConflicts", None, self.show_conflicts)
        self.act_lock = action("actionLock", "Ctrl+L", self.lock)
        self.act_password = action("actionChangePassword", None, self.change_password)
        self.act_sign_out = action("actionSignOut", "Ctrl+Shift+Q", self.sign_out)
        for act, needs in (
            (self.act_new_case, Action.OPEN_CASE),
            (self.act_find, Action.VIEW_CASE),
            (self.act_audit, Action.VIEW_AUDIT),
            (self.act_start_of_day, Action.START_OF_DAY_CHECK),
            (self.act_conflicts, Action.RESOLVE_CONFLICT),
        ):
            follow_matrix(act, self.session, needs)
        bar = self.menuBar()
        bar.setObjectName("menuBar")
        self.menu_case = bar.addMenu("")
        self.menu_case.setObjectName("menuCase")
        self.menu_case.addActions([self.act_new_case, self.act_find, self.act_home])
        self.menu_view = bar.addMenu("")
        self.menu_view.setObjectName("menuView")
        self.menu_view.addActions([self.act_flowchart, self.act_audit])
        self.menu_tools = bar.addMenu("")
        self.menu_tools.setObjectName("menuTools")
        self.menu_tools.addActions([self.act_start_of_day, self.act_conflicts, self.act_settings])
        self.menu_tools.addActions([self.training.action, self.training.show_action])
        self.menu_account = bar.addMenu("")
        self.menu_account.setObjectName("menuAccount")
        self.menu_account.addActions([self.act_lock, self.act_password, self.act_sign_out])
        self._locked_actions = [
            self.act_new_case,
            self.act_find,
            self.act_home,
            self.act_flowchart,
            self.act_audit,
            self.act_start_of_day,
            self.act_settings,
            self.act_lock,
            self.act_password,
            self.act_conflicts,
        ]

    def retranslate(self) -> None:
        self.setWindowTitle(tr("Main", "Teller App"))
        self.menu_case.setTitle(tr("Main", "Cas&e"))
        self.menu_view.setTitle(tr("Main", "Vie&w"))
        self.menu_tools.setTitle(tr("Main", "&Tools"))
        self.menu_account.setTitle(tr("Main", "Sessi&on"))
        for act, text in (
            (self.act_new_case, tr("Main", "&New case")),
            (self.act_find, tr("Main", "&Find a case")),
            (self.act_home, tr("Main", "&Home")),
            (self.act_flowchart, tr("Main", "Procedure &flowchart")),
            (self.act_audit, tr("Main", "&Operation record")),
            (self.act_start_of_day, tr("Main", "&Start-of-day check")),
            (self.act_settings, tr("Main", "S&ettings…")),
            (self.act_conflicts, tr("Main", "Sync &conflicts…")),
            (self.act_lock, tr("Main", "&Lock screen")),
            (self.act_password, tr("Main", "&Change password…")),
            (self.act_sign_out, tr("Main", "Sign &out")),
        ):
            act.setText(text)
        self.banner_text.setText(
            tr(
                "Main",
                "Offline: the central database cannot be reached. Keep working — everything is saved on "
                "this computer and syncs when the connection is back.",
            )
        )
        roles = ", ".join(role_label(r.value) for r in self.session.roles)
        self.status.set_user(tr("Main", "{name} ({roles})", name=self.session.display_name, roles=roles))
        if self.session.training_mode:
            self.setWindowTitle(tr("Main", "Teller App — TRAINING MODE"))
        if hasattr(self, "supervision"):
            self.supervision.retranslate()
        self.training.retranslate()
        self.help.retranslate()

    # --- session ---------------------------------------------------------------------------------------

    def start(self) -> None:
        """After sign-in: begin watching for idle, polling sync, and show home."""
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)
        self.idle.start()
        self.status.start()
        self.supervision.start()
        self.go_home()
        warm_up = getattr(self._backend, "warm_up", None)
        if warm_up is not None:
            self._tasks.run(warm_up, on_error=lambda error: None, writes=True)  # it may fill case numbers

    def stop(self) -> None:
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.idle)
        self.idle.stop()
        self.status.stop()
        self.supervision.stop()

    def lock(self) -> None:
        if self.locked:
            return
        self.idle.stop()
        if self.wizard is not None and (unsaved := self.wizard.drafts.unsaved()):
            # The teller walked away: what was typed is kept as a draft before the session locks (in order).
            self.wizard.drafts.keep(unsaved, then=lambda: None)
        self._tasks.run(self._backend.lock, self.session, on_error=lambda error: None, writes=True)
        for act in self._locked_actions:
            act.setEnabled(False)
        self.menuBar().setEnabled(False)
        self.lock_screen.lock()

    def _unlocked(self) -> None:
        for act in self._locked_actions:
            act.setEnabled(permitted(act, self.session))
        self.menuBar().setEnabled(True)
        self.idle.start()

    @property
    def locked(self) -> bool:
        return self.lock_screen.isVisible()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the app with unsaved entries asks first, and keeps them as a draft if the teller wants."""
        if self._closing or self.wizard is None or not self.wizard.drafts.unsaved():
            super().closeEvent(event)
            return
        event.ignore()
        self.wizard.drafts.ask(then=self._close_now)

    def _close_now(self) -> None:
        self._closing = True
        self.close()

    def sign_out(self) -> None:
        """Signing out with unsaved entries asks first (from the lock screen: they were kept on locking)."""
        if not self.locked and self.wizard is not None and self.wizard.drafts.unsaved():
            self.wizard.drafts.ask(then=self._sign_out_now)
            return
        self._sign_out_now()

    def _sign_out_now(self) -> None:
        self._closing = True
        self.stop()
        self._tasks.run(self._backend.sign_out, self.session, on_error=lambda e: None, writes=True)
        self.signedOut.emit()

    def _online_changed(self, online: bool) -> None:
        self.banner.setVisible(not online)

    # --- pages ---------------------------------------------------------------------------------------

    def go_home(self) -> None:
        self.pages.setCurrentWidget(self.home)
        self.home.refresh()
        QTimer.singleShot(300, self.prepare_wizard)

    def find_case(self) -> None:
        self.go_home()
        self.home.search.setFocus()
        self.home.search.selectAll()

    def new_case(self) -> None:
        if self.session.may(Action.OPEN_CASE):
            self._show_wizard(None)

    def open_case(self, case_id: str) -> None:
        self._tasks.run(
            self._backend.load_case,
            self.session,
            case_id,
            on_done=self._show_wizard,
            on_error=lambda error: self.statusBar().showMessage(describe(error), 10_000),
            owner=self,
            busy_text=tr("Main", "Opening the case…"),
        )

    def _build_wizard(self) -> WizardFrame:
        wizard = WizardFrame(self._backend, self._tasks, self.session, self._page_factory, self._clock)
        wizard.closed.connect(self.go_home)
        wizard.caseChanged.connect(self._case_changed)
        self.pages.addWidget(wizard)
        return wizard

    def prepare_wizard(self) -> None:
        """Build the next case's wizard while the teller is on the home page, so New case opens at once."""
        if self._spare is None and not self.locked:
            self._spare = self._build_wizard()

    def _show_wizard(self, case: CaseView | None) -> None:
        if self.wizard is not None:
            self.pages.removeWidget(self.wizard)
            self.wizard.deleteLater()
        self.wizard, self._spare = self._spare or self._build_wizard(), None
        self.wizard.start_case(case)
        self.pages.setCurrentWidget(self.wizard)

    def _case_changed(self, case: CaseView | None) -> None:
        self.flowchart.set_current(Step(case.step) if case else Step.INTAKE)
        self.supervision.case_changed(case)

    def show_flowchart(self) -> None:
        if self.wizard is None:
            self.flowchart.set_current(None)
        case = self.wizard.case if self.wizard is not None else None
        self._tasks.run(
            self._backend.procedure,
            self.session,
            case.case_id if case is not None else None,
            on_done=self.flowchart.set_procedure,
            on_error=lambda error: self.status.showMessage(describe(error), 8000),
            owner=self,
        )
        self._before_flowchart = (
            self.pages.currentWidget() if self.pages.currentWidget() is not self.flowchart else None
        )
        self.pages.setCurrentWidget(self.flowchart)
        self.flowchart.setFocus()

    def leave_flowchart(self) -> None:
        """Esc on the flowchart: back to the open case (or wherever the teller came from)."""
        if self.pages.currentWidget() is not self.flowchart:
            return
        back = getattr(self, "_before_flowchart", None) or self.wizard or self.home
        self.pages.setCurrentWidget(back)

    def show_audit(self) -> None:
        if not self.session.may(Action.VIEW_AUDIT):
            return
        if self.audit is None:
            self.audit = AuditViewer(self._backend, self._tasks, self.session)
            self.pages.addWidget(self.audit)
        self.pages.setCurrentWidget(self.audit)
        self.audit.load()

    def show_start_of_day(self) -> None:
        if self.start_of_day is None:
            self.start_of_day = StartOfDayCheck(self._backend, self._tasks)
            self.start_of_day.proceed.connect(self.go_home)
            self.pages.addWidget(self.start_of_day)
        self.pages.setCurrentWidget(self.start_of_day)
        self.start_of_day.run_checks()

    def open_settings(self) -> None:
        self._tasks.run(
            self._backend.settings,
            on_done=self._settings_loaded,
            owner=self,
            on_error=lambda error: self.statusBar().showMessage(describe(error), 10_000),
        )

    def _settings_loaded(self, current: dict[str, object]) -> None:
        self.settings_dialog = SettingsDialog(self._backend, self._tasks, self.session, current, parent=self)
        self.settings_dialog.saved.connect(self._settings_saved)
        self.settings_dialog.open()

    def _settings_saved(self, changes: dict[str, object]) -> None:
        if "idle_lock_minutes" in changes:
            self.idle.set_minutes(float(str(changes["idle_lock_minutes"])))
        self.settingsSaved.emit(changes)

    def show_conflicts(self) -> None:
        from ui.supervision.conflict_queue import ConflictQueueDialog

        if not self.session.may(Action.RESOLVE_CONFLICT):
            return
        self.conflict_queue = ConflictQueueDialog(self._backend, self._tasks, self.session, parent=self)
        self.conflict_queue.open()
        self.conflict_queue.load()

    def change_password(self) -> None:
        self.password_dialog = PasswordChangeDialog(self._backend, self._tasks, self.session, parent=self)
        self.password_dialog.open()
