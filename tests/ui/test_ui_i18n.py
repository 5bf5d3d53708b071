"""Translations: every visible string has a Chinese translation with the same {placeholders}; Qt's own too."""

from __future__ import annotations

import functools
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from teller_app.domain.errors import RuleError
from ui.i18n import fill, placeholders, tr
from ui.messages import MESSAGES, describe

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "teller_zh_CN.ts"


def _messages():
    for context in ET.parse(TS).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message.findtext("source"), message.find("translation")


def test_every_translation_keeps_the_placeholders_of_its_source():
    wrong = [
        (context, source, element.text)
        for context, source, element in _messages()
        if element.text and placeholders(source) != placeholders(element.text)
    ]
    assert wrong == []


def test_placeholder_check_catches_a_renamed_placeholder():
    assert placeholders("Try again in {minutes_left} minutes") != placeholders("请在 {minutes} 分钟后再试")


def test_every_string_in_the_ui_is_in_the_translation_file_and_translated():
    done = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "i18n_update.py"), "--check"], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_compiled_translation_is_not_older_than_its_source():
    qm = TS.with_suffix(".qm")
    assert qm.exists() and qm.stat().st_mtime >= TS.stat().st_mtime - 1


def test_chinese_is_used_when_chosen_and_english_when_switched_back(chinese):
    assert tr("SignIn", "Sign in") == "登录"
    chinese.use("en")
    assert tr("SignIn", "Sign in") == "Sign in"


def test_qt_own_buttons_are_translated_too(qtbot, chinese):
    from PySide6.QtWidgets import QDialogButtonBox

    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"


def test_core_error_is_translated_by_its_code_with_its_parameters(chinese):
    error = RuleError(
        "sign_in.locked_out",
        "Too many failed sign-ins. Try again in {minutes_left} minutes (at {until}).",
        minutes_left=12,
        until="09:45",
    )
    assert describe(error) == "登录失败次数过多。请在 12 分钟后（09:45）再试。"


def test_step_names_in_error_parameters_are_shown_in_the_bank_words(chinese):
    error = RuleError(
        "case.step_out_of_order", "Step {step} comes after {expected}", step="risk", expected="documents"
    )
    assert describe(error) == "“风险评级与额度核定”须在“资料审核”之后办理。"


def test_unknown_code_falls_back_to_the_core_sentence_never_crashes(english):
    error = RuleError("something.new", "A new rule about {thing}", thing="seals")
    assert "A new rule about seals" in describe(error)


def test_missing_parameter_stays_visible_instead_of_crashing():
    assert fill("Step {step} comes after {expected}", step="risk") == "Step risk comes after {expected}"


@functools.cache
def _core_templates() -> dict[str, set[str]]:
    import ast

    def text_of(node: ast.AST) -> str | None:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return node.value
        if isinstance(node, ast.JoinedStr | ast.BinOp):  # implicit or + concatenation
            parts = [
                n.value for n in ast.walk(node) if isinstance(n, ast.Constant) and isinstance(n.value, str)
            ]
            return "".join(parts)
        return None

    found: dict[str, set[str]] = {}

    def record(code: ast.AST, text: ast.AST) -> None:
        code_text, message = text_of(code), text_of(text)
        if code_text is not None and message is not None and "." in code_text:
            found.setdefault(code_text, set()).update(placeholders(message))

    for path in (ROOT / "teller_app").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            pair = (
                node.args if isinstance(node, ast.Call) else node.elts if isinstance(node, ast.Tuple) else []
            )
            if len(pair) >= 2:
                record(pair[0], pair[1])
            if isinstance(node, ast.ClassDef):  # errors that name their code and message as class attributes
                attributes = {
                    target.id: statement.value
                    for statement in node.body
                    if isinstance(statement, ast.Assign)
                    for target in statement.targets
                    if isinstance(target, ast.Name)
                }
                if "code" in attributes:  # with no message of its own it gives no placeholders
                    record(attributes["code"], attributes.get("message", ast.Constant("")))
    return found


@pytest.mark.parametrize("code", sorted(c for c in MESSAGES if not c.startswith("ui.")))
def test_ui_message_uses_only_parameters_the_core_gives(code):
    core = _core_templates()
    if code not in core:
        pytest.skip(f"the core raises no {code} (yet)")
    assert placeholders(MESSAGES[code]) <= core[code]
