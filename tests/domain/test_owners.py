"""Beneficial owners (受益所有人) on nested holdings, the senior-manager fallback and the exemption."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from teller_app.domain.customers import CustomerKind
from teller_app.domain.errors import InputError, RuleError
from teller_app.domain.owner_records import holders_from_data, holders_to_data, owners_to_data
from teller_app.domain.owners import (
    MAX_LAYERS,
    ExemptionCommitment,
    Holder,
    HolderKind,
    OwnerReason,
    Person,
    effective_stakes,
    exemption_allowed,
    find_beneficial_owners,
    owners_step_complete,
    record_exemption,
)

D = Decimal
PERSON = HolderKind.NATURAL_PERSON
ENTITY = HolderKind.ENTITY
MANAGER = Person(id="mgr", name="王经理", title="总经理")


def person(pid: str, equity: str, **extra) -> Holder:
    return Holder(id=pid, name=f"person {pid}", kind=PERSON, equity=D(equity), **extra)


def company(cid: str, equity: str, *holders: Holder, **extra) -> Holder:
    return Holder(id=cid, name=f"company {cid}", kind=ENTITY, equity=D(equity), holders=holders, **extra)


def owners_by_id(shareholders, **kwargs):
    return {owner.id: owner for owner in find_beneficial_owners(shareholders, **kwargs)}


def test_direct_shareholder_with_a_quarter_is_an_owner():
    owners = owners_by_id([person("zhang", "0.25"), person("li", "0.2499"), person("wang", "0.5001")])
    assert set(owners) == {"zhang", "wang"}
    assert owners["zhang"].reasons == (OwnerReason.EQUITY, OwnerReason.PROFIT, OwnerReason.VOTING)
    assert owners["zhang"].paths == (("zhang",),)


def test_indirect_stake_multiplies_through_the_layers():
    # zhang holds 60% of HoldCo, which holds 50% of the customer: 30% indirect.
    owners = owners_by_id([company("holdco", "0.5", person("zhang", "0.6"), person("li", "0.4"))])
    assert owners["zhang"].equity == D("0.30")
    assert owners["zhang"].paths == (("holdco", "zhang"),)
    assert "li" not in owners  # 40% of 50% = 20%


def test_stakes_add_up_across_paths():
    # 15% through A and 15% through B: 30% in all.
    shareholders = [
        company("a", "0.3", person("zhao", "0.5"), person("x", "0.5")),
        company("b", "0.5", person("zhao", "0.3"), person("y", "0.7")),
        person("z", "0.2"),
    ]
    stakes = effective_stakes(shareholders)
    assert stakes["zhao"].equity == D("0.30")
    assert set(stakes["zhao"].paths) == {("a", "zhao"), ("b", "zhao")}
    owners = owners_by_id(shareholders)
    assert set(owners) == {"zhao", "y"}  # y: 70% of 50% = 35%
    assert owners["y"].equity == D("0.35")


def test_three_layers_multiply():
    shareholders = [company("a", "0.8", company("b", "0.5", person("sun", "0.7")))]
    assert effective_stakes(shareholders)["sun"].equity == D("0.28")


def test_control_without_equity_makes_an_owner():
    owners = owners_by_id([person("a", "0.2"), person("b", "0.2"), person("c", "0", controls=True)])
    assert set(owners) == {"c"}
    assert owners["c"].reasons == (OwnerReason.CONTROL,)
    assert owners["c"].equity == D(0)


def test_profit_rights_alone_make_an_owner():
    owners = owners_by_id(
        [person("partner", "0.1", profit=D("0.4")), person("other", "0.2", profit=D("0.1"))]
    )
    assert set(owners) == {"partner"}
    assert owners["partner"].reasons == (OwnerReason.PROFIT,)


def test_voting_rights_pass_through_layers():
    shareholders = [
        company("gp", "0.01", person("chen", "1"), voting=D("0.5")),
        person("lp", "0.2", voting=D("0")),
    ]
    owners = owners_by_id(shareholders)
    assert set(owners) == {"chen"}
    assert owners["chen"].reasons == (OwnerReason.VOTING,)
    assert owners["chen"].voting == D("0.5")


def test_nobody_qualifies_falls_back_to_the_senior_manager():
    owners = find_beneficial_owners([person(str(n), "0.2") for n in range(5)], senior_manager=MANAGER)
    assert len(owners) == 1
    assert (owners[0].id, owners[0].reasons) == ("mgr", (OwnerReason.SENIOR_MANAGER,))


def test_nobody_qualifies_and_no_senior_manager_named_is_refused():
    with pytest.raises(RuleError) as error:
        find_beneficial_owners([person("a", "0.1")])
    assert error.value.code == "owners.senior_manager_required"


def test_owners_are_listed_largest_stake_first():
    owners = find_beneficial_owners([person("small", "0.3"), person("big", "0.7")])
    assert [owner.id for owner in owners] == ["big", "small"]


COMMITTED = ExemptionCommitment(
    no_outside_control_or_benefit=True, signed_by="王建国", reference="CN-2026-001"
)


def test_exemption_for_small_capital_natural_person_shareholders_and_no_outside_control_committed():
    shareholders = [person("a", "0.6"), person("b", "0.4")]
    kind = CustomerKind.ENTERPRISE_LEGAL_PERSON
    assert exemption_allowed(kind, D("10000000"), shareholders, no_outside_control_or_benefit=True)
    exemption = record_exemption(kind, D("3000000"), shareholders, COMMITTED)
    assert exemption.shareholders == ("a", "b")
    assert exemption.commitment == COMMITTED
    assert owners_step_complete(kind, [], exemption)


def test_no_exemption_unless_nobody_outside_the_shareholders_controls_or_benefits():
    kind = CustomerKind.ENTERPRISE_LEGAL_PERSON
    assert not exemption_allowed(kind, D("100"), [person("a", "1")])  # the third condition not committed
    outside = ExemptionCommitment(no_outside_control_or_benefit=False, signed_by="王建国", reference="CN-1")
    with pytest.raises(RuleError) as refused:
        record_exemption(kind, D("100"), [person("a", "1")], outside)
    assert refused.value.code == "owners.exemption_not_allowed"


def test_no_exemption_without_the_recorded_commitment():
    with pytest.raises(RuleError) as refused:
        record_exemption(CustomerKind.ENTERPRISE_LEGAL_PERSON, D("100"), [person("a", "1")])
    assert refused.value.code == "owners.exemption_commitment_missing"
    unsigned = ExemptionCommitment(no_outside_control_or_benefit=True, signed_by=" ", reference="CN-1")
    with pytest.raises(RuleError):
        record_exemption(CustomerKind.ENTERPRISE_LEGAL_PERSON, D("100"), [person("a", "1")], unsigned)


def test_no_exemption_when_any_controller_is_recorded():
    kind = CustomerKind.ENTERPRISE_LEGAL_PERSON
    with pytest.raises(RuleError) as refused:
        record_exemption(kind, D("100"), [person("a", "1")], COMMITTED, controllers=["幕后控制人"])
    assert refused.value.code == "owners.exemption_controller_recorded"
    controlling = dataclasses.replace(person("a", "1"), controls=True)
    assert not exemption_allowed(kind, D("100"), [controlling], no_outside_control_or_benefit=True)


def test_no_exemption_above_ten_million_or_with_an_entity_shareholder():
    kind = CustomerKind.ENTERPRISE_LEGAL_PERSON
    assert not exemption_allowed(
        kind, D("10000000.01"), [person("a", "1")], no_outside_control_or_benefit=True
    )
    with_entity = [person("a", "0.5"), company("c", "0.5", person("b", "1"))]
    assert not exemption_allowed(kind, D("100"), with_entity, no_outside_control_or_benefit=True)
    with pytest.raises(RuleError) as error:
        record_exemption(kind, D("100"), with_entity, COMMITTED)
    assert error.value.code == "owners.exemption_not_allowed"


@pytest.mark.parametrize("capital", [D("-1"), D("NaN"), 1.5, "100"])
def test_registered_capital_must_be_an_exact_non_negative_amount(capital):
    with pytest.raises(InputError):
        exemption_allowed(CustomerKind.ENTERPRISE_LEGAL_PERSON, capital, [person("a", "1")])


@pytest.mark.parametrize("kind", [CustomerKind.INDIVIDUAL, CustomerKind.INDIVIDUAL_BUSINESS])
def test_individuals_and_individual_businesses_never_file(kind):
    assert owners_step_complete(kind, [], None)
    assert not exemption_allowed(kind, D("1"), [person("a", "1")])


def test_owners_step_needs_an_owner_or_an_exemption():
    kind = CustomerKind.ENTERPRISE_LEGAL_PERSON
    assert not owners_step_complete(kind, [], None)
    assert owners_step_complete(kind, find_beneficial_owners([person("a", "1")]), None)


@pytest.mark.parametrize("share", ["-0.01", "1.01"])
def test_share_outside_zero_to_one_is_refused(share):
    with pytest.raises(InputError) as error:
        effective_stakes([company("c", "0.5", person("a", share))])
    assert error.value.code == "owners.share_out_of_range"
    assert error.value.params["holder"] == "a"


@pytest.mark.parametrize("share", [0.3, "0.3", None, True])
def test_share_must_be_an_exact_decimal(share):
    with pytest.raises(InputError) as error:
        effective_stakes([Holder(id="a", name="a", kind=PERSON, equity=share)])  # type: ignore[arg-type]
    assert error.value.code == "owners.share_not_decimal"


def test_siblings_above_one_hundred_percent_are_refused():
    with pytest.raises(InputError) as error:
        effective_stakes([company("c", "0.5", person("a", "0.6"), person("b", "0.5"))])
    assert error.value.code == "owners.shares_exceed_whole"
    assert error.value.params["parent"] == "c"
    with pytest.raises(InputError):
        effective_stakes([person("a", "0.2", voting=D("0.7")), person("b", "0.2", voting=D("0.4"))])


def test_a_holding_cycle_is_refused():
    cycle = [company("a", "0.5", company("b", "0.5", company("a", "0.5", person("p", "1"))))]
    with pytest.raises(InputError) as error:
        effective_stakes(cycle)
    assert error.value.code == "owners.holding_cycle"
    assert error.value.params["path"] == "a > b > a"


def test_the_customer_holding_itself_is_a_cycle():
    with pytest.raises(InputError) as error:
        effective_stakes([company("holdco", "1", company("cust", "1"))], customer_id="cust")
    assert error.value.code == "owners.holding_cycle"


def test_paths_start_below_the_customer_when_its_id_is_given():
    stakes = effective_stakes([company("h", "1", person("p", "1"))], customer_id="cust")
    assert stakes["p"].paths == (("h", "p"),)


@pytest.mark.parametrize(
    ("holders", "code"),
    [
        ([person("a", "0.1"), person("a", "0.1")], "owners.duplicate_holder"),
        (
            [Holder(id="a", name="a", kind=PERSON, equity=D("0.1"), holders=(person("b", "1"),))],
            "owners.person_with_holders",
        ),
        ([person("", "0.1")], "owners.holder_id_required"),
        (["not a holder"], "owners.not_a_holder"),
    ],
)
def test_malformed_holdings_get_typed_errors(holders, code):
    with pytest.raises(InputError) as error:
        effective_stakes(holders)
    assert error.value.code == code


def test_an_implausibly_deep_chain_is_refused_not_crashed():
    chain = person("p", "1")
    for level in range(MAX_LAYERS + 5):
        chain = company(f"c{level}", "1", chain)
    with pytest.raises(InputError) as error:
        effective_stakes([chain])
    assert error.value.code == "owners.too_many_layers"


def test_a_deep_but_plausible_chain_is_fine():
    chain = person("p", "1")
    for level in range(10):
        chain = company(f"c{level}", "0.9", chain)
    assert effective_stakes([chain])["p"].equity == D("0.9") ** 10


# --- the step's plain data ---------------------------------------------------------------------------

FORM = [
    {
        "id": "holdco",
        "name": "控股公司",
        "kind": "entity",
        "equity": "0.5",
        "holders": [
            {"id": "zhang", "name": "张三", "kind": "natural_person", "equity": "0.6"},
            {"id": "li", "name": "李四", "kind": "natural_person", "equity": "0.4", "controls": True},
        ],
    },
    {"id": "wang", "name": "王五", "kind": "natural_person", "equity": "0.5", "voting": "0.1"},
]


def test_holdings_from_the_form_compute_owners_and_come_back_unchanged():
    holders = holders_from_data(FORM)
    owners = {owner.id: owner for owner in find_beneficial_owners(holders)}
    assert owners["zhang"].equity == D("0.30") and owners["li"].reasons == (OwnerReason.CONTROL,)
    assert owners["wang"].reasons == (OwnerReason.EQUITY, OwnerReason.PROFIT)
    assert holders_from_data(holders_to_data(holders)) == holders


def test_owners_as_step_data_keep_exact_shares_reasons_and_paths():
    data = owners_to_data(find_beneficial_owners(holders_from_data(FORM)))
    zhang = next(item for item in data if item["id"] == "zhang")
    assert zhang == {
        "id": "zhang",
        "name": "张三",
        "reasons": ["equity", "profit", "voting"],
        "equity": "0.30",
        "profit": "0.30",
        "voting": "0.30",
        "paths": [["holdco", "zhang"]],
    }


@pytest.mark.parametrize(
    ("form", "code"),
    [
        ([{"id": "a", "name": "a", "kind": "natural_person", "equity": 0.3}], "owners.share_not_decimal"),
        (
            [{"id": "a", "name": "a", "kind": "natural_person", "equity": "thirty"}],
            "owners.share_not_decimal",
        ),
        ([{"id": "a", "name": "a", "kind": "robot", "equity": "0.3"}], "owners.unknown_holder_kind"),
        ("a", "owners.not_a_holder"),
        ([["a"]], "owners.not_a_holder"),
    ],
)
def test_bad_form_data_gets_typed_errors(form, code):
    with pytest.raises(InputError) as error:
        holders_from_data(form)
    assert error.value.code == code


def test_form_data_nested_too_deep_is_refused():
    form: list = []
    for level in range(MAX_LAYERS + 5):
        form = [{"id": f"c{level}", "name": "c", "kind": "entity", "equity": "1", "holders": form}]
    with pytest.raises(InputError) as error:
        holders_from_data(form)
    assert error.value.code == "owners.too_many_layers"


# --- property: effective shares never exceed the whole ---------------------------------------------

PERCENT = D("0.01")


@st.composite
def siblings(draw, depth: int, prefix: str):
    """Shareholders of one company whose equity adds up to at most 100%."""
    count = draw(st.integers(min_value=0, max_value=4))
    remaining = 100
    holders = []
    for index in range(count):
        whole = draw(st.integers(min_value=0, max_value=remaining))
        remaining -= whole
        # a small pool of person ids, so the same person often appears on several paths
        pid = draw(st.sampled_from(["p1", "p2", "p3", "p4"]))
        if depth > 0 and draw(st.booleans()):
            children = draw(siblings(depth - 1, f"{prefix}{index}."))
            holders.append(
                Holder(
                    id=f"e{prefix}{index}",
                    name="e",
                    kind=ENTITY,
                    equity=whole * PERCENT,
                    holders=tuple(children),
                )
            )
        elif pid not in {h.id for h in holders}:
            holders.append(Holder(id=pid, name=pid, kind=PERSON, equity=whole * PERCENT))
    return holders


@settings(max_examples=300, deadline=None)
@given(siblings(depth=3, prefix=""))
def test_effective_shares_of_natural_persons_never_exceed_the_whole(shareholders):
    stakes = effective_stakes(shareholders)
    assert sum((owner.equity for owner in stakes.values()), D(0)) <= 1
    assert all(D(0) <= owner.equity <= 1 for owner in stakes.values())
