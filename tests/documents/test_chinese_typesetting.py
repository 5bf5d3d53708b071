"""Chinese typesetting of the documents: 避头尾, one date format, and the Chinese text prevails."""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pdf_reading import squeeze

from teller_app.documents.render import build
from teller_app.documents.styles import para, rich
from teller_app.documents.text import fmt_date, fmt_stamp
from teller_app.documents.typesetting import CANNOT_END_ZH, CANNOT_START_ZH, NO_END, NO_START

TEXT = (
    "甲方应当按照规定使用账户，不得出租、出借账户；不得利用账户从事违法活动：洗钱、逃税？不得！《办法》规定。"
)


def _lines(paragraph, width: float) -> list[str]:
    paragraph.wrap(width, 10_000)
    lines = paragraph.blPara
    return [
        "".join(line[1]) if lines.kind == 0 else "".join(w.text for w in line.words) for line in lines.lines
    ]


def _line_starts(text: str, width: float) -> list[str]:
    return [line[:1] for line in _lines(para(text), width)[1:]]


CLOSING = "，。、；：？！）》」』】”’"
OPENING = "（《「『【“"
HAN = "甲乙方账户银行单位存款结算协议规定使用不得出租借"


@st.composite
def chinese_text(draw) -> str:
    """Sentences of words: up to two opening marks, one to four characters, up to three closing marks."""
    words = []
    for _ in range(draw(st.integers(3, 40))):
        opening = draw(st.text(alphabet=OPENING, max_size=2))
        body = draw(st.text(alphabet=HAN, min_size=1, max_size=4))
        closing = draw(st.text(alphabet=CLOSING, max_size=3))
        words.append(opening + body + closing)
    return "".join(words)


def _check_lines(lines: list[str], text: str) -> None:
    assert "".join(lines) == text  # nothing lost, nothing added
    for before, after in zip(lines, lines[1:], strict=False):
        assert after[:1] not in NO_START, (before, after)  # 避头
        assert before[-1:] not in NO_END, (before, after)  # 避尾


@settings(max_examples=150, deadline=None)
@given(text=chinese_text(), chars=st.integers(10, 40))
def test_no_line_starts_with_closing_or_ends_with_opening_punctuation(text, chars) -> None:
    _check_lines(_lines(para(text), chars * 9.5), text)


@settings(max_examples=100, deadline=None)
@given(text=chinese_text(), chars=st.integers(10, 40), cut=st.integers(1, 30))
def test_the_same_holds_for_text_in_several_styles(text, chars, cut) -> None:
    """Underlined case values in a form line take reportlab's many-run path."""
    cut = min(cut, len(text) - 1)
    lines = _lines(rich([(text[:cut], False), (text[cut:], True)]), chars * 9.5)
    _check_lines(lines, text)


@pytest.mark.parametrize("run", ["。」", "）。", "」。", "！”", "……", "——", "。）」"])
def test_two_or_three_closing_marks_together_never_start_a_line(run) -> None:
    base = "甲方应当按照规定使用账户不得出租出借账户不得利用账户从事违法活动洗钱逃税"
    for at in range(3, len(base)):
        text = base[:at] + run + base[at:]
        for width in range(40, 300, 3):
            _check_lines(_lines(para(text), width), text)


def test_opening_marks_never_end_a_line() -> None:
    base = "甲方应当按照规定使用账户不得出租出借账户不得利用账户从事违法活动洗钱逃税"
    for mark in "（《「『【“‘〔":
        assert mark in CANNOT_END_ZH
        for at in range(3, len(base)):
            text = base[:at] + mark + "办法" + base[at:]
            for width in range(40, 300, 3):
                _check_lines(_lines(para(text), width), text)


def test_english_lines_still_break_between_words() -> None:
    text = "The Chinese text prevails where the two versions differ; both parties keep one original each."
    words = set(text.split())
    for width in range(80, 400, 7):
        for line in _lines(para(text, "body_en"), width):
            assert set(line.split()) <= words, (width, line)


@pytest.mark.parametrize("mark", list("，、；：？！》"))
def test_no_line_starts_with_closing_punctuation(mark) -> None:
    text = TEXT.replace("，", mark, 1)
    for width in range(60, 420, 2):
        assert not set(_line_starts(text, width)) & set(CANNOT_START_ZH), width


def test_dates_print_in_one_format() -> None:
    moment = datetime(2026, 3, 2, 9, 40)
    assert fmt_date(moment) == "2026年03月02日"
    assert fmt_stamp(moment) == "2026年03月02日 09:40"


def test_the_agreement_says_the_chinese_text_prevails(corporate, individual, pdf_pages) -> None:
    for sheet in (corporate, individual):
        text = squeeze("".join(pdf_pages(build("agreement", sheet))))
        assert squeeze("以中文文本为准") in text
        assert squeeze("the Chinese text prevails") in text


def test_seal_specimen_boxes_take_a_42_mm_seal(corporate) -> None:
    from reportlab.lib.units import mm
    from reportlab.platypus import Table

    from teller_app.documents.agreement import _seal_card

    table = next(f for f in _seal_card(corporate) if isinstance(f, Table))
    assert all(h >= 42 * mm for h in table._argH[1:])  # every specimen row
    assert table._argW[-1] >= 42 * mm  # the specimen column
    assert [row[0].text for row in table._cellvalues[1:]] == ["单位公章", "财务专用章", "法定代表人名章"]
