"""Lockout under concurrent attempts: each attempt is counted before its password is checked, atomically."""

from __future__ import annotations

import threading
import time
from datetime import date

import pytest

from auth.helpers import stored_user
from teller_app.domain.errors import RuleError
from teller_app.services import authentication

GOOD = "Counter-Pass-2026"
LIMIT = 5  # the default lockout_failures


@pytest.fixture
def teller(users):
    users.add("wang.li", "teller", GOOD, certified_until=date(2026, 12, 31))
    return "wang.li"


@pytest.fixture
def checked(monkeypatch):
    """Counts the passwords actually checked; each check takes a while, as Argon2id does, so attempts overlap."""
    calls: list[str] = []
    real = authentication.verify_password

    def slow_verify(password: str, stored: str) -> bool:
        calls.append(password)
        time.sleep(0.05)
        return real(password, stored)

    monkeypatch.setattr(authentication, "verify_password", slow_verify)
    return calls


def _all_at_once(sign_in, passwords: list[str]) -> list[object]:
    """Every attempt on its own thread, released together; each one's result or error."""
    start = threading.Barrier(len(passwords))
    results: list[object] = [None] * len(passwords)

    def attempt(index: int, password: str) -> None:
        start.wait()
        try:
            results[index] = sign_in.authenticate("wang.li", password)
        except RuleError as refusal:
            results[index] = refusal

    threads = [threading.Thread(target=attempt, args=(i, p)) for i, p in enumerate(passwords)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return results


def test_thirty_concurrent_wrong_passwords_check_no_more_than_the_limit(sign_in, teller, checked, store):
    results = _all_at_once(sign_in, [f"Wrong-Pass-{n:04d}" for n in range(30)])
    assert len(checked) <= LIMIT
    codes = [r.code for r in results if isinstance(r, RuleError)]
    assert len(codes) == 30 and codes.count("sign_in.bad_credentials") == LIMIT - 1
    assert codes.count("sign_in.locked_out") == 30 - (LIMIT - 1)
    row = stored_user(store, teller)
    assert row.failed_count == LIMIT and row.locked_until is not None


def test_the_right_password_among_concurrent_wrong_ones_does_not_sign_in_once_locked(
    sign_in, teller, checked
):
    first = _all_at_once(sign_in, [f"Wrong-Pass-{n:04d}" for n in range(12)])
    assert sum(isinstance(r, RuleError) and r.code == "sign_in.locked_out" for r in first) >= 12 - LIMIT
    checked.clear()
    again = _all_at_once(
        sign_in, [*(f"Wrong-Pass-{n:04d}" for n in range(6)), GOOD, *(f"Wrong-{n:04d}-x" for n in range(6))]
    )
    assert not checked  # locked: not one password was even looked at
    assert all(isinstance(r, RuleError) and r.code == "sign_in.locked_out" for r in again)


def test_a_right_password_in_the_same_burst_signs_in_only_within_the_limit(sign_in, teller, checked):
    results = _all_at_once(sign_in, [GOOD, *(f"Wrong-Pass-{n:04d}" for n in range(11))])
    signed_in = [r for r in results if not isinstance(r, RuleError)]
    if signed_in:  # it was counted among the first LIMIT attempts, so it was checked
        assert GOOD in checked
        before, after = checked[: checked.index(GOOD)], checked[checked.index(GOOD) + 1 :]
        # the right password clears the failures before it; those claimed beside it stay counted
        assert len(before) <= LIMIT - 1 and len(after) <= LIMIT
    else:
        assert GOOD not in checked and len(checked) <= LIMIT
