"""The core's refusal shown over a page, and when it goes: as soon as the entry it names is put right.

A teller who is told "Branch of the basic account is required" and types the branch expects the line to
go without pressing Save again. So a refusal that names a field (its `field` parameter, dotted for a
person's entries: legal_representative.name) is dropped as soon as that entry is valid again: filled in
for a required field, within its limit and clean for a text the core refused, changed for any other rule
(the next save checks it again). A refusal that names no field stays until the next save or a successful
action of the page; moving to another page drops it too.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from teller_app.domain.steps import Step

MISSING = object()


def entry_at(entries: Mapping[str, object], path: str) -> object:
    """The entry at a dotted path of a page's entries, or MISSING."""
    value: object = entries
    for key in path.split("."):
        if not isinstance(value, Mapping) or key not in value:
            return MISSING
        value = value[key]
    return value


@dataclass(frozen=True)
class Refusal:
    step: Step
    code: str
    field: str | None
    refused: object  # the entry as it was when the core refused it

    def fixed_by(self, entries: Mapping[str, object]) -> bool:
        if self.field is None:
            return False
        now = entry_at(entries, self.field)
        if now is MISSING or now == self.refused:
            return False
        if self.code in ("input.too_long", "input.control_character"):
            from teller_app.domain.entries import entry_problem

            return isinstance(now, str) and entry_problem(self.field, now) is None
        if self.code.endswith("field_required"):
            return now is not None and bool(str(now).strip())
        return True


def refusal_of(step: Step, error: BaseException, entries: Mapping[str, object]) -> Refusal:
    params = getattr(error, "params", None) or {}
    field = params.get("field") if isinstance(params.get("field"), str) else None
    refused = entry_at(entries, field) if field else MISSING
    if refused is MISSING:
        field = None  # the entry is not on this page: only the next save can clear the line
    return Refusal(step, str(getattr(error, "code", "")), field, refused)
