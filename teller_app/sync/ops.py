"""What travels in a push: the terminal's identity, its ops, the central database's answer for each op, and
what a push round counts of them."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from operator import attrgetter
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


@dataclass(frozen=True)
class PushResult:
    sent: int
    applied: int
    conflicts: int
    rejected: int
    superseded: int
    taken: tuple[tuple[str, int, int], ...] = ()  # change-log positions the batches took (compact path)

    @staticmethod
    def of(outcomes: Sequence[OpOutcome]) -> PushResult:
        counts = Counter(map(attrgetter("outcome"), outcomes))
        taken = getattr(outcomes, "taken", ())
        grouped = sum(map(len, getattr(outcomes, "grouped", ())))  # applied appends with no answer each
        return PushResult(
            len(outcomes) + grouped,
            counts[APPLIED] + grouped,
            counts[CONFLICT],
            counts[REJECTED],
            counts[SUPERSEDED],
            taken,
        )

    def __add__(self, other: PushResult) -> PushResult:
        return PushResult(
            self.sent + other.sent,
            self.applied + other.applied,
            self.conflicts + other.conflicts,
            self.rejected + other.rejected,
            self.superseded + other.superseded,
            self.taken + other.taken,
        )
