"""Post-review sampling (事后监督抽样): which finished cases of this terminal go to the reviewer's queue.

The rule is each case's procedure version's (domain/post_review.py): high risk, overrides, a random draw,
and each teller's monthly minimum topped up from the month before.
"""

from __future__ import annotations

import uuid

from sqlalchemy import select

from teller_app.domain.post_review import ReviewStatus, SampleReason, monthly_top_up
from teller_app.services.business_day import business_date
from teller_app.services.procedures import definition_by_version
from teller_app.storage.schema import AuditEvent, PostReview
from teller_app.storage.schema import Case as CaseRow
from teller_app.storage.store import Store

REVIEW_IDS = uuid.UUID("5d3c3f4e-2b8a-4c61-9a57-7f0e8e1d2a10")  # namespace: one review id per case


def review_id_for(case_id: str) -> str:
    """The same case gets the same review id on every terminal: sampling twice cannot queue it twice."""
    return str(uuid.uuid5(REVIEW_IDS, case_id))


def sample_finished_cases(store: Store) -> list[str]:
    """Queue the finished real cases of this terminal that the sampling rule picks; ids newly queued.

    Runs on the terminal that made the cases, which holds their operation record (overrides are
    found there). The rule is the one of each case's procedure version.
    """
    this_month = business_date(store.clock()).strftime("%Y-%m")
    with store.reading() as session:
        done = set(session.scalars(select(PostReview.case_id)))
        finished = session.execute(
            select(
                CaseRow.id,
                CaseRow.maker_id,
                CaseRow.risk_level,
                CaseRow.procedure_version,
                CaseRow.status,
                CaseRow.closed_at,
            ).where(
                CaseRow.branch == store.identity.branch,
                CaseRow.terminal == store.identity.terminal,
                CaseRow.training.is_(False),
                CaseRow.closed_at.is_not(None),
            )
        ).all()
        picked: list[tuple[str, str, str, tuple[SampleReason, ...]]] = []
        past_months: list[tuple[str, str, str, int]] = []  # for each teller's monthly minimum
        minimum_of: dict[str, int] = {}
        versions: dict[str, tuple[str, str]] = {}
        for case_id, maker_id, risk_level, version, status, closed_at in finished:
            rule = definition_by_version(version).post_review
            if status not in rule.finished_statuses or closed_at is None:
                continue
            month = business_date(closed_at).strftime("%Y-%m")
            if month < this_month:
                past_months.append((case_id, maker_id, month, rule.draw(case_id)))
                minimum_of[case_id] = rule.min_per_teller_month
            versions[case_id] = (maker_id, version)
            if case_id in done:
                continue
            overridden = bool(
                rule.override_actions
                and session.scalar(
                    select(AuditEvent.id)
                    .where(AuditEvent.case_id == case_id, AuditEvent.action.in_(rule.override_actions))
                    .limit(1)
                )
            )
            reasons = rule.reasons(case_id, risk_level, overridden)
            if reasons:
                picked.append((case_id, maker_id, version, reasons))
        sampled = done | {case_id for case_id, *_ in picked}
        for case_id in monthly_top_up(past_months, sampled, minimum_of):
            maker_id, version = versions[case_id]
            picked.append((case_id, maker_id, version, (SampleReason.MONTHLY_MINIMUM,)))
    if not picked:
        return []
    with store.unit_of_work(user_id=None) as uow:
        for case_id, maker_id, version, reasons in picked:
            uow.new(
                PostReview,
                id=review_id_for(case_id),
                case_id=case_id,
                maker_id=maker_id,
                reasons=",".join(r.value for r in reasons),
                procedure_version=version,
                sampled_at=uow.clock(),
                status=ReviewStatus.QUEUED.value,
                rounds=0,
            )
            uow.append_audit(
                "post_review.sampled", case_id=case_id, details={"reasons": [r.value for r in reasons]}
            )
    return [case_id for case_id, *_ in picked]
