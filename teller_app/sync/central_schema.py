"""Tables that exist only in the central database: terminals, applied ops, change log, conflicts, anchors.

The business tables themselves (cases, customers, audit events, …) come from the storage schema, which
the local store and the central database share. These tables are the central side's bookkeeping; they
are created by this package's own Alembic branch (`teller_app/sync/migrations`, version table
`central_alembic_version`). Every key that can be partitioned carries the branch.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Column,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.dialects.postgresql import JSONB

from teller_app.storage.schema_base import UtcDateTime

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "pk": "pk_%(table_name)s",
}

central_metadata = MetaData(naming_convention=NAMING)

Payload = JSON().with_variant(JSONB(), "postgresql")
When = UtcDateTime()

# A registered terminal; terminal_id is what every pushed op carries.
terminals = Table(
    "terminals",
    central_metadata,
    Column("terminal_id", String(80), primary_key=True),
    Column("branch", String(32), nullable=False),
    Column("terminal_code", String(32), nullable=False),
    Column("registered_at", When, nullable=False),
    Column("last_sync_at", When, nullable=True),
    UniqueConstraint("branch", "terminal_code"),
    # A terminal code is unique bank-wide (central migration c0007): audit chains are kept per code.
    Index("uq_terminals_terminal_code", "terminal_code", unique=True),
)

# The branch and terminal of each terminal's database login (packaging/sql/terminal_role.sql): such a login
# writes rows of its own branch and its own terminal only (central migrations c0003, c0004).
terminal_logins = Table(
    "terminal_logins",
    central_metadata,
    Column("login", String(63), primary_key=True),
    Column("branch", String(32), nullable=False),
    Column("terminal", String(32), nullable=True),  # a login without one writes no terminal's rows
)

# The roles a branch's terminal may give its users (c0004). Kept by the owner: a role removed here (say
# administrator, to keep it for head office) can no longer be pushed by any terminal.
branch_roles = Table(
    "branch_roles",
    central_metadata,
    Column("role", String(32), primary_key=True),
)

# One row per op ever applied (or refused), written in the same transaction as its effect: replays do nothing.
applied_ops = Table(
    "applied_ops",
    central_metadata,
    Column("terminal_id", String(80), nullable=False),
    Column("op_id", String(36), nullable=False),
    Column("entity", String(64), nullable=False),
    Column("entity_id", String(36), nullable=False),
    Column("outcome", String(16), nullable=False),  # applied | conflict | rejected
    Column("version", Integer, nullable=True),
    Column("conflict_id", String(36), nullable=True),
    Column("reason_code", String(80), nullable=True),
    Column("applied_at", When, nullable=False),
    PrimaryKeyConstraint("terminal_id", "op_id"),
)

# Appends applied by the push fast path: one row per table and batch, naming every op of it. An applied
# append has one answer only (stored, version 1), so its op id is all a replay needs; op ids are UUID
# version 7, ordered by time, so a replay finds its batches by the range first..last. Written in the same
# transaction as the rows; a resent append also meets its row's primary key.
applied_appends = Table(
    "applied_appends",
    central_metadata,
    Column("terminal_id", String(80), nullable=False),
    Column("entity", String(64), nullable=False),
    Column("first_op_id", String(36), nullable=False),
    Column("last_op_id", String(36), nullable=False),
    Column("op_ids", Text, nullable=False),  # comma-separated
    Column("applied_at", When, nullable=False),
    PrimaryKeyConstraint("terminal_id", "entity", "first_op_id"),
    Index("ix_applied_appends_terminal_id_last_op_id", "terminal_id", "last_op_id"),
)

# The pull feed: one row per committed change, positions per stream (a branch, or "*" for shared data).
change_log = Table(
    "change_log",
    central_metadata,
    Column("stream", String(32), nullable=False),
    Column("position", BigInteger, nullable=False),
    Column("entity", String(64), nullable=False),
    Column("entity_id", String(36), nullable=False),
    Column("version", Integer, nullable=False),
    Column("terminal_id", String(80), nullable=False),
    PrimaryKeyConstraint("stream", "position"),
    Index("ix_change_log_entity_row", "entity", "entity_id", "version"),
)

# The last position handed out in each stream; its row lock orders positions by commit (see positions.py).
change_streams = Table(
    "change_streams",
    central_metadata,
    Column("stream", String(32), primary_key=True),
    Column("last_position", BigInteger, nullable=False),
)

# A genuine edit conflict: both versions kept whole until a supervisor resolves it.
conflicts = Table(
    "conflicts",
    central_metadata,
    Column("id", String(36), primary_key=True),
    Column("branch", String(32), nullable=False, index=True),
    Column("entity", String(64), nullable=False),
    Column("entity_id", String(36), nullable=False),
    Column("terminal_id", String(80), nullable=False),
    Column("op_id", String(36), nullable=False),
    Column("base_version", Integer, nullable=False),
    Column("central_version", Integer, nullable=False),
    Column("local_payload", Payload, nullable=False),
    Column("central_payload", Payload, nullable=False),
    Column("state", String(16), nullable=False),  # open | resolved
    Column("created_at", When, nullable=False),
    Column("resolved_at", When, nullable=True),
    Column("resolved_by", String(80), nullable=True),
    Column("resolution", String(16), nullable=True),  # local | central | merged
    Column("resolved_version", Integer, nullable=True),
    Index("ix_conflicts_state_branch", "state", "branch"),
)

# The audit chain head each terminal reported at a sync.
chain_anchors = Table(
    "chain_anchors",
    central_metadata,
    Column("terminal_id", String(80), nullable=False),
    Column("seq", BigInteger, nullable=False),
    Column("head_hash", String(64), nullable=False),
    Column("anchored_at", When, nullable=False),
    PrimaryKeyConstraint("terminal_id", "seq"),
)

# The next unreserved account sequence of each branch; locked while a block (号段) is cut from it.
# The blocks themselves are storage's synced `number_blocks` rows, created here and pulled by the terminal.
number_sequences = Table(
    "number_sequences",
    central_metadata,
    Column("branch", String(32), primary_key=True),
    Column("next_sequence", BigInteger, nullable=False),
)

# Data keys of a branch wrapped under a key derived from an enrolment secret (see enrolment.py).
key_enrolments = Table(
    "key_enrolments",
    central_metadata,
    Column("id", String(36), primary_key=True),
    Column("branch", String(32), nullable=False, index=True),
    Column("kdf", Text, nullable=False),
    Column("salt", LargeBinary, nullable=False),
    Column("wrapped", LargeBinary, nullable=False),
    Column("created_by", String(80), nullable=False),
    Column("created_at", When, nullable=False),
    Column("expires_at", When, nullable=False),
    Column("uses", Integer, nullable=False, default=0),
)

CENTRAL_TABLES: tuple[Table, ...] = tuple(central_metadata.sorted_tables)
