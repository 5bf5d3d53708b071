"""Intent confirmation and the seal card as the contract and intent steps check them, through the services."""

from __future__ import annotations

import pytest
from service_helpers import REPRESENTATIVE, corporate_case_to_contract

from teller_app.domain.errors import RuleError, TellerError
from teller_app.domain.steps import Step
from teller_app.services import cases, step_services


def _at_intent(store, teller):
    case = corporate_case_to_contract(store, teller)
    return cases.go_back(store, teller, case.id, "intent")


def test_intent_by_video_needs_the_recordings_reference(store, staff) -> None:
    case = _at_intent(store, staff["teller"])
    with pytest.raises(TellerError) as refused:
        step_services.confirm_intent(
            store, staff["teller"], case.id, method="video", confirmed_with=REPRESENTATIVE, advance=True
        )
    assert refused.value.params.get("field") == "recording_reference"
    done = step_services.confirm_intent(
        store,
        staff["teller"],
        case.id,
        method="video",
        confirmed_with=REPRESENTATIVE,
        recording_reference="VID-20260302-0001",
        advance=True,
    )
    assert Step.INTENT in done.completed


def test_intent_is_confirmed_with_the_legal_representative_recorded(store, staff) -> None:
    case = _at_intent(store, staff["teller"])
    with pytest.raises(RuleError) as refused:
        step_services.confirm_intent(
            store, staff["teller"], case.id, method="face_to_face", confirmed_with="李四", advance=True
        )
    assert refused.value.code == "intent.person_not_recorded"


def test_an_agent_cannot_confirm_the_intent_unless_the_procedure_allows_it(store, staff) -> None:
    case = _at_intent(store, staff["teller"])
    with pytest.raises(RuleError) as refused:
        step_services.confirm_intent(
            store,
            staff["teller"],
            case.id,
            method="face_to_face",
            confirmed_with=REPRESENTATIVE,
            confirmed_with_role="agent",
            advance=True,
        )
    assert refused.value.code == "intent.legal_representative_required"


def test_contract_step_refuses_a_seal_card_without_the_legal_representatives_seal(store, staff) -> None:
    case = corporate_case_to_contract(store, staff["teller"])
    case = cases.go_back(store, staff["teller"], case.id, "contract")
    with pytest.raises(RuleError) as refused:
        step_services.record_contract(
            store,
            staff["teller"],
            case.id,
            signed=True,
            seals=[{"kind": "单位公章", "holder": "公司"}, {"kind": "财务专用章", "holder": "公司"}],
            advance=True,
        )
    assert refused.value.code == "contract.seal_card_personal_seal"


def test_the_seal_card_is_stored_as_codes(store, staff) -> None:
    case = corporate_case_to_contract(store, staff["teller"])
    seals = case.data_for(Step.CONTRACT)["seals"]
    assert [s["kind"] for s in seals] == ["company_seal", "legal_representative_seal"]
