"""Printing at the counter: the file for the printer is not a print; the print is recorded when it happens."""

from __future__ import annotations

from service_helpers import corporate_case_to_contract
from sqlalchemy import select

from teller_app.services import printing
from teller_app.storage.schema import AuditEvent


def _prints(store) -> list[AuditEvent]:
    with store.reading() as session:
        return list(session.scalars(select(AuditEvent).where(AuditEvent.action == "document.print")))


def test_every_print_at_the_counter_is_in_the_operation_record(store, staff, tmp_path) -> None:
    case = corporate_case_to_contract(store, staff["teller"])
    out = printing.write_for_print(store, staff["teller"], case.id, "agreement", tmp_path / "a.pdf")
    assert out.read_bytes().startswith(b"%PDF-") and (out.stat().st_mode & 0o077) == 0
    assert _prints(store) == []  # a preview is not a print
    assert printing.printed_documents(store, staff["teller"], case.id) == frozenset()
    printing.record_print(store, staff["teller"], case.id, "agreement", printer="Counter-3 HP", pages=8)
    (event,) = _prints(store)
    details = store.sealer.open_json(event, "details")
    assert (
        details["printer"] == "Counter-3 HP" and details["pages"] == 8 and details["document"] == "agreement"
    )
    assert printing.printed_documents(store, staff["teller"], case.id) == frozenset({"agreement"})
