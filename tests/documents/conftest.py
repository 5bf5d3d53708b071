"""Fixtures for the document tests: sample cases and reading a PDF back as text, page by page."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from teller_app.documents.samples import sample_corporate_sheet, sample_individual_sheet


@pytest.fixture
def corporate():
    return sample_corporate_sheet()


@pytest.fixture
def individual():
    return sample_individual_sheet()


@pytest.fixture
def pdf_pages(qapp, tmp_path) -> Callable[[bytes], list[str]]:
    """Extract the text of every page with Qt's PDF engine (tests may use Qt; the core may not)."""
    from PySide6.QtPdf import QPdfDocument

    counter = iter(range(10_000))

    def read(data: bytes) -> list[str]:
        path = Path(tmp_path) / f"read-{next(counter)}.pdf"
        path.write_bytes(data)
        document = QPdfDocument()
        error = document.load(str(path))
        assert error == QPdfDocument.Error.None_, f"Qt could not open the PDF: {error}"
        pages = [document.getAllText(page).text() for page in range(document.pageCount())]
        document.close()
        return pages

    return read
