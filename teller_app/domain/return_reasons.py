"""Standard reasons a checker gives when returning a case for correction (退回补正原因), from the process definition.

A return names, per step, its reasons: each is either a standard reason's code (listed in the definition
with the step it concerns and its words in Chinese and English) or free text. Codes keep the record stable
and let every screen show the reason in the reader's language; free text is shown as written.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from teller_app.domain.steps import Step

CODE_CHARACTERS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_")


@dataclass(frozen=True)
class ReturnReason:
    """One standard reason: its code, the step where the problem is, and its words."""

    code: str
    step: Step
    zh: str
    en: str

    def words(self, language: str) -> str:
        return self.zh if language.startswith("zh") else self.en


def parse_return_reasons(reader: Any, raw: Any, key: str = "return_reasons") -> tuple[ReturnReason, ...]:
    """[[return_reasons]] tables (code, step, zh, en); codes unique, lower-case words joined by _."""
    if not isinstance(raw, list):
        reader.fail(key, "must be a list of tables ([[{key}]])", key=key)
    reasons: list[ReturnReason] = []
    for index, item_raw in enumerate(raw):
        where = f"{key}[{index}]"
        item = reader.table(item_raw, where)
        reader.only_keys(item, where, required={"code", "step", "zh", "en"})
        code = reader.text(item["code"], f"{where}.code")
        if not set(code) <= CODE_CHARACTERS:
            reader.fail(f"{where}.code", "{code!r} may hold only a-z, 0-9 and _", code=code)
        if any(r.code == code for r in reasons):
            reader.fail(f"{where}.code", "{code!r} is listed twice", code=code)
        step = reader.choice(Step, item["step"], f"{where}.step")
        if step in (Step.APPROVAL, Step.ACCOUNT_SETUP):
            reader.fail(f"{where}.step", "a case is never returned to the step {step}", step=step.value)
        reasons.append(
            ReturnReason(
                code=code,
                step=step,
                zh=reader.text(item["zh"], f"{where}.zh"),
                en=reader.text(item["en"], f"{where}.en"),
            )
        )
    return tuple(reasons)


def by_code(reasons: Iterable[ReturnReason]) -> Mapping[str, ReturnReason]:
    return {r.code: r for r in reasons}


def reason_words(text: str, reasons: Iterable[ReturnReason], language: str) -> str:
    """A recorded reason in words: a standard code in the reader's language, free text as written."""
    known = by_code(reasons).get(text.strip())
    return known.words(language) if known is not None else text


def split_recorded(line: str) -> tuple[Step | None, str]:
    """A decision's flat reason line 'documents: text' → (Step.DOCUMENTS, 'text'); no step: (None, line)."""
    head, sep, rest = line.partition(":")
    if sep:
        try:
            return Step(head.strip()), rest.strip()
        except ValueError:
            pass
    return None, line.strip()
