"""Training cases (模拟操作: watermarked, not synced) stay on the terminal: a whole training onboarding
leaves no outbox entry but its audit events, nothing of the case reaches the central database, and the
terminal's audit chain stays gapless and verifiable there. A real case opened next still syncs."""

from __future__ import annotations

import sqlalchemy as sa
from onboarding_flow import customer, onboard

from teller_app.storage.schema_system import AuditEvent, OutboxEntry
from teller_app.sync.anchors import verify_central
from teller_app.sync.central import connect_central

BRANCH = "310115"
ROWS_OF_A_CASE = (
    "case_steps",
    "documents",
    "document_scans",
    "beneficial_owners",
    "risk_assessments",
    "approval_requests",
    "approvals",
    "accounts",
)


def _outbox_entities(store) -> list[str]:
    with store.reading() as session:
        return list(session.scalars(sa.select(OutboxEntry.entity)))


def _central_ids(central: sa.Engine, table: str, column: str = "id") -> set[str]:
    with central.connect() as conn:
        return set(conn.exec_driver_sql(f'SELECT "{column}" FROM "{table}"').scalars())


def test_a_training_onboarding_queues_only_its_audit_events(pg_url, open_terminals):
    teller = open_terminals(pg_url, BRANCH, "T01")
    assert teller.sync.run_once().online  # the number block arrives; the queue is empty
    assert _outbox_entities(teller.store) == []

    case_id, number = onboard(teller.store, customer(1), training=True)

    assert number.startswith("TRAINING-")
    # The supervisor's sign-in for the approval is real (it updates the user's sign-in record and is an
    # event of its own), not training work.
    queued = [e for e in _outbox_entities(teller.store) if e != "users"]
    assert queued and set(queued) == {"audit_events"}
    with teller.store.reading() as session:
        events = session.scalars(sa.select(AuditEvent).where(AuditEvent.case_id == case_id)).all()
        sign_ins = session.scalars(sa.select(AuditEvent).where(AuditEvent.action.like("sign_in%"))).all()
        assert len(events) + len(sign_ins) == len(queued)
        assert all(teller.store.sealer.open_json(e, "details")["training"] is True for e in events)


def test_nothing_of_a_training_case_reaches_central_but_a_real_case_does(pg_url, open_terminals):
    teller = open_terminals(pg_url, BRANCH, "T01")
    assert teller.sync.run_once().online
    training_case, _ = onboard(teller.store, customer(1), training=True)
    real_case, real_number = onboard(teller.store, customer(2))

    report = teller.sync.run_once()

    assert report.online and report.waiting == 0 and report.rejected == 0 and report.conflicts == 0
    central = connect_central(pg_url)
    try:
        assert _central_ids(central, "cases") == {real_case}
        with central.connect() as conn:
            accounts = dict(conn.exec_driver_sql("SELECT case_id, account_number FROM accounts").all())
            for table in ROWS_OF_A_CASE:
                found = conn.exec_driver_sql(
                    f'SELECT count(*) FROM "{table}" WHERE case_id = %(c)s', {"c": training_case}
                ).scalar()
                assert found == 0, table
            customers = conn.exec_driver_sql("SELECT count(*) FROM customers").scalar()
            training_events = conn.exec_driver_sql(
                "SELECT count(*) FROM audit_events WHERE case_id = %(c)s", {"c": training_case}
            ).scalar()
        assert accounts == {real_case: real_number}
        assert customers == 1
        assert training_events > 0  # the chain is whole centrally: training work is audited too
        [chain] = verify_central(central)
        assert chain.ok and chain.anchored_seq == chain.count
    finally:
        central.dispose()
