"""The shipped process definitions: they load, one is in force on each day, and a case keeps the version it started under."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from teller_app.domain.account_types import AccountType
from teller_app.domain.customers import CustomerKind
from teller_app.domain.errors import ConfigError
from teller_app.domain.risk import RiskInputs
from teller_app.domain.risk_levels import RiskLevel
from teller_app.domain.roles import Role
from teller_app.domain.steps import Step
from teller_app.paths import resources_dir
from teller_app.services.procedures import (
    definition_by_version,
    effective_definition,
    load_definitions,
    parse_definition_text,
)

SHIPPED = resources_dir() / "process"


def test_shipped_definitions_load_in_order_of_effective_date():
    definitions = load_definitions()
    assert [(d.version, d.effective_from) for d in definitions] == [
        ("2026.1", date(2026, 1, 1)),
        ("2026.2", date(2026, 7, 1)),
        ("2026.3", date(2027, 1, 1)),
    ]
    for definition in definitions:
        assert definition.owner and definition.change_notes
        assert set(definition.sla_minutes) == set(Step)
        assert definition.approval_authority[RiskLevel.HIGH] <= {Role.RISK_OFFICER, Role.BRANCH_MANAGER}


@pytest.mark.parametrize(
    ("day", "version"),
    [
        (date(2026, 1, 1), "2026.1"),
        (date(2026, 6, 30), "2026.1"),
        (date(2026, 7, 1), "2026.2"),
        (date(2026, 12, 31), "2026.2"),
        (date(2027, 1, 1), "2026.3"),
    ],
)
def test_the_definition_in_force_follows_the_effective_dates(day, version):
    assert effective_definition(day).version == version


def test_no_definition_is_in_force_before_the_first_one():
    with pytest.raises(ConfigError) as missing:
        effective_definition(date(2025, 12, 31))
    assert missing.value.code == "procedure.none_effective"


def test_case_started_under_2026_1_keeps_its_rules_after_2026_2_is_effective():
    started_on = date(2026, 6, 20)
    pinned_version = effective_definition(started_on).version  # what the case records at intake
    assert pinned_version == "2026.1"

    later = date(2026, 7, 15)
    current = effective_definition(later)
    pinned = definition_by_version(pinned_version)
    assert current.version == "2026.2"

    # The SLA, the risk weights and the checklist of the case in flight stay those of 2026.1 …
    assert pinned.sla_minutes[Step.APPROVAL] == 60
    assert current.sla_minutes[Step.APPROVAL] == 45
    inputs = RiskInputs(CustomerKind.PUBLIC_INSTITUTION, AccountType.PERSONAL_III, industry="J6930")
    assert pinned.assess_risk(inputs, later).score == 20
    assert current.assess_risk(inputs, later).score == 25
    pinned_items = [
        d.code
        for d in pinned.required_documents(CustomerKind.ENTERPRISE_LEGAL_PERSON, AccountType.BASIC, False)
    ]
    current_items = [
        d.code
        for d in current.required_documents(CustomerKind.ENTERPRISE_LEGAL_PERSON, AccountType.BASIC, False)
    ]
    assert "tax_residency_declaration" not in pinned_items
    assert current_items == [*pinned_items, "tax_residency_declaration"]
    # … and the review interval: 中高 every 12 months under 2026.1, every 9 under 2026.2.
    assert pinned.risk.review_months[RiskLevel.MEDIUM_HIGH] == 12
    assert current.risk.review_months[RiskLevel.MEDIUM_HIGH] == 9


def test_unknown_version_is_named():
    with pytest.raises(ConfigError) as unknown:
        definition_by_version("1999.9")
    assert unknown.value.code == "procedure.unknown_version"
    assert unknown.value.params["version"] == "1999.9"


@pytest.fixture
def process_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "process"
    shutil.copytree(SHIPPED, folder)
    return folder


def test_broken_definition_file_names_the_file_the_key_and_the_problem(process_folder):
    path = process_folder / "2026.2.toml"
    text = path.read_text(encoding="utf-8")
    assert "industry = 25" in text
    path.write_text(text.replace("industry = 25", 'industry = "heavy"'), encoding="utf-8")
    with pytest.raises(ConfigError) as broken:
        load_definitions(process_folder)
    assert broken.value.params["source"] == str(path)
    assert broken.value.params["key"] == "risk.weights.industry"
    assert "whole number" in broken.value.params["problem"]
    assert str(path) in str(broken.value) and "risk.weights.industry" in str(broken.value)


def test_definition_file_that_is_not_toml_is_named(process_folder):
    path = process_folder / "2026.2.toml"
    path.write_text("version = \n", encoding="utf-8")
    with pytest.raises(ConfigError) as broken:
        load_definitions(process_folder)
    assert broken.value.code == "procedure.not_toml"
    assert broken.value.params["source"] == str(path)


def test_definition_file_must_be_named_after_its_version(process_folder):
    (process_folder / "2026.2.toml").rename(process_folder / "2026.7.toml")
    with pytest.raises(ConfigError) as broken:
        load_definitions(process_folder)
    assert broken.value.params["key"] == "version"
    assert "2026.7.toml" in broken.value.params["problem"]


def test_two_definitions_may_not_take_effect_on_the_same_day(process_folder):
    path = process_folder / "2026.2.toml"
    path.write_text(path.read_text(encoding="utf-8").replace("2026-07-01", "2026-01-01"), encoding="utf-8")
    with pytest.raises(ConfigError) as broken:
        load_definitions(process_folder)
    assert broken.value.params["key"] == "effective_from"


def test_empty_or_missing_folder_is_a_config_error(tmp_path):
    (tmp_path / "empty").mkdir()
    with pytest.raises(ConfigError) as empty:
        load_definitions(tmp_path / "empty")
    assert empty.value.code == "procedure.none"
    with pytest.raises(ConfigError) as missing:
        load_definitions(tmp_path / "nowhere")
    assert missing.value.code == "procedure.folder_missing"


def test_a_new_version_in_a_folder_is_picked_up_by_date(process_folder):
    text = (process_folder / "2026.2.toml").read_text(encoding="utf-8")
    text = text.replace('version = "2026.2"', 'version = "2027.1"').replace("2026-07-01", "2027-03-01")
    (process_folder / "2027.1.toml").write_text(
        text.replace("approval = 45", "approval = 30"), encoding="utf-8"
    )
    assert effective_definition(date(2027, 3, 1), process_folder).sla_minutes[Step.APPROVAL] == 30
    assert definition_by_version("2026.1", process_folder).sla_minutes[Step.APPROVAL] == 60


def test_definition_stored_as_text_parses_the_same_as_the_file():
    text = (SHIPPED / "2026.1.toml").read_text(encoding="utf-8")
    from_text = parse_definition_text(text, "central:process_definitions/2026.1")
    assert from_text.content_hash == definition_by_version("2026.1").content_hash
