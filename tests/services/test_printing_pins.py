"""What a printed case shows is pinned to the case: the clause wording of its opening day, its copies deadline."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from checker_helpers import checker_for
from service_helpers import corporate_case_to_contract, give_number_block

from teller_app.domain.errors import InputError
from teller_app.services import account_setup, approvals, printing


def _active_case(store, staff):
    give_number_block(store)
    teller = staff["teller"]
    case = corporate_case_to_contract(store, teller)
    approvals.request_approval(store, teller, case.id)
    approvals.decide(store, checker_for(store, staff["supervisor"]), case.id, "approve")
    account_setup.set_up_account(store, teller, case.id)
    return account_setup.activate(store, teller, case.id)


def test_a_reprint_after_new_clauses_take_effect_keeps_the_wording_the_customer_signed(store, staff, clock):
    clock.now = datetime(2026, 11, 30, 2, 0, tzinfo=UTC)  # clauses 2026.1 in force; 2026.2 from 1 December
    case = _active_case(store, staff)
    clock.now = datetime(2026, 12, 2, 2, 0, tzinfo=UTC)
    assert printing.case_sheet(store, case.id).clause_version == "2026.1"
    assert printing.document_bytes(store, case.id, "agreement").startswith(b"%PDF-")


def test_a_case_opened_after_midnight_in_beijing_takes_the_clauses_of_that_day(
    store, staff, clock, terminal_in_beijing
):
    clock.now = datetime(2026, 11, 30, 17, 30, tzinfo=UTC)  # 01:30 on 1 December in Beijing
    case = _active_case(store, staff)
    assert printing.case_sheet(store, case.id).clause_version == "2026.2"


def test_the_sheet_carries_the_deadline_for_sending_copies_to_the_regulator(store, staff):
    case = _active_case(store, staff)
    copies_by = printing.case_sheet(store, case.id).account.copies_by
    assert copies_by is not None
    assert copies_by == date.fromisoformat(case.account["copies_by"])


def test_an_unknown_document_is_refused_by_name(store, staff):
    case = _active_case(store, staff)
    with pytest.raises(InputError) as refused:
        printing.document_bytes(store, case.id, "menu")
    assert (refused.value.code, refused.value.params["document"]) == ("document.unknown", "menu")
