"""The training sandbox (模拟操作): a store of its own, beside the terminal's, that nothing real ever sees.

sandbox_paths(paths) -> AppPaths        DATA/training: its own store, keys, embedded central and PDFs
open_sandbox(paths, branch, terminal)   the sandbox store (made on first use), for training and `demo`
sandbox_config(paths, environ)          settings for the sandbox: its central is its own embedded file

The sandbox holds only scripted customers and what trainees type; it has its own data keys behind a file key
store whose passphrase is a random secret kept in the sandbox folder (0600) — so it never asks for, uses or
rotates the terminal's keys, never writes the terminal's configuration, chain or number blocks, and its sync
(when anything syncs there) reaches only DATA/training/central.sqlite3, never the bank's central database.
"""

from __future__ import annotations

import secrets
from pathlib import Path

from teller_app.config import Config
from teller_app.files import write_atomically
from teller_app.paths import AppPaths
from teller_app.storage.kek_stores import PASSPHRASE_VARIABLE, file_kek_store
from teller_app.storage.keystore import create_keys, keys_exist, keys_folder, load_keys
from teller_app.storage.store import Store, TerminalIdentity, open_store

SANDBOX_FOLDER = "training"
SECRET_FILE = "sandbox.secret"
TERMINAL_PREFIX = "TRN-"  # the sandbox's terminal code: its rows can never pass for the real terminal's


def sandbox_paths(paths: AppPaths) -> AppPaths:
    root = paths.data / SANDBOX_FOLDER
    return AppPaths(data=root, config=root, logs=paths.logs)


def sandbox_identity(branch: str, terminal: str) -> TerminalIdentity:
    return TerminalIdentity(branch or "TRAIN", (TERMINAL_PREFIX + (terminal or "T01"))[:32])


def _environ(root: Path) -> dict[str, str]:
    secret_path = root / SECRET_FILE
    if not secret_path.exists():
        write_atomically(secret_path, secrets.token_urlsafe(32).encode(), mode=0o600)
    return {PASSPHRASE_VARIABLE: secret_path.read_text(encoding="utf-8").strip()}


def sandbox_config(paths: AppPaths) -> Config:
    """The sandbox's settings: no central URL (its own embedded file), training mode on."""
    box = sandbox_paths(paths).ensure()
    values = Config.defaults(box).as_dict()
    values.update(central_url="", training_mode=True, keystore="file")
    return Config(values, box)


def open_sandbox(paths: AppPaths, branch: str, terminal: str) -> Store:
    """The sandbox store of this terminal (created with its own keys on first use)."""
    box = sandbox_paths(paths).ensure()
    env = _environ(box.data)
    if not keys_exist(box.data):
        create_keys(box.data, lambda _store_id: file_kek_store(keys_folder(box.data), env))
    keys = load_keys(box.data, env)
    store = open_store(box, keys, sandbox_identity(branch, terminal))
    _give_demo_bank_side(store)
    return store


def _give_demo_bank_side(store: Store) -> None:
    """The sandbox prints the demo bank as 乙方 (never the real branch's: its papers are practice, marked 培训
    or 演示); kept as if pulled, since the sandbox has no central database of the bank."""
    import sqlalchemy as sa

    from teller_app.services.branch_settings import settings_id
    from teller_app.services.workspace import DEMO_BANK_SIDE
    from teller_app.storage.schema import BranchSetting

    branch = store.identity.branch
    with store.unit_of_work() as uow:
        if uow.session.scalars(sa.select(BranchSetting.id).where(BranchSetting.branch == branch)).first():
            return
        uow.store_pulled(
            BranchSetting(
                id=settings_id(branch), branch=branch, version=1, set_by="sandbox", **DEMO_BANK_SIDE
            )
        )
