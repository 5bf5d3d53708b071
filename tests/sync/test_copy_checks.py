"""The COPY path checks a table's appends as one group: it accepts exactly the lines that the op-by-op
check (`copy_rows.line_head`) accepts, and builds the same COPY text; any damaged line sends the group
back to the op-by-op check, which names the op at fault."""

from __future__ import annotations

import uuid

import pytest

from teller_app.storage.rows import layout_columns
from teller_app.sync import shared_tables
from teller_app.sync.central_bulk import _append_step, _checked_appends
from teller_app.sync.copy_rows import NotCopyable, line_head
from teller_app.sync.ops import APPEND, REJECTED, UPSERT, PushOp, TerminalIdentity

BRANCH = "B0101"
TERMINAL = TerminalIdentity(f"{BRANCH}:T01", BRANCH, "T01")
EVENTS = shared_tables.synced_table("audit_events")
assert EVENTS is not None
COLUMNS = layout_columns(EVENTS)


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
