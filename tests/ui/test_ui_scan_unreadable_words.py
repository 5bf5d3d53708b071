"""A scan whose file cannot be read is refused with a sentence for why (gone, a folder, not allowed), in the
teller's language: the system's English reason stays in the log, never in the Chinese sentence. Chosen and
imported by keyboard on the real core."""

from __future__ import annotations

import re

import pytest
from counter_walks import case_at_owners
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from teller_app.domain.steps import Step

SAID = {  # the file chosen → (English, Chinese)
    "gone": ("no longer there", "已不在原处"),
    "folder": ("is a folder, not a scan", "是文件夹而非扫描件"),
}


def _chosen(tmp_path, kind: str) -> str:
    if kind == "folder":
        (tmp_path / "营业执照.pdf").mkdir()
    return str(tmp_path / "营业执照.pdf")


@pytest.mark.parametrize("language", ["en", "zh"])
@pytest.mark.parametrize("kind", list(SAID))
def test_a_scan_that_cannot_be_read_says_why_in_the_teller_s_language(
    qtbot, core, demo, signed_in, tmp_path, monkeypatch, kind, language, request
):
    from ui.wizard import documents_page

    if language == "zh":
        request.getfixturevalue("chinese")
    window = signed_in("teller1")
    case_id = case_at_owners(core, window)
    path = _chosen(tmp_path, kind)
    monkeypatch.setattr(documents_page.QFileDialog, "getOpenFileName", lambda *a, **k: (path, ""))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.open_case(case_id)
    qtbot.waitUntil(lambda: window.wizard is not None and window.wizard.case is not None, timeout=10_000)
    wizard = window.wizard
    qtbot.keyClick(wizard, Qt.Key.Key_F11)  # back from the owners to the documents
    qtbot.waitUntil(lambda: wizard.shown is Step.DOCUMENTS, timeout=10_000)
    page = wizard.pages[Step.DOCUMENTS]
    qtbot.waitUntil(lambda: bool(page.rows), timeout=10_000)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Home)  # the first document
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)  # Import scan…
    qtbot.waitUntil(wizard.message.isVisible, timeout=10_000)
    said = wizard.message.text()
    assert SAID[kind][0 if language == "en" else 1] in said, said
    assert "No such file" not in said and "Is a directory" not in said  # the system's English
    if language == "zh":
        assert not re.search(r"[A-Za-z]", said), said
