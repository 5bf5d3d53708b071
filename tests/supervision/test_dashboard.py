"""The supervisor's dashboard on known data: exact figures, and not one decryption to draw it."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from supervision_helpers import finished_case

from teller_app.domain.errors import RuleError
from teller_app.domain.roles import Role
from teller_app.services.actors import Actor
from teller_app.services.dashboard import dashboard
from teller_app.services.dashboard_times import percentile
from teller_app.storage.schema import Account, Approval, ApprovalRequest, Incident

NOW = datetime(2026, 11, 2, 1, 0, tzinfo=UTC)
SUPERVISOR = Actor("u-super", Role.SUPERVISOR, name="liu")


class RefusingSealer:
    """Stands in for the store's sealer: any attempt to open (decrypt) a column fails the test."""

    def __getattr__(self, name: str):
        if name.startswith("open"):
            raise AssertionError(f"the dashboard decrypted something ({name})")
        raise AttributeError(name)


def known_branch(store) -> None:
    base = NOW - timedelta(days=3)
    for i, minutes in enumerate((10, 20, 30, 40, 50)):  # documents step: SLA 40 minutes in 2026.2
        finished_case(
            store,
            case_id=f"done-{i}",
            maker_id="u-zhang" if i < 3 else "u-li",
            opened_at=base,
            closed_at=base + timedelta(hours=2),
            risk_level="high" if i == 4 else "low",
            steps={"documents": (base, base + timedelta(minutes=minutes))},
        )
    finished_case(  # waiting for approval for an hour (SLA 45), request expires in an hour
        store,
        case_id="waiting-1",
        maker_id="u-li",
        status="awaiting_approval",
        current_step="approval",
        risk_level="medium",
        opened_at=NOW - timedelta(hours=3),
        step_entered_at=NOW - timedelta(minutes=60),
    )
    finished_case(  # in the documents step for 10 minutes: not overdue
        store,
        case_id="open-1",
        maker_id="u-zhang",
        status="in_progress",
        current_step="documents",
        risk_level=None,
        opened_at=NOW - timedelta(minutes=30),
        step_entered_at=NOW - timedelta(minutes=10),
    )
    finished_case(  # a training case is never counted on the real dashboard
        store,
        case_id="training-1",
        maker_id="u-zhang",
        status="in_progress",
        current_step="documents",
        opened_at=NOW - timedelta(days=1),
        training=True,
    )
    with store.unit_of_work(user_id="u-super") as uow:
        uow.new(
            ApprovalRequest,
            case_id="waiting-1",
            requested_by="u-li",
            requested_at=NOW - timedelta(minutes=60),
            expires_at=NOW + timedelta(minutes=60),
            content_hash="0" * 64,
            risk_level="medium",
        )
        for i, (decision, reason) in enumerate(
            (("return", None), ("return", None), ("reject", "documents_false"), ("approve", None))
        ):
            uow.new(
                Approval,
                request_id=f"r{i}",
                case_id=f"done-{i}",
                maker_id="u-zhang",
                checker_id="u-super",
                decision=decision,
                reason_code=reason,
                content_hash="0" * 64,
                decided_at=NOW - timedelta(days=2),
            )
        uow.new(
            Incident,
            terminal="T01",
            kind="offline",
            drill=False,
            origin="proposed",
            stage="assessed",
            level="3",
            reported_by="system",
            reported_at=NOW - timedelta(hours=1),
        )
        uow.new(
            Incident,
            terminal="T01",
            kind="data_leak",
            drill=True,
            origin="manual",
            stage="reviewed",
            reported_by="u-super",
            reported_at=NOW - timedelta(days=1),
        )
        uow.new(
            Account,
            account_number="3101150000001",
            case_id="done-0",
            account_type="basic",
            status="active",
            opened_at=base,
            filing_deadline=date(2026, 11, 2),
        )


def test_percentile_is_linear_between_closest_ranks():
    assert percentile([10, 20, 30, 40, 50], 0.5) == 30
    assert percentile([10, 20, 30, 40, 50], 0.9) == 46
    assert percentile([], 0.5) is None
    assert percentile([7], 0.9) == 7


def test_dashboard_figures_on_known_data(store):
    known_branch(store)
    board = dashboard(store, SUPERVISOR, NOW)

    assert board.cases_by_step == {"documents": {"in_progress": 1}, "approval": {"awaiting_approval": 1}}
    (documents,) = [s for s in board.step_times if s.step == "documents"]
    assert (documents.count, documents.median, documents.p90, documents.sla, documents.over_sla) == (
        5,
        30,
        46,
        40,
        1,
    )
    assert documents.overdue_now == 0
    (approval,) = [s for s in board.step_times if s.step == "approval"]
    assert (approval.count, approval.overdue_now, approval.sla) == (0, 1, 45)
    tellers = {t.teller_id: (t.steps_done, t.median, t.over_sla, t.overdue_now) for t in board.tellers}
    assert tellers == {"u-zhang": (3, 20, 0, 0), "u-li": (2, 45, 1, 1)}
    assert board.decisions == {"return": {"unspecified": 2}, "reject": {"documents_false": 1}}
    assert board.risk_mix == {"low": 4, "high": 1, "medium": 1, "unrated": 1}
    assert [(w.case_id, w.waited_minutes) for w in board.waiting] == [("waiting-1", 60)]
    assert [(f.case_id, f.days_left) for f in board.filings] == [("done-0", 0)]
    assert [(i.kind, i.stage, i.level) for i in board.incidents] == [
        ("offline", "assessed", "3")
    ]  # open only
    assert board.incidents_open == 1
    assert board.alerts == {
        "overdue_step": 1,
        "filing_deadline": 1,
        "duplicate_identifier": 0,
        "high_risk": 1,
        "approval_expiring": 1,
    }


def test_dashboard_decrypts_nothing(store):
    known_branch(store)
    store.sealer = RefusingSealer()  # type: ignore[assignment]
    board = dashboard(store, SUPERVISOR, NOW)
    assert board.step_times  # it drew the dashboard without opening a single sealed column


def test_a_teller_does_not_see_the_branch_dashboard(store):
    with pytest.raises(RuleError) as refused:
        dashboard(store, Actor("u-zhang", Role.TELLER), NOW)
    assert refused.value.code == "permission.denied"


def test_sync_health_lists_every_terminal_of_the_branch_from_the_central_database(store):
    import sqlalchemy as sa

    from teller_app.services.dashboard import TerminalSync, branch_sync_health
    from teller_app.sync.central_schema import terminals

    central = sa.create_engine("sqlite://")
    terminals.create(central)
    with central.begin() as conn:
        for code, branch in (("T01", "310115"), ("T02", "310115"), ("T09", "999999")):
            conn.execute(
                terminals.insert().values(
                    terminal_id=f"{branch}:{code}",
                    branch=branch,
                    terminal_code=code,
                    registered_at=NOW,
                    last_sync_at=NOW - timedelta(minutes=7),
                )
            )
    own = TerminalSync("T01", NOW, 3, 2, True)
    rows = branch_sync_health(central, "310115", own)
    assert rows == (own, TerminalSync("T02", NOW - timedelta(minutes=7), None, None, None))
    broken = sa.create_engine("sqlite:////nonexistent/folder/central.db")
    assert branch_sync_health(broken, "310115", own) == (own,)  # central unreachable: this terminal only


def test_a_filing_overdue_for_months_is_still_due_on_the_dashboard_until_it_is_filed(store):
    known_branch(store)
    later = NOW + timedelta(days=60)
    assert [(f.case_id, f.days_left) for f in dashboard(store, SUPERVISOR, later).filings] == [
        ("done-0", -60)
    ]


def test_the_dashboard_names_cases_by_their_case_number_and_tellers_by_their_login_name(store):
    from teller_app.storage.schema import Case, User

    known_branch(store)
    with store.unit_of_work(user_id="u-super") as uow:
        for case_id, number in (
            ("waiting-1", "310115-20261101-T01-0006"),
            ("done-0", "310115-20261030-T01-0001"),
        ):
            row = uow.get(Case, case_id)
            row.number = number
            uow.save(row)
        uow.new(User, id="u-li", username="li", role="teller", password_hash="x")
    store.sealer = RefusingSealer()  # type: ignore[assignment]  # numbers and login names are plain columns
    board = dashboard(store, SUPERVISOR, NOW)
    assert [w.case_number for w in board.waiting] == ["310115-20261101-T01-0006"]
    assert [f.case_number for f in board.filings] == ["310115-20261030-T01-0001"]
    tellers = {t.teller_id: (t.teller, t.login) for t in board.tellers}
    assert tellers == {"u-li": ("li", "li"), "u-zhang": ("u-zhang", "")}  # u-zhang: unknown on this terminal
    named = dashboard(store, SUPERVISOR, NOW, names=lambda ids: {"u-li": "李娜"})
    assert {t.teller_id: (t.teller, t.login) for t in named.tellers}["u-li"] == ("李娜", "li")
