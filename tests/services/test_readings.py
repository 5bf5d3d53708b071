"""The bank's readings of rules the regulation leaves open ([readings] in the process definition): each
default is the stricter reading, and a definition that chooses the other value is followed by the services.

A case runs under a definition published for the test (version 2026.8, in force from 2026-02-01, before the
service clock's 2026-03-02), built from the shipped 2026.1 with its [readings] table.
"""

from __future__ import annotations

import json
import tomllib
from collections.abc import Iterator
from dataclasses import replace

import pytest
from checker_helpers import checker_for
from service_helpers import (
    COMPANY,
    corporate_case_to_contract,
    corporate_identity,
    credit_code,
    give_number_block,
)

from teller_app.domain.errors import ConfigError, TellerError
from teller_app.domain.identifiers import (
    organisation_code_check_character,
    uscc_check_character,
    uscc_warnings,
)
from teller_app.domain.procedure import parse_definition
from teller_app.domain.readings import Readings
from teller_app.domain.steps import Step
from teller_app.paths import resources_dir
from teller_app.services import account_setup, approvals, cases, procedures, regulator_records
from teller_app.services.case_store import load_case
from teller_app.services.procedures import all_definitions

TEXT = (resources_dir() / "process" / "2026.1.toml").read_text(encoding="utf-8")
SHIPPED = tomllib.loads(TEXT)
SOCIAL_GROUP_CODE = credit_code("51310000MJ4Y3K6Q1")  # 5 民政, 1 社会团体


def _definition(**readings):
    mapping = {**SHIPPED, "version": "2026.8", "effective_from": SHIPPED["effective_from"].replace(month=2)}
    if readings:
        mapping["readings"] = readings
    return parse_definition(mapping, "bank-2026.8.toml")


def _toml(value) -> str:
    return json.dumps(value) if not isinstance(value, bool) else str(value).lower()


@pytest.fixture
def under(tmp_path, monkeypatch) -> Iterator:
    """Run the test's new cases under a definition with these readings (the terminal's procedure folder
    holds 2026.1 and 2026.8)."""

    def install(**readings):
        text = TEXT.replace('version = "2026.1"', 'version = "2026.8"', 1)
        text = text.replace("effective_from = 2026-01-01", "effective_from = 2026-02-01", 1)
        text += "\n[readings]\n" + "".join(f"{k} = {_toml(v)}\n" for k, v in readings.items())
        (tmp_path / "2026.1.toml").write_text(TEXT, encoding="utf-8")
        (tmp_path / "2026.8.toml").write_text(text, encoding="utf-8")
        monkeypatch.setattr(procedures, "default_folder", lambda: tmp_path)
        procedures.forget_loaded_definitions()

    yield install
    monkeypatch.undo()
    procedures.forget_loaded_definitions()


def test_every_reading_defaults_to_the_stricter_and_every_shipped_version_keeps_it():
    strict = Readings(
        rating_voided_by="any_change",
        mismatch_stands=True,
        warn_credit_code_category_54=True,
        payments_from_working_day=3,
    )
    assert Readings() == strict
    assert _definition().readings == strict
    assert {d.version: d.readings for d in all_definitions()} == {
        d.version: strict for d in all_definitions()
    }


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("rating_voided_by", "never"),
        ("mismatch_stands", "yes"),
        ("payments_from_working_day", 2),
        ("payments_from_working_day", 6),
        ("warn_credit_code_category_54", 1),
        ("unknown_reading", True),
    ],
)
def test_a_reading_outside_its_values_is_refused_at_load_naming_file_and_key(key, value):
    with pytest.raises(ConfigError) as refused:
        _definition(**{key: value})
    assert refused.value.params["source"] == "bank-2026.8.toml"
    assert refused.value.params["key"].startswith("readings")


# -- (a) a change after the rating voids it -------------------------------------------------------------


def _phone_changed(store, teller):
    case = corporate_case_to_contract(store, teller)
    assert case.procedure_version == "2026.8" and "level" in case.data_for(Step.RISK)
    corrected = dict(load_case(store, case.id).data_for(Step.IDENTITY))
    corrected["phone"] = "13912345678"
    return cases.save_step(store, teller, case.id, "identity", corrected, complete=True)


def test_by_default_a_changed_phone_number_voids_the_rating(store, staff, under):
    under()
    after = _phone_changed(store, staff["teller"])
    assert after.risk_level is None and Step.RISK not in after.completed


def test_under_the_reading_not_contact_details_a_changed_phone_number_keeps_the_rating(store, staff, under):
    under(rating_voided_by="not_contact_details")
    after = _phone_changed(store, staff["teller"])
    assert after.risk_level is not None and Step.RISK in after.completed
    renamed = dict(load_case(store, after.id).data_for(Step.IDENTITY))
    renamed["legal_representative"] = {**renamed["legal_representative"], "name": "王五"}
    with pytest.raises(TellerError):  # a new name must be checked online again …
        cases.save_step(store, staff["teller"], after.id, "identity", renamed, complete=True)
    voided = cases.save_step(store, staff["teller"], after.id, "identity", renamed, complete=False)
    assert voided.risk_level is None  # … and a changed name voids the rating under either reading


# -- (b) a 不一致 answer stands ------------------------------------------------------------------------


def _mismatch_then_match(store, teller):
    case = cases.open_case(store, teller, "enterprise_legal_person", "basic", customer_name=COMPANY)
    intake = {"customer_name": COMPANY, "present": "legal_representative"}
    cases.save_step(store, teller, case.id, "intake", intake, complete=True, advance=True)
    entries = corporate_identity()
    entries["verifications"]["legal_representative"]["result"] = "mismatch"
    with pytest.raises(TellerError):
        cases.save_step(store, teller, case.id, "identity", entries, complete=True, advance=True)
    entries["verifications"]["legal_representative"].update(result="match", reference="OTHER-1")
    return case, entries


def test_by_default_a_mismatch_stands_for_the_same_name_and_number(store, staff, under):
    under()
    case, entries = _mismatch_then_match(store, staff["teller"])
    with pytest.raises(TellerError) as refused:
        cases.save_step(store, staff["teller"], case.id, "identity", entries, complete=True)
    assert refused.value.code == "identity.verification_refusal_stands"


def test_under_the_reading_mismatch_does_not_stand_a_later_match_replaces_it(store, staff, under):
    under(mismatch_stands=False)
    case, entries = _mismatch_then_match(store, staff["teller"])
    saved = cases.save_step(store, staff["teller"], case.id, "identity", entries, complete=True)
    assert saved.data_for(Step.IDENTITY)["online_check"]["legal_representative"]["result"] == "match"


# -- (c) credit code category 54 -------------------------------------------------------------------------


def _code(prefix: str) -> str:
    body = "MA1K4Y7Q"
    first17 = prefix + "310115" + body + organisation_code_check_character(body)
    return first17 + uscc_check_character(first17)


def test_category_54_is_warned_by_default_and_not_under_the_other_reading_while_n4_always_is():
    committee = _code("54")
    assert [w.code for w in uscc_warnings(committee)] == ["identifier.category_unpublished"]
    assert uscc_warnings(committee, warn_category_54=False) == []
    collective = _code("N4")
    assert [w.code for w in uscc_warnings(collective, warn_category_54=False)] == [
        "identifier.category_unpublished"
    ]


# -- (d) when a non-enterprise account may pay out -------------------------------------------------------


def _approved_social_group(store, staff, clock):
    give_number_block(store)
    teller = staff["teller"]
    case = corporate_case_to_contract(
        store, teller, kind="other_organisation", name="上海市示范协会", code=SOCIAL_GROUP_CODE
    )
    approvals.request_approval(store, teller, case.id)
    approvals.decide(store, checker_for(store, staff["supervisor"]), case.id, "approve")
    account_setup.set_up_account(store, teller, case.id)
    clock.advance(days=1)  # approved on Tuesday 2026-03-03
    return regulator_records.record_regulator_approval(
        store, teller, case.id, number="Z2900001234501", approved_on=clock().date()
    )


def test_by_default_a_non_enterprise_pays_out_from_the_third_working_day_after_approval(
    store, staff, clock, under
):
    under()
    assert _approved_social_group(store, staff, clock).account["payments_from"] == "2026-03-06"


def test_under_the_reading_four_working_days_it_pays_out_a_working_day_later(store, staff, clock, under):
    under(payments_from_working_day=4)
    assert _approved_social_group(store, staff, clock).account["payments_from"] == "2026-03-09"


def test_the_readings_are_compared_by_procedure_diff():
    from teller_app.domain.procedure_diff import diff_definitions

    before, after = _definition(), _definition(payments_from_working_day=4)
    changes = [(c.area, c.key, c.before, c.after) for c in diff_definitions(before, after)]
    assert changes == [("rules", "readings.payments_from_working_day", 3, 4)]
    assert replace(before, readings=after.readings).readings == after.readings
