"""Satisfaction at the end of a case, staff suggestions, and the incident life cycle (5.3)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select
from supervision_helpers import finished_case

from teller_app.domain.errors import InputError, RuleError
from teller_app.domain.incidents import Observation
from teller_app.services.feedback import FeedbackDesk
from teller_app.services.incidents import IncidentDesk
from teller_app.storage.schema import AuditEvent, Satisfaction

OPENED = datetime(2026, 10, 12, 1, 0, tzinfo=UTC)


def test_teller_records_the_customers_satisfaction_once_or_the_customer_skips(store, staff):
    desk = FeedbackDesk(store, staff.sign_in)
    teller = staff.session("zhang", "teller")
    finished_case(store, case_id="c1", maker_id=teller.user_id, opened_at=OPENED, closed_at=OPENED)
    finished_case(store, case_id="c2", maker_id=teller.user_id, opened_at=OPENED, closed_at=OPENED)
    finished_case(store, case_id="c3", maker_id=teller.user_id, opened_at=OPENED, status="in_progress")
    for bad in (0, 6, True, "5"):
        with pytest.raises(InputError):
            desk.record_satisfaction(teller, "c1", bad)  # type: ignore[arg-type]
    desk.record_satisfaction(teller, "c1", 4, "很快")
    desk.record_satisfaction(teller, "c2", None)  # skipped
    with pytest.raises(RuleError) as twice:
        desk.record_satisfaction(teller, "c1", 5)
    assert twice.value.code == "feedback.already_recorded"
    with pytest.raises(RuleError) as unfinished:
        desk.record_satisfaction(teller, "c3", 5)
    assert unfinished.value.code == "feedback.case_not_finished"
    with pytest.raises(RuleError) as other:
        desk.record_satisfaction(staff.session("li", "teller"), "c2", 5)
    assert other.value.code == "case.not_your_case"
    with store.reading() as db:
        rows = {r.case_id: r.score for r in db.scalars(select(Satisfaction))}
        first = db.scalar(select(Satisfaction).where(Satisfaction.case_id == "c1"))
        assert store.sealer.open_text(first, "comment") == "很快"
    assert rows == {"c1": 4, "c2": None}


def test_suggestions_are_seen_answered_and_closed_by_a_supervisor(store, staff):
    desk = FeedbackDesk(store, staff.sign_in)
    teller = staff.session("zhang", "teller")
    supervisor = staff.session("liu", "supervisor")
    with pytest.raises(InputError):
        desk.send_suggestion(teller, "documents", "   ")
    sent = desk.send_suggestion(teller, "documents", "资料清单可以按客户类型预先勾选")
    assert [s.text for s in desk.suggestions(teller)] == ["资料清单可以按客户类型预先勾选"]
    with pytest.raises(RuleError) as denied:
        desk.answer_suggestion(teller, sent.suggestion_id, "ok")
    assert denied.value.code == "permission.denied"
    answered = desk.answer_suggestion(supervisor, sent.suggestion_id, "下一版流程采纳")
    assert (answered.status, answered.answer, answered.answered_by) == (
        "answered",
        "下一版流程采纳",
        supervisor.user_id,
    )
    desk.close_suggestion(supervisor, sent.suggestion_id)
    assert desk.suggestions(supervisor) == []
    assert [s.status for s in desk.suggestions(supervisor, include_closed=True)] == ["closed"]


def test_incident_goes_report_assess_respond_handle_review_with_times_and_people(store, staff, clock):
    desk = IncidentDesk(store, staff.sign_in)
    teller = staff.session("zhang", "teller")
    supervisor = staff.session("liu", "supervisor")
    reported = desk.report(teller, "system_failure", "柜面系统无响应")
    with pytest.raises(RuleError) as denied:
        desk.assess(teller, reported.incident_id, "3")
    assert denied.value.code == "permission.denied"
    with pytest.raises(RuleError) as skipped:
        desk.handle(supervisor, reported.incident_id)
    assert skipped.value.code == "incident.stage_order"
    clock.advance(minutes=1)
    desk.assess(supervisor, reported.incident_id, "3", "影响单个网点")
    clock.advance(minutes=1)
    desk.respond(supervisor, reported.incident_id, "启用离线办理")
    clock.advance(minutes=1)
    desk.handle(supervisor, reported.incident_id, "重启服务恢复")
    with pytest.raises(InputError):
        desk.review(supervisor, reported.incident_id, "")
    clock.advance(minutes=1)
    done = desk.review(supervisor, reported.incident_id, "加装备用电源")
    assert done.stage == "reviewed" and done.level == "3" and done.drill is False
    assert done.times["reported"] == (teller.user_id, datetime(2026, 11, 2, 1, 0, tzinfo=UTC))
    assert done.times["reviewed"] == (supervisor.user_id, datetime(2026, 11, 2, 1, 4, tzinfo=UTC))
    assert done.notes == {
        "reported": "柜面系统无响应",
        "assessed": "影响单个网点",
        "responding": "启用离线办理",
        "handled": "重启服务恢复",
        "reviewed": "加装备用电源",
    }
    with store.reading() as db:
        actions = db.scalars(
            select(AuditEvent.action).where(AuditEvent.action.like("incident.%")).order_by(AuditEvent.seq)
        ).all()
    assert actions == [
        "incident.reported",
        "incident.assessed",
        "incident.responding",
        "incident.handled",
        "incident.reviewed",
    ]


def test_a_drill_is_an_incident_marked_as_a_drill(store, staff):
    desk = IncidentDesk(store, staff.sign_in)
    drill = desk.report(staff.session("liu", "supervisor"), "data_leak", "数据泄露应急演练", drill=True)
    assert drill.drill is True and drill.stage == "reported"


def test_incidents_are_proposed_from_what_the_terminal_sees_and_not_twice(store, staff):
    desk = IncidentDesk(store, staff.sign_in)
    assert desk.propose(Observation(offline_minutes=60, oldest_failed_attempts=2)) == []  # under the limits
    opened = desk.propose(
        Observation(offline_minutes=180, oldest_failed_attempts=5, audit_chain_ok=False, key_store_ok=False)
    )
    assert sorted(i.kind for i in opened) == ["audit_broken", "key_store", "offline", "sync_failing"]
    assert all(i.origin == "proposed" and i.times["reported"][0] == "system" for i in opened)
    offline = next(i for i in opened if i.kind == "offline")
    assert offline.notes == {"proposed": {"minutes": 180, "limit": 120}}
    assert desk.propose(Observation(offline_minutes=240)) == []  # the offline incident is still open
