"""The start-of-day check's own parts (services/start_of_day.py): the printer and the clock against central."""

from __future__ import annotations

from teller_app.config import Config
from teller_app.services import start_of_day


def _printer(monkeypatch, configured: str, installed):
    monkeypatch.setattr(start_of_day, "installed_printers", lambda: installed)
    monkeypatch.setenv("TELLER_PRINTER", configured)
    [check] = start_of_day.printer_check(Config.load(), lambda: None)  # type: ignore[arg-type, return-value]
    return check


def test_a_configured_printer_that_is_not_installed_fails_the_check(monkeypatch):
    check = _printer(monkeypatch, "柜台打印机", (["Office"], "Office"))
    assert not check.ok and "柜台打印机" in check.text and check.advice


def test_the_configured_printer_when_installed_passes(monkeypatch):
    assert _printer(monkeypatch, "Counter-1", (["Counter-1", "Office"], "Office")).ok


def test_no_printer_at_all_passes_only_as_a_warning_that_says_pdf_only(monkeypatch):
    for installed in (None, ([], "")):
        check = _printer(monkeypatch, "", installed)
        assert check.ok and check.warning and "PDF" in check.text


def test_a_configured_printer_with_no_print_system_fails(monkeypatch):
    assert not _printer(monkeypatch, "Counter-1", None).ok
