"""`keys rotate --data`: re-encrypt every sealed value under a new data-key version, in batches, resumable.

Progress (target version, and per table the last row id done) is recorded in `store_meta` in the same
transaction as each batch, so a crash loses at most one batch of work and a rerun continues from there.
Append-only records (audit events, approvals) are never rewritten: they keep the key version they were
sealed with, and every older version stays in the key file so they remain readable. Run it with the app
closed: a running app holds the old key set in memory until it restarts.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from teller_app.storage.errors import KeyStoreProblem
from teller_app.storage.keystore import DATA, add_data_key_version, load_keys
from teller_app.storage.schema import Base
from teller_app.storage.schema_base import encrypted_columns, is_append_only
from teller_app.storage.store import Store, _set_meta

PROGRESS_KEY = "data_key_rotation"


@dataclass
class RotationReport:
    version: int
    resumed: bool
    rows: int = 0
    values: int = 0
    tables: dict[str, int] = field(default_factory=dict)


def rotatable_models() -> list[type[Base]]:
    models = [mapper.class_ for mapper in Base.registry.mappers]
    return sorted(
        (m for m in models if encrypted_columns(m) and not is_append_only(m)), key=lambda m: m.__tablename__
    )


def rotate_data_key(
    store: Store, batch_size: int = 500, after_batch: Callable[[str, int], None] | None = None
) -> RotationReport:
    """Re-encrypt all rewritable rows under a new data-key version (or finish an interrupted rotation)."""
    data_folder = store.path.parent
    progress = _read_progress(store)
    resumed = progress is not None
    if progress is None:
        keys = add_data_key_version(data_folder, DATA)
        progress = {"version": keys.active[DATA], "done": {}}
        store.set_meta(PROGRESS_KEY, json.dumps(progress))
    else:
        keys = load_keys(data_folder)
        if keys.active[DATA] != progress["version"]:
            raise KeyStoreProblem(
                "keystore.rotation_mismatch",
                "The key file's active data key ({active}) is not the one the interrupted rotation started ({version})",
                active=keys.active[DATA],
                version=progress["version"],
            )
    store.use_keys(keys)
    report = RotationReport(progress["version"], resumed)
    for model in rotatable_models():
        table = model.__tablename__
        while True:
            last_id = progress["done"].get(table, "")
            if last_id is None:
                break
            count, values, new_last = _rotate_batch(store, model, last_id, batch_size, progress)
            report.rows += count
            report.values += values
            report.tables[table] = report.tables.get(table, 0) + count
            if after_batch is not None:
                after_batch(table, count)
            if new_last is None:
                break
    with store.unit_of_work() as uow:
        uow.append_audit("keys.rotate_data", details={"version": report.version, "rows": report.rows})
    store.delete_meta(PROGRESS_KEY)
    return report


def _rotate_batch(
    store: Store, model: type[Base], last_id: str, batch_size: int, progress: dict
) -> tuple[int, int, str | None]:
    table = model.__tablename__
    columns = encrypted_columns(model)
    with store.writer.connection() as connection:
        session = Session(bind=connection, autoflush=False)
        try:
            rows = session.scalars(
                select(model).where(model.id > last_id).order_by(model.id).limit(batch_size)  # type: ignore[attr-defined]
            ).all()
            values = 0
            for row in rows:
                for column in columns:
                    values += store.sealer.reseal(row, column)
            session.flush()
            new_last = rows[-1].id if len(rows) == batch_size else None  # type: ignore[attr-defined]
            progress["done"][table] = new_last
            _set_meta(connection, PROGRESS_KEY, json.dumps(progress))
        finally:
            session.close()
    return len(rows), values, new_last


def _read_progress(store: Store) -> dict | None:
    text = store.meta(PROGRESS_KEY)
    return None if text is None else dict(json.loads(text))
