"""Who the checker is comes only from an authentication inside the approval call: the password and, when the
bank asks for it, a fresh one-time code; never from an Actor or a Checker the caller built."""

from __future__ import annotations

import pytest

from auth.helpers import CERTIFIED, NEW, PASSWORD, case_awaiting_approval, signed_in
from teller_app.domain.case import CaseStatus
from teller_app.domain.errors import RuleError
from teller_app.domain.totp import code_at
from teller_app.services.actors import as_actor
from teller_app.services.dual_control import DualControl
from teller_app.services.sign_in import SignInService
from teller_app.services.user_records import unpack_second_factor
from teller_app.services.users import AuthPolicy

# --- the second factor for supervisors -----------------------------------------------------------


@pytest.fixture
def totp_dual(store, users, clock, cheap_kdf, staff):
    service = SignInService(store, AuthPolicy(kdf=cheap_kdf, supervisor_totp=True), clock)
    enrolment = users.enrol_second_factor("liu.zhu")
    return DualControl(store, service), service, enrolment


def secret_of(store, username):
    from auth.helpers import stored_user

    return unpack_second_factor(store.sealer.open_bytes(stored_user(store, username), "totp_secret"))[0]


def test_supervisor_needs_a_one_time_code_when_configured(totp_dual, store, clock):
    dual, service, _ = totp_dual
    teller = signed_in(service, "wang.li")
    case_id = case_awaiting_approval(store, as_actor(teller))
    with pytest.raises(RuleError) as missing:
        dual.decide_approval(
            case_id, "approve", checker_username="liu.zhu", checker_password=PASSWORD, teller_session=teller
        )
    assert missing.value.code == "totp.required"
    code = code_at(secret_of(store, "liu.zhu"), clock())
    decided = dual.decide_approval(
        case_id,
        "approve",
        checker_username="liu.zhu",
        checker_password=PASSWORD,
        checker_totp=code,
        teller_session=teller,
    )
    assert decided.case.status is CaseStatus.APPROVED


def test_replay_of_a_used_one_time_code_is_refused(totp_dual, store, clock, audit):
    dual, service, _ = totp_dual
    teller = signed_in(service, "wang.li")
    first = case_awaiting_approval(store, as_actor(teller))
    code = code_at(secret_of(store, "liu.zhu"), clock())
    dual.decide_approval(
        first,
        "approve",
        checker_username="liu.zhu",
        checker_password=PASSWORD,
        checker_totp=code,
        teller_session=teller,
    )
    clock.advance(seconds=20)
    other_teller = signed_in(service, "zhao.min")
    second = case_awaiting_approval(store, as_actor(other_teller))
    with pytest.raises(RuleError) as caught:
        dual.decide_approval(
            second,
            "approve",
            checker_username="liu.zhu",
            checker_password=PASSWORD,
            checker_totp=code,
            teller_session=other_teller,
        )
    assert caught.value.code == "totp.replayed"
    assert audit("sign_in.failed")[-1].details["reason"] == "totp.replayed"


def test_decision_from_the_queue_is_confirmed_with_a_fresh_code(totp_dual, store, clock):
    dual, service, _ = totp_dual
    teller = signed_in(service, "wang.li")
    case_id = case_awaiting_approval(store, as_actor(teller))
    secret = secret_of(store, "liu.zhu")
    supervisor = service.sign_in("liu.zhu", PASSWORD, code_at(secret, clock()))
    service.change_password(supervisor, PASSWORD, NEW)
    with pytest.raises(RuleError) as replayed:
        dual.decide_from_queue(
            supervisor, case_id, "approve", password=NEW, totp_code=code_at(secret, clock())
        )
    assert replayed.value.code == "totp.replayed"
    clock.advance(seconds=30)
    decided = dual.decide_from_queue(
        supervisor, case_id, "approve", password=NEW, totp_code=code_at(secret, clock())
    )
    assert decided.case.status is CaseStatus.APPROVED


def test_supervisor_without_an_enrolled_authenticator_is_refused(store, users, clock, cheap_kdf, staff):
    service = SignInService(store, AuthPolicy(kdf=cheap_kdf, supervisor_totp=True), clock)
    with pytest.raises(RuleError) as caught:
        service.sign_in("sun.boss", PASSWORD, "123456")
    assert caught.value.code == "totp.not_enrolled"


# -- the checker comes only from an authentication inside the call, never from a caller-built Actor


def _user_id(store, username):
    from auth.helpers import stored_user

    return stored_user(store, username).id


def test_a_forged_actor_with_a_tellers_id_and_the_supervisor_role_does_not_approve(
    store, teller_session, waiting_case, audit
):
    from teller_app.domain.roles import Role
    from teller_app.services import approvals, cases
    from teller_app.services.actors import Actor

    teller_id = _user_id(store, "zhao.min")
    for forged in (
        Actor(teller_id, Role.SUPERVISOR, name="zhao.min"),
        Actor("no-such-user", Role.SUPERVISOR),
    ):
        with pytest.raises(RuleError) as refused:
            approvals.decide(store, forged, waiting_case, "approve")
        assert refused.value.code == "approval.checker_not_authenticated"
    assert (
        cases.get_case(store, as_actor(teller_session), waiting_case).status is CaseStatus.AWAITING_APPROVAL
    )
    recorded = audit("approval.approve")
    assert [e.result for e in recorded] == ["refused", "refused"] and recorded[0].user_id is None
    assert recorded[0].details["claimed_user"] == teller_id


def test_a_checker_built_by_hand_or_used_twice_does_not_decide(
    store, sign_in, staff, teller_session, waiting_case
):
    from teller_app.domain.roles import Role
    from teller_app.services import approvals
    from teller_app.services.checkers import Checker, mint_checker

    supervisor_id = _user_id(store, "liu.zhu")
    by_hand = Checker(supervisor_id, "liu.zhu", Role.SUPERVISOR, CERTIFIED, b"\0" * 32)
    claimed_role = mint_checker(_user_id(store, "zhao.min"), "zhao.min", Role.SUPERVISOR, CERTIFIED)
    for checker in (by_hand, claimed_role):  # the stored role is a teller's
        with pytest.raises(RuleError) as refused:
            approvals.decide(store, checker, waiting_case, "approve")
        assert refused.value.code == "approval.checker_not_authenticated"
    checker = sign_in.authenticate_checker("liu.zhu", PASSWORD)
    returned = approvals.decide(
        store, checker, waiting_case, "return", {"documents": ["营业执照复印件不清晰"]}
    )
    assert returned.status is CaseStatus.RETURNED
    with pytest.raises(RuleError) as again:
        approvals.decide(store, checker, waiting_case, "reject", "重复使用")
    assert again.value.code == "approval.checker_not_authenticated"
