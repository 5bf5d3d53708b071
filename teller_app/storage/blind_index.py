"""Blind indexes: a keyed HMAC-SHA256 of a normalised value, one key per index, for search without decrypting.

The digest is truncated to 128 bits (hex, 32 characters): ample against collisions among millions of
customers; a lookup confirms each hit by decrypting that row only, so a collision can never return the
wrong customer.
"""

from __future__ import annotations

import hashlib
import hmac
import unicodedata
from collections.abc import Callable, Mapping

INDEX_BYTES = 16


def normalise_identifier(text: str) -> str:
    """Credit codes and ID numbers: full-width folded, upper case; spaces, punctuation (any dash) and
    invisible format characters (zero-width space, BOM from a pasted text) dropped."""
    return _settled(text, str.upper)


def normalise_name(text: str) -> str:
    """Names: full-width folded, case-folded; whitespace, punctuation and invisible format characters
    dropped (（北京） = (北京) = 北京; a zero-width space pasted from a web page changes nothing)."""
    return _settled(text, str.casefold)


def _settled(text: str, fold_case: Callable[[str], str]) -> str:
    """Fold width and case and drop what never tells values apart, until nothing changes any more.

    One pass is not always enough (dropping a character can bring a letter and its accent together, case
    folding can undo a composition), and the index must be the same for a value and for its own normal
    form, whichever is typed at the search.
    """
    for _ in range(4):
        folded = unicodedata.normalize("NFKC", fold_case(unicodedata.normalize("NFKC", text)))
        settled = "".join(ch for ch in folded if not _ignored(ch))
        if settled == text:
            break
        text = settled
    return text


def _ignored(ch: str) -> bool:
    """Characters that never tell two values apart: spaces, punctuation, invisible format characters."""
    category = unicodedata.category(ch)
    return ch.isspace() or category.startswith("P") or category == "Cf"


NORMALISERS: dict[str, Callable[[str], str]] = {
    "credit_code": normalise_identifier,
    "id_number": normalise_identifier,
    "name": normalise_name,
}


class BlindIndexer:
    """Computes the blind index of a value for one named index with that index's own key."""

    def __init__(self, keys: Mapping[str, bytes]) -> None:
        self._keys = dict(keys)

    @property
    def index_names(self) -> tuple[str, ...]:
        return tuple(sorted(self._keys))

    def normalise(self, index_name: str, value: str) -> str:
        return NORMALISERS[index_name](value)

    def compute(self, index_name: str, value: str) -> str | None:
        """The index value, or None when the value normalises to nothing (not searchable)."""
        normal = self.normalise(index_name, value)
        if not normal:
            return None
        digest = hmac.new(self._keys[index_name], normal.encode("utf-8"), hashlib.sha256).digest()
        return digest[:INDEX_BYTES].hex()


def depositor_index(key: bytes, depositor_key: str) -> str | None:
    """The bank-wide uniqueness index of a depositor: a credit code, or "id:" and an ID number.

    One key for both kinds, each in its own domain (a credit code and an ID number never share an index);
    None when the value normalises to nothing."""
    kind, value = (
        ("id_number", depositor_key[3:])
        if depositor_key.startswith("id:")
        else ("credit_code", depositor_key)
    )
    normal = normalise_identifier(value)
    if not normal:
        return None
    message = f"teller-uniqueness:{kind}:{normal}".encode()
    return hmac.new(key, message, hashlib.sha256).digest()[:INDEX_BYTES].hex()
