"""The COPY path checks a table's appends as one group: it accepts exactly the lines that the op-by-op
check (`copy_rows.line_head`) accepts, and builds the same COPY text; any damaged line sends the group
back to the op-by-op check, which names the op at fault. A batch read from the outbox
(`bulk_batch.prepare_due`) is checked the same way on its columns and gives the same COPY text."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest

from teller_app.storage.rows import layout_columns
from teller_app.sync import shared_tables
from teller_app.sync.bulk_batch import _append_step, _checked_appends, prepare, prepare_due
from teller_app.sync.copy_rows import NotCopyable, line_head
from teller_app.sync.local_queue import DueRows
from teller_app.sync.ops import APPEND, APPLIED, REJECTED, UPSERT, PushOp, TerminalIdentity

BRANCH = "B0101"
TERMINAL = TerminalIdentity(f"{BRANCH}:T01", BRANCH, "T01")
EVENTS = shared_tables.synced_table("audit_events")
assert EVENTS is not None
COLUMNS = layout_columns(EVENTS)
NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def _event(n: int) -> PushOp:
    row_id = str(uuid.uuid4())
    fields = [row_id, BRANCH, *(f"v{n}" for _ in COLUMNS[2:-1]), "0"]
    return PushOp(str(uuid.uuid4()), "audit_events", row_id, APPEND, "\t".join(fields), COLUMNS)


def _damaged(op: PushOp, how: str) -> PushOp:
    tail = op.line[len(op.entity_id) + len(BRANCH) + 2 :]
    return {
        "another branch": op._replace(line=f"{op.entity_id}\tB9999\t{tail}"),
        "another id": op._replace(line=op.line.replace(op.entity_id, str(uuid.uuid4()))),
        "a field too many": op._replace(line=op.line + "\tsmuggled"),
        "a field too few": op._replace(line=op.line[: op.line.rindex("\t")]),
        "a line break": op._replace(line=op.line.replace("\tv", "\nv", 1)),
        "a carriage return": op._replace(line=op.line.replace("\tv", "\tv\r", 1)),
        "a tab for a line break": op._replace(line=op.line.replace("\t", "\n")),
        "a comma in the op id": op._replace(op_id=op.op_id + ",x"),
        "a tab in the op id": op._replace(op_id=op.op_id + "\tx"),
        "a backslash in the op id": op._replace(op_id=op.op_id + "\\x"),
        "an empty row id": op._replace(entity_id="", line=op.line.replace(op.entity_id, "", 1)),
        "a backslash in the row id": op._replace(
            entity_id=op.entity_id + "\\", line=op.line.replace(op.entity_id, op.entity_id + "\\", 1)
        ),
        "a line break inside a field": op._replace(line=op.line.replace("\tv", "\tv\n", 1)),
        "an upsert": op._replace(operation=UPSERT),
    }[how]


DAMAGES = [
    "another branch",
    "another id",
    "a field too many",
    "a field too few",
    "a line break",
    "a carriage return",
    "a tab for a line break",
    "a comma in the op id",
    "a tab in the op id",
    "a backslash in the op id",
    "an empty row id",
    "a backslash in the row id",
    "a line break inside a field",
    "an upsert",
]


def test_a_sound_group_gives_the_op_by_op_copy_text():
    ops = [_event(n) for n in range(50)]
    expected = "".join(f"{line_head(op, BRANCH)}1\n" for op in ops)
    assert _checked_appends("audit_events", ops, BRANCH) == expected


@pytest.mark.parametrize("how", DAMAGES)
@pytest.mark.parametrize("where", [0, 17, 49])
def test_one_damaged_line_anywhere_sends_the_group_op_by_op(how, where):
    ops = [_event(n) for n in range(50)]
    ops[where] = _damaged(ops[where], how)
    with pytest.raises(NotCopyable):
        line_head(ops[where], BRANCH)  # the op-by-op check refuses it …
    assert _checked_appends("audit_events", ops, BRANCH) is None  # … and so does the group check


@pytest.mark.parametrize("how", ["another branch", "a field too many", "a line break"])
def test_the_damaged_append_is_refused_by_name_and_the_others_are_copied(how):
    ops = [_event(n) for n in range(20)]
    ops[5] = _damaged(ops[5], how)
    outcomes: dict = {}

    step = _append_step(TERMINAL, EVENTS, ops, outcomes)

    assert outcomes[ops[5].op_id].outcome == REJECTED and outcomes[ops[5].op_id].reason_code
    good = [op for n, op in enumerate(ops) if n != 5]
    assert step.op_ids == [op.op_id for op in good] and step.ids == [op.entity_id for op in good]
    assert "".join(step.lines[COLUMNS]) == "".join(f"{line_head(op, BRANCH)}1\n" for op in good)


def _due(ops: list[PushOp]) -> DueRows:
    """A batch as the outbox read gives it (`local_queue.due_rows`): one row per entry, layouts by id."""
    layout_ids = {COLUMNS: 1}
    rows = [
        (seq, op.op_id, op.entity, op.entity_id, op.operation, op.line, layout_ids[op.columns], 0)
        for seq, op in enumerate(ops, start=1)
    ]
    return DueRows(rows, {1: COLUMNS})


def _copy_text(prepared) -> str:
    return "".join(text for step in prepared.steps for texts in step.lines.values() for text in texts)


def test_a_sound_batch_read_from_the_outbox_is_copied_as_one_group_with_no_answer_per_append():
    ops = [_event(n) for n in range(50)]

    prepared = prepare_due(TERMINAL, _due(ops), NOW)
    reference = prepare(TERMINAL, ops, NOW)

    assert prepared.refusal is None and not prepared.outcomes
    assert prepared.grouped == [[op.op_id for op in ops]]
    assert (
        _copy_text(prepared) == _copy_text(reference) == "".join(f"{line_head(op, BRANCH)}1\n" for op in ops)
    )
    assert [(s.table.name, s.ids, s.op_ids) for s in prepared.steps] == [
        (s.table.name, s.ids, s.op_ids) for s in reference.steps
    ]


@pytest.mark.parametrize(
    "how", ["another branch", "a field too many", "a line break", "a comma in the op id"]
)
def test_a_damaged_line_in_a_batch_read_from_the_outbox_is_refused_by_name_and_the_rest_copied(how):
    ops = [_event(n) for n in range(20)]
    ops[7] = _damaged(ops[7], how)

    prepared = prepare_due(TERMINAL, _due(ops), NOW)

    assert prepared.refusal is None and prepared.grouped == []  # the group went op by op
    assert prepared.outcomes[ops[7].op_id].outcome == REJECTED and prepared.outcomes[ops[7].op_id].reason_code
    good = [op for n, op in enumerate(ops) if n != 7]
    assert _copy_text(prepared) == "".join(f"{line_head(op, BRANCH)}1\n" for op in good)
    assert all(prepared.outcomes[op.op_id].outcome == APPLIED for op in good)


def test_one_row_twice_in_a_batch_read_from_the_outbox_is_refused_as_prepare_refuses_it():
    ops = [_event(n) for n in range(10)]
    ops[6] = ops[6]._replace(
        entity_id=ops[2].entity_id, line=ops[6].line.replace(ops[6].entity_id, ops[2].entity_id)
    )

    prepared = prepare_due(TERMINAL, _due(ops), NOW)

    assert prepared.refusal is not None and prepared.refusal == prepare(TERMINAL, ops, NOW).refusal
