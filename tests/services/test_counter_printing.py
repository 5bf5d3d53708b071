"""Every print is audited exactly once, with the version it shows: at the counter when the printer takes it,
to a file (`teller-admin print`, the demo) with the file's write."""

from __future__ import annotations

import hashlib

import pytest
from service_helpers import corporate_case_to_contract
from sqlalchemy import select

from teller_app.domain.case import agreement_basis_hash, case_content_hash
from teller_app.domain.errors import InputError
from teller_app.services import printing
from teller_app.services.case_store import load_case
from teller_app.storage.schema import AuditEvent


def _prints(store) -> list[dict]:
    with store.reading() as session:
        events = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "document.print").order_by(AuditEvent.seq)
        )
        return [store.sealer.open_json(e, "details") | {"case_id": e.case_id} for e in events]


def test_every_print_at_the_counter_is_in_the_operation_record(store, staff, tmp_path) -> None:
    case = corporate_case_to_contract(store, staff["teller"])  # the agreement was printed before signing
    before = len(_prints(store))
    job = printing.write_for_print(store, staff["teller"], case.id, "agreement", tmp_path / "a.pdf")
    assert job.path.read_bytes().startswith(b"%PDF-") and (job.path.stat().st_mode & 0o077) == 0
    assert len(_prints(store)) == before  # the file for the preview is not a print
    printing.record_print(
        store, staff["teller"], case.id, "agreement", printer="Counter-3 HP", pages=8, job=job
    )
    prints = _prints(store)
    assert len(prints) == before + 1  # once
    details = prints[-1]
    stored = load_case(store, case.id)
    assert details["printer"] == "Counter-3 HP" and details["pages"] == 8
    assert details["document"] == "agreement" and details["case_id"] == case.id
    assert details["content_hash"] == case_content_hash(stored)
    assert details["agreement_basis"] == agreement_basis_hash(stored)
    assert details["file_sha256"] == hashlib.sha256(job.path.read_bytes()).hexdigest()
    assert "agreement" in printing.printed_documents(store, staff["teller"], case.id)


def test_a_print_to_a_file_is_audited_once_when_the_file_is_written(store, staff, tmp_path) -> None:
    case = corporate_case_to_contract(store, staff["teller"])
    before = len(_prints(store))
    out = printing.print_case(store, staff["teller"], case.id, "checklist", tmp_path / "checklist.pdf")
    prints = _prints(store)
    assert len(prints) == before + 1
    details = prints[-1]
    assert details["document"] == "checklist" and details["case_id"] == case.id and details["to"] == "file"
    assert details["content_hash"] == case_content_hash(load_case(store, case.id))
    assert details["file_sha256"] == hashlib.sha256(out.read_bytes()).hexdigest()
    assert "agreement_basis" not in details  # only the agreement is signed


def test_a_file_whose_print_cannot_be_recorded_is_not_left_behind(
    store, staff, tmp_path, monkeypatch
) -> None:
    from teller_app.storage.unit_of_work import UnitOfWork

    case = corporate_case_to_contract(store, staff["teller"])
    before = len(_prints(store))

    def commit_fails(self) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(UnitOfWork, "finish", commit_fails)
    out = tmp_path / "risk.pdf"
    with pytest.raises(OSError):
        printing.print_case(store, staff["teller"], case.id, "risk", out)
    monkeypatch.undo()
    assert not out.exists()  # no file without its record
    assert len(_prints(store)) == before


def test_a_print_whose_file_cannot_be_written_is_not_recorded(store, staff, tmp_path) -> None:
    case = corporate_case_to_contract(store, staff["teller"])
    before = len(_prints(store))
    not_a_folder = tmp_path / "a-file"
    not_a_folder.write_bytes(b"")
    with pytest.raises(OSError):
        printing.print_case(store, staff["teller"], case.id, "risk", not_a_folder / "risk.pdf")
    assert len(_prints(store)) == before  # no record without the file


def test_a_print_job_of_another_document_is_not_recorded_for_this_one(store, staff, tmp_path) -> None:
    case = corporate_case_to_contract(store, staff["teller"])
    job = printing.write_for_print(store, staff["teller"], case.id, "checklist", tmp_path / "c.pdf")
    before = len(_prints(store))
    with pytest.raises(InputError) as refused:
        printing.record_print(store, staff["teller"], case.id, "agreement", printer="P", pages=4, job=job)
    assert refused.value.code == "document.print_job_mismatch"
    assert len(_prints(store)) == before
