"""Services and fees chosen at the contract step, from the process definition, printed in the agreement."""

from __future__ import annotations

from decimal import Decimal

import pytest
from service_helpers import REPRESENTATIVE, corporate_case_to_contract

from teller_app.domain.errors import InputError
from teller_app.services import cases, printing
from teller_app.services.demo import sign_at_counter

SEALS = [
    {"kind": "company_seal", "holder": "公司"},
    {"kind": "legal_representative_seal", "holder": REPRESENTATIVE},
]


def _contract(store, teller, services):
    case = corporate_case_to_contract(store, teller)
    cases.go_back(store, teller, case.id, "contract")
    return sign_at_counter(store, teller, case.id, seals=SEALS, services=services)


def test_the_services_chosen_print_with_their_fees(store, staff) -> None:
    case = _contract(store, staff["teller"], ["online_banking", "statement_reconciliation"])
    services = printing.case_sheet(store, case.id).account.services
    assert [(s.service, s.fee, s.unit) for s in services] == [
        ("企业网上银行", Decimal("300"), "元/年"),
        ("银企对账", None, ""),  # no fee of its own: the published schedule
    ]


def test_a_service_not_offered_with_the_account_is_refused(store, staff) -> None:
    with pytest.raises(InputError) as refused:
        _contract(store, staff["teller"], ["debit_card"])  # a personal account's service
    assert refused.value.code == "contract.service_unknown"


def test_the_demo_workspace_prints_with_the_demo_watermark(store, staff, monkeypatch) -> None:
    from teller_app.services.workspace import DEMO_BRANCH

    case = corporate_case_to_contract(store, staff["teller"])
    assert not printing.case_sheet(store, case.id).demo
    monkeypatch.setenv("TELLER_BRANCH", DEMO_BRANCH)
    assert printing.case_sheet(store, case.id).demo
