"""The online ID check (联网核查) as a pluggable port, and the offline stand-in used until a real one is wired.

A real adapter asks the public security ID verification system whether a name and an ID number belong
together; the answer is one of 一致 (match), 不一致 (mismatch) or 库中无此号 (number not on record).
A mismatch blocks the case; a number not on record keeps the identity step from completing.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Protocol


class IdCheckResult(StrEnum):
    MATCH = "match"  # 一致
    MISMATCH = "mismatch"  # 不一致
    NOT_FOUND = "not_found"  # 库中无此号

    @property
    def label_zh(self) -> str:
        return {"match": "一致", "mismatch": "不一致", "not_found": "库中无此号"}[self.value]


class IdCheckPort(Protocol):
    """Answers whether `name` and `id_number` belong together."""

    def check(self, name: str, id_number: str) -> IdCheckResult: ...


class OfflineIdCheck:
    """The stand-in: every well-formed number matches, except those given other answers in `answers`."""

    def __init__(self, answers: Mapping[str, IdCheckResult] | None = None) -> None:
        self.answers = dict(answers or {})
        self.asked: list[str] = []

    def check(self, name: str, id_number: str) -> IdCheckResult:
        self.asked.append(id_number)
        return self.answers.get(id_number, IdCheckResult.MATCH)


_default: IdCheckPort = OfflineIdCheck()


def default_id_check() -> IdCheckPort:
    """The adapter the services use when the caller passes none."""
    return _default


def use_id_check(port: IdCheckPort) -> None:
    """Install the adapter for this process (the bank's integration calls this at start-up)."""
    global _default
    _default = port
