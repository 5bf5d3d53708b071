"""The look of every document: paragraph styles, table styles and the small building blocks they share."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from teller_app.documents.fonts import register_fonts
from teller_app.documents.text import markup

INK = colors.HexColor("#1a1a1a")
RULE = colors.HexColor("#555555")
SHADE = colors.HexColor("#e9edf2")
MUTED = colors.HexColor("#5a5a5a")
WARN = colors.HexColor("#b00020")
ENGLISH_INK = colors.HexColor("#2b2b2b")
NBSP = "\u00a0"
DATE_LINE = f"日期：{NBSP * 12}年{NBSP * 6}月{NBSP * 6}日"  # blank date to fill in by hand


def cell_font() -> tuple[object, ...]:
    """Every table's cell font: our embedded font (reportlab's default, Helvetica, is never embedded)."""
    return ("FONTNAME", (0, 0), (-1, -1), register_fonts().cjk)


@cache
def style(name: str) -> ParagraphStyle:
    """Named styles: title, subtitle, heading, body, body_en, small, cell, cell_head, cell_right."""
    cjk = register_fonts().cjk
    base = ParagraphStyle("base", fontName=cjk, fontSize=9.5, leading=14, wordWrap="CJK", textColor=INK)
    table = {
        "title": {"fontSize": 17, "leading": 24, "alignment": TA_CENTER, "spaceAfter": 2},
        "subtitle": {"fontSize": 9, "leading": 13, "alignment": TA_CENTER, "textColor": MUTED},
        "heading": {"fontSize": 11, "leading": 16, "spaceBefore": 7, "spaceAfter": 3, "keepWithNext": 1},
        "body": {"alignment": TA_LEFT, "firstLineIndent": 0},
        # English lines stay legible on a photocopy: dark ink, not grey, and not below 8 pt.
        "body_en": {"fontSize": 8, "leading": 11, "textColor": ENGLISH_INK, "spaceAfter": 3},
        "small": {"fontSize": 7.5, "leading": 10.5, "textColor": MUTED, "spaceBefore": 2.5},
        "cell": {"fontSize": 8.5, "leading": 11.5},
        "cell_head": {"fontSize": 8.5, "leading": 11.5, "alignment": TA_CENTER},
        "cell_right": {"fontSize": 8.5, "leading": 11.5, "alignment": TA_RIGHT},
        "cell_centre": {"fontSize": 8.5, "leading": 11.5, "alignment": TA_CENTER},
        "cell_warn": {"fontSize": 8.5, "leading": 11.5, "textColor": WARN},
        "emphasis": {"fontSize": 13, "leading": 18},
    }
    return ParagraphStyle(name, parent=base, **table[name])


def para(value: object, style_name: str = "body") -> Paragraph:
    """A paragraph of untrusted text: cleaned, escaped, wrapped (CJK word wrap)."""
    return Paragraph(markup(value), style(style_name))


def rich(parts: Sequence[tuple[object, bool]], style_name: str = "body") -> Paragraph:
    """A paragraph of (text, underline) parts: underlined parts are the case's values in a form."""
    out = []
    for value, underline in parts:
        text = markup(value)
        out.append(f"<u>{text}</u>" if underline and text else text)
    return Paragraph("".join(out), style(style_name))


class Bold(Flowable):
    """A paragraph drawn with fill and stroke: the CJK font has no bold face, so titles are emboldened."""

    def __init__(self, paragraph: Paragraph, weight: float = 0.45) -> None:
        super().__init__()
        self.paragraph = paragraph
        self.weight = weight
        self.keepWithNext = getattr(paragraph.style, "keepWithNext", 0)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, self.height = self.paragraph.wrap(availWidth, availHeight)
        return self.width, self.height

    def getSpaceBefore(self) -> float:
        return float(self.paragraph.getSpaceBefore())

    def getSpaceAfter(self) -> float:
        return float(self.paragraph.getSpaceAfter())

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setLineWidth(self.weight)
        canvas.setStrokeColor(INK)
        canvas._code.append("2 Tr")  # text render mode: fill, then stroke
        self.paragraph.drawOn(canvas, 0, 0)
        canvas._code.append("0 Tr")
        canvas.restoreState()


def title(text: str, subtitle: str = "") -> list[Flowable]:
    out: list[Flowable] = [Bold(para(text, "title"))]
    if subtitle:
        out.append(para(subtitle, "subtitle"))
    out.append(Spacer(1, 4 * mm))
    return out


def heading(text: str) -> Flowable:
    return Bold(para(text, "heading"), weight=0.3)


def grid(
    rows: Sequence[Sequence[object]],
    widths_mm: Sequence[float],
    *,
    header: bool = True,
    label_column: bool = False,
    repeat: bool = True,
    row_heights: Sequence[float | None] | None = None,
) -> Table:
    """A ruled table; strings become wrapped paragraphs; header row and label column are shaded."""
    cells = []
    for r, row in enumerate(rows):
        line = []
        for value in row:
            if isinstance(value, Flowable):
                line.append(value)
            elif header and r == 0:
                line.append(para(value, "cell_head"))
            else:
                line.append(para(value, "cell"))
        cells.append(line)
    table = Table(
        cells,
        colWidths=[w * mm for w in widths_mm],
        rowHeights=list(row_heights) if row_heights is not None else None,
        repeatRows=1 if header and repeat else 0,
        hAlign="LEFT",
    )
    commands: list[tuple[object, ...]] = [
        cell_font(),
        ("GRID", (0, 0), (-1, -1), 0.5, RULE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), SHADE))
    if label_column:
        commands.append(("BACKGROUND", (0, 0), (0, -1), SHADE))
        if len(widths_mm) >= 4:
            commands.append(("BACKGROUND", (2, 0), (2, -1), SHADE))
    table.setStyle(TableStyle(commands))
    return table


def fields(pairs: Sequence[tuple[str, object]], *, two_columns: bool = True) -> Table:
    """Label/value pairs as a form: two pairs per row (label, value, label, value) or one per row."""
    if two_columns:
        rows = []
        for index in range(0, len(pairs), 2):
            left = pairs[index]
            right = pairs[index + 1] if index + 1 < len(pairs) else ("", "")
            rows.append([left[0], left[1], right[0], right[1]])
        return grid(rows, (30, 57, 30, 57), header=False, label_column=True)
    return grid([[k, v] for k, v in pairs], (38, 136), header=False, label_column=True)
