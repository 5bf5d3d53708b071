"""The scripted case the stall benchmark works through the real window (page by page, as a teller would)."""

from __future__ import annotations

import time
from typing import Any


def _settle(app: Any, tasks: Any, longest: list[float]) -> None:
    start = time.perf_counter()
    while tasks.running:
        app.processEvents()
        time.sleep(0.001)
    app.processEvents()
    longest.append((time.perf_counter() - start) * 1000)


def _print_agreement(app: Any, tasks: Any, calls: list[float], page: Any) -> None:
    """Preview the agreement and print it (to a PDF file standing in for the counter printer)."""
    import tempfile
    from pathlib import Path

    from PySide6.QtPrintSupport import QPrinter

    from ui.counter import print_preview

    with tempfile.TemporaryDirectory() as folder:

        def printer(_name: str) -> QPrinter:
            made = QPrinter(QPrinter.PrinterMode.HighResolution)
            made.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            made.setOutputFileName(str(Path(folder) / "counter-printer.pdf"))
            return made

        kept, print_preview.make_printer = print_preview.make_printer, printer
        try:
            page.print_dialog = None
            page.print_document("agreement")
            deadline = time.monotonic() + 60
            while getattr(page, "print_dialog", None) is None and time.monotonic() < deadline:
                _settle(app, tasks, calls)
            page.print_dialog.print_now()
            _settle(app, tasks, calls)
        finally:
            print_preview.make_printer = kept


def work_a_case(app: Any, tasks: Any, window: Any, demo: dict[str, str]) -> float:
    """Home, search, a corporate basic account to activation; returns the slowest call's wall time (ms)."""
    from teller_app.domain.steps import Step
    from teller_app.services.demo import owner_record, sample_credit_code, sample_resident_id

    calls: list[float] = []
    window.home.search.setText("背景客户12")
    window.home.run_search()
    _settle(app, tasks, calls)
    window.new_case()
    wizard = window.wizard
    wizard.pages[Step.INTAKE].customer_name.setText("上海云帆国际贸易有限公司")

    def go() -> None:
        wizard.go_next()
        _settle(app, tasks, calls)

    go()
    identity = wizard.pages[Step.IDENTITY]
    identity.credit_code.set_text(sample_credit_code())
    identity.rep_name.set_text("王建国")
    identity.rep_id.set_text(sample_resident_id())
    checks = identity.checks["legal_representative"]
    checks.expiry.set_text("2036-03-15")
    checks.result.combo.setCurrentIndex(checks.result.combo.findData("match"))
    checks.reference.set_text("BENCH-0001")
    checks.photo.combo.setCurrentIndex(1)
    go()
    documents = wizard.pages[Step.DOCUMENTS]
    _settle(app, tasks, calls)
    for row in [r for r in documents.rows if r.mandatory]:
        documents.set_decision(row.code, "verified", original_seen=True)
        _settle(app, tasks, calls)
    go()
    owners = wizard.pages[Step.BENEFICIAL_OWNERS]
    row = owners.add_holder("natural_person", "王建国", "100")
    owners.set_owner_record(row, owner_record("", "王建国", sample_resident_id()))
    owners.compute_owners()
    _settle(app, tasks, calls)
    go()
    risk = wizard.pages[Step.RISK]
    risk.industry.setCurrentIndex(risk.industry.findData("F5181"))
    risk.region.setCurrentIndex(risk.region.findData("310000"))
    risk.country.setCurrentIndex(risk.country.findData("CN"))
    for combo in risk.answers.values():
        combo.setCurrentIndex(2)
    risk.years.setValue(5)
    risk.rate()
    _settle(app, tasks, calls)
    go()
    intent = wizard.pages[Step.INTENT]
    intent.confirmed_with.setText("王建国")
    intent.confirmed.setChecked(True)
    go()
    contract = wizard.pages[Step.CONTRACT]
    contract.confirmed.setChecked(True)
    _print_agreement(app, tasks, calls, contract)  # both originals are signed once printed
    contract.signed.setChecked(True)
    go()
    approval = wizard.pages[Step.APPROVAL]
    approval.request()
    _settle(app, tasks, calls)
    approval.open_dual_sign_in()
    approval.dialog.user_name.setText("super1")
    approval.dialog.password.setText(demo["super1"])
    approval.dialog.submit()
    _settle(app, tasks, calls)
    go()
    setup = wizard.pages[Step.ACCOUNT_SETUP]
    setup.set_up()
    _settle(app, tasks, calls)
    setup.activate()
    _settle(app, tasks, calls)
    if setup.case is None or setup.case.status != "active":
        raise SystemExit(f"the scripted case stopped at {wizard.shown}: {wizard.message.text()}")
    return max(calls)
