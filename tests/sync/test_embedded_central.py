"""The embedded central database (a SQLite file, the default for one machine or a demo) behaves the same."""

from __future__ import annotations

from sync_helpers import count, edit_case, open_case

from teller_app.config import Config
from teller_app.paths import app_paths
from teller_app.storage.keystore import fresh_data_keys
from teller_app.sync.anchors import verify_central
from teller_app.sync.central import central_url
from teller_app.sync.conflicts import list_conflicts, resolve_conflict
from teller_app.sync.local_queue import due_batch
from teller_app.sync.push import send_batch


def test_an_empty_central_url_means_the_embedded_sqlite_file(teller_home):
    paths = app_paths()
    url = central_url(Config.defaults(paths).central_url, paths)
    assert url == f"sqlite:///{paths.embedded_central}"


def test_push_pull_replay_and_conflicts_on_the_embedded_central(tmp_path, open_terminals):
    url = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    keys = fresh_data_keys("branch")
    first = open_terminals(url, "B0101", "T01", keys=keys)
    second = open_terminals(url, "B0101", "T02", keys=keys)
    case_id = open_case(first)
    batch = [q.op for q in due_batch(first.store, 100, first.clock())]
    answers = send_batch(first.sync.central, first.sync.identity, batch, first.clock())
    replay = send_batch(first.sync.central, first.sync.identity, batch, first.clock())
    assert [a.version for a in answers] == [a.version for a in replay] and all(a.replayed for a in replay)
    assert count(first.sync.central, "change_log") == 4  # two number blocks, the customer, the case

    assert first.sync.run_once().waiting == 0
    assert second.sync.run_once().pulled >= 2
    edit_case(first, case_id, status="in_progress")
    edit_case(second, case_id, status="returned")
    first.sync.run_once()
    assert second.sync.run_once().new_conflicts == 1
    [conflict] = list_conflicts(first.sync.central)
    resolve_conflict(first.sync.central, conflict.id, "local", by_user="supervisor-1")
    first.sync.run_once()
    second.sync.run_once()
    with first.store.engine.connect() as conn:
        assert conn.exec_driver_sql(f"SELECT status FROM cases WHERE id = '{case_id}'").scalar() == "returned"
    assert all(chain.ok for chain in verify_central(first.sync.central))
