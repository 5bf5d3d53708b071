"""One scan of the case enlarged to the screen, opened from a thumbnail of the approval summary."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from ui.i18n import tr
from ui.widgets import named


class ScanViewer(QDialog):
    """One scan, enlarged to the screen (Esc closes)."""

    def __init__(self, image: QImage, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scanViewer")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        picture = named(QLabel(), "scanViewerImage")
        picture.setAccessibleName(title)
        screen = self.screen().availableGeometry().size() * 0.85
        picture.setPixmap(
            QPixmap.fromImage(image).scaled(
                screen, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        )
        scroll = named(QScrollArea(), "scanViewerScroll")
        scroll.setWidget(picture)
        scroll.setWidgetResizable(True)
        scroll.setAccessibleName(title)
        buttons = named(QDialogButtonBox(QDialogButtonBox.StandardButton.Close), "scanViewerButtons")
        buttons.setAccessibleName(tr("Summary", "Close"))
        for button in buttons.buttons():
            button.setObjectName("scanViewerClose")
            button.setAccessibleName(tr("Summary", "Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(min(image.width() + 40, screen.width()), min(image.height() + 80, screen.height()))
