"""The process definition as data: a valid mapping parses; a broken one names the source, the key path and the problem."""

from __future__ import annotations

import copy
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from teller_app.domain.account_types import AccountType
from teller_app.domain.customers import CustomerKind
from teller_app.domain.errors import ConfigError
from teller_app.domain.limits import TransactionLimits
from teller_app.domain.procedure import parse_definition
from teller_app.domain.risk import RiskInputs
from teller_app.domain.risk_levels import RiskLevel
from teller_app.domain.roles import Role
from teller_app.domain.steps import Step

SOURCE = "test-source.toml"
ALL_APPROVERS = ["supervisor", "risk_officer", "branch_manager"]


STATUTORY_DAILY = {AccountType.PERSONAL_II: 10_000, AccountType.PERSONAL_III: 2_000}  # 银发〔2016〕302号


def _limits(low: int) -> dict[str, Any]:
    """Limits per type and level; personal Ⅱ/Ⅲ accounts within their statutory caps, as a definition must be."""
    out = {}
    for t in AccountType:
        top = min(low, STATUTORY_DAILY.get(t, low))
        out[t.value] = {"low": top, "medium": top // 2, "medium_high": top // 4, "high": top // 8}
    return out


def _shipped(key: str) -> Any:
    """A table of the shipped definition 2026.1 (the flowchart is long; the tests here change other keys)."""
    import tomllib

    from teller_app.paths import resources_dir

    text = (resources_dir() / "process" / "2026.1.toml").read_text(encoding="utf-8")
    return copy.deepcopy(tomllib.loads(text)[key])


def valid_mapping() -> dict[str, Any]:
    return {
        "governance": {
            "owner_zh": "运营管理部",
            "owner_en": "Operations",
            "interpretation_authority_zh": "总行运营管理部",
            "interpretation_authority_en": "Head Office Operations",
        },
        "flowchart": _shipped("flowchart"),
        "version": "2030.1",
        "effective_from": date(2030, 1, 1),
        "owner": "Operations",
        "change_notes": ["First version."],
        "sla_minutes": {step.value: 10 + i for i, step in enumerate(Step)},
        "approval_authority": {
            "low": ALL_APPROVERS,
            "medium": ALL_APPROVERS,
            "medium_high": ["risk_officer", "branch_manager"],
            "high": ["risk_officer"],
        },
        "risk": {
            "high_risk_regions": ["kp"],
            "high_risk_industries": ["j6930"],
            "elevated_industries": ["J6633"],
            "fatf_call_for_action": ["kp", "IR"],
            "weights": {
                "customer_kind": 10,
                "ownership": 10,
                "business_age": 10,
                "nationality": 10,
                "geography": 20,
                "industry": 20,
                "product": 10,
                "channel": 10,
            },
            "thresholds": {"medium": 30, "medium_high": 50, "high": 70},
            "review_months": {"high": 6, "medium_high": 12, "medium": 24, "low": 48},
        },
        "limits": {
            "single": _limits(800_000),
            "daily": {
                **_limits(1_600_000),
                "basic": {"low": "1600000.50", "medium": "800000", "medium_high": 400000, "high": 200000},
            },
        },
        "documents": {
            "extra": [
                {
                    "code": "tax_residency_declaration",
                    "name_zh": "税收居民身份声明文件",
                    "name_en": "Tax residency self-certification",
                    "step": "documents",
                    "customer_kinds": ["enterprise_legal_person"],
                    "account_types": ["basic"],
                }
            ]
        },
    }


def test_valid_definition_is_parsed_into_typed_rules():
    definition = parse_definition(valid_mapping(), SOURCE)
    assert definition.version == "2030.1"
    assert definition.effective_from == date(2030, 1, 1)
    assert definition.source == SOURCE
    assert definition.change_notes == ("First version.",)
    assert definition.sla_minutes[Step.INTAKE] == 10
    assert definition.sla_minutes[Step.ACCOUNT_SETUP] == 10 + len(Step) - 1
    assert definition.approval_authority[RiskLevel.HIGH] == frozenset({Role.RISK_OFFICER})
    assert definition.approval_authority[RiskLevel.LOW] == frozenset(Role(r) for r in ALL_APPROVERS)
    assert definition.risk.weights["geography"] == 20
    assert definition.risk.thresholds[RiskLevel.HIGH] == 70
    assert definition.risk.high_risk_regions == frozenset({"KP"})
    assert definition.risk.high_risk_industries == frozenset({"J6930"})  # codes are upper case
    assert definition.risk.fatf_call_for_action == frozenset({"KP", "IR"})
    limits = definition.transaction_limits(AccountType.BASIC, RiskLevel.LOW)
    assert limits == TransactionLimits(single=Decimal("800000"), daily=Decimal("1600000.50"))
    assert isinstance(limits.single, Decimal)


def test_definition_drives_the_checklist_and_the_rating():
    definition = parse_definition(valid_mapping(), SOURCE)
    items = definition.required_documents(CustomerKind.ENTERPRISE_LEGAL_PERSON, AccountType.BASIC, False)
    assert items[-1].code == "tax_residency_declaration"
    inputs = RiskInputs(CustomerKind.PUBLIC_INSTITUTION, AccountType.PERSONAL_III, industry="J6930")
    assessment = definition.assess_risk(inputs, date(2030, 2, 1))
    assert assessment.score == 20
    assert assessment.next_review == date(2034, 2, 1)


def test_content_hash_follows_the_content():
    first = parse_definition(valid_mapping(), SOURCE)
    assert parse_definition(valid_mapping(), "elsewhere.toml").content_hash == first.content_hash
    changed = valid_mapping()
    changed["sla_minutes"]["approval"] = 99
    assert parse_definition(changed, SOURCE).content_hash != first.content_hash


DELETE = object()
PLAIN_LIMITS = _limits(800_000)


def _set(mapping: dict[str, Any], path: tuple[Any, ...], value: Any) -> dict[str, Any]:
    broken = copy.deepcopy(mapping)
    target = broken
    for part in path[:-1]:
        target = target[part]
    if value is DELETE:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return broken


BROKEN = [
    (("version",), DELETE, "version", "is missing"),
    (("version",), "v1", "version", "must look like YEAR.NUMBER"),
    (("effective_from",), "2030-13-01", "effective_from", "must be a date"),
    (("effective_from",), datetime(2030, 1, 1, 8, 0), "effective_from", "without a time"),
    (("owner",), " ", "owner", "must not be empty"),
    (("colour",), "blue", "colour", "is not a known key"),
    (("sla_minutes",), 5, "sla_minutes", "must be a table"),
    (("sla_minutes", "approval"), 0, "sla_minutes.approval", "at least 1"),
    (("sla_minutes", "approval"), "60", "sla_minutes.approval", "whole number"),
    (("sla_minutes", "approval"), True, "sla_minutes.approval", "whole number"),
    (("sla_minutes", "contract"), DELETE, "sla_minutes.contract", "is missing"),
    (("sla_minutes", "lunch"), 5, "sla_minutes.lunch", "is not a known key"),
    (
        ("approval_authority", "high"),
        ["supervisor"],
        "approval_authority.high",
        "risk officer or branch manager",
    ),
    (("approval_authority", "low"), ["teller"], "approval_authority.low", "may approve"),
    (("approval_authority", "medium"), ["wizard"], "approval_authority.medium", "'wizard' is not one of"),
    (("approval_authority", "medium"), [], "approval_authority.medium", "names no role"),
    (
        ("approval_authority", "medium"),
        ["risk_officer"],
        "approval_authority.medium_high",
        "must also approve medium",
    ),
    (("risk", "weights", "industry"), 25, "risk.weights", "add up to 100, not 105"),
    (("risk", "weights", "industry"), -5, "risk.weights.industry", "at least 0"),
    (("risk", "weights", "luck"), 0, "risk.weights.luck", "is not a known key"),
    (("risk", "thresholds", "high"), 40, "risk.thresholds.high", "higher than the threshold"),
    (("risk", "thresholds", "high"), 101, "risk.thresholds.high", "from 1 to 100"),
    (("risk", "review_months", "low"), 49, "risk.review_months.low", "at least every 48 months"),
    (("risk", "review_months", "high"), 12, "risk.review_months.high", "at least every 6 months"),
    (("risk", "high_risk_regions"), "KP", "risk.high_risk_regions", "must be a list"),
    (("risk", "high_risk_regions"), ["KP", 7], "risk.high_risk_regions[1]", "must be text"),
    (
        ("risk", "elevated_industries"),
        ["J6930"],
        "risk.elevated_industries",
        "also in high_risk_industries",
    ),
    (("limits", "single", "basic", "high"), 1.5, "limits.single.basic.high", "text or a whole number"),
    (("limits", "single", "basic", "high"), "abc", "limits.single.basic.high", "is not an amount"),
    (("limits", "single", "basic", "high"), "-5", "limits.single.basic.high", "positive amount"),
    (("limits", "single", "basic", "high"), "0.001", "limits.single.basic.high", "yuan and fen"),
    (("limits", "daily", "basic", "high"), "10000000", "limits.daily.basic.high", "higher risk level cannot"),
    (("limits", "single", "basic", "low"), "30000000", "limits.single.basic.low", "above the daily limit"),
    (("limits", "daily", "personal_iii"), DELETE, "limits.daily.personal_iii", "is missing"),
    (("documents", "extra", 0, "code"), "seal_card", "documents.extra[0].code", "already a checklist item"),
    (("documents", "extra", 0, "step"), "lunch", "documents.extra[0].step", "'lunch' is not one of"),
    (("documents", "extra", 0, "mandatory"), False, "documents.extra[0].condition", "must say when"),
    (("documents", "extra"), {}, "documents.extra", "must be a list"),
    (("documents", "extra", 0, "account_types"), [], "documents.extra[0]", "at least one"),
]


@pytest.mark.parametrize(("path", "value", "key", "problem"), BROKEN, ids=[f"{b[2]}:{b[3]}" for b in BROKEN])
def test_broken_definition_names_source_key_and_problem(path, value, key, problem):
    with pytest.raises(ConfigError) as broken:
        parse_definition(_set(valid_mapping(), path, value), SOURCE)
    error = broken.value
    assert error.code == "procedure.invalid"
    assert error.params["source"] == SOURCE
    assert error.params["key"] == key
    assert problem in error.params["problem"]
    assert str(error).startswith(f"{SOURCE}: {key}: ")


def test_broken_definition_is_reported_as_an_environment_problem_not_a_crash():
    with pytest.raises(ConfigError) as broken:
        parse_definition(["not", "a", "table"], SOURCE)  # type: ignore[arg-type]
    assert broken.value.kind == "environment"
    assert broken.value.params["key"] == "(top level)"


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix] if prefix else []
    if isinstance(value, dict):
        for key, inner in value.items():
            found += _paths(inner, (*prefix, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            found += _paths(inner, (*prefix, index))
    return found


PATHS = _paths(valid_mapping())
ANY_VALUE = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(),
        st.floats(),
        st.text(max_size=12),
        st.dates(),
        st.datetimes(),
        st.decimals(),
    ),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=6,
)


@settings(max_examples=300, deadline=None)
@given(path=st.sampled_from(PATHS), value=ANY_VALUE)
def test_any_corrupted_value_gives_a_config_error_never_another_exception(path, value):
    try:
        parse_definition(_set(valid_mapping(), path, value), SOURCE)
    except ConfigError as error:
        assert error.params["source"] == SOURCE
        assert error.params["key"]
