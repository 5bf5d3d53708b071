"""One-time codes for supervisors (RFC 6238): window, replay, malformed input."""

from __future__ import annotations

from datetime import timedelta

import pytest

from teller_app.domain.errors import InputError, RuleError
from teller_app.domain.roles import Role
from teller_app.domain.totp import (
    code_at,
    new_secret,
    provisioning_uri,
    second_factor_required,
    secret_to_base32,
    time_step,
    verify_code,
)

# RFC 6238 appendix B test secret (SHA-1) and one of its published values.
RFC_SECRET = b"12345678901234567890"


def test_code_matches_the_rfc_6238_test_vector():
    from datetime import UTC, datetime

    moment = datetime.fromtimestamp(59, tz=UTC)
    assert code_at(RFC_SECRET, moment) == "287082"  # last 6 digits of 94287082


def test_current_code_is_accepted_and_its_step_returned(clock):
    secret = new_secret()
    accepted = verify_code(secret, code_at(secret, clock()), clock(), last_used_step=None)
    assert accepted.step == time_step(clock())


def test_code_from_one_step_before_or_after_is_accepted(clock):
    secret = new_secret()
    verify_code(secret, code_at(secret, clock() - timedelta(seconds=30)), clock(), None)
    verify_code(secret, code_at(secret, clock() + timedelta(seconds=30)), clock(), None)


def test_code_two_steps_old_is_refused(clock):
    secret = new_secret()
    old = code_at(secret, clock() - timedelta(seconds=61))
    with pytest.raises(RuleError) as caught:
        verify_code(secret, old, clock(), None)
    assert caught.value.code == "totp.wrong_code"


def test_replay_of_the_same_code_is_refused(clock):
    secret = new_secret()
    code = code_at(secret, clock())
    first = verify_code(secret, code, clock(), last_used_step=None)
    clock.advance(seconds=10)
    with pytest.raises(RuleError) as caught:
        verify_code(secret, code, clock(), last_used_step=first.step)
    assert caught.value.code == "totp.replayed"


def test_an_older_code_after_a_newer_one_was_used_is_refused(clock):
    secret = new_secret()
    newer = verify_code(secret, code_at(secret, clock()), clock(), None)
    older = code_at(secret, clock() - timedelta(seconds=30))
    with pytest.raises(RuleError) as caught:
        verify_code(secret, older, clock(), last_used_step=newer.step)
    assert caught.value.code == "totp.replayed"


@pytest.mark.parametrize("typed", ["", "12345", "1234567", "12a456", "１２３４５６"])
def test_malformed_code_is_an_input_error(clock, typed):
    with pytest.raises(InputError) as caught:
        verify_code(new_secret(), typed, clock(), None)
    assert caught.value.code == "totp.malformed"


def test_provisioning_uri_names_the_issuer_user_and_secret():
    secret = new_secret()
    uri = provisioning_uri(secret, "zhang.supervisor")
    assert uri.startswith("otpauth://totp/")
    assert "zhang.supervisor" in uri and "issuer=Teller+App" in uri
    assert "secret=" + secret_to_base32(secret) in uri


def test_second_factor_only_for_approvers_and_only_when_configured():
    assert second_factor_required(Role.SUPERVISOR, True)
    assert second_factor_required(Role.RISK_OFFICER, True)
    assert not second_factor_required(Role.TELLER, True)
    assert not second_factor_required(Role.SUPERVISOR, False)
