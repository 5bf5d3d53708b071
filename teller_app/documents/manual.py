"""The operation manual (操作手册) as a PDF: its sections, the procedure's flowchart, and the FAQ.

The content comes from teller_app.services.help (the process definition in force plus resources/help); this
module only lays it out, with the manual's title, version and page number on every page.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, PageBreak, SimpleDocTemplate, Spacer

from teller_app.documents.flowchart import flowchart_story
from teller_app.documents.fonts import register_fonts
from teller_app.documents.styles import MUTED, heading, para, title
from teller_app.documents.text import draw_text
from teller_app.domain.flow import FlowNode


def build_manual(
    manual_title: str,
    subtitle: str,
    sections: Sequence[tuple[str, Sequence[str]]],
    faq: Sequence[tuple[str, str]],
    nodes: Sequence[FlowNode],
    *,
    flowchart_title: str,
    faq_title: str,
    footer: str,
) -> bytes:
    """The manual's PDF bytes (same content, same bytes)."""
    register_fonts()
    story: list[Flowable] = [*title(manual_title, subtitle)]
    for section_title, lines in sections:
        story.append(heading(section_title))
        story += [para(line) for line in lines if line]
    story += [PageBreak(), heading(flowchart_title), *flowchart_story(list(nodes))]
    story += [PageBreak(), heading(faq_title)]
    for question, answer in faq:
        story += [para(question, "heading"), para(answer), Spacer(1, 2 * mm)]
    out = io.BytesIO()

    def furniture(canvas: Canvas, document: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setFillColor(MUTED)
        draw_text(canvas, 18 * mm, 10 * mm, footer, 7.5)
        draw_text(canvas, A4[0] - 18 * mm, 10 * mm, f"{document.page}", 7.5, anchor="right")
        canvas.restoreState()

    document = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=18 * mm,
        title=manual_title,
        invariant=1,
    )
    document.build(story, onFirstPage=furniture, onLaterPages=furniture)
    return out.getvalue()
