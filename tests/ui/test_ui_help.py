"""F1 opens the help for the step on screen, from the process definition; the manual and the FAQ are
searchable on screen and the manual saves as a PDF."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from screen_checks import unnamed

from ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, backend, tasks, teller, clock):
    main = MainWindow(backend, tasks, teller, clock=clock)
    qtbot.addWidget(main)
    main.show()
    return main


def test_f1_opens_the_help_of_the_step_on_screen(qtbot, window, english):
    window.new_case()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.wizard)
    window.wizard.show_step(window.wizard.shown.__class__("documents"))
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: window.help.dialog is not None and window.help.dialog.isVisible())
    text = window.help.dialog.text.toPlainText()
    assert "Document review" in text
    assert "Every mandatory document verified against the original" in text  # the definition's control point
    assert "Tax residency self-certification" in text  # 2026.2's extra document, for this kind and type
    assert "40 minutes for this step" in text  # the definition's SLA
    assert "Procedure 2026.2, in force from 2026-07-01" in text
    assert unnamed(window.help.dialog) == []


def test_f1_speaks_chinese(qtbot, window, chinese):
    window.new_case()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.wizard)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: window.help.dialog is not None and window.help.dialog.isVisible())
    text = window.help.dialog.text.toPlainText()
    assert "客户识别与接入" in text and "本步骤时限 15 分钟" in text
    assert "What to do" not in text and "Intake" not in text


def test_f1_away_from_the_wizard_opens_the_manual_and_its_search_finds(qtbot, window, english, tmp_path):
    window.go_home()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    viewer = window.help.viewer
    qtbot.waitUntil(lambda: viewer is not None and viewer.manual is not None)
    assert window.pages.currentWidget() is viewer
    assert "Operation manual, procedure 2026.2" in viewer.title.text()
    viewer.search.setText("25%")
    assert (
        "Beneficial owners" in viewer.text.toPlainText() and "Sign agreement" not in viewer.text.toPlainText()
    )
    viewer.search.setText("no such words anywhere")
    assert "Nothing in the manual matches your search." in viewer.text.toPlainText()
    viewer.tabs.setCurrentIndex(1)
    viewer.faq_search.setText("expired")
    assert "The customer's ID card has expired. What now?" in viewer.faq.toPlainText()
    assert "network" not in viewer.faq.toPlainText()
    assert unnamed(viewer) == []
    out = tmp_path / "manual.pdf"
    viewer.save_pdf(str(out))
    qtbot.waitUntil(lambda: out.exists() and "saved" in viewer.message.text())
    assert out.read_bytes().startswith(b"%PDF-")
