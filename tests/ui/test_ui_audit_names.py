"""The operation record in words: every action and detail key the core writes has a name in ui/audit/record_names.py.

The core's audit calls are read from its source (append_audit's literal action, the literal keys of every
`details` dict and of the `as_details()` dicts it passes), so a new action or key without a name fails
here instead of showing a code such as `claimed_user` to an auditor. Names in both languages are checked
by the translation tests.
"""

from __future__ import annotations

import ast
from pathlib import Path

from ui.audit.record_names import AUDIT_ACTIONS, AUDIT_DETAILS
from ui.names import FIELDS

CORE = Path(__file__).resolve().parents[2] / "teller_app"
DETAIL_DICT_FUNCTIONS = {"as_details"}


def _literal_keys(node: ast.AST) -> set[str]:
    if not isinstance(node, ast.Dict):
        return set()
    return {k.value for k in node.keys if isinstance(k, ast.Constant) and isinstance(k.value, str)}


def _written_by_core() -> tuple[dict[str, str], dict[str, str]]:
    """(action → file, detail key → file) for what the core's source writes into audit events."""
    actions: dict[str, str] = {}
    keys: dict[str, str] = {}
    for path in sorted(CORE.rglob("*.py")):
        where = str(path.relative_to(CORE.parent))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                name = (
                    node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
                )
                first = node.args[0] if node.args else None
                if (
                    name == "append_audit"
                    and isinstance(first, ast.Constant)
                    and isinstance(first.value, str)
                ):
                    actions.setdefault(first.value, where)
                for keyword in node.keywords:
                    if keyword.arg == "details":
                        keys.update(dict.fromkeys(_literal_keys(keyword.value) - keys.keys(), where))
            elif isinstance(node, ast.Assign | ast.AnnAssign):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                for target in targets:
                    if isinstance(target, ast.Name) and target.id == "details" and node.value is not None:
                        keys.update(dict.fromkeys(_literal_keys(node.value) - keys.keys(), where))
                    if (
                        isinstance(target, ast.Subscript)
                        and isinstance(target.value, ast.Name)
                        and target.value.id == "details"
                        and isinstance(target.slice, ast.Constant)
                        and isinstance(target.slice.value, str)
                    ):
                        keys.setdefault(target.slice.value, where)
            elif isinstance(node, ast.FunctionDef) and node.name in DETAIL_DICT_FUNCTIONS:
                for inner in ast.walk(node):
                    if isinstance(inner, ast.Return) and inner.value is not None:
                        keys.update(dict.fromkeys(_literal_keys(inner.value) - keys.keys(), where))
    return actions, keys


def test_the_scan_finds_the_core_audit_calls():
    actions, keys = _written_by_core()
    assert {"case.open", "post_review.sampled", "store.restored"} <= actions.keys()
    assert {"claimed_user", "backup_seq", "events_taken_back", "purpose"} <= keys.keys()


def test_every_audit_action_the_core_writes_has_a_name():
    actions, _ = _written_by_core()
    unnamed = {action: where for action, where in actions.items() if action not in AUDIT_ACTIONS}
    assert not unnamed, (
        f"audit actions shown as codes (add them to ui/audit/record_names.py AUDIT_ACTIONS): {unnamed}"
    )


def test_every_audit_detail_key_the_core_writes_has_a_label():
    _, keys = _written_by_core()
    unnamed = {key: where for key, where in keys.items() if key not in AUDIT_DETAILS and key not in FIELDS}
    assert not unnamed, (
        f"audit detail keys shown as codes (add them to ui/audit/record_names.py AUDIT_DETAILS): {unnamed}"
    )
