"""Resident ID checks (GB 11643): numbers built by the algorithm pass, any mistyped character is caught."""

from __future__ import annotations

import string
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from stdnum.cn import ric

from teller_app.domain.errors import InputError
from teller_app.domain.identifiers import (
    IdentifierError,
    is_foreign_permanent_resident,
    resident_id_birth_date,
    resident_id_check_character,
    resident_id_sex,
    validate_resident_id,
)

TODAY = date(2026, 1, 15)  # the counter's clock in these tests
# Province-level codes of GB/T 2260 used on identity documents, written out here independently of the code.
PROVINCES = (
    "11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65 81 82 83"
).split()


def with_check_character(first_17: str) -> str:
    """Complete a resident ID with the check character computed by python-stdnum, not by our code."""
    return first_17 + ric.calc_check_digit(first_17 + "?")


def digits(n: int) -> st.SearchStrategy[str]:
    return st.text(alphabet=string.digits, min_size=n, max_size=n)


@st.composite
def resident_ids(draw: st.DrawFn, foreign: bool | None = None) -> str:
    """A resident ID built by the algorithm: region, birth date, sequence, check character."""
    is_foreign = draw(st.booleans()) if foreign is None else foreign
    province = draw(st.sampled_from(PROVINCES))
    head = "9" + province + draw(digits(3)) if is_foreign else province + draw(digits(4))
    born = draw(st.dates(min_value=date(1900, 1, 1), max_value=TODAY))
    return with_check_character(head + born.strftime("%Y%m%d") + draw(digits(3)))


def refusal(text: object, **kwargs: object) -> IdentifierError:
    with pytest.raises(IdentifierError) as caught:
        validate_resident_id(text, today=TODAY, **kwargs)  # type: ignore[arg-type]
    return caught.value


def to_full_width(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if c.isascii() and c.isalnum() else c for c in text)


# --- numbers built by the algorithm ------------------------------------------------------------------


@given(resident_ids())
def test_resident_id_built_by_the_algorithm_is_accepted(number):
    assert validate_resident_id(number, today=TODAY) == number


@given(resident_ids())
def test_any_single_character_change_to_a_resident_id_is_refused(number):
    for position in range(18):
        for replacement in string.digits + "X":
            if replacement == number[position]:
                continue
            changed = number[:position] + replacement + number[position + 1 :]
            with pytest.raises(IdentifierError):
                validate_resident_id(changed, today=TODAY)


@given(resident_ids(), st.integers(min_value=0, max_value=16), st.sampled_from("XAZ#x"))
def test_a_letter_among_the_first_17_digits_is_named_with_its_position(number, position, letter):
    error = refusal(number[:position] + letter + number[position + 1 :])
    assert (error.code, error.position) == ("identifier.character", position)


@given(resident_ids())
def test_full_width_resident_id_folds_to_the_same_value(number):
    typed = "\u3000" + to_full_width(number.lower()) + " "
    assert validate_resident_id(typed, today=TODAY) == number


@given(st.text(string.digits, min_size=17, max_size=17))
def test_check_character_agrees_with_python_stdnum(first_17):
    assert resident_id_check_character(first_17) == ric.calc_check_digit(first_17 + "?")


# --- what a teller may type ----------------------------------------------------------------------------


def test_standard_example_with_check_character_x_is_accepted_in_lower_case():
    assert validate_resident_id(" 11010519491231002x ", today=TODAY) == "11010519491231002X"


def test_wrong_check_character_is_named_at_position_17():
    error = refusal("110105194912310021")
    assert (error.code, error.position) == ("identifier.check_character", 17)
    assert error.params["expected"] == "X"
    assert error.params["found"] == "1"


def test_check_character_x_is_refused_where_a_digit_is_due():
    number = with_check_character("11010519800101001")
    assert number[-1] != "X"
    error = refusal(number[:-1] + "X")
    assert (error.code, error.position) == ("identifier.check_character", 17)


def test_old_fifteen_digit_number_is_refused_for_its_length():
    error = refusal("110105491231002")
    assert (error.code, error.position) == ("identifier.length", None)
    assert error.params["expected"] == "18"
    assert error.params["found"] == 15


@pytest.mark.parametrize("region", ["00", "10", "19", "30", "47", "71", "80", "84"])
def test_unknown_region_code_is_refused_at_position_0(region):
    error = refusal(with_check_character(region + "010519800101001"))
    assert (error.code, error.position) == ("identifier.region", 0)
    assert error.params["found"] == region


def test_birth_date_19990230_is_refused_pointing_at_the_day():
    error = refusal(with_check_character("110105" + "19990230" + "001"))
    assert (error.code, error.position) == ("identifier.birth_date", 12)
    assert error.params["part"] == "day"


def test_leap_day_is_a_real_birth_date_only_in_a_leap_year():
    assert validate_resident_id(with_check_character("110105" + "20000229" + "001"), today=TODAY)
    error = refusal(with_check_character("110105" + "19000229" + "001"))
    assert (error.code, error.position) == ("identifier.birth_date", 12)


@pytest.mark.parametrize("month", ["00", "13", "99"])
def test_impossible_birth_month_is_refused_pointing_at_the_month(month):
    error = refusal(with_check_character("110105" + "1980" + month + "01" + "001"))
    assert (error.code, error.position) == ("identifier.birth_date", 10)


@pytest.mark.parametrize("day", ["00", "32"])
def test_impossible_birth_day_is_refused_pointing_at_the_day(day):
    error = refusal(with_check_character("110105" + "198001" + day + "001"))
    assert (error.code, error.position) == ("identifier.birth_date", 12)


def test_birth_year_before_1900_is_refused_pointing_at_the_year():
    error = refusal(with_check_character("110105" + "18991231" + "001"))
    assert (error.code, error.position) == ("identifier.birth_date", 6)


def test_birth_date_in_the_future_is_refused():
    tomorrow = TODAY + timedelta(days=1)
    error = refusal(with_check_character("110105" + tomorrow.strftime("%Y%m%d") + "001"))
    assert (error.code, error.position) == ("identifier.future_birth_date", 6)


def test_a_baby_born_today_can_be_registered():
    number = with_check_character("110105" + TODAY.strftime("%Y%m%d") + "001")
    assert validate_resident_id(number, today=TODAY) == number


def test_future_is_judged_by_the_clock_passed_in():
    number = with_check_character("110105" + "20300101" + "001")
    assert refusal(number).code == "identifier.future_birth_date"
    assert validate_resident_id(number, today=date(2030, 1, 1)) == number


@given(resident_ids(foreign=True))
def test_foreign_permanent_residence_id_with_leading_9_is_accepted(number):
    assert validate_resident_id(number, today=TODAY) == number
    assert is_foreign_permanent_resident(number, today=TODAY)


def test_foreign_permanent_residence_id_needs_a_known_issuing_province():
    error = refusal(with_check_character("9" + "99" + "840" + "19800101" + "001"))
    assert (error.code, error.position) == ("identifier.region", 1)


@given(resident_ids(foreign=False))
def test_mainland_resident_id_is_not_a_foreign_permanent_residence_id(number):
    assert not is_foreign_permanent_resident(number, today=TODAY)


def test_birth_date_and_sex_are_read_from_the_number():
    man = with_check_character("110105" + "19491231" + "001")
    woman = with_check_character("110105" + "19491231" + "002")
    assert resident_id_birth_date(man, today=TODAY) == date(1949, 12, 31)
    assert resident_id_sex(man, today=TODAY) == "male"
    assert resident_id_sex(woman, today=TODAY) == "female"


def test_helpers_refuse_an_invalid_number():
    with pytest.raises(IdentifierError):
        resident_id_sex("110105194912310021", today=TODAY)


def test_refusal_names_neither_the_whole_number_nor_the_birth_date():
    number = with_check_character("110105" + "19870615" + "123")
    wrong = number[:-1] + ("0" if number[-1] != "0" else "1")
    error = refusal(wrong)
    shown = str(error) + repr(error.params)
    assert wrong not in shown and "19870615" not in shown


# --- anything at all -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code", "position"),
    [
        (None, "identifier.empty", None),
        ("", "identifier.empty", None),
        ("  \t\u3000 ", "identifier.empty", None),
        (110105194912310021, "identifier.not_text", None),
        ("1" * 65, "identifier.length", None),
        ("1101051949\u200b1231002", "identifier.character", 10),
        ("11010519491231\x00002", "identifier.character", 14),
        ("1101051949一231002X", "identifier.character", 10),
    ],
)
def test_odd_input_is_refused_with_a_named_fault(text, code, position):
    error = refusal(text)
    assert (error.code, error.position) == (code, position)
    assert isinstance(error, InputError)


def test_zero_width_space_is_reported_by_its_code_point():
    error = refusal("1101051949\u200b1231002")
    assert error.params["found"] == "U+200B"


@given(st.text(max_size=80))
def test_arbitrary_text_is_accepted_or_refused_never_crashes(text):
    try:
        value = validate_resident_id(text, today=TODAY)
    except IdentifierError as error:
        assert error.code.startswith("identifier.")
        assert error.position is None or 0 <= error.position < 18
        str(error)
    else:
        assert len(value) == 18


@given(resident_ids(), st.integers(min_value=0, max_value=18), st.characters())
def test_a_stray_character_inside_a_resident_id_is_refused(number, position, stray):
    typed = number[:position] + stray + number[position:]
    try:
        value = validate_resident_id(typed, today=TODAY)
    except IdentifierError:
        return
    assert value == number  # only whitespace at either end may be trimmed away
