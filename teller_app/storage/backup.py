"""`backup FILE` and `restore FILE`: a consistent copy while the app runs; a restore that refuses a damaged
backup, a broken audit chain, or a backup sealed with keys this terminal does not hold."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from teller_app.storage import db
from teller_app.storage.audit import VerifyResult, verify_session
from teller_app.storage.crypto import FieldCipher
from teller_app.storage.errors import DataIntegrityError, StoreProblem
from teller_app.storage.schema_system import User


@dataclass
class BackupCheck:
    path: Path
    integrity: list[str]
    revision: str | None = None
    chains: list[VerifyResult] = field(default_factory=list)

    @property
    def sound(self) -> bool:
        return self.integrity == ["ok"]

    @property
    def first_broken(self) -> VerifyResult | None:
        return next((chain for chain in self.chains if not chain.ok), None)


def backup_store(source: Path, target: Path) -> BackupCheck:
    """Copy the store with SQLite's backup API (a consistent snapshot, safe while the app writes), then
    switch the copy to a single file (no WAL) and move it into place atomically. Data stays ciphertext."""
    if not source.exists():
        raise StoreProblem("storage.no_store", "There is no local store at {path}", path=str(source))
    target = target.resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        src = sqlite3.connect(source, timeout=db.BUSY_TIMEOUT_MS / 1000)
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
            dst.commit()
        finally:
            dst.close()
            src.close()
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        check = check_backup(tmp)
        if not check.sound:
            raise StoreProblem(
                "storage.backup_failed",
                "The copy failed its integrity check: {problem}",
                problem=check.integrity[0],
            )
        os.chmod(tmp, 0o600)
        os.replace(tmp, target)
        _fsync_folder(target.parent)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
    check.path = target
    return check


def check_backup(path: Path) -> BackupCheck:
    """integrity_check, schema revision and every audit chain of a backup file, opened read-only."""
    if not path.exists():
        raise StoreProblem("storage.no_backup", "There is no backup file at {path}", path=str(path))
    check = BackupCheck(path, db.integrity_check(path))
    if not check.sound:
        return check
    engine = create_engine(f"sqlite+pysqlite:///file:{path}?mode=ro&uri=true")
    try:
        check.revision = db.current_revision(engine)
        with Session(engine) as session:
            check.chains = verify_session(session)
    except Exception as exc:  # a file that is SQLite but not our store
        check.integrity = [f"not a Teller App store: {exc}"]
    finally:
        engine.dispose()
    return check


def backup_matches_keys(path: Path, cipher: FieldCipher) -> bool:
    """True when a sealed value in the backup opens with these keys (or it holds nothing sealed)."""
    engine = create_engine(f"sqlite+pysqlite:///file:{path}?mode=ro&uri=true")
    try:
        with Session(engine) as session:
            from teller_app.storage.schema import Customer

            row = session.scalars(select(Customer).where(Customer.name.is_not(None)).limit(1)).first()
            sample: tuple[str, str, str, bytes] | None = None
            if row is not None:
                sample = ("customers", "name", row.id, row.name)
            else:
                user = session.scalars(select(User).where(User.display_name.is_not(None)).limit(1)).first()
                if user is not None:
                    sample = ("users", "display_name", user.id, user.display_name)
        if sample is None:
            return True
        cipher.decrypt(*sample)
        return True
    except DataIntegrityError:
        return False
    finally:
        engine.dispose()


def restore_store(
    backup: Path, store_path: Path, cipher: FieldCipher, now: datetime
) -> tuple[BackupCheck, Path | None]:
    """Replace the local store with a checked backup; the store it replaces is kept beside it.

    Refuses (StoreProblem) a backup that fails integrity_check, whose audit chain is broken, whose schema is
    newer than this app, or whose data was sealed with other keys. Stop the app before restoring.
    """
    check = check_backup(backup)
    if not check.sound:
        raise StoreProblem(
            "storage.backup_damaged",
            "The backup {path} failed its integrity check: {problem}",
            path=str(backup),
            problem=check.integrity[0],
        )
    broken = check.first_broken
    if broken is not None:
        raise StoreProblem(
            "storage.backup_chain_broken",
            "The backup's audit record is broken at event {seq} of terminal {terminal}: {problem}",
            seq=broken.first_broken_seq,
            terminal=broken.terminal,
            problem=broken.problem,
        )
    if check.revision is not None and check.revision not in _known_revisions():
        raise StoreProblem(
            "storage.backup_newer",
            "The backup comes from a newer version of the app ({revision})",
            revision=check.revision,
        )
    if not backup_matches_keys(backup, cipher):
        raise StoreProblem(
            "storage.backup_other_keys", "The backup was sealed with keys this terminal does not hold"
        )
    kept: Path | None = None
    if store_path.exists():
        _checkpoint(store_path)
        kept = store_path.with_name(f"{store_path.name}.before-restore-{now:%Y%m%dT%H%M%S}")
        os.replace(store_path, kept)
    for suffix in ("-wal", "-shm"):
        Path(f"{store_path}{suffix}").unlink(missing_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{store_path.name}.", suffix=".tmp", dir=store_path.parent)
    os.close(fd)
    shutil.copyfile(backup, tmp_name)
    with open(tmp_name, "rb+") as handle:
        os.fsync(handle.fileno())
    os.chmod(tmp_name, 0o600)
    os.replace(tmp_name, store_path)
    _fsync_folder(store_path.parent)
    return check, kept


def _checkpoint(path: Path) -> None:
    connection = sqlite3.connect(path, timeout=db.BUSY_TIMEOUT_MS / 1000)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()


def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(db.alembic_config())
    return {revision.revision for revision in script.walk_revisions()}


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
