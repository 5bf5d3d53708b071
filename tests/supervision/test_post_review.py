"""Post-review (事后监督): the sampling rule, the reviewer's queue, findings, the rectification loop."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select
from supervision_helpers import PASSWORD, finished_case

from teller_app.domain.errors import InputError, RuleError
from teller_app.domain.post_review import SamplingRule
from teller_app.domain.roles import Role
from teller_app.domain.sign_in import Session
from teller_app.services.post_review import PostReviewDesk
from teller_app.storage.schema import AuditEvent, PostReview

OPENED = datetime(2026, 10, 12, 1, 0, tzinfo=UTC)
CLOSED = datetime(2026, 10, 12, 3, 0, tzinfo=UTC)
# With the seed of procedure 2026.2, these of case-000 … case-059 are drawn (written out once by hand: a
# change to the draw changes which cases a bank's reviewers saw, and must be seen here).
DRAWN_2026_2 = {"case-006", "case-009", "case-011", "case-016", "case-027"}


@pytest.fixture
def desk(store, staff) -> PostReviewDesk:
    return PostReviewDesk(store, staff.sign_in)


def _finish(store, case_id, maker, **kw):
    finished_case(store, case_id=case_id, maker_id=maker, opened_at=OPENED, closed_at=CLOSED, **kw)


def test_random_share_is_drawn_from_seed_and_case_id_reproducibly():
    rule = SamplingRule(seed="post-review-2026", random_percent=10)
    ids = [f"case-{i:03d}" for i in range(60)]
    assert {i for i in ids if rule.drawn(i)} == DRAWN_2026_2
    assert {i for i in reversed(ids) if rule.drawn(i)} == DRAWN_2026_2  # order does not matter
    other = SamplingRule(seed="another-seed", random_percent=10)
    assert {i for i in ids if other.drawn(i)} != DRAWN_2026_2
    share = sum(rule.drawn(f"x{i}") for i in range(20_000)) / 20_000
    assert 0.09 < share < 0.11
    assert not any(SamplingRule(random_percent=0).drawn(i) for i in ids)


def test_sampling_queues_every_high_risk_every_override_and_the_drawn_share(store, staff, desk):
    zhang = staff.add("zhang", "teller")
    for i in range(60):
        _finish(store, f"case-{i:03d}", zhang)
    _finish(store, "high-1", zhang, risk_level="high")
    _finish(store, "skipped-1", zhang, audit_actions=("case.skip_step",))
    _finish(store, "open-high", zhang, risk_level="high", status="in_progress")
    _finish(store, "training-high", zhang, risk_level="high", training=True)
    _finish(store, "other-terminal-high", zhang, risk_level="high", terminal="T02")

    picked = desk.sample_finished_cases()

    assert set(picked) == DRAWN_2026_2 | {"high-1", "skipped-1"}
    assert desk.sample_finished_cases() == []  # sampled once only
    with store.reading() as db:
        reasons = dict(db.execute(select(PostReview.case_id, PostReview.reasons)).all())
    assert reasons["high-1"] == "high_risk"
    assert reasons["skipped-1"] == "override"
    assert reasons["case-006"] == "random"


def test_finished_cases_enter_the_reviewers_queue(store, staff, desk):
    zhang = staff.add("zhang", "teller")
    _finish(store, "high-1", zhang, risk_level="high")
    desk.sample_finished_cases()
    queue = desk.queue(staff.session("sun", "reviewer"))
    assert [(q.case_id, q.status, q.reasons) for q in queue] == [("high-1", "queued", ("high_risk",))]


def test_a_teller_may_not_review_cases(store, staff, desk):
    with pytest.raises(RuleError) as refused:
        desk.queue(staff.session("zhang", "teller"))
    assert refused.value.code == "permission.denied"


def test_reviewer_identity_comes_only_from_a_signed_in_session(store, staff, desk):
    zhang = staff.add("zhang", "teller")
    _finish(store, "high-1", zhang, risk_level="high")
    desk.sample_finished_cases()
    reviewer = staff.session("sun", "reviewer")
    forged = Session(
        user_id=reviewer.user_id,
        username="sun",
        role=reviewer.role,
        work_mode=reviewer.work_mode,
        terminal="T01",
        started_at=reviewer.started_at,
        last_activity=reviewer.last_activity,
    )
    review_id = desk.queue(reviewer)[0].review_id
    with pytest.raises(RuleError) as refused:
        desk.open_review(forged, review_id)
    assert refused.value.code == "session.unknown"
    staff.sign_in.sign_out(reviewer)
    with pytest.raises(RuleError):
        desk.open_review(reviewer, review_id)


def test_reviewer_may_not_review_a_case_they_worked_on(store, staff, desk):
    sun = staff.add("sun", "reviewer")
    _finish(store, "high-1", sun, risk_level="high")  # made by the person who now reviews
    desk.sample_finished_cases()
    reviewer = staff.session("sun")
    review_id = desk.queue(reviewer)[0].review_id
    with pytest.raises(RuleError) as refused:
        desk.open_review(reviewer, review_id)
    assert refused.value.code == "post_review.own_case"


def test_review_with_no_findings_is_closed(store, staff, desk, clock):
    zhang = staff.add("zhang", "teller")
    _finish(store, "high-1", zhang, risk_level="high")
    desk.sample_finished_cases()
    reviewer = staff.session("sun", "reviewer")
    review_id = desk.queue(reviewer)[0].review_id
    view = desk.open_review(reviewer, review_id)
    assert view.review.status == "in_review" and view.status == "active"
    with pytest.raises(RuleError) as refused:
        desk.request_rectification(reviewer, review_id, "put it right", password=PASSWORD)
    assert refused.value.code == "post_review.no_findings"
    clock.advance(minutes=3)
    closed = desk.close_review(reviewer, review_id, password=PASSWORD)
    assert closed.review.status == "closed" and closed.review.closed_at == clock.now
    assert desk.queue(reviewer) == []
    with pytest.raises(RuleError) as again:
        desk.record_finding(reviewer, review_id, "other", "minor", password=PASSWORD)
    assert again.value.code == "post_review.wrong_state"


def test_rectification_loop_runs_until_the_reviewer_closes_it(store, staff, desk, clock):
    zhang = staff.add("zhang", "teller")
    _finish(store, "high-1", zhang, risk_level="high")
    desk.sample_finished_cases()
    reviewer = staff.session("sun", "reviewer")
    teller = staff.session("zhang")
    review_id = desk.queue(reviewer)[0].review_id
    desk.open_review(reviewer, review_id)

    with pytest.raises(InputError):
        desk.record_finding(reviewer, review_id, "not_a_category", "minor", password=PASSWORD)
    desk.record_finding(
        reviewer, review_id, "document_missing", "major", "营业执照副本缺页", password=PASSWORD
    )
    view = desk.request_rectification(reviewer, review_id, "补齐营业执照副本第2页", password=PASSWORD)
    assert view.review.status == "rectification" and view.review.rounds == 1
    assert view.rectifications[0].due_on == "2026-11-07"  # 5 days from 2 November (rule of 2026.2)

    asked = desk.my_rectifications(teller)
    assert [(r.case_id, r.status, r.request) for r in asked] == [("high-1", "open", "补齐营业执照副本第2页")]
    with pytest.raises(RuleError) as not_theirs:
        desk.answer_rectification(staff.session("li", "teller"), asked[0].rectification_id, "done")
    assert not_theirs.value.code == "post_review.not_your_case"
    desk.answer_rectification(teller, asked[0].rectification_id, "已补扫第2页")
    assert desk.queue(reviewer)[0].status == "answered"

    # not put right: a second round
    clock.advance(minutes=3)
    desk.request_rectification(reviewer, review_id, "第2页仍不清晰", password=PASSWORD)
    first, second = sorted(desk.my_rectifications(teller), key=lambda r: r.requested_at)
    assert first.status == "not_accepted" and second.status == "open"
    desk.answer_rectification(teller, second.rectification_id, "已重新扫描")
    closed = desk.close_review(reviewer, review_id, password=PASSWORD)
    assert closed.review.status == "closed" and closed.review.rounds == 2
    assert [r.status for r in closed.rectifications] == ["not_accepted", "accepted"]
    assert [(f.category, f.severity, f.note) for f in closed.findings] == [
        ("document_missing", "major", "营业执照副本缺页")
    ]

    with store.reading() as db:
        actions = db.scalars(
            select(AuditEvent.action)
            .where(AuditEvent.case_id == "high-1", AuditEvent.action.like("post_review.%"))
            .order_by(AuditEvent.seq)
        ).all()
    assert actions == [
        "post_review.sampled",
        "post_review.opened",
        "post_review.finding",
        "post_review.rectification_requested",
        "post_review.rectification_answered",
        "post_review.rectification_requested",
        "post_review.rectification_answered",
        "post_review.closed",
    ]


def test_reviewer_decisions_are_signed_with_the_reviewers_password_inside_the_call(store, staff, desk):
    zhang = staff.add("zhang", "teller")
    _finish(store, "high-1", zhang, risk_level="high")
    desk.sample_finished_cases()
    reviewer = staff.session("sun", "reviewer")
    review_id = desk.queue(reviewer)[0].review_id
    desk.open_review(reviewer, review_id)
    with pytest.raises(RuleError) as wrong:
        desk.close_review(reviewer, review_id, password="not the password")
    assert wrong.value.code == "sign_in.bad_credentials"
    reviewer.role = Role.SUPERVISOR  # a session changed in memory does not change who acts
    assert desk.queue(reviewer)[0].review_id == review_id  # the stored role (reviewer) still acts
    reviewer.role = Role.REVIEWER
    assert desk.close_review(reviewer, review_id, password=PASSWORD).review.status == "closed"


def test_each_tellers_past_month_gets_at_least_one_case_reviewed_the_lowest_draw_first(store, staff, desk):
    li = staff.add("li", "teller")
    for i in range(4):  # October, none of them drawn by the 10 % share (draws 7803, 3198, 9939, 2495)
        _finish(store, f"li-{i}", li)
    finished_case(  # this month's cases wait until the month is over
        store,
        case_id="li-5",
        maker_id=li,
        opened_at=datetime(2026, 11, 1, 1, tzinfo=UTC),
        closed_at=datetime(2026, 11, 1, 3, tzinfo=UTC),
    )
    picked = desk.sample_finished_cases()
    assert picked == ["li-3"]  # the lowest draw of li's October
    with store.reading() as db:
        assert db.scalar(select(PostReview.reasons).where(PostReview.case_id == "li-3")) == "monthly_minimum"
    assert desk.sample_finished_cases() == []  # li's October has its one now
