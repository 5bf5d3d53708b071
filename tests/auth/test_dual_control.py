"""Dual control: the supervisor authenticates inside the approval call, over the teller's session (the staff,
the teller's session and the waiting case: tests/auth/conftest.py)."""

from __future__ import annotations

import pytest

from auth.helpers import HIGH_RISK, NEW, PASSWORD, case_awaiting_approval, corporate_identity, signed_in
from teller_app.domain.case import CaseStatus
from teller_app.domain.errors import InputError, RuleError
from teller_app.services.actors import as_actor


def test_supervisor_approves_by_dual_sign_in_and_the_teller_stays_signed_in(
    dual, sign_in, teller_session, waiting_case, audit
):
    decided = dual.decide_approval(
        waiting_case,
        "approve",
        checker_username="liu.zhu",
        checker_password=PASSWORD,
        teller_session=teller_session,
    )
    assert decided.case.status is CaseStatus.APPROVED
    assert decided.case.approval.checker == decided.checker_id != teller_session.user_id
    assert decided.case.approval.maker == teller_session.user_id
    # The teller is still signed in; nothing of the supervisor's sign-in became a session.
    assert sign_in.require_usable(teller_session) is teller_session
    assert list(sign_in._live) == [teller_session.session_id]
    [approval] = audit("approval.approve")
    assert (
        approval.result == "ok"
        and approval.user_id == decided.checker_id
        and approval.case_id == waiting_case
    )
    [dual_event] = audit("approval.dual_sign_in")
    assert dual_event.details["signed_in_user"] == teller_session.user_id
    assert dual_event.details["checker"] == decided.checker_id
    assert audit("sign_in.approval")[0].user_id == decided.checker_id


def test_return_for_correction_needs_a_reason_and_is_an_audit_event(
    dual, teller_session, waiting_case, audit
):
    with pytest.raises(RuleError) as caught:
        dual.decide_approval(
            waiting_case,
            "return",
            {},
            checker_username="liu.zhu",
            checker_password=PASSWORD,
            teller_session=teller_session,
        )
    assert caught.value.code in ("approval.reason_required", "case.return_step_invalid")
    decided = dual.decide_approval(
        waiting_case,
        "return",
        {"identity": ["法定代表人电话有误"]},
        checker_username="liu.zhu",
        checker_password=PASSWORD,
        teller_session=teller_session,
    )
    assert decided.case.status is CaseStatus.RETURNED
    assert [e.result for e in audit("approval.return")] == ["refused", "ok"]


def test_rejection_needs_a_reason_and_is_an_audit_event(dual, teller_session, waiting_case, audit):
    with pytest.raises(RuleError) as caught:
        dual.decide_approval(
            waiting_case,
            "reject",
            "  ",
            checker_username="liu.zhu",
            checker_password=PASSWORD,
            teller_session=teller_session,
        )
    assert caught.value.code == "approval.reason_required"
    decided = dual.decide_approval(
        waiting_case,
        "reject",
        "受益所有人信息无法核实",
        checker_username="liu.zhu",
        checker_password=PASSWORD,
        teller_session=teller_session,
    )
    assert decided.case.status is CaseStatus.REJECTED
    assert [e.result for e in audit("approval.reject")] == ["refused", "ok"]


def test_self_approval_is_refused_even_when_the_maker_holds_a_supervisor_role(
    store, sign_in, dual, staff, audit
):
    maker_session = signed_in(sign_in, "sun.boss")  # a supervisor who opened the case as its maker
    case_id = case_awaiting_approval(store, as_actor(maker_session))
    teller_at_screen = signed_in(sign_in, "zhao.min")
    with pytest.raises(RuleError) as caught:
        dual.decide_approval(
            case_id,
            "approve",
            checker_username="sun.boss",
            checker_password=NEW,
            teller_session=teller_at_screen,
        )
    assert caught.value.code == "approval.own_case"
    with pytest.raises(RuleError) as from_queue:
        dual.decide_from_queue(maker_session, case_id, "approve", password=NEW)
    assert from_queue.value.code == "approval.own_case"
    assert [e.result for e in audit("approval.approve")] == ["refused", "refused"]


def test_checker_must_be_another_person_than_the_signed_in_user(sign_in, dual, store, staff):
    supervisor_session = signed_in(sign_in, "liu.zhu")
    maker = signed_in(sign_in, "zhao.min")
    case_id = case_awaiting_approval(store, as_actor(maker))
    with pytest.raises(RuleError) as caught:
        dual.decide_approval(
            case_id,
            "approve",
            checker_username="liu.zhu",
            checker_password=NEW,
            teller_session=supervisor_session,
        )
    assert caught.value.code == "approval.same_person"


def test_checker_whose_authority_is_too_low_is_refused(store, sign_in, dual, teller_session, audit):
    case_id = case_awaiting_approval(store, as_actor(teller_session), risk=HIGH_RISK)
    with pytest.raises(RuleError) as caught:
        dual.decide_approval(
            case_id,
            "approve",
            checker_username="liu.zhu",
            checker_password=PASSWORD,
            teller_session=teller_session,
        )
    assert caught.value.code == "approval.authority_too_low"
    decided = dual.decide_approval(
        case_id,
        "approve",
        checker_username="chen.risk",
        checker_password=PASSWORD,
        teller_session=teller_session,
    )
    assert decided.case.status is CaseStatus.APPROVED


def test_a_teller_cannot_approve_by_dual_sign_in(dual, teller_session, waiting_case):
    with pytest.raises(RuleError) as caught:
        dual.decide_approval(
            waiting_case,
            "approve",
            checker_username="zhao.min",
            checker_password=PASSWORD,
            teller_session=teller_session,
        )
    assert caught.value.code == "permission.denied"


def test_uncertified_supervisor_cannot_decide_a_real_case(dual, teller_session, waiting_case):
    with pytest.raises(RuleError) as caught:
        dual.decide_approval(
            waiting_case,
            "approve",
            checker_username="new.super",
            checker_password=PASSWORD,
            teller_session=teller_session,
        )
    assert caught.value.code == "permission.training_only"


def test_wrong_checker_password_is_refused_counted_and_nothing_decided(
    dual, store, teller_session, waiting_case, audit
):
    from teller_app.services.case_store import load_case

    with pytest.raises(RuleError) as caught:
        dual.decide_approval(
            waiting_case,
            "approve",
            checker_username="liu.zhu",
            checker_password="Wrong-Pass-0001",
            teller_session=teller_session,
        )
    assert caught.value.code == "sign_in.bad_credentials"
    assert load_case(store, waiting_case).status is CaseStatus.AWAITING_APPROVAL
    assert audit("sign_in.failed")[-1].details["purpose"] == "approval"
    assert audit("approval.approve") == []


def test_checker_locked_out_after_five_wrong_passwords(dual, teller_session, waiting_case):
    for _ in range(4):
        with pytest.raises(RuleError):
            dual.decide_approval(
                waiting_case,
                "approve",
                checker_username="liu.zhu",
                checker_password="Wrong-Pass-0001",
                teller_session=teller_session,
            )
    with pytest.raises(RuleError) as caught:
        dual.decide_approval(
            waiting_case,
            "approve",
            checker_username="liu.zhu",
            checker_password="Wrong-Pass-0001",
            teller_session=teller_session,
        )
    assert caught.value.code == "sign_in.locked_out"
    with pytest.raises(RuleError):
        dual.decide_approval(
            waiting_case,
            "approve",
            checker_username="liu.zhu",
            checker_password=PASSWORD,
            teller_session=teller_session,
        )


def test_dual_sign_in_over_a_locked_teller_session_is_refused(dual, sign_in, teller_session, waiting_case):
    sign_in.lock(teller_session)
    with pytest.raises(RuleError) as caught:
        dual.decide_approval(
            waiting_case,
            "approve",
            checker_username="liu.zhu",
            checker_password=PASSWORD,
            teller_session=teller_session,
        )
    assert caught.value.code == "session.locked"


def test_a_change_after_approval_voids_it(store, dual, teller_session, waiting_case):
    from teller_app.domain.case import approval_still_valid
    from teller_app.services import cases
    from teller_app.services.case_store import load_case

    dual.decide_approval(
        waiting_case,
        "approve",
        checker_username="liu.zhu",
        checker_password=PASSWORD,
        teller_session=teller_session,
    )
    assert approval_still_valid(load_case(store, waiting_case))
    teller = as_actor(teller_session)
    cases.go_back(store, teller, waiting_case, "identity")
    changed = corporate_identity(address="上海市黄浦区中山东一路 1 号")
    voided = cases.save_step(store, teller, waiting_case, "identity", changed, complete=True)
    assert voided.status is CaseStatus.IN_PROGRESS and voided.approval is None
    assert not approval_still_valid(load_case(store, waiting_case))


def test_supervisor_decides_from_their_own_queue(sign_in, dual, waiting_case, audit):
    supervisor_session = signed_in(sign_in, "liu.zhu")
    decided = dual.decide_from_queue(supervisor_session, waiting_case, "approve", password=NEW)
    assert decided.case.status is CaseStatus.APPROVED
    assert audit("approval.approve")[0].user_id == supervisor_session.user_id


def test_decision_from_the_queue_needs_a_usable_session(sign_in, dual, waiting_case, clock):
    supervisor_session = signed_in(sign_in, "liu.zhu")
    clock.advance(minutes=6)
    with pytest.raises(RuleError) as caught:
        dual.decide_from_queue(supervisor_session, waiting_case, "approve", password=NEW)
    assert caught.value.code == "session.locked"


def test_unknown_decision_is_an_input_error(dual, teller_session, waiting_case):
    with pytest.raises(InputError):
        dual.decide_approval(
            waiting_case,
            "maybe",
            checker_username="liu.zhu",
            checker_password=PASSWORD,
            teller_session=teller_session,
        )


def test_an_expired_request_cannot_be_decided(dual, sign_in, teller_session, waiting_case, clock):
    from teller_app.config import Config

    clock.advance(hours=Config.load().approval_expiry_hours)
    assert sign_in.lock_if_idle(teller_session)
    sign_in.unlock(teller_session, NEW)
    with pytest.raises(RuleError) as caught:
        dual.decide_approval(
            waiting_case,
            "approve",
            checker_username="liu.zhu",
            checker_password=PASSWORD,
            teller_session=teller_session,
        )
    assert caught.value.code == "approval.request_expired"


def test_every_sign_in_and_approval_event_is_in_one_verified_audit_chain(
    store, sign_in, dual, teller_session, waiting_case, audit, clock
):
    from teller_app.storage.audit import verify_session

    with pytest.raises(RuleError):
        sign_in.sign_in("zhao.min", "Wrong-Pass-0001")
    for _ in range(5):
        with pytest.raises(RuleError):
            sign_in.sign_in("sun.boss", "Wrong-Pass-0001")
    sign_in.lock(teller_session)
    sign_in.unlock(teller_session, NEW)
    sign_in.lock(teller_session)
    sign_in.override_unlock(teller_session, "liu.zhu", PASSWORD)
    dual.decide_approval(
        waiting_case,
        "return",
        {"identity": ["电话有误"]},
        checker_username="liu.zhu",
        checker_password=PASSWORD,
        teller_session=teller_session,
    )
    sign_in.sign_out(teller_session)
    actions = {event.action for event in audit()}
    assert {
        "sign_in",
        "sign_in.failed",
        "sign_in.locked_out",
        "session.locked",
        "session.unlocked",
        "session.override_unlock",
        "approval.return",
        "approval.dual_sign_in",
        "session.signed_out",
    } <= actions
    with store.reading() as session:
        assert all(result.ok for result in verify_session(session))
