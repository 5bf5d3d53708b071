"""What travels in a push: the terminal's identity, its ops, and the central database's answer for each op."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, NamedTuple

APPLIED = "applied"  # stored; `version` is the row's new central version
CONFLICT = "conflict"  # the row changed centrally since `base_version`: both kept, queued for a supervisor
SUPERSEDED = "superseded"  # central-authoritative data changed centrally: the central row wins
REJECTED = "rejected"  # a business rule or a constraint refused the op; it leaves the queue

UPSERT = "upsert"
APPEND = "append"


@dataclass(frozen=True)
class TerminalIdentity:
    """A registered terminal: `terminal_id` is global, `terminal_code` unique within its branch."""

    terminal_id: str
    branch: str
    terminal_code: str


class PushOp(NamedTuple):
    """One outbox entry on its way: the row as stored (a COPY text `line` of `columns`, see storage/rows.py)
    and the version the edit was based on. A named tuple: a catch-up makes a hundred thousand of them."""

    op_id: str
    entity: str
    entity_id: str
    operation: str
    line: str
    columns: tuple[str, ...]
    base_version: int = 0


class OpOutcome(NamedTuple):
    """The central answer to one op. A replayed op gets the answer recorded the first time."""

    op_id: str
    outcome: str
    entity: str = ""
    entity_id: str = ""
    version: int | None = None
    conflict_id: str | None = None
    reason_code: str | None = None
    reason: str | None = None
    replayed: bool = False
    central_row: dict[str, Any] | None = None
