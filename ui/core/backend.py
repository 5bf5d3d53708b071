"""The Backend the app runs on: adapts teller_app's services to the plain data the screens show.

Every method runs on a worker thread (ui.tasks). The store and the services open on first use, so the
sign-in window never waits for SQLAlchemy. Imports of the core happen inside the methods for the same reason.
"""

from __future__ import annotations

import contextlib
import dataclasses
import shutil
import threading
from collections.abc import Callable, Mapping
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from teller_app.config import Config, write_config_file
from teller_app.domain.errors import RuleError, TellerError
from teller_app.paths import AppPaths, app_paths
from ui.core.accounts import AccountCalls
from ui.core.audit import AuditCalls
from ui.core.cases import CaseCalls
from ui.core.conflicts import ConflictCalls
from ui.core.handling import HandlingCalls
from ui.core.help import HelpCalls
from ui.core.printing import PrintCalls
from ui.core.procedure import ProcedureCalls
from ui.core.training import TrainingCalls

if TYPE_CHECKING:  # the sign-in window must not wait for these (bench/startup)
    from teller_app.services.sign_in import SignInService
    from teller_app.services.users import AuthPolicy
    from teller_app.storage.store import Store
    from ui.backend import (
        CheckOutcome,
        CheckResult,
        DemoWorkspace,
        SessionInfo,
        SyncState,
    )

# The storage checks' names → the names the start-of-day screen translates.
_CHECK_NAMES = {"integrity": "local_store", "terminal": "terminal", "migrations": "migrations"}
_OFFLINE_IS_A_WARNING = frozenset({"central", "clock_central"})


class CoreBackend(
    CaseCalls,
    AccountCalls,
    PrintCalls,
    HandlingCalls,
    ProcedureCalls,
    TrainingCalls,
    HelpCalls,
    ConflictCalls,
    AuditCalls,
):
    """`store` and `sign_in` may be given (tests); otherwise they open from the configuration."""

    def __init__(
        self,
        paths: AppPaths | None = None,
        *,
        store: Store | None = None,
        sign_in: SignInService | None = None,
        environ: Mapping[str, str] | None = None,
        clock: Callable[[], datetime] | None = None,
        policy: AuthPolicy | None = None,
    ) -> None:
        self.paths = paths or app_paths(dict(environ) if environ is not None else None)
        self._environ = environ
        self._store = store
        self._sign_in = sign_in
        self._clock = clock or (lambda: datetime.now(UTC))
        self._opening = threading.Lock()
        self._policy = policy
        self._sync_loop: Any = None
        self._sync_engine: Any = None
        self._sandbox: Store | None = None  # the training sandbox, while this session works in training mode

    # --- the core, opened once -------------------------------------------------------------------------

    def config(self) -> Config:
        return Config.load(self.paths, self._environ)

    def store(self) -> Store:
        """The store the screens work on: the training sandbox in training mode, else the terminal's."""
        if self._sandbox is not None:
            return self._sandbox
        return self.real_store()

    def real_store(self) -> Store:
        """The terminal's own store (sign-in, sync, certification and results are always recorded here)."""
        with self._opening:
            if self._store is None:
                from teller_app.storage.store import open_configured_store

                self._store = open_configured_store(self.config(), environ=self._environ)
            return self._store

    def sign_in_service(self) -> SignInService:
        store = self.real_store()
        with self._opening:
            if self._sign_in is None:
                from teller_app.services.sign_in import SignInService
                from teller_app.services.users import AuthPolicy

                self._sign_in = SignInService(store, self._policy or AuthPolicy.from_config(self.config()))
            return self._sign_in

    def warm_up(self) -> None:
        """Open the store and load the services now (on a worker, right after sign-in), so that the first
        step the teller saves does not pay for imports and the first queries."""
        import teller_app.services.account_setup
        import teller_app.services.approvals
        import teller_app.services.case_lists
        import teller_app.services.cases
        import teller_app.services.documents_review
        import teller_app.services.dual_control
        import teller_app.services.printing
        import teller_app.services.search
        import teller_app.services.step_services  # noqa: F401 - imported for their side effect: loaded
        from teller_app.services.case_store import fill_missing_numbers
        from teller_app.services.procedures import effective_definition

        fill_missing_numbers(self.store())  # cases numbered before the plain column: found by number too
        effective_definition(datetime.now(UTC).date())

    def _actor(self, session: SessionInfo) -> Any:
        """The core's acting user for a usable session (refuses a locked or ended one; counts as activity)."""
        from teller_app.services.actors import as_actor

        actor = as_actor(self.sign_in_service().require_usable(session.token))
        if self._sandbox is not None:
            from teller_app.services.training import in_training

            return in_training(actor)
        return actor

    def set_key_store_passphrase(self, passphrase: str) -> None:
        """For a machine with no OS key store: the passphrase typed at the screen, held for this run only."""
        import os

        base = dict(os.environ) if self._environ is None else dict(self._environ)
        base["TELLER_KEYSTORE_PASSPHRASE"] = passphrase
        self._environ = base

    def close(self) -> None:
        self.stop_sync()
        if self._sandbox is not None:
            self._sandbox.close()
        if self._store is not None:
            self._store.close()

    # --- first start and settings --------------------------------------------------------------------

    def is_configured(self) -> bool:
        """Set up by `teller-admin init` or a demo workspace (a config file alone is not enough)."""
        return self.paths.local_store.exists()

    def create_demo_workspace(self) -> DemoWorkspace:
        """The core's demo workspace: keys, store, sample users, embedded central database, numbers."""
        from teller_app.services.workspace import create_demo_workspace
        from ui.backend import DemoUser, DemoWorkspace

        made = create_demo_workspace(self.paths, self._environ, self._policy)
        return DemoWorkspace(
            users=tuple(DemoUser(u.username, u.role, u.password) for u in made.users if u.password),
            central_url=made.central_url,
        )

    # --- the background sync loop --------------------------------------------------------------------

    def start_sync(self) -> None:
        """Start the core's sync loop (a daemon thread); it backs off while the central database is away."""
        from teller_app.sync.engine import SyncEngine
        from teller_app.sync.loop import SyncLoop

        with self._opening:
            if self._sync_loop is not None:
                return
        store, config = self.real_store(), self.config()
        engine = SyncEngine.for_config(store, config)
        loop = SyncLoop(
            _round_then_review(engine, store), interval_seconds=float(config.sync_interval_seconds)
        )
        with self._opening:
            self._sync_engine, self._sync_loop = engine, loop
        loop.start()

    def sync_now(self) -> None:
        if self._sync_loop is not None:
            self._sync_loop.sync_now()

    def stop_sync(self) -> None:
        loop, engine = self._sync_loop, self._sync_engine
        self._sync_loop = self._sync_engine = None
        if loop is not None:
            loop.stop()
        if engine is not None:
            engine.close()

    def sync_state(self) -> SyncState:
        from teller_app.sync.status import sync_status
        from ui.backend import SyncState

        now = self._clock()
        status = sync_status(self.real_store(), now)
        oldest = None
        if status.oldest_waiting_seconds is not None:
            oldest = now - timedelta(seconds=status.oldest_waiting_seconds)
        return SyncState(
            online=status.online,
            waiting=status.waiting,
            oldest_waiting_since=oldest,
            last_sync_at=status.last_sync_at,
            conflicts=status.conflicts,
            rejected=status.rejected,
        )

    def _central(self) -> Any:
        """The central database: the sync loop's connection while it runs, else one opened for the call."""
        from teller_app.sync.central import central_url, connect_central

        if self._sync_engine is not None:
            return self._sync_engine.central
        return connect_central(central_url(str(self.config().central_url), self.paths))

    def settings(self) -> dict[str, object]:
        return self.config().as_dict()

    def start_logging(self) -> None:
        """The log file in the data folder at the configured level (logging.handlers is slow to import:
        the app calls this once its first window is up)."""
        from teller_app.log import setup_logging

        setup_logging(self.paths.logs, str(self.config().log_level))

    def save_settings(self, session: SessionInfo, changes: dict[str, object]) -> None:
        from teller_app.domain.permissions import Action

        if set(changes) - {"language"} and not session.may(Action.MANAGE_SETTINGS):
            raise RuleError(
                "permission.denied",
                "The role {role} may not {action}",
                role=session.roles[0].value,
                action="settings",
            )
        address = str(changes.get("central_url") or "").strip()
        if address:  # checked before it is kept: a mistyped address would stop every sync
            from teller_app.sync.central_address import check_address_to_keep

            check_address_to_keep(address)
        write_config_file(self.paths.config_file, changes)

    def remember_language(self, language: str) -> None:
        if self.paths.config_file.exists():
            write_config_file(self.paths.config_file, {"language": language})

    # --- sign-in and the session ----------------------------------------------------------------------

    def sign_in(self, user_name: str, password: str) -> SessionInfo:
        """An uncertified user works only in training mode: their session opens on the training sandbox."""
        info = _session_info(self.sign_in_service().sign_in(user_name, password))
        if bool(self.config().training_mode):  # a training-room terminal: every session trains
            info = dataclasses.replace(info, training_mode=True)
        if info.training_mode:
            self.enter_sandbox(info)
        return info

    def change_password(self, session: SessionInfo, old: str, new: str) -> SessionInfo:
        return _session_info(self.sign_in_service().change_password(session.token, old, new))

    def lock(self, session: SessionInfo) -> None:
        self.sign_in_service().lock(session.token, reason="idle")

    def unlock(self, session: SessionInfo, password: str) -> None:
        self.sign_in_service().unlock(session.token, password)

    def sign_out(self, session: SessionInfo) -> None:
        if session.token is not None:
            self.sign_in_service().sign_out(session.token)
        self.leave_sandbox()

    # --- start of day, home, search -------------------------------------------------------------------

    def start_of_day_checks(self) -> list[CheckResult]:
        """The core's start-of-day check, the same one `teller-admin doctor` runs, recorded in the audit
        trail. The central database not answering is a warning here: the teller works on offline."""
        from teller_app.services.start_of_day import record_start_of_day, start_of_day_checks
        from ui.backend import CheckOutcome, CheckResult

        checks = start_of_day_checks(self.config(), self._environ)
        with contextlib.suppress(TellerError):
            record_start_of_day(self.store(), checks)
        self.sync_now()

        def outcome(c: Any) -> CheckOutcome:
            if c.ok:
                return CheckOutcome.WARN if c.warning else CheckOutcome.PASS
            return CheckOutcome.WARN if c.name in _OFFLINE_IS_A_WARNING else CheckOutcome.FAIL

        results = [
            CheckResult(
                _CHECK_NAMES.get(c.name, c.name),
                outcome(c),
                c.detail,
                params=dict(c.params),
                error_code=c.error_code,
            )
            for c in checks
        ]
        self._propose_incidents([r.name for r in results if r.outcome is CheckOutcome.FAIL])
        return results

    def supervision(self) -> Any:
        """The supervision services (dashboard, post-review, feedback, incidents, report) over this core."""
        from ui.supervision.calls import SupervisionCalls

        return SupervisionCalls(self)

    def _propose_incidents(self, failed: list[str]) -> None:
        """A failed key store or audit chain check proposes an incident (5.3); the check still reports."""
        if not {"key_store", "audit_chain"} & set(failed):
            return
        try:
            self.supervision().checks_failed(failed)
        except TellerError:
            pass  # no store to record it in (the key store itself failed): the check's result says so


def _session_info(session: Any) -> SessionInfo:
    from teller_app.domain.permissions import WorkMode
    from ui.backend import SessionInfo

    return SessionInfo(
        user_id=session.user_id,
        user_name=session.username,
        display_name=session.display_name or session.username,
        roles=(session.role,),
        training_mode=session.work_mode is WorkMode.TRAINING,
        must_change_password=bool(session.must_change_password),
        token=session,
    )


def disk_free_gb(paths: AppPaths) -> float:
    folder = paths.data if paths.data.exists() else paths.data.anchor or "/"
    return shutil.disk_usage(folder).free / 1e9


def _round_then_review(engine: Any, store: Store) -> Callable[[Callable[[], bool]], Any]:
    """One sync round, then the procedures it brought are verified, adopted or refused (and audited)."""

    def run(should_stop: Callable[[], bool]) -> Any:
        report = engine.run_once(should_stop)
        if getattr(report, "pulled", 0):
            from teller_app.domain.errors import TellerError
            from teller_app.services.procedure_publishing import review_published

            try:
                review_published(store)
            except TellerError as error:  # the next case opened reviews again; the round itself succeeded
                from teller_app.log import get_logger

                get_logger("ui.core_backend").warning("procedure review failed: %s", error.code)
        return report

    return run
