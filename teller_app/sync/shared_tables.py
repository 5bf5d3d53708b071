"""The storage tables that travel between terminal and central: which are synced, append-only, pulled, shared.

The schema itself belongs to storage (`teller_app.storage.schema`); the central database runs storage's
migrations (version table `alembic_version`) before this package's own (`central_alembic_version`).
"""

from __future__ import annotations

from functools import cache

import sqlalchemy as sa

from teller_app.storage import schema
from teller_app.storage.schema_base import is_append_only, is_synced

# Never pulled back to terminals: every terminal keeps its own chain; the central copy is for auditors.
NOT_PULLED = frozenset({"audit_events"})
# Central-authoritative: on a conflict the central row wins at once, no supervisor queue.
CENTRAL_AUTHORITATIVE = frozenset({"users", "process_definitions", "number_blocks", "branch_settings"})
# Every branch-scoped table is under row-level security centrally (central migrations c0010, c0011: a
# terminal's login sees its own branch's rows only). PostgreSQL refuses COPY into such a table, so the push
# COPYs as `teller_terminal_copier` (BYPASSRLS, INSERT only); these tables' guards read other tables, which
# that role may not, so the push stages their new rows like changed ones.
ROW_SECURED = frozenset({"users", "number_blocks"})


def _synced_models() -> dict[str, type]:
    found: dict[str, type] = {}
    for mapper in schema.Base.registry.mappers:
        model = mapper.class_
        if is_synced(model):
            found[model.__table__.name] = model
    return found


_MODELS = _synced_models()
# Parents before children, so foreign keys hold when a batch is applied table by table.
SYNCED_TABLES: tuple[sa.Table, ...] = tuple(
    t for t in schema.Base.metadata.sorted_tables if t.name in _MODELS
)
_BY_NAME = {t.name: t for t in SYNCED_TABLES}
TABLE_ORDER = {t.name: i for i, t in enumerate(SYNCED_TABLES)}


def synced_table(name: str) -> sa.Table | None:
    return _BY_NAME.get(name)


@cache  # asked once per op of a push
def append_only(name: str) -> bool:
    model = _MODELS.get(name)
    return model is not None and is_append_only(model)


def stream_of(branch: str | None) -> str:
    """The pull stream of a row: its branch, or "*" for data every branch receives."""
    from teller_app.sync.positions import SHARED_STREAM

    return branch if branch and branch != SHARED_STREAM else SHARED_STREAM


def upgrade_shared_schema(engine: sa.Engine) -> None:
    """Run storage's migrations on the central database (the same tables, the same append-only triggers)."""
    from teller_app.storage import db

    db.upgrade(engine)
