"""The owners table's rows as the nested holdings the core computes on: each row under the company whose
number it names in "held through", and the rows whose "held through" names no company of the table (a
number not in it, the row itself, a person) or goes round in a circle, which are kept at the top and named
so the step waits until the teller corrects them, each with its "held_through" kept (a draft saved then
reopens with it); nothing chosen is dropped or put under another company."""

from __future__ import annotations

from dataclasses import dataclass

NOT_IN_TABLE = "not_in_table"  # the number held through is no company's row
IN_A_CIRCLE = "in_a_circle"  # the rows hold each other round in a circle


@dataclass(frozen=True)
class Misplaced:
    number: str  # the row's number (No.)
    through: str  # what the teller typed under "held through"
    why: str  # NOT_IN_TABLE or IN_A_CIRCLE


def nest(
    nodes: dict[str, dict[str, object]], parents: dict[str, str], companies: set[str]
) -> tuple[list[dict[str, object]], list[Misplaced]]:
    """The top-level holders (each company with its "holders") and the rows that could not be placed.

    nodes: number → the row's holder data, in table order; parents: number → the "held through" typed;
    companies: the numbers of the rows that are companies (only a company holds shares for others)."""
    misplaced: list[Misplaced] = []
    placed: dict[str, str] = {}  # number → the company it is under
    for number, through in parents.items():
        if through == number or through not in nodes or through not in companies:
            misplaced.append(Misplaced(number, through, NOT_IN_TABLE))
        else:
            placed[number] = through
    for number in list(placed):
        seen, here = {number}, placed[number]
        while here in placed:
            if here in seen:
                misplaced.append(Misplaced(number, parents[number], IN_A_CIRCLE))
                break
            seen.add(here)
            here = placed[here]
    circling = {m.number for m in misplaced if m.why == IN_A_CIRCLE}
    top: list[dict[str, object]] = []
    for number, node in nodes.items():
        parent = placed.get(number) if number not in circling else None
        if number in parents and parent is None:  # kept at the top with what was chosen, for the draft
            node["held_through"] = parents[number]
        if parent is not None:
            children = nodes[parent].setdefault("holders", [])
            assert isinstance(children, list)
            children.append(node)
        else:
            top.append(node)
    return top, sorted(misplaced, key=lambda m: list(nodes).index(m.number))
