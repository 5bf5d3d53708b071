"""Human-quotable numbers of a case (案件编号) and its agreement (协议编号): branch, business date, sequence.

The case's UUID stays its internal id (sync, QR code); people quote these numbers at the counter, on the
phone and on paper. The terminal is part of the number so that two terminals of one branch never give the
same number, even offline: 310115-20260302-T01-0007 is the 7th case opened on terminal T01 that day, and
its agreement is 310115-XY20260302-T01-0007.
"""

from __future__ import annotations

import unicodedata
from datetime import date

AGREEMENT_MARK = "XY"  # 协议


def sequence_key(day: date) -> str:
    """The terminal's counter for the business day (kept in the local store, never synced)."""
    return f"case_sequence:{day.isoformat()}"


def case_number(branch: str, terminal: str, day: date, sequence: int) -> str:
    if sequence < 1:
        raise ValueError("a case sequence starts at 1")
    return f"{branch}-{day:%Y%m%d}-{terminal}-{sequence:04d}"


def agreement_number(number: str) -> str:
    """The agreement's number from the case's: 310115-20260302-T01-0007 → 310115-XY20260302-T01-0007."""
    branch, sep, rest = number.partition("-")
    return f"{branch}-{AGREEMENT_MARK}{rest}" if sep else ""


def shown_number(number: str, case_id: str) -> str:
    """What lists and headers show: the case number, or for a case opened before numbers, its id's start."""
    return number or case_id[:8]


def number_searched(text: str) -> str:
    """What a typed case or agreement number (or its beginning) searches for among case numbers.

    Full-width characters fold, spaces go, letters go upper case; an agreement number
    (310115-XY20260302-T01-0007) or its beginning (310115-XY2026) becomes the case number's.
    Text that cannot be the beginning of a number (no digit before the first hyphen) gives "".
    """
    folded = unicodedata.normalize("NFKC", text or "").replace(" ", "").upper()
    branch, sep, rest = folded.partition("-")
    if not branch.isalnum() or not any(c.isdigit() for c in branch) or len(folded) > 40:
        return ""
    if sep and rest.startswith(AGREEMENT_MARK):
        rest = rest[len(AGREEMENT_MARK) :]
    elif sep and rest == AGREEMENT_MARK[:1]:
        rest = ""
    return f"{branch}{sep}{rest}"
