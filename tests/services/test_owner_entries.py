"""The owners step reads the teller's shareholder entries the domain's one way: exact shares, real booleans."""

from __future__ import annotations

import pytest
from service_helpers import corporate_case_to_contract, resident_id

from teller_app.domain.errors import InputError
from teller_app.domain.owners import MAX_LAYERS
from teller_app.domain.steps import Step
from teller_app.services import cases, step_services
from teller_app.services.step_records import holders_from, ownership_layers


@pytest.fixture
def case_at_owners(store, staff):
    case = corporate_case_to_contract(store, staff["teller"])
    cases.go_back(store, staff["teller"], case.id, "beneficial_owners")
    return case


def _owners(store, teller, case_id, shareholders):
    saved = step_services.record_owners(store, teller, case_id, {"shareholders": shareholders})
    return saved.data_for(Step.BENEFICIAL_OWNERS)["owners"]


def test_controls_written_as_the_text_false_does_not_make_a_controller(store, staff, case_at_owners):
    shareholders = [
        {"id": "p1", "name": "王建国", "kind": "natural_person", "equity": "0.1", "controls": "false"},
        {"id": "p2", "name": "陈美华", "kind": "natural_person", "equity": "0.9"},
    ]
    owners = _owners(store, staff["teller"], case_at_owners.id, shareholders)
    assert [o["name"] for o in owners] == ["陈美华"]


def test_a_share_typed_as_a_float_is_refused_as_not_exact(store, staff, case_at_owners):
    shareholders = [{"id": "p1", "name": "王建国", "kind": "natural_person", "equity": 0.6}]
    with pytest.raises(InputError) as refused:
        _owners(store, staff["teller"], case_at_owners.id, shareholders)
    assert refused.value.code == "owners.share_not_decimal"


def _chain(layers: int) -> list[dict]:
    tree: dict = {"id": "end", "name": "孙立", "kind": "natural_person", "equity": "1"}
    for level in range(layers):
        tree = {"id": f"c{level}", "name": f"控股{level}", "kind": "entity", "equity": "1", "holders": [tree]}
    return [tree]


def test_holdings_are_read_as_deep_as_the_domain_allows_and_no_deeper():
    deep = holders_from(_chain(MAX_LAYERS - 5))  # deeper than the old services limit of 20
    assert ownership_layers(deep) == MAX_LAYERS - 5
    with pytest.raises(InputError) as refused:
        holders_from(_chain(MAX_LAYERS + 2))
    assert refused.value.code == "owners.too_many_layers"


def test_the_wizard_entries_keep_the_id_number_on_the_computed_owner(store, staff, case_at_owners):
    number = resident_id()
    shareholders = [  # the shape ui/wizard/owners_page.py sends
        {
            "id": "h1",
            "name": "示例控股有限公司",
            "kind": "entity",
            "equity": "0.8",
            "controls": False,
            "holders": [
                {
                    "id": "h2",
                    "name": "孙立",
                    "kind": "natural_person",
                    "equity": "1",
                    "controls": True,
                    "id_number": number,
                }
            ],
        },
        {"id": "h3", "name": "陈美华", "kind": "natural_person", "equity": "0.2", "controls": False},
    ]
    [owner] = _owners(store, staff["teller"], case_at_owners.id, shareholders)
    assert (owner["name"], owner["equity"], owner["id_number"]) == ("孙立", "0.8", number)
    assert {"equity", "control"} <= set(owner["reasons"])


def test_an_owner_record_carries_the_2024_fields_and_says_what_it_lacks(store, staff):
    from service_helpers import corporate_case_to_contract

    from teller_app.domain.owner_records import OWNER_RECORD_FIELDS
    from teller_app.services import cases, step_services

    teller = staff["teller"]
    case = corporate_case_to_contract(store, teller)
    cases.go_back(store, teller, case.id, "beneficial_owners")
    full = {
        "id": "p1",
        "name": "王建国",
        "kind": "natural_person",
        "equity": "0.6",
        "id_number": "110101199003071234",
        "sex": "男",
        "birth_date": "1990-03-07",
        "nationality": "CN",
        "address": "上海市浦东新区张江路 88 号",
        "contact": "13800138000",
        "id_type": "resident_id",
        "id_expiry": "2036-03-07",
        "relationship_from": "2020-05-01",
    }
    partial = {"id": "p2", "name": "陈美华", "kind": "natural_person", "equity": "0.4", "sex": "female"}
    saved = step_services.record_owners(store, teller, case.id, {"shareholders": [full, partial]})
    owners = {o["name"]: o for o in saved.data_for(Step.BENEFICIAL_OWNERS)["owners"]}
    assert {name: owners["王建国"][name] for name in OWNER_RECORD_FIELDS} == {
        **{name: full[name] for name in OWNER_RECORD_FIELDS},
        "sex": "male",
    }
    assert owners["王建国"]["record_gaps"] == []
    assert set(owners["陈美华"]["record_gaps"]) == set(OWNER_RECORD_FIELDS) - {"sex"}


def test_an_owners_date_of_birth_that_is_not_a_date_is_refused_naming_the_owner(store, staff):
    from service_helpers import corporate_case_to_contract

    from teller_app.services import cases, step_services

    teller = staff["teller"]
    case = corporate_case_to_contract(store, teller)
    cases.go_back(store, teller, case.id, "beneficial_owners")
    holder = {
        "id": "p1",
        "name": "王建国",
        "kind": "natural_person",
        "equity": "1",
        "birth_date": "1990/03/07",
    }
    with pytest.raises(InputError) as refused:
        step_services.record_owners(store, teller, case.id, {"shareholders": [holder]})
    assert (refused.value.code, refused.value.params["owner"]) == ("owners.date_invalid", "王建国")
