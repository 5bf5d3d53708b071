"""The owners step is held while any identified beneficial owner's record lacks a field the 2024 rules list
(《受益所有人信息管理办法》第八条); the teller's entries are kept as a draft when it is refused."""

from __future__ import annotations

import pytest
from service_helpers import corporate_case_to_contract, resident_id

from teller_app.domain.errors import TellerError
from teller_app.domain.steps import Step
from teller_app.services import cases, step_services
from teller_app.services.case_store import load_case
from teller_app.services.demo import owner_record


@pytest.fixture
def case_at_owners(store, staff):
    case = corporate_case_to_contract(store, staff["teller"])
    cases.go_back(store, staff["teller"], case.id, "beneficial_owners")
    return case


def _without(record: dict, field: str) -> dict:
    return {k: v for k, v in record.items() if k != field}


def test_owners_step_refused_while_an_owner_lacks_date_of_birth(store, staff, case_at_owners):
    owner = _without(owner_record("p1", "王建国", resident_id()), "birth_date")
    with pytest.raises(TellerError) as refused:
        step_services.record_owners(
            store, staff["teller"], case_at_owners.id, {"shareholders": [owner]}, advance=True
        )
    assert (refused.value.code, refused.value.params["field"]) == ("owners.field_required", "birth_date")
    assert refused.value.params["owner"] == "王建国"
    case = load_case(store, case_at_owners.id)
    assert Step.BENEFICIAL_OWNERS not in case.completed and case.step is Step.BENEFICIAL_OWNERS
    kept = case.data_for(Step.BENEFICIAL_OWNERS)["shareholders"]
    assert kept == [owner]  # everything the teller entered is kept as typed


def test_owners_step_refused_while_a_controller_lacks_the_means_of_control(store, staff, case_at_owners):
    holders = [
        owner_record("p1", "王建国", resident_id(), equity="1"),
        {**owner_record("p2", "陈美华", resident_id("31010419750608002"), equity="0"), "controls": True},
    ]
    with pytest.raises(TellerError) as refused:
        step_services.record_owners(store, staff["teller"], case_at_owners.id, {"shareholders": holders})
    assert (refused.value.code, refused.value.params["owner"]) == ("owners.control_means_required", "陈美华")
    holders[1]["control_means"] = "一致行动协议"
    done = step_services.record_owners(store, staff["teller"], case_at_owners.id, {"shareholders": holders})
    assert Step.BENEFICIAL_OWNERS in done.completed


def test_a_shareholder_below_25_percent_need_not_have_a_whole_record(store, staff, case_at_owners):
    holders = [
        owner_record("p1", "王建国", resident_id(), equity="0.8"),
        {"id": "p2", "name": "陈美华", "kind": "natural_person", "equity": "0.2"},
    ]
    done = step_services.record_owners(store, staff["teller"], case_at_owners.id, {"shareholders": holders})
    assert Step.BENEFICIAL_OWNERS in done.completed


def test_the_senior_manager_as_owner_needs_the_whole_record_too(store, staff, case_at_owners):
    small = [{"id": f"p{i}", "name": f"股东{i}", "kind": "natural_person", "equity": "0.1"} for i in range(5)]
    manager = {"id": "senior_manager", "name": "赵敏", "title": "总经理"}
    data = {"shareholders": small, "senior_manager": manager}
    with pytest.raises(TellerError) as refused:
        step_services.record_owners(store, staff["teller"], case_at_owners.id, data)
    assert refused.value.params["owner"] == "赵敏"
    record = owner_record("senior_manager", "赵敏", resident_id("31010419750608002"))
    data["senior_manager"] = {**record, "title": "总经理"}
    done = step_services.record_owners(store, staff["teller"], case_at_owners.id, data)
    [owner] = done.data_for(Step.BENEFICIAL_OWNERS)["owners"]
    assert owner["reasons"] == ["senior_manager"] and owner["birth_date"] == "1975-06-08"


def test_an_owner_record_tampered_in_the_saved_step_is_refused_again(store, staff, case_at_owners):
    """The check runs on the computed record every time: a stored draft with a forged record does not pass."""
    owner = {**owner_record("p1", "王建国", resident_id()), "id_expiry": "2020-01-01"}
    with pytest.raises(TellerError) as refused:
        step_services.record_owners(store, staff["teller"], case_at_owners.id, {"shareholders": [owner]})
    assert refused.value.code == "owners.id_expired"
    forged = {"shareholders": [owner], "owners": [{"id": "p1", "name": "王建国", "reasons": ["equity"]}]}
    with pytest.raises(TellerError):
        step_services.record_owners(store, staff["teller"], case_at_owners.id, forged)


def test_the_risk_form_prints_each_owner_s_record_in_chinese(store, staff):
    from teller_app.services import printing

    case = corporate_case_to_contract(store, staff["teller"])
    owner = next(o for o in printing.case_sheet(store, case.id).owners if o.name == "王建国")
    assert (owner.sex, owner.birth_date, owner.nationality) == ("男", "1980-03-15", "中国（CN）")
    assert owner.id_document.startswith("居民身份证 ") and "有效期限 2018-03-15 至" in owner.id_document
    assert owner.relationship == "2020-05-01 形成，存续至今"
