"""A supervisor cancels a case with a reason and hands a case over to another teller; both audited, and
attacked: a forged session, a teller trying it, the old holder editing, a cancelled or activated case."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from teller_app.domain.case import CaseStatus
from teller_app.domain.errors import InputError, RuleError
from teller_app.domain.sign_in import Session
from teller_app.services import cases
from teller_app.services.actors import as_actor
from teller_app.services.case_handling import CaseHandling
from teller_app.storage.schema import Case as CaseRow
from teller_app.storage.schema_system import AuditEvent


@pytest.fixture
def clock():
    """A day under procedure 2026.3, the first with standard reasons to cancel or hand over a case."""
    from datetime import UTC, datetime

    from clock_helpers import FakeClock

    return FakeClock(datetime(2027, 1, 4, 1, 0, tzinfo=UTC))


@pytest.fixture
def desk(store, staff):
    return CaseHandling(store, staff.sign_in)


@pytest.fixture
def case_of_zhang(store, staff):
    zhang = as_actor(staff.session("zhang", "teller"))
    return cases.open_case(
        store, zhang, "enterprise_legal_person", "basic", customer_name="北京青松科技有限公司"
    )


def _audit(store, action):
    with store.reading() as db:
        rows = db.scalars(select(AuditEvent).where(AuditEvent.action == action)).all()
        return [
            (r.user_id, store.sealer.open_json(r, "details") if r.details is not None else {}) for r in rows
        ]


def test_supervisor_hands_a_case_over_and_the_new_holder_works_it_the_old_one_no_longer(
    store, staff, desk, case_of_zhang
):
    li = staff.session("li", "teller")
    handed = desk.hand_over(
        staff.session("liu", "supervisor"), case_of_zhang.id, "li", "teller_absent", "病假"
    )
    assert handed.maker == staff.ids["li"] and handed.holders == (staff.ids["zhang"],)
    with store.reading() as db:
        assert db.get(CaseRow, case_of_zhang.id).maker_id == staff.ids["li"]  # synced as a case change
    [(who, details)] = _audit(store, "case.hand_over")
    assert who == staff.ids["liu"]
    assert details == {
        "from_holder": staff.ids["zhang"],
        "to_holder": staff.ids["li"],
        "reason": "teller_absent",
        "note": "病假",
    }
    from teller_app.services import case_lists

    assert [c.case_id for c in case_lists.list_my_cases(store, as_actor(li))] == [case_of_zhang.id]
    cases.save_step(
        store,
        as_actor(li),
        case_of_zhang.id,
        "intake",
        {"customer_name": "北京青松科技有限公司"},
        complete=False,
    )
    with pytest.raises(RuleError) as refused:
        cases.save_step(
            store, as_actor(staff.session("zhang")), case_of_zhang.id, "intake", {}, complete=False
        )
    assert refused.value.code == "case.not_your_case"


def test_supervisor_cancels_another_tellers_case_with_a_standard_reason(store, staff, desk, case_of_zhang):
    cancelled = desk.cancel(
        staff.session("liu", "supervisor"), case_of_zhang.id, "customer_withdrew", "客户来电"
    )
    assert (
        cancelled.status is CaseStatus.CANCELLED and cancelled.cancel_reason == "customer_withdrew: 客户来电"
    )
    [(who, details)] = _audit(store, "case.cancel")
    assert (
        who == staff.ids["liu"]
        and details["holder"] == staff.ids["zhang"]
        and details["reason"] == "customer_withdrew"
    )
    with pytest.raises(RuleError) as refused:  # a cancelled case takes no more edits
        cases.save_step(
            store, as_actor(staff.session("zhang")), case_of_zhang.id, "intake", {}, complete=False
        )
    assert refused.value.code == "case.closed"
    staff.add("li", "teller")
    with pytest.raises(RuleError) as refused:  # nor is it handed over
        desk.hand_over(staff.session("liu"), case_of_zhang.id, "li", "workload")
    assert refused.value.code == "case.closed"


def test_a_teller_cancels_an_own_case_but_never_someone_elses_and_hands_over_nothing(
    store, staff, desk, case_of_zhang
):
    li = staff.session("li", "teller")
    for attempt in (
        lambda: desk.cancel(li, case_of_zhang.id, "customer_withdrew"),
        lambda: desk.hand_over(li, case_of_zhang.id, "li", "workload"),
        lambda: desk.hand_over(staff.session("zhang"), case_of_zhang.id, "li", "workload"),
        lambda: desk.holders(li),
    ):
        with pytest.raises(RuleError) as refused:
            attempt()
        assert refused.value.code == "permission.denied"
    cancelled = desk.cancel(staff.session("zhang"), case_of_zhang.id, "other", "客户信息登记有误，重新受理")
    assert cancelled.status is CaseStatus.CANCELLED


def test_a_forged_session_with_the_supervisor_role_neither_cancels_nor_hands_over(
    store, staff, desk, case_of_zhang
):
    zhang = staff.session("zhang", "teller")
    liu = staff.session("liu", "supervisor")
    forged = Session(
        user_id=liu.user_id,
        username="liu",
        role=liu.role,
        work_mode=liu.work_mode,
        terminal="T01",
        started_at=liu.started_at,
        last_activity=liu.last_activity,
    )
    zhang.role = liu.role  # a teller's live session with its role changed in memory
    for session in (forged, zhang):
        with pytest.raises(RuleError) as refused:
            desk.cancel(
                session, case_of_zhang.id, "customer_withdrew"
            ) if session is forged else desk.hand_over(session, case_of_zhang.id, "liu", "workload")
        assert refused.value.code in ("session.unknown", "permission.denied")
    assert cases.get_case(store, as_actor(liu), case_of_zhang.id).status is CaseStatus.IN_PROGRESS
    assert _audit(store, "case.cancel") == [] and _audit(store, "case.hand_over") == []


def test_reasons_come_from_the_process_definition_and_other_needs_words(store, staff, desk, case_of_zhang):
    liu = staff.session("liu", "supervisor")
    reasons = desk.reasons(liu, case_of_zhang.id)
    assert "customer_withdrew" in {r.code for r in reasons.cancel}
    assert "teller_absent" in {r.code for r in reasons.hand_over}
    for code, note, expected in (
        ("made_up", "", "case.reason_unknown"),
        ("other", "  ", "case.handling_note_required"),
        ("customer_withdrew", "字" * 501, "case.note_too_long"),
    ):
        with pytest.raises(InputError) as refused:
            desk.cancel(liu, case_of_zhang.id, code, note)
        assert refused.value.code == expected
    for name, code in (("nobody", "case.hand_over_unknown_user"), ("sun", "case.hand_over_not_a_holder")):
        staff.add("sun", "reviewer") if name == "sun" else None
        with pytest.raises((InputError, RuleError)) as refused:
            desk.hand_over(liu, case_of_zhang.id, name, "workload")
        assert refused.value.code == code
    assert {h.username for h in desk.holders(liu)} >= {"zhang", "liu"} and "sun" not in {
        h.username for h in desk.holders(liu)
    }


def test_nobody_cancels_an_activated_accounts_case(store, staff, desk, case_of_zhang):
    from dataclasses import replace

    from teller_app.services.case_store import load_case_with_row, save_case

    with store.unit_of_work(user_id=staff.ids["zhang"]) as uow:  # the account was set up and activated
        case, _row = load_case_with_row(uow, case_of_zhang.id)
        save_case(
            uow,
            replace(case, status=CaseStatus.ACTIVE, account={"number": "31001"}, closed_at=uow.clock()),
            case,
        )
    for name, role in (("liu", "supervisor"), ("zhang", "teller")):
        with pytest.raises(RuleError) as refused:
            desk.cancel(staff.session(name, role), case_of_zhang.id, "customer_withdrew")
        assert refused.value.code == "case.closed"
        with pytest.raises(RuleError):
            desk.hand_over(staff.session("liu", "supervisor"), case_of_zhang.id, "liu", "workload")
