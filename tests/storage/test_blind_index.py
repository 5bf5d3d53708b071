"""A teller finds a customer by credit code, ID number or name without decrypting the customer table."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from teller_app.storage.blind_index import BlindIndexer, normalise_identifier, normalise_name
from teller_app.storage.customers import find_customers, set_customer_identity
from teller_app.storage.schema import Customer


def test_identifiers_are_normalised_before_indexing():
    assert normalise_identifier(" 91110108-ma01c3xk4p ") == "91110108MA01C3XK4P"
    assert normalise_identifier("９１１１０１０８ＭＡ０１Ｃ３ＸＫ４Ｐ") == "91110108MA01C3XK4P"  # full-width


def test_names_are_normalised_before_indexing():
    assert normalise_name("青松（北京）科技 有限公司") == normalise_name("青松(北京)科技有限公司")
    assert normalise_name("Green Pine  Ltd.") == normalise_name("green pine ltd")


def test_customer_is_found_by_credit_code_typed_in_lower_case(store, open_case):
    wanted, _ = open_case(name="青松科技", credit_code="91110108MA01C3XK4P")
    open_case(name="白桦贸易", credit_code="91310115MA1H7QWE2N")
    with store.reading() as session:
        found = find_customers(session, store.blind, store.sealer, credit_code="91110108ma01c3xk4p")
    assert [c.id for c in found] == [wanted.id]


def test_customer_is_found_by_id_number(store):
    with store.unit_of_work() as uow:
        person = uow.new(Customer, kind="individual")
        set_customer_identity(uow, person, name="王小明", id_number="11010519491231002X")
    with store.reading() as session:
        found = find_customers(session, store.blind, store.sealer, id_number="11010519491231002x")
    assert [c.id for c in found] == [person.id]


def test_customer_is_found_by_name_with_full_width_brackets(store, open_case):
    wanted, _ = open_case(name="青松(北京)科技有限公司")
    with store.reading() as session:
        found = find_customers(session, store.blind, store.sealer, name="青松（北京）科技有限公司")
    assert [c.id for c in found] == [wanted.id]


def test_lookup_decrypts_only_the_matching_rows(store, open_case, monkeypatch):
    for number in range(20):
        open_case(name=f"Company {number}", credit_code=f"9111010800000{number:04d}X")
    opened: list[str] = []
    real_open = store.sealer.open_text
    monkeypatch.setattr(
        store.sealer, "open_text", lambda row, column: opened.append(row.id) or real_open(row, column)
    )
    with store.reading() as session:
        found = find_customers(session, store.blind, store.sealer, credit_code="91110108000000007X")
    assert len(found) == 1
    assert opened == [found[0].id]


def test_an_index_collision_never_returns_the_wrong_customer(store, open_case):
    wanted, _ = open_case(name="Real Owner Ltd", credit_code="91110108MA01C3XK4P")
    impostor, _ = open_case(name="Impostor Ltd", credit_code="91310115MA1H7QWE2N")
    with store.unit_of_work() as uow:
        uow.get(Customer, impostor.id).credit_code_index = wanted.credit_code_index  # forced collision
    with store.reading() as session:
        found = find_customers(session, store.blind, store.sealer, credit_code="91110108MA01C3XK4P")
    assert [c.id for c in found] == [wanted.id]


def test_each_index_has_its_own_key():
    indexer = BlindIndexer({"credit_code": b"\x01" * 32, "id_number": b"\x02" * 32, "name": b"\x03" * 32})
    assert indexer.compute("credit_code", "110105194912310021") != indexer.compute(
        "id_number", "110105194912310021"
    )
    other = BlindIndexer({"credit_code": b"\x09" * 32, "id_number": b"\x02" * 32, "name": b"\x03" * 32})
    assert indexer.compute("credit_code", "X1") != other.compute("credit_code", "X1")


def test_blind_index_does_not_contain_the_value(store, open_case):
    customer, _ = open_case(credit_code="91110108MA01C3XK4P")
    assert "91110108" not in customer.credit_code_index
    assert len(customer.credit_code_index) == 32


def test_a_search_needs_exactly_one_criterion(store):
    with store.reading() as session, pytest.raises(ValueError):
        find_customers(session, store.blind, store.sealer)


def test_invisible_characters_pasted_with_a_value_do_not_hide_the_customer(store, open_case):
    wanted, _ = open_case(name="北京\u200b青松科技", credit_code="\ufeff91110108MA01C3XK4P")
    with store.reading() as session:
        assert [c.id for c in find_customers(session, store.blind, store.sealer, name="北京青松科技")] == [
            wanted.id
        ]
        found = find_customers(session, store.blind, store.sealer, credit_code="91110108—MA01C3XK4P")
        assert [c.id for c in found] == [wanted.id]


SPACING = st.sampled_from([" ", "\u3000", "\t", "\u200b", "\ufeff", "\u00a0", "\u2060"])


@given(text=st.text(max_size=30), spacing=SPACING, at=st.integers(min_value=0, max_value=30))
def test_normalising_twice_changes_nothing_and_spacing_never_counts(text, spacing, at):
    for normalise in (normalise_identifier, normalise_name):
        once = normalise(text)
        assert normalise(once) == once
        assert normalise(text[:at] + spacing + text[at:]) == once


@given(text=st.text(alphabet="0123456789ABCDEFGHJKLMNPQRTUWXY", max_size=18))
def test_full_width_and_lower_case_identifiers_index_the_same(text):
    full_width = "".join(chr(ord(ch) + 0xFEE0) for ch in text.lower())
    assert normalise_identifier(full_width) == normalise_identifier(text) == text
