"""The demo workspace a newcomer gets on first start: keys, a local store, sample users with known passwords.

It composes the core's own pieces (keys, store, user administration, configuration) the way
`teller-admin init` does; the users get certifications so they work on real (demo) cases at once, and
their passwords are shown on the sign-in screen. Replace with the core's demo service once it exists.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta
from typing import TYPE_CHECKING

from teller_app.config import Config, write_config_file
from teller_app.domain.roles import Role
from teller_app.paths import AppPaths
from ui.backend import DemoUser, DemoWorkspace

if TYPE_CHECKING:
    from teller_app.services.users import AuthPolicy

DEMO_BRANCH = "DEMO01"
DEMO_TERMINAL = "T01"

# user name, role, password, display name (the passwords are public: this is a demo)
DEMO_USERS: tuple[tuple[str, Role, str, str], ...] = (
    ("teller1", Role.TELLER, "Teller-Demo-2026", "王芳"),
    ("super1", Role.SUPERVISOR, "Super-Demo-2026", "李强"),
    ("risk1", Role.RISK_OFFICER, "Risk-Demo-2026", "张敏"),
    ("auditor1", Role.AUDITOR, "Audit-Demo-2026", "陈静"),
    ("admin1", Role.ADMINISTRATOR, "Admin-Demo-2026", "周伟"),
)


def create_demo_workspace(
    paths: AppPaths, environ: Mapping[str, str] | None = None, policy: AuthPolicy | None = None
) -> DemoWorkspace:
    from teller_app.services.users import AuthPolicy, UserAdministration
    from teller_app.storage.kek_stores import KekStore, choose_kek_store
    from teller_app.storage.keystore import create_keys, keys_folder
    from teller_app.storage.store import TerminalIdentity, open_store

    paths.ensure()
    config = Config.load(paths, environ)

    def kek_store(store_id: str) -> KekStore:
        store, _ = choose_kek_store(str(config.keystore), keys_folder(paths.data), store_id, environ)
        return store

    keys, _recovery_key = create_keys(paths.data, kek_store)
    store = open_store(paths, keys, TerminalIdentity(DEMO_BRANCH, DEMO_TERMINAL))
    try:
        with store.unit_of_work() as uow:
            uow.append_audit("terminal.init", details={"branch": DEMO_BRANCH, "terminal": DEMO_TERMINAL})
        users = UserAdministration(store, policy or AuthPolicy.from_config(config))
        until = store.clock().date() + timedelta(days=365)
        for user_name, role, password, display_name in DEMO_USERS:
            users.add(user_name, role, password, certified_until=until, display_name=display_name)
            _no_forced_change(store, user_name)
    finally:
        store.close()
    write_config_file(
        paths.config_file, {"branch": DEMO_BRANCH, "terminal": DEMO_TERMINAL, "central_url": ""}
    )
    return DemoWorkspace(users=tuple(DemoUser(n, r, p) for n, r, p, _ in DEMO_USERS))


def _no_forced_change(store: object, user_name: str) -> None:
    """Demo passwords are shown on screen on purpose; asking to change them would only confuse."""
    from teller_app.services.users import require_user

    with store.unit_of_work() as uow:  # type: ignore[attr-defined]
        require_user(uow.session, user_name).must_change_password = False
