"""Signing in at the counter from the local users table: lockout, forced change, idle lock, sign-out."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from auth.helpers import stored_user
from teller_app.domain.errors import InputError, RuleError
from teller_app.domain.passwords import KdfParams, hash_password, parse_stored
from teller_app.domain.permissions import WorkMode
from teller_app.domain.roles import Role
from teller_app.domain.sign_in import Session
from teller_app.services.sign_in import SignInService
from teller_app.services.users import AuthPolicy

GOOD = "Counter-Pass-2026"
NEW = "New-Counter-Pass-7"


@pytest.fixture
def teller(users):
    users.add("wang.li", "teller", GOOD, certified_until=date(2026, 12, 31))
    return "wang.li"


@pytest.fixture
def supervisor(users):
    users.add("liu.zhu", "supervisor", GOOD, certified_until=date(2026, 12, 31))
    return "liu.zhu"


def test_sign_in_works_offline_from_the_local_users_table(sign_in, teller, store, audit):
    # No central database is configured at all: the local users table is enough.
    session = sign_in.sign_in("wang.li", GOOD)
    assert session.role is Role.TELLER and session.terminal == "T01"
    assert session.work_mode is WorkMode.REAL
    [event] = audit("sign_in")
    assert (event.action, event.result, event.user_id) == ("sign_in", "ok", session.user_id)


def test_user_name_is_not_case_sensitive(sign_in, teller):
    assert sign_in.sign_in("Wang.Li", GOOD).username == "wang.li"


def test_first_sign_in_forces_a_password_change_before_any_work(sign_in, teller):
    session = sign_in.sign_in("wang.li", GOOD)
    assert session.must_change_password
    with pytest.raises(RuleError) as caught:
        sign_in.require_usable(session)
    assert caught.value.code == "session.password_change_required"
    sign_in.change_password(session, GOOD, NEW)
    assert sign_in.require_usable(session) is session
    sign_in.sign_out(session)
    assert not sign_in.sign_in("wang.li", NEW).must_change_password


def test_password_change_is_an_audit_event_and_checks_the_policy(sign_in, teller, audit):
    session = sign_in.sign_in("wang.li", GOOD)
    with pytest.raises(InputError) as caught:
        sign_in.change_password(session, GOOD, "short")
    assert caught.value.code == "password.too_short"
    with pytest.raises(RuleError) as caught_same:
        sign_in.change_password(session, GOOD, GOOD)
    assert caught_same.value.code == "password.same_as_old"
    sign_in.change_password(session, GOOD, NEW)
    assert [e.action for e in audit("user.password_changed")] == ["user.password_changed"]


def test_password_change_needs_the_old_password(sign_in, teller):
    session = sign_in.sign_in("wang.li", GOOD)
    with pytest.raises(RuleError) as caught:
        sign_in.change_password(session, "Wrong-Pass-0001", NEW)
    assert caught.value.code == "sign_in.bad_credentials"


def test_uncertified_user_signs_in_to_training_mode_only(sign_in, users):
    users.add("new.hire", "teller", GOOD)
    assert sign_in.sign_in("new.hire", GOOD).work_mode is WorkMode.TRAINING


def test_expired_certification_means_training_mode(sign_in, users, clock):
    users.add("old.hand", "teller", GOOD, certified_until=date(2026, 3, 1))
    assert clock().date() == date(2026, 3, 2)
    assert sign_in.sign_in("old.hand", GOOD).work_mode is WorkMode.TRAINING


def test_wrong_password_is_refused_and_recorded(sign_in, teller, audit):
    with pytest.raises(RuleError) as caught:
        sign_in.sign_in("wang.li", "Wrong-Pass-0001")
    assert caught.value.code == "sign_in.bad_credentials"
    assert caught.value.params["attempts_left"] == 4
    [event] = audit("sign_in.failed")
    assert event.result == "refused" and event.details["reason"] == "wrong_password"


def test_unknown_user_gets_the_same_refusal_and_is_recorded(sign_in, audit):
    with pytest.raises(RuleError) as caught:
        sign_in.sign_in("nobody", GOOD)
    assert caught.value.code == "sign_in.bad_credentials"
    [event] = audit("sign_in.failed")
    assert event.user_id is None and event.details["reason"] == "unknown_user"


def fail(sign_in, username, times):
    for _ in range(times):
        with pytest.raises(RuleError):
            sign_in.sign_in(username, "Wrong-Pass-0001")


def test_fifth_failure_locks_the_user_out_for_fifteen_minutes(sign_in, teller, audit, clock):
    fail(sign_in, "wang.li", 4)
    with pytest.raises(RuleError) as caught:
        sign_in.sign_in("wang.li", "Wrong-Pass-0001")
    assert caught.value.code == "sign_in.locked_out"
    assert caught.value.params["minutes_left"] == 15
    [lockout] = audit("sign_in.locked_out")
    assert lockout.result == "locked"
    # Even the right password is refused during the lockout, with the time left.
    clock.advance(minutes=6)
    with pytest.raises(RuleError) as during:
        sign_in.sign_in("wang.li", GOOD)
    assert during.value.code == "sign_in.locked_out" and during.value.params["minutes_left"] == 9
    assert audit("sign_in.refused")[-1].details["reason"] == "sign_in.locked_out"


def test_lockout_expires_after_fifteen_minutes(sign_in, teller, clock):
    fail(sign_in, "wang.li", 5)
    clock.advance(minutes=14, seconds=59)
    with pytest.raises(RuleError):
        sign_in.sign_in("wang.li", GOOD)
    clock.advance(seconds=1)
    assert sign_in.sign_in("wang.li", GOOD).username == "wang.li"


def test_lockout_settings_come_from_the_configuration(store, users, clock, cheap_kdf):
    from teller_app.config import Config

    config = Config.defaults()
    values = config.as_dict() | {"lockout_failures": 2, "lockout_minutes": 1}
    policy = AuthPolicy.from_config(Config(values, config.paths), kdf=cheap_kdf)
    service = SignInService(store, policy, clock)
    users.add("wang.li", "teller", GOOD)
    fail(service, "wang.li", 1)
    with pytest.raises(RuleError) as caught:
        service.sign_in("wang.li", "Wrong-Pass-0001")
    assert caught.value.code == "sign_in.locked_out" and caught.value.params["minutes_left"] == 1


def test_success_resets_the_failure_count(sign_in, teller):
    fail(sign_in, "wang.li", 4)
    sign_in.sign_in("wang.li", GOOD)
    fail(sign_in, "wang.li", 4)
    sign_in.sign_in("wang.li", GOOD)


def test_administrator_unlock_ends_a_lockout(sign_in, users, teller):
    fail(sign_in, "wang.li", 5)
    users.unlock("wang.li")
    sign_in.sign_in("wang.li", GOOD)


def test_disabled_user_cannot_sign_in(sign_in, users, teller, audit):
    users.disable("wang.li")
    with pytest.raises(RuleError) as caught:
        sign_in.sign_in("wang.li", GOOD)
    assert caught.value.code == "sign_in.disabled"
    assert audit("sign_in.refused")[-1].details["reason"] == "sign_in.disabled"


def test_user_locked_by_an_administrator_cannot_sign_in(sign_in, users, teller, clock):
    users.lock("wang.li")
    clock.advance(days=3)
    with pytest.raises(RuleError) as caught:
        sign_in.sign_in("wang.li", GOOD)
    assert caught.value.code == "sign_in.locked_by_administrator"


def test_hash_is_upgraded_at_sign_in_when_parameters_were_raised(store, users, clock, teller):
    raised = KdfParams(memory_kib=128, iterations=2)
    SignInService(store, AuthPolicy(kdf=raised), clock).sign_in("wang.li", GOOD)
    parsed = parse_stored(stored_user(store, "wang.li").password_hash)
    assert parsed.params.memory_kib == 128 and parsed.params.iterations == 2


# --- the session at the counter -----------------------------------------------------------------


def ready(sign_in, username="wang.li"):
    session = sign_in.sign_in(username, GOOD)
    if session.must_change_password:
        sign_in.change_password(session, GOOD, NEW)
    return session


def test_session_locks_after_five_idle_minutes_and_the_lock_is_recorded(sign_in, teller, clock, audit):
    session = ready(sign_in)
    clock.advance(minutes=4)
    sign_in.touch(session)
    clock.advance(minutes=4, seconds=59)
    assert not sign_in.lock_if_idle(session)
    clock.advance(seconds=1)
    assert sign_in.lock_if_idle(session)
    [event] = audit("session.locked")
    assert event.details["reason"] == "idle" and event.user_id == session.user_id
    with pytest.raises(RuleError) as caught:
        sign_in.require_usable(session)
    assert caught.value.code == "session.locked"


def test_work_on_an_idle_session_locks_it_first(sign_in, teller, clock, audit):
    session = ready(sign_in)
    clock.advance(minutes=5)
    with pytest.raises(RuleError):
        sign_in.require_usable(session)
    assert session.locked and len(audit("session.locked")) == 1


def test_only_the_same_users_password_unlocks(sign_in, teller, supervisor, clock, audit):
    session = ready(sign_in)
    sign_in.lock(session)
    with pytest.raises(RuleError) as caught:
        sign_in.unlock(session, NEW.replace("7", "8"))
    assert caught.value.code == "sign_in.bad_credentials"
    with pytest.raises(RuleError):
        sign_in.unlock(session, GOOD)  # the supervisor's password is not this user's
    assert session.locked
    sign_in.unlock(session, NEW)
    assert not session.locked
    assert [e.action for e in audit("session.")] == ["session.locked", "session.unlocked"]
    assert [e.details["purpose"] for e in audit("sign_in.failed")] == ["unlock", "unlock"]


def test_failed_unlocks_count_towards_the_lockout(sign_in, teller):
    session = ready(sign_in)
    sign_in.lock(session)
    for _ in range(4):
        with pytest.raises(RuleError):
            sign_in.unlock(session, "Wrong-Pass-0001")
    with pytest.raises(RuleError) as caught:
        sign_in.unlock(session, "Wrong-Pass-0001")
    assert caught.value.code == "sign_in.locked_out"
    with pytest.raises(RuleError):
        sign_in.unlock(session, NEW)


def test_supervisor_override_unlocks_and_is_recorded(sign_in, teller, supervisor, audit):
    session = ready(sign_in)
    sign_in.lock(session)
    sign_in.override_unlock(session, "liu.zhu", GOOD)
    assert not session.locked
    [event] = audit("session.override_unlock")
    supervisor_id = sign_in.authenticate("liu.zhu", GOOD).user_id
    assert event.result == "ok" and event.user_id == supervisor_id
    assert event.details["session_user"] == session.user_id
    assert audit("sign_in.override")[0].user_id == supervisor_id


def test_a_teller_cannot_override_another_tellers_lock(sign_in, users, teller, audit):
    users.add("zhao.min", "teller", GOOD)
    session = ready(sign_in)
    sign_in.lock(session)
    with pytest.raises(RuleError) as caught:
        sign_in.override_unlock(session, "zhao.min", GOOD)
    assert caught.value.code == "permission.denied"
    assert session.locked
    assert audit("session.override_unlock")[0].result == "refused"


def test_override_with_a_wrong_supervisor_password_is_refused(sign_in, teller, supervisor):
    session = ready(sign_in)
    sign_in.lock(session)
    with pytest.raises(RuleError) as caught:
        sign_in.override_unlock(session, "liu.zhu", "Wrong-Pass-0001")
    assert caught.value.code == "sign_in.bad_credentials"
    assert session.locked


def test_sign_out_is_recorded_and_clears_the_session_secret(sign_in, teller, audit):
    session = ready(sign_in)
    token = session.token
    sign_in.sign_out(session)
    assert session.signed_out and not any(token) and not sign_in.is_live(session)
    assert [e.action for e in audit("session.signed_out")] == ["session.signed_out"]
    with pytest.raises(RuleError) as caught:
        sign_in.require_usable(session)
    assert caught.value.code == "session.signed_out"


def test_a_session_built_by_hand_is_not_accepted(sign_in, teller, clock):
    real = ready(sign_in)
    forged = Session(
        user_id=real.user_id,
        username=real.username,
        role=Role.SUPERVISOR,
        work_mode=WorkMode.REAL,
        terminal="T01",
        started_at=clock(),
        last_activity=clock(),
        session_id=real.session_id,
    )
    with pytest.raises(RuleError) as caught:
        sign_in.require_usable(forged)
    assert caught.value.code == "session.unknown"


def test_no_password_reaches_the_audit_record(sign_in, teller, audit):
    fail(sign_in, "wang.li", 2)
    session = ready(sign_in)
    sign_in.lock(session)
    sign_in.unlock(session, NEW)
    text = str(audit())
    assert GOOD not in text and NEW not in text and "Wrong-Pass" not in text


def test_damaged_stored_hash_refuses_with_a_typed_error(sign_in, store, teller):
    from teller_app.domain.errors import EnvironmentProblem
    from teller_app.services.user_records import require_user

    with store.unit_of_work() as uow:
        require_user(uow.session, "wang.li").password_hash = "garbage"
    with pytest.raises(EnvironmentProblem):
        sign_in.sign_in("wang.li", GOOD)


def test_production_hash_parameters_are_used_by_default(store, users, clock):
    assert AuthPolicy().kdf.memory_kib >= 19456
    users_default = type(users)(store)  # production policy
    users_default.add("real.user", "teller", GOOD)
    assert (
        parse_stored(stored_user(store, "real.user").password_hash).params
        == parse_stored(hash_password(GOOD)).params
    )


@pytest.mark.parametrize(
    ("username", "password", "code"),
    [
        (None, GOOD, "sign_in.input_invalid"),
        ("wang.li", None, "sign_in.input_invalid"),
        ("   ", GOOD, "sign_in.username_required"),
        ("wang.li", "", "sign_in.password_required"),
        ("w" * 65, GOOD, "sign_in.input_too_long"),
        ("wang.li", "x" * 1025, "sign_in.input_too_long"),
    ],
)
def test_what_cannot_be_a_user_name_or_password_gets_an_input_error(
    sign_in, teller, username, password, code
):
    with pytest.raises(InputError) as caught:
        sign_in.sign_in(username, password)
    assert caught.value.code == code


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(username=st.text(max_size=80), password=st.text(max_size=80))
def test_any_typed_text_gets_a_typed_refusal_never_a_crash(sign_in, teller, username, password):
    from teller_app.domain.errors import TellerError

    try:
        sign_in.sign_in(username, password)
    except TellerError as refusal:
        assert refusal.code.startswith(("sign_in.", "session.")), refusal.code
