"""A push batch worked out for the COPY path before it talks to the server (`central_bulk`): the ops
grouped by table in table order, each line checked (`copy_rows`) and a bad one refused by name through
the reference decoder, the appends turned into COPY text, the edited rows kept for the version decisions.

A table's appends are checked as one group, with the same checks as `copy_rows.line_head` made in C
loops over the whole group; one damaged line sends the group back op by op, which names it. A batch
read from the outbox (`prepare_due`) is worked on as the read's columns, so a catch-up's appends become
COPY text and one group answer each without an op or answer object per append.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime
from itertools import compress, repeat
from operator import add, and_, itemgetter

import sqlalchemy as sa

from teller_app.domain.errors import TellerError
from teller_app.storage.rows import copy_text
from teller_app.sync import shared_tables
from teller_app.sync.central_apply import prepare_op
from teller_app.sync.copy_rows import NotCopyable, line_head, line_layout
from teller_app.sync.local_queue import DueRows
from teller_app.sync.ops import APPLIED, REJECTED, OpOutcome, PushOp, TerminalIdentity


class BatchRefused(Exception):
    """The server refused the batch as a whole (bad value, constraint): rerun it op by op."""


class CopyRow:
    """One live op on its way: the op, its line up to the version field, and the line to COPY."""

    __slots__ = ("head", "op", "text")

    def __init__(self, op: PushOp, head: str) -> None:
        self.op = op
        self.head = head
        self.text = ""

    def at_version(self, version: int) -> CopyRow:
        self.text = f"{self.head}{version}\n"
        return self


class TableStep:
    """One table of a prepared batch: checked upsert rows, or the appends' COPY text by layout and their ids."""

    __slots__ = ("ids", "lines", "op_ids", "rows", "table")

    def __init__(self, table: sa.Table, rows: list[CopyRow] | None = None) -> None:
        self.table = table
        self.rows = rows
        self.lines: dict[tuple[str, ...], list[str]] = {}
        self.ids: list[str] = []
        self.op_ids: list[str] = []


class Prepared:
    """What the fast path works out from the ops alone, before it talks to the server: the line checks and
    their refusals, the appends' COPY text and answers, the checked upsert rows — in table order. The push
    makes it for the next batch on its local worker thread while the current batch is applied, so the
    central connection spends its time on the server's work."""

    __slots__ = ("grouped", "outcomes", "refusal", "steps")

    def __init__(self) -> None:
        self.outcomes: dict[str, OpOutcome] = {}
        self.steps: list[TableStep] = []
        self.refusal: str | None = None  # set when the batch must go the reference way
        self.grouped: list[Sequence[str]] = []  # applied appends' op ids with no answer each (prepare_due)


def prepare(terminal: TerminalIdentity, ops: Sequence[PushOp], now: datetime) -> Prepared:
    """The ops grouped by table (a repeated op id counts once) and checked; see `Prepared`."""
    prepared = Prepared()
    unique: dict[str, PushOp] = {}
    for op in ops:
        unique.setdefault(op.op_id, op)  # a repeated op id counts once, as the reference path does
    by_entity: dict[str, list[PushOp]] = {}
    for op in unique.values():
        by_entity.setdefault(op.entity, []).append(op)
    try:
        for entity in sorted(by_entity, key=_table_rank):
            table = shared_tables.synced_table(entity)
            group = by_entity[entity]
            if table is None:  # an unknown table: the reference decoder names the refusal
                for op in group:
                    prepared.outcomes[op.op_id] = named_refusal(op, terminal)
            elif shared_tables.append_only(entity):
                prepared.steps.append(_append_step(terminal, table, group, prepared.outcomes))
            else:
                rows = [CopyRow(op, head) for op, head in _checked(terminal, group, prepared.outcomes)]
                prepared.steps.append(TableStep(table, rows))
    except BatchRefused as refused:
        prepared.refusal = str(refused)
    return prepared


def prepare_due(terminal: TerminalIdentity, due: DueRows, now: datetime) -> Prepared:
    """`prepare` for a batch as the outbox read gave it: each table of appends is checked and turned into
    COPY text from the read's columns, answered as a group (`Prepared.grouped`: no op or answer object per
    append); only the other ops, and a group that fails the check, are made `PushOp`s and go `prepare`'s
    way. The outbox holds each op id once, so nothing here is a repeat."""
    entities = set(due.entities)
    appends = sorted((e for e in entities if shared_tables.append_only(e)), key=_table_rank)
    if not appends:
        return prepare(terminal, due.ops(), now)
    branch = copy_text(terminal.branch)
    prepared_groups: list[tuple[sa.Table, Sequence[str], Sequence[str], str, tuple[str, ...]]] = []
    rest: list[int] = []
    for entity in appends:
        table = shared_tables.synced_table(entity)
        for layout in set(compress(due.layouts, map(entity.__eq__, due.entities))):
            mask = list(map(and_, map(entity.__eq__, due.entities), map(layout.__eq__, due.layouts)))
            op_ids, entity_ids = list(compress(due.op_ids, mask)), list(compress(due.entity_ids, mask))
            columns = due.columns_of[layout]
            text = _checked_lines(
                entity,
                columns,
                op_ids,
                entity_ids,
                compress(due.operations, mask),
                compress(due.lines, mask),
                branch,
            )
            if table is None or text is None or len(set(entity_ids)) != len(entity_ids):
                rest.extend(compress(range(len(due)), mask))  # checked op by op, each refusal named
            else:
                prepared_groups.append((table, op_ids, entity_ids, text, columns))
    others = [due.entry(i).op for i in sorted(rest)]
    others.extend(due.entry(i).op for i, e in enumerate(due.entities) if e not in appends)
    prepared = prepare(terminal, others, now)
    if prepared.refusal is not None:
        return prepared
    by_table = {step.table.name: step for step in prepared.steps}
    for table, group_ops, group_ids, text, columns in prepared_groups:
        step = by_table.get(table.name)
        if step is None:
            step = by_table[table.name] = TableStep(table)
            prepared.steps.append(step)
        if step.ids and not set(group_ids).isdisjoint(step.ids):
            return prepare(terminal, due.ops(), now)  # one row twice: refused the way prepare refuses it
        step.lines.setdefault(columns, []).append(text)
        step.ids.extend(group_ids)
        step.op_ids.extend(group_ops)
        prepared.grouped.append(group_ops)
    prepared.steps.sort(key=lambda step: _table_rank(step.table.name))
    return prepared


def _table_rank(name: str) -> int:
    return shared_tables.TABLE_ORDER.get(name, -1)


def _checked(
    terminal: TerminalIdentity, ops: Sequence[PushOp], outcomes: dict[str, OpOutcome]
) -> Iterator[tuple[PushOp, str]]:
    """Each op whose line passes the checks, with the line up to its version field; the others get their
    named refusal. One batch holds one layout per table but for entries from before a schema change."""
    branch = copy_text(terminal.branch)
    columns: tuple[str, ...] | None = None
    layout = None
    for op in ops:
        try:
            if op.columns is not columns:
                columns, layout = op.columns, line_layout(op.entity, op.columns)
            yield op, line_head(op, branch, layout)
        except NotCopyable:
            outcomes[op.op_id] = named_refusal(op, terminal)


def named_refusal(op: PushOp, terminal: TerminalIdentity) -> OpOutcome:
    """The reference decoder's named refusal; if it accepts what the fast check did not, use the reference."""
    try:
        prepare_op(op, terminal)
    except TellerError as error:
        return OpOutcome(
            op.op_id, REJECTED, op.entity, op.entity_id, reason_code=error.code, reason=error.render()
        )
    raise BatchRefused(f"op {op.op_id} needs the reference path")


def _append_step(
    terminal: TerminalIdentity, table: sa.Table, ops: Sequence[PushOp], outcomes: dict[str, OpOutcome]
) -> TableStep:
    """The COPY text of appends (version 1), by layout; each answered as applied. An append is inserted
    once by id: one already stored centrally fails the batch at the server (the reference path then skips
    it); one id twice in a batch fails it here."""
    ids = [op.entity_id for op in ops]
    if len(set(ids)) != len(ids):
        raise BatchRefused(f"one {table.name} row twice in a batch")
    step = TableStep(table)
    branch = copy_text(terminal.branch)
    for group in _by_layout(ops):
        text = _checked_appends(table.name, group, branch)
        if text is None:  # some line fails a check: op by op, so each bad one gets its named refusal
            checked = list(_checked(terminal, group, outcomes))
            group = [op for op, _ in checked]
            text = "".join(f"{head}1\n" for _, head in checked)
        if not group:
            continue
        op_ids = list(map(itemgetter(0), group))
        entity_ids = list(map(itemgetter(2), group))
        answers = map(OpOutcome, op_ids, repeat(APPLIED), repeat(table.name), entity_ids, repeat(1))
        outcomes.update(zip(op_ids, answers, strict=True))
        step.lines.setdefault(group[0].columns, []).append(text)
        step.ids.extend(entity_ids)
        step.op_ids.extend(op_ids)
    return step


def _by_layout(ops: Sequence[PushOp]) -> list[Sequence[PushOp]]:
    """`ops` in groups of one layout each, in order of first appearance (nearly always one group)."""
    if len(set(map(id, map(itemgetter(5), ops)))) <= 1:  # one layout tuple: the outbox read shares it
        return [ops]
    groups: dict[tuple[str, ...], list[PushOp]] = {}
    for op in ops:
        groups.setdefault(op.columns, []).append(op)
    return list(groups.values())


def _checked_appends(entity: str, ops: Sequence[PushOp], branch: str) -> str | None:
    """The COPY text (version 1) of appends of one layout when every line passes `line_head`'s checks,
    made on the whole group at once (the same checks, in C loops rather than one Python call per op);
    None when any fails, so the caller checks op by op."""
    if not ops:
        return ""
    return _checked_lines(
        entity,
        ops[0].columns,
        list(map(itemgetter(0), ops)),
        list(map(itemgetter(2), ops)),
        map(itemgetter(3), ops),
        map(itemgetter(4), ops),
        branch,
    )


def _checked_lines(
    entity: str,
    columns: tuple[str, ...],
    op_ids: Sequence[str],
    entity_ids: Sequence[str],
    operations: Iterable[str],
    lines: Iterable[str],
    branch: str,
) -> str | None:
    """`_checked_appends` on the group's columns (op ids, row ids, operations and lines of one layout)."""
    try:
        layout = line_layout(entity, columns)
    except NotCopyable:
        return None
    lines = list(lines)
    joined_ops = ",".join(op_ids)
    joined_ids = "".join(entity_ids)
    whole = "\n".join(lines)
    if not (
        set(operations) == {layout.operation}
        and all(entity_ids)
        and "\t" not in joined_ids
        and "\\" not in joined_ids
        and joined_ops.count(",") == len(op_ids) - 1
        and "\t" not in joined_ops
        and "\\" not in joined_ops
        and whole.count("\n") == len(lines) - 1
        and "\r" not in whole
        and set(map(str.count, lines, repeat("\t"))) == {layout.tabs}
        and all(map(str.startswith, lines, map(add, entity_ids, repeat(f"\t{branch}\t"))))
    ):
        return None
    return "1\n".join([line[: line.rindex("\t") + 1] for line in lines]) + "1\n"
