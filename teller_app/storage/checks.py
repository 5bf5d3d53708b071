"""Installation and start-of-day checks of the storage side (doctor, 日初检查): each with a plain result."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError

import teller_app
from teller_app.config import Config
from teller_app.domain.errors import TellerError
from teller_app.storage import db
from teller_app.storage.audit_keys import HeadRecord, verify_store_chains
from teller_app.storage.kek_stores import os_key_store_usable
from teller_app.storage.keystore import describe_key_store, keys_exist, load_keys
from teller_app.storage.schema_system import AuditEvent

MIN_FREE_BYTES = 500 * 1024 * 1024
EARLIEST_SANE_TIME = datetime(2026, 1, 1, tzinfo=UTC)  # before this build existed: the clock is wrong
CLOCK_TOLERANCE = timedelta(minutes=5)


@dataclass
class Check:
    name: str
    ok: bool
    detail: str
    advice: str = ""
    warning: bool = False  # passed, but something the teller should know (no printer: PDF only)

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "ok": self.ok,
            "warning": self.warning,
            "detail": self.detail,
            "advice": self.advice,
        }


def run_checks(
    config: Config, environ: Mapping[str, str] | None = None, now: Callable[[], datetime] | None = None
) -> list[Check]:
    """Every storage check; a failure of one does not stop the others."""
    clock = now or (lambda: datetime.now(UTC))
    key_store = _key_store(config, environ)
    checks = [_configured(config), key_store]
    if key_store.ok:
        checks.append(_uniqueness_key(config, environ))
    store_path = config.paths.local_store
    integrity = _integrity(store_path)
    checks.append(integrity)
    engine = db.create_store_engine(store_path) if store_path.exists() and integrity.ok else None
    try:
        for name, check in (
            ("migrations", lambda: _migrations(engine)),
            ("audit_chain", lambda: _audit_chain(engine, config, environ)),
            ("clock", lambda: _clock(engine, clock())),
        ):
            checks.append(_guarded(name, check, store_path.exists() and not integrity.ok))
    finally:
        if engine is not None:
            engine.dispose()
    checks.append(_disk(config))
    checks.append(Check("version", True, f"Teller App {teller_app.__version__}"))
    return checks


def _guarded(name: str, check: Callable[[], Check], store_damaged: bool) -> Check:
    """Run one check; a damaged store or a failure while reading it is that check's FAIL, not a crash."""
    if store_damaged and name != "clock":
        return Check(name, False, "not checked: the local store is damaged", "restore the newest backup")
    try:
        return check()
    except (TellerError, SQLAlchemyError, sqlite3.Error) as error:
        detail = error.render() if isinstance(error, TellerError) else str(error).splitlines()[0]
        return Check(name, False, f"could not be checked: {detail}", "restore the newest backup")


def _configured(config: Config) -> Check:
    if config.branch and config.terminal:
        return Check("terminal", True, f"branch {config.branch}, terminal {config.terminal}")
    return Check(
        "terminal",
        False,
        "branch and terminal are not set",
        "run `teller-admin init --branch … --terminal …`",
    )


def _key_store(config: Config, environ: Mapping[str, str] | None) -> Check:
    data = config.paths.data
    if not keys_exist(data):
        return Check("key_store", False, "no keys on this terminal", "run `teller-admin init`")
    try:
        described = describe_key_store(data, environ)
        load_keys(data, environ)
    except TellerError as error:
        return Check(
            "key_store", False, error.render(), "check the passphrase or run `teller-admin keys recover`"
        )
    usable, backend = os_key_store_usable()
    detail = f"keys unlocked from the {described}"
    if "file key store" in described and not usable:
        detail += f"; no usable OS key store on this machine (keyring backend {backend})"
    return Check("key_store", True, detail)


def _uniqueness_key(config: Config, environ: Mapping[str, str] | None) -> Check:
    """The bank-wide uniqueness key (sync/bank_key.py): without it the one-basic-account and one-type-I
    checks can never be confirmed bank-wide, so the terminal works but is told so (a warning)."""
    if load_keys(config.paths.data, environ).uniqueness_key() is not None:
        return Check("uniqueness_key", True, "bank-wide uniqueness key held")
    return Check(
        "uniqueness_key",
        True,
        "no bank-wide uniqueness key: basic and type I accounts stay 'uniqueness to confirm'",
        "run `teller-admin uniqueness-key adopt FILE` with the bank's key file",
        warning=True,
    )


def _integrity(path: Any) -> Check:
    result = db.integrity_check(path)
    if result == ["ok"]:
        return Check("local_store", True, f"{path} opens; integrity_check ok")
    return Check(
        "local_store", False, f"{path}: {result[0]}", "restore the newest backup with `teller-admin restore`"
    )


def _migrations(engine: Any) -> Check:
    if engine is None:
        return Check("migrations", False, "no local store", "run `teller-admin init`")
    current, head = db.current_revision(engine), db.head_revision()
    if current == head:
        return Check("migrations", True, f"schema at {head} (newest)")
    return Check(
        "migrations",
        False,
        f"schema at {current}, newest is {head}",
        "start the app or run `teller-admin init` to upgrade",
    )


def _audit_chain(engine: Any, config: Config, environ: Mapping[str, str] | None) -> Check:
    if engine is None:
        return Check("audit_chain", False, "no local store")
    from sqlalchemy.orm import Session

    try:
        key = load_keys(config.paths.data, environ).audit_key()
    except TellerError as error:
        return Check(
            "audit_chain",
            False,
            f"not checked: the audit key is locked in the key store ({error.render()})",
            "unlock the key store (see key_store), then run the check again",
        )
    record = HeadRecord(config.paths.data, key)
    with Session(engine) as session:
        results = verify_store_chains(session, str(config.terminal), key, record)
    broken = [r for r in results if not r.ok]
    if broken:
        first = broken[0]
        return Check(
            "audit_chain",
            False,
            f"terminal {first.terminal}: {first.problem}",
            "report to the branch's auditor at once",
        )
    return Check("audit_chain", True, f"{sum(r.count for r in results)} events verified")


def _clock(engine: Any, now: datetime) -> Check:
    if now < EARLIEST_SANE_TIME:
        return Check(
            "clock",
            False,
            f"the clock says {now:%Y-%m-%d %H:%M} UTC, before this version existed",
            "set the date and time",
        )
    if engine is not None:
        from sqlalchemy.orm import Session

        with Session(engine) as session:
            newest = session.scalar(select(func.max(AuditEvent.occurred_at)))
        if newest is not None:
            newest = (
                newest.replace(tzinfo=UTC)
                if isinstance(newest, datetime) and newest.tzinfo is None
                else newest
            )
            if isinstance(newest, datetime) and now + CLOCK_TOLERANCE < newest:
                return Check(
                    "clock",
                    False,
                    f"the clock is behind the last recorded event ({newest:%Y-%m-%d %H:%M} UTC)",
                    "set the date and time",
                )
    return Check("clock", True, f"{now:%Y-%m-%d %H:%M} UTC")


def _disk(config: Config) -> Check:
    folder = config.paths.data if config.paths.data.exists() else config.paths.data.parent
    while not folder.exists():
        folder = folder.parent
    free = shutil.disk_usage(folder).free
    detail = f"{free / 1024**3:.1f} GiB free in {folder}"
    if free < MIN_FREE_BYTES:
        return Check("disk", False, detail, "free at least 500 MB of disk space")
    return Check("disk", True, detail)
