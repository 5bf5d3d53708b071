"""The shared steps of every identifier check: normalising what was typed, and the typed refusal.

`IdentifierError` names the fault by a stable `code` and points at the offending character by `position`
(0-based, in the normalised text; None when no single character is at fault). Messages never quote the
whole identifier or a birth date, so an error can be logged without personal data.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from typing import Any, NoReturn

from teller_app.domain.errors import InputError

MAX_INPUT_LENGTH = 64  # anything longer is refused before any other work

DIGITS = "0123456789"
DIGIT_SET = frozenset(DIGITS)
_NAMES = {
    "resident_id": "resident ID number",
    "uscc": "unified social credit code",
    "passport": "passport number",
    "mobile": "mobile number",
    "card_number": "card number",
    "basic_account_licence_number": "basic account number",
}


class IdentifierError(InputError):
    """An identifier is refused. `code` is stable; `position` points into the normalised text or is None.

    `params` always hold `identifier` (a stable key such as "resident_id") and `name` (its English name);
    where a character is at fault also `position` and `place` (1-based, for people) and `found`.
    """

    code = "identifier.invalid"
    message = "The {name} is not valid."

    def __init__(
        self, code: str, message: str, *, identifier: str, position: int | None = None, **params: Any
    ) -> None:
        self.position = position
        self.identifier = identifier
        if position is not None:
            params.setdefault("place", position + 1)
        super().__init__(
            code, message, identifier=identifier, name=_NAMES[identifier], position=position, **params
        )


@dataclass(frozen=True)
class IdentifierWarning:
    """Something odd that does not make the identifier invalid; the teller should look twice."""

    code: str
    position: int | None
    message: str
    params: dict[str, Any] = field(default_factory=dict)

    def render(self) -> str:
        return self.message.format(**self.params)


def shown(character: str) -> str:
    """A character as it can be shown in a message: itself if visible, else its code point."""
    if character.isprintable() and not character.isspace():
        return character
    return f"U+{ord(character):04X}"


def normalise(text: object, identifier: str, expected: str, *, separators: str = "") -> str:
    """Refuse non-text, empty and overlong input; fold full-width, trim, upper-case, drop separators.

    `expected` is the length the identifier should have, named in the error for overlong input.
    """
    if text is None or (isinstance(text, str) and not text):
        raise IdentifierError("identifier.empty", "The {name} is empty.", identifier=identifier)
    if not isinstance(text, str):
        raise IdentifierError(
            "identifier.not_text",
            "The {name} must be text, not {found}.",
            identifier=identifier,
            found=type(text).__name__,
        )
    if len(text) > MAX_INPUT_LENGTH:
        refuse_length(identifier, expected, len(text))
    folded = unicodedata.normalize("NFKC", text).strip().upper()
    for separator in separators:
        folded = folded.replace(separator, "")
    if not folded:
        raise IdentifierError("identifier.empty", "The {name} is empty.", identifier=identifier)
    return folded


def refuse_length(identifier: str, expected: str, found: int) -> NoReturn:
    raise IdentifierError(
        "identifier.length",
        "The {name} must have {expected} characters; it has {found}.",
        identifier=identifier,
        expected=expected,
        found=found,
    )


def check_length(value: str, identifier: str, low: int, high: int | None = None) -> None:
    high = low if high is None else high
    if not low <= len(value) <= high:
        refuse_length(identifier, str(low) if low == high else f"{low}-{high}", len(value))


def check_characters(value: str, identifier: str, allowed: list[tuple[frozenset[str], str]]) -> None:
    """Name the first character not allowed at its place; `allowed[i]` is (characters, what is expected)."""
    for position, (character, (permitted, expected)) in enumerate(zip(value, allowed, strict=True)):
        if character not in permitted:
            refuse_character(identifier, position, character, expected)


def refuse_character(identifier: str, position: int, character: str, expected: str) -> NoReturn:
    raise IdentifierError(
        "identifier.character",
        "Character {place} of the {name} must be {expected}; found {found}.",
        identifier=identifier,
        position=position,
        found=shown(character),
        expected=expected,
    )


def refuse_check_character(identifier: str, position: int, expected: str, found: str) -> NoReturn:
    raise IdentifierError(
        "identifier.check_character",
        "The check character of the {name} (character {place}) should be {expected}, not {found}; "
        "a character was probably mistyped.",
        identifier=identifier,
        position=position,
        expected=expected,
        found=found,
    )
