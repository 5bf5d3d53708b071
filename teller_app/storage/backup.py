"""`backup FILE` and `restore FILE`: a consistent copy while the app runs; a restore that refuses a damaged
backup, a broken audit chain, or a backup sealed with keys this terminal does not hold."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, select
from sqlalchemy.orm import Session

from teller_app.files import atomic_path
from teller_app.storage import db
from teller_app.storage.audit import VerifyResult, verify_session
from teller_app.storage.crypto import FieldCipher
from teller_app.storage.errors import DataIntegrityError, StoreProblem
from teller_app.storage.schema_system import User

RESTORE_WAIT_SECONDS = 3.0  # how long a restore waits for other connections to let go of the store


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


# What a backup carries besides the records (in its store_meta table): the data keys wrapped by the recovery
# key only (key_recovery.recovery_record) and the terminal it belongs to. See BACKUP_KEEP_WITH.
RECOVERY_META = "backup.recovery_keys"
IDENTITY_META = "backup.terminal"

# The one place that says what a backup must be kept with (README and `backup` print this).
BACKUP_KEEP_WITH = (
    "To restore this backup on any PC you need the backup file and this terminal's recovery key (shown "
    "once at init, kept in the branch safe; never store it with the backups). The key store passphrase "
    "and the old PC are not needed; the central database URL and login are needed to sync afterwards."
)


def backup_store(
    source: Path, target: Path, *, meta: dict[str, str] | None = None, force: bool = False
) -> BackupCheck:
    """Copy the store with SQLite's backup API (a consistent snapshot, safe while the app writes), then
    switch the copy to a single file (no WAL) and move it into place atomically. Data stays ciphertext.

    `meta` is written into the copy's store_meta (the recovery record, the terminal's identity). An existing
    file is replaced only with `force`; a folder that does not exist is refused, never created."""
    if not source.exists():
        raise StoreProblem("storage.no_store", "There is no local store at {path}", path=str(source))
    target = Path(target).resolve()
    if target in _store_files(source):
        raise StoreProblem(
            "storage.backup_over_store",
            "A backup cannot be written over the local store itself ({path}); choose another file",
            path=str(target),
        )
    if target.is_dir():
        raise StoreProblem(
            "storage.backup_is_folder", "{path} is a folder: name the backup file in it", path=str(target)
        )
    if not target.parent.is_dir():
        raise StoreProblem(
            "storage.backup_folder_missing",
            "The folder {folder} does not exist; nothing was written",
            folder=str(target.parent),
        )
    if target.exists() and not force:
        raise StoreProblem(
            "storage.backup_exists",
            "{path} already exists; choose another file name or add --force to replace it",
            path=str(target),
        )
    if target in _store_files(source):
        raise StoreProblem(
            "storage.backup_over_store",
            "A backup cannot be written over the local store itself ({path}); choose another file",
            path=str(target),
        )
    try:
        with atomic_path(target) as tmp:
            src = sqlite3.connect(source, timeout=db.BUSY_TIMEOUT_MS / 1000)
            dst = sqlite3.connect(tmp)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode = DELETE")
                for key, value in (meta or {}).items():
                    dst.execute(
                        "INSERT INTO store_meta (key, value) VALUES (?, ?) "
                        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                        (key, value),
                    )
                dst.commit()
            finally:
                dst.close()
                src.close()
            check = check_backup(tmp)
            if not check.sound:
                raise StoreProblem(
                    "storage.backup_failed",
                    "The copy failed its integrity check: {problem}",
                    problem=check.integrity[0],
                )
    except (OSError, sqlite3.Error) as exc:
        raise StoreProblem(
            "storage.backup_failed",
            "The backup could not be written to {path}: {problem}",
            path=str(target),
            problem=str(exc),
        ) from None
    check.path = target
    return check


def check_backup(path: Path) -> BackupCheck:
    """integrity_check, schema revision and every audit chain of a backup file, opened read-only."""
    if not path.exists():
        raise StoreProblem("storage.no_backup", "There is no backup file at {path}", path=str(path))
    check = BackupCheck(path, db.integrity_check(path))
    if not check.sound:
        return check
    engine = read_only_engine(path)
    try:
        check.revision = db.current_revision(engine)
        with Session(engine) as session:
            check.chains = verify_session(session)
    except Exception as exc:  # a file that is SQLite but not our store
        check.integrity = [f"not a Teller App store: {str(exc).splitlines()[0]}"]
    finally:
        engine.dispose()
    return check


def backup_meta(path: Path) -> dict[str, str]:
    """The store_meta entries a backup carries (empty for a file that has none)."""
    engine = read_only_engine(path)
    try:
        with engine.connect() as connection:
            rows = connection.exec_driver_sql("SELECT key, value FROM store_meta").all()
        return {str(k): str(v) for k, v in rows}
    except Exception:  # not our store, or too old to have store_meta: the caller names what is missing
        return {}
    finally:
        engine.dispose()


def read_only_engine(path: Path) -> Engine:
    """An engine that only reads the SQLite file at `path`, whatever characters its name holds (# ? %)."""
    uri = f"{Path(path).resolve().as_uri()}?mode=ro"
    return create_engine(
        "sqlite+pysqlite://", creator=lambda: sqlite3.connect(uri, uri=True), hide_parameters=True
    )


def backup_matches_keys(path: Path, cipher: FieldCipher) -> bool:
    """True when a sealed value in the backup opens with these keys (or it holds nothing sealed)."""
    engine = read_only_engine(path)
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
    backup: Path,
    store_path: Path,
    cipher: FieldCipher,
    now: datetime,
    before_replace: Callable[[Path], None] | None = None,
) -> tuple[BackupCheck, Path | None]:
    """Replace the local store with a checked backup; the store it replaces is kept beside it.

    The backup is first copied beside the store and the copy is what gets checked and then renamed into
    place, so what was checked is exactly what is restored (a file changed meanwhile, or a WAL file lying
    beside the backup, cannot slip past the checks). Refuses (StoreProblem) a copy that fails
    integrity_check, whose audit chain is broken, whose schema is newer than this app, or whose data was
    sealed with other keys; and refuses while the app still holds the store open. `before_replace(copy)`
    makes the caller's own checks on the checked copy (whose terminal, how far its chain goes) and raises
    to refuse.
    """
    backup = Path(backup)
    if not backup.exists():
        raise StoreProblem("storage.no_backup", "There is no backup file at {path}", path=str(backup))
    if backup.resolve() in _store_files(store_path):
        raise StoreProblem(
            "storage.backup_over_store", "{path} is the local store itself, not a backup", path=str(backup)
        )
    kept: Path | None = None
    try:
        with atomic_path(store_path) as copy:
            shutil.copyfile(backup, copy)
            _single_file(copy)
            check = _refuse_unless_restorable(copy, backup, cipher)
            if before_replace is not None:
                before_replace(copy)
            if store_path.exists():
                kept = _keep_current_store(store_path, now)
    except (OSError, sqlite3.Error) as exc:
        raise StoreProblem(
            "storage.restore_failed",
            "The backup {path} could not be restored: {problem}",
            path=str(backup),
            problem=str(exc),
        ) from None
    check.path = backup
    return check, kept


def refuse_unless_sound(check: BackupCheck, backup: Path) -> None:
    """Refuse a backup that failed its integrity check or whose audit record is broken (named `backup`)."""
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


def _refuse_unless_restorable(copy: Path, backup: Path, cipher: FieldCipher) -> BackupCheck:
    check = check_backup(copy)
    refuse_unless_sound(check, backup)
    if check.revision is not None and check.revision not in db.known_revisions():
        raise StoreProblem(
            "storage.backup_newer",
            "The backup comes from a newer version of the app ({revision})",
            revision=check.revision,
        )
    if not backup_matches_keys(copy, cipher):
        raise StoreProblem(
            "storage.backup_other_keys", "The backup was sealed with keys this terminal does not hold"
        )
    return check


def _keep_current_store(store_path: Path, now: datetime) -> Path:
    """Fold the WAL into the store (refused while another connection holds it), then keep a copy beside it."""
    connection = sqlite3.connect(store_path, timeout=RESTORE_WAIT_SECONDS)
    try:
        busy, log_frames, done_frames = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    finally:
        connection.close()
    if busy or log_frames != done_frames:
        raise StoreProblem(
            "storage.store_in_use",
            "The local store is in use (the app or a sync is running); close it and restore again",
        )
    kept = store_path.with_name(f"{store_path.name}.before-restore-{now:%Y%m%dT%H%M%S}")
    number = 1
    while kept.exists():  # a second restore within the same second keeps the first one's copy too
        number += 1
        kept = store_path.with_name(f"{store_path.name}.before-restore-{now:%Y%m%dT%H%M%S}-{number}")
    shutil.copyfile(store_path, kept)
    os.chmod(kept, 0o600)
    for suffix in ("-wal", "-shm"):
        Path(f"{store_path}{suffix}").unlink(missing_ok=True)
    return kept


def _single_file(path: Path) -> None:
    """Switch a copied database to a rollback journal, so it is complete in one file (no WAL beside it)."""
    connection = sqlite3.connect(path)
    try:
        with contextlib.suppress(sqlite3.DatabaseError):  # not a database: check_backup names that
            connection.execute("PRAGMA journal_mode = DELETE")
    finally:
        connection.close()


def _store_files(store_path: Path) -> set[Path]:
    """The store's database file and its companions, as resolved paths."""
    store = Path(store_path).resolve()
    return {store, *(store.with_name(store.name + suffix) for suffix in ("-wal", "-shm", "-journal"))}


@dataclass(frozen=True)
class BackupChain:
    """Whose audit chain a backup holds and where it ends, checked with this terminal's audit key."""

    terminals: frozenset[str]
    branches: frozenset[str]
    seq: int  # the last event of this terminal's chain in the backup (0: none)
    hash: str
    hash_at_head: str | None  # the backup's event at the head recorded beside the store
    mac_fault: tuple[int, str] | None


def backup_chain(path: Path, terminal: str, key: bytes, keyed_from: int, head_seq: int) -> BackupChain:
    from teller_app.storage.audit import GENESIS_HASH
    from teller_app.storage.audit_keys import first_mac_fault
    from teller_app.storage.schema_system import AuditEvent

    table = AuditEvent.__table__
    engine = read_only_engine(path)
    try:
        with Session(engine) as session:
            terminals = frozenset(session.scalars(select(AuditEvent.terminal).distinct()))
            branches = frozenset(session.scalars(select(AuditEvent.branch).distinct()))
            rows = session.execute(
                select(table.c.seq, table.c.hash, table.c.mac)
                .where(table.c.terminal == terminal)
                .order_by(table.c.seq),
                execution_options={"yield_per": 500},
            )
            last: tuple[int, str] = (0, GENESIS_HASH)
            at_head: str | None = None
            fault: tuple[int, str] | None = None

            def events() -> Iterator[dict[str, Any]]:
                nonlocal last, at_head
                for row in rows:
                    last = (int(row.seq), str(row.hash))
                    if row.seq == head_seq:
                        at_head = str(row.hash)
                    yield row._asdict()

            fault = first_mac_fault(events(), key, keyed_from)
            for _ in events():  # the rest, after a fault, for the head position
                pass
    finally:
        engine.dispose()
    return BackupChain(terminals, branches, last[0], last[1], at_head, fault)
