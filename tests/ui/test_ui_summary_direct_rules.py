"""The supervisor signs what they read: a rule that rated the customer high directly is named in the bank's
words on the approval summary, the same words as on the risk page, never as the core's code. On the real
core, in both languages."""

from __future__ import annotations

import re

import pytest
from auth.helpers import case_awaiting_approval
from PySide6.QtGui import QTextDocument

from teller_app.services.demo import SAMPLE_RISK
from ui.approval.summary_view import CaseSummaryView

PEP_RISK = {**SAMPLE_RISK, "politically_exposed": True, "edd_note": "已核实资金来源，强化尽职调查已完成"}
WORDS = {
    "zh": ("直接评级规则：涉及政治公众人物或其特定关系人", "例外与特殊处理"),
    "en": ("Rated directly by a rule: a politically exposed person or close relative",),
}
CODE = re.compile(r"[a-z]+_[a-z_]+")  # a core code such as politically_exposed, due_diligence_refused


def _plain(html: str) -> str:
    document = QTextDocument()
    document.setHtml(html)
    return document.toPlainText()


def _pep_summary(qtbot, core, demo, tasks) -> CaseSummaryView:
    teller = core.sign_in("teller1", demo["teller1"])
    case_id = case_awaiting_approval(core.store(), core._actor(teller), risk=dict(PEP_RISK))
    view = CaseSummaryView(core, tasks, core.sign_in("super1", demo["super1"]))
    qtbot.addWidget(view)
    view.resize(1100, 900)
    view.show()
    view.show_case(case_id)
    qtbot.waitUntil(lambda: view.summary is not None, timeout=10_000)
    assert view.summary.direct_rules == ("politically_exposed",)  # the core's own code for the rule
    return view


@pytest.mark.parametrize("language", ["zh", "en"])
def test_supervisor_summary_names_a_politically_exposed_customer_in_words(
    qtbot, core, demo, tasks, language, request
) -> None:
    request.getfixturevalue("chinese" if language == "zh" else "english")
    view = _pep_summary(qtbot, core, demo, tasks)
    right = _plain(view.right.text())
    for words in WORDS[language]:
        assert words in right
    assert right.count(WORDS[language][0]) == 2  # under the rating and among the exceptions
    assert "politically_exposed" not in right and not CODE.findall(right)
    if language == "zh":
        shown = right + _plain(view.left.text())
        assert "politically" not in shown and "Rated directly" not in shown
