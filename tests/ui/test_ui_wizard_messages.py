"""Every refusal the wizard's core can raise reaches the teller in words, in both languages, never as a code.

The test reads the error codes raised in the modules behind the wizard's steps, the approval, the seal card,
the services and printing, and fails on any code without a translated sentence in ui/messages/.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from ui.messages import MESSAGES

ROOT = Path(__file__).resolve().parents[2]
WIZARD_CORE = (
    "teller_app/domain/case.py",
    "teller_app/domain/case_moves.py",
    "teller_app/domain/case_approval.py",
    "teller_app/domain/seals.py",
    "teller_app/domain/service_catalogue.py",
    "teller_app/services/cases.py",
    "teller_app/services/step_checks.py",
    "teller_app/services/step_records.py",
    "teller_app/services/approvals.py",
    "teller_app/documents/required.py",
)
ERRORS = {"InputError", "RuleError", "TellerError"}


def raised_codes(relative: str) -> set[str]:
    codes = set()
    for node in ast.walk(ast.parse((ROOT / relative).read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and node.args:
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            code = node.args[0]
            if name in ERRORS and isinstance(code, ast.Constant) and isinstance(code.value, str):
                codes.add(code.value)
    return codes


@pytest.mark.parametrize("module", WIZARD_CORE)
def test_every_code_the_wizard_core_raises_has_a_sentence_for_the_teller(module) -> None:
    codes = {c for c in raised_codes(module) if "{" not in c}
    assert codes, module  # the scan reads the module
    assert sorted(codes - set(MESSAGES)) == []
