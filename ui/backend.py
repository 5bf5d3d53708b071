"""What the screens ask of the core, as plain data and one Protocol; ui/core/backend.py implements it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any, Protocol

from teller_app.domain.permissions import Action, can_any
from teller_app.domain.roles import Role


@dataclass(frozen=True)
class SessionInfo:
    """Who is signed in on this terminal."""

    user_id: str
    user_name: str
    display_name: str
    roles: tuple[Role, ...]
    training_mode: bool = False
    must_change_password: bool = False
    token: Any = None  # the core's session object, opaque to the UI

    def may(self, action: Action) -> bool:
        """What the core's permission matrix (teller_app/domain/permissions.py) allows this user's roles."""
        return can_any(self.roles, action)


class CheckOutcome(StrEnum):
    PASS = "pass"
    WARN = "warn"
    FAIL = "fail"


@dataclass(frozen=True)
class CheckResult:
    """One line of the start-of-day check: what was checked, the result, and what to do about it."""

    name: str  # key_store, local_store, central, printer, clock, disk, version
    outcome: CheckOutcome
    detail: str = ""  # the core's English template (ui/terminal/check_details.py words it for the teller)
    advice_code: str = ""  # optional: selects a translated "what to do" sentence
    params: dict[str, Any] = field(default_factory=dict)  # the template's values
    error_code: str = ""  # the detail is this core error's message


@dataclass(frozen=True)
class CaseSummary:
    """One line on the home page or in search results."""

    case_id: str
    customer_name: str
    account_type: str
    step: str
    status: str
    updated_at: datetime | None = None
    waiting_since: datetime | None = None
    expires_at: datetime | None = None
    returned_reasons: tuple[str, ...] = ()
    reason_words: tuple[Any, ...] = ()  # the procedure's standard return reasons (ReturnReason), for words
    case_number: str = ""  # 案件编号: what people quote (the UUID stays internal)
    opened_at: datetime | None = None
    step_since: datetime | None = None  # when the case reached its current step
    closed_at: datetime | None = None  # when it was activated, rejected or cancelled
    holder_name: str = ""  # who holds the case (the branch-wide list)
    uniqueness: str = ""  # its account's one-account check: confirmed, to_confirm, clash, cleared


@dataclass(frozen=True)
class Alert:
    """One alert from the core (teller_app.services.alerts); the page words it from kind and params."""

    kind: str  # overdue_step, filing_deadline, duplicate_identifier, expired_identity, expiring_identity, high_risk,
    #            approval_expiring
    case_id: str
    detail: str = ""  # the core's plain-words detail (English): not shown, the page words kind and params
    customer_name: str = ""
    params: dict[str, Any] = field(default_factory=dict)
    severity: str = "warning"  # urgent, warning, notice


@dataclass(frozen=True)
class HomeSummary:
    open_cases: tuple[CaseSummary, ...] = ()
    returned_cases: tuple[CaseSummary, ...] = ()
    pending_approvals: tuple[CaseSummary, ...] = ()
    alerts: tuple[Alert, ...] = ()
    finished_today: tuple[CaseSummary, ...] = ()  # activated, rejected or cancelled today
    branch_cases: tuple[CaseSummary, ...] = ()  # every open case of the branch (supervisors)


@dataclass(frozen=True)
class SyncState:
    """What the status bar shows (fed by the sync engine's status)."""

    online: bool
    waiting: int = 0
    oldest_waiting_since: datetime | None = None
    last_sync_at: datetime | None = None
    conflicts: int = 0
    rejected: int = 0


@dataclass(frozen=True)
class ConflictRow:
    """One edit conflict waiting for a supervisor: both versions are kept whole centrally."""

    conflict_id: str
    entity: str
    entity_id: str
    terminal: str
    base_version: int
    central_version: int
    created_at: datetime
    case_id: str = ""  # the case the record belongs to
    case_number: str = ""  # its 案件编号, when this terminal holds the case


@dataclass(frozen=True)
class AuditRow:
    sequence: int
    at: datetime
    user_name: str
    case_id: str
    step: str
    action: str
    result: str
    display_name: str = ""
    terminal: str = ""
    details: str = ""  # the decrypted details as compact text; empty when the viewer may not read them
    details_hidden: bool = False


@dataclass(frozen=True)
class AuditFilter:
    case_id: str = ""
    user_name: str = ""
    action: str = ""
    since: datetime | None = None
    until: datetime | None = None


@dataclass(frozen=True)
class ChainVerdict:
    ok: bool
    events_checked: int
    first_broken: int | None = None


@dataclass(frozen=True)
class DemoUser:
    user_name: str
    role: Role
    password: str


@dataclass(frozen=True)
class DemoWorkspace:
    users: tuple[DemoUser, ...] = field(default_factory=tuple)
    central_url: str = ""


@dataclass(frozen=True)
class CaseView:
    """A case as the wizard shows it: the current step, entries per step, and what was returned."""

    case_id: str
    customer_name: str
    customer_kind: str
    account_type: str
    step: str
    status: str = "in_progress"
    step_started_at: datetime | None = None
    sla_minutes: dict[str, int] = field(default_factory=dict)
    entries: dict[str, dict[str, object]] = field(default_factory=dict)
    returned_reasons: dict[str, tuple[str, ...]] = field(default_factory=dict)
    training: bool = False
    completed: frozenset[str] = frozenset()  # steps done (or skipped on purpose)
    risk_level: str = ""
    account: dict[str, Any] | None = None  # number, permissions, limits, filing deadline once set up
    decisions: tuple[DecisionView, ...] = ()
    shown_step: str = ""  # when not empty: the step the wizard should show (else the case's step)
    return_reasons: tuple[Any, ...] = ()  # the procedure's standard return reasons (ReturnReason)
    case_number: str = ""  # 案件编号: what people quote (the UUID stays internal)
    services: tuple[Any, ...] = ()  # the services this account may have (service_catalogue.Service)
    id_checks: tuple[IdCheckView, ...] = ()  # the recorded online ID checks (联网核查), one per person
    id_expiry_warning_days: int = 90  # the case's procedure: an ID document expiring this soon warns
    opened_at: datetime | None = None
    closed_at: datetime | None = None  # activated, rejected or cancelled: the case's clock stopped
    warn_credit_code_category_54: bool = True  # the case's procedure: [readings] of credit code 54


@dataclass(frozen=True)
class IdCheckView:
    """One recorded online ID check: who, the answer, its reference, photo compared, when, how, by whom."""

    person: str  # legal_representative, agent, customer
    name: str
    id_number: str
    result: str  # match, mismatch, not_found, unavailable
    reference: str
    photo_compared: bool | None
    checked_at: datetime
    source: str  # manual (the teller's entry from the verification terminal), service
    adapter: str
    recorded_by: str  # display name


@dataclass(frozen=True)
class DecisionView:
    kind: str  # approve, return, reject
    checker_id: str
    checker_role: str
    reasons: tuple[str, ...]
    decided_at: datetime
    checker_name: str = ""


@dataclass(frozen=True)
class ChecklistRow:
    """One required document of the case and what was recorded on it."""

    code: str
    name_zh: str
    name_en: str
    mandatory: bool
    condition: str
    decision: str  # pending, received, verified, needs_revision, rejected
    reason: str = ""
    original_seen: bool = False
    scan_count: int = 0


@dataclass(frozen=True)
class ScanRow:
    scan_id: str
    item_code: str
    media_type: str
    size: int


@dataclass(frozen=True)
class ProcedureView:
    """The process definition in force for a case (or today): its governance and its flowchart boxes."""

    version: str
    title: str
    owner_zh: str
    owner_en: str
    authority_zh: str  # who interprets the procedure (解释部门)
    authority_en: str
    effective_from: date
    change_notes_zh: tuple[str, ...] = ()
    change_notes_en: tuple[str, ...] = ()
    revision_zh: str = ""
    revision_en: str = ""
    supersedes: str = ""
    nodes: tuple[Any, ...] = ()  # teller_app.domain.flow.FlowNode, top to bottom
    published: bool = False  # adopted from the central database (signed), not shipped with the app


@dataclass(frozen=True)
class CustomerItemView:
    label_zh: str
    label_en: str
    text_zh: str
    text_en: str


@dataclass(frozen=True)
class ScenarioView:
    """A training scenario as the training page and the customer card show it (the traps stay hidden)."""

    code: str
    title_zh: str
    title_en: str
    brief_zh: str
    brief_en: str
    documents: tuple[CustomerItemView, ...] = ()
    answers: tuple[CustomerItemView, ...] = ()
    best_percent: int | None = None  # the trainee's best score so far


@dataclass(frozen=True)
class ScoreLine:
    code: str
    met: bool
    points: int
    explain_zh: str
    explain_en: str
    found: str = ""
    kind: str = ""  # document, owner_named, risk_at_least, field_equals, not_approved: how `found` reads


@dataclass(frozen=True)
class ScoreView:
    scenario: str
    percent: int
    passed: bool
    pass_mark: int
    lines: tuple[ScoreLine, ...] = ()


@dataclass(frozen=True)
class AssessmentView:
    code: str
    title_zh: str
    title_en: str
    percent: int
    passed: bool
    pass_mark: int
    scores: dict[str, int] = field(default_factory=dict)
    certified_until: date | None = None


@dataclass(frozen=True)
class TraineeResultView:
    user_name: str
    attempts: int
    best: dict[str, int] = field(default_factory=dict)
    certified_until: date | None = None


class Backend(Protocol):
    """Every call may do I/O: the screens call these through ui.tasks.Tasks, never on the GUI thread.
    Failures are teller_app.domain.errors.TellerError subclasses with a stable code."""

    def is_configured(self) -> bool: ...
    def create_demo_workspace(self) -> DemoWorkspace: ...
    def sign_in(self, user_name: str, password: str) -> SessionInfo: ...
    def change_password(self, session: SessionInfo, old: str, new: str) -> SessionInfo: ...
    def lock(self, session: SessionInfo) -> None: ...
    def unlock(self, session: SessionInfo, password: str) -> None: ...
    def sign_out(self, session: SessionInfo) -> None: ...
    def start_of_day_checks(self) -> list[CheckResult]: ...
    def home(self, session: SessionInfo) -> HomeSummary: ...
    def search_cases(self, session: SessionInfo, text: str) -> list[CaseSummary]: ...
    def sync_state(self) -> SyncState: ...
    def audit_events(self, session: SessionInfo, where: AuditFilter) -> list[AuditRow]: ...
    def verify_audit_chain(self, session: SessionInfo) -> ChainVerdict: ...
    def settings(self) -> dict[str, object]: ...
    def load_case(self, session: SessionInfo, case_id: str) -> CaseView: ...
    def save_step(
        self, session: SessionInfo, case_id: str | None, step: str, entries: dict[str, object], advance: bool
    ) -> CaseView: ...
    def remember_language(self, language: str) -> None: ...
    def conflicts(self, session: SessionInfo) -> list[ConflictRow]: ...
    def resolve_conflict(self, session: SessionInfo, conflict_id: str, keep: str) -> list[ConflictRow]: ...
    def keep_drafts(
        self, session: SessionInfo, case_id: str | None, entries: dict[str, dict[str, object]]
    ) -> None: ...
    def drafts(self, session: SessionInfo, case_id: str | None) -> dict[str, dict[str, object]]: ...
    def discard_drafts(self, session: SessionInfo, case_id: str | None) -> None: ...
    def check_step(
        self, session: SessionInfo, case_id: str, step: str, entries: dict[str, object]
    ) -> CaseView: ...
    def skip_step(self, session: SessionInfo, case_id: str) -> CaseView: ...
    def step_guidance(self, session: SessionInfo, case_id: str) -> list[Any]: ...
    def checklist(self, session: SessionInfo, case_id: str) -> list[ChecklistRow]: ...
    def record_document(
        self, session: SessionInfo, case_id: str, code: str, decision: str, reason: str, original_seen: bool
    ) -> list[ChecklistRow]: ...
    def attach_scan(self, session: SessionInfo, case_id: str, code: str, path: str) -> list[ChecklistRow]: ...
    def scans(self, session: SessionInfo, case_id: str) -> list[ScanRow]: ...
    def scan_content(self, session: SessionInfo, case_id: str, scan_id: str) -> tuple[str, bytes]: ...
    def request_approval(self, session: SessionInfo, case_id: str) -> CaseView: ...
    def approval_summary(self, session: SessionInfo, case_id: str) -> Any: ...
    def decide(
        self,
        session: SessionInfo,
        case_id: str,
        checker_user: str,
        checker_password: str,
        decision: str,
        reasons: dict[str, list[str]] | str,
    ) -> CaseView: ...
    def set_up_account(self, session: SessionInfo, case_id: str) -> CaseView: ...
    def activate_account(self, session: SessionInfo, case_id: str) -> CaseView: ...
    def clear_uniqueness_clash(self, session: SessionInfo, case_id: str, reason: str) -> CaseView: ...
    def record_regulator_approval(
        self, session: SessionInfo, case_id: str, number: str, approved_on: str
    ) -> CaseView: ...
    def record_account_filing(
        self, session: SessionInfo, case_id: str, reference: str, filed_on: str
    ) -> CaseView: ...
    def print_document(self, session: SessionInfo, case_id: str, document: str, path: str) -> str: ...
    def render_for_print(
        self, session: SessionInfo, case_id: str, document: str, path: str
    ) -> object: ...  # the print job, handed back to record_print
    def record_print(
        self,
        session: SessionInfo,
        case_id: str,
        document: str,
        printer: str,
        pages: int,
        job: object = None,
    ) -> None: ...
    def printed_documents(self, session: SessionInfo, case_id: str) -> frozenset[str]: ...
    def save_settings(self, session: SessionInfo, changes: dict[str, object]) -> None: ...
    def procedure(self, session: SessionInfo, case_id: str | None) -> ProcedureView: ...
    def set_training_mode(self, session: SessionInfo, on: bool) -> SessionInfo: ...
    def training_scenarios(self, session: SessionInfo) -> list[ScenarioView]: ...
    def start_scenario(self, session: SessionInfo, code: str) -> CaseView: ...
    def scenario_of_case(self, session: SessionInfo, case_id: str) -> ScenarioView | None: ...
    def score_scenario(self, session: SessionInfo, case_id: str) -> ScoreView: ...
    def take_assessment(self, session: SessionInfo, code: str) -> AssessmentView: ...
    def assessments(self, session: SessionInfo) -> list[AssessmentView]: ...
    def training_results(self, session: SessionInfo) -> list[TraineeResultView]: ...
    def step_help(
        self,
        session: SessionInfo,
        case_id: str | None,
        step: str,
        customer_kind: str,
        account_type: str,
        language: str,
    ) -> Any: ...  # teller_app.services.help.StepHelp
    def manual(self, session: SessionInfo, language: str) -> Any: ...  # teller_app.services.help.Manual
    def write_manual_pdf(self, session: SessionInfo, language: str, path: str) -> str: ...
    def handling_reasons(self, session: SessionInfo, case_id: str) -> Any: ...  # domain HandlingReasons
    def case_holders(self, session: SessionInfo) -> list[Any]: ...  # services.case_handling.Holder
    def cancel_case(self, session: SessionInfo, case_id: str, reason: str, note: str) -> str: ...
    def hand_over_case(
        self, session: SessionInfo, case_id: str, to_user: str, reason: str, note: str
    ) -> str: ...
