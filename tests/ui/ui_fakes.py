"""A Backend for UI tests and screenshots: in memory, scripted, with a controllable outcome per call."""

from __future__ import annotations

import json
import threading
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from teller_app.domain.errors import EnvironmentProblem, InputError, RuleError
from teller_app.domain.permissions import Action
from teller_app.domain.roles import Role
from teller_app.domain.steps import ORDER, Step
from ui.backend import (
    Alert,
    AuditFilter,
    AuditRow,
    CaseSummary,
    CaseView,
    ChainVerdict,
    ChecklistRow,
    CheckOutcome,
    CheckResult,
    ConflictRow,
    DecisionView,
    DemoUser,
    DemoWorkspace,
    HomeSummary,
    ProcedureView,
    ScanRow,
    SessionInfo,
    SyncState,
)

# What the real core gives for an owner's record in the summary (codes; the ID number masked).
SAMPLE_OWNER_RECORD = (
    ("sex", "male"),
    ("birth_date", "1980-03-15"),
    ("nationality", "CN"),
    ("id_type", "resident_id"),
    ("id_number", "310101********0014"),
    ("id_valid_from", "2018-03-15"),
    ("id_expiry", "long_term"),
    ("relationship_from", "2020-05-01"),
    ("relationship_until", "ongoing"),
)
NOW = datetime(2026, 11, 27, 9, 30, tzinfo=UTC)

USERS = {
    "teller1": ("Teller-Pass-2026", "王芳", (Role.TELLER,)),
    "super1": ("Super-Pass-2026", "李强", (Role.SUPERVISOR,)),
    "newbie": ("First-Pass-2026", "赵敏", (Role.TELLER,)),
    "auditor1": ("Audit-Pass-2026", "陈静", (Role.AUDITOR,)),
    "admin1": ("Admin-Pass-2026", "周伟", (Role.ADMINISTRATOR,)),
}


def shipped_procedure(version: str) -> ProcedureView:
    from teller_app.services.procedures import definition_by_version
    from ui.core.procedure import procedure_view

    return procedure_view(definition_by_version(version))


class FakeBackend:
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
        open_cases = tuple(
            CaseSummary(
                c.case_id, c.customer_name, c.account_type, c.step, c.status, NOW, case_number=c.case_number
            )
            for c in self.cases.values()
        ) or (
            CaseSummary(
                "c-0001",
                "北京星河科技有限公司",
                "basic",
                "documents",
                "in_progress",
                NOW - timedelta(minutes=8),
                case_number="110108-20261127-T01-0004",
            ),
            CaseSummary(
                "c-0002",
                "上海云帆贸易有限公司",
                "general",
                "risk",
                "in_progress",
                NOW - timedelta(days=1, hours=2),
                case_number="110108-20261126-T01-0011",
            ),
        )
        return HomeSummary(
            open_cases=open_cases,
            returned_cases=(
                CaseSummary(
                    "c-0003",
                    "广州南方餐饮管理有限公司",
                    "basic",
                    "documents",
                    "returned",
                    NOW - timedelta(minutes=40),
                    returned_reasons=("营业执照已过有效期",),
                    case_number="110108-20261127-T01-0002",
                ),
            ),
            pending_approvals=(
                CaseSummary(
                    "c-0004",
                    "深圳前海数据服务有限公司",
                    "basic",
                    "approval",
                    "awaiting_approval",
                    waiting_since=NOW - timedelta(minutes=12),
                    expires_at=NOW + timedelta(hours=23),
                    case_number="110108-20261127-T02-0001",
                ),
            )
            if session.may(Action.APPROVE)
            else (),
            finished_today=(
                CaseSummary(
                    "c-0006",
                    "成都锦江文化传媒有限公司",
                    "general",
                    "account_setup",
                    "active",
                    NOW - timedelta(hours=2),
                    closed_at=NOW - timedelta(hours=2),
                    case_number="110108-20261127-T01-0001",
                ),
            ),
            branch_cases=(
                CaseSummary(
                    "c-0001",
                    "北京星河科技有限公司",
                    "basic",
                    "documents",
                    "in_progress",
                    opened_at=NOW - timedelta(hours=3),
                    step_since=NOW - timedelta(minutes=52),
                    case_number="110108-20261127-T01-0003",
                    holder_name="张晓明",
                ),
            )
            if session.may(Action.VIEW_BRANCH_CASES)
            else (),
            alerts=(
                Alert(
                    "filing_deadline",
                    "c-0005",
                    "today: 2026-11-27",
                    "杭州西湖茶业有限公司",
                    {"due": "2026-11-27", "when": "today"},
                    "urgent",
                ),
                Alert(
                    "overdue_step",
                    "c-0001",
                    "documents: 52 min, SLA 40 min",
                    "北京星河科技有限公司",
                    {"step": "documents", "minutes": 52, "sla_minutes": 40},
                ),
                Alert(
                    "approval_expiring",
                    "c-0004",
                    "expires in 75 min",
                    "深圳前海数据服务有限公司",
                    {"minutes_left": 75, "expired": False},
                ),
                Alert(
                    "high_risk", "c-0002", "high", "上海云帆贸易有限公司", {"risk_level": "high"}, "notice"
                ),
            ),
        )

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

    # --- the wizard's own actions (documents, approval, account setup) ---------------------------------

    def _docs(self, case_id: str) -> dict[str, ChecklistRow]:
        if case_id not in self.documents:
            self.documents[case_id] = {
                code: ChecklistRow(code, zh, en, mandatory, "", "pending")
                for code, zh, en, mandatory in (
                    ("business_licence", "营业执照", "Business licence", True),
                    ("legal_rep_id", "法定代表人身份证件", "Legal representative's ID", True),
                    ("owner_declaration", "受益所有人信息", "Beneficial owner declaration", True),
                    ("power_of_attorney", "授权委托书", "Power of attorney", False),
                )
            }
        return self.documents[case_id]

    def checklist(self, session: SessionInfo, case_id: str) -> list[ChecklistRow]:
        self._call("checklist")
        return list(self._docs(case_id).values())

    def record_document(self, session, case_id, code, decision, reason, original_seen):
        self._call("record_document")
        if decision == "verified" and not original_seen:
            raise RuleError(
                "document.original_not_seen",
                "Item {item} can be verified only after the teller attests that the original was seen",
                item=code,
            )
        row = self._docs(case_id)[code]
        self._docs(case_id)[code] = replace(
            row, decision=decision, reason=reason, original_seen=original_seen
        )
        return self.checklist(session, case_id)

    def attach_scan(self, session, case_id, code, path):
        self._call("attach_scan")
        row = self._docs(case_id)[code]
        self._docs(case_id)[code] = replace(row, scan_count=row.scan_count + 1)
        self.scan_files.append((code, path))
        return self.checklist(session, case_id)

    def scans(self, session, case_id):
        self._call("scans")
        return [ScanRow(f"s{i}", code, "image/png", 10) for i, (code, _) in enumerate(self.scan_files)]

    def scan_content(self, session, case_id, scan_id):
        self._call("scan_content")
        from pathlib import Path

        if scan_id.startswith("scan-"):  # the sample summary's scan: a drawn licence
            return "image/png", sample_scan_png()
        return "image/png", Path(self.scan_files[int(scan_id[1:])][1]).read_bytes()

    def check_step(self, session, case_id, step, entries):
        self._call("check_step")
        case = self.save_step(session, case_id, step, entries, advance=False)
        computed = dict(entries)
        if step == "risk":
            computed.update(
                score=23,
                level="low",
                next_review="2029-11-27",
                limits={"single": "5000000", "daily": "20000000"},
                approver_roles=["supervisor"],
                contributions=[
                    {
                        "factor": "industry",
                        "weight": 25,
                        "points": 13,
                        "explanation": "risk.industry.elevated",
                    }
                ],
            )
        case = replace(case, entries={**case.entries, step: computed}, shown_step=step)
        self.cases[case.case_id] = case
        return case

    def skip_step(self, session, case_id):
        self._call("skip_step")
        return self.save_step(session, case_id, self.cases[case_id].step, {}, advance=True)

    def step_guidance(self, session, case_id):
        return []

    def request_approval(self, session, case_id):
        self._call("request_approval")
        case = replace(self.cases[case_id], status="awaiting_approval")
        self.cases[case_id] = case
        return case

    def decide(self, session, case_id, checker_user, checker_password, decision, reasons):
        self._call("decide")
        known = USERS.get(checker_user)
        if known is None or known[0] != checker_password:
            raise RuleError("sign_in.bad_credentials", "The user name or the password is wrong.")
        if checker_user == session.user_name:
            raise RuleError("approval.own_case", "The maker of a case may not decide on it")
        status = {"approve": "approved", "return": "returned", "reject": "rejected"}[decision]
        self.decisions.append((case_id, checker_user, decision, reasons))
        flat = (
            tuple(f"{step}: {text}" for step, texts in reasons.items() for text in texts)
            if isinstance(reasons, dict)
            else ((reasons,) if reasons else ())
        )
        returned = (
            {step: tuple(texts) for step, texts in reasons.items()} if isinstance(reasons, dict) else {}
        )
        taken = DecisionView(decision, "u-" + checker_user, "supervisor", flat, NOW, checker_name=known[1])
        case = replace(
            self.cases[case_id],
            status=status,
            decisions=(*self.cases[case_id].decisions, taken),
            returned_reasons=returned,
        )
        self.cases[case_id] = case
        return case

    def approval_summary(self, session, case_id):
        self._call("approval_summary")
        return sample_summary(case_id, self.cases[case_id].customer_name if case_id in self.cases else "")

    def set_up_account(self, session, case_id):
        self._call("set_up_account")
        account = {
            "number": "DEMO010000001000",
            "permissions": {"cash_withdrawal": True, "transfers_in": True, "transfers_out": True},
            "limits": {"single": "5000000", "daily": "20000000"},
            "regime": "filing",
            "filing_deadline": "2026-11-27",
        }
        case = replace(self.cases[case_id], step="account_setup", account=account)
        self.cases[case_id] = case
        return case

    def record_regulator_approval(self, session, case_id, number, approved_on):
        self._call("record_regulator_approval")
        account = dict(self.cases[case_id].account or {})
        account["regulator_approval"] = {
            "reference": number,
            "on": approved_on,
            "recorded_by": session.user_id,
        }
        case = replace(self.cases[case_id], account=account)
        self.cases[case_id] = case
        return case

    def record_account_filing(self, session, case_id, reference, filed_on):
        self._call("record_account_filing")
        account = dict(self.cases[case_id].account or {})
        account["filing"] = {"reference": reference, "on": filed_on, "recorded_by": session.user_id}
        case = replace(self.cases[case_id], account=account)
        self.cases[case_id] = case
        return case

    def activate_account(self, session, case_id):
        self._call("activate_account")
        case = replace(self.cases[case_id], status="active")
        self.cases[case_id] = case
        return case

    def render_for_print(self, session, case_id, document, path):
        """A real PDF of the sample case (the documents package), as the core would write it."""
        from pathlib import Path

        from teller_app.documents.render import build
        from teller_app.documents.samples import sample_corporate_sheet

        self._call("render_for_print")
        Path(path).write_bytes(
            build("correction" if document == "flowchart" else document, sample_corporate_sheet())
        )
        return path

    def record_print(self, session, case_id, document, printer, pages, job=None):
        self._call("record_print")
        self.prints.append((case_id, document, printer, pages))

    def printed_documents(self, session, case_id):
        self._call("printed_documents")
        return frozenset(d for c, d, _printer, _pages in self.prints if c == case_id)

    def print_document(self, session, case_id, document, path):
        raise EnvironmentProblem("ui.not_available", "Not available: {function}", function="printing")


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


# Details of the fake operation records, with the keys the core writes for these actions.
FAKE_DETAILS: dict[str, dict[str, object]] = {
    "sign_in": {"purpose": "sign_in"},
    "case.open": {"kind": "enterprise_legal_person", "account_type": "basic", "channel": "counter"},
    "case.save_step": {"step": "identity"},
    "approval.approve": {"level": "medium", "checker_role": "supervisor"},
}


def standard_return_reasons() -> tuple:
    """The shipped procedure's standard return reasons (resources/process), as the core gives them."""
    from teller_app.services.procedures import load_definitions

    return load_definitions()[-1].return_reasons


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


def sample_summary(case_id: str, customer_name: str = ""):
    """A checker's summary as the core builds it (teller_app.services.approval_summary_lines), for screens."""
    from teller_app.services import approval_summary_lines as s

    return s.ApprovalSummary(
        case_id=case_id,
        customer_name=customer_name or "北京星河科技有限公司",
        customer_kind="enterprise_legal_person",
        account_type="basic",
        status="awaiting_approval",
        credit_code="91110108MA01ABCD2X",
        address="北京市海淀区中关村大街 1 号",
        channel="counter",
        present="legal_representative",
        people=(
            s.PersonCheck(
                "legal_representative",
                "王建国",
                "110101********0011",
                "resident_id",
                "match",
                reference="GA-2026-1127-000381",
                photo_compared=True,
            ),
        ),
        documents=(
            s.DocumentLine(
                "business_licence", "营业执照", "Business licence", True, "verified", "", True, ("scan-0001",)
            ),
            s.DocumentLine(
                "legal_rep_id", "法定代表人身份证件", "Legal representative's ID", True, "verified", "", True
            ),
            s.DocumentLine(
                "tax_residency_declaration",
                "税收居民身份声明文件",
                "Tax residency self-certification",
                False,
                "received",
                "",
                False,
            ),
        ),
        owners=(
            s.OwnerLine("王建国", "60.00", ("equity",), record=SAMPLE_OWNER_RECORD),
            s.OwnerLine("陈美华", "40.00", ("equity",), gaps=("birth_date", "nationality")),
        ),
        owner_exemption=False,
        owners_not_required=False,
        risk_level="medium",
        risk_score=31,
        factors=(
            s.FactorLine(
                "industry", 13, 25, "risk.industry.elevated", {"industry": "F5181"}
            ),  # GB/T 4754 贸易代理
            s.FactorLine("customer_kind", 5, 15, "risk.customer_kind", {}),
        ),
        direct_rules=(),
        enhanced_due_diligence=False,
        edd_note="",
        next_review="2028-05-27",
        limits={"single": "2000000", "daily": "10000000"},
        intent={"method": "face_to_face", "confirmed_with": "王建国", "confirmed": True},
        seals=(
            {"kind": "company_seal", "holder": "北京星河科技有限公司"},
            {"kind": "legal_representative_seal", "holder": "王建国"},
        ),
        exceptions=(
            s.Exception_(
                "optional_document_open", {"item": "tax_residency_declaration", "decision": "received"}
            ),
        ),
        steps=(
            s.StepTime("intake", timedelta(minutes=3), 15),
            s.StepTime("documents", timedelta(minutes=19), 15),
        ),
        total_time=timedelta(minutes=38),
        maker_name="王芳",
        requested_at=NOW - timedelta(minutes=4),
        attempt=1,
        decisions=(),
        return_reasons=standard_return_reasons(),
        suggested_return_step="documents",
    )


def sample_scan_png() -> bytes:
    """A small drawn 'business licence' page as PNG bytes (QImage works off the GUI thread)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, Qt
    from PySide6.QtGui import QColor, QImage, QPainter

    image = QImage(420, 300, QImage.Format.Format_RGB32)
    image.fill(QColor("#fbf6e9"))
    painter = QPainter(image)
    painter.setPen(QColor("#8b1a1a"))
    painter.drawRect(QRect(10, 10, 400, 280))
    painter.drawText(QRect(10, 30, 400, 40), Qt.AlignmentFlag.AlignCenter, "BUSINESS LICENCE")
    for y in range(90, 260, 22):
        painter.drawLine(40, y, 380, y)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


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
