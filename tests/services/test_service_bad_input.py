"""Whatever a page or an import sends, a save gives a case or a typed error: never a crash, never half a save."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from teller_app.domain.errors import InputError, TellerError
from teller_app.domain.steps import Step
from teller_app.services import cases
from teller_app.services.case_store import load_case

_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=6,
)
_keys = st.sampled_from(
    [
        "customer_name",
        "channel",
        "present",
        "credit_code",
        "id_number",
        "legal_representative",
        "agent",
        "phone",
        "x",
    ]
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    entries=st.dictionaries(_keys, _values, max_size=6),
    complete=st.booleans(),
    step=st.sampled_from(["intake", "identity"]),
)
def test_any_entries_give_a_case_or_a_typed_error(store, staff, entries, complete, step):
    teller = staff["teller"]
    case = cases.open_case(store, teller, "enterprise_legal_person", "basic", customer_name="测试客户")
    if step == "identity":
        cases.save_step(
            store, teller, case.id, "intake", {"customer_name": "测试客户"}, complete=True, advance=True
        )
    before = load_case(store, case.id)
    try:
        saved = cases.save_step(store, teller, case.id, step, entries, complete=complete)
    except TellerError:
        after = load_case(store, case.id)
        assert after.step == before.step
        return
    assert saved == load_case(store, case.id)


def test_a_control_character_in_a_name_is_refused_and_nothing_is_stored(store, staff):
    teller = staff["teller"]
    case = cases.open_case(store, teller, "enterprise_legal_person", "basic", customer_name="测试客户")
    with pytest.raises(InputError) as refused:
        cases.save_step(store, teller, case.id, "intake", {"customer_name": "坏\x07名字"}, complete=False)
    assert refused.value.code == "input.control_character"
    assert load_case(store, case.id).data_for(Step.INTAKE)["customer_name"] == "测试客户"


def test_step_data_that_is_not_a_set_of_fields_is_refused(store, staff):
    teller = staff["teller"]
    case = cases.open_case(store, teller, "individual", "personal_i", customer_name="赵小红")
    with pytest.raises(InputError) as refused:
        cases.save_step(store, teller, case.id, "intake", ["not", "a", "mapping"], complete=False)  # type: ignore[arg-type]
    assert refused.value.code == "case.step_data_not_a_mapping"
    with pytest.raises(InputError) as unknown:
        cases.save_step(store, teller, case.id, "teatime", {}, complete=False)
    assert unknown.value.code == "case.unknown_value"


def test_a_number_that_is_not_finite_is_refused(store, staff):
    teller = staff["teller"]
    case = cases.open_case(store, teller, "individual", "personal_i", customer_name="赵小红")
    with pytest.raises(InputError) as refused:
        cases.save_step(
            store, teller, case.id, "intake", {"customer_name": "赵小红", "x": float("nan")}, complete=False
        )
    assert refused.value.code == "case.step_data_not_recordable"


def test_moving_to_a_step_with_an_unknown_name_is_refused_by_name(store, staff):
    teller = staff["teller"]
    case = cases.open_case(store, teller, "individual", "personal_i", customer_name="赵小红")
    for move in (cases.advance_case, cases.go_back):
        with pytest.raises(InputError) as unknown:
            move(store, teller, case.id, "teatime")
        assert (unknown.value.code, unknown.value.params["value"]) == ("case.unknown_value", "teatime")
    assert load_case(store, case.id).step is Step.INTAKE


def test_infinity_in_step_data_is_refused_like_nan(store, staff):
    teller = staff["teller"]
    case = cases.open_case(store, teller, "individual", "personal_i", customer_name="赵小红")
    with pytest.raises(InputError) as refused:
        cases.save_step(store, teller, case.id, "intake", {"x": float("-inf")}, complete=False)
    assert refused.value.code == "case.step_data_not_recordable"
