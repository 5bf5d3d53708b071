"""Passport, mobile, card and basic account licence numbers; every check refuses odd input by a named fault."""

from __future__ import annotations

import string

import pytest
from hypothesis import given
from hypothesis import strategies as st
from stdnum import luhn

from teller_app.domain import identifiers
from teller_app.domain.identifiers import (
    IdentifierError,
    luhn_check_digit,
    validate_basic_account_licence_number,
    validate_card_number,
    validate_mobile,
    validate_passport,
)


def refusal(check, text, **kwargs) -> IdentifierError:
    with pytest.raises(IdentifierError) as caught:
        check(text, **kwargs)
    return caught.value


# --- passports -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("number", ["E12345678", "EA1234567", "EH7654321", "G12345678", " e12345678 "])
def test_chinese_ordinary_passport_is_accepted(number):
    assert validate_passport(number, country="CN") == number.strip().upper()


@pytest.mark.parametrize(
    ("number", "code", "position"),
    [
        ("P12345678", "identifier.character", 0),
        ("EI1234567", "identifier.character", 1),  # series letters skip I and O
        ("EO1234567", "identifier.character", 1),
        ("GA1234567", "identifier.character", 1),  # only E passports have a series letter
        ("E1234567A", "identifier.character", 8),
        ("E1234567", "identifier.length", None),
        ("E123456789", "identifier.length", None),
    ],
)
def test_malformed_chinese_passport_is_refused_with_position(number, code, position):
    error = refusal(validate_passport, number, country="CHN")
    assert (error.code, error.position) == (code, position)


@pytest.mark.parametrize("number", ["123456789", "AB1234567", "X1234", "c01x00t47", "L898902C3"])
def test_foreign_passport_of_letters_and_digits_is_accepted(number):
    assert validate_passport(number) == number.upper()
    assert validate_passport(number, country="GBR") == number.upper()


def test_name_typed_into_the_passport_field_is_refused():
    assert refusal(validate_passport, "JOHNSMITH").code == "identifier.format"


@pytest.mark.parametrize(
    ("number", "code", "position"),
    [
        ("A123", "identifier.length", None),
        ("A" + "1" * 17, "identifier.length", None),
        ("AB 123456", "identifier.character", 2),
        ("AB-123456", "identifier.character", 2),
        ("AB1234É6", "identifier.character", 6),
    ],
)
def test_malformed_foreign_passport_is_refused(number, code, position):
    error = refusal(validate_passport, number)
    assert (error.code, error.position) == (code, position)


# --- mobile numbers ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    [
        "13812345678",
        "138 1234 5678",
        "138-1234-5678",
        "+86 138 1234 5678",
        "+8613812345678",
        "0086 13812345678",
        "86 138 1234 5678",
        "１３８１２３４５６７８",
        "＋８６　１３８１２３４５６７８",
    ],
)
def test_mainland_mobile_number_is_returned_as_11_digits(typed):
    assert validate_mobile(typed) == "13812345678"


@given(
    st.sampled_from("3456789"), st.text(string.digits, min_size=9, max_size=9), st.sampled_from(["", "+86"])
)
def test_every_mainland_mobile_network_prefix_is_accepted(second, rest, prefix):
    assert validate_mobile(prefix + "1" + second + rest) == "1" + second + rest


@pytest.mark.parametrize(
    ("typed", "code", "position"),
    [
        ("+86", "identifier.empty", None),
        ("1381234567", "identifier.length", None),
        ("+86 138 1234 56789", "identifier.length", None),
        ("+44 7911 123456", "identifier.length", None),
        ("138123456a8", "identifier.character", 9),
        ("23812345678", "identifier.mobile_prefix", 0),
        ("12812345678", "identifier.mobile_prefix", 1),
        ("+86 128 1234 5678", "identifier.mobile_prefix", 1),
    ],
)
def test_malformed_mobile_number_is_refused(typed, code, position):
    error = refusal(validate_mobile, typed)
    assert (error.code, error.position) == (code, position)


# --- card numbers (Luhn) ------------------------------------------------------------------------------------


@st.composite
def card_numbers(draw: st.DrawFn) -> str:
    payload = draw(st.text(string.digits, min_size=12, max_size=18))
    return payload + luhn.calc_check_digit(payload)  # python-stdnum's Luhn, not ours


@given(card_numbers())
def test_card_number_with_luhn_check_digit_is_accepted(number):
    assert validate_card_number(number) == number


@given(card_numbers())
def test_card_number_typed_in_groups_is_accepted(number):
    grouped = " ".join(number[i : i + 4] for i in range(0, len(number), 4))
    assert validate_card_number(grouped) == number


@given(card_numbers())
def test_any_single_digit_change_to_a_card_number_is_refused(number):
    for position, digit in enumerate(number):
        for replacement in string.digits:
            if replacement != digit:
                changed = number[:position] + replacement + number[position + 1 :]
                with pytest.raises(IdentifierError):
                    validate_card_number(changed)


@given(st.text(string.digits, min_size=12, max_size=18))
def test_luhn_check_digit_agrees_with_python_stdnum(payload):
    assert luhn_check_digit(payload) == luhn.calc_check_digit(payload)


def test_card_number_with_wrong_check_digit_is_named_at_the_last_digit():
    error = refusal(validate_card_number, "4111 1111 1111 1112")
    assert (error.code, error.position) == ("identifier.check_character", 15)
    assert error.params["expected"] == "1"


@pytest.mark.parametrize("typed", ["411111111111", "4" * 20])
def test_card_number_of_wrong_length_is_refused(typed):
    assert refusal(validate_card_number, typed).code == "identifier.length"


# --- basic account licence number (基本存款账户编号) -----------------------------------------------------------


def test_basic_account_number_is_j_and_13_digits():
    assert validate_basic_account_licence_number(" j1000012345601 ") == "J1000012345601"


@pytest.mark.parametrize("last", list(string.digits))
def test_basic_account_number_is_never_luhn_checked(last):
    number = "J100001234560" + last
    assert validate_basic_account_licence_number(number) == number


@pytest.mark.parametrize(
    ("typed", "code", "position"),
    [
        ("", "identifier.empty", None),
        ("J100001234560", "identifier.length", None),
        ("1000012345601X", "identifier.character", 0),
        ("K1000012345601", "identifier.character", 0),
        ("J10000123A5601", "identifier.character", 9),
    ],
)
def test_malformed_basic_account_number_is_refused(typed, code, position):
    error = refusal(validate_basic_account_licence_number, typed)
    assert (error.code, error.position) == (code, position)


# --- anything at all, for every check ------------------------------------------------------------------------

ALL_CHECKS = [
    identifiers.validate_resident_id,
    identifiers.validate_uscc,
    identifiers.validate_passport,
    identifiers.validate_mobile,
    identifiers.validate_card_number,
    identifiers.validate_basic_account_licence_number,
]


@pytest.mark.parametrize("check", ALL_CHECKS)
@given(text=st.one_of(st.text(max_size=100), st.none(), st.integers(), st.binary(max_size=20)))
def test_arbitrary_input_is_accepted_or_refused_never_crashes(check, text):
    try:
        value = check(text)
    except IdentifierError as error:
        assert error.code.startswith("identifier.")
        assert error.position is None or 0 <= error.position < 19  # no identifier is longer
        assert error.params["identifier"]
        error.message.format(**error.params)  # every placeholder has its parameter
    else:
        assert isinstance(value, str) and value == value.strip()


@pytest.mark.parametrize("check", ALL_CHECKS)
@pytest.mark.parametrize("text", ["\x00", "\u200b", "\u202e1234567890", "9" * 65, "１" * 65, "\ud800" * 18])
def test_control_characters_and_overlong_input_are_refused(check, text):
    with pytest.raises(IdentifierError):
        check(text)


def test_overlong_input_is_refused_as_a_length_error_naming_the_expected_length():
    error = refusal(identifiers.validate_uscc, "9" * 10_000)
    assert error.code == "identifier.length"
    assert (error.params["expected"], error.params["found"]) == ("18", 10_000)


def test_input_over_64_characters_is_refused_before_trimming():
    padded = " " * 47 + "91110000600037341L"
    assert identifiers.validate_uscc(padded[1:]) == "91110000600037341L"
    error = refusal(identifiers.validate_uscc, padded)
    assert (error.code, error.params["found"]) == ("identifier.length", 65)
