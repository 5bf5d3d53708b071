"""The operation record for supervisors and auditors: filters, who sees details, viewing is recorded, verify."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

import pytest
from sqlalchemy import select

from teller_app.domain.errors import InputError, RuleError
from teller_app.domain.roles import Role
from teller_app.services.actors import Actor
from teller_app.services.audit_trail import list_events, user_id_for, verify
from teller_app.storage.schema import AuditEvent, User

CASE_A, CASE_B = "case-aaaa", "case-bbbb"
SECRET_NAME = "欧阳娜娜示例"


def add_staff(store) -> None:
    with store.unit_of_work(user_id="admin") as uow:
        for user_id, username, display in (("u-teller", "zhang", "张小明"), ("u-super", "liu", "刘主管")):
            user = uow.new(User, id=user_id, username=username, role="teller", password_hash="x")
            uow.seal(user, "display_name", display)


def record_morning(store, clock) -> None:
    """A teller opens two cases and saves steps; the supervisor approves one. One event a minute."""
    script = [
        ("u-teller", CASE_A, "intake", "case.open", {"customer_name": SECRET_NAME}),
        ("u-teller", CASE_A, "identity", "case.save_step", {"id_number": "310101198003150011"}),
        ("u-teller", CASE_B, "intake", "case.open", {"customer_name": "别的公司"}),
        ("u-super", CASE_A, "approval", "approval.decided", {"decision": "approve"}),
    ]
    add_staff(store)
    for user_id, case_id, step, action, details in script:
        clock.advance(minutes=1)
        with store.unit_of_work(user_id=user_id) as uow:
            uow.append_audit(action, case_id=case_id, step=step, details=details)


def listed(store, actor, **filters) -> list[tuple[str, str | None, str]]:
    return [(e.action, e.case_id, e.user_name) for e in list_events(store, actor, **filters)]


def test_supervisor_sees_events_newest_first_with_who_did_them(store, staff, clock):
    record_morning(store, clock)
    entries = list_events(store, staff["supervisor"], case_id=CASE_A)
    assert [(e.seq, e.action, e.user_name, e.display_name, e.step) for e in entries] == [
        (4, "approval.decided", "liu", "刘主管", "approval"),
        (2, "case.save_step", "zhang", "张小明", "identity"),
        (1, "case.open", "zhang", "张小明", "intake"),
    ]
    assert entries[0].terminal == store.identity.terminal
    assert entries[0].occurred_at == clock()


def test_filters_by_case_user_action_and_time(store, staff, clock):
    record_morning(store, clock)
    supervisor = staff["auditor"]  # the auditor's own listings are recorded under the auditor
    start = clock() - timedelta(minutes=2)
    assert listed(store, supervisor, case_id=CASE_B) == [("case.open", CASE_B, "zhang")]
    assert listed(store, supervisor, user_id=user_id_for(store, "liu")) == [
        ("approval.decided", CASE_A, "liu")
    ]
    assert [a for a, _, _ in listed(store, supervisor, action="case.", case_id=CASE_A)] == [
        "case.save_step",
        "case.open",
    ]
    in_window = listed(store, supervisor, since=start, until=start + timedelta(minutes=1))
    assert [(a, c) for a, c, _ in in_window] == [("case.open", CASE_B), ("case.save_step", CASE_A)]
    assert listed(store, supervisor, action="case.open", limit=1, offset=1) == [
        ("case.open", CASE_A, "zhang")
    ]


def test_action_filter_treats_wildcards_as_plain_text(store, staff, clock):
    record_morning(store, clock)
    assert listed(store, staff["supervisor"], action="case%") == []
    assert listed(store, staff["supervisor"], action="case_open") == []


def test_teller_may_not_view_the_operation_record(store, staff, clock):
    record_morning(store, clock)
    with pytest.raises(RuleError) as refused:
        list_events(store, staff["teller"])
    assert refused.value.code == "permission.denied"


@pytest.mark.parametrize("role", [Role.SUPERVISOR, Role.AUDITOR, Role.BRANCH_MANAGER])
def test_supervisors_and_auditors_read_the_decrypted_details(store, clock, role):
    record_morning(store, clock)
    first = list_events(store, Actor("u-viewer", role), case_id=CASE_A)[-1]
    assert first.details_shown and first.details == {"customer_name": SECRET_NAME}


@pytest.mark.parametrize("role", [Role.REVIEWER, Role.RISK_OFFICER])
def test_other_viewers_see_the_events_without_their_details(store, clock, role):
    record_morning(store, clock)
    entries = list_events(store, Actor("u-viewer", role), case_id=CASE_A)
    assert len(entries) == 3
    assert all(e.details is None and not e.details_shown for e in entries)


def test_personal_details_are_ciphertext_in_the_store_and_only_the_service_opens_them(store, staff, clock):
    record_morning(store, clock)
    connection = sqlite3.connect(store.path)
    stored = [row[0] for row in connection.execute("SELECT details FROM audit_events")]
    connection.close()
    assert not any(SECRET_NAME.encode() in bytes(value) for value in stored if value is not None)
    shown = list_events(store, staff["auditor"], action="case.open", case_id=CASE_A)
    assert shown[0].details == {"customer_name": SECRET_NAME}


def test_viewing_the_record_is_itself_recorded_once_per_listing(store, staff, clock):
    record_morning(store, clock)
    auditor = staff["auditor"]
    list_events(store, auditor, case_id=CASE_A)
    list_events(store, auditor, case_id=CASE_A)
    with store.reading() as session:
        viewed = session.scalars(select(AuditEvent).where(AuditEvent.action == "audit.viewed")).all()
    assert [(v.user_id, v.case_id) for v in viewed] == [("u-audit", CASE_A), ("u-audit", CASE_A)]
    assert store.sealer.open_json(viewed[0], "details") == {"filters": {"case_id": CASE_A}, "count": 3}
    assert list_events(store, auditor, case_id=CASE_A)[0].action == "audit.viewed"


@pytest.mark.parametrize(
    ("filters", "code"),
    [
        ({"limit": 0}, "audit.filter_invalid"),
        ({"limit": 10**9}, "audit.filter_invalid"),
        ({"offset": -1}, "audit.filter_invalid"),
        ({"case_id": "x" * 200}, "audit.filter_invalid"),
        ({"case_id": 42}, "audit.filter_invalid"),
        ({"since": "yesterday"}, "audit.filter_invalid"),
        ({"since": "naive"}, "audit.filter_invalid"),
        ({"since": "late", "until": "early"}, "audit.range_reversed"),
    ],
)
def test_bad_filters_are_refused_by_name(store, staff, clock, filters, code):
    now = clock()
    values = {"naive": now.replace(tzinfo=None), "late": now, "early": now - timedelta(days=1)}
    given = {
        k: values.get(v, v) if isinstance(v, str) and k in ("since", "until") else v
        for k, v in filters.items()
    }
    with pytest.raises(InputError) as refused:
        list_events(store, staff["supervisor"], **given)
    assert refused.value.code == code


def test_verify_checks_every_link_and_is_recorded(store, staff, clock):
    record_morning(store, clock)
    result = verify(store, staff["auditor"])
    assert (result.ok, result.count, result.first_broken_seq) == (True, 4, None)
    with store.reading() as session:
        last = session.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc())).first()
    assert (last.action, last.result) == ("audit.verified", "ok")


def test_verify_names_the_first_changed_event(store, staff, clock):
    record_morning(store, clock)
    connection = sqlite3.connect(store.path, isolation_level=None)
    connection.execute("DROP TRIGGER audit_events_no_update")
    connection.execute("UPDATE audit_events SET action = 'case.opened' WHERE seq = 3")
    connection.close()
    result = verify(store, staff["supervisor"])
    assert (result.ok, result.first_broken_seq, result.terminal) == (False, 3, store.identity.terminal)


def test_a_teller_may_not_verify_the_chain(store, staff):
    with pytest.raises(RuleError) as refused:
        verify(store, staff["teller"])
    assert refused.value.code == "permission.denied"
