"""Entries are stored normalised: full-width codes folded, Chinese names kept as written, never cut."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from teller_app.domain.entries import FIELDS, TRIMMED, normalise_entries, normalise_text, rule_for
from teller_app.domain.errors import InputError

FULL_WIDTH_DIGITS = "０１２３４５６７８９"
CHINESE_PUNCTUATION = "（）、，。：；“”‘’《》—·－"
CJK = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)
NAME_TEXT = st.text(st.one_of(CJK, st.sampled_from(CHINESE_PUNCTUATION + FULL_WIDTH_DIGITS + "ＡＢｃ 　")))


def test_a_full_width_credit_code_is_stored_in_ascii():
    assert normalise_text("credit_code", " ９１３１０１１５ＭＡ１Ｋ３ＸＷ５Ｘ　") == "91310115MA1K3XW5X"


def test_a_registered_name_keeps_its_chinese_brackets_and_folds_its_digits():
    name = "上海云帆（集团）第３分公司"
    assert normalise_text("customer_name", f"　{name} ") == "上海云帆（集团）第3分公司"


def test_an_address_keeps_its_chinese_punctuation():
    address = "上海市浦东新区张江路８８号、９０号（东门）"
    assert normalise_text("identity.address", address) == "上海市浦东新区张江路88号、90号（东门）"


def test_text_over_the_limit_is_refused_naming_the_limit_and_never_cut():
    limit = FIELDS["customer_name"].limit
    with pytest.raises(InputError) as refused:
        normalise_text("customer_name", "甲" * (limit + 1))
    assert refused.value.code == "input.too_long"
    assert refused.value.params["limit"] == limit and refused.value.params["length"] == limit + 1


@pytest.mark.parametrize("invisible", ["\x00", "\x1b", "\u200b", "\u202e", "\ufeff", "\t"])
def test_a_control_or_invisible_character_inside_a_name_is_refused_with_its_position(invisible):
    with pytest.raises(InputError) as refused:
        normalise_text("legal_representative.name", f"王{invisible}建国")
    assert refused.value.code == "input.control_character" and refused.value.params["position"] == 2
    assert refused.value.params["field"] == "legal_representative.name"


def test_a_multi_line_note_keeps_its_line_breaks():
    assert normalise_text("edd_note", "第一行\r\n第二行\n") == "第一行\n第二行"


def test_nested_entries_are_normalised_by_their_own_field():
    data = {
        "legal_representative": {"name": " 王建国 ", "id_number": "１１０１０１"},
        "investors": [" Ｊ１ "],
    }
    assert normalise_entries(data) == {
        "legal_representative": {"name": "王建国", "id_number": "110101"},
        "investors": ["J1"],
    }


def test_a_private_use_character_of_a_rare_name_is_kept():
    assert normalise_text("name", "王\ue000明") == "王\ue000明"


@given(NAME_TEXT)
def test_a_chinese_name_changes_only_by_its_full_width_letters_and_digits_and_its_trimmed_ends(text):
    folded = "".join(
        chr(ord(c) - 0xFEE0) if c in FULL_WIDTH_DIGITS + "ＡＢｃ" else c for c in text.strip(TRIMMED)
    )
    try:
        assert normalise_text("customer_name", text) == folded
    except InputError as error:
        assert error.code == "input.too_long" and len(folded) > FIELDS["customer_name"].limit


@given(st.sampled_from(sorted(FIELDS) + ["something_else"]), st.text(max_size=300))
def test_a_normalised_entry_is_stable_clean_and_within_its_limit(field, text):
    try:
        once = normalise_text(field, text)
    except InputError as error:
        assert error.code in ("input.too_long", "input.control_character")
        return
    assert normalise_text(field, once) == once  # normalising twice changes nothing
    assert len(once) <= rule_for(field).limit and once == once.strip(TRIMMED)
    allowed = "\n" if rule_for(field).multiline else ""
    assert all(unicodedata.category(c) not in ("Cc", "Cf") or c in allowed for c in once)
    assert not any("０" <= c <= "９" or "Ａ" <= c <= "Ｚ" or "ａ" <= c <= "ｚ" for c in once)
