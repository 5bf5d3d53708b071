"""The acting user from a sign-in session; a session that names nobody is refused, not guessed."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from teller_app.domain.errors import InputError
from teller_app.domain.permissions import WorkMode
from teller_app.domain.roles import Role
from teller_app.domain.sign_in import Session
from teller_app.services.actors import Actor, as_actor


def test_a_sign_in_session_becomes_the_acting_user():
    now = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    session = Session("u-1", "zhang", Role.TELLER, WorkMode.TRAINING, "T01", now, now)
    assert as_actor(session) == Actor("u-1", Role.TELLER, WorkMode.TRAINING, "zhang")
    assert as_actor(as_actor(session)).training is True


def test_a_session_without_a_user_is_refused():
    class Nobody:
        user_id = ""
        role = "teller"

    with pytest.raises(InputError) as refused:
        as_actor(Nobody())
    assert refused.value.code == "session.actor_unknown"
