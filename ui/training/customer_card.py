"""The scripted customer across the counter: what they hand over and what they answer, and Finish and score."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from ui.backend import ScenarioView
from ui.help.bilingual import pick
from ui.i18n import tr
from ui.widgets import Retranslating, label, named


class CustomerCard(Retranslating, QWidget):
    scoreRequested = Signal(str)  # the sandbox case id

    def __init__(self, scenario: ScenarioView, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customerCard")
        self.scenario, self.case_id = scenario, case_id
        self.title = label("customerCardTitle", "title")
        self.brief = label("customerCardBrief")
        self.shows_heading = label("customerCardShows", "subtitle")
        self.shows = label("customerCardDocuments")
        self.says_heading = label("customerCardSays", "subtitle")
        self.says = label("customerCardAnswers")
        self.score_button = named(QPushButton(), "customerCardScore")
        self.score_button.clicked.connect(lambda: self.scoreRequested.emit(self.case_id))
        layout = QVBoxLayout(self)
        for widget in (self.title, self.brief, self.shows_heading, self.shows, self.says_heading, self.says):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.score_button)
        self.retranslate()

    def retranslate(self) -> None:
        s = self.scenario
        self.title.setText(pick(s.title_zh, s.title_en))
        self.brief.setText(pick(s.brief_zh, s.brief_en))
        self.shows_heading.setText(tr("Training", "The customer hands over"))
        self.shows.setText(
            "\n\n".join(
                pick(d.label_zh, d.label_en) + pick("：", ": ") + pick(d.text_zh, d.text_en)
                for d in s.documents
            )
        )
        self.says_heading.setText(tr("Training", "When you ask"))
        self.says.setText(
            "\n\n".join(f"{pick(a.label_zh, a.label_en)}\n{pick(a.text_zh, a.text_en)}" for a in s.answers)
        )
        self.score_button.setText(tr("Training", "Finish and score"))
        self.score_button.setAccessibleName(tr("Training", "Finish the scenario and see the score"))
