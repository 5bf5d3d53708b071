"""The stored case as the documents print it (CaseSheet): customer, account, checklist, risk, seals, bank side.

case_sheet(store, case_id) -> CaseSheet; user_names(store) -> {user id: name}. No permission check: callers
(services.printing) check. Training cases print a watermark; the flowchart comes from the case's pinned
process definition with its SLA minutes.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from teller_app.config import Config
from teller_app.documents import model as m
from teller_app.documents.clauses import version_in_force
from teller_app.domain.approval import DecisionKind
from teller_app.domain.case import Case, case_content_hash
from teller_app.domain.dates import deadline
from teller_app.domain.document_decisions import DocumentDecision, DocumentReason
from teller_app.domain.owners import OwnerReason
from teller_app.domain.risk_levels import RiskLevel
from teller_app.domain.roles import Role
from teller_app.domain.seals import seal_kind_zh
from teller_app.domain.steps import Step
from teller_app.services.branch_settings import bank_side
from teller_app.services.business_day import business_date
from teller_app.services.calendar import working_calendar
from teller_app.services.case_store import load_case
from teller_app.services.case_work import required_documents
from teller_app.services.owner_words import owner_record_zh
from teller_app.services.procedures import definition_by_version, procedure_notice
from teller_app.services.risk_labels import FACTOR_ZH, direct_rule_zh, explanation, factor_value
from teller_app.storage.schema import Case as CaseRow
from teller_app.storage.schema import Document, User
from teller_app.storage.store import Store

CORRECTION_WORKING_DAYS = 5  # 补正通知: the customer brings the missing documents within 5 working days

REASON_ZH = {
    OwnerReason.EQUITY: "持股",
    OwnerReason.PROFIT: "收益权",
    OwnerReason.VOTING: "表决权",
    OwnerReason.CONTROL: "实际控制",
    OwnerReason.SENIOR_MANAGER: "高级管理人员",
}


def _names(session: Session, store: Store) -> dict[str, str]:
    names = {}
    for user in session.scalars(select(User)):
        shown = store.sealer.open_text(user, "display_name") if user.display_name is not None else None
        names[user.id] = shown or user.username
    return names


def user_names(store: Store) -> dict[str, str]:
    """Every user's display name (or user name) by user id, for printing who did what."""
    with store.reading() as session:
        return _names(session, store)


def _text(data: Any, key: str) -> str:
    value = data.get(key) if isinstance(data, dict) else None
    return str(value).strip() if value not in (None, "") else ""


def _person(data: Any) -> m.Person | None:
    if not isinstance(data, dict) or not _text(data, "name"):
        return None
    id_type = "护照" if data.get("id_type") == "passport" else "居民身份证"
    return m.Person(_text(data, "name"), _text(data, "id_number"), id_type, _text(data, "phone"))


def _customer(case: Case) -> m.Customer:
    intake, identity = case.data_for(Step.INTAKE), case.data_for(Step.IDENTITY)
    individual = not case.customer_kind.is_organisation
    return m.Customer(
        kind=case.customer_kind,
        name=_text(intake, "customer_name"),
        credit_code="" if individual else _text(identity, "credit_code"),
        id_number=_text(identity, "id_number") if individual else "",
        id_type="护照" if identity.get("id_type") == "passport" else "居民身份证",
        address=_text(identity, "address"),
        phone=_text(identity, "phone"),
        legal_representative=None if individual else _person(identity.get("legal_representative")),
        agent=_person(identity.get("agent")),
    )


def _account(case: Case) -> m.Account:
    readings = definition_by_version(case.procedure_version).readings
    terms = dict(case.account or {})
    intake = case.data_for(Step.INTAKE)
    limits_data = terms.get("limits") or case.data_for(Step.RISK).get("limits") or {}
    limits = []
    if limits_data.get("single"):
        limits.append(m.Limit("单笔对外支付限额", Decimal(limits_data["single"]), "每笔"))
    if limits_data.get("daily"):
        limits.append(m.Limit("单日对外支付累计限额", Decimal(limits_data["daily"]), "每日"))
    permissions = terms.get("permissions") or {}
    for key, name, period in (
        ("daily_outflow_cap", "非绑定账户转出", "每日"),
        ("yearly_outflow_cap", "非绑定账户转出", "每年"),
    ):
        if permissions.get(key):
            limits.append(m.Limit(name, Decimal(permissions[key]), period))
    regime = m.Regime.APPROVAL if terms.get("regime") == "approval" else m.Regime.FILING
    approval = terms.get("regulator_approval") or {}
    filing = terms.get("filing") or {}
    return m.Account(
        type=case.account_type,
        number=str(terms.get("number") or ""),
        services=_services(case),
        limits=tuple(limits),
        regime=regime,
        opened_on=_day(terms.get("opened_on")),
        activated_at=case.closed_at if case.account is not None and case.status.value == "active" else None,
        filing_deadline=_day(terms.get("filing_deadline")),
        copies_by=_day(terms.get("copies_by")),
        approval_number=str(approval.get("reference") or ""),
        approved_on=_day(approval.get("on")),
        payments_from=_day(terms.get("payments_from")),
        payments_wait_working_days=readings.payments_from_working_day,
        filing_reference=str(filing.get("reference") or ""),
        filed_on=_day(filing.get("on")),
        basic_account_number=_text(intake, "basic_account_number"),
        special_category=_text(intake, "special_category"),
        expires_on=_day(terms.get("expires_on")),
        cash_withdrawal=bool(permissions.get("cash_withdrawal", True)),
    )


def _services(case: Case) -> tuple[m.ServiceFee, ...]:
    """The services chosen at the contract step, with their fees from the case's procedure."""
    from teller_app.domain.errors import TellerError
    from teller_app.domain.service_catalogue import chosen_services

    definition = definition_by_version(case.procedure_version)
    try:
        chosen = chosen_services(
            case.data_for(Step.CONTRACT).get("services"), definition.services, case.account_type
        )
    except TellerError:
        chosen = ()
    return tuple(m.ServiceFee(s.zh, s.fee, s.unit, s.note_zh) for s in chosen)


def _demo_workspace(config: Config) -> bool:
    """The first-start demo workspace (sample bank, embedded central): everything it prints says 演示."""
    from teller_app.services.workspace import DEMO_BRANCH

    return str(config.branch) == DEMO_BRANCH and not str(config.central_url)


def _day(text: Any) -> date | None:
    return date.fromisoformat(text) if isinstance(text, str) and text else None


def _checklist(session: Session, case: Case, names: dict[str, str]) -> tuple[m.ChecklistRow, ...]:
    rows = {d.item_code: d for d in session.scalars(select(Document).where(Document.case_id == case.id))}
    lines = []
    for item in required_documents(case, definition_by_version(case.procedure_version)):
        row = rows.get(item.code)
        lines.append(
            m.ChecklistRow(
                item=item.name_zh,
                mandatory=item.mandatory,
                decision=DocumentDecision(row.decision) if row else DocumentDecision.PENDING,
                reason=DocumentReason(row.reason) if row and row.reason else None,
                verified_by=names.get(row.reviewer_id or "", row.reviewer_id or "") if row else "",
                verified_at=row.decided_at if row else None,
                original_seen=bool(row.original_seen) if row else False,
            )
        )
    return tuple(lines)


def _identity_checks(case: Case, names: dict[str, str]) -> tuple[m.IdentityCheck, ...]:
    from teller_app.domain.id_verification import CheckResult
    from teller_app.services.identity_check import person_checks

    return tuple(
        m.IdentityCheck(
            person=c.person_zh,
            name=c.name,
            id_number=c.id_number,
            result=CheckResult(c.result),
            reference=c.reference,
            photo_compared=c.photo_compared,
            checked_at=c.checked_at,
            source=c.source_zh,
            recorded_by=c.recorded_by_name,
            adapter="" if c.source == "manual" else c.adapter,
        )
        for c in person_checks(case.data_for(Step.IDENTITY), names)
    )


def _approval(case: Case, names: dict[str, str]) -> m.Approval | None:
    decision = case.approval
    if decision is None or decision.kind is not DecisionKind.APPROVE:
        return None
    return m.Approval(
        maker=names.get(decision.maker, decision.maker),
        checker=names.get(decision.checker, decision.checker),
        decided_at=decision.decided_at,
        decision="批准",
        checker_role=Role(decision.checker_role).label_zh,
        reason="；".join(decision.reasons),
    )


def _risk(
    case: Case, names: dict[str, str], approval: m.Approval | None, assessed_by: str
) -> m.RiskAssessment | None:
    data = case.data_for(Step.RISK)
    if "level" not in data:
        return None
    factors = tuple(
        m.RiskFactor(
            name=FACTOR_ZH.get(c["factor"], c["factor"]),
            value=factor_value(c["factor"], c.get("params") or {}),
            weight=Decimal(c["weight"]),
            contribution=Decimal(c["points"]),
            explanation=explanation(c.get("explanation", "")),
        )
        for c in data.get("contributions", [])
    )
    return m.RiskAssessment(
        factors=factors,
        score=Decimal(data["score"]),
        level=RiskLevel(data["level"]),
        next_review_on=date.fromisoformat(data["next_review"]),
        enhanced_due_diligence=bool(data.get("enhanced_due_diligence")),
        edd_note=_text(data, "edd_note"),
        assessed_by=assessed_by,
        assessed_at=datetime.fromisoformat(data["assessed_at"]) if data.get("assessed_at") else None,
        approver=approval.checker if approval else "",
        direct_rules=tuple(direct_rule_zh(str(code)) for code in data.get("direct_rules") or []),
        direct_rules_asked="direct_rules" in data,
        approver_role=approval.checker_role if approval else "",
    )


def _owners(case: Case) -> tuple[tuple[m.Owner, ...], str]:
    data = case.data_for(Step.BENEFICIAL_OWNERS)
    if data.get("exemption"):
        return (
            (),
            f"注册资本 {data.get('registered_capital', '')} 元，股东均为自然人，依承诺豁免受益所有人识别",
        )
    owners = []
    for owner in data.get("owners") or []:
        reasons = [REASON_ZH.get(OwnerReason(r), r) for r in owner.get("reasons", [])]
        owners.append(
            m.Owner(
                name=str(owner.get("name", "")),
                id_number=str(owner.get("id_number", "")),
                share=(Decimal(owner["equity"]) * 100).quantize(Decimal("0.01"))
                if owner.get("equity")
                else None,
                basis="、".join(reasons),
                **owner_record_zh(owner),
            )
        )
    return tuple(owners), ""


def case_sheet(store: Store, case_id: str) -> m.CaseSheet:
    """Everything the documents print for the stored case (no permission check: callers check)."""
    return sheet_of(store, load_case(store, case_id))


def sheet_of(store: Store, case: Case) -> m.CaseSheet:
    case_id = case.id
    config = Config.load()
    branch_code = store.identity.branch
    side = bank_side(store)
    with store.reading() as session:
        row = session.get(CaseRow, case_id)
        assert row is not None
        names = _names(session, store)
        checklist = _checklist(session, case, names)
        training = bool(row.training)
        demo = bool(row.demo) or _demo_workspace(config)
    definition = definition_by_version(case.procedure_version)
    approval = _approval(case, names)
    owners, exemption = _owners(case)
    contract = case.data_for(Step.CONTRACT)
    seals = tuple(
        m.SealEntry(seal_kind_zh(_text(s, "kind")), _text(s, "holder"), _text(s, "note"))
        for s in contract.get("seals") or []
        if isinstance(s, dict) and _text(s, "kind")
    )
    return m.CaseSheet(
        case_id=case.id,
        content_hash=case_content_hash(case),
        procedure_version=case.procedure_version,
        branch=m.Branch(  # the bank's side (乙方): branch settings from the centre; blank is refused
            name=side.name, code=branch_code, address=side.address, phone=side.phone
        ),
        customer=_customer(case),
        account=_account(case),
        training=training,
        demo=demo,
        current_step=case.step,
        clause_version=version_in_force(business_date(case.opened_at)),
        checklist=checklist,
        identity_checks=_identity_checks(case, names),
        risk=_risk(case, names, approval, names.get(case.maker, case.maker)),
        approval=approval,
        seals=seals,
        owners=owners,
        owner_exemption=exemption,
        printed_at=store.clock(),
        flowchart=definition.flowchart,
        procedure_notice=procedure_notice(definition),
        case_number=case.number,
        correction_due=deadline(business_date(store.clock()), CORRECTION_WORKING_DAYS, working_calendar()),
    )
