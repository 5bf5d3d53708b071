"""AML risk rating: factor contributions add up to the score, levels, review dates, EDD and approver authority."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from teller_app.domain.account_types import AccountType
from teller_app.domain.customers import CustomerKind
from teller_app.domain.errors import InputError, RuleError
from teller_app.domain.risk import (
    FACTORS,
    Channel,
    RiskInputs,
    RiskPolicy,
    assess_risk,
    check_review_intervals,
)
from teller_app.domain.risk_levels import RiskLevel
from teller_app.domain.roles import Role

WEIGHTS = {
    "customer_kind": 15,
    "ownership": 10,
    "business_age": 10,
    "nationality": 10,
    "geography": 15,
    "industry": 20,
    "product": 10,
    "channel": 10,
}
MONTHS = {RiskLevel.HIGH: 6, RiskLevel.MEDIUM_HIGH: 12, RiskLevel.MEDIUM: 24, RiskLevel.LOW: 48}
POLICY = RiskPolicy(
    weights=WEIGHTS,
    thresholds={RiskLevel.MEDIUM: 25, RiskLevel.MEDIUM_HIGH: 45, RiskLevel.HIGH: 65},
    review_months=MONTHS,
    high_risk_regions=frozenset({"KP", "IR"}),
    high_risk_industries=frozenset({"J6930", "F5245"}),
    elevated_industries=frozenset({"J6633"}),
)
AUTHORITY = {
    RiskLevel.LOW: frozenset({Role.SUPERVISOR, Role.RISK_OFFICER, Role.BRANCH_MANAGER}),
    RiskLevel.MEDIUM: frozenset({Role.SUPERVISOR, Role.RISK_OFFICER, Role.BRANCH_MANAGER}),
    RiskLevel.MEDIUM_HIGH: frozenset({Role.SUPERVISOR, Role.RISK_OFFICER, Role.BRANCH_MANAGER}),
    RiskLevel.HIGH: frozenset({Role.RISK_OFFICER, Role.BRANCH_MANAGER}),
}
TODAY = date(2026, 11, 27)

QUIET = RiskInputs(
    customer_kind=CustomerKind.PUBLIC_INSTITUTION,
    account_type=AccountType.BASIC,
    industry="public_administration",
    region="CN-11",
    nationalities=frozenset({"CN"}),
    years_in_business=20,
)
RISKY = RiskInputs(
    customer_kind=CustomerKind.NON_LEGAL_PERSON_ENTERPRISE,
    account_type=AccountType.TEMPORARY,
    industry="J6930",
    region="KP",
    nationalities=frozenset({"CN", "IR"}),
    ownership_layers=4,
    years_in_business=0,
    channel=Channel.NON_FACE_TO_FACE,
    agent_present=True,
)


def rate(inputs: RiskInputs, policy: RiskPolicy = POLICY):
    return assess_risk(inputs, policy, TODAY, AUTHORITY)


def points(assessment) -> dict[str, int]:
    return {c.factor: c.points for c in assessment.contributions}


def test_every_factor_contributes_in_the_form_order():
    assert [c.factor for c in rate(QUIET).contributions] == list(FACTORS)


def test_quiet_customer_is_low_risk():
    assessment = rate(QUIET)
    # Only the product (basic account: a quarter of 10 → 3 points, rounded half up) adds anything.
    assert points(assessment) == {**dict.fromkeys(FACTORS, 0), "product": 3}
    assert assessment.score == 3 and assessment.level is RiskLevel.LOW


def test_risky_customer_is_high_risk_and_needs_enhanced_due_diligence():
    assessment = rate(RISKY)
    assert points(assessment) == {
        "customer_kind": 11,  # 0.75 × 15 = 11.25
        "ownership": 10,
        "business_age": 10,
        "nationality": 10,
        "geography": 15,
        "industry": 20,
        "product": 8,  # 0.75 × 10 = 7.5, rounded half up
        "channel": 10,
    }
    assert assessment.score == 94
    assert assessment.level is RiskLevel.HIGH
    assert assessment.enhanced_due_diligence is True


def test_high_risk_needs_a_higher_approver():
    assert rate(RISKY).approver_roles == frozenset({Role.RISK_OFFICER, Role.BRANCH_MANAGER})
    assert Role.SUPERVISOR in rate(QUIET).approver_roles


@pytest.mark.parametrize(
    ("score", "level"),
    [
        (0, RiskLevel.LOW),
        (24, RiskLevel.LOW),
        (25, RiskLevel.MEDIUM),
        (44, RiskLevel.MEDIUM),
        (45, RiskLevel.MEDIUM_HIGH),
        (64, RiskLevel.MEDIUM_HIGH),
        (65, RiskLevel.HIGH),
        (100, RiskLevel.HIGH),
    ],
)
def test_level_follows_the_thresholds_of_the_definition(score, level):
    assert POLICY.level_for(score) is level


@pytest.mark.parametrize(
    ("thresholds", "level"),
    [
        ((4, 5, 6), RiskLevel.LOW),
        ((3, 5, 6), RiskLevel.MEDIUM),
        ((1, 3, 6), RiskLevel.MEDIUM_HIGH),
        ((1, 2, 3), RiskLevel.HIGH),
    ],
)
def test_only_high_risk_needs_enhanced_due_diligence(thresholds, level):
    levels = (RiskLevel.MEDIUM, RiskLevel.MEDIUM_HIGH, RiskLevel.HIGH)
    policy = RiskPolicy(
        weights=WEIGHTS, thresholds=dict(zip(levels, thresholds, strict=True)), review_months=MONTHS
    )
    assessment = rate(QUIET, policy)  # score 3
    assert assessment.level is level
    assert assessment.enhanced_due_diligence is (level is RiskLevel.HIGH)


def test_factor_explanations_name_why():
    explained = {c.factor: c.explanation for c in rate(RISKY).contributions}
    assert explained["industry"] == "risk.industry.high_risk"
    assert explained["geography"] == "risk.geography.high_risk"
    assert explained["nationality"] == "risk.nationality.high_risk"
    assert explained["ownership"] == "risk.ownership.complex"
    assert explained["business_age"] == "risk.business_age.new"
    assert explained["channel"] == "risk.channel.agent"


def test_elevated_industry_and_foreign_nationality_count_half():
    inputs = RiskInputs(
        CustomerKind.PUBLIC_INSTITUTION,
        AccountType.PERSONAL_III,
        industry="j6633",
        nationalities=frozenset({"us"}),
    )
    assert points(rate(inputs))["industry"] == 10
    assert points(rate(inputs))["nationality"] == 5


def test_online_pre_application_counts_half_of_the_channel_weight():
    inputs = RiskInputs(
        CustomerKind.INDIVIDUAL, AccountType.PERSONAL_I, channel=Channel.ONLINE_PRE_APPLICATION
    )
    assert points(rate(inputs))["channel"] == 5


def test_changing_a_weight_changes_the_score():
    heavier = RiskPolicy(
        weights={**WEIGHTS, "industry": 25, "geography": 10},
        thresholds=POLICY.thresholds,
        review_months=MONTHS,
        high_risk_industries=POLICY.high_risk_industries,
    )
    inputs = RiskInputs(CustomerKind.PUBLIC_INSTITUTION, AccountType.PERSONAL_III, industry="J6930")
    assert rate(inputs).score == 20
    assert rate(inputs, heavier).score == 25


@given(
    kind=st.sampled_from(CustomerKind),
    account_type=st.sampled_from(AccountType),
    industry=st.sampled_from(["J6930", "J6633", "bakery", ""]),
    region=st.sampled_from(["KP", "CN-44", ""]),
    nationalities=st.frozensets(st.sampled_from(["CN", "IR", "US", "KP"]), max_size=3),
    layers=st.integers(min_value=0, max_value=8),
    years=st.one_of(st.none(), st.integers(min_value=0, max_value=60)),
    channel=st.sampled_from(Channel),
    agent=st.booleans(),
)
def test_contributions_add_up_to_the_score(
    kind, account_type, industry, region, nationalities, layers, years, channel, agent
):
    inputs = RiskInputs(kind, account_type, industry, region, nationalities, layers, years, channel, agent)
    assessment = rate(inputs)
    assert assessment.score == sum(c.points for c in assessment.contributions)
    assert 0 <= assessment.score <= 100
    for c in assessment.contributions:
        assert 0 <= c.points <= c.weight == WEIGHTS[c.factor]
    assert assessment.level is POLICY.level_for(assessment.score)
    assert assessment.enhanced_due_diligence is (assessment.level is RiskLevel.HIGH)
    assert assessment.approver_roles == AUTHORITY[assessment.level]


def test_negative_inputs_are_refused():
    with pytest.raises(InputError):
        rate(RiskInputs(CustomerKind.INDIVIDUAL, AccountType.PERSONAL_I, ownership_layers=-1))
    with pytest.raises(InputError):
        rate(RiskInputs(CustomerKind.INDIVIDUAL, AccountType.PERSONAL_I, years_in_business=-2))


# ------------------------------------------------------------------ review dates


@pytest.mark.parametrize(
    ("inputs", "expected"),
    [(RISKY, date(2027, 5, 27)), (QUIET, date(2030, 11, 27))],
)
def test_next_review_date_follows_the_level(inputs, expected):
    assert rate(inputs).next_review == expected


def test_next_review_date_clamps_to_the_end_of_the_month():
    assessment = assess_risk(RISKY, POLICY, date(2026, 8, 31), AUTHORITY)
    assert assessment.next_review == date(2027, 2, 28)


def test_review_intervals_obeying_the_doubling_rule_are_accepted():
    check_review_intervals(MONTHS)
    check_review_intervals(
        {RiskLevel.HIGH: 3, RiskLevel.MEDIUM_HIGH: 6, RiskLevel.MEDIUM: 6, RiskLevel.LOW: 12}
    )


def test_high_risk_reviewed_less_often_than_every_six_months_is_refused():
    with pytest.raises(RuleError) as refused:
        check_review_intervals({**MONTHS, RiskLevel.HIGH: 7})
    assert refused.value.code == "risk.review_interval_too_long"
    assert refused.value.params["level"] == "high"


@pytest.mark.parametrize(
    ("level", "months", "limit"),
    [(RiskLevel.MEDIUM_HIGH, 13, 12), (RiskLevel.MEDIUM, 25, 24), (RiskLevel.LOW, 49, 48)],
)
def test_lower_level_reviewed_more_than_twice_as_far_apart_is_refused(level, months, limit):
    with pytest.raises(RuleError) as refused:
        check_review_intervals({**MONTHS, level: months})
    assert refused.value.params == {"level": level.value, "limit": limit, "months": months}


def test_review_interval_must_be_given_for_every_level():
    with pytest.raises(RuleError) as refused:
        check_review_intervals({RiskLevel.HIGH: 6, RiskLevel.MEDIUM_HIGH: 12, RiskLevel.MEDIUM: 24})
    assert refused.value.code == "risk.review_interval_missing"
