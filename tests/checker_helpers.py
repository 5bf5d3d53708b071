"""Tests that drive a decision through the services: the checker signs in for it, as at the counter."""

from __future__ import annotations

from datetime import date

from teller_app.domain.passwords import TEST_KDF, hash_password
from teller_app.domain.permissions import WorkMode
from teller_app.services.actors import Actor
from teller_app.services.checkers import Checker
from teller_app.storage.schema_system import User

PASSWORD = "Checker-Pass-2026"


def checker_for(store, actor: Actor) -> Checker:
    """`actor` as a stored user (made when missing, certified unless in training) who authenticates now."""
    from teller_app.services.sign_in import SignInService
    from teller_app.services.users import AuthPolicy

    username = actor.name or actor.user_id
    with store.unit_of_work() as uow:
        row = uow.get(User, actor.user_id)
        if row is None:
            row = uow.new(
                User,
                id=actor.user_id,
                username=username,
                role=actor.role.value,
                failed_count=0,
                disabled=False,
                must_change_password=False,
                password_hash="",
            )
        row.password_hash = hash_password(PASSWORD, TEST_KDF)
        row.certified_until = None if actor.work_mode is WorkMode.TRAINING else date(2099, 12, 31)
        username = row.username
        uow.save(row)
    return SignInService(store, AuthPolicy(kdf=TEST_KDF)).authenticate_checker(username, PASSWORD)
