"""A return's standard reason code is kept plain on the approval row, so returns are counted by reason
(dashboard, evaluation report) without opening the sealed reason text."""

from __future__ import annotations

from checker_helpers import checker_for
from service_helpers import corporate_case_to_contract, give_number_block
from sqlalchemy import select

from teller_app.services import approvals
from teller_app.storage.schema import Approval


def _returned(store, staff, reasons):
    give_number_block(store)
    case = corporate_case_to_contract(store, staff["teller"])
    approvals.request_approval(store, staff["teller"], case.id)
    approvals.decide(store, checker_for(store, staff["supervisor"]), case.id, "return", reasons)
    with store.reading() as db:
        return db.scalar(select(Approval.reason_code).where(Approval.case_id == case.id))


def test_a_return_with_a_standard_reason_records_its_code_plainly(store, staff):
    assert _returned(store, staff, {"intake": ["wrong_account_type", "另附说明"]}) == "wrong_account_type"


def test_a_return_with_free_text_only_has_no_reason_code(store, staff):
    assert _returned(store, staff, {"identity": ["法定代表人电话有误"]}) is None
