"""The process flowchart (开户流程图) in standard symbols, with control and risk points and the case's step."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Spacer

from teller_app.documents.model import CaseSheet, FlowKind, FlowNode
from teller_app.documents.page import build_pdf
from teller_app.documents.required import check_printable
from teller_app.documents.styles import INK, MUTED, para, title
from teller_app.documents.text import draw_text, fit_text, printable
from teller_app.domain.errors import InputError

TITLE = "对公及个人开户业务流程图"
ROW = 38.0  # height of one box and the arrow into it
BOX_W, BOX_H, DIAMOND_H = 190.0, 26.0, 32.0
CENTRE = 215.0  # x of the main column inside the frame
CONTROL = colors.HexColor("#c62828")
RISK = colors.HexColor("#ef6c00")
CURRENT = colors.HexColor("#1565c0")
CURRENT_FILL = colors.HexColor("#fff3c4")
BRANCH_FILL = colors.HexColor("#f3f3f3")


def _shape(canvas: Canvas, kind: FlowKind, x: float, y: float, w: float, h: float) -> None:
    """Fill and stroke one symbol with its lower-left corner at (x, y)."""
    if kind is FlowKind.TERMINATOR:
        canvas.roundRect(x, y, w, h, h / 2, stroke=1, fill=1)
    elif kind is FlowKind.DECISION:
        path = canvas.beginPath()
        path.moveTo(x + w / 2, y + h)
        path.lineTo(x + w, y + h / 2)
        path.lineTo(x + w / 2, y)
        path.lineTo(x, y + h / 2)
        path.close()
        canvas.drawPath(path, stroke=1, fill=1)
    elif kind is FlowKind.DOCUMENT:
        wave = h * 0.18
        path = canvas.beginPath()
        path.moveTo(x, y + wave)
        path.curveTo(x + w * 0.25, y - wave, x + w * 0.5, y + wave, x + w * 0.75, y + wave * 0.2)
        path.curveTo(x + w * 0.85, y - wave * 0.2, x + w * 0.95, y, x + w, y + wave * 0.6)
        path.lineTo(x + w, y + h)
        path.lineTo(x, y + h)
        path.close()
        canvas.drawPath(path, stroke=1, fill=1)
    else:
        canvas.rect(x, y, w, h, stroke=1, fill=1)


def _arrow(canvas: Canvas, x1: float, y1: float, x2: float, y2: float) -> None:
    canvas.line(x1, y1, x2, y2)
    size = 3.2
    path = canvas.beginPath()
    if x1 == x2:  # vertical, pointing down
        path.moveTo(x2, y2)
        path.lineTo(x2 - size, y2 + size * 1.6)
        path.lineTo(x2 + size, y2 + size * 1.6)
    else:  # horizontal, pointing right
        path.moveTo(x2, y2)
        path.lineTo(x2 - size * 1.6, y2 - size)
        path.lineTo(x2 - size * 1.6, y2 + size)
    path.close()
    canvas.drawPath(path, stroke=0, fill=1)


def _marker(canvas: Canvas, kind: str, x: float, y: float) -> None:
    """A control point (red disc 控) or a risk point (orange triangle 险) centred at (x, y)."""
    canvas.saveState()
    if kind == "control":
        canvas.setFillColor(CONTROL)
        canvas.circle(x, y, 6.5, stroke=0, fill=1)
        text = "控"
    else:
        canvas.setFillColor(RISK)
        path = canvas.beginPath()
        path.moveTo(x, y + 7.5)
        path.lineTo(x + 7.5, y - 5.5)
        path.lineTo(x - 7.5, y - 5.5)
        path.close()
        canvas.drawPath(path, stroke=0, fill=1)
        text = "险"
        y -= 1.5
    canvas.setFillColor(colors.white)
    draw_text(canvas, x, y - 2.6, text, 7, anchor="centre")
    canvas.restoreState()


def _labels(canvas: Canvas, zh: str, en: str, cx: float, cy: float, width: float) -> None:
    canvas.setFillColor(INK)
    draw_text(canvas, cx, cy + 1, fit_text(zh, 8.5, width), 8.5, anchor="centre")
    canvas.setFillColor(MUTED)
    draw_text(canvas, cx, cy - 7.5, fit_text(en, 6, width), 6, anchor="centre")


class NodeRow(Flowable):
    """One symbol with the arrow into it, its SLA on the left, markers and the 否 branch on the right.

    `current` shades the symbol (a step's box and its decisions); `marked` also writes ▶ 当前步骤 beside it,
    once per chart.
    """

    def __init__(
        self,
        node: FlowNode,
        *,
        first: bool,
        current: bool,
        no_text: str,
        after_decision: bool,
        marked: bool = False,
    ) -> None:
        super().__init__()
        self.node, self.first, self.current, self.marked = node, first, current, marked
        self.no_text, self.after_decision = no_text, after_decision

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return availWidth, ROW

    def draw(self) -> None:
        canvas, node = self.canv, self.node
        decision = node.kind is FlowKind.DECISION
        h = DIAMOND_H if decision else BOX_H
        w = BOX_W + (30 if decision else 0)
        cy = (ROW - 12) / 2 + 1  # the arrow takes the top 12 points of the row
        x, y = CENTRE - w / 2, cy - h / 2
        canvas.saveState()
        canvas.setStrokeColor(INK)
        canvas.setFillColor(INK)
        canvas.setLineWidth(0.8)
        if not self.first:
            _arrow(canvas, CENTRE, ROW + 3, CENTRE, y + h)
            if self.after_decision:
                draw_text(canvas, CENTRE + 5, ROW - 9.5, "是", 7.5)  # below the diamond's tip
        if self.current:
            canvas.setStrokeColor(CURRENT)
            canvas.setFillColor(CURRENT_FILL)
            canvas.setLineWidth(2.2)
        else:
            canvas.setFillColor(colors.white)
        _shape(canvas, node.kind, x, y, w, h)
        _labels(canvas, node.label_zh, node.label_en, CENTRE, cy, w * (0.55 if decision else 0.92))
        canvas.setLineWidth(0.8)
        canvas.setStrokeColor(INK)
        canvas.setFillColor(MUTED)
        markers = [m for m, on in (("control", node.is_control_point), ("risk", node.is_risk_point)) if on]
        left = x - 8  # decisions carry their markers on the left, where the 否 branch does not run
        if decision:
            for offset, marker in enumerate(markers):
                _marker(canvas, marker, x - 4 - offset * 17, cy)
            left = x - 16 - 17 * len(markers)
        else:
            for offset, marker in enumerate(markers):
                _marker(canvas, marker, x + w + 12 + offset * 17, cy)
        if node.sla_minutes:
            draw_text(canvas, left, cy - 3, f"时限 {node.sla_minutes} 分钟", 7.5, anchor="right")
        if self.marked:
            canvas.setFillColor(CURRENT)
            draw_text(canvas, left, cy + 6, "▶ 当前步骤", 8, anchor="right")
        if decision and self.no_text:
            self._no_branch(canvas, x + w, cy)
        canvas.restoreState()

    def _no_branch(self, canvas: Canvas, x: float, cy: float) -> None:
        end = CENTRE + BOX_W / 2 + 42
        canvas.setFillColor(INK)
        _arrow(canvas, x, cy, end, cy)
        draw_text(canvas, x + 6, cy + 3, "否", 7.5)
        width = self.width - end - 2
        canvas.setFillColor(BRANCH_FILL)
        canvas.setDash(2, 2)
        canvas.roundRect(end, cy - 9, width, 18, 4, stroke=1, fill=1)
        canvas.setDash()
        canvas.setFillColor(INK)
        draw_text(
            canvas, end + width / 2, cy - 3, fit_text(self.no_text, 7.5, width - 6), 7.5, anchor="centre"
        )


class Legend(Flowable):
    """The key: the four symbols, control and risk point markers, and the current step."""

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return availWidth, 34

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setLineWidth(0.7)
        canvas.setStrokeColor(INK)
        x = 0.0
        for kind, label in (
            (FlowKind.TERMINATOR, "起止"),
            (FlowKind.PROCESS, "处理"),
            (FlowKind.DECISION, "判断"),
            (FlowKind.DOCUMENT, "文档"),
        ):
            canvas.setFillColor(colors.white)
            _shape(canvas, kind, x, 14, 30, 14)
            canvas.setFillColor(INK)
            draw_text(canvas, x + 34, 17.5, label, 8)
            x += 64
        _marker(canvas, "control", x + 6, 21)
        canvas.setFillColor(INK)
        draw_text(canvas, x + 16, 17.5, "关键控制点", 8)
        x += 66
        _marker(canvas, "risk", x + 6, 21)
        canvas.setFillColor(INK)
        draw_text(canvas, x + 16, 17.5, "风险点", 8)
        x += 50
        canvas.setStrokeColor(CURRENT)
        canvas.setFillColor(CURRENT_FILL)
        canvas.setLineWidth(2)
        canvas.rect(x, 14, 24, 14, stroke=1, fill=1)
        canvas.setFillColor(INK)
        draw_text(canvas, x + 28, 17.5, "当前步骤", 8)
        canvas.setFillColor(MUTED)
        draw_text(
            canvas,
            0,
            2,
            "Legend: terminator · process · decision · document · key control point · risk point · current step",
            6.5,
        )
        canvas.restoreState()


def _check_nodes(nodes: Sequence[FlowNode]) -> None:
    codes = [str(node.code) for node in nodes]
    duplicates = sorted({code for code in codes if codes.count(code) > 1})
    if not nodes or duplicates or any(not printable(code) for code in codes):
        raise InputError(
            "document.flowchart_invalid",
            "The flowchart needs boxes with unique codes; duplicates: {duplicates}",
            duplicates=", ".join(duplicates) or "—",
        )


def flowchart_story(nodes: Sequence[FlowNode], current_step: str = "") -> list[Flowable]:
    """The flowchart as flowables; it breaks across pages between boxes when the procedure is long."""
    _check_nodes(nodes)
    by_code = {str(node.code): node for node in nodes}
    story: list[Flowable] = [Legend(), Spacer(1, 3 * mm)]
    current_nodes = [n for n in nodes if bool(current_step) and current_step in (str(n.code), str(n.step))]
    step_boxes = [n for n in current_nodes if str(n.code) == current_step]
    marked = (step_boxes or current_nodes)[0] if current_nodes else None
    previous: FlowNode | None = None
    for index, node in enumerate(nodes):
        target = by_code.get(str(node.no_target)) if node.no_target else None
        no_text = f"{node.no_label} → {target.label_zh}" if target and node.no_label else node.no_label
        if target and not node.no_label:
            no_text = f"→ {target.label_zh}"
        story.append(
            NodeRow(
                node,
                first=index == 0,
                current=node in current_nodes,
                marked=node is marked,
                no_text=no_text,
                after_decision=previous is not None and previous.kind is FlowKind.DECISION,
            )
        )
        previous = node
    return story


def build_flowchart(sheet: CaseSheet, nodes: Sequence[FlowNode] | None = None) -> bytes:
    """The flowchart for a case: the boxes of its process definition, its current step highlighted."""
    check_printable(sheet, "flowchart")
    current = sheet.current_step.value if sheet.current_step is not None else ""
    story: list[Flowable] = []
    story += title(TITLE, f"Account opening process flowchart　·　流程版本 {sheet.procedure_version}")
    if printable(sheet.customer.name):
        story.append(para(f"案件编号：{sheet.quoted_number}　客户：{sheet.customer.name}", "small"))
    if sheet.procedure_notice:
        story.append(para(sheet.procedure_notice, "small"))
    story += flowchart_story(list(nodes) if nodes is not None else list(sheet.flowchart), current)
    return build_pdf(sheet, "flowchart", story, TITLE)
