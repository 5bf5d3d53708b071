"""The checker's one-page summary of a case (审批要素摘要): what a supervisor reads before signing.

approval_summary(store, actor, case_id) -> ApprovalSummary
Customer, the people and their identity verification, documents with their decisions and scans, beneficial
owners, the risk rating with its factors and any rule that rated it directly, limits, exceptions, time taken,
who asked and the decisions so far, and the standard return reasons of the case's procedure. Plain data:
codes and numbers, which the screens put into words. Read-only: nothing is written, nothing is audited.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta
from typing import Any

from sqlalchemy import select

from teller_app.domain.case import Case
from teller_app.domain.case_steps import applicable_steps
from teller_app.domain.case_timing import time_in_step
from teller_app.domain.document_decisions import DocumentDecision
from teller_app.domain.errors import TellerError
from teller_app.domain.identifiers import uscc_warnings
from teller_app.domain.permissions import Action
from teller_app.domain.steps import Step
from teller_app.services.actors import Actor, check_may
from teller_app.services.approval_summary_lines import (
    ApprovalSummary,
    DecisionLine,
    DocumentLine,
    Exception_,
    FactorLine,
    OwnerLine,
    PersonCheck,
    StepTime,
)
from teller_app.services.case_lists import case_header, check_may_view
from teller_app.services.case_store import load_case
from teller_app.services.step_checks import agent_present
from teller_app.storage.schema import User
from teller_app.storage.store import Store


def mask_id(number: str) -> str:
    text = number.strip()
    if len(text) <= 10:
        return text[:2] + "*" * max(len(text) - 2, 0)
    return text[:6] + "*" * (len(text) - 10) + text[-4:]


def _text(data: Any, key: str) -> str:
    value = data.get(key) if isinstance(data, Mapping) else None
    return str(value).strip() if value not in (None, "") else ""


def _checks(identity: Any, names: Mapping[str, str]) -> dict[str, dict[str, Any]]:
    """The recorded verification per person (teller_app.services.identity_check.person_checks)."""
    from teller_app.services.identity_check import person_checks

    found = {}
    for check in person_checks(identity, dict(names)):
        found[check.person] = {
            "result": check.result,
            "reference": check.reference,
            "photo_compared": check.photo_compared,
            "checked_at": check.checked_at.isoformat() if check.checked_at else "",
            "method": check.source,
            "recorded_by": check.recorded_by_name,
        }
    return found


def _people(case: Case, names: Mapping[str, str]) -> tuple[PersonCheck, ...]:
    identity = case.data_for(Step.IDENTITY)
    results = _checks(identity, names)
    people: list[PersonCheck] = []
    if not case.customer_kind.is_organisation:
        people.append(
            PersonCheck(
                role="customer",
                name=_text(case.data_for(Step.INTAKE), "customer_name"),
                id_number=mask_id(_text(identity, "id_number")),
                id_type=_text(identity, "id_type") or "resident_id",
                **results.get("customer", {"result": ""}),
            )
        )
    for who in ("legal_representative", "agent"):
        person = identity.get(who)
        if not isinstance(person, Mapping) or not _text(person, "name"):
            continue
        people.append(
            PersonCheck(
                role=who,
                name=_text(person, "name"),
                id_number=mask_id(_text(person, "id_number")),
                id_type=_text(person, "id_type") or "resident_id",
                **results.get(who, {"result": ""}),
            )
        )
    return tuple(people)


def _documents(store: Store, actor: Actor, case_id: str) -> tuple[DocumentLine, ...]:
    from teller_app.services import documents_review

    scans: dict[str, list[str]] = {}
    for scan in documents_review.list_scans(store, actor, case_id):
        scans.setdefault(scan.item_code, []).append(scan.scan_id)
    return tuple(
        DocumentLine(
            code=item.code,
            name_zh=item.name_zh,
            name_en=item.name_en,
            mandatory=item.mandatory,
            decision=item.decision.value,
            reason=item.reason or "",
            original_seen=item.original_seen,
            scan_ids=tuple(scans.get(item.code, ())),
        )
        for item in documents_review.checklist(store, actor, case_id)
    )


def _owners(case: Case) -> tuple[OwnerLine, ...]:
    from decimal import Decimal, InvalidOperation

    from teller_app.domain.owner_details import OWNER_RECORD_FIELDS

    lines = []
    for owner in case.data_for(Step.BENEFICIAL_OWNERS).get("owners") or []:
        if not isinstance(owner, Mapping):
            continue
        share = ""
        try:
            if owner.get("equity"):
                share = str((Decimal(str(owner["equity"])) * 100).quantize(Decimal("0.01")))
        except InvalidOperation:
            share = ""
        record = tuple((name, _text(owner, name)) for name in (*OWNER_RECORD_FIELDS, "control_means"))
        record = tuple((n, mask_id(v) if n == "id_number" else v) for n, v in record)
        lines.append(
            OwnerLine(
                _text(owner, "name"),
                share,
                tuple(str(r) for r in owner.get("reasons") or []),
                record=tuple((name, value) for name, value in record if value),
                gaps=tuple(str(g) for g in owner.get("record_gaps") or []),
            )
        )
    return tuple(lines)


def _factors(risk: Mapping[str, Any]) -> tuple[FactorLine, ...]:
    return tuple(
        FactorLine(
            factor=str(c.get("factor", "")),
            points=int(c.get("points", 0)),
            weight=int(c.get("weight", 0)),
            explanation=str(c.get("explanation", "")),
            params=dict(c.get("params") or {}),
        )
        for c in risk.get("contributions") or []
        if isinstance(c, Mapping)
    )


def _direct_rules(risk: Mapping[str, Any]) -> tuple[str, ...]:
    """The rules that rated directly (FATF country, sanctions hit, PEP, refused due diligence …), as recorded."""
    found: list[str] = []
    for key in ("direct_rules", "rated_directly", "direct_rule"):
        value = risk.get(key)
        if isinstance(value, str) and value:
            found.append(value)
        elif isinstance(value, list | tuple):
            for item in value:
                code = _text(item, "rule") or _text(item, "code") if isinstance(item, Mapping) else str(item)
                if code:
                    found.append(code)
    return tuple(dict.fromkeys(found))


def _exceptions(
    case: Case,
    documents: tuple[DocumentLine, ...],
    people: tuple[PersonCheck, ...],
    warn_category_54: bool = True,
) -> list[Exception_]:
    found: list[Exception_] = []
    for step in sorted(case.skipped, key=lambda s: s.position):
        found.append(Exception_("step_skipped", {"step": step.value}))
    if agent_present(case):
        found.append(Exception_("agent_acting", {}))
    if case.data_for(Step.INTAKE).get("channel") == "online":
        found.append(Exception_("online_pre_application", {}))
    for person in people:
        if person.result != "match":
            found.append(Exception_("identity_not_matched", {"person": person.role, "result": person.result}))
        elif person.photo_compared is False:
            found.append(Exception_("photo_not_compared", {"person": person.role}))
    for line in documents:
        if not line.mandatory and line.decision != DocumentDecision.VERIFIED.value:
            found.append(Exception_("optional_document_open", {"item": line.code, "decision": line.decision}))
        if line.decision == DocumentDecision.VERIFIED.value and not line.original_seen:
            found.append(Exception_("original_not_seen", {"item": line.code}))
    credit_code = _text(case.data_for(Step.IDENTITY), "credit_code")
    if credit_code:
        try:
            for warning in uscc_warnings(credit_code, warn_category_54=warn_category_54):
                found.append(Exception_("credit_code_warning", {"warning": warning.code, **warning.params}))
        except TellerError:
            found.append(Exception_("credit_code_invalid", {}))
    risk = case.data_for(Step.RISK)
    if risk.get("enhanced_due_diligence"):
        found.append(Exception_("enhanced_due_diligence", {}))
    for rule in _direct_rules(risk):
        found.append(Exception_("rated_directly", {"rule": rule}))
    for key in ("overrides", "exceptions"):
        for item in case.data_for(Step.RISK).get(key) or []:
            found.append(Exception_("override", {"what": str(item)}))
    returns = sum(1 for d in case.decisions if d.kind.value == "return")
    if returns:
        found.append(Exception_("returned_before", {"count": returns}))
    return found


def suggested_return_step(
    case: Case, documents: tuple[DocumentLine, ...], people: tuple[PersonCheck, ...]
) -> str:
    """Where the problem is: the earliest step something stands out at, else the documents (or intake)."""
    if any(p.result != "match" for p in people):
        return Step.IDENTITY.value
    if any(
        d.decision != DocumentDecision.VERIFIED.value or not d.original_seen for d in documents if d.mandatory
    ):
        return Step.DOCUMENTS.value
    steps = applicable_steps(case.customer_kind, case.account_type)
    return Step.DOCUMENTS.value if Step.DOCUMENTS in steps else Step.INTAKE.value


def _recorders(case: Case) -> set[str]:
    records = case.data_for(Step.IDENTITY).get("online_check")
    if not isinstance(records, Mapping):
        return set()
    return {
        str(r.get("recorded_by")) for r in records.values() if isinstance(r, Mapping) and r.get("recorded_by")
    }


def user_names(store: Store, ids: set[str]) -> dict[str, str]:
    """Display names (or user names) of the given users; unknown ids map to themselves."""
    names = {i: i for i in ids}
    if not ids:
        return names
    with store.reading() as session:
        for user in session.scalars(select(User).where(User.id.in_(sorted(ids)))):
            shown = store.sealer.open_text(user, "display_name") if user.display_name is not None else None
            names[user.id] = shown or user.username
    return names


def decision_lines(case: Case, names: Mapping[str, str]) -> tuple[DecisionLine, ...]:
    from teller_app.domain.return_reasons import split_recorded

    lines = []
    for d in case.decisions:
        reasons = []
        for text in d.reasons:
            step, reason = split_recorded(text)
            reasons.append((step.value if step else "", reason))
        lines.append(
            DecisionLine(
                d.kind.value,
                names.get(d.checker, d.checker),
                d.checker_role.value,
                d.decided_at,
                tuple(reasons),
            )
        )
    return tuple(lines)


def approval_summary(store: Store, actor: Actor, case_id: str) -> ApprovalSummary:
    """The one-page summary of the case for its checker (and for anyone who may view the case)."""
    from teller_app.services.procedures import definition_by_version

    check_may(actor, Action.VIEW_CASE)
    check_may_view(store, actor, case_id)
    case = load_case(store, case_id)
    header = case_header(store, actor, case_id)
    definition = definition_by_version(case.procedure_version)
    now = store.clock()
    names = user_names(store, {case.maker, *(d.checker for d in case.decisions), *_recorders(case)})
    people = _people(case, names)
    documents = _documents(store, actor, case_id)
    risk = case.data_for(Step.RISK)
    owners_data = case.data_for(Step.BENEFICIAL_OWNERS)
    steps = tuple(
        StepTime(step.value, time_in_step(case, step, now), definition.sla_minutes.get(step))
        for step in applicable_steps(case.customer_kind, case.account_type)
        if step in case.time_in_steps or step is case.step
    )
    end = case.closed_at or now
    request = case.approval_request
    limits = risk.get("limits") or {}
    contract = case.data_for(Step.CONTRACT)
    return ApprovalSummary(
        case_id=case.id,
        customer_name=header.customer_name,
        customer_kind=case.customer_kind.value,
        account_type=case.account_type.value,
        status=case.status.value,
        credit_code=_text(case.data_for(Step.IDENTITY), "credit_code"),
        address=_text(case.data_for(Step.IDENTITY), "address"),
        channel=_text(case.data_for(Step.INTAKE), "channel") or "counter",
        present="agent" if agent_present(case) else "legal_representative",
        people=people,
        documents=documents,
        owners=_owners(case),
        owner_exemption=bool(owners_data.get("exemption")),
        owners_not_required=owners_data.get("filing") == "never"
        or Step.BENEFICIAL_OWNERS not in applicable_steps(case.customer_kind, case.account_type),
        risk_level=case.risk_level.value if case.risk_level else "",
        risk_score=int(risk["score"]) if "score" in risk else None,
        factors=_factors(risk),
        direct_rules=_direct_rules(risk),
        enhanced_due_diligence=bool(risk.get("enhanced_due_diligence")),
        edd_note=_text(risk, "edd_note"),
        next_review=_text(risk, "next_review"),
        limits={k: str(v) for k, v in limits.items() if k in ("single", "daily")},
        intent=dict(case.data_for(Step.INTENT)),
        seals=tuple(
            {"kind": _text(s, "kind"), "holder": _text(s, "holder")}
            for s in contract.get("seals") or []
            if isinstance(s, Mapping)
        ),
        exceptions=tuple(
            _exceptions(case, documents, people, definition.readings.warn_credit_code_category_54)
        ),
        steps=steps,
        total_time=max(end - case.opened_at, timedelta(0)),
        maker_name=names.get(case.maker, case.maker),
        requested_at=request.requested_at if request else None,
        attempt=case.requests_made,
        decisions=decision_lines(case, names),
        return_reasons=definition.return_reasons,
        suggested_return_step=suggested_return_step(case, documents, people),
        account_set_up=case.account is not None,
        uniqueness=str((case.account or {}).get("uniqueness") or ""),
        training=header.training,
    )
