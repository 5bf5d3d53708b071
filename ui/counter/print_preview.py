"""Printing at the counter: the document in a preview that fits the width, F9 prints to the counter printer.

The core writes the PDF into a private temporary folder (teller-print-…); the preview shows it, F9 (or the
Print button) sends every page to the printer configured in Settings (else the system default), the core
records the print, and the folder is removed when the preview closes. Folders a crash left behind are
removed at start-up (`remove_stale_print_files`), so no customer data stays on disk in clear.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QVBoxLayout, QWidget

from ui.i18n import tr
from ui.names import document_label
from ui.widgets import Retranslating, label, named

TEMP_PREFIX = "teller-print-"


def new_print_folder() -> Path:
    """A folder only this user can read, for one print job."""
    return Path(tempfile.mkdtemp(prefix=TEMP_PREFIX))


def remove_stale_print_files(folder: str | None = None) -> int:
    """Remove the print folders of this user that an earlier run left (a crash); returns how many."""
    base = Path(folder or tempfile.gettempdir())
    removed = 0
    for path in base.glob(TEMP_PREFIX + "*"):
        try:
            if path.is_dir() and not path.is_symlink() and path.stat().st_uid == os.getuid():
                shutil.rmtree(path, ignore_errors=True)
                removed += 1
        except OSError:
            continue
    return removed


def make_printer(printer_name: str) -> Any:
    """The counter printer from Settings (else the system default), high resolution."""
    from ui.counter.printing import _printer

    printer = _printer()
    if printer_name:
        printer.setPrinterName(printer_name)
    return printer


class CounterPreview(Retranslating, QDialog):
    """One document, fit to the width; F9 prints it; Esc closes. The file goes when the dialog closes."""

    printed = Signal(str, int)  # document, pages

    def __init__(self, path: str, document: str, printer_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtPdfWidgets import QPdfView

        from ui.counter.printing import pdf_pages

        self.setObjectName("counterPrintPreview")
        self.path = path
        self.document_code = document
        self.printer_name = printer_name
        self.pdf = pdf_pages(path)
        self.view = named(QPdfView(self), "printPreviewPages")
        self.view.setDocument(self.pdf)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.printer_line = label("printPreviewPrinter")
        self.message = label("printPreviewMessage", "error")
        self.message.hide()
        self.buttons = named(QDialogButtonBox(), "printPreviewButtons")
        self.print_button = named(QPushButton(), "printPreviewPrint")
        self.print_button.setDefault(True)
        self.close_button = named(QPushButton(), "printPreviewClose")
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.print_button.clicked.connect(self.print_now)
        self.close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence(Qt.Key.Key_F9), self, self.print_now)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_now)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.printer_line)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.finished.connect(self._remove_file)
        self.resize(900, 1000)
        self.retranslate()
        self.view.setFocus()

    def retranslate(self) -> None:
        title = tr("Printing", "Print preview: {document}", document=document_label(self.document_code))
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.view.setAccessibleName(
            tr("Printing", "Pages of {document}", document=document_label(self.document_code))
        )
        self.printer_line.setText(
            tr(
                "Printing",
                "Printer: {printer}",
                printer=self.printer_name or tr("Printing", "the system default"),
            )
        )
        self.print_button.setText(tr("Printing", "&Print (F9)"))
        self.print_button.setAccessibleName(tr("Printing", "Print"))
        self.close_button.setText(tr("Printing", "Close (Esc)"))
        self.close_button.setAccessibleName(tr("Printing", "Close"))
        self.buttons.setAccessibleName(tr("Printing", "Print or close"))

    def print_now(self) -> None:
        from ui.counter.printing import paint_pdf

        pages = paint_pdf(self.path, make_printer(self.printer_name))
        if pages <= 0:
            self.message.setText(
                tr("Printing", "The printer did not accept the job. Check that it is on and has paper.")
            )
            self.message.show()
            return
        self.message.hide()
        self.printed.emit(self.document_code, pages)
        self.accept()

    def _remove_file(self, _result: int = 0) -> None:
        self.pdf.close()
        folder = Path(self.path).parent
        if folder.name.startswith(TEMP_PREFIX):
            shutil.rmtree(folder, ignore_errors=True)
        else:
            Path(self.path).unlink(missing_ok=True)


def start_printing(page: Any, document: str, on_printed: Any = None) -> None:
    """Ask the core for the document (on a worker), preview it, print on F9; the print is recorded."""
    case = page.case
    if case is None:
        return
    folder = new_print_folder()
    path = str(folder / f"{document}.pdf")
    job: list[object] = [None]  # what the core wrote: the print is recorded with it

    def recorded(_none: object = None) -> None:
        if on_printed is not None:
            on_printed(document)

    def printed(doc: str, pages: int, printer: str) -> None:
        page.tasks.run(
            page.backend.record_print,
            page.session,
            case.case_id,
            doc,
            printer,
            pages,
            job[0],
            on_done=recorded,
            on_error=page.show_error,
            owner=page,
            writes=True,
        )

    def show(settings: dict[str, object]) -> None:
        printer = str(settings.get("printer", "") or "")
        dialog = CounterPreview(path, document, printer, page)
        dialog.printed.connect(lambda doc, pages: printed(doc, pages, printer))
        page.print_dialog = dialog
        dialog.open()

    def written(written_job: object) -> None:
        job[0] = written_job
        page.tasks.run(
            page.backend.settings,
            on_done=show,
            on_error=lambda _error: show({}),
            owner=page,
        )

    def failed(error: BaseException) -> None:
        shutil.rmtree(folder, ignore_errors=True)
        page.show_error(error)

    page.tasks.run(
        page.backend.render_for_print,
        page.session,
        case.case_id,
        document,
        path,
        on_done=written,
        on_error=failed,
        owner=page,
        busy_text=tr("Printing", "Preparing the document…"),
    )
