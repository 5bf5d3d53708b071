"""One-time codes (TOTP, RFC 6238) that supervisors may need as a second factor when approving."""

from __future__ import annotations

import base64
import secrets
from dataclasses import dataclass
from datetime import datetime

from cryptography.hazmat.primitives.hashes import SHA1
from cryptography.hazmat.primitives.twofactor import InvalidToken
from cryptography.hazmat.primitives.twofactor.totp import TOTP

from teller_app.domain.errors import InputError, RuleError
from teller_app.domain.roles import Role

SECRET_BYTES = 20  # 160 bits, RFC 4226's recommendation
CODE_DIGITS = 6
TIME_STEP_SECONDS = 30
WINDOW_STEPS = 1  # accept the previous and the next code too (clock drift between phone and terminal)
ISSUER = "Teller App"

# Roles that approve cases and therefore use the second factor when `supervisor_totp` is on.
SECOND_FACTOR_ROLES = frozenset({Role.SUPERVISOR, Role.RISK_OFFICER, Role.BRANCH_MANAGER})


def second_factor_required(role: Role, supervisor_totp: bool) -> bool:
    """True when this role must give a one-time code (the `supervisor_totp` setting is on)."""
    return supervisor_totp and role in SECOND_FACTOR_ROLES


def new_secret() -> bytes:
    """A fresh random TOTP secret."""
    return secrets.token_bytes(SECRET_BYTES)


def secret_to_base32(secret: bytes) -> str:
    """The secret as authenticator apps expect it typed in (base32, no padding)."""
    return base64.b32encode(secret).decode("ascii").rstrip("=")


def provisioning_uri(secret: bytes, account_name: str, issuer: str = ISSUER) -> str:
    """The otpauth:// URI that an authenticator app reads from a QR code."""
    return _totp(secret).get_provisioning_uri(account_name, issuer)


@dataclass(frozen=True)
class AcceptedCode:
    """A code that verified, and the time step it belongs to (stored to refuse its replay)."""

    step: int


def time_step(now: datetime) -> int:
    return int(now.timestamp()) // TIME_STEP_SECONDS


def code_at(secret: bytes, now: datetime) -> str:
    """The code an authenticator app shows at `now` (used by tests and the enrolment check)."""
    return _totp(secret).generate(now.timestamp()).decode("ascii")


def verify_code(secret: bytes, code: str, now: datetime, last_used_step: int | None) -> AcceptedCode:
    """Accept `code` within ±1 time step of `now`; refuse a malformed, wrong or already used code."""
    cleaned = "".join(code.split()) if isinstance(code, str) else ""
    if len(cleaned) != CODE_DIGITS or not cleaned.isascii() or not cleaned.isdigit():
        raise InputError("totp.malformed", "The one-time code must be {digits} digits.", digits=CODE_DIGITS)
    totp = _totp(secret)
    current = time_step(now)
    # Check the newest step first, so that a valid code is matched to the latest step it fits.
    for step in range(current + WINDOW_STEPS, current - WINDOW_STEPS - 1, -1):
        try:
            totp.verify(cleaned.encode("ascii"), step * TIME_STEP_SECONDS)
        except InvalidToken:
            continue
        if last_used_step is not None and step <= last_used_step:
            raise RuleError("totp.replayed", "This one-time code was already used. Wait for the next code.")
        return AcceptedCode(step=step)
    raise RuleError("totp.wrong_code", "The one-time code is wrong or has expired.")


def _totp(secret: bytes) -> TOTP:
    return TOTP(secret, CODE_DIGITS, SHA1(), TIME_STEP_SECONDS, enforce_key_length=True)
