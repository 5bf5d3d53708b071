"""Small helpers shared by the sign-in tests."""

from __future__ import annotations

from sqlalchemy import select

from teller_app.storage.schema_system import User


def stored_user(store, username: str) -> User:
    """The users row as stored (to look at the hash and the lockout columns)."""
    with store.reading() as session:
        return session.scalars(select(User).where(User.username == username)).one()
