"""Workspaces: the demo workspace a newcomer gets at first start, and what `teller-admin demo` needs to run.

create_demo_workspace(paths, environ) -> DemoWorkspace   keys (OS key store, or the passphrase file key
    store), a local store, sample users with known passwords, the embedded central database registered
    and the first account number block pulled from it
ensure_demo_users(store) -> tuple[DemoUser, ...]         the sample users, created when missing
ensure_account_numbers(store, config) -> bool            a number block, fetched by one sync when none is held
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from sqlalchemy import func, select

from teller_app.config import Config, write_config_file
from teller_app.domain.errors import TellerError
from teller_app.domain.roles import Role
from teller_app.log import get_logger
from teller_app.paths import AppPaths
from teller_app.services.actors import Actor
from teller_app.services.business_day import business_date
from teller_app.storage.kek_stores import KekStore, choose_kek_store
from teller_app.storage.keystore import adopt_uniqueness_key, create_keys, keys_exist, keys_folder
from teller_app.storage.schema import NumberBlock, User
from teller_app.storage.store import Store, TerminalIdentity, open_store

DEMO_BRANCH = "DEMO01"
DEMO_TERMINAL = "T01"
DEMO_BRANCH_NAME = "示范银行上海浦东分行营业部（演示）"
DEMO_USERS: tuple[tuple[str, Role, str, str], ...] = (
    ("teller1", Role.TELLER, "Teller-Demo-2026", "王芳"),
    ("super1", Role.SUPERVISOR, "Super-Demo-2026", "李强"),
    ("risk1", Role.RISK_OFFICER, "Risk-Demo-2026", "张敏"),
    ("auditor1", Role.AUDITOR, "Audit-Demo-2026", "陈静"),
    ("review1", Role.REVIEWER, "Review-Demo-2026", "赵磊"),
    ("admin1", Role.ADMINISTRATOR, "Admin-Demo-2026", "周伟"),
)
"""User name, role, password, display name. The passwords are public on purpose: this is a demo."""

log = get_logger("services.workspace")


@dataclass(frozen=True)
class DemoUser:
    username: str
    role: Role
    password: str  # empty when the user existed already (its password is not known)
    user_id: str = ""
    display_name: str = ""

    def actor(self) -> Actor:
        return Actor(user_id=self.user_id, role=self.role, name=self.username)


@dataclass(frozen=True)
class DemoWorkspace:
    branch: str
    terminal: str
    users: tuple[DemoUser, ...]
    central_url: str
    key_store: str
    recovery_key: str = field(repr=False)  # shown once to the person, never in a log or a repr
    numbers_ready: bool


def is_initialised(config: Config) -> bool:
    """True when `teller-admin init` (or a demo workspace) set this terminal up."""
    return bool(config.branch and config.terminal and keys_exist(config.paths.data))


def is_demo_workspace(config: Config) -> bool:
    """The demo workspace of `create_demo_workspace` (sample data only, embedded central), keys intact."""
    return config.branch == DEMO_BRANCH and not config.central_url and is_initialised(config)


def is_provisioned(config: Config) -> bool:
    """True when anything of a set-up terminal is here (configuration, keys or store), even a damaged one:
    such a terminal is never overwritten by a demo workspace."""
    paths = config.paths
    return bool(
        config.branch
        or config.terminal
        or paths.config_file.exists()
        or keys_exist(paths.data)
        or paths.local_store.exists()
    )


# The demo branch's side of the agreement (乙方): a made-up bank, marked as a demonstration.
DEMO_BANK_SIDE = {
    "bank_name": "示范银行股份有限公司",
    "branch_name": "上海浦东支行（演示）",
    "address": "上海市浦东新区世纪大道 100 号",
    "phone": "021-5888 0000",
}


def create_demo_workspace(
    paths: AppPaths,
    environ: Mapping[str, str] | None = None,
    policy: Any = None,
    *,
    sample_cases: bool = False,
) -> DemoWorkspace:
    """Keys, store, sample users and the embedded central database, in `paths` (TELLER_HOME).

    With `sample_cases` the home page has something to show: one account opened end to end by the
    scripted demo (PDFs in DATA/demo) and one case of teller1's waiting at the documents step.
    """
    paths.ensure()
    config = Config.load(paths, environ)
    statement = ""

    def kek_store(store_id: str) -> KekStore:
        nonlocal statement
        store, statement = choose_kek_store(str(config.keystore), keys_folder(paths.data), store_id, environ)
        return store

    keys, recovery_key = create_keys(paths.data, kek_store)
    # The demo is a bank of one branch: its own bank-wide uniqueness key (a real bank's comes from
    # `teller-admin uniqueness-key new`, the same at every branch).
    keys = adopt_uniqueness_key(paths.data, os.urandom(32), environ)
    write_config_file(
        paths.config_file,
        {"branch": DEMO_BRANCH, "terminal": DEMO_TERMINAL, "central_url": ""},
    )
    config = Config.load(paths, environ)
    store = open_store(paths, keys, TerminalIdentity(DEMO_BRANCH, DEMO_TERMINAL))
    try:
        with store.unit_of_work() as uow:
            uow.append_audit(
                "terminal.init", details={"branch": DEMO_BRANCH, "terminal": DEMO_TERMINAL, "demo": True}
            )
        users = ensure_demo_users(store, policy)
        publish_demo_bank_side(config)  # as IT would at the centre; the sync below brings it here
        ready = ensure_account_numbers(store, config)
        if sample_cases and ready:
            add_sample_cases(store, config, users)
    finally:
        store.close()
    return DemoWorkspace(
        branch=DEMO_BRANCH,
        terminal=DEMO_TERMINAL,
        users=users,
        central_url=f"sqlite:///{paths.embedded_central}",
        key_store=statement,
        recovery_key=recovery_key,
        numbers_ready=ready,
    )


def ensure_demo_users(store: Store, policy: Any = None) -> tuple[DemoUser, ...]:
    """The sample users (certified for a year, no forced password change); existing ones are kept."""
    from teller_app.services.user_records import find_user
    from teller_app.services.users import AuthPolicy, UserAdministration

    admin = UserAdministration(store, policy or AuthPolicy())
    until = business_date(store.clock()) + timedelta(days=365)
    made = []
    for username, role, password, display_name in DEMO_USERS:
        with store.reading() as session:
            known = find_user(session, username)
        if known is not None:
            made.append(DemoUser(username, Role(known.role), "", known.id, display_name))
            continue
        info = admin.add(username, role, password, certified_until=until, display_name=display_name)
        with store.unit_of_work() as uow:
            row = find_user(uow.session, username)
            assert row is not None
            row.must_change_password = False  # the demo passwords are shown on purpose
        made.append(DemoUser(username, role, password, info.id, display_name))
    return tuple(made)


def add_sample_cases(store: Store, config: Config, users: tuple[DemoUser, ...]) -> list[str]:
    """A finished account and a case in progress, made through the real services by the sample users."""
    from teller_app.services import cases, documents_review
    from teller_app.services.demo import run_demo, sample_resident_id, terminal_entries

    by_name = {u.username: u for u in users}
    teller, supervisor = by_name["teller1"].actor(), by_name["super1"].actor()
    done = run_demo(
        store,
        config,
        config.paths.data / "demo",
        maker=teller,
        checker=supervisor,
        checker_password=by_name["super1"].password,
    )
    open_case = cases.open_case(store, teller, "individual", "personal_ii", customer_name="赵小红")
    cases.save_step(
        store, teller, open_case.id, "intake", {"customer_name": "赵小红"}, complete=True, advance=True
    )
    identity = {
        "id_number": sample_resident_id("11010519920512004"),
        "id_expiry": "2034-05-12",
        "phone": "13612345678",
        "verifications": terminal_entries("customer"),
    }
    cases.save_step(store, teller, open_case.id, "identity", identity, complete=True, advance=True)
    documents_review.record_document(
        store, teller, open_case.id, "individual_id", "verified", original_seen=True
    )
    return [done.case_id, open_case.id]


def certified_user(store: Store, username: str, role: Role) -> DemoUser:
    """A certified user of `role` named `username`, created with a random password when missing."""
    from teller_app.services.user_records import find_user
    from teller_app.services.users import AuthPolicy, UserAdministration

    with store.reading() as session:
        known = find_user(session, username)
    if known is not None:
        return DemoUser(username, Role(known.role), "", known.id)
    password = secrets.token_urlsafe(12) + "7a"
    UserAdministration(store, AuthPolicy()).add(
        username, role, password, certified_until=business_date(store.clock()) + timedelta(days=365)
    )
    with store.reading() as session:
        row = find_user(session, username)
        assert row is not None
        return DemoUser(username, role, password, row.id)


def numbers_held(store: Store) -> int:
    identity = store.identity
    with store.reading() as session:
        left = session.scalar(
            select(func.coalesce(func.sum(NumberBlock.last_serial - NumberBlock.next_serial + 1), 0)).where(
                NumberBlock.branch == identity.branch,
                NumberBlock.terminal == identity.terminal,
                NumberBlock.next_serial <= NumberBlock.last_serial,
            )
        )
    return int(left or 0)


def sync_once(store: Store, config: Config) -> dict[str, Any] | None:
    """Register with the central database (idempotent) and run one sync round; None when sync is absent."""
    try:
        from teller_app.sync.central import central_url
        from teller_app.sync.engine import SyncEngine
        from teller_app.sync.registration import register_terminal
    except ImportError:  # pragma: no cover - sync ships with the app
        return None
    url = central_url(str(config.central_url), config.paths)
    try:
        register_terminal(url, store.identity.branch, store.identity.terminal)
        engine = SyncEngine(store, url, batch_size=int(config.sync_batch_size))
        try:
            return engine.run_once().as_dict()
        finally:
            engine.close()
    except TellerError as error:
        log.info("demo sync failed", extra={"code": error.code})
        return {"online": False, "error": error.render()}


def publish_demo_bank_side(config: Config) -> None:
    """The demo bank's 乙方 in the embedded central database (the demo plays IT too)."""
    from teller_app.services.branch_settings import publish_branch_settings
    from teller_app.sync.central import central_url, connect_central
    from teller_app.sync.registration import register_terminal

    url = central_url(str(config.central_url), config.paths)
    register_terminal(url, DEMO_BRANCH, DEMO_TERMINAL)  # makes the embedded central database if new
    engine = connect_central(url)
    try:
        publish_branch_settings(engine, DEMO_BRANCH, DEMO_BANK_SIDE, by="demo")
    finally:
        engine.dispose()


def ensure_account_numbers(store: Store, config: Config) -> bool:
    """True when this terminal holds account numbers, after one sync with the central database if needed."""
    if numbers_held(store) > 0:
        return True
    sync_once(store, config)
    return numbers_held(store) > 0


def user_name(store: Store, user_id: str) -> str:
    with store.reading() as session:
        row = session.get(User, user_id)
        return row.username if row is not None else user_id
