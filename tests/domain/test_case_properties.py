"""Any sequence of moves, legal or not, keeps the case consistent; illegal moves only raise typed errors."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from teller_app.domain.account_types import AccountType
from teller_app.domain.case import Case, CaseStatus, approval_still_valid, case_content_hash, open_case
from teller_app.domain.case_approval import (
    activate_account,
    approve,
    reject,
    request_approval,
    resubmit,
    return_for_correction,
    set_up_account,
    withdraw_request,
)
from teller_app.domain.case_moves import (
    advance,
    cancel_case,
    go_back,
    record_document,
    record_risk_level,
    save_step,
    skip_step,
)
from teller_app.domain.case_steps import applicable_steps
from teller_app.domain.customers import CustomerKind
from teller_app.domain.document_decisions import DocumentDecision
from teller_app.domain.errors import TellerError
from teller_app.domain.risk_levels import RiskLevel
from teller_app.domain.roles import Role
from teller_app.domain.steps import Step

T0 = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)
MAKER = "teller-1"
AUTHORITY = {
    RiskLevel.LOW: frozenset({Role.SUPERVISOR, Role.RISK_OFFICER, Role.BRANCH_MANAGER}),
    RiskLevel.MEDIUM: frozenset({Role.SUPERVISOR, Role.RISK_OFFICER, Role.BRANCH_MANAGER}),
    RiskLevel.MEDIUM_HIGH: frozenset({Role.RISK_OFFICER, Role.BRANCH_MANAGER}),
    RiskLevel.HIGH: frozenset({Role.RISK_OFFICER, Role.BRANCH_MANAGER}),
}

# Each move: (name, function of (case, now, value) -> Case). `value` is a small random integer that
# picks among the move's variants, so hypothesis can shrink a failing sequence to a readable one.
CHECKERS = [
    (MAKER, Role.SUPERVISOR),
    ("sup-1", Role.SUPERVISOR),
    ("risk-1", Role.RISK_OFFICER),
    ("t-2", Role.TELLER),
]
MOVES = {
    "save": lambda c, now, v: save_step(c, {"value": v % 3}, complete=v % 4 != 0),
    "document": lambda c, now, v: record_document(c, "ab"[v % 2], list(DocumentDecision)[v % 5]),
    "risk": lambda c, now, v: record_risk_level(c, list(RiskLevel)[v % 4]),
    "advance": lambda c, now, v: advance(c, now=now),
    "skip": lambda c, now, v: skip_step(c, now=now),
    "back": lambda c, now, v: go_back(c, now=now),
    "cancel": lambda c, now, v: cancel_case(c, reason="customer left" if v % 10 == 0 else "", now=now),
    "request": lambda c, now, v: request_approval(
        c, request_id=f"r{v}", requested_by=MAKER, now=now, expiry_hours=2, required_documents=("a",)
    ),
    "resubmit": lambda c, now, v: resubmit(
        c, request_id=f"r{v}", requested_by=MAKER, now=now, expiry_hours=1
    ),
    "withdraw": lambda c, now, v: withdraw_request(c),
    "approve": lambda c, now, v: approve(
        c, checker=CHECKERS[v % 4][0], checker_role=CHECKERS[v % 4][1], authority=AUTHORITY, now=now
    ),
    "return": lambda c, now, v: return_for_correction(
        c,
        checker="sup-1",
        checker_role=Role.SUPERVISOR,
        authority=AUTHORITY,
        reasons={list(Step)[v % 7]: ["fix this"]},
        now=now,
    ),
    "reject": lambda c, now, v: reject(
        c, checker="risk-1", checker_role=Role.RISK_OFFICER, authority=AUTHORITY, reason="no", now=now
    ),
    "set_up": lambda c, now, v: set_up_account(c, {"number": f"acct-{v}"}),
    "activate": lambda c, now, v: activate_account(c, now=now),
}

# The form-filling moves are drawn more often, so that random walks get as far as approval and beyond.
WEIGHTED = sorted(MOVES) + [
    "save",
    "save",
    "save",
    "advance",
    "advance",
    "advance",
    "back",
    "back",
    "document",
    "risk",
]
moves = st.lists(
    st.tuples(
        st.sampled_from(WEIGHTED),
        st.integers(min_value=0, max_value=40),
        st.integers(min_value=0, max_value=30),
    ),
    min_size=10,
    max_size=120,
)


# A legal path for an individual business's basic account, from intake to an active account. Random walks
# start after a random prefix of it, so that they also begin at approval, waiting, approved, set up ….
SCRIPT = [("save", 1), ("advance", 0), ("save", 1), ("advance", 0), ("document", 2), ("document", 7)]
SCRIPT += [("save", 1), ("advance", 0), ("risk", 0), ("save", 1), ("advance", 0), ("save", 1)]
SCRIPT += [("advance", 0), ("save", 1), ("advance", 0), ("request", 1), ("approve", 1), ("advance", 0)]
SCRIPT += [("set_up", 1), ("activate", 0)]


def check_consistent(case: Case) -> None:
    assert case.step in applicable_steps(case.customer_kind, case.account_type)
    assert (case.status is CaseStatus.AWAITING_APPROVAL) == (case.approval_request is not None)
    if case.status in (CaseStatus.APPROVED, CaseStatus.ACTIVE):
        assert approval_still_valid(case)
        assert case.approval is not None and case.approval.checker != case.maker
        assert case.risk_level is not None and case.approval.checker_role in AUTHORITY[case.risk_level]
    else:
        assert case.approval is None
    if case.account is not None:
        assert case.status in (CaseStatus.APPROVED, CaseStatus.ACTIVE)
    if case.status is CaseStatus.ACTIVE:
        assert case.account is not None
    if case.status is CaseStatus.RETURNED:
        assert case.return_reasons
    if case.approval_request is not None:
        assert case.approval_request.content_hash == case_content_hash(case)


@settings(max_examples=400, deadline=None)
@given(
    kind=st.sampled_from([CustomerKind.ENTERPRISE_LEGAL_PERSON, CustomerKind.INDIVIDUAL_BUSINESS]),
    account=st.sampled_from([AccountType.BASIC, AccountType.GENERAL]),
    prefix=st.integers(min_value=0, max_value=len(SCRIPT)),
    sequence=moves,
)
def test_any_sequence_of_moves_keeps_the_case_consistent(kind, account, prefix, sequence):
    case = open_case(
        case_id="case-1", customer_kind=kind, account_type=account, procedure_version="v", maker=MAKER, now=T0
    )
    now = T0
    for name, value in SCRIPT[:prefix]:
        try:
            case = MOVES[name](case, now, value)
        except TellerError:
            pass  # the script fits an individual business's basic account; other cases stop earlier
        check_consistent(case)
    for name, value, minutes in sequence:
        now += timedelta(minutes=minutes)
        before = case
        try:
            case = MOVES[name](case, now, value)
        except TellerError:
            case = before  # a refused move changes nothing
        check_consistent(case)
        if before.status.is_final:
            assert case is before  # a closed case takes no moves at all


def test_the_random_walk_can_reach_every_status():
    """The property above is only worth something if the moves it draws get somewhere: walk one path."""
    case = open_case(
        case_id="c",
        customer_kind=CustomerKind.INDIVIDUAL_BUSINESS,
        account_type=AccountType.BASIC,
        procedure_version="v",
        maker=MAKER,
        now=T0,
    )
    for name, value in SCRIPT:
        case = MOVES[name](case, T0, value)
    assert case.status is CaseStatus.ACTIVE
