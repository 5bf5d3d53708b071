"""Beneficial owners, risk, intent and contract: computing what the step records and checking it is complete.

Step data fields:
  beneficial_owners  shareholders [{id, name, kind natural_person|entity, equity "0.6", profit, voting,
                     controls, id_number, nationality, holders [...]}], senior_manager {id, name, title},
                     exemption (bool) with registered_capital "5000000" and commitment
                     {no_outside_control_or_benefit, signed_by, reference}; controllers [{name}];
                     computed: owners [...], filing
  risk               industry (GB/T 4754 code), region (GB/T 2260 code), country (ISO 3166), nationalities
                     [ISO 3166 ...] (organisations), years_in_business (organisations), sanctions_hit,
                     politically_exposed, due_diligence_refused (each true/false, answered by the teller),
                     non_face_to_face, edd_note (高 needs it) — none has a default: an empty one blocks rating;
                     sla_extension {working_days, reason} (高 only: more working days for the case);
                     computed: score, level, direct_rules, contributions, next_review, limits, approver_roles
  intent             method "face_to_face"|"video", confirmed (bool), confirmed_with, note
  contract           signed (bool), customer_confirmed (bool), seals [{kind, holder, note}]
Amounts and shares are text ("0.25", "5000000") so they stay exact.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from teller_app.domain.case import Case
from teller_app.domain.case_sla import sla_extension
from teller_app.domain.customers import CustomerKind
from teller_app.domain.errors import InputError, RuleError, TellerError
from teller_app.domain.owner_details import owner_record_problems
from teller_app.domain.owner_records import holders_from_data, identified_owners
from teller_app.domain.owners import (
    ExemptionCommitment,
    Holder,
    HolderKind,
    OwnerFiling,
    filing_for,
    record_exemption,
)
from teller_app.domain.procedure import ProcessDefinition
from teller_app.domain.risk import Channel, RiskInputs
from teller_app.domain.risk_levels import RiskLevel
from teller_app.domain.steps import Step
from teller_app.services.business_day import business_date
from teller_app.services.step_checks import StepContext, agent_present, missing

# -- beneficial owners --------------------------------------------------------------------------------


def _decimal(value: Any, name: str) -> Decimal:
    if isinstance(value, bool) or value is None:
        raise InputError("step.amount_invalid", "{field} must be an exact number like 0.25", field=name)
    try:
        return Decimal(str(value).strip())
    except InvalidOperation:
        raise InputError(
            "step.amount_invalid", "{field} must be an exact number like 0.25", field=name
        ) from None


def holders_from(raw: Any) -> tuple[Holder, ...]:
    """The shareholder tree from step data (none recorded: empty); the domain names the place at fault."""
    return () if raw is None else holders_from_data(raw, "shareholders")


def ownership_layers(holders: tuple[Holder, ...]) -> int:
    """Layers of companies between the customer and the natural persons at the end of its chains."""
    entities = [h for h in holders if h.kind is HolderKind.ENTITY]
    return 0 if not entities else 1 + max(ownership_layers(h.holders) for h in entities)


def owner_problems(owners: Any, today: date) -> list[TellerError]:
    """Every missing or wrong field of every identified owner's record (the step is held until none)."""
    from teller_app import reference_data

    found: list[TellerError] = []
    for owner in owners or []:
        if isinstance(owner, Mapping):
            found.extend(owner_record_problems(owner, today, reference_data.countries()))
    return found


def compute_owners(case: Case, data: Mapping[str, Any], today: date) -> dict[str, Any]:
    """The step data with the computed owners (or the recorded exemption); raises on bad input."""
    result = dict(data)
    if filing_for(case.customer_kind) is OwnerFiling.NEVER:
        result.update(filing=OwnerFiling.NEVER.value, owners=[])
        return result
    holders = holders_from(data.get("shareholders"))
    result["filing"] = OwnerFiling.REQUIRED.value
    if data.get("exemption"):
        capital = _decimal(data.get("registered_capital"), "registered_capital")
        raw = data.get("commitment")
        commitment = (
            ExemptionCommitment(
                no_outside_control_or_benefit=raw.get("no_outside_control_or_benefit") is True,
                signed_by=str(raw.get("signed_by") or ""),
                reference=str(raw.get("reference") or ""),
            )
            if isinstance(raw, Mapping)
            else None
        )
        controllers = [
            str(c.get("name", "")) for c in data.get("controllers") or [] if isinstance(c, Mapping)
        ]
        exemption = record_exemption(
            case.customer_kind, capital, holders, commitment, controllers=controllers
        )
        result.update(owners=[], registered_capital=str(exemption.registered_capital))
        return result
    from teller_app import reference_data

    result["owners"] = identified_owners(data, holders, today, reference_data.countries())
    return result


def owners_problems(case: Case, data: Mapping[str, Any], context: StepContext) -> list[TellerError]:
    if filing_for(case.customer_kind) is OwnerFiling.NEVER:
        return []
    if data.get("exemption"):
        return []
    if not data.get("owners"):
        return [RuleError("owners.none_recorded", "Record at least one beneficial owner or the exemption")]
    return owner_problems(data.get("owners"), context.today)


# -- risk -----------------------------------------------------------------------------------------------


RISK_ANSWERS = ("sanctions_hit", "politically_exposed", "due_diligence_refused")


def _risk_missing(field_name: str) -> InputError:
    return InputError("risk.input_required", "Answer {field} before rating the risk", field=field_name)


def _known(value: str, known: Mapping[str, Any], field_name: str) -> str:
    if value not in known:
        raise InputError(
            "risk.unknown_code",
            "{field} cannot be {value}: choose it from the list",
            field=field_name,
            value=value,
        )
    return value


def risk_inputs(case: Case, data: Mapping[str, Any]) -> RiskInputs:
    """The rating's inputs from the risk step's entries: every field answered, every code from its list."""
    from teller_app import reference_data

    intake = case.data_for(Step.INTAKE)
    organisation = case.customer_kind is not CustomerKind.INDIVIDUAL
    holders = holders_from(case.data_for(Step.BENEFICIAL_OWNERS).get("shareholders"))
    industry = str(data.get("industry") or "").strip().upper()
    region = str(data.get("region") or "").strip()
    country = str(data.get("country") or "").strip().upper()
    nationalities = data.get("nationalities") or []
    if not isinstance(nationalities, list):
        raise InputError("step.list_expected", "{field} must be a list", field="nationalities")
    years = data.get("years_in_business")
    if years is not None and (isinstance(years, bool) or not isinstance(years, int)):
        raise InputError(
            "step.whole_number_expected", "{field} must be a whole number", field="years_in_business"
        )
    for name, value in (("industry", industry), ("region", region), ("country", country)):
        if not value:
            raise _risk_missing(name)
    if organisation and not nationalities:
        raise _risk_missing("nationalities")
    if organisation and years is None:
        raise _risk_missing("years_in_business")
    for name in RISK_ANSWERS:
        if not isinstance(data.get(name), bool):
            raise _risk_missing(name)
    _known(industry, reference_data.industries(), "industry")
    _known(region, reference_data.regions(), "region")
    _known(country, reference_data.countries(), "country")
    for code in nationalities:
        _known(str(code).strip().upper(), reference_data.countries(), "nationalities")
    channel = Channel.ONLINE_PRE_APPLICATION if intake.get("channel") == "online" else Channel.COUNTER
    if data.get("non_face_to_face"):
        channel = Channel.NON_FACE_TO_FACE
    return RiskInputs(
        customer_kind=case.customer_kind,
        account_type=case.account_type,
        industry=industry,
        region=region,
        nationalities=frozenset(str(n).strip().upper() for n in nationalities),
        country=country,
        ownership_layers=ownership_layers(holders),
        years_in_business=years if organisation else None,
        channel=channel,
        agent_present=agent_present(case),
        sanctions_hit=data["sanctions_hit"] is True,
        politically_exposed=data["politically_exposed"] is True,
        due_diligence_refused=data["due_diligence_refused"] is True,
    )


def compute_risk(
    case: Case, data: Mapping[str, Any], definition: ProcessDefinition, now: datetime
) -> dict[str, Any]:
    """The step data with the rating under the case's pinned procedure: score, level, review date, limits."""
    assessment = definition.assess_risk(risk_inputs(case, data), business_date(now))
    limits = definition.transaction_limits(case.account_type, assessment.level)
    extra: dict[str, Any] = {}
    raw = data.get("sla_extension")
    if raw:  # more working days for the whole case: only under EDD, within the maximum, with a reason
        if not isinstance(raw, Mapping):
            raise InputError("step.table_expected", "{field} must be a table", field="sla_extension")
        extension = sla_extension(
            definition.case_sla, assessment.level, raw.get("working_days"), raw.get("reason")
        )
        extra["sla_extension"] = extension.as_data()
    return {
        **data,
        **extra,
        "score": assessment.score,
        "level": assessment.level.value,
        "direct_rules": list(assessment.direct_rules),
        "contributions": [
            {
                "factor": c.factor,
                "weight": c.weight,
                "share": str(c.share),
                "points": c.points,
                "explanation": c.explanation,
                "params": dict(c.params),
            }
            for c in assessment.contributions
        ],
        "assessed_on": assessment.assessed_on.isoformat(),
        "assessed_at": now.isoformat(),
        "next_review": assessment.next_review.isoformat(),
        "enhanced_due_diligence": assessment.enhanced_due_diligence,
        "approver_roles": sorted(r.value for r in assessment.approver_roles),
        "limits": {"single": str(limits.single), "daily": str(limits.daily)},
    }


def risk_problems(case: Case, data: Mapping[str, Any], context: StepContext) -> list[TellerError]:
    if "level" not in data:
        return [RuleError("risk.not_rated", "Rate the customer's risk first")]
    if data["level"] == RiskLevel.HIGH.value and not str(data.get("edd_note") or "").strip():
        return [
            RuleError(
                "risk.edd_required", "A high-risk customer needs enhanced due diligence (record its note)"
            )
        ]
    return []


# -- intent and contract --------------------------------------------------------------------------------


INTENT_METHODS = ("face_to_face", "video")
INTENT_WITH = ("legal_representative", "agent")


def _identity_name(case: Case, who: str) -> str:
    person = case.data_for(Step.IDENTITY).get(who)
    return str(person.get("name") or "").strip() if isinstance(person, Mapping) else ""


def intent_problems(case: Case, data: Mapping[str, Any], context: StepContext) -> list[TellerError]:
    """开户意愿核实: with the legal representative (the agent only where the procedure allows it), how,
    and for a video call the recording's reference; all required."""
    found: list[TellerError] = []
    method = data.get("method")
    if method not in INTENT_METHODS:
        found.append(missing("method", Step.INTENT))
    who = data.get("confirmed_with_role") or "legal_representative"
    name = str(data.get("confirmed_with") or "").strip()
    if not name:
        found.append(missing("confirmed_with", Step.INTENT))
    if who not in INTENT_WITH:
        found.append(
            InputError(
                "case.unknown_value", "{field} cannot be {value}", field="confirmed_with_role", value=str(who)
            )
        )
    elif who == "agent" and not context.extra.get("intent_agent_allowed", False):
        found.append(
            RuleError(
                "intent.legal_representative_required",
                "The intent is confirmed with the legal representative; the procedure does not allow an agent",
            )
        )
    elif case.customer_kind.is_organisation and name:
        expected = _identity_name(case, str(who))
        if expected and expected != name:
            found.append(
                RuleError(
                    "intent.person_not_recorded",
                    "{name} is not the {person} recorded at the identity step ({expected})",
                    name=name,
                    person=str(who),
                    expected=expected,
                )
            )
    if method == "video" and not str(data.get("recording_reference") or "").strip():
        found.append(missing("recording_reference", Step.INTENT))
    if data.get("confirmed") is not True:
        found.append(
            RuleError("intent.not_confirmed", "The customer's intent to open the account is not confirmed")
        )
    return found


def normalise_contract(data: Mapping[str, Any]) -> dict[str, Any]:
    """The seal card with its kinds as codes (an older record's Chinese names read as their codes)."""
    from teller_app.domain.seals import seal_kind

    seals = []
    for seal in data.get("seals") or []:
        if not isinstance(seal, Mapping):
            continue
        entry = {k: (v.strip() if isinstance(v, str) else v) for k, v in seal.items()}
        try:
            entry["kind"] = seal_kind(entry.get("kind")).value
        except TellerError:
            pass  # refused by contract_problems, named
        seals.append(entry)
    return {**data, "seals": seals}


def contract_problems(case: Case, data: Mapping[str, Any], context: StepContext) -> list[TellerError]:
    from teller_app.domain.seals import seal_card_problems
    from teller_app.domain.service_catalogue import chosen_services

    found: list[TellerError] = []
    if data.get("signed") is not True:
        found.append(RuleError("contract.not_signed", "The agreement is not signed yet"))
    if data.get("customer_confirmed") is not True:
        found.append(RuleError("contract.not_confirmed", "The customer's confirmation is not recorded"))
    try:
        chosen_services(data.get("services"), context.extra.get("services", ()), case.account_type)
    except TellerError as error:
        found.append(error)
    seals = [s for s in data.get("seals") or [] if isinstance(s, Mapping)]
    found.extend(
        seal_card_problems(
            seals, organisation=case.customer_kind.is_organisation, agent_acts=agent_present(case)
        )
    )
    return found
