"""The maker's step records with their own permissions: beneficial owners, risk rating, intent, contract."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from teller_app.domain import case_moves
from teller_app.domain.case import Case
from teller_app.domain.permissions import Action
from teller_app.domain.risk_levels import RiskLevel
from teller_app.domain.steps import Step
from teller_app.services.actors import Actor
from teller_app.services.case_work import working_on
from teller_app.services.cases import _plain, record_step
from teller_app.storage.schema import BeneficialOwner, RiskAssessment
from teller_app.storage.store import Store


def record_owners(
    store: Store, actor: Actor, case_id: str, data: Mapping[str, Any], *, advance: bool = False
) -> Case:
    """Shareholder tree → beneficial owners (domain.owners), or the exemption by commitment; owner rows sealed."""
    with working_on(store, actor, case_id, Action.RECORD_OWNERS) as work:
        record_step(work, Step.BENEFICIAL_OWNERS, _plain(data), complete=True, advance=advance)
        saved = work.case.data_for(Step.BENEFICIAL_OWNERS)
        if Step.BENEFICIAL_OWNERS in work.case.completed:
            _write_owner_rows(work.uow, case_id, saved)
    return work.case


def _write_owner_rows(uow: Any, case_id: str, data: Mapping[str, Any]) -> None:
    from sqlalchemy import select

    rows = {
        r.ordinal: r
        for r in uow.session.scalars(select(BeneficialOwner).where(BeneficialOwner.case_id == case_id))
    }
    owners = list(data.get("owners") or [])
    entries: list[tuple[bool, Mapping[str, Any]]] = [(False, o) for o in owners]
    if data.get("exemption"):
        entries = [(True, {"registered_capital": data.get("registered_capital")})]
    for ordinal, (exempt, owner) in enumerate(entries):
        row = rows.get(ordinal) or uow.new(BeneficialOwner, case_id=case_id, ordinal=ordinal)
        row.exemption = exempt
        uow.seal(row, "name", owner.get("name") or None)
        uow.seal(row, "id_number", owner.get("id_number") or None)
        uow.seal(row, "details", {k: v for k, v in owner.items() if k not in ("name", "id_number")})
    for ordinal, row in rows.items():
        if ordinal >= len(entries):  # rows are never deleted: a withdrawn owner is marked as such
            uow.seal(row, "name", None)
            uow.seal(row, "id_number", None)
            uow.seal(row, "details", {"withdrawn": True})


def rate_risk(
    store: Store, actor: Actor, case_id: str, data: Mapping[str, Any], *, advance: bool = False
) -> Case:
    """Rate the AML risk under the case's pinned procedure; records the level, limits and an assessment row."""
    with working_on(store, actor, case_id, Action.RATE_RISK) as work:
        record_step(work, Step.RISK, _plain(data), complete=True, advance=False)
        saved = work.case.data_for(Step.RISK)
        if "level" in saved:
            work.case = case_moves.record_risk_level(work.case, RiskLevel(saved["level"]))
            work.uow.new(
                RiskAssessment,
                case_id=case_id,
                score=int(saved["score"]),
                level=saved["level"],
                factors=_factors_json(saved),
                next_review_on=_date(saved.get("next_review")),
                assessed_by=actor.user_id,
                assessed_at=work.now,
                procedure_version=work.case.procedure_version,
                enhanced_due_diligence=bool(saved.get("enhanced_due_diligence")),
            )
            work.audit(
                "risk.rate", step=Step.RISK.value, details={"level": saved["level"], "score": saved["score"]}
            )
        if advance and Step.RISK in work.case.completed and work.deferred is None:
            work.case = case_moves.advance(work.case, now=work.now)
    return work.case


def _factors_json(saved: Mapping[str, Any]) -> str:
    from teller_app.domain.canonical import canonical_json

    return canonical_json({c["factor"]: c["points"] for c in saved.get("contributions", [])})


def _date(text: Any) -> Any:
    from datetime import date

    return date.fromisoformat(text) if isinstance(text, str) else None


def confirm_intent(
    store: Store,
    actor: Actor,
    case_id: str,
    *,
    method: str,
    confirmed_with: str,
    confirmed: bool = True,
    note: str = "",
    confirmed_with_role: str = "legal_representative",
    recording_reference: str = "",
    advance: bool = False,
) -> Case:
    """开户意愿核实: face to face or by video (with the recording's reference), with whom, confirmed or not."""
    data = {
        "method": method,
        "confirmed_with": confirmed_with,
        "confirmed_with_role": confirmed_with_role,
        "recording_reference": recording_reference,
        "confirmed": confirmed,
        "note": note,
    }
    with working_on(store, actor, case_id, Action.CONFIRM_INTENT) as work:
        record_step(work, Step.INTENT, data, complete=True, advance=advance)
    return work.case


def record_contract(
    store: Store,
    actor: Actor,
    case_id: str,
    *,
    signed: bool,
    seals: Sequence[Mapping[str, Any]] = (),
    customer_confirmed: bool = True,
    services: Sequence[str] = (),
    advance: bool = False,
) -> Case:
    """合同签订: the agreement signed, the customer's confirmation and the seal card (预留印鉴) entries."""
    data = _plain(
        {
            "signed": signed,
            "customer_confirmed": customer_confirmed,
            "seals": [dict(s) for s in seals],
            "services": list(services),
        }
    )
    with working_on(store, actor, case_id, Action.SIGN_CONTRACT) as work:
        record_step(work, Step.CONTRACT, data, complete=True, advance=advance)
    return work.case
