"""The open local store: engine, one writer, keys, sealer, blind indexes and the terminal's identity.

store = open_store(paths, keys, TerminalIdentity(branch, terminal))   # upgrades to the newest schema
with store.unit_of_work(user_id=teller.id) as uow:                     # one transaction
    customer = uow.new(Customer, kind=...)
    set_customer_identity(uow, customer, name=..., credit_code=...)
    uow.append_audit("case.open", case_id=case.id, step="intake")
with store.reading() as session:                                       # read-only
    ...
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, delete, event, insert, select, update
from sqlalchemy.orm import Session

from teller_app.config import Config
from teller_app.domain.errors import ConfigError
from teller_app.paths import AppPaths
from teller_app.storage import db
from teller_app.storage.audit import VerifyResult, chain_head
from teller_app.storage.audit_keys import ChainHead, HeadRecord, verify_store_chains
from teller_app.storage.blind_index import BlindIndexer, depositor_index
from teller_app.storage.crypto import FieldSealer
from teller_app.storage.data_keys import BLIND_INDEXES
from teller_app.storage.keystore import DataKeys, load_keys
from teller_app.storage.private_files import make_private
from teller_app.storage.rows import layout_of
from teller_app.storage.schema import AuditEvent, Base, OutboxLayout, StoreMeta
from teller_app.storage.schema_base import is_synced, utc_now
from teller_app.storage.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class TerminalIdentity:
    """Which branch (营业机构) and terminal this store belongs to; every synced row carries the branch."""

    branch: str
    terminal: str


class Store:
    """An open store. Thread-safe: writes are serialised by one writer; reads run side by side (WAL)."""

    def __init__(
        self,
        engine: Engine,
        path: Path,
        keys: DataKeys,
        identity: TerminalIdentity,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self.engine = engine
        self.path = path
        self.keys = keys
        self.identity = identity
        self.clock = clock
        self.writer = db.Writer(engine)
        self.audit_key = keys.audit_key()
        self.audit_head = HeadRecord(path.parent, self.audit_key)  # beside the store, not in it
        self.sealer = FieldSealer(keys.cipher())
        self.blind = BlindIndexer({name: keys.blind_key(name) for name in BLIND_INDEXES})
        self._in_unit = threading.local()
        self._layouts: dict[str, int] | None = None

    @contextmanager
    def unit_of_work(self, user_id: str | None = None, local_only: bool = False) -> Iterator[UnitOfWork]:
        """One write transaction: all or nothing, with its audit events and outbox entries (`local_only`:
        training work, whose rows never sync; see UnitOfWork)."""
        if getattr(self._in_unit, "active", False):
            raise RuntimeError("a unit of work is already open in this thread; pass it down instead")
        self._in_unit.active = True
        try:
            self.outbox_layouts()  # recorded before the unit's transaction, so a rollback cannot lose one
            with self.writer.connection() as connection:
                session = Session(bind=connection, expire_on_commit=False, autoflush=False)
                try:
                    uow = UnitOfWork(self, session, user_id, self.clock, local_only)
                    yield uow
                    uow.finish()
                finally:
                    session.close()
            if uow.audit_events:  # committed: the head record beside the store follows
                last = uow.audit_events[-1]
                self.audit_head.advance(last.terminal, last.seq, last.hash)
        finally:
            self._in_unit.active = False

    def outbox_layouts(self) -> dict[str, int]:
        """Each synced table's current outbox layout id (storage/rows.py), recorded once per store."""
        if self._layouts is None:
            with self.writer.connection() as connection:
                self._layouts = _record_layouts(connection)
        return self._layouts

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only session (one consistent snapshot); writing through it is refused."""
        session = Session(bind=self.engine, expire_on_commit=False, autoflush=False)
        event.listen(session, "before_flush", _refuse_writes)
        event.listen(session, "do_orm_execute", _refuse_write_statements)
        try:
            yield session
        finally:
            session.close()  # ends the read transaction; loaded rows stay readable, detached

    def meta(self, key: str) -> str | None:
        with self.reading() as session:
            row = session.get(StoreMeta, key)
            return None if row is None else row.value

    def set_meta(self, key: str, value: str) -> None:
        with self.writer.connection() as connection:
            _set_meta(connection, key, value)

    def delete_meta(self, key: str) -> None:
        with self.writer.connection() as connection:
            connection.execute(delete(StoreMeta).where(StoreMeta.key == key))

    def use_keys(self, keys: DataKeys) -> None:
        """Switch to a new key set (after a data-key rotation); reads of older versions keep working."""
        self.keys = keys
        self.sealer = FieldSealer(keys.cipher())
        self.blind = BlindIndexer({name: keys.blind_key(name) for name in BLIND_INDEXES})

    def depositor_index(self, depositor_key: str) -> str | None:
        """The bank-wide uniqueness index of a depositor (credit code, or "id:" and an ID number), or None
        when this terminal holds no bank-wide uniqueness key (it cannot ask bank-wide: never assumed)."""
        key = self.keys.uniqueness_key()
        return depositor_index(key, depositor_key) if key is not None and depositor_key else None

    def verify_chains(self) -> list[VerifyResult]:
        """`audit verify`: this terminal's chain with its MACs and recorded head, any other by its hashes."""
        with self.reading() as session:
            return verify_store_chains(session, self.identity.terminal, self.audit_key, self.audit_head)

    def start_head_record(self) -> None:
        """Record the chain's head beside the store when there is no record yet and no event of this
        terminal carries a MAC: a new store (keyed from its first event), or a chain recorded before the
        audit key (keyed from its next event). A missing record with keyed events is left missing: that is
        a deletion, and `audit verify` names it."""
        if self.audit_head.path.exists():
            return
        terminal = self.identity.terminal
        with self.reading() as session:
            keyed = session.scalar(
                select(AuditEvent.id)
                .where(AuditEvent.terminal == terminal, AuditEvent.mac.is_not(None))
                .limit(1)
            )
            seq, head_hash = chain_head(session, terminal)
        if keyed is None:
            self.audit_head.write(ChainHead(terminal, seq, head_hash, seq + 1))

    def close(self) -> None:
        self.engine.dispose()


def open_store(
    paths: AppPaths,
    keys: DataKeys,
    identity: TerminalIdentity,
    *,
    clock: Callable[[], datetime] = utc_now,
    upgrade: bool = True,
) -> Store:
    """Open (and create) the local store at `paths.local_store`, migrating it to the newest schema."""
    path = paths.local_store
    engine = db.create_store_engine(path)
    if upgrade:
        db.upgrade(engine)
    store = Store(engine, path, keys, identity, clock)
    if upgrade:
        store.start_head_record()
    return store


def open_configured_store(
    config: Config, *, environ: Mapping[str, str] | None = None, clock: Callable[[], datetime] = utc_now
) -> Store:
    """The store of this terminal as configured by `teller-admin init` (branch, terminal, keys)."""
    if not config.branch or not config.terminal:
        raise ConfigError(
            "config.not_initialised",
            "This terminal is not set up yet: run `teller-admin init --branch … --terminal …`",
        )
    make_private(config.paths)  # every start: a copied folder is narrowed back (private_files.py)
    keys = load_keys(config.paths.data, environ)
    return open_store(config.paths, keys, TerminalIdentity(config.branch, config.terminal), clock=clock)


def _refuse_writes(session: Session, _context: Any, _instances: Any) -> None:
    if session.new or session.dirty or session.deleted:
        raise RuntimeError("store.reading() is read-only: write through store.unit_of_work()")


def _refuse_write_statements(state: Any) -> None:
    """`session.execute(update(...))` bypasses the flush: refuse INSERT, UPDATE and DELETE statements too."""
    if state.is_insert or state.is_update or state.is_delete:
        raise RuntimeError("store.reading() is read-only: write through store.unit_of_work()")


def _set_meta(connection: Any, key: str, value: str) -> None:
    exists = connection.execute(select(StoreMeta.key).where(StoreMeta.key == key)).first()
    if exists:
        connection.execute(update(StoreMeta).where(StoreMeta.key == key).values(value=value))
    else:
        connection.execute(insert(StoreMeta).values(key=key, value=value))


def _record_layouts(connection: Any) -> dict[str, int]:
    tables = sorted((m.class_.__table__ for m in Base.registry.mappers if is_synced(m.class_)), key=str)
    found: dict[str, int] = {}
    for table in tables:
        key = {"entity": table.name, "columns": layout_of(table)}
        statement = select(OutboxLayout.id).filter_by(**key)
        layout = connection.execute(statement).scalar()
        if layout is None:
            connection.execute(insert(OutboxLayout).values(key))
            layout = connection.execute(statement).scalar_one()
        found[table.name] = int(layout)
    return found
