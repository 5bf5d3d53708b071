"""Installation and start-of-day checks of the storage side (doctor, 日初检查): each with a plain result."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
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
from teller_app.storage.keystore import key_store_in_use, keys_exist, load_keys
from teller_app.storage.schema_system import AuditEvent

MIN_FREE_BYTES = 500 * 1024 * 1024
EARLIEST_SANE_TIME = datetime(2026, 1, 1, tzinfo=UTC)  # before this build existed: the clock is wrong
CLOCK_TOLERANCE = timedelta(minutes=5)


@dataclass
class Check:
    """One check's result. `detail` is an English template with named placeholders filled from `params`
    (the app shows it translated, `teller-admin doctor` as written); a detail that is a core error's
    message carries the error's code, by which the app says it in the teller's language."""

    name: str
    ok: bool
    detail: str
    advice: str = ""
    warning: bool = False  # passed, but something the teller should know (no printer: PDF only)
    params: dict[str, Any] = field(default_factory=dict)
    error_code: str = ""

    @classmethod
    def refused(cls, name: str, error: TellerError, advice: str = "") -> Check:
        """A check that failed because the core refused something: the error's message, code and values."""
        return cls(name, False, error.message, advice, params=dict(error.params), error_code=error.code)

    @property
    def text(self) -> str:
        """The detail in English with its values (doctor's output, the log)."""
        try:
            return self.detail.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return self.detail

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "ok": self.ok,
            "warning": self.warning,
            "detail": self.text,
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
    checks.append(Check("version", True, "Teller App {version}", params={"version": teller_app.__version__}))
    return checks


def _guarded(name: str, check: Callable[[], Check], store_damaged: bool) -> Check:
    """Run one check; a damaged store or a failure while reading it is that check's FAIL, not a crash."""
    if store_damaged and name != "clock":
        return Check(name, False, "not checked: the local store is damaged", "restore the newest backup")
    try:
        return check()
    except TellerError as error:
        return Check.refused(name, error, "restore the newest backup")
    except (SQLAlchemyError, sqlite3.Error) as error:
        problem = str(error).splitlines()[0]
        return Check(
            name,
            False,
            "could not be checked: {problem}",
            "restore the newest backup",
            params={"problem": problem},
        )


def _configured(config: Config) -> Check:
    if config.branch and config.terminal:
        return Check(
            "terminal",
            True,
            "branch {branch}, terminal {terminal}",
            params={"branch": str(config.branch), "terminal": str(config.terminal)},
        )
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
        in_use = key_store_in_use(data, environ)
        load_keys(data, environ)
    except TellerError as error:
        return Check.refused("key_store", error, "check the passphrase or run `teller-admin keys recover`")
    usable, backend = os_key_store_usable()
    if in_use.kind == "os":
        return Check(
            "key_store", True, "keys unlocked from the OS key store ({backend})", params={"backend": backend}
        )
    folder = str(getattr(in_use, "folder", ""))
    if not usable:
        return Check(
            "key_store",
            True,
            "keys unlocked from the passphrase-protected file key store ({folder}); no usable OS key store on "
            "this machine (keyring backend {backend})",
            params={"folder": folder, "backend": backend},
        )
    return Check(
        "key_store",
        True,
        "keys unlocked from the passphrase-protected file key store ({folder})",
        params={"folder": folder},
    )


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
        return Check("local_store", True, "{path} opens; integrity_check ok", params={"path": str(path)})
    return Check(
        "local_store",
        False,
        "{path}: {problem}",
        "restore the newest backup with `teller-admin restore`",
        params={"path": str(path), "problem": result[0]},
    )


def _migrations(engine: Any) -> Check:
    if engine is None:
        return Check("migrations", False, "no local store", "run `teller-admin init`")
    current, head = db.current_revision(engine), db.head_revision()
    if current == head:
        return Check("migrations", True, "schema at {head} (newest)", params={"head": head})
    return Check(
        "migrations",
        False,
        "schema at {current}, newest is {head}",
        "start the app or run `teller-admin init` to upgrade",
        params={"current": current, "head": head},
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
            "not checked: the audit key is locked in the key store ({problem})",
            "unlock the key store (see key_store), then run the check again",
            params={"problem": error.render()},
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
            "terminal {terminal}: {problem}",
            "report to the branch's auditor at once",
            params={"terminal": first.terminal, "problem": first.problem},
        )
    return Check(
        "audit_chain", True, "{count} events verified", params={"count": sum(r.count for r in results)}
    )


def _clock(engine: Any, now: datetime) -> Check:
    if now < EARLIEST_SANE_TIME:
        return Check(
            "clock",
            False,
            "the clock says {time} UTC, before this version existed",
            "set the date and time",
            params={"time": f"{now:%Y-%m-%d %H:%M}"},
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
                    "the clock is behind the last recorded event ({time} UTC)",
                    "set the date and time",
                    params={"time": f"{newest:%Y-%m-%d %H:%M}"},
                )
    return Check("clock", True, "{time} UTC", params={"time": f"{now:%Y-%m-%d %H:%M}"})


def _disk(config: Config) -> Check:
    folder = config.paths.data if config.paths.data.exists() else config.paths.data.parent
    while not folder.exists():
        folder = folder.parent
    free = shutil.disk_usage(folder).free
    detail, params = "{free} GiB free in {folder}", {"free": f"{free / 1024**3:.1f}", "folder": str(folder)}
    if free < MIN_FREE_BYTES:
        return Check("disk", False, detail, "free at least 500 MB of disk space", params=params)
    return Check("disk", True, detail, params=params)
