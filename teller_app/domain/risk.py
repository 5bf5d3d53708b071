"""AML risk rating (风险评级): weighted factors → score 0–100 → level, review date, due diligence and approver.

Some facts rate the customer at 高 directly, whatever the score (DIRECT_RULES): a FATF call-for-action
country of the customer, an owner or a controller; a sanctions-list hit; a politically exposed person or
their close relative or associate; a refusal of due diligence. Each is an input the teller answers.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from typing import Any

from teller_app.domain.account_types import AccountType
from teller_app.domain.customers import CustomerKind
from teller_app.domain.dates import add_months
from teller_app.domain.errors import InputError, RuleError
from teller_app.domain.legacy_industries import industry_codes
from teller_app.domain.risk_levels import RiskLevel
from teller_app.domain.roles import Role


class Channel(StrEnum):
    """How the application reached the bank."""

    COUNTER = "counter"  # 柜面, face to face
    ONLINE_PRE_APPLICATION = "online_pre_application"  # 线上预约, then at the counter
    NON_FACE_TO_FACE = "non_face_to_face"  # 非面对面 (remote, video)


FACTORS: tuple[str, ...] = (
    "customer_kind",
    "ownership",
    "business_age",
    "nationality",
    "geography",
    "industry",
    "product",
    "channel",
)
"""The weighted factors, in the order the risk form shows them. Their weights add up to 100."""

DIRECT_RULES: tuple[str, ...] = (
    "fatf_call_for_action",  # FATF 呼吁采取行动的高风险国家或地区 (customer, owner or controller)
    "sanctions_hit",  # 命中制裁名单
    "politically_exposed",  # 政治公众人物或其特定关系人
    "due_diligence_refused",  # 拒绝配合尽职调查
)
"""The rules that rate at 高 regardless of the score, in the order the risk form names them."""

HOME_COUNTRY = "CN"
MAX_HIGH_REVIEW_MONTHS = 6

# How much of a factor's weight each answer carries (0 … 1). The weights themselves come from the definition.
_KIND_SHARE = {
    CustomerKind.PUBLIC_INSTITUTION: Decimal("0"),
    CustomerKind.INDIVIDUAL: Decimal("0.25"),
    CustomerKind.ENTERPRISE_LEGAL_PERSON: Decimal("0.5"),
    CustomerKind.OTHER_ORGANISATION: Decimal("0.5"),
    CustomerKind.RELIGIOUS_VENUE: Decimal("0.5"),
    CustomerKind.SELF_GOVERNING_COMMUNITY: Decimal("0.25"),
    CustomerKind.RURAL_COLLECTIVE: Decimal("0.5"),
    CustomerKind.FOREIGN_INSTITUTION: Decimal("1"),
    CustomerKind.NON_LEGAL_PERSON_ENTERPRISE: Decimal("0.75"),
    CustomerKind.INDIVIDUAL_BUSINESS: Decimal("0.75"),
}
_PRODUCT_SHARE = {
    AccountType.BASIC: Decimal("0.25"),
    AccountType.GENERAL: Decimal("0.25"),
    AccountType.SPECIAL: Decimal("0.5"),
    AccountType.TEMPORARY: Decimal("0.75"),
    AccountType.PERSONAL_I: Decimal("0.25"),
    AccountType.PERSONAL_II: Decimal("0.25"),
    AccountType.PERSONAL_III: Decimal("0"),
}
_CHANNEL_SHARE = {
    Channel.COUNTER: Decimal("0"),
    Channel.ONLINE_PRE_APPLICATION: Decimal("0.5"),
    Channel.NON_FACE_TO_FACE: Decimal("1"),
}


@dataclass(frozen=True)
class RiskPolicy:
    """The rating's settings from the process definition: weights, thresholds, review intervals, risk lists."""

    weights: Mapping[str, int]
    thresholds: Mapping[RiskLevel, int]  # lowest score of each level above 低
    review_months: Mapping[RiskLevel, int]
    high_risk_regions: frozenset[str] = frozenset()
    high_risk_industries: frozenset[str] = frozenset()
    elevated_industries: frozenset[str] = frozenset()
    fatf_call_for_action: frozenset[str] = frozenset()  # ISO 3166 codes of the FATF call-for-action list

    def level_for(self, score: int) -> RiskLevel:
        level = RiskLevel.LOW
        for candidate in (RiskLevel.MEDIUM, RiskLevel.MEDIUM_HIGH, RiskLevel.HIGH):
            if score >= self.thresholds[candidate]:
                level = candidate
        return level


@dataclass(frozen=True)
class RiskInputs:
    """What the teller recorded about the customer, as plain values (codes, not personal data)."""

    customer_kind: CustomerKind
    account_type: AccountType
    industry: str = ""  # GB/T 4754 section letter or class, e.g. "F" or "J6633"
    region: str = ""  # GB/T 2260 code of the place of registration or residence, e.g. "310000"
    nationalities: frozenset[str] = frozenset()  # legal representative, owners and controllers, ISO codes
    ownership_layers: int = 0  # layers of companies between the customer and its natural-person owners
    years_in_business: int | None = None  # None for natural persons
    channel: Channel = Channel.COUNTER
    agent_present: bool = False
    country: str = ""  # ISO 3166 code of the customer's registration (organisations) or nationality
    sanctions_hit: bool = False  # the customer, an owner or a controller is on a sanctions list
    politically_exposed: bool = False  # a PEP, or a close relative or associate of one, is involved
    due_diligence_refused: bool = False  # the customer refused (part of) the due diligence


@dataclass(frozen=True)
class FactorContribution:
    """One factor's share of the score, with a code the risk form explains it by."""

    factor: str
    weight: int
    share: Decimal
    points: int
    explanation: str
    params: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class RiskAssessment:
    score: int
    level: RiskLevel
    contributions: tuple[FactorContribution, ...]
    assessed_on: date
    next_review: date
    enhanced_due_diligence: bool
    approver_roles: frozenset[Role]
    direct_rules: tuple[str, ...] = ()  # DIRECT_RULES that fired: the level is 高 whatever the score


def assess_risk(
    inputs: RiskInputs,
    policy: RiskPolicy,
    assessed_on: date,
    approval_authority: Mapping[RiskLevel, frozenset[Role]],
) -> RiskAssessment:
    """Rate the customer: each factor's points add up to the score; the level sets review date and approvers."""
    _check_inputs(inputs)
    contributions = tuple(
        _contribution(name, policy.weights[name], share, explanation, params)
        for name, (share, explanation, params) in _shares(inputs, policy).items()
    )
    score = sum(c.points for c in contributions)
    fired = direct_rules(inputs, policy)
    level = RiskLevel.HIGH if fired else policy.level_for(score)
    return RiskAssessment(
        score=score,
        level=level,
        contributions=contributions,
        assessed_on=assessed_on,
        next_review=next_review_date(level, assessed_on, policy.review_months),
        enhanced_due_diligence=level is RiskLevel.HIGH,
        approver_roles=frozenset(approval_authority[level]),
        direct_rules=fired,
    )


def direct_rules(inputs: RiskInputs, policy: RiskPolicy) -> tuple[str, ...]:
    """Which DIRECT_RULES the inputs meet (each rates at 高 by itself)."""
    countries = {c.strip().upper() for c in (*inputs.nationalities, inputs.country) if c.strip()}
    met = {
        "fatf_call_for_action": bool(countries & policy.fatf_call_for_action),
        "sanctions_hit": inputs.sanctions_hit,
        "politically_exposed": inputs.politically_exposed,
        "due_diligence_refused": inputs.due_diligence_refused,
    }
    return tuple(rule for rule in DIRECT_RULES if met[rule])


def next_review_date(level: RiskLevel, assessed_on: date, review_months: Mapping[RiskLevel, int]) -> date:
    return add_months(assessed_on, review_months[level])


def check_review_intervals(review_months: Mapping[RiskLevel, int]) -> None:
    """高 is reviewed at least every 6 months; each lower level at most twice as far apart as the one above."""
    for level in RiskLevel:
        months = review_months.get(level)
        if months is None or months < 1:
            raise RuleError(
                "risk.review_interval_missing",
                "Level {level} needs a review interval of at least one month",
                level=level.value,
            )
    if review_months[RiskLevel.HIGH] > MAX_HIGH_REVIEW_MONTHS:
        raise RuleError(
            "risk.review_interval_too_long",
            "Level {level} must be reviewed at least every {limit} months, not {months}",
            level=RiskLevel.HIGH.value,
            limit=MAX_HIGH_REVIEW_MONTHS,
            months=review_months[RiskLevel.HIGH],
        )
    ordered = (RiskLevel.HIGH, RiskLevel.MEDIUM_HIGH, RiskLevel.MEDIUM, RiskLevel.LOW)
    for above, below in zip(ordered, ordered[1:], strict=False):
        limit = 2 * review_months[above]
        if review_months[below] > limit:
            raise RuleError(
                "risk.review_interval_too_long",
                "Level {level} must be reviewed at least every {limit} months, not {months}",
                level=below.value,
                limit=limit,
                months=review_months[below],
            )


def _check_inputs(inputs: RiskInputs) -> None:
    if inputs.ownership_layers < 0:
        raise InputError("risk.ownership_layers_negative", "Ownership layers cannot be negative")
    if inputs.years_in_business is not None and inputs.years_in_business < 0:
        raise InputError("risk.years_in_business_negative", "Years in business cannot be negative")


def _contribution(
    name: str, weight: int, share: Decimal, explanation: str, params: Mapping[str, Any]
) -> FactorContribution:
    points = int((Decimal(weight) * share).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    return FactorContribution(name, weight, share, points, explanation, dict(params))


Share = tuple[Decimal, str, dict[str, Any]]


def _shares(inputs: RiskInputs, policy: RiskPolicy) -> dict[str, Share]:
    return {
        "customer_kind": (
            _KIND_SHARE[inputs.customer_kind],
            "risk.customer_kind",
            {"kind": inputs.customer_kind.value},
        ),
        "ownership": _ownership_share(inputs.ownership_layers),
        "business_age": _business_age_share(inputs.years_in_business),
        "nationality": _nationality_share(
            inputs.nationalities
            | ({inputs.country} if inputs.customer_kind is CustomerKind.INDIVIDUAL else set()),
            policy.high_risk_regions,
        ),
        "geography": _geography_share(inputs.region, inputs.country, policy.high_risk_regions),
        "industry": _industry_share(inputs.industry, policy),
        "product": (
            _PRODUCT_SHARE[inputs.account_type],
            "risk.product",
            {"account_type": inputs.account_type.value},
        ),
        "channel": _channel_share(inputs.channel, inputs.agent_present),
    }


def _ownership_share(layers: int) -> Share:
    if layers >= 3:
        return Decimal("1"), "risk.ownership.complex", {"layers": layers}
    if layers == 2:
        return Decimal("0.5"), "risk.ownership.layered", {"layers": layers}
    return Decimal("0"), "risk.ownership.simple", {"layers": layers}


def _business_age_share(years: int | None) -> Share:
    if years is None:
        return Decimal("0"), "risk.business_age.not_applicable", {}
    if years < 1:
        return Decimal("1"), "risk.business_age.new", {"years": years}
    if years < 3:
        return Decimal("0.5"), "risk.business_age.young", {"years": years}
    return Decimal("0"), "risk.business_age.established", {"years": years}


def _nationality_share(nationalities: frozenset[str], high_risk: frozenset[str]) -> Share:
    codes = sorted(code.strip().upper() for code in nationalities if code.strip())
    risky = [code for code in codes if code in high_risk]
    if risky:
        return Decimal("1"), "risk.nationality.high_risk", {"countries": ",".join(risky)}
    foreign = [code for code in codes if code != HOME_COUNTRY]
    if foreign:
        return Decimal("0.5"), "risk.nationality.foreign", {"countries": ",".join(foreign)}
    return Decimal("0"), "risk.nationality.domestic", {}


def _geography_share(region: str, country: str, high_risk: frozenset[str]) -> Share:
    """A region (or its province) or the customer's country on the high-risk list counts in full."""
    code = region.strip().upper()
    place = country.strip().upper()
    params = {"region": code, "country": place}
    if code and (code in high_risk or code[:2] + "0000" in high_risk):
        return Decimal("1"), "risk.geography.high_risk", params
    if place and place in high_risk:
        return Decimal("1"), "risk.geography.high_risk", params
    if place and place != HOME_COUNTRY:
        return Decimal("0.5"), "risk.geography.abroad", params
    return Decimal("0"), "risk.geography.ordinary", params


def _industry_share(industry: str, policy: RiskPolicy) -> Share:
    """A GB/T 4754 code counts by itself or by the section (its first letter) it belongs to; a list
    published in the old picker's words (2026.1, 2026.2) is read through LEGACY_INDUSTRIES."""
    code = industry.strip().upper()
    within = {code, code[:1]} if code else set()
    if within & industry_codes(policy.high_risk_industries):
        return Decimal("1"), "risk.industry.high_risk", {"industry": code}
    if within & industry_codes(policy.elevated_industries):
        return Decimal("0.5"), "risk.industry.elevated", {"industry": code}
    return Decimal("0"), "risk.industry.ordinary", {"industry": code}


def _channel_share(channel: Channel, agent_present: bool) -> Share:
    share = _CHANNEL_SHARE[channel] + (Decimal("0.5") if agent_present else Decimal("0"))
    explanation = "risk.channel.agent" if agent_present else f"risk.channel.{channel.value}"
    return min(share, Decimal("1")), explanation, {"channel": channel.value, "agent": agent_present}
