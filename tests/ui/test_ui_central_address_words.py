"""A central database address the core does not accept is refused under the field with a sentence of its
own for each mistake (the core's code: central_address.py), in the teller's language: the Chinese sentence
holds no English from the core, only the address forms IT must write. Typed and saved by keyboard on the
real core."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from screens_opened import administrators_settings

SAID = {  # address typed → (what the English says, what the Chinese says)
    "postgres://teller@central.bank/teller": ("postgres:// is a short form", "不识别 postgres:// 这种简写"),
    "postgresql://teller@central.bank/teller": ("it must begin postgresql+psycopg://", "须以 postgresql+psycopg:// 开头"),
    "pg://teller@central.bank/teller": ("it must begin postgresql+psycopg://", "须以 postgresql+psycopg:// 开头"),
    "postgresql+psycopg2://teller@central.bank/teller": ("driver psycopg2 is not installed", "未安装数据库驱动 psycopg2"),
    "postgresql+asyncpg://teller@central.bank/teller": ("driver asyncpg is not installed", "未安装数据库驱动 asyncpg"),
    "postgresql+pg8000://teller@central.bank/teller": ("driver pg8000 is not installed", "未安装数据库驱动 pg8000"),
}  # fmt: skip


def _refused(qtbot, core, demo, tasks, address: str) -> str:
    dialog = administrators_settings(qtbot, core, demo, tasks)
    qtbot.keyClicks(dialog.central_url, address)
    qtbot.keyClick(dialog.central_url, Qt.Key.Key_Return)  # Enter: Save
    qtbot.waitUntil(dialog.central_url_problem.isVisible, timeout=10_000)
    assert dialog.isVisible() and dialog.central_url.text() == address
    return dialog.central_url_problem.text()


@pytest.mark.parametrize("address", list(SAID))
def test_each_wrong_central_address_has_its_own_english_sentence(qtbot, core, demo, tasks, english, address):
    said = _refused(qtbot, core, demo, tasks, address)
    assert SAID[address][0] in said and said.endswith("Ask IT to correct it.")
    assert "{" not in said and "SQLAlchemy" not in said and "libpq" not in said


@pytest.mark.parametrize("address", list(SAID))
def test_each_wrong_central_address_is_said_in_chinese_without_english(
    qtbot, core, demo, tasks, chinese, address
):
    said = _refused(qtbot, core, demo, tasks, address)
    assert SAID[address][1] in said and "信息科技人员" in said
    words = re.sub(r"[a-z0-9+]+://", "", said)  # the address forms IT must write are not English prose
    words = re.sub(r"psycopg2|asyncpg|pg8000", "", words)  # nor the driver's name
    assert not re.search(r"[A-Za-z]", words), said
