"""The person behind a live session, as the users table knows them (role and work mode from the stored row).

    actor = signed_in_actor(store, sign_in, session)

The session must be one the sign-in service issued and finds usable (not forged, not signed out, not
locked or idle); the role and the certification are read from the users table, not from the session
object, so a session whose fields were changed in memory cannot act with another role. Deciding on
someone else's work additionally authenticates inside the call (services/checkers.py).
"""

from __future__ import annotations

from teller_app.domain.errors import RuleError
from teller_app.domain.permissions import Action, Certification, work_mode
from teller_app.domain.roles import Role
from teller_app.domain.sign_in import Session
from teller_app.services.actors import Actor, check_may
from teller_app.services.business_day import business_date
from teller_app.services.sign_in import SignInService
from teller_app.storage.schema_system import User
from teller_app.storage.store import Store


def signed_in_actor(store: Store, sign_in: SignInService, session: Session) -> Actor:
    usable = sign_in.require_usable(session)
    with store.reading() as db:
        row = db.get(User, usable.user_id)
        stored = None if row is None else (row.role, bool(row.disabled), row.certified_until, row.username)
    if stored is None or stored[1] or stored[3] != usable.username:
        raise RuleError("session.unknown", "This session is not valid here. Please sign in.")
    role = Role(stored[0])
    mode = work_mode(role, Certification(stored[2]), business_date(store.clock()))
    return Actor(user_id=usable.user_id, role=role, work_mode=mode, name=stored[3])


class SignedInDesk:
    """A desk the screens call with the signed-in session (feedback, incidents, post-review): who acts, and
    whether the permission matrix lets them, is asked of the users table for every call."""

    def __init__(self, store: Store, sign_in: SignInService) -> None:
        self.store = store
        self.sign_in = sign_in

    def _acting(self, session: Session, action: Action) -> Actor:
        actor = signed_in_actor(self.store, self.sign_in, session)
        check_may(actor, action)
        return actor
