"""A Backend for UI tests and screenshots: in memory, scripted, with a controllable outcome per call."""

from __future__ import annotations

import json
import threading
from dataclasses import replace
from datetime import timedelta

from fake_case_work import FakeCaseWork
from fake_samples import FAKE_DETAILS, NOW, USERS, sample_home, shipped_procedure, standard_return_reasons

from teller_app.domain.errors import EnvironmentProblem, InputError, RuleError
from teller_app.domain.permissions import Action
from teller_app.domain.roles import Role
from teller_app.domain.steps import ORDER, Step
from ui.backend import (
    AuditFilter,
    AuditRow,
    CaseSummary,
    CaseView,
    ChainVerdict,
    ChecklistRow,
    CheckOutcome,
    CheckResult,
    ConflictRow,
    DemoUser,
    DemoWorkspace,
    HomeSummary,
    ProcedureView,
    SessionInfo,
    SyncState,
)


class FakeBackend(FakeCaseWork):
    """Behaves like the core for the screens. `calls` records (method, thread name) pairs."""

    def __init__(self, configured: bool = True, online: bool = True) -> None:
        self.configured = configured
        self.online = online
        self.calls: list[tuple[str, str]] = []
        self.locked_out_minutes: int | None = None
        self.must_change: set[str] = {"newbie"}
        self.saved_settings: dict[str, object] = {}
        self.language = ""
        self.cases: dict[str, CaseView] = {}
        self.refuse_next_save: Exception | None = None
        self.kept_drafts: dict[str, dict[str, dict]] = {}
        self.documents: dict[str, dict[str, ChecklistRow]] = {}
        self.scan_files: list[tuple[str, str]] = []
        self.decisions: list[tuple[str, str, str, object]] = []
        self.prints: list[tuple[str, str, str, int]] = []
        self.failures: dict[str, int] = {}
        self.gate: threading.Event | None = None  # when set, calls wait for it (to see the busy state)
        self.checks = [
            CheckResult(
                "key_store",
                CheckOutcome.PASS,
                "keys unlocked from the OS key store ({backend})",
                params={"backend": "SecretService Keyring"},
            ),
            CheckResult(
                "local_store",
                CheckOutcome.PASS,
                "{path} opens; integrity_check ok",
                params={"path": "local.sqlite3"},
            ),
            CheckResult(
                "central",
                CheckOutcome.PASS if online else CheckOutcome.FAIL,
                "embedded central database (made at the first sync)",
            ),
            CheckResult("printer", CheckOutcome.WARN, "no print system found: documents go to PDF only"),
            CheckResult("clock", CheckOutcome.PASS, "{time} UTC", params={"time": "2026-11-27 01:30"}),
            CheckResult(
                "disk",
                CheckOutcome.PASS,
                "{free} GiB free in {folder}",
                params={"free": "48.2", "folder": "/home"},
            ),
            CheckResult("version", CheckOutcome.PASS, "Teller App {version}", params={"version": "0.1.0"}),
        ]

    def _call(self, name: str) -> None:
        self.calls.append((name, threading.current_thread().name))
        if self.gate is not None:
            self.gate.wait(10)

    def is_configured(self) -> bool:
        return self.configured

    def create_demo_workspace(self) -> DemoWorkspace:
        self._call("create_demo_workspace")
        self.configured = True
        return DemoWorkspace(
            users=tuple(DemoUser(n, roles[0], pw) for n, (pw, _, roles) in USERS.items() if n != "newbie")
        )

    def sign_in(self, user_name: str, password: str) -> SessionInfo:
        self._call("sign_in")
        if self.locked_out_minutes is not None:
            raise RuleError(
                "sign_in.locked_out",
                "Too many failed sign-ins. Try again in {minutes_left} minutes (at {until}).",
                minutes_left=self.locked_out_minutes,
                until="09:45",
            )
        known = USERS.get(user_name)
        if known is None or known[0] != password:
            self.failures[user_name] = self.failures.get(user_name, 0) + 1
            raise RuleError(
                "sign_in.bad_credentials",
                "The user name or the password is wrong.",
                attempts_left=max(0, 5 - self.failures[user_name]),
            )
        self.failures.pop(user_name, None)
        return self._session(user_name)

    def _session(self, user_name: str) -> SessionInfo:
        _, display, roles = USERS[user_name]
        return SessionInfo(
            user_id=f"id-{user_name}",
            user_name=user_name,
            display_name=display,
            roles=roles,
            must_change_password=user_name in self.must_change,
        )

    def change_password(self, session: SessionInfo, old: str, new: str) -> SessionInfo:
        self._call("change_password")
        if len(new) < 10:
            raise InputError(
                "password.too_short",
                "The password must have at least {min_length} characters.",
                min_length=10,
            )
        self.must_change.discard(session.user_name)
        return self._session(session.user_name)

    def lock(self, session: SessionInfo) -> None:
        self._call("lock")

    def unlock(self, session: SessionInfo, password: str) -> None:
        self._call("unlock")
        if USERS[session.user_name][0] != password:
            raise RuleError("sign_in.bad_credentials", "The user name or the password is wrong.")

    def sign_out(self, session: SessionInfo) -> None:
        self._call("sign_out")

    def start_of_day_checks(self) -> list[CheckResult]:
        self._call("start_of_day_checks")
        return list(self.checks)

    def home(self, session: SessionInfo) -> HomeSummary:
        self._call("home")
        return sample_home(session, self.cases.values())

    def search_cases(self, session: SessionInfo, text: str) -> list[CaseSummary]:
        self._call("search_cases")
        everything = self.home(session).open_cases
        return [c for c in everything if text in c.customer_name]

    def keep_drafts(self, session: SessionInfo, case_id: str | None, entries: dict) -> None:
        self._call("keep_drafts")
        self.kept_drafts.setdefault(case_id or "new", {}).update(entries)

    def drafts(self, session: SessionInfo, case_id: str | None) -> dict:
        self._call("drafts")
        return dict(self.kept_drafts.get(case_id or "new", {}))

    def discard_drafts(self, session: SessionInfo, case_id: str | None) -> None:
        self._call("discard_drafts")
        self.kept_drafts.pop(case_id or "new", None)

    def load_case(self, session: SessionInfo, case_id: str) -> CaseView:
        self._call("load_case")
        if case_id in self.cases:
            return self.cases[case_id]
        return CaseView(
            case_id=case_id,
            customer_name="北京星河科技有限公司",
            customer_kind="enterprise_legal_person",
            account_type="basic",
            step="documents",
            step_started_at=NOW - timedelta(minutes=7),
            sla_minutes={"documents": 15},
            entries={
                "intake": {
                    "customer_kind": "enterprise_legal_person",
                    "account_type": "basic",
                    "customer_name": "北京星河科技有限公司",
                    "channel": "counter",
                    "present": "legal_representative",
                }
            },
            returned_reasons={"documents": ("营业执照已过有效期",)} if case_id == "c-0003" else {},
        )

    def save_step(
        self, session: SessionInfo, case_id: str | None, step: str, entries: dict[str, object], advance: bool
    ) -> CaseView:
        self._call("save_step")
        if self.refuse_next_save is not None:
            error, self.refuse_next_save = self.refuse_next_save, None
            raise error
        if case_id is None:
            case_id = f"case-{len(self.cases) + 1:04d}"
            case = CaseView(
                case_id=case_id,
                customer_name=str(entries.get("customer_name", "")),
                customer_kind=str(entries.get("customer_kind", "")),
                account_type=str(entries.get("account_type", "")),
                step=step,
                step_started_at=NOW,
                sla_minutes={s.value: 15 for s in ORDER},
                return_reasons=standard_return_reasons(),
            )
        else:
            case = self.cases[case_id]
        new_entries = dict(case.entries)
        new_entries[step] = dict(entries)
        following = case.step
        if advance:
            position = Step(step).position
            following = ORDER[min(position + 1, len(ORDER) - 1)].value
        case = replace(case, entries=new_entries, step=following)
        self.cases[case_id] = case
        return case

    def sync_state(self) -> SyncState:
        self._call("sync_state")
        if not self.online:
            return SyncState(
                online=False,
                waiting=3,
                oldest_waiting_since=NOW - timedelta(minutes=42),
                last_sync_at=NOW - timedelta(hours=2),
            )
        return SyncState(online=True, waiting=0, last_sync_at=NOW - timedelta(seconds=20))

    def audit_events(
        self, session: SessionInfo, where: AuditFilter
    ) -> list[AuditRow]:  # as the core writes them
        self._call("audit_events")
        hidden = Role.REVIEWER in session.roles
        rows = [
            AuditRow(1, NOW - timedelta(minutes=30), "teller1", "", "", "sign_in", "ok"),
            AuditRow(2, NOW - timedelta(minutes=29), "teller1", "c-0001-aaaa", "intake", "case.open", "ok"),
            AuditRow(
                3, NOW - timedelta(minutes=20), "teller1", "c-0001-aaaa", "identity", "case.save_step", "ok"
            ),
            AuditRow(
                4, NOW - timedelta(minutes=10), "super1", "c-0004-bbbb", "approval", "approval.approve", "ok"
            ),
        ]
        rows = [
            replace(
                r,
                display_name=USERS[r.user_name][1],
                terminal="T01",
                details="" if hidden else json.dumps(FAKE_DETAILS.get(r.action, {}), ensure_ascii=False),
                details_hidden=hidden,
            )
            for r in reversed(rows)
        ]
        return [
            r
            for r in rows
            if where.user_name in r.user_name
            and where.case_id in r.case_id
            and r.action.startswith(where.action)
            and (where.since is None or r.at >= where.since)
            and (where.until is None or r.at <= where.until)
        ]

    def verify_audit_chain(self, session: SessionInfo) -> ChainVerdict:
        self._call("verify_audit_chain")
        return ChainVerdict(ok=True, events_checked=4)

    def settings(self) -> dict[str, object]:
        self._call("settings")
        return {
            "central_url": "",
            "idle_lock_minutes": 5,
            "printer": self.saved_settings.get("printer", ""),
            "language": self.language or "zh_CN",
        }

    def save_settings(self, session: SessionInfo, changes: dict[str, object]) -> None:
        self._call("save_settings")
        if not session.may(Action.MANAGE_SETTINGS) and set(changes) - {"language"}:
            raise RuleError(
                "permission.denied", "The role {role} may not {action}", role="teller", action="settings"
            )
        self.saved_settings.update(changes)

    def remember_language(self, language: str) -> None:
        self._call("remember_language")
        self.language = language

    def handling_reasons(self, session, case_id):
        """The shipped definition's standard reasons to cancel a case or hand it over."""
        from teller_app.services.procedures import definition_by_version

        self._call("handling_reasons")
        return definition_by_version("2026.2").handling_reasons

    def case_holders(self, session):
        from teller_app.services.case_handling import Holder

        self._call("case_holders")
        return [Holder("id-teller1", "teller1", "王芳"), Holder("id-teller2", "teller2", "李娜")]

    def step_help(self, session, case_id, step, customer_kind, account_type, language):
        """The core's help service on the shipped definition 2026.2 (pure: no store needed)."""
        from teller_app.services import help as help_service
        from teller_app.services.procedures import definition_by_version

        self._call("step_help")
        return help_service.step_help(
            definition_by_version("2026.2"), step, customer_kind, account_type, language
        )

    def manual(self, session, language):
        from teller_app.services import help as help_service
        from teller_app.services.procedures import definition_by_version

        self._call("manual")
        return help_service.manual(definition_by_version("2026.2"), language)

    def write_manual_pdf(self, session, language, path):
        from pathlib import Path

        from teller_app.services import help as help_service
        from teller_app.services.procedures import definition_by_version

        self._call("write_manual_pdf")
        return str(help_service.write_manual_pdf(definition_by_version("2026.2"), language, Path(path)))

    def procedure(self, session: SessionInfo, case_id: str | None) -> ProcedureView:
        """The shipped definition 2026.2 as the core would give it (the flowchart and help read it)."""
        self._call("procedure")
        return shipped_procedure("2026.2")


def _conflict() -> ConflictRow:
    return ConflictRow(
        "k-1",
        "cases",
        "c-0002-aaaa",
        "DEMO01:T02",
        3,
        4,
        NOW - timedelta(minutes=5),
        case_id="c-0002-aaaa",
        case_number="110108-20261126-T01-0011",
    )


FakeBackend.conflict_rows = [_conflict()]


def _conflicts(self, session):
    self._call("conflicts")
    if not session.may(Action.RESOLVE_CONFLICT):
        raise RuleError(
            "permission.denied", "The role {role} may not {action}", role="teller", action="resolve_conflict"
        )
    return list(self.conflict_rows)


def _resolve(self, session, conflict_id, keep):
    self._call("resolve_conflict")
    self.resolved.append((conflict_id, keep))
    self.conflict_rows = [c for c in self.conflict_rows if c.conflict_id != conflict_id]
    return list(self.conflict_rows)


FakeBackend.conflicts = _conflicts
FakeBackend.resolve_conflict = _resolve
FakeBackend.resolved = []


class BrokenBackend(FakeBackend):
    def start_of_day_checks(self) -> list[CheckResult]:
        raise EnvironmentProblem("keystore.locked", "The key store is locked")


def case_awaiting_approval(backend, case_id: str = "case-1") -> CaseView:
    """A corporate basic-account case waiting at the approval step, known to the fake backend."""
    case = CaseView(
        case_id,
        "北京星河科技有限公司",
        "enterprise_legal_person",
        "basic",
        "approval",
        status="awaiting_approval",
        step_started_at=NOW,
        return_reasons=standard_return_reasons(),
    )
    backend.cases[case.case_id] = case
    return case


def pdf_printer(out):
    """A counter printer that prints into the PDF file `out` (what the printer received)."""
    from PySide6.QtPrintSupport import QPrinter

    def printer(_name: str):
        made = QPrinter(QPrinter.PrinterMode.HighResolution)
        made.setResolution(72)
        made.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        made.setOutputFileName(str(out))
        return made

    return printer


def print_agreement_at_counter(qtbot, page) -> None:
    """The teller previews the agreement on the contract page and prints it with F9 (make_printer patched)."""
    from PySide6.QtCore import Qt

    page.print_dialog = None
    page.print_document("agreement")
    qtbot.waitUntil(lambda: page.print_dialog is not None and page.print_dialog.isVisible(), timeout=20_000)
    qtbot.keyClick(page.print_dialog, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: "agreement" in page.printed and page.signed.isEnabled(), timeout=20_000)
