"""Who may do what: the role × action permission matrix and the certification gate for real work."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from teller_app.domain.errors import RuleError
from teller_app.domain.roles import Role


class Action(StrEnum):
    """Everything a person does in the app; each is an audit action too."""

    # working a case (maker)
    OPEN_CASE = "open_case"
    VIEW_CASE = "view_case"
    EDIT_CASE = "edit_case"
    RECORD_DOCUMENT = "record_document"
    RECORD_OWNERS = "record_owners"
    RATE_RISK = "rate_risk"
    CONFIRM_INTENT = "confirm_intent"
    SIGN_CONTRACT = "sign_contract"
    REQUEST_APPROVAL = "request_approval"
    RESUBMIT = "resubmit"
    CANCEL_CASE = "cancel_case"
    SET_UP_ACCOUNT = "set_up_account"
    ACTIVATE_ACCOUNT = "activate_account"
    IMPORT_APPLICATIONS = "import_applications"
    PRINT_DOCUMENT = "print_document"
    # deciding on a case (checker)
    APPROVE = "approve"
    RETURN_FOR_CORRECTION = "return_for_correction"
    REJECT = "reject"
    # after the case
    POST_REVIEW = "post_review"
    ANSWER_RECTIFICATION = "answer_rectification"  # the teller answers a post-review's 整改通知
    RECORD_SATISFACTION = "record_satisfaction"  # the customer's satisfaction at the end of a case
    # oversight
    VIEW_DASHBOARD = "view_dashboard"
    VIEW_REPORTS = "view_reports"
    VIEW_AUDIT = "view_audit"
    VERIFY_AUDIT = "verify_audit"
    VIEW_BRANCH_CASES = "view_branch_cases"  # every open case of the branch, who holds it, how long
    HAND_OVER_CASE = "hand_over_case"  # give another teller's open case to a teller of the branch
    CANCEL_ANY_CASE = "cancel_any_case"  # cancel (撤销) a case someone else holds, with a reason
    RESOLVE_CONFLICT = "resolve_conflict"
    OVERRIDE_LOCK = "override_lock"
    VIEW_SUGGESTIONS = "view_suggestions"
    ANSWER_SUGGESTION = "answer_suggestion"
    SEND_SUGGESTION = "send_suggestion"
    REPORT_INCIDENT = "report_incident"
    HANDLE_INCIDENT = "handle_incident"  # assess, respond, handle, review an incident
    # running the terminal
    MANAGE_USERS = "manage_users"
    MANAGE_SETTINGS = "manage_settings"
    MANAGE_KEYS = "manage_keys"
    BACK_UP_AND_RESTORE = "back_up_and_restore"
    RUN_SYNC = "run_sync"
    START_OF_DAY_CHECK = "start_of_day_check"


_A = Action

_MAKER = frozenset(
    {
        _A.OPEN_CASE,
        _A.VIEW_CASE,
        _A.EDIT_CASE,
        _A.RECORD_DOCUMENT,
        _A.RECORD_OWNERS,
        _A.RATE_RISK,
        _A.CONFIRM_INTENT,
        _A.SIGN_CONTRACT,
        _A.REQUEST_APPROVAL,
        _A.RESUBMIT,
        _A.CANCEL_CASE,
        _A.SET_UP_ACCOUNT,
        _A.ACTIVATE_ACCOUNT,
        _A.IMPORT_APPLICATIONS,
        _A.PRINT_DOCUMENT,
        _A.ANSWER_RECTIFICATION,
        _A.RECORD_SATISFACTION,
    }
)
_CHECKER = frozenset({_A.APPROVE, _A.RETURN_FOR_CORRECTION, _A.REJECT})
_EVERYONE = frozenset({_A.SEND_SUGGESTION, _A.START_OF_DAY_CHECK, _A.RUN_SYNC, _A.REPORT_INCIDENT})
_OVERSIGHT = frozenset(
    {
        _A.VIEW_DASHBOARD,
        _A.VIEW_REPORTS,
        _A.VIEW_AUDIT,
        _A.VERIFY_AUDIT,
        _A.VIEW_SUGGESTIONS,
    }
)
# Who leads the branch's work (supervisor, branch manager): its open cases, hand-over and cancelling any
# case, sync conflicts, a locked screen, suggestions and incidents.
_BRANCH_LEAD = frozenset(
    {
        _A.VIEW_BRANCH_CASES,
        _A.HAND_OVER_CASE,
        _A.CANCEL_ANY_CASE,
        _A.RESOLVE_CONFLICT,
        _A.OVERRIDE_LOCK,
        _A.ANSWER_SUGGESTION,
        _A.HANDLE_INCIDENT,
    }
)

PERMISSIONS: Mapping[Role, frozenset[Action]] = {
    # 客户经理/柜员: works the case from intake to activation; never decides on it.
    Role.TELLER: _MAKER | _EVERYONE,
    # 主管: works cases too (but never checks their own), decides, watches the branch, resolves conflicts.
    Role.SUPERVISOR: _MAKER | _CHECKER | _OVERSIGHT | _EVERYONE | _BRANCH_LEAD,
    # 风险管理: rates risk and decides on cases (the authority for 高); does not open or run cases.
    Role.RISK_OFFICER: _CHECKER | _OVERSIGHT | _EVERYONE | {_A.VIEW_CASE, _A.RATE_RISK, _A.PRINT_DOCUMENT},
    # 网点负责人: decides on every level, oversees the branch; does not make cases.
    Role.BRANCH_MANAGER: _CHECKER
    | _OVERSIGHT
    | _EVERYONE
    | {
        _A.VIEW_CASE,
        _A.PRINT_DOCUMENT,
        _A.CANCEL_CASE,
    }
    | _BRANCH_LEAD,
    # 事后监督: re-checks finished cases.
    Role.REVIEWER: _EVERYONE
    | {_A.VIEW_CASE, _A.POST_REVIEW, _A.PRINT_DOCUMENT, _A.VIEW_AUDIT, _A.VIEW_REPORTS},
    # 审计: read-only; views and verifies, prints what it views.
    Role.AUDITOR: frozenset(
        {
            _A.VIEW_CASE,
            _A.PRINT_DOCUMENT,
            _A.VIEW_DASHBOARD,
            _A.VIEW_REPORTS,
            _A.VIEW_AUDIT,
            _A.VERIFY_AUDIT,
            _A.START_OF_DAY_CHECK,
        }
    ),
    # 系统管理员: runs the terminal (users, settings, keys, backups); never works or decides a case.
    Role.ADMINISTRATOR: _EVERYONE
    | {
        _A.MANAGE_USERS,
        _A.MANAGE_SETTINGS,
        _A.MANAGE_KEYS,
        _A.BACK_UP_AND_RESTORE,
        _A.VERIFY_AUDIT,
        _A.HANDLE_INCIDENT,
    },
}

# Roles whose work touches real customers' cases: they need a valid certification (培训考核合格).
CASE_WORKING_ROLES: frozenset[Role] = frozenset(
    {Role.TELLER, Role.SUPERVISOR, Role.RISK_OFFICER, Role.BRANCH_MANAGER, Role.REVIEWER}
)


def can(role: Role, action: Action) -> bool:
    """True when the role's post allows the action."""
    return action in PERMISSIONS.get(role, frozenset())


def can_any(roles: Iterable[Role], action: Action) -> bool:
    """True when any of a user's roles allows the action."""
    return any(can(role, action) for role in roles)


def require(role: Role, action: Action) -> None:
    """Refuse with `permission.denied` unless the role allows the action."""
    if not can(role, action):
        raise RuleError(
            "permission.denied",
            "The role {role} may not {action}",
            role=role.value,
            action=action.value,
        )


class WorkMode(StrEnum):
    REAL = "real"  # real customers, real accounts
    TRAINING = "training"  # 模拟操作: watermarked, never synced


@dataclass(frozen=True)
class Certification:
    """培训考核合格: valid through `valid_until` (inclusive); None means never certified."""

    valid_until: date | None = None

    def is_valid(self, today: date) -> bool:
        return self.valid_until is not None and today <= self.valid_until


def work_mode(role: Role, certification: Certification | None, today: date) -> WorkMode:
    """A case-working role without a valid certification works only in training mode.

    Administrators and auditors do not work cases, so certification does not gate what they do.
    """
    if role not in CASE_WORKING_ROLES:
        return WorkMode.REAL
    if certification is not None and certification.is_valid(today):
        return WorkMode.REAL
    return WorkMode.TRAINING


def require_real_work(role: Role, certification: Certification | None, today: date) -> None:
    """Refuse real cases to a user who may only train (uncertified, or the certification expired)."""
    if work_mode(role, certification, today) is WorkMode.REAL:
        return
    valid_until = certification.valid_until if certification is not None else None
    if valid_until is None:
        raise RuleError(
            "permission.not_certified",
            "The role {role} needs a certification to work on real cases; training mode only",
            role=role.value,
        )
    raise RuleError(
        "permission.certification_expired",
        "The certification expired on {valid_until}; training mode only",
        role=role.value,
        valid_until=valid_until.isoformat(),
    )
