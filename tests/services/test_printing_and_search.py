"""Printing the stored case, finding it again by blind index, and scans kept only as ciphertext."""

from __future__ import annotations

from pathlib import Path

import pytest
from checker_helpers import checker_for
from service_helpers import (
    COMPANY,
    REPRESENTATIVE,
    corporate_case_to_contract,
    credit_code,
    give_number_block,
    individual_identity,
    resident_id,
)
from sqlalchemy import select

from teller_app.documents.required import DOCUMENTS
from teller_app.domain.errors import InputError, RuleError
from teller_app.services import account_setup, approvals, cases, documents_review, printing, search
from teller_app.storage.schema import AuditEvent


def _read_pdf(path: Path) -> str:
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    text = "\n".join(document.getAllText(page).text() for page in range(document.pageCount()))
    document.close()
    return text


def _compact(text: str) -> str:
    return "".join(text.split())


@pytest.fixture
def active_case(store, staff):
    give_number_block(store)
    teller = staff["teller"]
    case = corporate_case_to_contract(store, teller)
    approvals.request_approval(store, teller, case.id)
    approvals.decide(store, checker_for(store, staff["supervisor"]), case.id, "approve")
    account_setup.set_up_account(store, teller, case.id)
    return account_setup.activate(store, teller, case.id)


def test_every_document_of_the_case_prints_with_customer_and_account(
    qapp, store, staff, active_case, tmp_path
):
    number = active_case.account["number"]
    texts = {}
    before = len(_prints(store))  # the agreement was printed once already, before it was signed
    for doc in DOCUMENTS:
        out = printing.print_case(store, staff["teller"], active_case.id, doc, tmp_path / f"{doc}.pdf")
        assert out.read_bytes().startswith(b"%PDF-")
        texts[doc] = _compact(_read_pdf(out))
    for doc, text in texts.items():
        assert COMPANY in text, doc
        assert active_case.number and active_case.number in text, doc  # the case number people quote
    for doc in ("agreement", "confirmation"):
        assert number in texts[doc], doc
    assert REPRESENTATIVE in texts["agreement"]
    printed = _prints(store)
    assert len(printed) == before + len(DOCUMENTS) and {e.case_id for e in printed} == {active_case.id}


def test_the_qr_and_sheet_carry_the_case_content_hash(store, active_case):
    from teller_app.domain.case import case_content_hash

    sheet = printing.case_sheet(store, active_case.id)
    assert sheet.content_hash == case_content_hash(active_case)
    assert sheet.account.number == active_case.account["number"]
    assert sheet.approval is not None and sheet.approval.checker_role == "主管"
    assert [s.kind for s in sheet.seals] == ["单位公章", "法定代表人名章"]  # codes stored, Chinese printed
    assert {o.name for o in sheet.owners} == {REPRESENTATIVE, "陈美华"}


def test_the_correction_notice_is_due_five_working_days_on_the_holiday_calendar(store, clock, active_case):
    """补正通知: printed on 30 September 2026, the customer's five working days skip the National Day
    holiday (1–7 October) and count the 调休 working Saturday 10 October: due on Tuesday 13 October."""
    from datetime import UTC, date, datetime

    clock.now = datetime(2026, 9, 30, 2, 0, tzinfo=UTC)
    assert printing.case_sheet(store, active_case.id).correction_due == date(2026, 10, 13)


def test_training_case_prints_with_watermark_flag(store, staff):
    trainee = staff["trainee"]
    case = cases.open_case(store, trainee, "individual", "personal_ii", customer_name="练习客户")
    assert printing.case_sheet(store, case.id).training is True


def _prints(store) -> list[AuditEvent]:
    with store.reading() as session:
        return list(session.scalars(select(AuditEvent).where(AuditEvent.action == "document.print")))


def test_preview_is_the_pdf_without_an_audited_print(store, staff, active_case):
    before = len(_prints(store))
    data = printing.preview(store, staff["auditor"], active_case.id, "confirmation")
    assert data.startswith(b"%PDF-")
    assert len(_prints(store)) == before
    with pytest.raises(RuleError):
        printing.preview(store, staff["trainee"], active_case.id, "confirmation")


def test_unknown_document_is_refused(store, staff, active_case, tmp_path):
    with pytest.raises(InputError) as refused:
        printing.print_case(store, staff["teller"], active_case.id, "poster", tmp_path / "x.pdf")
    assert refused.value.code == "document.unknown"
    assert not (tmp_path / "x.pdf").exists()


def test_administrator_may_not_print_a_case(store, staff, active_case, tmp_path):
    from teller_app.domain.roles import Role
    from teller_app.services.actors import Actor

    with pytest.raises(RuleError):
        printing.print_case(
            store, Actor("u-admin", Role.ADMINISTRATOR), active_case.id, "agreement", tmp_path / "a.pdf"
        )


def test_search_by_credit_code_id_number_and_name(store, staff):
    teller = staff["teller"]
    code = credit_code("91310115MA1K4Y7Q2")
    corporate = corporate_case_to_contract(store, teller, code=code)
    other = corporate_case_to_contract(
        store, teller, name="北京青松科技有限公司", code=credit_code("91110108MA01C3XK4")
    )
    person = cases.open_case(store, teller, "individual", "personal_ii", customer_name="赵小红")
    number = resident_id("11010519920512004")
    cases.save_step(
        store, teller, person.id, "intake", {"customer_name": "赵小红"}, complete=True, advance=True
    )
    cases.save_step(store, teller, person.id, "identity", individual_identity(number), complete=True)

    assert [r.case_id for r in search.find_cases(store, teller, code)] == [corporate.id]
    assert [r.case_id for r in search.find_cases(store, teller, code.lower())] == [corporate.id]
    assert [r.case_id for r in search.find_cases(store, teller, number)] == [person.id]
    assert [r.case_id for r in search.find_cases(store, teller, "北京青松科技有限公司")] == [other.id]
    assert [r.customer_name for r in search.find_cases(store, teller, " 赵小红 ")] == ["赵小红"]
    assert search.find_cases(store, teller, "不存在的客户") == []
    assert search.find_cases(store, staff["trainee"], code) == []  # training users see training cases only


def test_scans_are_stored_encrypted(store, staff, paths):
    teller = staff["teller"]
    case = corporate_case_to_contract(store, teller)
    cases.go_back(store, teller, case.id, "documents")
    marker = b"DISTINCTIVE-LICENCE-SCAN-CONTENT-0123456789" * 50
    scan = b"\x89PNG\r\n\x1a\n" + marker
    scan_id = documents_review.attach_scan(store, teller, case.id, "business_licence", scan, "image/png")
    raw = b"".join(p.read_bytes() for p in paths.data.glob("local.sqlite3*"))
    assert marker[:40] not in raw
    assert documents_review.get_scan(store, teller, case.id, scan_id) == ("image/png", scan)
    [info] = documents_review.list_scans(store, teller, case.id)
    assert (info.item_code, info.size) == ("business_licence", len(scan))


def test_a_scan_must_be_what_it_claims(store, staff):
    teller = staff["teller"]
    case = corporate_case_to_contract(store, teller)
    cases.go_back(store, teller, case.id, "documents")
    with pytest.raises(InputError) as wrong:
        documents_review.attach_scan(
            store, teller, case.id, "business_licence", b"MZ\x90\x00 not a scan", "application/pdf"
        )
    assert wrong.value.code == "scan.type_mismatch"
    with pytest.raises(InputError) as empty:
        documents_review.attach_scan(store, teller, case.id, "business_licence", b"", "image/png")
    assert empty.value.code == "scan.empty"


def test_flowchart_boxes_take_the_sla_of_the_pinned_procedure(store, active_case):
    from teller_app.services.procedures import definition_by_version

    sla = definition_by_version(active_case.procedure_version).sla_minutes
    boxes = {
        str(node.code): node.sla_minutes for node in printing.case_sheet(store, active_case.id).flowchart
    }
    assert boxes["intake"] == sla["intake"] and boxes["approval"] == sla["approval"]
