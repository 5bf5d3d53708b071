"""Helpers for the service tests: terminal identity, a hand-moved clock, the staff, valid identifiers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from teller_app.domain.identifiers import resident_id_check_character, uscc_check_character
from teller_app.domain.permissions import WorkMode
from teller_app.domain.roles import Role
from teller_app.services.actors import Actor

BRANCH, TERMINAL = "310115", "T01"


@dataclass
class FakeClock:
    """A clock the test moves by hand: no sleeps, no real time."""

    now: datetime

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def people() -> dict[str, Actor]:
    return {
        "teller": Actor("u-teller", Role.TELLER, name="zhang"),
        "teller2": Actor("u-teller2", Role.TELLER, name="li"),
        "supervisor": Actor("u-super", Role.SUPERVISOR, name="liu"),
        "risk": Actor("u-risk", Role.RISK_OFFICER, name="chen"),
        "trainee": Actor("u-trainee", Role.TELLER, WorkMode.TRAINING, name="wang"),
        "auditor": Actor("u-audit", Role.AUDITOR, name="zhao"),
    }


def credit_code(body: str = "91310115MA1K4Y7Q2") -> str:
    """A credit code whose check character is computed, so it is valid by construction."""
    return body + uscc_check_character(body)


def resident_id(body: str = "31010119800315001") -> str:
    return body + resident_id_check_character(body)
