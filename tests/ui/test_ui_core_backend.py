"""The app's Backend on the real core: demo workspace, sign-in, start-of-day, a case saved and listed."""

from __future__ import annotations

import pytest

from teller_app.domain.errors import RuleError


@pytest.fixture
def demo(demo_workspace):
    return demo_workspace


def _password(demo, user_name):
    return next(u.password for u in demo.users if u.user_name == user_name)


def test_first_start_is_detected_and_the_demo_workspace_makes_the_terminal_usable(core):
    assert not core.is_configured()
    demo = core.create_demo_workspace()
    assert core.is_configured()
    assert {u.role.value for u in demo.users} >= {"teller", "supervisor", "administrator"}
    session = core.sign_in("teller1", _password(demo, "teller1"))
    assert session.user_name == "teller1" and session.display_name == "王芳"
    assert not session.must_change_password and not session.training_mode


def test_wrong_password_is_the_core_refusal_with_its_code(core, demo):
    with pytest.raises(RuleError) as refused:
        core.sign_in("teller1", "not the password")
    assert refused.value.code == "sign_in.bad_credentials"


def test_start_of_day_runs_the_core_checks(core, demo):
    results = {r.name: r.outcome.value for r in core.start_of_day_checks()}
    assert results["key_store"] == "pass"
    assert results["local_store"] == "pass"
    assert results["audit_chain"] == "pass"
    assert {"central", "printer", "clock", "disk", "version"} <= set(results)


def test_a_case_opened_through_the_backend_is_listed_on_the_home_page(core, demo):
    teller = core.sign_in("teller1", _password(demo, "teller1"))
    intake = {
        "customer_kind": "enterprise_legal_person",
        "account_type": "basic",
        "customer_name": "上海云帆贸易有限公司",
        "channel": "counter",
        "present": "legal_representative",
    }
    case = core.save_step(teller, None, "intake", intake, advance=False)
    assert case.customer_name == "上海云帆贸易有限公司"
    assert case.step == "intake" and case.sla_minutes["intake"] > 0
    assert case.entries["intake"]["customer_name"] == "上海云帆贸易有限公司"
    home = core.home(teller)
    assert [c.case_id for c in home.open_cases] == [case.case_id]
    again = core.load_case(teller, case.case_id)
    assert again.entries["intake"]["present"] == "legal_representative"


def test_locked_session_is_refused_until_the_same_password_unlocks_it(core, demo):
    teller = core.sign_in("teller1", _password(demo, "teller1"))
    core.lock(teller)
    with pytest.raises(RuleError) as refused:
        core.home(teller)
    assert refused.value.code == "session.locked"
    with pytest.raises(RuleError):
        core.unlock(teller, _password(demo, "super1"))
    core.unlock(teller, _password(demo, "teller1"))
    assert core.home(teller).open_cases == ()


def test_demo_workspace_is_online_with_its_embedded_central_database(core, demo):
    state = core.sync_state()
    assert state.online is True and state.last_sync_at is not None


def test_audit_chain_verifies_through_the_backend(core, demo):
    supervisor = core.sign_in("super1", _password(demo, "super1"))
    verdict = core.verify_audit_chain(supervisor)
    assert verdict.ok and verdict.events_checked > 5


def test_conflict_queue_is_for_supervisors(core, demo):
    supervisor = core.sign_in("super1", _password(demo, "super1"))
    assert core.conflicts(supervisor) == []
    teller = core.sign_in("teller1", _password(demo, "teller1"))
    with pytest.raises(RuleError) as refused:
        core.conflicts(teller)
    assert refused.value.code == "permission.denied"


def test_operation_record_lists_through_the_core_with_filters(core, demo):
    from ui.backend import AuditFilter

    supervisor = core.sign_in("super1", _password(demo, "super1"))
    everything = core.audit_events(supervisor, AuditFilter())
    assert everything and everything[0].sequence >= everything[-1].sequence
    mine = core.audit_events(supervisor, AuditFilter(user_name="super1"))
    assert mine and {r.user_name for r in mine} == {"super1"}
    assert mine[0].display_name and not mine[0].details_hidden
    assert core.audit_events(supervisor, AuditFilter(user_name="nobody")) == []
    signed_in = core.audit_events(supervisor, AuditFilter(action="sign_in"))
    assert signed_in and all(r.action.startswith("sign_in") for r in signed_in)
    teller = core.sign_in("teller1", _password(demo, "teller1"))
    with pytest.raises(RuleError) as refused:
        core.audit_events(teller, AuditFilter())
    assert refused.value.code == "permission.denied"


def test_home_alerts_come_from_the_core(core, demo):
    from datetime import timedelta

    teller = core.sign_in("teller1", _password(demo, "teller1"))
    intake = {
        "customer_kind": "enterprise_legal_person",
        "account_type": "basic",
        "customer_name": "上海云帆贸易有限公司",
        "channel": "counter",
        "present": "legal_representative",
    }
    case = core.save_step(teller, None, "intake", intake, advance=False)
    store = core.store()
    real_clock = store.clock
    store.clock = lambda: real_clock() + timedelta(days=1)
    try:
        alerts = core.home(teller).alerts
    finally:
        store.clock = real_clock
    assert [(a.kind, a.case_id, a.customer_name) for a in alerts] == [
        ("overdue_step", case.case_id, "上海云帆贸易有限公司")
    ]
    assert alerts[0].params["step"] == "intake"
