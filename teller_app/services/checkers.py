"""The checker of a decision, as proved by an authentication inside the call: minted once, taken once.

Services that decide on someone else's work (approve, return, reject; post-review findings) never take
the checker from a caller-built `Actor`, which anyone can make with any user id and role. They take a
`Checker`, which only `SignInService.authenticate_checker` mints, right after the password (and the
one-time code where required) was checked, and they turn it into the acting user with `take_checker`:

    checker = sign_in.authenticate_checker(username, password, totp_code)     # inside the service call
    actor = take_checker(store, checker)                                       # first thing the service does

`take_checker` refuses a Checker that was not minted here or was used already (one authentication, one
decision), and one whose user is not in the users table with that role, or is disabled; the role and the
work mode come from the stored row, not from the Checker. DualControl (dual_control.py) is the path the
UI uses; a new deciding service follows the same two lines.
"""

from __future__ import annotations

import hmac
import secrets
import threading
from dataclasses import dataclass, field
from datetime import date

from teller_app.domain.errors import RuleError
from teller_app.domain.permissions import Certification, work_mode
from teller_app.domain.roles import Role
from teller_app.services.actors import Actor
from teller_app.services.business_day import business_date
from teller_app.storage.schema_system import User
from teller_app.storage.store import Store


@dataclass(frozen=True)
class Checker:
    """Someone who just authenticated to decide; good for one decision. Made by `mint_checker` only."""

    user_id: str
    username: str
    role: Role
    certified_until: date | None
    token: bytes = field(repr=False)


_issued: dict[bytes, str] = {}  # token → user id, until the Checker is taken
_lock = threading.Lock()


def mint_checker(user_id: str, username: str, role: Role, certified_until: date | None) -> Checker:
    """For `SignInService.authenticate_checker`, after it checked the password: nothing else calls this."""
    token = secrets.token_bytes(32)
    with _lock:
        _issued[token] = user_id
    return Checker(user_id, username, role, certified_until, token)


def not_authenticated() -> RuleError:
    return RuleError(
        "approval.checker_not_authenticated",
        "The checker must sign in to decide: enter the checker's user name and password",
    )


def take_checker(store: Store, checker: object) -> Actor:
    """The acting user of a decision from a freshly minted Checker (used up here); refused otherwise."""
    if not isinstance(checker, Checker):
        raise not_authenticated()
    with _lock:
        owner = _issued.get(checker.token)
        if owner is None or not hmac.compare_digest(owner, checker.user_id):
            raise not_authenticated()
        del _issued[checker.token]
    with store.reading() as session:
        row = session.get(User, checker.user_id)
        stored = None if row is None else (row.role, bool(row.disabled), row.certified_until, row.username)
    if stored is None or stored[0] != checker.role.value or stored[1]:
        raise not_authenticated()
    role = Role(stored[0])
    mode = work_mode(role, Certification(stored[2]), business_date(store.clock()))
    return Actor(user_id=checker.user_id, role=role, work_mode=mode, name=stored[3])
