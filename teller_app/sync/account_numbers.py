"""The bank's account number format: branch code + zero-padded sequence + ISO 7064 MOD 97-10 check digits.

This is the one place the format lives. A corporate account number is NOT a card number: no Luhn here.
Layout (default): ``<branch code><10-digit sequence><2 check digits>``; the check digits are computed
over the branch code and the sequence with ISO 7064 MOD 97-10 (the IBAN algorithm; letters in a branch
code count as 10..35), so any single wrong character and any swap of two neighbours is caught.
Pure functions, no I/O.
"""

from __future__ import annotations

from dataclasses import dataclass

from stdnum.iso7064 import mod_97_10

from teller_app.domain.errors import InputError


@dataclass(frozen=True)
class AccountNumberFormat:
    """How many digits the sequence has, and how long a branch code may be."""

    sequence_digits: int = 10
    branch_min_length: int = 3
    branch_max_length: int = 9

    @property
    def largest_sequence(self) -> int:
        return 10**self.sequence_digits - 1


BANK_FORMAT = AccountNumberFormat()


def check_digits(body: str) -> str:
    """The two ISO 7064 MOD 97-10 check digits for `body` (digits and upper-case letters)."""
    return mod_97_10.calc_check_digits(body)


def format_account_number(branch: str, sequence: int, fmt: AccountNumberFormat = BANK_FORMAT) -> str:
    """The account number for `sequence` in `branch`; the sequence comes from the terminal's number block."""
    branch = _checked_branch(branch, fmt)
    if not 1 <= sequence <= fmt.largest_sequence:
        raise InputError(
            "account_number.sequence_out_of_range",
            "Account sequence {sequence} is outside 1..{largest}",
            sequence=sequence,
            largest=fmt.largest_sequence,
        )
    body = f"{branch}{sequence:0{fmt.sequence_digits}d}"
    return body + check_digits(body)


def validate_account_number(text: str, branch: str, fmt: AccountNumberFormat = BANK_FORMAT) -> int:
    """Check `text` is a well-formed account number of `branch`; return its sequence number."""
    branch = _checked_branch(branch, fmt)
    value = "".join(str(text).split()).upper()
    expected_length = len(branch) + fmt.sequence_digits + 2
    if len(value) != expected_length:
        raise InputError(
            "account_number.length",
            "Account number must have {expected} characters, not {actual}",
            expected=expected_length,
            actual=len(value),
        )
    if not value.startswith(branch):
        raise InputError(
            "account_number.branch", "Account number does not belong to branch {branch}", branch=branch
        )
    digits = value[len(branch) :]
    for offset, char in enumerate(digits):
        if not char.isdigit() or not char.isascii():
            raise InputError(
                "account_number.character",
                "Character {position} of the account number must be a digit",
                position=len(branch) + offset + 1,
            )
    if not mod_97_10.is_valid(value):
        raise InputError("account_number.check_digits", "Account number check digits do not match")
    return int(digits[: fmt.sequence_digits])


def _checked_branch(branch: str, fmt: AccountNumberFormat) -> str:
    code = str(branch).strip().upper()
    if not fmt.branch_min_length <= len(code) <= fmt.branch_max_length:
        raise InputError(
            "account_number.branch_length",
            "Branch code must have {low} to {high} characters",
            low=fmt.branch_min_length,
            high=fmt.branch_max_length,
        )
    if not all(c.isascii() and (c.isdigit() or c.isupper()) for c in code):
        raise InputError(
            "account_number.branch_character", "Branch code may hold only digits and letters A-Z"
        )
    return code
