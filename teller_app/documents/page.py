"""Every page of every document: case id, page X of Y, procedure version, QR code, training or demo watermark."""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from itertools import groupby
from typing import Any

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate
from reportlab.platypus.doctemplate import LayoutError

from teller_app.documents.fonts import register_fonts
from teller_app.documents.model import CaseSheet
from teller_app.documents.styles import MUTED, RULE, WARN
from teller_app.documents.text import draw_text, fit_text, fmt_datetime
from teller_app.domain.errors import InputError

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 18 * mm
TOP = 22 * mm  # header band
BOTTOM = 30 * mm  # footer band with the QR code
QR_SIZE = 22 * mm
QR_FORM = "tellerCaseQR"
WATERMARK_TEXT = "培训 TRAINING — 不具法律效力"
DEMO_WATERMARK_TEXT = "演示 DEMO — 验收测试，不具法律效力"


def qr_payload(sheet: CaseSheet) -> str:
    """What the QR code on every page carries: the case id and its content hash (and the version)."""
    return f"TELLER-CASE:{sheet.case_id};SHA256:{sheet.content_hash};PROC:{sheet.procedure_version}"


def page_label(number: int, total: int) -> str:
    return f"第 {number} 页 / 共 {total} 页"


@dataclass(frozen=True)
class Furniture:
    """What the header and footer print; the same on every page of one document."""

    document: str
    title: str  # the document's own title, printed in the footer
    case_id: str
    case_number: str
    content_hash: str
    procedure_version: str
    branch: str
    printed_at: str
    training: bool
    qr: str
    demo: bool = False


class SectionMark(Flowable):
    """Starts a separately numbered part of a document (one original of the agreement) with a label."""

    def __init__(self, label: str) -> None:
        super().__init__()
        self.label = label

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv._teller_section = self.label


class _CaseCanvas(Canvas):
    """Holds pages back until the end, so each can say 第 X 页 / 共 Y 页 within its section."""

    def __init__(self, *args: Any, furniture: Furniture, **kwargs: Any) -> None:
        # The canvas starts in our embedded Latin font: reportlab's default (Helvetica) is never embedded.
        kwargs["initialFontName"] = kwargs.get("initialFontName") or register_fonts().latin
        super().__init__(*args, **kwargs)
        self._furniture = furniture
        self._teller_section = ""
        self._held: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        totals = Counter(state["_teller_section"] for state in self._held)
        seen: Counter[str] = Counter()
        _define_qr(self, self._furniture.qr)
        for state in self._held:
            self.__dict__.update(state)
            section = state["_teller_section"]
            seen[section] += 1
            _draw_furniture(self, self._furniture, section, seen[section], totals[section])
            Canvas.showPage(self)
        Canvas.save(self)


def _draw_furniture(canvas: Canvas, furniture: Furniture, section: str, number: int, total: int) -> None:
    canvas.saveState()
    if furniture.training or furniture.demo:
        _draw_watermark(canvas, DEMO_WATERMARK_TEXT if furniture.demo else WATERMARK_TEXT)
    left, right = MARGIN, PAGE_WIDTH - MARGIN
    # Header: branch on the left, case id on the right, the section (which original) in the middle.
    top = PAGE_HEIGHT - 12 * mm
    canvas.setFillColor(MUTED)
    draw_text(canvas, left, top, fit_text(furniture.branch, 8, 70 * mm), 8)
    draw_text(canvas, right, top, f"案件编号 Case No. {furniture.case_number}", 8, anchor="right")
    if section:
        canvas.setFillColor(WARN)
        draw_text(canvas, PAGE_WIDTH / 2, top - 5 * mm, section, 9.5, anchor="centre")
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(left, top - 7 * mm, right, top - 7 * mm)
    # Footer: a rule, version and print time, the full content hash, the page number; QR on the right.
    base = 10 * mm
    qr_left = right - QR_SIZE
    canvas.line(left, base + QR_SIZE + 1.5 * mm, right, base + QR_SIZE + 1.5 * mm)
    canvas.setFillColor(MUTED)
    draw_text(canvas, left, base + 15 * mm, fit_text(furniture.title, 8, 110 * mm), 8)
    draw_text(
        canvas,
        left,
        base + 10.5 * mm,
        f"流程版本 Procedure {furniture.procedure_version}    打印时间 Printed {furniture.printed_at}",
        7,
    )
    draw_text(canvas, left, base + 6 * mm, f"内容摘要 SHA-256 {furniture.content_hash}", 6.5)
    canvas.setFillColor(colors.black)
    draw_text(canvas, qr_left - 4 * mm, base + 15 * mm, page_label(number, total), 9, anchor="right")
    _draw_qr(canvas, qr_left, base)
    canvas.restoreState()


def qr_modules(payload: str) -> list[list[bool]]:
    """The dark/light modules of the QR code for a payload (reportlab's encoder, error level M)."""
    widget = QrCodeWidget(payload, barLevel="M")
    widget.qr.make()
    return [[bool(cell) for cell in row] for row in widget.qr.modules]


def _define_qr(canvas: Canvas, payload: str) -> None:
    """Draw the QR code once as a form XObject; every page then places the same form."""
    modules = qr_modules(payload)
    border = 2  # quiet zone in modules; the white square masks anything beneath
    box = QR_SIZE / (len(modules) + 2 * border)
    canvas.beginForm(QR_FORM, 0, 0, QR_SIZE, QR_SIZE)
    canvas.setFillColor(colors.white)
    canvas.rect(0, 0, QR_SIZE, QR_SIZE, stroke=0, fill=1)
    canvas.setFillColor(colors.black)
    for r, row in enumerate(modules):
        c = 0
        for dark, run in groupby(row):
            count = len(list(run))
            if dark:
                y = QR_SIZE - (r + border + 1) * box
                canvas.rect((c + border) * box, y, count * box, box, stroke=0, fill=1)
            c += count
    canvas.endForm()


def _draw_qr(canvas: Canvas, x: float, y: float) -> None:
    canvas.saveState()
    canvas.translate(x, y)
    canvas.doForm(QR_FORM)
    canvas.restoreState()


def _draw_watermark(canvas: Canvas, text: str) -> None:
    canvas.saveState()
    canvas.setFillColor(colors.HexColor("#c62828"))
    canvas.setFillAlpha(0.16)
    canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
    canvas.rotate(38)
    for offset in (-90 * mm, 0, 90 * mm):
        draw_text(canvas, 0, offset, text, 30, anchor="centre")
    canvas.restoreState()


def furniture_for(sheet: CaseSheet, document: str, title: str) -> Furniture:
    return Furniture(
        document=document,
        title=title,
        case_id=sheet.case_id,
        case_number=sheet.quoted_number,
        content_hash=sheet.content_hash,
        procedure_version=sheet.procedure_version,
        branch=sheet.branch.name,
        printed_at=fmt_datetime(sheet.printed_at) or "—",
        training=sheet.training,
        qr=qr_payload(sheet),
        demo=sheet.demo,
    )


def build_pdf(sheet: CaseSheet, document: str, story: Sequence[Flowable], title: str) -> bytes:
    """Lay the story out on A4 pages with the case furniture; same sheet, same bytes (invariant mode)."""
    register_fonts()
    out = io.BytesIO()
    template = BaseDocTemplate(
        out,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=TOP,
        bottomMargin=BOTTOM + 4 * mm,
        title=f"{title} {sheet.quoted_number}",
        subject=f"case {sheet.case_id} sha256 {sheet.content_hash}",
        author="Teller App",
        creator="Teller App",
        invariant=1,
    )
    frame = Frame(
        MARGIN,
        BOTTOM + 4 * mm,
        PAGE_WIDTH - 2 * MARGIN,
        PAGE_HEIGHT - TOP - BOTTOM - 8 * mm,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    template.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    try:
        template.build(
            list(story), canvasmaker=partial(_CaseCanvas, furniture=furniture_for(sheet, document, title))
        )
    except LayoutError as error:
        raise InputError(
            "document.layout",
            "The {document} cannot be laid out: a value is too large for the page",
            document=document,
            detail=str(error)[:200],
        ) from error
    return out.getvalue()
