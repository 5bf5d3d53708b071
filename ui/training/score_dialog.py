"""The score of a worked scenario: each expected decision met or missed, and why, in the trainee's language."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ui.backend import ScoreView
from ui.help.bilingual import pick
from ui.i18n import tr
from ui.widgets import label, name_buttons, set_role


def found_words(kind: str, found: str) -> str:
    """What the trainee recorded, in words (a decision, a reason, a level, a status), never as a code."""
    from ui.names import case_status_label, decision_label, reason_label, risk_level_label

    if kind == "document":
        decision, _, reason = found.partition("/")
        words = decision_label(decision)
        return words + (pick("（", " (") + reason_label(reason) + pick("）", ")") if reason else "")
    if kind == "risk_at_least":
        return risk_level_label(found) if found != "—" else found
    if kind == "not_approved":
        return case_status_label(found) if found != "—" else found
    return found


class ScoreDialog(QDialog):
    def __init__(self, score: ScoreView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scoreDialog")
        self.setWindowTitle(tr("Training", "Scenario score"))
        self.score = score
        layout = QVBoxLayout(self)
        self.summary = label("scoreSummary", "title")
        verdict = tr("Training", "passed") if score.passed else tr("Training", "not passed")
        self.summary.setText(
            tr(
                "Training",
                "{percent}% ({verdict}; the pass mark is {mark}%)",
                percent=score.percent,
                verdict=verdict,
                mark=score.pass_mark,
            )
        )
        layout.addWidget(self.summary)
        self.lines: list[QLabel] = []
        for index, line in enumerate(score.lines):
            text = pick(line.explain_zh, line.explain_en)
            if line.met:
                shown = tr("Training", "✓ Met ({points} points): {why}", points=line.points, why=text)
            else:
                shown = tr(
                    "Training",
                    "✗ Missed ({points} points): {why} You recorded: {found}.",
                    points=line.points,
                    why=text,
                    found=found_words(line.kind, line.found),
                )
            item = label(f"scoreLine{index}", "ok" if line.met else "error")
            item.setText(shown)
            set_role(item, "ok" if line.met else "error")
            layout.addWidget(item)
            self.lines.append(item)
        layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        name_buttons(buttons, "scoreDialog")
        for button in buttons.buttons():
            button.setAccessibleName(tr("Training", "Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
