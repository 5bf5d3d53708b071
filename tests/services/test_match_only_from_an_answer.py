"""No code path answers 一致 (match) by itself: only the result's own definition and the demo teller name it, and
no way through the identity step turns 'no answer' into a match."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from identity_helpers import FakeService, corporate_case_at_identity, save_identity, without_terminal_entries
from service_helpers import corporate_identity

from teller_app.domain.errors import TellerError
from teller_app.domain.id_verification import CheckResult
from teller_app.domain.steps import Step
from teller_app.services import cases
from teller_app.services.case_store import load_case

# -- no code path answers 一致 by itself ---------------------------------------------------------------

ALLOWED_MATCH = {
    # the result's own definition and the list of what a teller may pick from the terminal
    "teller_app/domain/id_verification.py",
    # the demo's scripted teller, who types DEMO- references (a demo workspace, not a real check)
    "teller_app/services/demo.py",
    # the sample sheets that preview and test the printed forms (plain dataclasses, never a case)
    "teller_app/documents/samples.py",
}


def _core_files() -> list[Path]:
    root = Path(__file__).resolve().parents[2]
    return [p for p in (root / "teller_app").rglob("*.py") if "migrations" not in p.parts]


def _compared(tree: ast.AST) -> set[int]:
    """Nodes that only read a value in a comparison (``x is CheckResult.MATCH``): they produce nothing."""
    inside = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare):
            for part in (node.left, *node.comparators):
                inside |= {id(n) for n in ast.walk(part)}
    return inside


def test_no_core_code_produces_a_match_but_the_result_itself_and_the_demo_teller():
    root = Path(__file__).resolve().parents[2]
    found = set()
    for path in _core_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        compared = _compared(tree)
        for node in ast.walk(tree):
            literal = isinstance(node, ast.Constant) and node.value in ("match", "一致")
            member = isinstance(node, ast.Attribute) and node.attr == "MATCH"
            if (literal or member) and id(node) not in compared:
                found.add(path.relative_to(root).as_posix())
    assert found <= ALLOWED_MATCH, found - ALLOWED_MATCH
    assert "teller_app/domain/id_verification.py" in found  # the scan does see the constant


def test_every_service_path_through_identity_without_an_answer_records_no_match(store, staff):
    """Draft, complete, advance, Back-and-save, guidance: none of them turns 'no answer' into 一致."""
    teller = staff["teller"]
    case = corporate_case_at_identity(store, teller)
    entries = without_terminal_entries(corporate_identity())
    cases.save_step(store, teller, case.id, "identity", entries, complete=False)
    with pytest.raises(TellerError):
        cases.save_step(store, teller, case.id, "identity", entries, complete=True)
    with pytest.raises(TellerError):
        save_identity(store, teller, case.id, entries, id_check=FakeService(CheckResult.UNAVAILABLE))
    with pytest.raises(TellerError):
        cases.advance_case(store, teller, case.id)
    guidance = cases.step_guidance(store, teller, case.id)
    assert [g.code for g in guidance] == ["identity.online_check_unavailable"]
    stored = load_case(store, case.id).data_for(Step.IDENTITY)["online_check"]
    assert all(r["result"] != "match" for r in stored.values())
