"""The checker's standard return reasons come from the process definition, each naming its step."""

from __future__ import annotations

import tomllib

import pytest

from teller_app.domain.errors import ConfigError
from teller_app.domain.procedure import parse_definition
from teller_app.domain.return_reasons import reason_words, split_recorded
from teller_app.domain.steps import Step
from teller_app.paths import resources_dir


def _shipped() -> dict:
    return tomllib.loads((resources_dir() / "process" / "2026.2.toml").read_text(encoding="utf-8"))


def test_every_shipped_procedure_lists_standard_return_reasons_with_their_steps() -> None:
    for path in sorted((resources_dir() / "process").glob("*.toml")):
        definition = parse_definition(tomllib.loads(path.read_text(encoding="utf-8")), str(path))
        steps = {r.step for r in definition.return_reasons}
        assert {Step.IDENTITY, Step.DOCUMENTS, Step.CONTRACT} <= steps, path.name


def test_a_return_reason_cannot_send_a_case_to_the_approval_step() -> None:
    mapping = _shipped()
    mapping["return_reasons"][0]["step"] = "approval"
    with pytest.raises(ConfigError, match="return_reasons"):
        parse_definition(mapping, "test.toml")


def test_a_return_reason_code_is_listed_once() -> None:
    mapping = _shipped()
    mapping["return_reasons"].append(dict(mapping["return_reasons"][0]))
    with pytest.raises(ConfigError, match="twice"):
        parse_definition(mapping, "test.toml")


def test_a_recorded_code_reads_in_words_and_free_text_as_written() -> None:
    reasons = parse_definition(_shipped(), "test.toml").return_reasons
    assert reason_words("documents_incomplete", reasons, "zh_CN") == "开户资料不齐全"
    assert reason_words("documents_incomplete", reasons, "en") == "Opening documents incomplete"
    assert reason_words("营业执照复印件不清晰", reasons, "zh_CN") == "营业执照复印件不清晰"
    assert split_recorded("documents: documents_incomplete") == (Step.DOCUMENTS, "documents_incomplete")
    assert split_recorded("free: text") == (None, "free: text")
