"""The operation manual (操作手册) and the FAQ on screen, each with a search field; the manual saves as a PDF."""

from __future__ import annotations

import html

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from teller_app.services.help import Manual, search_faq, search_manual
from ui.backend import Backend, SessionInfo
from ui.help.bilingual import chinese_shown
from ui.i18n import tr
from ui.messages import describe
from ui.tasks import Tasks
from ui.widgets import Retranslating, label, named, set_role


def _mark(text: str, words: list[str]) -> str:
    """Escape `text` and highlight each searched word."""
    shown = html.escape(text)
    for word in words:
        if word:
            shown = shown.replace(html.escape(word), f"<b style='background:#fff3c4'>{html.escape(word)}</b>")
    return shown


class ManualViewer(Retranslating, QWidget):
    def __init__(
        self, backend: Backend, tasks: Tasks, session: SessionInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("manualViewer")
        self._backend, self._tasks, self.session = backend, tasks, session
        self.manual: Manual | None = None
        self.title = label("manualTitle", "title")
        self.tabs = named(QTabWidget(), "manualTabs")
        self.search = named(QLineEdit(), "manualSearch")
        self.search.textChanged.connect(self._show)
        self.text = named(QTextBrowser(), "manualText")
        self.faq_search = named(QLineEdit(), "faqSearch")
        self.faq_search.textChanged.connect(self._show)
        self.faq = named(QTextBrowser(), "faqText")
        self.save_button = named(QPushButton(), "manualSavePdf")
        self.save_button.clicked.connect(self.save_pdf)
        self.message = label("manualMessage")
        manual_tab, faq_tab = QWidget(), QWidget()
        column = QVBoxLayout(manual_tab)
        row = QHBoxLayout()
        row.addWidget(self.search, 1)
        row.addWidget(self.save_button)
        column.addLayout(row)
        column.addWidget(self.text, 1)
        faq_column = QVBoxLayout(faq_tab)
        faq_column.addWidget(self.faq_search)
        faq_column.addWidget(self.faq, 1)
        self.tabs.addTab(manual_tab, "")
        self.tabs.addTab(faq_tab, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        self.retranslate()

    def language(self) -> str:
        return "zh_CN" if chinese_shown() else "en"

    def load(self) -> None:
        self._tasks.run(
            self._backend.manual,
            self.session,
            self.language(),
            on_done=self._loaded,
            on_error=self._error,
            owner=self,
        )

    def _loaded(self, found: Manual) -> None:
        self.manual = found
        self._show()

    def retranslate(self) -> None:
        self.title.setText(
            tr("Help", "Operation manual, procedure {version}", version=self.manual.version)
            if self.manual
            else tr("Help", "Operation manual")
        )
        self.tabs.setTabText(0, tr("Help", "Manual"))
        self.tabs.setTabText(1, tr("Help", "Frequently asked questions"))
        self.tabs.setAccessibleName(tr("Help", "Manual and FAQ"))
        self.search.setPlaceholderText(tr("Help", "Search the manual"))
        self.search.setAccessibleName(tr("Help", "Search the manual"))
        self.faq_search.setPlaceholderText(tr("Help", "Search the questions"))
        self.faq_search.setAccessibleName(tr("Help", "Search the questions"))
        self.text.setAccessibleName(tr("Help", "Operation manual"))
        self.faq.setAccessibleName(tr("Help", "Frequently asked questions"))
        self.save_button.setText(tr("Help", "Save as PDF…"))
        self.save_button.setAccessibleName(tr("Help", "Save the manual as a PDF"))
        if self.manual is not None and self.manual.language != self.language():
            self.load()  # the manual's texts come in the language in use

    def _show(self) -> None:
        if self.manual is None:
            return
        self.retranslate_title()
        words = self.search.text().split()
        sections = search_manual(self.manual, self.search.text())
        if not sections:
            self.text.setHtml(
                f"<p>{html.escape(tr('Help', 'Nothing in the manual matches your search.'))}</p>"
            )
        else:
            self.text.setHtml(
                "".join(
                    f"<h3>{_mark(s.title, words)}</h3>"
                    + "".join(f"<p>{_mark(line, words)}</p>" for line in s.lines if line)
                    for s in sections
                )
            )
        faq_words = self.faq_search.text().split()
        answers = search_faq(self.manual, self.faq_search.text())
        if not answers:
            self.faq.setHtml(f"<p>{html.escape(tr('Help', 'No question matches your search.'))}</p>")
        else:
            self.faq.setHtml(
                "".join(f"<h3>{_mark(q, faq_words)}</h3><p>{_mark(a, faq_words)}</p>" for q, a in answers)
            )

    def retranslate_title(self) -> None:
        if self.manual is not None:
            self.title.setText(
                tr("Help", "Operation manual, procedure {version}", version=self.manual.version)
            )

    def save_pdf(self, path: str = "") -> None:
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self, tr("Help", "Save the manual as a PDF"), "", "PDF (*.pdf)"
            )
        if not path:
            return
        self._tasks.run(
            self._backend.write_manual_pdf,
            self.session,
            self.language(),
            path,
            on_done=self._saved,
            on_error=self._error,
            owner=self,
        )

    def _saved(self, path: str) -> None:
        self.message.setText(tr("Help", "The manual was saved to {path}.", path=path))
        set_role(self.message, "ok")

    def _error(self, error: BaseException) -> None:
        self.message.setText(describe(error))
        set_role(self.message, "error")
