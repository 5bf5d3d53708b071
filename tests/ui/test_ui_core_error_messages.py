"""Every refusal the core can put on a teller's screen is worded in ui/messages/, never shown as a code.

The test reads all of teller_app/ and collects the stable codes of the core's typed errors: calls of
TellerError or any of its subclasses (found by reading the class definitions, so a new error class is
covered without touching this test) with a constant code, and error classes that name their `code` as a
class attribute. Each code needs a sentence in MESSAGES, which the UI translates.

One exclusion, by module path: codes raised only under teller_app/cli/. Those are the IT administrator's
`teller-admin` command errors (set-up, restore, enrolment), printed in the console and never shown by the
UI. A code the CLI raises that is also raised anywhere else in the core is not excluded.
"""

from __future__ import annotations

import ast
from pathlib import Path

from ui.messages import MESSAGES

ROOT = Path(__file__).resolve().parents[2]
CORE = ROOT / "teller_app"
CONSOLE_ONLY = CORE / "cli"  # teller-admin, for IT: its errors go to the console, not to the teller's screen


def _name(node: ast.AST) -> str:
    return node.id if isinstance(node, ast.Name) else getattr(node, "attr", "")


def _modules() -> dict[Path, ast.Module]:
    return {path: ast.parse(path.read_text(encoding="utf-8")) for path in sorted(CORE.rglob("*.py"))}


def _error_classes(modules: dict[Path, ast.Module]) -> set[str]:
    bases = {
        node.name: {_name(base) for base in node.bases}
        for tree in modules.values()
        for node in ast.walk(tree)
        if isinstance(node, ast.ClassDef)
    }
    errors = {"TellerError"}
    while grown := {name for name, parents in bases.items() if parents & errors} - errors:
        errors |= grown
    return errors


def _constant_code(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str) and "." in node.value:
        return node.value
    return None


def raised_codes() -> dict[str, set[Path]]:
    """code → the modules that raise it."""
    modules = _modules()
    errors = _error_classes(modules)
    found: dict[str, set[Path]] = {}
    for path, tree in modules.items():
        for node in ast.walk(tree):
            code = None
            if isinstance(node, ast.Call) and _name(node.func) in errors:
                given = node.args[0] if node.args else None
                given = next((k.value for k in node.keywords if k.arg == "code"), given)
                code = _constant_code(given)
            elif isinstance(node, ast.ClassDef) and node.name in errors:
                code = next(
                    (
                        _constant_code(statement.value)
                        for statement in node.body
                        if isinstance(statement, ast.Assign)
                        and any(_name(target) == "code" for target in statement.targets)
                    ),
                    None,
                )
            if code is not None:
                found.setdefault(code, set()).add(path)
    return found


def test_the_scan_reads_the_core_s_errors_across_its_areas() -> None:
    codes = raised_codes()
    for area in ("sign_in.", "storage.", "sync.", "keystore.", "account.", "procedure."):
        assert any(code.startswith(area) for code in codes), area


def test_every_code_the_core_can_show_a_teller_has_a_sentence() -> None:
    shown = {
        code
        for code, paths in raised_codes().items()
        if any(not path.is_relative_to(CONSOLE_ONLY) for path in paths)
    }
    assert sorted(shown - set(MESSAGES)) == []
