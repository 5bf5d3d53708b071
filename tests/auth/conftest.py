"""Fixtures for the sign-in tests: a clock that tests move by hand, cheap hashing parameters, and the staff,
the teller's session and the case waiting for a checker that the dual-control tests share."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import NamedTuple

import pytest
from branch_helpers import give_branch_settings
from clock_helpers import FakeClock

from auth.helpers import CERTIFIED, PASSWORD, case_awaiting_approval, signed_in
from teller_app.domain.passwords import TEST_KDF, KdfParams


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 3, 2, 9, 0, tzinfo=UTC))


@pytest.fixture
def cheap_kdf() -> KdfParams:
    return TEST_KDF


@pytest.fixture
def store(teller_home, clock, new_store_at):
    from teller_app.paths import app_paths
    from teller_app.storage.keystore import fresh_data_keys
    from teller_app.storage.store import TerminalIdentity, open_store

    paths = app_paths().ensure()
    new_store_at(paths.local_store)
    opened = open_store(paths, fresh_data_keys("auth-tests"), TerminalIdentity("310115", "T01"), clock=clock)
    give_branch_settings(opened)  # 乙方, as the first sync brings it from the centre
    yield opened
    opened.close()


@pytest.fixture
def policy(cheap_kdf):
    from teller_app.services.users import AuthPolicy

    return AuthPolicy(kdf=cheap_kdf)


@pytest.fixture
def users(store, policy):
    from teller_app.services.users import UserAdministration

    return UserAdministration(store, policy)


@pytest.fixture
def sign_in(store, policy, clock):
    from teller_app.services.sign_in import SignInService

    return SignInService(store, policy, clock)


@pytest.fixture
def audit(store):
    """The audit events recorded so far, oldest first, as (action, result, user_id, details)."""

    def read(prefix: str = ""):
        from sqlalchemy import select

        from teller_app.storage.schema_system import AuditEvent

        with store.reading() as session:
            rows = session.scalars(select(AuditEvent).order_by(AuditEvent.seq)).all()
            return [
                AuditRecord(
                    row.action,
                    row.result,
                    row.user_id,
                    row.case_id,
                    store.sealer.open_json(row, "details") or {},
                )
                for row in rows
                if row.action.startswith(prefix)
            ]

    return read


# --- dual control: the branch's staff, a teller signed in, a case of theirs waiting for a checker ---


@pytest.fixture
def staff(users):
    for name, role in (
        ("wang.li", "teller"),
        ("zhao.min", "teller"),
        ("liu.zhu", "supervisor"),
        ("chen.risk", "risk_officer"),
        ("sun.boss", "supervisor"),
    ):
        users.add(name, role, PASSWORD, certified_until=CERTIFIED)
    users.add("new.super", "supervisor", PASSWORD)  # not certified: training mode only


@pytest.fixture
def dual(store, sign_in):
    from teller_app.services.dual_control import DualControl

    return DualControl(store, sign_in)


@pytest.fixture
def teller_session(sign_in, staff):
    return signed_in(sign_in, "wang.li")


@pytest.fixture
def waiting_case(store, teller_session):
    from teller_app.services.actors import as_actor

    return case_awaiting_approval(store, as_actor(teller_session))


class AuditRecord(NamedTuple):
    """One audit event as the tests read it."""

    action: str
    result: str
    user_id: str | None
    case_id: str | None
    details: dict
