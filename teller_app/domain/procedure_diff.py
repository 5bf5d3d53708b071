"""What changed between two versions of the procedure: steps, documents, risk, limits, SLA, governance, rules.

diff_definitions(a, b) -> list[Change]   each change names its area, the key, the value before and after.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from teller_app.domain.account_types import AccountType
from teller_app.domain.procedure import ProcessDefinition
from teller_app.domain.risk_levels import RiskLevel

AREAS = ("governance", "steps", "sla", "documents", "risk_weights", "risk", "limits", "approval", "rules")


@dataclass(frozen=True)
class Change:
    """One difference: `area` (one of AREAS), `key` (what), `before` and `after` (None: absent)."""

    area: str
    key: str
    before: Any
    after: Any

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _compare(area: str, before: dict[str, Any], after: dict[str, Any]) -> list[Change]:
    return [
        Change(area, key, before.get(key), after.get(key))
        for key in sorted(set(before) | set(after))
        if before.get(key) != after.get(key)
    ]


def _governance(d: ProcessDefinition) -> dict[str, Any]:
    return {
        "owner": d.owner,
        "effective_from": d.effective_from.isoformat(),
        "interpretation_authority_zh": d.governance.interpretation_authority_zh,
        "interpretation_authority_en": d.governance.interpretation_authority_en,
        "revision_procedure_zh": d.governance.revision_procedure_zh,
        "revision_procedure_en": d.governance.revision_procedure_en,
        "title": d.title,
    }


def _steps(d: ProcessDefinition) -> dict[str, Any]:
    """Every flowchart box in words: its kind, label, control/risk point and where 否 leads."""
    return {
        node.code: {
            "position": index,
            "kind": node.kind.value,
            "label_zh": node.label_zh,
            "label_en": node.label_en,
            "control_point": node.is_control_point,
            "risk_point": node.is_risk_point,
            "control_zh": node.control_zh,
            "no_target": node.no_target,
            "no_label_zh": node.no_label,
        }
        for index, node in enumerate(d.flowchart)
    }


def _documents(d: ProcessDefinition) -> dict[str, Any]:
    return {
        rule.document.code: {
            "name_zh": rule.document.name_zh,
            "name_en": rule.document.name_en,
            "mandatory": rule.document.mandatory,
            "step": rule.document.step.value,
            "customer_kinds": sorted(k.value for k in rule.kinds),
            "account_types": sorted(t.value for t in rule.account_types),
        }
        for rule in d.extra_documents
    }


def _risk(d: ProcessDefinition) -> dict[str, Any]:
    policy = d.risk
    values: dict[str, Any] = {f"threshold.{level.value}": value for level, value in policy.thresholds.items()}
    values.update({f"review_months.{level.value}": m for level, m in policy.review_months.items()})
    values["high_risk_regions"] = sorted(policy.high_risk_regions)
    values["high_risk_industries"] = sorted(policy.high_risk_industries)
    values["elevated_industries"] = sorted(policy.elevated_industries)
    values["fatf_call_for_action"] = sorted(policy.fatf_call_for_action)
    return values


def _rules(d: ProcessDefinition) -> dict[str, Any]:
    """The bank's settings of the rules outside the risk tables: intent, ID expiry, the whole case's SLA."""
    return {
        "intent.agent_allowed": d.intent_agent_allowed,
        "identity.expiry_warning_days": d.id_expiry_warning_days,
        "case_sla.working_days": d.case_sla.working_days,
        "case_sla.edd_extra_working_days": d.case_sla.edd_extra_working_days,
        **{f"readings.{key}": value for key, value in d.readings.as_data().items()},
    }


def _limits(d: ProcessDefinition) -> dict[str, Any]:
    values = {}
    for account_type in AccountType:
        for level in RiskLevel:
            limits = d.transaction_limits(account_type, level)
            values[f"{account_type.value}.{level.value}.single"] = str(limits.single)
            values[f"{account_type.value}.{level.value}.daily"] = str(limits.daily)
    return values


def diff_definitions(a: ProcessDefinition, b: ProcessDefinition) -> list[Change]:
    """Every difference from `a` to `b`, grouped by area in the order of AREAS."""
    return [
        *_compare("governance", _governance(a), _governance(b)),
        *_compare("steps", _steps(a), _steps(b)),
        *_compare("sla", _by_value(a.sla_minutes), _by_value(b.sla_minutes)),
        *_compare("documents", _documents(a), _documents(b)),
        *_compare("risk_weights", dict(a.risk.weights), dict(b.risk.weights)),
        *_compare("risk", _risk(a), _risk(b)),
        *_compare("limits", _limits(a), _limits(b)),
        *_compare(
            "approval",
            {k.value: sorted(r.value for r in v) for k, v in a.approval_authority.items()},
            {k.value: sorted(r.value for r in v) for k, v in b.approval_authority.items()},
        ),
        *_compare("rules", _rules(a), _rules(b)),
    ]


def _by_value(mapping: Any) -> dict[str, Any]:
    return {str(getattr(k, "value", k)): v for k, v in mapping.items()}
