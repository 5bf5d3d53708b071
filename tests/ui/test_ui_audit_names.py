"""The operation record in words: every action and detail key the core writes has a name in ui/audit/record_names.py.

The core's audit calls are read from its source (append_audit's literal action, the literal keys of every
`details` dict and of the `as_details()` dicts it passes), so a new action or key without a name fails
here instead of showing a code such as `claimed_user` to an auditor. A function that hands its own `action`
on to append_audit (UserAdministration._audit and _change, CaseWork.audit, the sign-in's _record) is an
audit writer too: the literal actions its callers pass are read, and the keywords they pass into its
`**details` are detail keys. Names in both languages are checked by the translation tests.
"""

from __future__ import annotations

import ast
from pathlib import Path
from typing import NamedTuple

from ui.audit.record_names import AUDIT_ACTIONS, AUDIT_DETAILS
from ui.names import FIELDS

CORE = Path(__file__).resolve().parents[2] / "teller_app"
DETAIL_DICT_FUNCTIONS = {"as_details"}


def _literal_keys(node: ast.AST) -> set[str]:
    if not isinstance(node, ast.Dict):
        return set()
    return {k.value for k in node.keys if isinstance(k, ast.Constant) and isinstance(k.value, str)}


class Writer(NamedTuple):
    """A function that writes an audit event: where its callers put the action, and whether the keywords they
    pass beyond its own parameters become detail keys (its **details)."""

    position: int  # of `action` among its positional parameters after self
    params: frozenset[str]
    keeps_keywords: bool


APPEND = Writer(0, frozenset(), keeps_keywords=False)


def _callee(module: str, call: ast.Call) -> tuple[str, ...]:
    """A plain call names a function of its own module; `x.name(...)` a method of any class."""
    if isinstance(call.func, ast.Attribute):
        return ("method", call.func.attr)
    return ("function", module, getattr(call.func, "id", ""))


def _action_argument(call: ast.Call, writer: Writer) -> ast.expr | None:
    if len(call.args) > writer.position:
        return call.args[writer.position]
    return next((k.value for k in call.keywords if k.arg == "action"), None)


def _literals(node: ast.expr | None) -> list[str]:
    """The action names an argument can be: a literal, or each literal branch of `a if test else b`."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        return _literals(node.body) + _literals(node.orelse)
    return []


def _functions(module: str, tree: ast.Module) -> list[tuple[tuple[str, ...], ast.FunctionDef, list[str]]]:
    """(key, function, positional parameters after self) for a module's functions and its classes' methods."""
    found = []
    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            found.append((("function", module, node.name), node, [a.arg for a in node.args.args]))
        elif isinstance(node, ast.ClassDef):
            for item in node.body:
                if isinstance(item, ast.FunctionDef):
                    positional = [a.arg for a in item.args.args]
                    if positional[:1] in (["self"], ["cls"]):
                        positional = positional[1:]
                    found.append((("method", item.name), item, positional))
    return found


def _writers(trees: dict[str, ast.Module]) -> dict[tuple[str, ...], Writer]:
    """append_audit, and every function that passes its own `action` parameter on to a writer."""
    writers: dict[tuple[str, ...], Writer] = {("method", "append_audit"): APPEND}
    grew = True
    while grew:
        grew = False
        for module, tree in trees.items():
            for key, function, positional in _functions(module, tree):
                params = {a.arg for a in function.args.args + function.args.kwonlyargs}
                if key in writers or "action" not in params:
                    continue
                for call in ast.walk(function):
                    writer = writers.get(_callee(module, call)) if isinstance(call, ast.Call) else None
                    argument = _action_argument(call, writer) if writer else None
                    if isinstance(argument, ast.Name) and argument.id == "action":
                        position = positional.index("action") if "action" in positional else len(positional)
                        details = function.args.kwarg is not None and function.args.kwarg.arg == "details"
                        writers[key] = Writer(position, frozenset(params), details)
                        grew = True
                        break
    return writers


def _written_by_core() -> tuple[dict[str, str], dict[str, str]]:
    """(action → file, detail key → file) for what the core's source writes into audit events."""
    actions: dict[str, str] = {}
    keys: dict[str, str] = {}
    trees = {
        str(path.relative_to(CORE.parent)): ast.parse(path.read_text(encoding="utf-8"))
        for path in sorted(CORE.rglob("*.py"))
    }
    writers = _writers(trees)
    for where, tree in trees.items():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                writer = writers.get(_callee(where, node))
                if writer is not None:
                    for action in _literals(_action_argument(node, writer)):
                        actions.setdefault(action, where)
                    if writer.keeps_keywords:
                        named = {k.arg for k in node.keywords if k.arg and k.arg not in writer.params}
                        keys.update(dict.fromkeys(named - keys.keys(), where))
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


def test_the_scan_finds_the_actions_passed_through_an_audit_writer():
    """The user administration's actions go through _audit and _change, the case's through CaseWork.audit."""
    actions, keys = _written_by_core()
    assert {"user.created", "user.locked", "user.renamed", "user.second_factor_enrolled"} <= actions.keys()
    assert {"sign_in.failed", "sign_in.refused", "case.hand_over", "procedure.adopted"} <= actions.keys()
    assert {"role", "must_change_password", "old_username", "reason"} <= keys.keys()


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
