"""Printing at the counter: preview fit to the width, F9 prints to the counter printer, the print is
recorded, the temporary PDF is gone after the job and at start-up; the agreement is printed before signing."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from ui_fakes import pdf_printer

from teller_app.documents.required import DOCUMENTS
from teller_app.domain.steps import Step
from ui.backend import CaseView


@pytest.fixture
def to_pdf(monkeypatch, tmp_path):
    """The counter printer, as a PDF file: what it received is in `printed.pdf`."""
    from ui.counter import print_preview

    out = tmp_path / "printed.pdf"
    names: list[str] = []
    to_file = pdf_printer(out)

    def printer(name: str):
        names.append(name)
        return to_file(name)

    monkeypatch.setattr(print_preview, "make_printer", printer)
    return out, names


def _page(qtbot, backend, tasks, session):
    from ui.wizard.contract_page import ContractPage

    page = ContractPage()
    qtbot.addWidget(page)
    page.attach(backend, tasks, session)
    case = CaseView(
        "case-0009",
        "北京星河科技有限公司",
        "enterprise_legal_person",
        "basic",
        "contract",
        entries={"identity": {"legal_representative": {"name": "王建国"}}},
    )
    backend.cases[case.case_id] = case
    page.load(case)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)  # function keys are window shortcuts
    return page


def test_f9_prints_the_previewed_document_to_the_counter_printer_and_records_it(
    qtbot, backend, tasks, teller, english, to_pdf
) -> None:
    out, printers = to_pdf
    backend.saved_settings["printer"] = "Counter-3 HP"
    page = _page(qtbot, backend, tasks, teller)
    qtbot.keyClick(page, Qt.Key.Key_F9)  # preview and print the agreement
    qtbot.waitUntil(lambda: getattr(page, "print_dialog", None) is not None and page.print_dialog.isVisible())
    dialog = page.print_dialog
    from PySide6.QtPdfWidgets import QPdfView

    assert dialog.view.zoomMode() is QPdfView.ZoomMode.FitToWidth
    assert "Counter-3 HP" in dialog.printer_line.text()
    temporary = Path(dialog.path)
    assert temporary.exists() and temporary.parent.name.startswith("teller-print-")
    qtbot.keyClick(dialog, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: bool(backend.prints))
    assert backend.prints[-1][:2] == ("case-0009", "agreement") and backend.prints[-1][3] > 0
    assert out.read_bytes().startswith(b"%PDF") and printers == ["Counter-3 HP"]
    assert not temporary.parent.exists()  # the PDF with the customer's data is gone after the job
    qtbot.waitUntil(lambda: page.signed.isEnabled())  # printed: both originals may now be signed


def test_both_originals_signed_waits_for_the_printed_agreement(
    qtbot, backend, tasks, teller, english
) -> None:
    page = _page(qtbot, backend, tasks, teller)
    assert not page.signed.isEnabled()
    assert page.blocking_reason() == "Print the agreement in two originals first."
    page.document_printed("checklist")
    assert not page.signed.isEnabled()
    page.document_printed("agreement")
    assert page.signed.isEnabled()


def test_closing_the_preview_without_printing_removes_the_file(
    qtbot, backend, tasks, teller, english
) -> None:
    page = _page(qtbot, backend, tasks, teller)
    page.print_document("agreement")
    qtbot.waitUntil(lambda: getattr(page, "print_dialog", None) is not None and page.print_dialog.isVisible())
    temporary = Path(page.print_dialog.path)
    qtbot.keyClick(page.print_dialog, Qt.Key.Key_Escape)
    assert not temporary.parent.exists() and backend.prints == []


def test_print_files_a_crash_left_are_removed_at_start_up(tmp_path) -> None:
    from ui.counter.print_preview import TEMP_PREFIX, remove_stale_print_files

    left = Path(tempfile.mkdtemp(prefix=TEMP_PREFIX, dir=tmp_path))
    (left / "agreement.pdf").write_bytes(b"%PDF-1.4 customer data")
    other = tmp_path / "someone-elses"
    other.mkdir()
    assert remove_stale_print_files(str(tmp_path)) == 1
    assert not left.exists() and other.exists()


def test_every_document_prints_from_the_wizard(qtbot, backend, tasks, teller, clock, english) -> None:
    from ui.wizard.frame import WizardFrame

    frame = WizardFrame(backend, tasks, teller, clock=clock)
    qtbot.addWidget(frame)
    frame.show()
    frame.pages[Step.INTAKE].customer_name.setFocus()
    qtbot.keyClicks(frame.pages[Step.INTAKE].customer_name, "Xinghe Tech Ltd")
    qtbot.keyClick(frame.pages[Step.INTAKE].customer_name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: frame.shown is Step.IDENTITY)
    assert frame.print_button.isEnabled() and "F8" in frame.print_button.text()
    frame._fill_print_menu()
    names = [a.objectName() for a in frame.print_menu.actions()]
    assert names == [f"print_{document}" for document in DOCUMENTS]  # the core's documents, in its order
    assert names == [
        "print_agreement",
        "print_checklist",
        "print_risk",
        "print_confirmation",
        "print_flowchart",
        "print_correction",
    ]


@pytest.mark.parametrize("language", ["english", "chinese"])
def test_a_document_is_named_alike_in_the_print_menu_and_in_the_operation_record(
    qtbot, backend, tasks, teller, clock, language, request
) -> None:
    """The teller prints 客户洗钱风险评估表 and the auditor reads that a 客户洗钱风险评估表 was printed: one name
    for each document, wherever it is shown."""
    import json

    from ui.audit.details import details_in_words
    from ui.audit.record_names import audit_detail_label
    from ui.wizard.frame import WizardFrame

    request.getfixturevalue(language)
    frame = WizardFrame(backend, tasks, teller, clock=clock)
    qtbot.addWidget(frame)
    frame._fill_print_menu()
    for action in frame.print_menu.actions():
        document = action.objectName().removeprefix("print_")
        recorded = details_in_words(json.dumps({"document": document})).tooltip
        assert recorded.startswith(audit_detail_label("document"))
        assert recorded.endswith(action.text()), (document, recorded, action.text())
