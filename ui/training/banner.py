"""The training banner across the top of the window: the whole window says it is in training mode."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from ui.i18n import tr
from ui.widgets import Retranslating, label, named, set_role


class TrainingBanner(Retranslating, QFrame):
    leaveRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trainingBanner")
        set_role(self, "banner-training")
        self.setStyleSheet(
            "#trainingBanner { background: #ef6c00; } #trainingBanner QLabel { color: white; }"
        )
        self.text = label("trainingBannerText")
        self.leave_button = named(QPushButton(), "trainingLeaveButton")
        self.leave_button.clicked.connect(self.leaveRequested)
        row = QHBoxLayout(self)
        row.addWidget(self.text, 1)
        row.addWidget(self.leave_button)
        self.retranslate()

    def retranslate(self) -> None:
        self.text.setText(
            tr(
                "Training",
                "TRAINING MODE — simulated work in the training sandbox: nothing you do here reaches real "
                "customers, real accounts or the central database.",
            )
        )
        self.leave_button.setText(tr("Training", "Leave training mode"))
        self.leave_button.setAccessibleName(tr("Training", "Leave training mode"))
