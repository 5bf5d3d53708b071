"""Text for print: strip what cannot be printed, split runs by font, escape markup, format values."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from teller_app.documents.fonts import register_fonts

MISSING_GLYPH = "□"  # printed where a character has no glyph in either font (emoji, rare ideographs)
_WHITESPACE_CONTROLS = "\t\n\r\x0b\x0c\x85\u2028\u2029"
_DROPPED_CATEGORIES = ("Cc", "Cf", "Cs", "Co", "Cn")
_SPACES = re.compile(" {2,}")


def printable(value: object) -> str:
    """The text as it will be printed: NFC, controls removed, unprintable characters replaced by □."""
    if value is None:
        return ""
    text = unicodedata.normalize("NFC", str(value))
    fonts = register_fonts()
    out: list[str] = []
    for char in text:
        code = ord(char)
        if char in _WHITESPACE_CONTROLS:
            out.append(" ")
        elif unicodedata.category(char) in _DROPPED_CATEGORIES:
            continue
        elif 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF:
            continue  # variation selectors (emoji presentation and the like)
        elif code >= 0x10000:
            out.append(MISSING_GLYPH)  # emoji and supplementary planes: neither font has them
        elif code in fonts.cjk_chars or code in fonts.latin_chars:
            out.append(char)
        elif unicodedata.category(char).startswith("M"):
            continue  # a combining mark with no glyph: drop it, keep the base letter
        else:
            out.append(MISSING_GLYPH)
    return _SPACES.sub(" ", "".join(out)).strip(" ")


def font_runs(text: str) -> Iterator[tuple[str, str]]:
    """(font name, text) runs of already printable text; a space stays in the run it is in."""
    fonts = register_fonts()
    current = ""
    run: list[str] = []
    for char in text:
        code = ord(char)
        if char == " " and current:
            run.append(char)
            continue
        font = fonts.cjk if code in fonts.cjk_chars and code not in fonts.latin_chars else fonts.latin
        if code in fonts.cjk_chars and code in fonts.latin_chars:
            font = current or fonts.cjk
        if font != current and run:
            yield current, "".join(run)
            run = []
        current = font
        run.append(char)
    if run:
        yield current, "".join(run)


def markup(value: object) -> str:
    """Paragraph markup for a value: escaped, with Latin runs set in the Latin font."""
    fonts = register_fonts()
    parts = []
    for font, run in font_runs(printable(value)):
        if font == fonts.cjk:
            parts.append(escape(run))
        else:
            parts.append(f'<font face="{font}">{escape(run)}</font>')
    return "".join(parts)


def text_width(value: object, size: float) -> float:
    return sum(stringWidth(run, font, size) for font, run in font_runs(printable(value)))


def draw_text(canvas: Canvas, x: float, y: float, value: object, size: float, anchor: str = "left") -> float:
    """Draw one line of mixed-script text on a canvas; anchor is left, right or centre. Returns its width."""
    text = printable(value)
    width = text_width(text, size)
    if anchor == "right":
        x -= width
    elif anchor == "centre":
        x -= width / 2
    for font, run in font_runs(text):
        canvas.setFont(font, size)
        canvas.drawString(x, y, run)
        x += stringWidth(run, font, size)
    return width


def fit_text(value: object, size: float, width: float) -> str:
    """The value shortened with … so that one line fits the width (for headers and footers)."""
    text = printable(value)
    if text_width(text, size) <= width:
        return text
    while text and text_width(text + "…", size) > width:
        text = text[:-1]
    return text + "…"


def fmt_date(value: date | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.date()
    return f"{value.year}年{value.month:02d}月{value.day:02d}日"


def fmt_datetime(value: datetime | None) -> str:
    if value is None:
        return ""
    return f"{fmt_date(value)} {value.hour:02d}:{value.minute:02d}"


def fmt_stamp(value: datetime | None) -> str:
    """A timestamp for table columns, in the documents' one date format: 2026年03月02日 09:40."""
    return fmt_datetime(value)


def fmt_money(value: Decimal | int | None) -> str:
    """Amounts with thousands separators and two decimals: 10,000.00."""
    if value is None:
        return ""
    try:
        return f"{Decimal(value):,.2f}"
    except (InvalidOperation, ValueError):
        return printable(value)


def fmt_number(value: Decimal | int | None) -> str:
    """A score or weight as given, without trailing zeros beyond what was stored."""
    if value is None:
        return ""
    return str(value)


def yes_no(value: bool) -> str:
    return "是" if value else "否"
