"""The demo workspace a newcomer gets: keys, store, sample users who can sign in and work, numbers, sample cases."""

from __future__ import annotations

from teller_app.config import Config
from teller_app.documents.required import DOCUMENTS
from teller_app.domain.roles import Role
from teller_app.paths import app_paths
from teller_app.services import case_lists
from teller_app.services.workspace import DEMO_USERS, create_demo_workspace, is_initialised, numbers_held
from teller_app.storage.store import open_configured_store


def test_demo_workspace_has_users_numbers_and_sample_cases(teller_home):
    paths = app_paths()
    assert not is_initialised(Config.load(paths))
    made = create_demo_workspace(paths, sample_cases=True)
    config = Config.load(paths)
    assert is_initialised(config) and made.numbers_ready
    assert [(u.username, u.role, u.password) for u in made.users] == [(n, r, p) for n, r, p, _ in DEMO_USERS]
    assert made.central_url.startswith("sqlite:///")
    store = open_configured_store(config)
    try:
        assert numbers_held(store) > 0
        teller = next(u for u in made.users if u.role is Role.TELLER).actor()
        mine = case_lists.list_my_cases(store, teller)
        assert [(c.customer_name, c.step) for c in mine] == [("赵小红", "documents")]
        assert sorted(p.name for p in (paths.data / "demo").glob("*.pdf")) == sorted(
            f"{d}.pdf" for d in DOCUMENTS
        )
    finally:
        store.close()
