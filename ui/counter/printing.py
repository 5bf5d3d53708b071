"""Painting a case's PDF onto a printer (the counter preview, print_preview.py beside it, records each print)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPrintSupport import QPrinter

if TYPE_CHECKING:
    from PySide6.QtPdf import QPdfDocument


PRINT_DPI = 300  # sharp on paper; the pages are rendered images, so more only costs time


def _printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setResolution(PRINT_DPI)
    return printer


def pdf_pages(path: str) -> QPdfDocument:
    """The QtPdf document of a file the core wrote (its pages are rendered for preview and printing)."""
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    document.load(path)
    return document


def paint_pdf(path: str, printer: QPrinter) -> int:
    """Render every page of the PDF onto the printer (a real printer or a PDF file); returns the page count."""
    document = pdf_pages(path)
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        area = printer.pageLayout().paintRectPixels(printer.resolution())
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            size = document.pagePointSize(page)
            scale = min(area.width() / max(1.0, size.width()), area.height() / max(1.0, size.height()))
            image = document.render(page, QSize(int(size.width() * scale), int(size.height() * scale)))
            painter.drawImage(QRectF(0, 0, image.width(), image.height()), image)
    finally:
        painter.end()
    return document.pageCount()


def print_to_pdf(path: str, out: str) -> int:
    """Print the document to a PDF file (what “Print to PDF” does on a machine with no printer)."""
    printer = _printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(out)
    return paint_pdf(path, printer)
