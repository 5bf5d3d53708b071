"""The process definition as versioned data: parsed and validated from a plain mapping (no file reading here)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from teller_app.domain.account_types import AccountType
from teller_app.domain.accounts import SpecialCategory
from teller_app.domain.approval import ApprovalAuthority
from teller_app.domain.canonical import content_hash
from teller_app.domain.case_sla import CaseSla, parse_case_sla
from teller_app.domain.customers import CustomerKind
from teller_app.domain.definition_reader import DefinitionReader, names
from teller_app.domain.documents import (
    BUILTIN_DOCUMENT_CODES,
    ExtraDocumentRule,
    RequiredDocument,
    required_documents,
)
from teller_app.domain.errors import RuleError
from teller_app.domain.flow import FlowNode, parse_flowchart
from teller_app.domain.handling_reasons import HandlingReasons, parse_handling_reasons
from teller_app.domain.id_documents import DEFAULT_WARNING_DAYS
from teller_app.domain.incidents import ProposalRule, parse_proposal_rule
from teller_app.domain.limits import LimitsTable, TransactionLimits, statutory_daily_cap
from teller_app.domain.post_review import SamplingRule, parse_sampling_rule
from teller_app.domain.readings import Readings, parse_readings
from teller_app.domain.return_reasons import ReturnReason, parse_return_reasons
from teller_app.domain.risk import (
    FACTORS,
    RiskAssessment,
    RiskInputs,
    RiskPolicy,
    assess_risk,
    check_review_intervals,
)
from teller_app.domain.risk_levels import RiskLevel
from teller_app.domain.roles import Role
from teller_app.domain.service_catalogue import Service, parse_services
from teller_app.domain.steps import Step

VERSION_PATTERN = re.compile(r"\d{4}\.\d{1,3}")
APPROVER_ROLES = frozenset({Role.SUPERVISOR, Role.RISK_OFFICER, Role.BRANCH_MANAGER})
HIGH_RISK_APPROVER_ROLES = frozenset({Role.RISK_OFFICER, Role.BRANCH_MANAGER})
_LEVELS_UP = (RiskLevel.LOW, RiskLevel.MEDIUM, RiskLevel.MEDIUM_HIGH, RiskLevel.HIGH)


@dataclass(frozen=True)
class Governance:
    """第八章 附则, in both languages: who owns and interprets the procedure, how it is revised, what changed."""

    owner_zh: str
    owner_en: str
    interpretation_authority_zh: str
    interpretation_authority_en: str
    revision_procedure_zh: str = ""
    revision_procedure_en: str = ""
    change_notes_zh: tuple[str, ...] = ()
    supersedes: str = ""


@dataclass(frozen=True)
class ProcessDefinition:
    """One version of the bank's opening procedure. A case records `version` and keeps these rules to the end."""

    version: str
    effective_from: date
    owner: str
    title: str
    change_notes: tuple[str, ...]
    sla_minutes: Mapping[Step, int]
    approval_authority: ApprovalAuthority
    risk: RiskPolicy
    limits: LimitsTable
    extra_documents: tuple[ExtraDocumentRule, ...]
    source: str
    content_hash: str
    governance: Governance
    flowchart: tuple[FlowNode, ...]
    post_review: SamplingRule = SamplingRule()  # 事后监督 sampling (strict defaults when not given)
    incidents: ProposalRule = ProposalRule()  # when the terminal proposes an incident
    return_reasons: tuple[ReturnReason, ...] = ()  # the checker's standard reasons for a return
    intent_agent_allowed: bool = False  # 开户意愿核实 with an agent instead of the legal representative
    services: tuple[Service, ...] = ()  # chosen at the contract step, printed with their fees
    id_expiry_warning_days: int = DEFAULT_WARNING_DAYS  # an ID document expiring this soon warns
    case_sla: CaseSla = CaseSla()  # the whole case in working days (strict defaults when not given)
    handling_reasons: HandlingReasons = HandlingReasons()  # standard reasons to cancel or hand over a case
    readings: Readings = Readings()  # the bank's readings of open rules (the stricter when not given)

    def required_documents(
        self,
        kind: CustomerKind,
        account_type: AccountType,
        agent_present: bool,
        special_category: SpecialCategory | None = None,
        *,
        budget_funded: bool | None = None,
    ) -> list[RequiredDocument]:
        return required_documents(
            kind,
            account_type,
            agent_present,
            special_category,
            self.extra_documents,
            budget_funded=budget_funded,
        )

    def assess_risk(self, inputs: RiskInputs, assessed_on: date) -> RiskAssessment:
        return assess_risk(inputs, self.risk, assessed_on, self.approval_authority)

    def transaction_limits(self, account_type: AccountType, level: RiskLevel) -> TransactionLimits:
        return self.limits.limits(account_type, level)


def parse_definition(mapping: Mapping[str, Any], source: str) -> ProcessDefinition:
    """Validate a definition (as read from TOML) and build it; a ConfigError names source, key path and problem."""
    r = DefinitionReader(source)
    root = r.table(mapping, "")
    r.only_keys(
        root,
        "",
        required={
            "version",
            "effective_from",
            "owner",
            "sla_minutes",
            "approval_authority",
            "risk",
            "limits",
            "governance",
            "flowchart",
        },
        optional={
            "title",
            "change_notes",
            "documents",
            "post_review",
            "incidents",
            "return_reasons",
            "intent",
            "identity",
            "services",
            "case_sla",
            "case_handling",
            "readings",
        },
    )
    version = r.text(root["version"], "version")
    if not VERSION_PATTERN.fullmatch(version):
        r.fail("version", "must look like YEAR.NUMBER, e.g. 2026.1, not {value!r}", value=version)
    sla = _sla(r, root["sla_minutes"])
    governance = _governance(r, root["governance"], version)
    flowchart = parse_flowchart(r, root["flowchart"], sla)
    return ProcessDefinition(
        version=version,
        effective_from=r.day(root["effective_from"], "effective_from"),
        owner=r.text(root["owner"], "owner"),
        title=r.text(root.get("title", "开户操作流程"), "title"),
        change_notes=tuple(r.texts(root.get("change_notes", []), "change_notes")),
        sla_minutes=sla,
        approval_authority=_authority(r, root["approval_authority"]),
        risk=_risk(r, root["risk"]),
        limits=_limits(r, root["limits"]),
        extra_documents=_documents(r, root.get("documents", {})),
        source=source,
        content_hash=content_hash(dict(mapping)),
        post_review=parse_sampling_rule(r, root.get("post_review", {})),
        incidents=parse_proposal_rule(r, root.get("incidents", {})),
        return_reasons=parse_return_reasons(r, root.get("return_reasons", [])),
        governance=governance,
        flowchart=flowchart,
        intent_agent_allowed=_intent(r, root.get("intent", {})),
        id_expiry_warning_days=_identity(r, root.get("identity", {})),
        services=parse_services(r, root.get("services", [])),
        case_sla=parse_case_sla(r, root.get("case_sla", {})),
        handling_reasons=parse_handling_reasons(r, root.get("case_handling", {})),
        readings=parse_readings(r, root.get("readings", {})),
    )


def _governance(r: DefinitionReader, raw: Any, version: str) -> Governance:
    table = r.table(raw, "governance")
    r.only_keys(
        table,
        "governance",
        required={"owner_zh", "owner_en", "interpretation_authority_zh", "interpretation_authority_en"},
        optional={"revision_procedure_zh", "revision_procedure_en", "change_notes_zh", "supersedes"},
    )
    supersedes = r.text(table.get("supersedes", ""), "governance.supersedes", allow_empty=True)
    if supersedes and (not VERSION_PATTERN.fullmatch(supersedes) or supersedes == version):
        r.fail("governance.supersedes", "must name an earlier version, not {value!r}", value=supersedes)

    def text(key: str, optional: bool = False) -> str:
        return r.text(table.get(key, ""), f"governance.{key}", allow_empty=optional)

    return Governance(
        owner_zh=text("owner_zh"),
        owner_en=text("owner_en"),
        interpretation_authority_zh=text("interpretation_authority_zh"),
        interpretation_authority_en=text("interpretation_authority_en"),
        revision_procedure_zh=text("revision_procedure_zh", True),
        revision_procedure_en=text("revision_procedure_en", True),
        change_notes_zh=tuple(r.texts(table.get("change_notes_zh", []), "governance.change_notes_zh")),
        supersedes=supersedes,
    )


MIN_WARNING_DAYS = 30


def _identity(r: DefinitionReader, raw: Any) -> int:
    """[identity] expiry_warning_days: how soon before an ID document's expiry the teller is warned."""
    table = r.table(raw, "identity")
    r.only_keys(table, "identity", optional={"expiry_warning_days"})
    return r.whole(
        table.get("expiry_warning_days", DEFAULT_WARNING_DAYS),
        "identity.expiry_warning_days",
        minimum=MIN_WARNING_DAYS,
        maximum=366,
    )


def _sla(r: DefinitionReader, raw: Any) -> dict[Step, int]:
    table = r.table(raw, "sla_minutes")
    r.only_keys(table, "sla_minutes", required={s.value for s in Step})
    return {step: r.whole(table[step.value], f"sla_minutes.{step.value}", minimum=1) for step in Step}


def _authority(r: DefinitionReader, raw: Any) -> dict[RiskLevel, frozenset[Role]]:
    table = r.table(raw, "approval_authority")
    r.only_keys(table, "approval_authority", required={level.value for level in RiskLevel})
    authority: dict[RiskLevel, frozenset[Role]] = {}
    for level in _LEVELS_UP:
        key = f"approval_authority.{level.value}"
        roles = frozenset(r.choice(Role, name, key) for name in r.texts(table[level.value], key))
        if not roles:
            r.fail(key, "names no role that may approve")
        if not roles <= APPROVER_ROLES:
            r.fail(
                key,
                "only {allowed} may approve, not {roles}",
                allowed=names(APPROVER_ROLES),
                roles=names(roles),
            )
        if level is RiskLevel.HIGH and not roles <= HIGH_RISK_APPROVER_ROLES:
            r.fail(
                key,
                "a high-risk case needs a risk officer or branch manager, not {roles}",
                roles=names(roles),
            )
        for lower, lower_roles in authority.items():
            if not roles <= lower_roles:
                r.fail(
                    key,
                    "every role that approves {level} must also approve {lower}",
                    level=level,
                    lower=lower,
                )
        authority[level] = roles
    return authority


def _risk(r: DefinitionReader, raw: Any) -> RiskPolicy:
    table = r.table(raw, "risk")
    r.only_keys(
        table,
        "risk",
        required={"weights", "thresholds", "review_months"},
        optional={"high_risk_regions", "high_risk_industries", "elevated_industries", "fatf_call_for_action"},
    )
    weights_table = r.table(table["weights"], "risk.weights")
    r.only_keys(weights_table, "risk.weights", required=set(FACTORS))
    weights = {name: r.whole(weights_table[name], f"risk.weights.{name}", minimum=0) for name in FACTORS}
    if sum(weights.values()) != 100:
        r.fail("risk.weights", "must add up to 100, not {total}", total=sum(weights.values()))

    above_low = (RiskLevel.MEDIUM, RiskLevel.MEDIUM_HIGH, RiskLevel.HIGH)
    thresholds_table = r.table(table["thresholds"], "risk.thresholds")
    r.only_keys(thresholds_table, "risk.thresholds", required={level.value for level in above_low})
    thresholds: dict[RiskLevel, int] = {}
    previous = 0
    for level in above_low:
        key = f"risk.thresholds.{level.value}"
        value = r.whole(thresholds_table[level.value], key, minimum=1, maximum=100)
        if value <= previous:
            r.fail(
                key, "must be higher than the threshold of the level below ({previous})", previous=previous
            )
        thresholds[level] = previous = value

    months_table = r.table(table["review_months"], "risk.review_months")
    r.only_keys(months_table, "risk.review_months", required={level.value for level in RiskLevel})
    months = {
        level: r.whole(months_table[level.value], f"risk.review_months.{level.value}", minimum=1)
        for level in RiskLevel
    }
    try:
        check_review_intervals(months)
    except RuleError as exc:
        r.fail(f"risk.review_months.{exc.params.get('level', '')}", exc.render())

    industries = frozenset(
        v.upper() for v in r.texts(table.get("high_risk_industries", []), "risk.high_risk_industries")
    )
    elevated = frozenset(
        v.upper() for v in r.texts(table.get("elevated_industries", []), "risk.elevated_industries")
    )
    regions = frozenset(
        v.upper() for v in r.texts(table.get("high_risk_regions", []), "risk.high_risk_regions")
    )
    # 2026.1 and 2026.2 were published before the key: their high_risk_regions are the FATF list.
    fatf_listed = table.get("fatf_call_for_action", sorted(regions))
    fatf = frozenset(v.upper() for v in r.texts(fatf_listed, "risk.fatf_call_for_action"))
    if not fatf:
        r.fail("risk.fatf_call_for_action", "must list the FATF call-for-action countries (ISO 3166 codes)")
    if industries & elevated:
        r.fail(
            "risk.elevated_industries",
            "lists {codes} also in high_risk_industries",
            codes=sorted(industries & elevated),
        )
    return RiskPolicy(
        weights=weights,
        thresholds=thresholds,
        review_months=months,
        high_risk_regions=regions,
        high_risk_industries=industries,
        elevated_industries=elevated,
        fatf_call_for_action=fatf,
    )


def _limits(r: DefinitionReader, raw: Any) -> LimitsTable:
    table = r.table(raw, "limits")
    r.only_keys(table, "limits", required={"single", "daily"})
    amounts: dict[str, dict[AccountType, dict[RiskLevel, Decimal]]] = {}
    for kind in ("single", "daily"):
        per_type = r.table(table[kind], f"limits.{kind}")
        r.only_keys(per_type, f"limits.{kind}", required={t.value for t in AccountType})
        amounts[kind] = {}
        for account_type in AccountType:
            key = f"limits.{kind}.{account_type.value}"
            per_level = r.table(per_type[account_type.value], key)
            r.only_keys(per_level, key, required={level.value for level in RiskLevel})
            amounts[kind][account_type] = {}
            previous: Decimal | None = None
            for level in _LEVELS_UP:
                value = r.money(per_level[level.value], f"{key}.{level.value}")
                cap = statutory_daily_cap(account_type)
                if cap is not None and value > cap:
                    r.fail(
                        f"{key}.{level.value}",
                        "{value} is above the statutory cap of {cap} a day for this account type, which no "
                        "setting or special approval can exceed",
                        value=str(value),
                        cap=str(cap),
                    )
                if previous is not None and value > previous:
                    r.fail(
                        f"{key}.{level.value}",
                        "a higher risk level cannot have a higher limit ({value} > {previous})",
                        value=str(value),
                        previous=str(previous),
                    )
                amounts[kind][account_type][level] = previous = value
    entries: dict[AccountType, dict[RiskLevel, TransactionLimits]] = {}
    for account_type in AccountType:
        entries[account_type] = {}
        for level in RiskLevel:
            single = amounts["single"][account_type][level]
            daily = amounts["daily"][account_type][level]
            if single > daily:
                r.fail(
                    f"limits.single.{account_type.value}.{level.value}",
                    "is above the daily limit {daily}",
                    daily=str(daily),
                )
            entries[account_type][level] = TransactionLimits(single=single, daily=daily)
    return LimitsTable(entries)


def _documents(r: DefinitionReader, raw: Any) -> tuple[ExtraDocumentRule, ...]:
    table = r.table(raw, "documents")
    r.only_keys(table, "documents", optional={"extra"})
    rules: list[ExtraDocumentRule] = []
    raw_items = table.get("extra", [])
    if not isinstance(raw_items, list):
        r.fail("documents.extra", "must be a list of tables ([[documents.extra]])")
    for index, raw_item in enumerate(raw_items):
        key = f"documents.extra[{index}]"
        item = r.table(raw_item, key)
        r.only_keys(
            item,
            key,
            required={"code", "name_zh", "name_en", "step", "customer_kinds", "account_types"},
            optional={"mandatory", "condition", "condition_zh"},
        )
        code = r.text(item["code"], f"{key}.code")
        if (
            code in BUILTIN_DOCUMENT_CODES
            or code.startswith("special_proof.")
            or any(x.document.code == code for x in rules)
        ):
            r.fail(f"{key}.code", "{code!r} is already a checklist item", code=code)
        mandatory = r.flag(item.get("mandatory", True), f"{key}.mandatory")
        condition = r.text(item.get("condition", ""), f"{key}.condition", allow_empty=True)
        if not mandatory and not condition:
            r.fail(f"{key}.condition", "a conditional item must say when it is needed")
        document = RequiredDocument(
            code=code,
            name_zh=r.text(item["name_zh"], f"{key}.name_zh"),
            name_en=r.text(item["name_en"], f"{key}.name_en"),
            step=r.choice(Step, item["step"], f"{key}.step"),
            mandatory=mandatory,
            condition=condition,
            condition_zh=r.text(item.get("condition_zh", ""), f"{key}.condition_zh", allow_empty=True),
        )
        kinds = frozenset(
            r.choice(CustomerKind, v, f"{key}.customer_kinds")
            for v in r.texts(item["customer_kinds"], f"{key}.customer_kinds")
        )
        types = frozenset(
            r.choice(AccountType, v, f"{key}.account_types")
            for v in r.texts(item["account_types"], f"{key}.account_types")
        )
        if not kinds or not types:
            r.fail(key, "must name at least one customer kind and one account type")
        rules.append(ExtraDocumentRule(document=document, kinds=kinds, account_types=types))
    return tuple(rules)


def _intent(r: DefinitionReader, raw: Any) -> bool:
    """[intent] agent_allowed: whether an agent may confirm the intent instead of the legal representative."""
    table = r.table(raw, "intent")
    r.only_keys(table, "intent", optional={"agent_allowed"})
    return r.flag(table.get("agent_allowed", False), "intent.agent_allowed")
