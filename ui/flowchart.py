"""The process flowchart as a view, drawn from the process definition: boxes, decisions, control and risk
points, SLA, the current step marked, and the definition's governance (version, owner, who interprets it)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView, QVBoxLayout, QWidget

from teller_app.domain.flow import FlowKind, FlowNode
from teller_app.domain.steps import Step
from ui.backend import ProcedureView
from ui.help.bilingual import chinese_shown, pick
from ui.i18n import tr
from ui.widgets import Retranslating, label, named

_BOX_W, _BOX_H, _GAP = 280.0, 44.0, 26.0
_RISK = QColor("#b00020")
_CONTROL = QColor("#8a5a00")


class FlowchartView(Retranslating, QWidget):
    def __init__(
        self,
        current: Step | None = None,
        procedure: ProcedureView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("flowchartView")
        self.current = current
        self.procedure = procedure
        self.title = label("flowchartTitle", "title")
        self.governance = label("flowchartGovernance", "hint")
        self.legend = label("flowchartLegend", "hint")
        self.scene = QGraphicsScene(self)
        self.view = named(QGraphicsView(self.scene), "flowchartCanvas")
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.governance)
        layout.addWidget(self.legend)
        layout.addWidget(self.view, 1)
        self.retranslate()

    def set_current(self, step: Step | None) -> None:
        self.current = step
        self._draw()

    def set_procedure(self, procedure: ProcedureView) -> None:
        """Draw the boxes of this definition (the one in force for the case on screen, or today)."""
        self.procedure = procedure
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(tr("Flowchart", "Account-opening procedure"))
        p = self.procedure
        if p is None:
            self.governance.setText(tr("Flowchart", "Loading the process definition…"))
        else:
            self.governance.setText(
                tr(
                    "Flowchart",
                    "Version {version}, in force from {day}. Owner: {owner}. Interpreted by: {authority}.",
                    version=p.version,
                    day=p.effective_from.isoformat(),
                    owner=pick(p.owner_zh, p.owner_en),
                    authority=pick(p.authority_zh, p.authority_en),
                )
            )
        self.legend.setText(
            tr(
                "Flowchart",
                "Blue: the current step. ◆ decision. C: key control point. Red border: risk point.",
            )
        )
        self.view.setAccessibleName(tr("Flowchart", "Procedure flowchart"))
        self._draw()

    def _draw(self) -> None:
        self.scene.clear()
        if self.procedure is None:
            return
        font = QFont(self.font())
        y = 0.0
        for index, node in enumerate(self.procedure.nodes):
            if index:
                self._arrow(y - _GAP, y)
            height = self._node(node, y, font)
            y += height + _GAP
        self.scene.setSceneRect(self.scene.itemsBoundingRect().adjusted(-10, -10, 10, 10))

    def _node(self, node: FlowNode, y: float, font: QFont) -> float:
        """Draw one box at `y`; return its height."""
        current = self.current is not None and node.step_code == self.current.value
        text_colour = QColor("#ffffff") if current and node.kind is not FlowKind.DECISION else QColor("#000")
        pen = QPen(_RISK, 2) if node.is_risk_point else QPen(QColor("#333333"), 1)
        brush = QBrush(QColor("#1565c0") if current else QColor("#f5f7fa"))
        caption_text = pick(node.label_zh, node.label_en)
        if node.kind is FlowKind.TERMINATOR:
            height = 34.0
            item = self.scene.addEllipse(QRectF(_BOX_W / 2 - 90, y, 180, height), QPen(Qt.GlobalColor.black))
        elif node.kind is FlowKind.DECISION:
            height = 54.0
            if current:
                brush = QBrush(QColor("#fff3c4"))
            shape = QPolygonF(
                [
                    QPointF(_BOX_W / 2, y),
                    QPointF(_BOX_W, y + height / 2),
                    QPointF(_BOX_W / 2, y + height),
                    QPointF(0, y + height / 2),
                ]
            )
            item = self.scene.addPolygon(shape, pen, brush)
        else:
            height = _BOX_H
            item = self.scene.addRect(QRectF(0, y, _BOX_W, height), pen, brush)
        item.setToolTip(caption_text)
        caption = self.scene.addText(caption_text, font)
        caption.setDefaultTextColor(text_colour)
        width = caption.boundingRect().width()
        caption.setPos(_BOX_W / 2 - width / 2, y + height / 2 - caption.boundingRect().height() / 2)
        right = _BOX_W + 16
        if node.is_control_point:
            self._control_marker(right + 9, y + height / 2)
            right += 26
        notes = []
        if node.sla_minutes:
            notes.append(tr("Flowchart", "{minutes} min", minutes=node.sla_minutes))
        control = pick(node.control_zh, node.control_en)
        if control:
            notes.append(control)
        no_label = pick(node.no_label, node.no_label_en)
        if node.kind is FlowKind.DECISION and (no_label or node.no_target):
            nodes = self.procedure.nodes if self.procedure else ()
            target = next((n for n in nodes if n.code == node.no_target), None)
            where = pick(target.label_zh, target.label_en) if target else ""
            notes.append(
                tr("Flowchart", "No: {what} → {where}", what=no_label, where=where)
                if where
                else tr("Flowchart", "No: {what}", what=no_label)
            )
        if notes:
            note = self.scene.addText(("　" if chinese_shown() else " · ").join(notes), font)
            note.setPos(right, y + height / 2 - note.boundingRect().height() / 2)
        return height

    def _arrow(self, top: float, bottom: float) -> None:
        x = _BOX_W / 2
        pen = QPen(QColor("#333333"), 1.5)
        self.scene.addLine(x, top, x, bottom - 6, pen)
        head = QPolygonF([QPointF(x - 5, bottom - 8), QPointF(x + 5, bottom - 8), QPointF(x, bottom)])
        self.scene.addPolygon(head, pen, QBrush(QColor("#333333")))

    def _control_marker(self, x: float, y: float) -> None:
        disc = self.scene.addEllipse(QRectF(x - 9, y - 9, 18, 18), QPen(_CONTROL), QBrush(QColor("#ffe082")))
        disc.setToolTip(tr("Flowchart", "Key control point"))
        mark = self.scene.addText(tr("Flowchart", "C"))
        mark.setPos(x - mark.boundingRect().width() / 2, y - mark.boundingRect().height() / 2)
