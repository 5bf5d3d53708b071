"""Identifier checks: resident ID, credit code, passport, mobile, card and basic account licence numbers.

Every `validate_*` function normalises what a person typed (NFKC folds full-width characters, surrounding
whitespace is trimmed, letters are upper-cased) and returns the normalised value, or raises
`IdentifierError` whose `code` names the fault and whose `position` is the 0-based index of the offending
character in the normalised text (None when no single character is at fault). Messages never quote the
whole identifier or a birth date, so an error can be logged without personal data.
"""

from __future__ import annotations

from datetime import date
from typing import Literal, NoReturn

from teller_app.domain.identifier_checks import (
    DIGIT_SET,
    DIGITS,
    MAX_INPUT_LENGTH,
    IdentifierError,
    IdentifierWarning,
    check_characters,
    check_length,
    normalise,
    refuse_check_character,
)

__all__ = [
    "DIGITS",
    "MAX_INPUT_LENGTH",
    "IdentifierError",
    "IdentifierWarning",
    "is_foreign_permanent_resident",
    "luhn_check_digit",
    "organisation_code_check_character",
    "resident_id_birth_date",
    "resident_id_check_character",
    "resident_id_sex",
    "uscc_check_character",
    "uscc_warnings",
    "validate_basic_account_licence_number",
    "validate_card_number",
    "validate_mobile",
    "validate_passport",
    "validate_resident_id",
    "validate_uscc",
]

# --- resident ID (居民身份证号码, GB 11643-1999) ----------------------------------------------------------

# Province-level codes of GB/T 2260 that appear on identity documents: the 31 mainland provinces, and
# 81/82/83 on the residence permits of Hong Kong, Macao and Taiwan residents (港澳台居民居住证, same format).
# 71 (Taiwan) is in GB/T 2260 but no identity number is issued with it, so it is refused.
PROVINCE_CODES = frozenset(
    "11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65 81 82 83".split()
)
FOREIGN_PERMANENT_RESIDENT_MARK = "9"  # 外国人永久居留身份证 (2023): 9 + province + nationality + birth date
_RESIDENT_WEIGHTS = tuple(pow(2, 17 - i, 11) for i in range(17))
_RESIDENT_CHECK = "10X98765432"
_EARLIEST_BIRTH_YEAR = 1900


def resident_id_check_character(first_17_digits: str) -> str:
    """The MOD 11-2 check character (0-9 or X) for the first 17 digits of a resident ID."""
    total = sum(int(d) * w for d, w in zip(first_17_digits, _RESIDENT_WEIGHTS, strict=True))
    return _RESIDENT_CHECK[total % 11]


def validate_resident_id(text: str, *, today: date | None = None) -> str:
    """An 18-character resident ID (or foreign permanent residence ID), normalised, or IdentifierError.

    Checked in order: empty, length (18; the old 15-digit numbers are refused), characters (digits, the
    last may be X), region (province code; after a leading 9, the issuing province), birth date (a real
    date from 1900 to `today`), check character (position 17).
    """
    kind = "resident_id"
    value = normalise(text, kind, "18")
    check_length(value, kind, 18)
    digit = (DIGIT_SET, "a digit")
    check_characters(value, kind, [digit] * 17 + [(DIGIT_SET | {"X"}, "a digit or X")])
    region_at = 1 if value[0] == FOREIGN_PERMANENT_RESIDENT_MARK else 0
    if value[region_at : region_at + 2] not in PROVINCE_CODES:
        raise IdentifierError(
            "identifier.region",
            "The {name} starts with an unknown region code {found}.",
            identifier=kind,
            position=region_at,
            found=value[region_at : region_at + 2],
        )
    _check_birth_date(value, today or date.today())
    expected = resident_id_check_character(value[:17])
    if value[17] != expected:
        refuse_check_character(kind, 17, expected, value[17])
    return value


def _check_birth_date(value: str, today: date) -> None:
    year, month, day = int(value[6:10]), int(value[10:12]), int(value[12:14])
    if year < _EARLIEST_BIRTH_YEAR:
        _refuse_birth_date(6, "year")
    if not 1 <= month <= 12:
        _refuse_birth_date(10, "month")
    try:
        born = date(year, month, day)
    except ValueError:
        _refuse_birth_date(12, "day")
    if born > today:
        raise IdentifierError(
            "identifier.future_birth_date",
            "The birth date in the {name} is in the future.",
            identifier="resident_id",
            position=6,
        )


def _refuse_birth_date(position: int, part: str) -> NoReturn:
    raise IdentifierError(
        "identifier.birth_date",
        "The birth date in the {name} is not a real date: the {part} (character {place}) is wrong.",
        identifier="resident_id",
        position=position,
        part=part,
    )


def resident_id_birth_date(text: str, *, today: date | None = None) -> date:
    """The birth date written in a resident ID (validated first)."""
    value = validate_resident_id(text, today=today)
    return date(int(value[6:10]), int(value[10:12]), int(value[12:14]))


def resident_id_sex(text: str, *, today: date | None = None) -> Literal["male", "female"]:
    """The holder's sex from the sequence number (odd: male, even: female)."""
    value = validate_resident_id(text, today=today)
    return "male" if int(value[16]) % 2 else "female"


def is_foreign_permanent_resident(text: str, *, today: date | None = None) -> bool:
    """True for a foreign permanent residence ID (外国人永久居留身份证), whose number starts with 9."""
    return validate_resident_id(text, today=today)[0] == FOREIGN_PERMANENT_RESIDENT_MARK


# --- unified social credit code (统一社会信用代码, GB 32100-2015) -------------------------------------------

USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"  # no I, O, Z, S, V
_USCC_VALUES = {c: i for i, c in enumerate(USCC_ALPHABET)}
_USCC_SET = frozenset(USCC_ALPHABET)
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)

# 登记管理部门 (character 1) → allowed 机构类别 (character 2), from GB 32100-2015 Appendix A:
#   1 机构编制: 1 机关, 2 事业单位, 3 中央编办直接管理机构编制的群众团体, 9 其他
#   2 外交: 1 外国常驻新闻机构, 9 其他
#   3 司法行政: 1 律师执业机构, 2 公证处, 3 基层法律服务所, 4 司法鉴定机构, 5 仲裁委员会, 9 其他
#   4 文化: 1 外国在华文化中心, 9 其他
#   5 民政: 1 社会团体, 2 民办非企业单位, 3 基金会, 9 其他
#   6 旅游: 1 外国旅游部门常驻代表机构, 2 港澳台地区旅游部门常驻内地（大陆）代表机构, 9 其他
#   7 宗教: 1 宗教活动场所, 2 宗教院校, 9 其他
#   8 工会: 1 基层工会, 9 其他
#   9 工商: 1 企业, 2 个体工商户, 3 农民专业合作社
#   A 中央军委改革和编制办公室: 1 军队事业单位, 9 其他
#   N 农业: 1 组级集体经济组织, 2 村级集体经济组织, 3 乡镇级集体经济组织, 9 其他
#        (4 and 5 are also accepted, with a warning to the teller (UNPUBLISHED_CATEGORIES): refusing a
#        real code is worse than accepting an unlisted category, and the check character still catches
#        typing errors; likewise 54, which some 居民委员会/村民委员会 codes carry)
#   Y 其他: 1 (not divided further)
USCC_CATEGORIES: dict[str, frozenset[str]] = {
    "1": frozenset("1239"),
    "2": frozenset("19"),
    "3": frozenset("123459"),
    "4": frozenset("19"),
    "5": frozenset("12349"),
    "6": frozenset("129"),
    "7": frozenset("129"),
    "8": frozenset("19"),
    "9": frozenset("123"),
    "A": frozenset("19"),
    "N": frozenset("123459"),
    "Y": frozenset("1"),
}
# Accepted, but not in the published GB 32100 table: the teller is warned beside the field.
UNPUBLISHED_CATEGORIES: dict[str, frozenset[str]] = {"N": frozenset("45"), "5": frozenset("4")}
_ORGANISATION_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)


def uscc_check_character(first_17: str) -> str:
    """The MOD 31 check character for the first 17 characters of a credit code."""
    total = sum(_USCC_VALUES[c] * w for c, w in zip(first_17, _USCC_WEIGHTS, strict=True))
    return USCC_ALPHABET[(31 - total % 31) % 31]


def organisation_code_check_character(first_8: str) -> str:
    """The GB 11714 check character (0-9 or X) for the 8-character body of an organisation code."""
    total = sum(int(c, 36) * w for c, w in zip(first_8, _ORGANISATION_WEIGHTS, strict=True))
    remainder = (11 - total % 11) % 11
    return "X" if remainder == 10 else str(remainder)


def validate_uscc(text: str) -> str:
    """An 18-character unified social credit code, normalised, or IdentifierError.

    Checked in order: empty, length, characters (the alphabet without I O Z S V; characters 3-8, the
    administrative division code, digits only), registration authority (1-9, A, N, Y), category valid for
    that authority, check character (position 17). The embedded organisation code (characters 9-17) is
    only a warning: see `uscc_warnings`.
    """
    kind = "uscc"
    value = normalise(text, kind, "18")
    check_length(value, kind, 18)
    letter = (_USCC_SET, "a digit or a letter other than I, O, Z, S, V")
    check_characters(value, kind, [letter] * 2 + [(DIGIT_SET, "a digit")] * 6 + [letter] * 10)
    authority, category = value[0], value[1]
    if authority not in USCC_CATEGORIES:
        raise IdentifierError(
            "identifier.registration_authority",
            "The {name} starts with {found}, which is no registration authority (1-9, A, N, Y).",
            identifier=kind,
            position=0,
            found=authority,
        )
    if category not in USCC_CATEGORIES[authority]:
        raise IdentifierError(
            "identifier.category",
            "Character 2 of the {name} is {found}, not a category of registration authority {authority}.",
            identifier=kind,
            position=1,
            found=category,
            authority=authority,
            expected=",".join(sorted(USCC_CATEGORIES[authority])),
        )
    expected = uscc_check_character(value[:17])
    if value[17] != expected:
        refuse_check_character(kind, 17, expected, value[17])
    return value


def uscc_warnings(text: str, *, warn_category_54: bool = True) -> list[IdentifierWarning]:
    """Doubts about a valid credit code (validated first): a category not in the published table, a bad
    check character of the embedded organisation code (GB 11714). `warn_category_54` is the process
    definition's reading `[readings] warn_credit_code_category_54`: false takes 54 as a category of its own."""
    value = validate_uscc(text)
    found = []
    unpublished = value[1] in UNPUBLISHED_CATEGORIES.get(value[0], frozenset())
    if unpublished and (warn_category_54 or value[:2] != "54"):
        found.append(
            IdentifierWarning(
                code="identifier.category_unpublished",
                position=1,
                message=(
                    "Category {category} of registration authority {authority} is not in the published "
                    "table; compare the code with the certificate."
                ),
                params={"position": 1, "place": 2, "authority": value[0], "category": value[1]},
            )
        )
    expected = organisation_code_check_character(value[8:16])
    if value[16] == expected:
        return found
    return found + [
        IdentifierWarning(
            code="identifier.organisation_code_check",
            position=16,
            message=(
                "The organisation code inside the credit code has check character {found}, expected "
                "{expected}; compare it with the business licence."
            ),
            params={"position": 16, "place": 17, "expected": expected, "found": value[16]},
        )
    ]


# --- passports ---------------------------------------------------------------------------------------

_CHINA = frozenset({"CN", "CHN"})
_PASSPORT_SET = frozenset(DIGITS + "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_SERIES_LETTERS = frozenset("ABCDEFGHJKLMNPQRSTUVWXYZ")  # EA…, EB…: no I or O


def validate_passport(text: str, *, country: str | None = None) -> str:
    """A passport number, normalised, or IdentifierError.

    With `country` "CN"/"CHN" only the ordinary Chinese passports are accepted: E + 8 digits, E + a series
    letter (not I or O) + 7 digits, G + 8 digits. Otherwise (foreign, or country unknown) the number has
    5-17 letters and digits with at least one digit (ICAO document numbers; a name typed into the field is
    refused). Spaces inside the number are refused, not guessed away.
    """
    kind = "passport"
    china = country is not None and country.strip().upper() in _CHINA
    value = normalise(text, kind, "9" if china else "5-17")
    if china:
        check_length(value, kind, 9)
        digit = (DIGIT_SET, "a digit")
        second = (DIGIT_SET | _SERIES_LETTERS, "a digit or a series letter") if value[0] == "E" else digit
        check_characters(value, kind, [(frozenset("EG"), "E or G"), second] + [digit] * 7)
        return value
    check_length(value, kind, 5, 17)
    check_characters(value, kind, [(_PASSPORT_SET, "a letter or a digit")] * len(value))
    if not any(c in DIGIT_SET for c in value):
        raise IdentifierError(
            "identifier.format",
            "A {name} must contain at least one digit.",
            identifier=kind,
            expected="digit",
        )
    return value


# --- mobile numbers, card numbers, basic account numbers ---------------------------------------------


def validate_mobile(text: str) -> str:
    """A mainland mobile number as 11 digits (1[3-9] + 9 digits), or IdentifierError.

    Spaces and dashes are dropped and a +86, 0086 or 86 country prefix is removed first; `position`
    then points into the remaining 11-digit national number.
    """
    kind = "mobile"
    value = normalise(text, kind, "11", separators=" -")
    for prefix in ("+86", "0086", "86"):
        if value.startswith(prefix) and (prefix != "86" or len(value) == 13):
            value = value[len(prefix) :]
            break
    if not value:
        raise IdentifierError("identifier.empty", "The {name} is empty.", identifier=kind)
    check_length(value, kind, 11)
    check_characters(value, kind, [(DIGIT_SET, "a digit")] * 11)
    if value[0] != "1" or value[1] not in "3456789":
        bad = 0 if value[0] != "1" else 1
        raise IdentifierError(
            "identifier.mobile_prefix",
            "A mainland {name} starts with 13 to 19; character {place} is {found}.",
            identifier=kind,
            position=bad,
            found=value[bad],
        )
    return value


def luhn_check_digit(payload: str) -> str:
    """The Luhn check digit to append to `payload` (card numbers only, never account numbers)."""
    total = 0
    for i, d in enumerate(reversed(payload)):
        n = int(d) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return str((10 - total % 10) % 10)


def validate_card_number(text: str) -> str:
    """A bank card number (13-19 digits, Luhn check digit last), spaces and dashes dropped."""
    kind = "card_number"
    value = normalise(text, kind, "13-19", separators=" -")
    check_length(value, kind, 13, 19)
    check_characters(value, kind, [(DIGIT_SET, "a digit")] * len(value))
    expected = luhn_check_digit(value[:-1])
    if value[-1] != expected:
        refuse_check_character(kind, len(value) - 1, expected, value[-1])
    return value


def validate_basic_account_licence_number(text: str) -> str:
    """The basic deposit account number (基本存款账户编号, J + 13 digits) that a general account needs.

    It has no check digit of its own; no Luhn here (Luhn is for card numbers only).
    """
    kind = "basic_account_licence_number"
    value = normalise(text, kind, "14")
    check_length(value, kind, 14)
    check_characters(value, kind, [(frozenset("J"), "J")] + [(DIGIT_SET, "a digit")] * 13)
    return value
