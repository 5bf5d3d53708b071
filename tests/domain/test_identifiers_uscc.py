"""Unified social credit code checks (GB 32100) and the embedded organisation code (GB 11714) as a warning."""

from __future__ import annotations

import string

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from stdnum.cn import uscc as stdnum_uscc
from stdnum.exceptions import InvalidFormat

from teller_app.domain.identifiers import (
    IdentifierError,
    uscc_check_character,
    uscc_warnings,
    validate_uscc,
)

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"  # GB 32100: no I, O, Z, S, V
FORBIDDEN = "IOZSV"
# Registration authority → categories, written out from GB 32100-2015 Appendix A (N4, N5 as in the brief).
CATEGORIES = {
    "1": "1239",
    "2": "19",
    "3": "123459",
    "4": "19",
    "5": "12349",  # 4: not in the published table (居委会/村委会 codes), accepted with a warning
    "6": "129",
    "7": "129",
    "8": "19",
    "9": "123",
    "A": "19",
    "N": "123459",
    "Y": "1",
}
KNOWN_PAIRS = [(a, c) for a, cs in CATEGORIES.items() for c in cs]


def gb11714_check(body: str) -> str:
    """The organisation-code check character, written out here from GB 11714 (weights 3 7 9 10 5 8 4 2)."""
    values = [int(c) if c.isdigit() else ord(c) - ord("A") + 10 for c in body]
    remainder = 11 - sum(v * w for v, w in zip(values, (3, 7, 9, 10, 5, 8, 4, 2), strict=True)) % 11
    return {10: "X", 11: "0"}.get(remainder, str(remainder))


def with_check_character(first_17: str) -> str:
    """Complete a credit code with python-stdnum's check character (its sum accepts any first character)."""
    return first_17 + stdnum_uscc.calc_check_digit(first_17)


@st.composite
def credit_codes(
    draw: st.DrawFn, authorities: str = "".join(CATEGORIES), organisation_ok: bool = True
) -> str:
    """A credit code built by the algorithm: authority, category, division, organisation code, check."""
    authority, category = draw(st.sampled_from([p for p in KNOWN_PAIRS if p[0] in authorities]))
    division = draw(st.text(string.digits, min_size=6, max_size=6))
    body = draw(st.text(ALPHABET, min_size=8, max_size=8))
    organisation_check = gb11714_check(body)
    if not organisation_ok:
        organisation_check = draw(st.sampled_from([c for c in "0123456789X" if c != organisation_check]))
    return with_check_character(authority + category + division + body + organisation_check)


def refusal(text: str) -> IdentifierError:
    with pytest.raises(IdentifierError) as caught:
        validate_uscc(text)
    return caught.value


# --- codes built by the algorithm ---------------------------------------------------------------------


@given(credit_codes())
def test_credit_code_built_by_the_algorithm_is_accepted_without_warnings(code):
    assert validate_uscc(code) == code
    unpublished = {("N", "4"), ("N", "5"), ("5", "4")}  # accepted, but the teller is warned
    expected = ["identifier.category_unpublished"] if (code[0], code[1]) in unpublished else []
    assert [w.code for w in uscc_warnings(code)] == expected


@given(credit_codes(authorities="123456789"))
def test_credit_codes_python_stdnum_accepts_are_accepted_the_same(code):
    assert validate_uscc(code) == stdnum_uscc.validate(code)


@given(credit_codes(authorities="ANY"))
def test_credit_codes_starting_with_a_n_or_y_are_accepted_though_python_stdnum_refuses_them(code):
    assert validate_uscc(code) == code
    with pytest.raises(InvalidFormat):
        stdnum_uscc.validate(code)


@pytest.mark.parametrize("authority", ["A", "N", "Y"])
def test_each_of_a_n_y_is_a_registration_authority_stdnum_misses(authority):
    code = with_check_character(authority + "1" + "110000" + "MA01C2D1" + gb11714_check("MA01C2D1"))
    assert validate_uscc(code) == code
    assert not stdnum_uscc.is_valid(code)


@given(st.text(ALPHABET, min_size=17, max_size=17))
def test_check_character_agrees_with_python_stdnum(first_17):
    assert uscc_check_character(first_17) == stdnum_uscc.calc_check_digit(first_17)


@given(credit_codes())
def test_any_single_character_change_to_a_credit_code_is_refused(code):
    for position in range(18):
        for replacement in ALPHABET + FORBIDDEN:
            if replacement == code[position]:
                continue
            changed = code[:position] + replacement + code[position + 1 :]
            with pytest.raises(IdentifierError):
                validate_uscc(changed)


@given(credit_codes())
def test_full_width_lower_case_credit_code_folds_to_the_same_value(code):
    typed = " " + "".join(chr(ord(c) + 0xFEE0) for c in code.lower()) + "\u3000"
    assert validate_uscc(typed) == code


# --- what a teller may meet -----------------------------------------------------------------------------


def test_published_example_credit_code_is_accepted():
    assert validate_uscc("91110000600037341L") == "91110000600037341L"
    assert uscc_warnings("91110000600037341L") == []


@given(credit_codes())
def test_wrong_check_character_is_named_at_position_17(code):
    wrong = code[:17] + ("0" if code[17] != "0" else "1")
    error = refusal(wrong)
    assert (error.code, error.position) == ("identifier.check_character", 17)
    assert error.params["expected"] == code[17]


@given(credit_codes(), st.integers(min_value=0, max_value=17), st.sampled_from(FORBIDDEN))
def test_forbidden_letter_is_named_with_its_position(code, position, letter):
    error = refusal(code[:position] + letter + code[position + 1 :])
    assert (error.code, error.position) == ("identifier.character", position)
    assert error.params["found"] == letter


@given(credit_codes(), st.integers(min_value=2, max_value=7), st.sampled_from("ABCXY"))
def test_administrative_division_code_takes_digits_only(code, position, letter):
    error = refusal(code[:position] + letter + code[position + 1 :])
    assert (error.code, error.position) == ("identifier.character", position)


@pytest.mark.parametrize("authority", ["0", "B", "C", "G", "M", "X"])
def test_unknown_registration_authority_is_refused_at_position_0(authority):
    error = refusal(with_check_character(authority + "1" + "110000" + "60003734" + "1"))
    assert (error.code, error.position) == ("identifier.registration_authority", 0)


@pytest.mark.parametrize(
    ("authority", "category"),
    [("9", "4"), ("9", "9"), ("Y", "2"), ("A", "2"), ("1", "4"), ("5", "A"), ("2", "3"), ("8", "0")],
)
def test_category_not_allowed_for_the_registration_authority_is_refused_at_position_1(authority, category):
    error = refusal(with_check_character(authority + category + "110000" + "60003734" + "1"))
    assert (error.code, error.position) == ("identifier.category", 1)
    assert error.params["authority"] == authority


@given(credit_codes(organisation_ok=False))
def test_bad_organisation_code_check_is_a_warning_not_a_refusal(code):
    assert validate_uscc(code) == code
    [warning] = [w for w in uscc_warnings(code) if w.code != "identifier.category_unpublished"]
    assert (warning.code, warning.position) == ("identifier.organisation_code_check", 16)
    assert warning.params["expected"] == gb11714_check(code[8:16])
    assert warning.params["found"] == code[16]
    assert warning.params["expected"] in warning.render()


def test_warnings_of_an_invalid_credit_code_are_a_refusal():
    with pytest.raises(IdentifierError):
        uscc_warnings("91110000600037341X")


@pytest.mark.parametrize(
    ("text", "code", "position"),
    [
        (None, "identifier.empty", None),
        ("   ", "identifier.empty", None),
        ("9111000060003734", "identifier.length", None),
        ("9" * 100, "identifier.length", None),
        ("9111 0000 6000 3734 1L", "identifier.length", None),
        ("91110000\u200b60003734L", "identifier.character", 8),
        ("9111000060003734\n1L"[:18], "identifier.character", 16),
    ],
)
def test_odd_credit_code_input_is_refused_with_a_named_fault(text, code, position):
    error = refusal(text)
    assert (error.code, error.position) == (code, position)


@given(st.text(max_size=80))
def test_arbitrary_text_as_credit_code_is_accepted_or_refused_never_crashes(text):
    try:
        value = validate_uscc(text)
    except IdentifierError as error:
        assert error.code.startswith("identifier.")
        str(error)
    else:
        assert len(value) == 18
        assert uscc_warnings(value) is not None


@given(credit_codes(), st.integers(min_value=0, max_value=18), st.characters())
def test_a_stray_character_inside_a_credit_code_is_refused(code, position, stray):
    assume(not stray.isspace())
    with pytest.raises(IdentifierError):
        validate_uscc(code[:position] + stray + code[position:])
