"""The on-screen flowchart is drawn from the process definition: change the definition, the chart changes."""

from __future__ import annotations

import copy
import dataclasses
import tomllib

from fake_samples import shipped_procedure
from ui_fakes import FakeBackend

from teller_app.domain.procedure import parse_definition
from teller_app.domain.steps import Step
from teller_app.paths import resources_dir
from ui.core.procedure import procedure_view
from ui.flowchart import FlowchartView


def _texts(view: FlowchartView) -> str:
    return "\n".join(item.toPlainText() for item in view.scene.items() if hasattr(item, "toPlainText"))


def test_screen_flowchart_follows_the_process_definition(qtbot, english):
    mapping = tomllib.loads((resources_dir() / "process" / "2026.2.toml").read_text(encoding="utf-8"))
    view = FlowchartView(Step.DOCUMENTS, shipped_procedure("2026.2"))
    qtbot.addWidget(view)
    before = _texts(view)
    assert "40 min" in before and "Seal card checked?" not in before
    changed = copy.deepcopy(mapping)
    changed["sla_minutes"]["documents"] = 33
    nodes = changed["flowchart"]["nodes"]
    nodes.insert(
        [n["code"] for n in nodes].index("contract") + 1,
        {
            "code": "seal_card_checked",
            "kind": "decision",
            "step": "contract",
            "label_zh": "核对预留印鉴卡？",
            "label_en": "Seal card checked?",
            "control_point": True,
            "no_target": "contract",
            "no_label_en": "Take the seal card again",
        },
    )
    changed["governance"]["interpretation_authority_en"] = "Compliance Department"
    view.set_procedure(procedure_view(parse_definition(changed, "changed.toml")))
    after = _texts(view)
    assert "33 min" in after and "40 min" not in after
    assert "Seal card checked?" in after and "Take the seal card again → Sign agreement, seal card" in after
    assert "Interpreted by: Compliance Department" in view.governance.text()


def test_screen_flowchart_speaks_chinese_from_the_definition(qtbot, chinese):
    view = FlowchartView(Step.RISK, shipped_procedure("2026.2"))
    qtbot.addWidget(view)
    texts = _texts(view)
    assert "风险评级与额度核定" in texts and "Risk rating" not in texts
    assert "总行运营管理部" in view.governance.text()


def test_flowchart_page_shows_the_definition_in_force(qtbot, tasks, teller, clock, english):
    from ui.main_window import MainWindow

    backend = FakeBackend()
    window = MainWindow(backend, tasks, teller, clock=clock)
    qtbot.addWidget(window)
    window.show_flowchart()
    qtbot.waitUntil(lambda: window.flowchart.procedure is not None)
    assert window.flowchart.procedure == dataclasses.replace(shipped_procedure("2026.2"))
    assert "Version 2026.2, in force from 2026-07-01" in window.flowchart.governance.text()
