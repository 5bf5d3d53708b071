"""Both originals are recorded as signed only after the agreement of this very case version was printed
(an audited print): the core refuses it otherwise, whatever screen or script asks."""

from __future__ import annotations

import pytest
from service_helpers import REPRESENTATIVE, corporate_case_to_contract

from teller_app.domain.errors import RuleError
from teller_app.domain.steps import Step
from teller_app.services import cases, printing, step_services
from teller_app.services.case_store import load_case

SEALS = [
    {"kind": "company_seal", "holder": "公司"},
    {"kind": "legal_representative_seal", "holder": REPRESENTATIVE},
]


def _entries(signed: bool, seals=SEALS) -> dict:
    return {"signed": signed, "customer_confirmed": True, "seals": list(seals), "services": []}


def _sign(store, teller, case_id, seals=SEALS):
    return step_services.record_contract(store, teller, case_id, signed=True, seals=seals, advance=True)


@pytest.fixture
def at_contract(store, staff):
    case = corporate_case_to_contract(store, staff["teller"], sign=False)
    assert case.step is Step.CONTRACT
    cases.save_step(store, staff["teller"], case.id, "contract", _entries(False), complete=False)
    return case


def test_both_originals_cannot_be_recorded_signed_before_the_agreement_is_printed(
    store, staff, at_contract
) -> None:
    with pytest.raises(RuleError) as refused:
        _sign(store, staff["teller"], at_contract.id)
    assert refused.value.code == "contract.agreement_not_printed"
    stored = load_case(store, at_contract.id)
    assert stored.step is Step.CONTRACT and stored.data_for(Step.CONTRACT).get("signed") is False


def test_a_draft_save_cannot_record_the_signing_either(store, staff, at_contract) -> None:
    with pytest.raises(RuleError) as refused:
        cases.save_step(store, staff["teller"], at_contract.id, "contract", _entries(True), complete=False)
    assert refused.value.code == "contract.agreement_not_printed"
    assert load_case(store, at_contract.id).data_for(Step.CONTRACT).get("signed") is False


def test_the_file_for_the_preview_is_not_a_print(store, staff, at_contract, tmp_path) -> None:
    printing.write_for_print(store, staff["teller"], at_contract.id, "agreement", tmp_path / "a.pdf")
    with pytest.raises(RuleError) as refused:
        _sign(store, staff["teller"], at_contract.id)
    assert refused.value.code == "contract.agreement_not_printed"


def test_another_documents_print_does_not_count(store, staff, at_contract, tmp_path) -> None:
    printing.print_case(store, staff["teller"], at_contract.id, "checklist", tmp_path / "c.pdf")
    with pytest.raises(RuleError):
        _sign(store, staff["teller"], at_contract.id)


def test_the_signing_is_recorded_once_the_agreement_was_printed_at_the_counter(
    store, staff, at_contract, tmp_path
) -> None:
    teller = staff["teller"]
    job = printing.write_for_print(store, teller, at_contract.id, "agreement", tmp_path / "a.pdf")
    printing.record_print(store, teller, at_contract.id, "agreement", printer="Counter-1", pages=8, job=job)
    case = _sign(store, teller, at_contract.id)
    assert case.data_for(Step.CONTRACT)["signed"] is True and case.step is Step.APPROVAL


def test_an_agreement_printed_before_the_seal_card_changed_does_not_count(
    store, staff, at_contract, tmp_path
) -> None:
    teller = staff["teller"]
    printing.print_case(store, teller, at_contract.id, "agreement", tmp_path / "a.pdf")
    more = [*SEALS, {"kind": "financial_seal", "holder": "公司"}]
    cases.save_step(store, teller, at_contract.id, "contract", _entries(False, more), complete=False)
    with pytest.raises(RuleError) as refused:
        _sign(store, teller, at_contract.id, seals=more)  # the originals signed show the old seal card
    assert refused.value.code == "contract.agreement_not_printed"
    printing.print_case(store, teller, at_contract.id, "agreement", tmp_path / "b.pdf")
    assert _sign(store, teller, at_contract.id, seals=more).data_for(Step.CONTRACT)["signed"] is True


def test_a_signing_with_other_entries_than_the_print_is_refused(store, staff, at_contract, tmp_path) -> None:
    """Printed with two seals, then signed in one go with a third: the signed originals lack it."""
    teller = staff["teller"]
    printing.print_case(store, teller, at_contract.id, "agreement", tmp_path / "a.pdf")
    with pytest.raises(RuleError) as refused:
        _sign(store, teller, at_contract.id, seals=[*SEALS, {"kind": "financial_seal", "holder": "公司"}])
    assert refused.value.code == "contract.agreement_not_printed"
    assert load_case(store, at_contract.id).data_for(Step.CONTRACT)["seals"] == SEALS
