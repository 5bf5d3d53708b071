"""`teller`: starts the desktop app."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication(sys.argv if argv is None else argv)
    window = QLabel("Teller App")
    window.setObjectName("placeholderWindow")
    window.setMinimumSize(480, 240)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
