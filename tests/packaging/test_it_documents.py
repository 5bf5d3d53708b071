"""What the documents tell IT staff matches the code: one sentence says what a backup must be kept with,
one rule says where a terminal code must be unique, and every command the READMEs name exists."""

from __future__ import annotations

import re
from pathlib import Path

from teller_app.cli import build_parser
from teller_app.cli.init_plan import TERMINAL_RULE
from teller_app.storage.backup import BACKUP_KEEP_WITH

ROOT = Path(__file__).resolve().parents[2]
DOCS = [ROOT / "README.md", ROOT / "packaging" / "README.md", ROOT / "packaging" / "README-central.md"]


def test_what_a_backup_must_be_kept_with_is_the_same_sentence_in_the_guide_and_the_command():
    guide = (ROOT / "packaging" / "README.md").read_text(encoding="utf-8")
    assert BACKUP_KEEP_WITH in " ".join(guide.split())


def test_the_terminal_code_rule_is_bank_wide_in_help_settings_and_documents():
    from teller_app.config import SETTINGS

    assert "whole bank" in TERMINAL_RULE
    assert "whole bank" in next(s for s in SETTINGS if s.name == "terminal").description
    text = " ".join(" ".join(d.read_text(encoding="utf-8") for d in DOCS).split())
    assert "unique across the whole bank" in text
    assert "unique in the branch" not in text and "unique within the branch" not in text


def test_every_teller_admin_command_the_documents_name_exists():
    parser = build_parser()
    commands = parser._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    named = set()
    for doc in DOCS:
        named |= set(re.findall(r"teller-admin (?:--json )?([a-z][a-z-]+)", doc.read_text(encoding="utf-8")))
    assert named <= set(commands), named - set(commands)
