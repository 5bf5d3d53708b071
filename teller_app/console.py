"""Whether this process may ask a person for a secret on the console (teller-admin may; the desktop app never).

Kept apart from the key store so the desktop app can switch console prompts off at start without importing
keyring, which is slow to import.
"""

from __future__ import annotations

_allowed = {"console": True}


def forbid_console_prompts() -> None:
    """Never read a passphrase from the console in this process (the desktop app calls this at start)."""
    _allowed["console"] = False


def console_prompts_allowed() -> bool:
    return _allowed["console"]
