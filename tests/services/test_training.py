"""Training: scenarios worked in the sandbox are scored with each miss explained; passing the assessment
records the certification; nothing of the training work reaches the real store or the central database."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import date

import pytest

from teller_app.domain.roles import Role
from teller_app.services import cases, documents_review, step_services, training
from teller_app.services.actors import Actor
from teller_app.services.demo import owner_record, terminal_entries
from teller_app.services.sandbox import open_sandbox
from teller_app.services.users import AuthPolicy, UserAdministration

INTAKE = {"channel": "counter", "present": "legal_representative"}


@pytest.fixture
def trainee(store) -> Actor:
    """A real, uncertified teller of the real store (she may work only in training mode)."""
    info = UserAdministration(store, AuthPolicy()).add("wangfang", Role.TELLER, "Trainee-Pass-2026")
    return Actor(info.id, Role.TELLER, name="wangfang")


@pytest.fixture
def sandbox(paths, store):
    box = open_sandbox(paths, store.identity.branch, store.identity.terminal)
    yield box
    box.close()


def _identity(code: str, name: str, id_number: str) -> dict:
    return {
        "credit_code": code,
        "legal_representative": {
            "name": name,
            "id_number": id_number,
            "id_expiry": "2036-03-15",
            "phone": "13800138000",
        },
        "address": "上海市浦东新区张江路 88 号",
        "phone": "021-6888 0001",
        "verifications": terminal_entries("legal_representative"),
    }


def _start(sandbox, trainee, code: str, credit_code: str, representative: str, id_number: str) -> str:
    case = training.start_scenario(sandbox, trainee, code)
    worker = training.in_training(trainee)
    intake = {**INTAKE, "customer_name": training.scenario(code).customer_name}
    cases.save_step(sandbox, worker, case.id, "intake", intake, complete=True, advance=True)
    identity = _identity(credit_code, representative, id_number)
    cases.save_step(sandbox, worker, case.id, "identity", identity, complete=True, advance=True)
    return case.id


def _decide(sandbox, trainee, case_id: str, code: str, decision: str, reason: str | None = None) -> None:
    documents_review.record_document(
        sandbox, training.in_training(trainee), case_id, code, decision, reason=reason, original_seen=True
    )


def _verify_rest(sandbox, trainee, case_id: str, *, but: tuple[str, ...] = ()) -> None:
    worker = training.in_training(trainee)
    for item in documents_review.checklist(sandbox, worker, case_id):
        if item.mandatory and item.code not in but:
            _decide(sandbox, trainee, case_id, item.code, "verified")


def _expired_id_case(sandbox, trainee, *, right: bool) -> str:
    case_id = _start(sandbox, trainee, "expired-id", "91310104MA1FL3XK53", "刘建华", "310101197504120038")
    if right:
        _decide(sandbox, trainee, case_id, "legal_representative_id", "needs_revision", "expired")
        _verify_rest(sandbox, trainee, case_id, but=("legal_representative_id",))
    else:  # the scripted wrong answer: the expired card is accepted
        _verify_rest(sandbox, trainee, case_id)
    return case_id


def test_scenario_scoring_explains_each_miss_of_a_scripted_wrong_answer(store, sandbox, trainee):
    case_id = _expired_id_case(sandbox, trainee, right=False)
    report = training.score_case(store, sandbox, trainee, case_id)
    assert (report.percent, report.passed) == (40, False)
    assert [o.expectation.code for o in report.misses] == ["id_expired_returned"]
    miss = report.misses[0]
    assert miss.found == "verified" and "2025-06-30" in miss.expectation.explain.zh
    assert "expired on 2025-06-30" in miss.expectation.explain.en


def test_the_right_decisions_pass_the_scenario(store, sandbox, trainee):
    report = training.score_case(store, sandbox, trainee, _expired_id_case(sandbox, trainee, right=True))
    assert (report.percent, report.passed, report.misses) == (100, True, ())


def _wrong_check_digit(sandbox, trainee) -> str:
    case_id = _start(
        sandbox, trainee, "wrong-check-digit", "91310106MA1G8P2T7A", "孙立", "440305197906070067"
    )
    _decide(sandbox, trainee, case_id, "application_form", "needs_revision", "other")
    _verify_rest(sandbox, trainee, case_id, but=("application_form",))
    return case_id


def _owners_case(sandbox, trainee, code: str, credit: str, holders: list, risk: dict | None) -> str:
    case_id = _start(sandbox, trainee, code, credit, "周海", "310115198209170043")
    _verify_rest(sandbox, trainee, case_id)
    worker = training.in_training(trainee)
    cases.save_step(sandbox, worker, case_id, "documents", {}, complete=True, advance=True)
    step_services.record_owners(sandbox, worker, case_id, {"shareholders": holders}, advance=True)
    if risk is not None:
        step_services.rate_risk(sandbox, worker, case_id, risk, advance=True)
    return case_id


HIDDEN = [
    owner_record("p1", "周海", "310115198209170043", equity="0.5"),
    {
        "id": "c1",
        "name": "上海远帆投资有限公司",
        "kind": "entity",
        "equity": "0.5",
        "holders": [
            owner_record("p2", "吴雪", "110105198802200055", equity="0.5"),
            *[
                {"id": f"e{i}", "name": f"员工{i}", "kind": "natural_person", "equity": "0.05"}
                for i in range(10)
            ],
        ],
    },
]
FOREIGN = [
    owner_record("p1", "郑国强", "310101197803120011", equity="0.6"),
    owner_record(
        "p2",
        "Reza Karimi",
        "K1234567",
        equity="0.4",
        id_type="passport",
        nationality="IR",
        birth_date="1979-06-02",
        address="Tehran, Valiasr St. 12",
        contact="+982188001234",
    ),
]
FOREIGN_RISK = {
    "industry": "F5181",
    "region": "310000",
    "country": "CN",
    "nationalities": ["CN", "IR"],
    "years_in_business": 5,
    "sanctions_hit": False,
    "politically_exposed": False,
    "due_diligence_refused": False,
    "edd_note": "伊朗籍股东：FATF 呼吁采取行动的国家，已开展强化尽职调查",  # rated 高 directly
}


def test_a_hidden_25_percent_owner_missed_is_explained(store, sandbox, trainee):
    direct_only = [HIDDEN[0], {**HIDDEN[1], "holders": []}]
    case_id = _owners_case(sandbox, trainee, "hidden-owner", "91310101MA1H5R9W39", direct_only, None)
    report = training.score_case(store, sandbox, trainee, case_id)
    assert [o.expectation.code for o in report.misses] == ["indirect_owner"]
    assert "25%" in report.misses[0].expectation.explain.zh


def test_passing_the_assessment_records_the_certification_with_its_expiry(store, sandbox, trainee):
    assert training.take_assessment(store, trainee, "corporate-basic").passed is False  # nothing worked yet
    worked = [
        _expired_id_case(sandbox, trainee, right=True),
        _wrong_check_digit(sandbox, trainee),
        _owners_case(sandbox, trainee, "hidden-owner", "91310101MA1H5R9W39", HIDDEN, None),
        _owners_case(sandbox, trainee, "high-risk-country", "91310115MA1K4Y7Q2H", FOREIGN, FOREIGN_RISK),
    ]
    reports = [training.score_case(store, sandbox, trainee, case_id) for case_id in worked]
    assert [(r.scenario, r.percent) for r in reports] == [
        ("expired-id", 100),
        ("wrong-check-digit", 100),
        ("hidden-owner", 100),
        ("high-risk-country", 100),
    ]
    result = training.take_assessment(store, trainee, "corporate-basic")
    assert result.passed and result.percent == 100
    with store.reading() as session:
        from teller_app.storage.schema import User

        assert session.get(User, trainee.user_id).certified_until == date(2027, 3, 2)  # 12 months on
    supervisor = Actor("u-super", Role.SUPERVISOR, name="liu")
    [seen] = training.training_results(store, supervisor)
    assert seen.username == "wangfang" and seen.attempts == 4 and seen.certified_until == date(2027, 3, 2)
    with pytest.raises(Exception, match="may not"):
        training.training_results(store, trainee)


def test_failing_the_assessment_records_no_certification(store, sandbox, trainee):
    for right in (False,):
        training.score_case(store, sandbox, trainee, _expired_id_case(sandbox, trainee, right=right))
    result = training.take_assessment(store, trainee, "corporate-basic")
    assert result.passed is False
    with store.reading() as session:
        from teller_app.storage.schema import User

        assert session.get(User, trainee.user_id).certified_until is None


def _tables(path) -> dict[str, str]:
    with sqlite3.connect(path) as conn:
        names = [n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {
            n: hashlib.sha256(
                repr(sorted(map(repr, conn.execute(f'SELECT * FROM "{n}"')))).encode()
            ).hexdigest()
            for n in names
        }


def test_training_work_never_writes_to_the_real_store(paths, store, sandbox, trainee):
    before = _tables(paths.local_store)
    with sqlite3.connect(paths.local_store) as conn:
        events_before = conn.execute("SELECT count(*) FROM audit_events").fetchone()[0]
    case_id = _expired_id_case(sandbox, trainee, right=True)
    after = _tables(paths.local_store)
    assert after == before  # working the case touched no real table at all, not even the chain
    training.score_case(store, sandbox, trainee, case_id)
    changed = {name for name in before if _tables(paths.local_store)[name] != before[name]}
    assert changed <= {"audit_events", "outbox", "sync_state", "store_meta"}
    with sqlite3.connect(paths.local_store) as conn:
        added = conn.execute("SELECT action FROM audit_events WHERE seq > ?", (events_before,)).fetchall()
        assert added == [("training.scored",)]
        for table in ("cases", "customers", "case_steps", "documents"):
            assert conn.execute(f"SELECT count(*) FROM {table} WHERE id = ?", (case_id,)).fetchone()[0] == 0
