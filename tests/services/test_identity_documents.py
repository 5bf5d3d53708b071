"""Identity documents' expiry (证件有效期) in the bank's words: expired blocks, expiring soon warns."""

from __future__ import annotations

from datetime import date

import pytest
from service_helpers import COMPANY, corporate_identity

from teller_app.domain.errors import InputError, RuleError
from teller_app.domain.id_documents import DEFAULT_WARNING_DAYS, expiry_problems
from teller_app.domain.procedure import parse_definition
from teller_app.domain.steps import Step
from teller_app.services import cases
from teller_app.services.case_store import load_case
from teller_app.services.procedures import definition_by_version

TODAY = date(2026, 3, 2)  # the service tests' clock


def _case(store, teller):
    case = cases.open_case(store, teller, "enterprise_legal_person", "basic", customer_name=COMPANY)
    cases.save_step(store, teller, case.id, "intake", {"customer_name": COMPANY}, complete=True, advance=True)
    return case


def _identity(expiry: str) -> dict:
    entries = corporate_identity()
    entries["legal_representative"]["id_expiry"] = expiry
    return entries


def test_an_expired_id_document_blocks_the_identity_step(store, staff):
    teller = staff["teller"]
    case = _case(store, teller)
    with pytest.raises(RuleError) as refused:
        cases.save_step(
            store, teller, case.id, "identity", _identity("2026-03-01"), complete=True, advance=True
        )
    assert refused.value.code == "identity.id_expired"
    assert refused.value.params["field"] == "legal_representative.id_expiry"
    assert load_case(store, case.id).step is Step.IDENTITY


def test_an_id_document_is_valid_through_its_last_day(store, staff):
    teller = staff["teller"]
    case = _case(store, teller)
    saved = cases.save_step(
        store, teller, case.id, "identity", _identity("2026-03-02"), complete=True, advance=True
    )
    assert saved.step is Step.DOCUMENTS
    [warning] = saved.data_for(Step.IDENTITY)["expiry_warnings"]
    assert warning["code"] == "identity.id_expiring" and warning["days"] == 0


def test_an_id_document_expiring_soon_warns_but_does_not_block(store, staff):
    teller = staff["teller"]
    case = _case(store, teller)
    saved = cases.save_step(
        store, teller, case.id, "identity", _identity("2026-05-01"), complete=True, advance=True
    )
    assert saved.step is Step.DOCUMENTS
    assert saved.data_for(Step.IDENTITY)["expiry_warnings"] == [
        {
            "code": "identity.id_expiring",
            "field": "legal_representative.id_expiry",
            "expiry": "2026-05-01",
            "days": 60,
        }
    ]


def test_the_id_documents_expiry_is_required(store, staff):
    teller = staff["teller"]
    case = _case(store, teller)
    with pytest.raises(InputError) as refused:
        cases.save_step(store, teller, case.id, "identity", _identity(""), complete=True, advance=True)
    assert refused.value.code == "identity.id_expiry_required"


def test_a_long_term_card_has_no_expiry(store, staff):
    teller = staff["teller"]
    case = _case(store, teller)
    saved = cases.save_step(
        store, teller, case.id, "identity", _identity("long_term"), complete=True, advance=True
    )
    assert saved.step is Step.DOCUMENTS and saved.data_for(Step.IDENTITY)["expiry_warnings"] == []


def test_the_warning_threshold_is_the_process_definitions_with_a_strict_default():
    assert DEFAULT_WARNING_DAYS >= 90
    assert definition_by_version("2026.2").id_expiry_warning_days == DEFAULT_WARNING_DAYS
    assert expiry_problems("2026-05-31", TODAY, 90, "id_expiry")[1]
    assert not expiry_problems("2026-05-31", TODAY, 60, "id_expiry")[1]


def test_a_definition_cannot_set_the_warning_below_thirty_days():
    import tomllib
    from pathlib import Path

    from teller_app.domain.errors import ConfigError

    path = Path(__file__).resolve().parents[2] / "resources" / "process" / "2026.2.toml"
    raw = tomllib.loads(path.read_text(encoding="utf-8"))
    assert (
        parse_definition({**raw, "identity": {"expiry_warning_days": 45}}, "x.toml").id_expiry_warning_days
        == 45
    )
    with pytest.raises(ConfigError) as refused:
        parse_definition({**raw, "identity": {"expiry_warning_days": 7}}, "x.toml")
    assert "identity.expiry_warning_days" in str(refused.value)
