"""The outbox keeps each change as one line of COPY text with a layout, instead of a JSON payload.

Entries already waiting (or rejected) are converted: each JSON payload becomes a line of the columns it
names (id and branch first, version last, the others in table order), under a layout recorded for
exactly those columns; values are converted by the
column types SQLite declares for the table. The downgrade turns lines back into JSON payloads.
The conversion is written out here, frozen, so later changes to the codec cannot change this migration.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27 04:00:00
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

NULL = "\\N"
_ESCAPES = {"\\": "\\", "t": "\t", "n": "\n", "r": "\r"}


def upgrade() -> None:
    op.create_table(
        "outbox_layouts",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("entity", sa.String(length=64), nullable=False),
        sa.Column("columns", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outbox_layouts")),
        sa.UniqueConstraint("entity", "columns", name=op.f("uq_outbox_layouts_entity_columns")),
    )
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.add_column(sa.Column("layout", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("line", sa.Text(), nullable=True))
    conn = op.get_bind()
    layouts: dict[tuple[str, str], int] = {}
    for seq, entity, payload in conn.exec_driver_sql("SELECT seq, entity, payload FROM outbox").all():
        kinds = _declared_kinds(conn, entity)
        values = json.loads(payload)
        names = _layout([n for n in kinds if n in values] + sorted(n for n in values if n not in kinds))
        key = (entity, ",".join(names))
        if key not in layouts:
            conn.execute(
                sa.text("INSERT INTO outbox_layouts (entity, columns) VALUES (:e, :c)"),
                {"e": key[0], "c": key[1]},
            )
            layouts[key] = conn.exec_driver_sql("SELECT last_insert_rowid()").scalar_one()
        line = "\t".join(_field(kinds.get(n, "TEXT"), values[n]) for n in names)
        conn.execute(
            sa.text("UPDATE outbox SET layout = :l, line = :t WHERE seq = :s"),
            {"l": layouts[key], "t": line, "s": seq},
        )
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.alter_column("layout", existing_type=sa.Integer(), nullable=False)
        batch_op.alter_column("line", existing_type=sa.Text(), nullable=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_outbox_layout_outbox_layouts"), "outbox_layouts", ["layout"], ["id"]
        )
        batch_op.drop_column("payload")


def downgrade() -> None:
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.add_column(sa.Column("payload", sa.Text(), nullable=True))
    conn = op.get_bind()
    rows = conn.exec_driver_sql(
        "SELECT o.seq, o.entity, l.columns, o.line FROM outbox o JOIN outbox_layouts l ON l.id = o.layout"
    ).all()
    for seq, entity, columns, line in rows:
        kinds = _declared_kinds(conn, entity)
        names = columns.split(",")
        payload = {n: _value(kinds.get(n, "TEXT"), f) for n, f in zip(names, line.split("\t"), strict=True)}
        text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
        conn.execute(sa.text("UPDATE outbox SET payload = :p WHERE seq = :s"), {"p": text, "s": seq})
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.alter_column("payload", existing_type=sa.Text(), nullable=False)
        batch_op.drop_constraint(batch_op.f("fk_outbox_layout_outbox_layouts"), type_="foreignkey")
        batch_op.drop_column("line")
        batch_op.drop_column("layout")
    op.drop_table("outbox_layouts")


def _layout(names: list[str]) -> list[str]:
    """id and branch first, version last, the others in between (the order storage/rows.py writes)."""
    first = [n for n in ("id", "branch") if n in names]
    last = [n for n in ("version",) if n in names]
    return first + [n for n in names if n not in first and n not in last] + last


def _declared_kinds(conn: sa.Connection, table: str) -> dict[str, str]:
    """Column name → the type SQLite declares for it (BLOB, DATETIME, DATE, BOOLEAN, INTEGER, VARCHAR …)."""
    return {r[1]: str(r[2]).upper() for r in conn.exec_driver_sql(f'PRAGMA table_info("{table}")')}


def _field(kind: str, value: Any) -> str:
    if value is None:
        return NULL
    if kind.startswith("BLOB"):
        return "\\\\x" + base64.b64decode(value).hex()
    if kind.startswith("DATETIME") or kind.startswith("TIMESTAMP"):
        parsed = datetime.fromisoformat(value)
        return (parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)).astimezone(UTC).isoformat()
    if kind.startswith("BOOLEAN"):
        return "t" if value else "f"
    text = value if isinstance(value, str) else str(value)
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def _value(kind: str, field: str) -> Any:
    if field == NULL:
        return None
    text = re.sub(r"\\(.)", lambda m: _ESCAPES.get(m.group(1), m.group(1)), field, flags=re.DOTALL)
    if kind.startswith("BLOB"):
        return base64.b64encode(binascii.unhexlify(text[2:])).decode("ascii")
    if kind.startswith("BOOLEAN"):
        return text == "t"
    if kind.startswith("INTEGER"):
        return int(text)
    return text
