"""The operation record in words: every action and detail key the core writes has a name in ui/audit/record_names.py.

The core's audit calls are read from its source (append_audit's literal action, the literal keys of every
`details` dict and of the `as_details()` dicts it passes), so a new action or key without a name fails
here instead of showing a code such as `claimed_user` to an auditor. A function that hands one of its own
parameters on to append_audit as the action (UserAdministration._audit and _change, CaseWork.audit, the
sign-in's _audit_attempt, approvals' _send_to_checker) is an audit writer too: the literal actions its callers pass are read, and the keywords they pass into its
`**details` are detail keys. An action built from an enum parameter (`f"incident.{stage.value}"`) stands for
one action per member of the enum, and one looked up in a table of the module (`ACCEPTED_ACTIONS[purpose]`)
for each action the table lists, a local name for what is assigned to it; an action built any other way
fails the scan, so none goes unnamed unseen.
Names in both languages are checked by the translation tests.
"""

from __future__ import annotations

import ast
import enum
import importlib
import itertools
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


class Source(NamedTuple):
    """What an action argument can be built from: its module's tables of action names (dicts of literals),
    the enums the parameters of its function are annotated with (their values), and what its function
    assigns to a local name."""

    tables: dict[str, list[str]]
    enums: dict[str, list[str]]
    assigned: dict[str, list[ast.expr]]


def _names(node: ast.expr | None, source: Source) -> list[str] | None:
    """The action names an argument can be (None: the scan cannot tell): a literal, each branch of
    `a if test else b`, an f-string or `+` over an enum parameter, or the actions of a table of the module."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        body, orelse = _names(node.body, source), _names(node.orelse, source)
        return None if body is None or orelse is None else body + orelse
    if isinstance(node, ast.JoinedStr | ast.BinOp):
        parts = node.values if isinstance(node, ast.JoinedStr) else [node.left, node.right]
        if isinstance(node, ast.BinOp) and not isinstance(node.op, ast.Add):
            return None
        choices = [_names(part, source) for part in parts]
        if any(choice is None for choice in choices):
            return None
        return ["".join(names) for names in itertools.product(*choices)]  # type: ignore[arg-type]
    if isinstance(node, ast.FormattedValue):
        return _names(node.value, source)
    if isinstance(node, ast.Attribute) and node.attr == "value" and isinstance(node.value, ast.Name):
        return source.enums.get(node.value.id)
    if isinstance(node, ast.Name) and node.id in source.enums:
        return source.enums[node.id]
    if isinstance(node, ast.Name) and node.id in source.assigned:
        rest = source._replace(assigned={k: v for k, v in source.assigned.items() if k != node.id})
        each = [_names(value, rest) for value in source.assigned[node.id]]
        return None if any(names is None for names in each) else [n for names in each for n in names or []]
    if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name):
        return source.tables.get(node.value.id)
    return None


def _tables(tree: ast.Module) -> dict[str, list[str]]:
    """A module's dicts of string literals (`ACCEPTED_ACTIONS = {"approval": "sign_in.approval", ...}`)."""
    found = {}
    for node in tree.body:
        target = node.targets[0] if isinstance(node, ast.Assign) and len(node.targets) == 1 else None
        if isinstance(target, ast.Name) and isinstance(node.value, ast.Dict):
            values = [v.value for v in node.value.values if isinstance(v, ast.Constant)]
            if values and all(isinstance(v, str) for v in values) and len(values) == len(node.value.values):
                found[target.id] = values
    return found


def _enum_parameters(module: str, function: ast.FunctionDef | None) -> dict[str, list[str]]:
    """The parameters of `function` annotated with an enum of its module's names, with the enum's values."""
    if function is None:
        return {}
    names = vars(importlib.import_module(module.removesuffix(".py").replace("/", ".")))
    found = {}
    for argument in function.args.args + function.args.kwonlyargs:
        annotation = argument.annotation
        kind = names.get(annotation.id) if isinstance(annotation, ast.Name) else None
        if isinstance(kind, type) and issubclass(kind, enum.Enum):
            found[argument.arg] = [str(member.value) for member in kind]
    return found


def _assigned(function: ast.FunctionDef | None) -> dict[str, list[ast.expr]]:
    """What `function` assigns to each plain local name."""
    found: dict[str, list[ast.expr]] = {}
    for node in ast.walk(function) if function is not None else ():
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    found.setdefault(target.id, []).append(node.value)
    return found


def _enclosing_functions(tree: ast.Module) -> dict[int, ast.FunctionDef]:
    """The innermost function around each node of the module, by the node's id."""
    around: dict[int, ast.FunctionDef] = {}
    for function in (n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)):  # outer ones first
        for inner in ast.walk(function):
            around[id(inner)] = function
    return around


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
                    if isinstance(argument, ast.Name) and argument.id in params:  # its own parameter, on
                        name = argument.id
                        position = positional.index(name) if name in positional else len(positional)
                        details = function.args.kwarg is not None and function.args.kwarg.arg == "details"
                        writers[key] = Writer(position, frozenset(params), details)
                        grew = True
                        break
    return writers


def _written_by_core() -> tuple[dict[str, str], dict[str, str]]:
    """(action → file, detail key → file) for what the core's source writes into audit events."""
    actions, keys, _ = _scan_core()
    return actions, keys


def _scan_core() -> tuple[dict[str, str], dict[str, str], list[str]]:
    """What _written_by_core returns, and the actions built in a way the scan cannot read (file:line: code)."""
    actions: dict[str, str] = {}
    keys: dict[str, str] = {}
    unreadable: list[str] = []
    trees = {
        str(path.relative_to(CORE.parent)): ast.parse(path.read_text(encoding="utf-8"))
        for path in sorted(CORE.rglob("*.py"))
    }
    writers = _writers(trees)
    for where, tree in trees.items():
        tables, around = _tables(tree), _enclosing_functions(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                writer = writers.get(_callee(where, node))
                if writer is not None:
                    argument, function = _action_argument(node, writer), around.get(id(node))
                    source = Source(tables, _enum_parameters(where, function), _assigned(function))
                    names = _names(argument, source)
                    handed_on = (
                        isinstance(argument, ast.Name)
                        and function is not None
                        and argument.id in {a.arg for a in function.args.args + function.args.kwonlyargs}
                    )  # a writer's own parameter: what its callers pass is read at them
                    if names is None and argument is not None and not handed_on:
                        unreadable.append(f"{where}:{node.lineno}: {ast.unparse(argument)}")
                    for action in names or []:
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
    return actions, keys, unreadable


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


def test_the_scan_reads_the_actions_built_from_an_enum_or_looked_up_in_a_table():
    """approval.<decision>, incident.<stage>, account.uniqueness_<state>: one per member of the enum; the
    sign-in's action for each purpose, from its table."""
    actions, _ = _written_by_core()
    assert {"approval.approve", "approval.return", "approval.reject"} <= actions.keys()
    assert {"incident.assessed", "incident.reviewed", "account.uniqueness_clash"} <= actions.keys()
    assert {
        "sign_in.unlock",
        "sign_in.post_review",
        "approval.request",
        "approval.resubmit",
    } <= actions.keys()


def test_every_audit_action_the_core_writes_can_be_read_by_the_scan():
    """An action built in another way (an f-string over a plain string, a call) would pass unnamed: build it
    from an enum, or look it up in a table of names."""
    _, _, unreadable = _scan_core()
    assert not unreadable, f"audit actions the scan cannot read: {unreadable}"


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
