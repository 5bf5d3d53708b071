"""Who acts in a service call: the user's id, role and work mode, and the gates every call passes first."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from teller_app.domain.errors import InputError, RuleError
from teller_app.domain.permissions import Action, WorkMode, require
from teller_app.domain.roles import Role


@dataclass(frozen=True)
class Actor:
    """The signed-in person a service acts for. Build one from a sign-in session with `as_actor`."""

    user_id: str
    role: Role
    work_mode: WorkMode = WorkMode.REAL
    name: str = ""  # user name, for printed documents and lists (not personal customer data)

    @property
    def training(self) -> bool:
        return self.work_mode is WorkMode.TRAINING


def as_actor(who: Any) -> Actor:
    """An Actor from an Actor, or from anything with user_id, role, work_mode (the sign-in Session)."""
    if isinstance(who, Actor):
        return who
    user_id = getattr(who, "user_id", None)
    role = getattr(who, "role", None)
    if not isinstance(user_id, str) or not user_id.strip() or role is None:
        raise InputError("session.actor_unknown", "The acting user is not identified")
    try:
        role = Role(role)
        mode = WorkMode(getattr(who, "work_mode", WorkMode.REAL) or WorkMode.REAL)
    except ValueError:
        raise InputError("session.actor_unknown", "The acting user is not identified") from None
    return Actor(user_id=user_id, role=role, work_mode=mode, name=str(getattr(who, "username", "") or ""))


def check_may(actor: Actor, action: Action) -> None:
    """The permission matrix: refuse `permission.denied` when the actor's role may not do `action`."""
    require(actor.role, action)


def check_case_mode(actor: Actor, case_is_training: bool) -> None:
    """A training-mode user works only on training cases (模拟操作), never on a real customer's case."""
    if actor.training and not case_is_training:
        raise RuleError(
            "permission.training_only",
            "In training mode you may work only on training cases",
            role=actor.role.value,
        )
