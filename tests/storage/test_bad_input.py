"""Oversized fields, control characters and broken UTF-8 get typed errors naming the field; nothing is stored."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select
from storage_helpers import add_customer_and_case

from teller_app.domain.errors import InputError
from teller_app.storage.customers import set_customer_identity
from teller_app.storage.schema import (
    AuditEvent,
    Case,
    CaseStep,
    Customer,
    Document,
    DocumentScan,
    OutboxEntry,
)


def nothing_stored(store) -> bool:
    with store.reading() as session:
        return all(
            session.scalar(select(func.count()).select_from(model)) == 0
            for model in (Customer, Case, AuditEvent, OutboxEntry)
        )


def open_with(store, **values):
    with store.unit_of_work(user_id="teller-1") as uow:
        add_customer_and_case(uow, **values)


def test_an_oversized_company_name_is_refused_naming_the_field(store):
    with pytest.raises(InputError) as raised:
        open_with(store, name="很长的公司名称" * 100)
    assert raised.value.code == "input.too_long"
    assert raised.value.params["field"] == "name"
    assert raised.value.params["limit"] == 200
    assert nothing_stored(store)


def test_a_control_character_in_an_address_is_refused_with_its_position(store):
    with pytest.raises(InputError) as raised:
        open_with(store, address="北京市\x00海淀区")
    assert raised.value.code == "input.control_character"
    assert (raised.value.params["field"], raised.value.params["position"]) == ("address", 3)
    assert nothing_stored(store)


def test_a_line_break_in_a_one_line_field_is_refused(store):
    with pytest.raises(InputError) as raised:
        open_with(store, name="Line\nBreak Ltd")
    assert raised.value.code == "input.control_character"


def test_broken_utf8_bytes_are_refused(store):
    with pytest.raises(InputError) as raised:
        with store.unit_of_work() as uow:
            customer = uow.new(Customer, kind="individual")
            set_customer_identity(uow, customer, name="ok")
            uow.fields.seal_text(customer, "address", b"\xe5\x8c\x97\xff\xfe")  # 北 then invalid bytes
    assert raised.value.code == "input.invalid_utf8"
    assert raised.value.params["position"] == 3
    assert nothing_stored(store)


def test_a_lone_surrogate_is_refused_as_invalid_utf8(store):
    with pytest.raises(InputError) as raised:
        open_with(store, name="bad \udcff name")
    assert raised.value.code == "input.invalid_utf8"


def test_control_characters_inside_step_data_are_refused(store):
    with pytest.raises(InputError):
        with store.unit_of_work() as uow:
            _, case = add_customer_and_case(uow)
            step = uow.new(CaseStep, case_id=case.id, step="intake")
            uow.seal(step, "data", {"notes": ["fine", "bell\x07"]})
    assert nothing_stored(store)


def test_step_data_larger_than_its_limit_is_refused(store):
    with pytest.raises(InputError) as raised:
        with store.unit_of_work() as uow:
            _, case = add_customer_and_case(uow)
            step = uow.new(CaseStep, case_id=case.id, step="intake")
            uow.seal(step, "data", {"pages": ["x" * 9_000] * 200})
    assert raised.value.code == "input.too_large"
    assert nothing_stored(store)


def test_a_control_character_in_a_plain_column_is_refused(store):
    with pytest.raises(InputError) as raised:
        with store.unit_of_work() as uow:
            uow.new(Customer, kind="individual\x1b[31m")
    assert raised.value.params["field"] == "kind"
    assert nothing_stored(store)


def test_an_oversized_plain_column_is_refused(store):
    with pytest.raises(InputError) as raised:
        with store.unit_of_work() as uow:
            uow.new(Customer, kind="x" * 41)
    assert raised.value.code == "input.too_long"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=260) | st.binary(max_size=260))
def test_any_name_is_either_stored_exactly_or_refused_with_a_typed_error(store, text):
    try:
        with store.unit_of_work() as uow:
            customer = uow.new(Customer, kind="individual")
            uow.seal(customer, "name", text)
    except InputError as error:
        assert error.code in ("input.too_long", "input.control_character", "input.invalid_utf8")
        return
    expected = text.decode("utf-8") if isinstance(text, bytes) else text
    with store.reading() as session:
        assert store.sealer.open_text(session.get(Customer, customer.id), "name") == expected


def test_pretty_printed_json_in_a_text_column_is_accepted_but_a_nul_is_not(store):
    from teller_app.storage.schema import ProcessDefinition

    with store.unit_of_work() as uow:
        uow.new(
            ProcessDefinition,
            procedure_version="2026.1",
            effective_from=store.clock().date(),
            content='{\n  "steps": []\n}',
            content_hash="0" * 64,
        )
    with pytest.raises(InputError):
        with store.unit_of_work() as uow:
            uow.new(
                ProcessDefinition,
                procedure_version="2026.2",
                effective_from=store.clock().date(),
                content="{}\x00",
                content_hash="0" * 64,
            )


def test_step_data_nested_absurdly_deep_is_refused_not_a_crash(store):
    nested: list = []
    for _ in range(5_000):
        nested = [nested]
    with pytest.raises(InputError) as raised:
        with store.unit_of_work() as uow:
            _, case = add_customer_and_case(uow)
            step = uow.new(CaseStep, case_id=case.id, step="intake")
            uow.seal(step, "data", {"owners": nested})
    assert raised.value.code == "input.not_json" and "nested" in raised.value.render()
    assert nothing_stored(store)


def test_a_scan_that_is_not_bytes_is_refused_naming_the_field(store):
    with pytest.raises(InputError) as raised:
        with store.unit_of_work() as uow:
            _, case = add_customer_and_case(uow)
            document = uow.new(Document, case_id=case.id, item_code="business_licence", decision="received")
            scan = uow.new(
                DocumentScan, case_id=case.id, document_id=document.id, media_type="image/png", size=0
            )
            uow.seal(scan, "content", "a file name, not the file")
    assert (raised.value.code, raised.value.params["field"]) == ("input.not_bytes", "content")
    assert nothing_stored(store)
