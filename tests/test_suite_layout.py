"""The test suite's own layout: no test module imports another (what tests share lives in helper modules and
conftest.py), so running one test file never runs, or depends on, another's fixtures and tests."""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parent


def _imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module)
    return names


def test_no_test_module_imports_another():
    test_modules = {path.stem for path in TESTS.rglob("test_*.py")}
    offenders = {
        f"{path.relative_to(TESTS)} imports {name}"
        for path in TESTS.rglob("test_*.py")
        for name in _imported_modules(path)
        if name.split(".")[-1] in test_modules
    }
    assert not offenders, sorted(offenders)
