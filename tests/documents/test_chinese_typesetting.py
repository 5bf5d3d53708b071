"""Chinese typesetting of the documents: 避头尾, one date format, and the Chinese text prevails."""

from __future__ import annotations

from datetime import datetime

import pytest
from pdf_reading import squeeze

from teller_app.documents.render import build
from teller_app.documents.styles import para
from teller_app.documents.text import fmt_date, fmt_stamp
from teller_app.documents.typesetting import CANNOT_START_ZH

TEXT = (
    "甲方应当按照规定使用账户，不得出租、出借账户；不得利用账户从事违法活动：洗钱、逃税？不得！《办法》规定。"
)


def _line_starts(text: str, width: float) -> list[str]:
    paragraph = para(text)
    paragraph.wrap(width, 1000)
    lines = paragraph.blPara
    starts = []
    for line in lines.lines[1:]:
        words = "".join(line[1]) if lines.kind == 0 else "".join(getattr(w, "text", "") for w in line.words)
        starts.append(words[:1])
    return starts


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
