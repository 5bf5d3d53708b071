"""Rules that rate at 高 whatever the score, and industries counted by their GB/T 4754 section."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from teller_app.domain.account_types import AccountType
from teller_app.domain.customers import CustomerKind
from teller_app.domain.risk import RiskInputs
from teller_app.domain.risk_levels import RiskLevel
from teller_app.services.procedures import all_definitions, definition_by_version

DEFINITION = definition_by_version("2026.2")
QUIET = RiskInputs(
    customer_kind=CustomerKind.PUBLIC_INSTITUTION,
    account_type=AccountType.BASIC,
    industry="S",
    region="110000",
    nationalities=frozenset({"CN"}),
    years_in_business=20,
    country="CN",
)


def rate(inputs: RiskInputs):
    return DEFINITION.assess_risk(inputs, date(2026, 11, 27))


def test_a_quiet_customer_is_low_and_no_rule_fires():
    assessed = rate(QUIET)
    assert assessed.level is RiskLevel.LOW and assessed.direct_rules == ()


@pytest.mark.parametrize(
    ("change", "rule"),
    [
        ({"nationalities": frozenset({"CN", "KP"})}, "fatf_call_for_action"),  # an owner or controller
        ({"country": "IR"}, "fatf_call_for_action"),  # the customer itself
        ({"sanctions_hit": True}, "sanctions_hit"),
        ({"politically_exposed": True}, "politically_exposed"),
        ({"due_diligence_refused": True}, "due_diligence_refused"),
    ],
)
def test_each_direct_rule_rates_high_whatever_the_score(change, rule):
    assessed = rate(replace(QUIET, **change))
    assert assessed.level is RiskLevel.HIGH and rule in assessed.direct_rules
    assert assessed.score < DEFINITION.risk.thresholds[RiskLevel.HIGH]  # the score alone would not
    assert assessed.enhanced_due_diligence


def test_the_fatf_list_is_the_process_definitions():
    assert DEFINITION.risk.fatf_call_for_action == frozenset({"KP", "IR", "MM"})
    assert rate(replace(QUIET, nationalities=frozenset({"MM"}))).direct_rules == ("fatf_call_for_action",)
    assert rate(replace(QUIET, nationalities=frozenset({"US"}))).direct_rules == ()


def test_a_listed_class_counts_in_full_and_its_section_alone_does_not():
    money = {c.factor: c for c in rate(replace(QUIET, industry="J6930")).contributions}["industry"]
    finance = {c.factor: c for c in rate(replace(QUIET, industry="J")).contributions}["industry"]
    assert money.explanation == "risk.industry.high_risk" and money.points == money.weight
    assert finance.explanation == "risk.industry.ordinary" and finance.points == 0


def test_every_industry_in_the_shipped_definitions_is_a_code_of_the_picker_or_an_old_word_it_stands_for():
    from teller_app import reference_data
    from teller_app.domain.legacy_industries import LEGACY_INDUSTRIES, industry_codes

    picker = set(reference_data.industries())
    for definition in all_definitions():
        policy = definition.risk
        listed = policy.high_risk_industries | policy.elevated_industries
        assert listed <= picker | set(LEGACY_INDUSTRIES), listed - picker - set(LEGACY_INDUSTRIES)
        assert industry_codes(listed) <= picker, industry_codes(listed) - picker
        assert policy.fatf_call_for_action <= set(reference_data.countries())
    assert set().union(*LEGACY_INDUSTRIES.values()) <= picker


@pytest.mark.parametrize(
    ("industry", "explanation"),
    [
        ("F5245", "risk.industry.high_risk"),
        ("J6633", "risk.industry.elevated"),
        ("C", "risk.industry.ordinary"),
    ],
)
def test_a_case_pinned_to_2026_1_or_2026_2_is_rated_by_the_industry_words_they_were_published_with(
    industry, explanation
):
    for version in ("2026.1", "2026.2"):
        published = definition_by_version(version)
        assert "PRECIOUS_METALS" in published.risk.high_risk_industries  # the file says what was in force
        assessed = published.assess_risk(replace(QUIET, industry=industry), date(2026, 11, 27))
        assert {c.factor: c for c in assessed.contributions}["industry"].explanation == explanation
    later = definition_by_version("2026.3").assess_risk(replace(QUIET, industry=industry), date(2027, 1, 4))
    assert {c.factor: c for c in later.contributions}["industry"].explanation == explanation


def test_the_fatf_list_of_2026_1_and_2026_2_is_their_high_risk_regions_as_published():
    for version in ("2026.1", "2026.2"):
        risk = definition_by_version(version).risk
        assert risk.fatf_call_for_action == risk.high_risk_regions == frozenset({"KP", "IR", "MM"})
    assert definition_by_version("2026.3").risk.fatf_call_for_action == frozenset({"KP", "IR", "MM"})
