"""Lockout, disabled users, certification and the idle lock, as pure rules with a controllable clock."""

from __future__ import annotations

from datetime import timedelta

import pytest

from teller_app.domain.errors import RuleError
from teller_app.domain.permissions import WorkMode
from teller_app.domain.roles import Role
from teller_app.domain.sign_in import (
    Session,
    SignInPolicy,
    SignInState,
    attempts_left,
    check_may_attempt,
    check_may_work,
    check_session_usable,
    is_idle,
    record_failure,
    record_success,
)

POLICY = SignInPolicy(lockout_failures=5, lockout_minutes=15, idle_lock_minutes=5)


def fail_times(state, times, clock):
    started = False
    for _ in range(times):
        state = check_may_attempt(state, clock())
        state, started = record_failure(state, clock(), POLICY)
    return state, started


def test_four_failures_do_not_lock(clock):
    state, started = fail_times(SignInState(), 4, clock)
    assert not started
    assert attempts_left(state, POLICY) == 1
    check_may_attempt(state, clock())


def test_fifth_failure_locks_for_fifteen_minutes_with_time_left(clock):
    state, started = fail_times(SignInState(), 5, clock)
    assert started
    assert state.locked_until == clock() + timedelta(minutes=15)
    clock.advance(minutes=10, seconds=30)
    with pytest.raises(RuleError) as caught:
        check_may_attempt(state, clock())
    assert caught.value.code == "sign_in.locked_out"
    assert caught.value.params["minutes_left"] == 5
    assert caught.value.params["until"] == "09:15"


def test_lockout_ends_by_itself_and_the_count_starts_again(clock):
    state, _ = fail_times(SignInState(), 5, clock)
    clock.advance(minutes=15)
    state = check_may_attempt(state, clock())
    assert state.failed_attempts == 0 and state.locked_until is None
    state, started = record_failure(state, clock(), POLICY)
    assert not started and state.failed_attempts == 1


def test_lockout_limits_come_from_the_policy(clock):
    policy = SignInPolicy(lockout_failures=2, lockout_minutes=1)
    state, _ = record_failure(SignInState(), clock(), policy)
    state, started = record_failure(state, clock(), policy)
    assert started and state.locked_until == clock() + timedelta(minutes=1)


def test_success_resets_the_failure_count(clock):
    state, _ = fail_times(SignInState(), 4, clock)
    state = record_success(state)
    assert state.failed_attempts == 0
    state, started = fail_times(state, 4, clock)
    assert not started


def test_a_right_password_keeps_the_failures_counted_beside_it(clock):
    state, _ = fail_times(SignInState(), 2, clock)  # the right password's own attempt was the second
    state, _ = fail_times(state, 2, clock)  # two wrong ones claimed while it was being checked
    assert record_success(state, counted_with_this=2).failed_attempts == 2


def test_administrator_lock_does_not_end_by_itself(clock):
    state = SignInState(admin_locked=True)
    clock.advance(days=30)
    with pytest.raises(RuleError) as caught:
        check_may_attempt(state, clock())
    assert caught.value.code == "sign_in.locked_by_administrator"


def test_disabled_user_cannot_sign_in():
    with pytest.raises(RuleError) as caught:
        check_may_work(SignInState(disabled=True))
    assert caught.value.code == "sign_in.disabled"
    check_may_work(SignInState())


def make_session(clock, **changes):
    values = dict(
        user_id="u1",
        username="wang.li",
        role=Role.TELLER,
        work_mode=WorkMode.REAL,
        terminal="T01",
        started_at=clock(),
        last_activity=clock(),
    )
    values.update(changes)
    return Session(**values)


def test_session_locks_after_idle_minutes(clock):
    session = make_session(clock)
    clock.advance(minutes=4, seconds=59)
    assert not is_idle(session, clock(), POLICY)
    check_session_usable(session, clock(), POLICY)
    clock.advance(seconds=1)
    assert is_idle(session, clock(), POLICY)
    with pytest.raises(RuleError) as caught:
        check_session_usable(session, clock(), POLICY)
    assert caught.value.code == "session.locked"


def test_session_awaiting_a_new_password_cannot_work(clock):
    session = make_session(clock, must_change_password=True)
    with pytest.raises(RuleError) as caught:
        check_session_usable(session, clock(), POLICY)
    assert caught.value.code == "session.password_change_required"


def test_session_holds_no_password_and_sign_out_zeros_its_token(clock):
    session = make_session(clock)
    token = session.token
    assert len(token) == 32 and any(token)
    assert {name for name in vars(session) if "pass" in name} == {"must_change_password"}
    session.clear_secrets()
    assert not any(token) and session.token == bytearray()
