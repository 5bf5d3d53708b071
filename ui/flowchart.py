"""The process flowchart as a view: the steps of the procedure, control points, the current step marked."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView, QVBoxLayout, QWidget

from teller_app.domain.steps import ORDER, Step
from ui.i18n import QT_TRANSLATE_NOOP, tr
from ui.names import step_label
from ui.widgets import Retranslating, label, named

# The key control point of each step (DESIGN.md §2), shown beside its box.
CONTROL_POINTS = {
    Step.INTAKE: QT_TRANSLATE_NOOP("Flowchart", "Eligible for this account type?"),
    Step.IDENTITY: QT_TRANSLATE_NOOP("Flowchart", "Online ID check matches?"),
    Step.DOCUMENTS: QT_TRANSLATE_NOOP("Flowchart", "All mandatory documents verified?"),
    Step.BENEFICIAL_OWNERS: QT_TRANSLATE_NOOP("Flowchart", "Owner identified or exemption recorded?"),
    Step.RISK: QT_TRANSLATE_NOOP("Flowchart", "High risk: enhanced due diligence"),
    Step.INTENT: QT_TRANSLATE_NOOP("Flowchart", "Intent confirmed (required for basic account)"),
    Step.CONTRACT: QT_TRANSLATE_NOOP("Flowchart", "Customer signed, seal card recorded?"),
    Step.APPROVAL: QT_TRANSLATE_NOOP("Flowchart", "Checker ≠ maker; authority fits risk level"),
    Step.ACCOUNT_SETUP: QT_TRANSLATE_NOOP("Flowchart", "Filing deadline tracked"),
}
RISK_POINTS = frozenset({Step.IDENTITY, Step.RISK, Step.APPROVAL})

_BOX_W, _BOX_H, _GAP = 260.0, 44.0, 26.0


class FlowchartView(Retranslating, QWidget):
    def __init__(self, current: Step | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("flowchartView")
        self.current = current
        self.title = label("flowchartTitle", "title")
        self.legend = label("flowchartLegend", "hint")
        self.scene = QGraphicsScene(self)
        self.view = named(QGraphicsView(self.scene), "flowchartCanvas")
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.legend)
        layout.addWidget(self.view, 1)
        self.retranslate()

    def set_current(self, step: Step | None) -> None:
        self.current = step
        self._draw()

    def retranslate(self) -> None:
        self.title.setText(tr("Flowchart", "Account-opening procedure"))
        self.legend.setText(
            tr("Flowchart", "Blue: the current step. ◆ decision and control point. Red border: risk point.")
        )
        self.view.setAccessibleName(tr("Flowchart", "Procedure flowchart"))
        self._draw()

    def _draw(self) -> None:
        self.scene.clear()
        font = QFont(self.font())
        y = 0.0
        start = self.scene.addEllipse(QRectF(_BOX_W / 2 - 50, y, 100, 34), QPen(Qt.GlobalColor.black))
        text = self.scene.addText(tr("Flowchart", "Start"), font)
        text.setPos(_BOX_W / 2 - text.boundingRect().width() / 2, y + 17 - text.boundingRect().height() / 2)
        start.setToolTip(tr("Flowchart", "Start"))
        y += 34 + _GAP
        for step in ORDER:
            self._arrow(y - _GAP, y)
            current = step is self.current
            pen = QPen(
                QColor("#b00020") if step in RISK_POINTS else QColor("#333333"),
                2 if step in RISK_POINTS else 1,
            )
            brush = QBrush(QColor("#1565c0") if current else QColor("#f5f7fa"))
            box = self.scene.addRect(QRectF(0, y, _BOX_W, _BOX_H), pen, brush)
            box.setToolTip(step_label(step))
            caption = self.scene.addText(f"{step.position + 1}. {step_label(step)}", font)
            caption.setDefaultTextColor(QColor("#ffffff") if current else QColor("#000000"))
            caption.setPos(10, y + _BOX_H / 2 - caption.boundingRect().height() / 2)
            self._diamond(_BOX_W + 30, y + _BOX_H / 2)
            note = self.scene.addText(tr("Flowchart", CONTROL_POINTS[step]), font)
            note.setPos(_BOX_W + 50, y + _BOX_H / 2 - note.boundingRect().height() / 2)
            y += _BOX_H + _GAP
        self._arrow(y - _GAP, y)
        end = self.scene.addEllipse(QRectF(_BOX_W / 2 - 50, y, 100, 34), QPen(Qt.GlobalColor.black))
        end.setToolTip(tr("Flowchart", "Done"))
        text = self.scene.addText(tr("Flowchart", "Done"), font)
        text.setPos(_BOX_W / 2 - text.boundingRect().width() / 2, y + 17 - text.boundingRect().height() / 2)
        self.scene.setSceneRect(self.scene.itemsBoundingRect().adjusted(-10, -10, 10, 10))

    def _arrow(self, top: float, bottom: float) -> None:
        x = _BOX_W / 2
        pen = QPen(QColor("#333333"), 1.5)
        self.scene.addLine(x, top, x, bottom - 6, pen)
        head = QPolygonF([_pt(x - 5, bottom - 8), _pt(x + 5, bottom - 8), _pt(x, bottom)])
        self.scene.addPolygon(head, pen, QBrush(QColor("#333333")))

    def _diamond(self, x: float, y: float) -> None:
        shape = QPolygonF([_pt(x, y - 9), _pt(x + 9, y), _pt(x, y + 9), _pt(x - 9, y)])
        self.scene.addPolygon(shape, QPen(QColor("#8a5a00")), QBrush(QColor("#ffe082")))


def _pt(x: float, y: float) -> QPointF:
    return QPointF(x, y)
