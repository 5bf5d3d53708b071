"""A training session in the sandbox never reaches the central database: after the terminal syncs, the central
tables hold no row of the sandbox's cases, customers or steps, and no sandbox number block."""

from __future__ import annotations

import sqlalchemy as sa

from teller_app.domain.roles import Role
from teller_app.paths import AppPaths
from teller_app.services import cases, training
from teller_app.services.actors import Actor
from teller_app.services.sandbox import open_sandbox
from teller_app.services.users import AuthPolicy, UserAdministration
from teller_app.sync.shared_tables import SYNCED_TABLES


def test_training_work_never_reaches_the_central_database(pg_url, open_terminals):
    terminal = open_terminals(pg_url, "B0101", "T01")
    data = terminal.store.path.parent
    paths = AppPaths(data=data, config=data.parent, logs=data.parent / "logs")
    info = UserAdministration(terminal.store, AuthPolicy()).add("wangfang", Role.TELLER, "Trainee-Pass-2026")
    trainee = Actor(info.id, Role.TELLER, name="wangfang")
    sandbox = open_sandbox(paths, "B0101", "T01")
    try:
        case = training.start_scenario(sandbox, trainee, "expired-id")
        intake = {
            "customer_name": "上海青禾贸易有限公司",
            "channel": "counter",
            "present": "legal_representative",
        }
        cases.save_step(sandbox, training.in_training(trainee), case.id, "intake", intake, complete=True)
        training.score_case(terminal.store, sandbox, trainee, case.id)
        with sandbox.reading() as session:
            sandbox_ids = {
                row_id for table in SYNCED_TABLES for (row_id,) in session.execute(sa.select(table.c.id))
            }
    finally:
        sandbox.close()
    assert case.id in sandbox_ids
    assert terminal.sync.run_once().online
    with terminal.sync.central.connect() as conn:
        central_ids = {row_id for table in SYNCED_TABLES for (row_id,) in conn.execute(sa.select(table.c.id))}
        terminals = {t for (t,) in conn.execute(sa.text("SELECT DISTINCT terminal FROM audit_events"))}
        actions = [
            a
            for (a,) in conn.execute(
                sa.text("SELECT action FROM audit_events WHERE action LIKE 'training.%'")
            )
        ]
    assert central_ids & sandbox_ids == set()
    assert terminals == {"T01"}  # no event of the sandbox's terminal (TRN-T01)
    assert actions == ["training.scored"]  # the result is a real record; the work is not
