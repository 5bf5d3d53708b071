"""The procedure's flowchart as data: boxes, decisions, control and risk points, read from the definition.

One source: the process definition's `[[flowchart.nodes]]` names every box; the SLA of a step's box is the
definition's `sla_minutes` for that step. The printed flowchart, the on-screen one and the help all read it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from teller_app.domain.definition_reader import DefinitionReader
from teller_app.domain.steps import ORDER, Step


class FlowKind(StrEnum):
    """Standard flowchart symbols (GB/T 1526, ISO 5807)."""

    TERMINATOR = "terminator"  # 起止框
    PROCESS = "process"  # 处理框
    DECISION = "decision"  # 判断框
    DOCUMENT = "document"  # 文档框


@dataclass(frozen=True)
class FlowNode:
    """One box of the process flowchart, top to bottom in the order given.

    A DECISION continues downwards on 是 (yes); on 否 (no) it points to `no_target` (another node's code)
    with the words `no_label`, or just shows `no_label` (终止受理) when there is no target.
    """

    code: str  # unique; a Step value for step boxes
    label_zh: str
    label_en: str
    kind: FlowKind = FlowKind.PROCESS
    is_control_point: bool = False  # 关键控制点
    is_risk_point: bool = False  # 风险点
    sla_minutes: int | None = None
    step: str = ""  # the case step this box belongs to, when its code is not the step itself
    no_target: str = ""
    no_label: str = ""
    no_label_en: str = ""
    control_zh: str = ""  # what is checked at this control point, in the procedure's words
    control_en: str = ""

    @property
    def step_code(self) -> str:
        """The case step this box belongs to ("" for the start and end)."""
        return self.step or (self.code if self.code in _STEP_VALUES else "")


_STEP_VALUES = frozenset(step.value for step in Step)
_NODE_KEYS = {
    "kind",
    "control_point",
    "risk_point",
    "step",
    "no_target",
    "no_label_zh",
    "no_label_en",
    "control_zh",
    "control_en",
}


def parse_flowchart(r: DefinitionReader, raw: Any, sla: Mapping[Step, int]) -> tuple[FlowNode, ...]:
    """`[[flowchart.nodes]]`: every step once, in the procedure's order, between a start and an end box."""
    table = r.table(raw, "flowchart")
    r.only_keys(table, "flowchart", required={"nodes"})
    items = table["nodes"]
    if not isinstance(items, list) or not items:
        r.fail("flowchart.nodes", "must be a list of tables ([[flowchart.nodes]])")
    nodes = [_node(r, item, index, sla) for index, item in enumerate(items)]
    codes = [node.code for node in nodes]
    for index, node in enumerate(nodes):
        key = f"flowchart.nodes[{index}]"
        if codes.count(node.code) > 1:
            r.fail(f"{key}.code", "{code!r} names more than one box", code=node.code)
        if node.no_target and node.no_target not in codes:
            r.fail(f"{key}.no_target", "{code!r} is not a box of this flowchart", code=node.no_target)
        if node.kind is not FlowKind.DECISION and (node.no_target or node.no_label):
            r.fail(f"{key}.no_target", "only a decision has a 否 branch")
    if nodes[0].kind is not FlowKind.TERMINATOR or nodes[-1].kind is not FlowKind.TERMINATOR:
        r.fail("flowchart.nodes", "must begin and end with a terminator (起止框)")
    steps_drawn = [node.code for node in nodes if node.code in _STEP_VALUES]
    if steps_drawn != [step.value for step in ORDER]:
        r.fail(
            "flowchart.nodes",
            "must draw every step once, in the procedure's order ({order}), not {drawn}",
            order=", ".join(s.value for s in ORDER),
            drawn=", ".join(steps_drawn) or "none",
        )
    return tuple(nodes)


def _node(r: DefinitionReader, raw: Any, index: int, sla: Mapping[Step, int]) -> FlowNode:
    key = f"flowchart.nodes[{index}]"
    item = r.table(raw, key)
    r.only_keys(item, key, required={"code", "label_zh", "label_en"}, optional=_NODE_KEYS)
    code = r.text(item["code"], f"{key}.code")
    kind = r.choice(FlowKind, item.get("kind", "process"), f"{key}.kind")
    step = r.choice(Step, item["step"], f"{key}.step").value if "step" in item else ""
    if step and code in _STEP_VALUES:
        r.fail(f"{key}.step", "a step's own box needs no step key")
    control = r.flag(item.get("control_point", False), f"{key}.control_point")
    control_zh = r.text(item.get("control_zh", ""), f"{key}.control_zh", allow_empty=True)
    control_en = r.text(item.get("control_en", ""), f"{key}.control_en", allow_empty=True)
    if control and code in _STEP_VALUES and not (control_zh and control_en):
        r.fail(f"{key}.control_zh", "a step marked as a control point must say what is checked (zh and en)")
    return FlowNode(
        code=code,
        label_zh=r.text(item["label_zh"], f"{key}.label_zh"),
        label_en=r.text(item["label_en"], f"{key}.label_en"),
        kind=kind,
        is_control_point=control,
        is_risk_point=r.flag(item.get("risk_point", False), f"{key}.risk_point"),
        sla_minutes=sla.get(Step(code)) if code in _STEP_VALUES else None,
        step=step,
        no_target=r.text(item.get("no_target", ""), f"{key}.no_target", allow_empty=True),
        no_label=r.text(item.get("no_label_zh", ""), f"{key}.no_label_zh", allow_empty=True),
        no_label_en=r.text(item.get("no_label_en", ""), f"{key}.no_label_en", allow_empty=True),
        control_zh=control_zh,
        control_en=control_en,
    )


def control_points(nodes: tuple[FlowNode, ...], step: str) -> list[FlowNode]:
    """The control points of one step: its box and its decisions that are marked 控."""
    return [n for n in nodes if n.step_code == step and n.is_control_point]


def risk_points(nodes: tuple[FlowNode, ...], step: str) -> list[FlowNode]:
    return [n for n in nodes if n.step_code == step and n.is_risk_point]
