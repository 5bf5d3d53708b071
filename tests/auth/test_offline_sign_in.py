"""Sign-in at a terminal that only has the user records it pulled: the central database is gone."""

from __future__ import annotations

from datetime import date

import pytest

from teller_app.domain.errors import RuleError
from teller_app.domain.passwords import TEST_KDF
from teller_app.domain.permissions import WorkMode
from teller_app.paths import AppPaths
from teller_app.services.sign_in import SignInService
from teller_app.services.users import AuthPolicy, UserAdministration
from teller_app.storage.keystore import fresh_data_keys
from teller_app.storage.store import TerminalIdentity, open_store
from teller_app.sync.engine import SyncEngine
from teller_app.sync.registration import register_terminal

PASSWORD = "Counter-Pass-2026"


@pytest.fixture
def branch(tmp_path, clock):
    """Two terminals of one branch (sharing the branch's data keys) and an embedded central database."""
    central_file = tmp_path / "central.sqlite3"
    url = f"sqlite:///{central_file}"
    keys = fresh_data_keys("branch-B0101")
    opened = {}
    for code in ("T01", "T02"):
        folder = tmp_path / code
        paths = AppPaths(data=folder / "data", config=folder, logs=folder / "logs").ensure()
        register_terminal(url, "B0101", code, now=clock())
        store = open_store(paths, keys, TerminalIdentity("B0101", code), clock=clock)
        opened[code] = (store, SyncEngine(store, url, clock=clock))
    yield opened, central_file
    for store, sync in opened.values():
        sync.close()
        store.close()


def test_user_added_at_one_terminal_signs_in_at_another_after_the_central_database_is_gone(branch, clock):
    terminals, central_file = branch
    first_store, first_sync = terminals["T01"]
    second_store, second_sync = terminals["T02"]
    policy = AuthPolicy(kdf=TEST_KDF)
    UserAdministration(first_store, policy).add(
        "wang.li", "teller", PASSWORD, certified_until=date(2026, 12, 31)
    )
    first_sync.run_once()
    assert second_sync.run_once().pulled >= 1

    # The line to the central database is cut: the central file is gone altogether.
    second_sync.close()
    central_file.rename(central_file.with_suffix(".away"))

    session = SignInService(second_store, policy, clock).sign_in("wang.li", PASSWORD)
    assert session.terminal == "T02" and session.work_mode is WorkMode.REAL
    with pytest.raises(RuleError) as caught:
        SignInService(second_store, policy, clock).sign_in("wang.li", "Wrong-Pass-0001")
    assert caught.value.code == "sign_in.bad_credentials"
