"""The start-of-day check speaks the teller's language: every detail the core writes is translated.

The details are read from the core's source (the literal templates given to `Check`, `_fail` and the
`detail` variables of the check modules), so a new check or a reworded detail without a translation fails
here instead of showing English on a Chinese teller's first screen.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from ui.backend import CheckOutcome, CheckResult
from ui.terminal.check_details import CHECK_DETAILS, check_detail

ROOT = Path(__file__).resolve().parents[2]
CHECK_MODULES = (
    "teller_app/storage/checks.py",
    "teller_app/services/start_of_day.py",
    "teller_app/services/sync_health.py",
    "teller_app/services/calendar.py",
)


def _templates_of(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        candidates: list[ast.expr] = []
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name | ast.Attribute):
            name = node.func.id if isinstance(node.func, ast.Name) else node.func.attr
            position = {"Check": 2, "_fail": 0}.get(name)
            if position is not None and len(node.args) > position:
                candidates.append(node.args[position])
        elif isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
            if isinstance(target, ast.Tuple) and isinstance(value, ast.Tuple) and target.elts:
                target, value = target.elts[0], value.elts[0]
            if isinstance(target, ast.Name) and target.id == "detail":
                candidates.append(value)
        for candidate in candidates:
            parts = [candidate.body, candidate.orelse] if isinstance(candidate, ast.IfExp) else [candidate]
            for part in parts:
                assert not isinstance(part, ast.JoinedStr), (
                    f"{path.name}:{node.lineno}: a check's detail is a template with named values, not an f-string"
                )
                if isinstance(part, ast.Constant) and isinstance(part.value, str):
                    found.add(part.value)
    return found


def test_every_start_of_day_detail_of_the_core_is_translated():
    templates = set().union(*(_templates_of(ROOT / module) for module in CHECK_MODULES))
    assert len(templates) > 30  # the scan reads the checks
    missing = sorted(templates - CHECK_DETAILS)
    assert not missing, (
        f"check details without a translation (add them to ui/terminal/check_details.py): {missing}"
    )


@pytest.mark.usefixtures("chinese")
def test_a_check_detail_reads_in_chinese_with_its_values(qapp):
    result = CheckResult(
        "migrations",
        CheckOutcome.FAIL,
        "schema at {current}, newest is {head}",
        params={"current": "0007", "head": "0010"},
    )
    text = check_detail(result)
    assert "0007" in text and "0010" in text and "schema" not in text and "newest" not in text


@pytest.mark.usefixtures("chinese")
def test_a_check_that_failed_on_a_core_error_is_said_by_the_error_sentence(qapp):
    result = CheckResult(
        "key_store", CheckOutcome.FAIL, "The passphrase is wrong.", error_code="keystore.wrong_passphrase"
    )
    assert check_detail(result) == "密钥库口令错误，请重试。"
