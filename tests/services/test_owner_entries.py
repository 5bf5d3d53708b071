"""The owners step reads the teller's shareholder entries the domain's one way: exact shares, real booleans."""

from __future__ import annotations

import pytest
from service_helpers import corporate_case_to_contract, resident_id

from teller_app.domain.errors import InputError, TellerError
from teller_app.domain.owner_details import OWNER_RECORD_FIELDS
from teller_app.domain.owners import MAX_LAYERS
from teller_app.domain.steps import Step
from teller_app.services import cases, step_services
from teller_app.services.case_store import load_case
from teller_app.services.demo import owner_record
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
        owner_record("p2", "陈美华", resident_id("31010419750608002"), equity="0.9"),
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
                    **owner_record("h2", "孙立", number),
                    "controls": True,
                    "control_means": "一致行动协议",
                }
            ],
        },
        {"id": "h3", "name": "陈美华", "kind": "natural_person", "equity": "0.2", "controls": False},
    ]
    [owner] = _owners(store, staff["teller"], case_at_owners.id, shareholders)
    assert (owner["name"], owner["equity"], owner["id_number"]) == ("孙立", "0.8", number)
    assert {"equity", "control"} <= set(owner["reasons"])


def test_an_owner_record_carries_the_2024_fields_and_says_what_it_lacks(store, staff, case_at_owners):
    full = owner_record("p1", "王建国", resident_id(), equity="0.6")
    partial = {"id": "p2", "name": "陈美华", "kind": "natural_person", "equity": "0.4", "sex": "female"}
    with pytest.raises(TellerError):
        step_services.record_owners(
            store, staff["teller"], case_at_owners.id, {"shareholders": [full, partial]}
        )
    saved = load_case(store, case_at_owners.id).data_for(Step.BENEFICIAL_OWNERS)
    owners = {o["name"]: o for o in saved["owners"]}
    assert {name: owners["王建国"][name] for name in OWNER_RECORD_FIELDS} == {
        name: full[name] for name in OWNER_RECORD_FIELDS
    }
    assert owners["王建国"]["record_gaps"] == []
    assert set(owners["陈美华"]["record_gaps"]) == set(OWNER_RECORD_FIELDS) - {"sex"}


def test_an_owners_date_of_birth_that_is_not_a_date_is_refused_naming_the_owner(store, staff, case_at_owners):
    holder = {**owner_record("p1", "王建国", resident_id()), "birth_date": "1980/03/15"}
    with pytest.raises(InputError) as refused:
        step_services.record_owners(store, staff["teller"], case_at_owners.id, {"shareholders": [holder]})
    assert (refused.value.code, refused.value.params["owner"]) == ("owners.date_invalid", "王建国")
    assert refused.value.params["field"] == "birth_date"
