"""The bank's account number format: branch code, sequence, ISO 7064 MOD 97-10 check digits (never Luhn)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from teller_app.domain.errors import InputError
from teller_app.sync.account_numbers import BANK_FORMAT, format_account_number, validate_account_number

branches = st.text(alphabet="0123456789", min_size=3, max_size=9)
sequences = st.integers(min_value=1, max_value=BANK_FORMAT.largest_sequence)


def test_account_number_is_branch_then_ten_digit_sequence_then_two_check_digits():
    number = format_account_number("4401", 1234)
    assert number.startswith("4401" + "0000001234")
    assert len(number) == 4 + 10 + 2
    assert int(number) % 97 == 1  # ISO 7064 MOD 97-10: the whole number is 1 modulo 97


@given(branches, sequences)
def test_every_formatted_number_validates_back_to_its_sequence(branch, sequence):
    assert validate_account_number(format_account_number(branch, sequence), branch) == sequence


@given(branches, sequences, st.data())
def test_any_single_wrong_digit_is_caught(branch, sequence, data):
    number = format_account_number(branch, sequence)
    position = data.draw(st.integers(min_value=len(branch), max_value=len(number) - 1))
    wrong = data.draw(st.sampled_from([d for d in "0123456789" if d != number[position]]))
    changed = number[:position] + wrong + number[position + 1 :]
    with pytest.raises(InputError) as caught:
        validate_account_number(changed, branch)
    assert caught.value.code == "account_number.check_digits"


@given(branches, sequences, st.data())
def test_swapping_two_neighbouring_digits_is_caught(branch, sequence, data):
    number = format_account_number(branch, sequence)
    position = data.draw(st.integers(min_value=len(branch), max_value=len(number) - 2))
    if number[position] == number[position + 1]:
        return
    swapped = number[:position] + number[position + 1] + number[position] + number[position + 2 :]
    with pytest.raises(InputError):
        validate_account_number(swapped, branch)


def test_luhn_is_not_the_check_used_for_account_numbers():
    # A number whose check digits pass MOD 97-10 need not pass Luhn, and the other way round.
    numbers = [format_account_number("4401", n) for n in range(1, 50)]
    assert any(not _luhn_ok(n) for n in numbers)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("440100000012", "account_number.length"),
        ("5501" + "0000001234" + "00", "account_number.branch"),
        ("4401" + "00000012A4" + "00", "account_number.character"),
        ("4401" + "０000001234" + "00", "account_number.character"),
    ],
)
def test_malformed_account_numbers_are_named(text, code):
    with pytest.raises(InputError) as caught:
        validate_account_number(text, "4401")
    assert caught.value.code == code


def test_sequence_outside_the_format_is_refused():
    with pytest.raises(InputError) as caught:
        format_account_number("4401", BANK_FORMAT.largest_sequence + 1)
    assert caught.value.code == "account_number.sequence_out_of_range"


@given(st.text(max_size=40), st.text(max_size=12))
def test_arbitrary_text_gets_a_typed_error_never_a_crash(text, branch):
    try:
        validate_account_number(text, branch)
    except InputError:
        pass


def _luhn_ok(number: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0
