"""What every page carries: case id, page X of Y, procedure version, content hash, QR code, watermark."""

from __future__ import annotations

import dataclasses

import pytest
from pdf_reading import squeeze

from teller_app.documents import page as page_module
from teller_app.documents.agreement import ORIGINALS
from teller_app.documents.flowchart import build_flowchart
from teller_app.documents.model import FlowNode
from teller_app.documents.page import WATERMARK_TEXT, page_label, qr_modules, qr_payload
from teller_app.documents.render import BUILDERS, build

DOCS = list(BUILDERS)


@pytest.mark.parametrize("doc", DOCS)
def test_every_page_names_the_case_version_hash_and_its_number(doc, corporate, pdf_pages):
    pages = pdf_pages(build(doc, corporate))
    assert pages
    for text in pages:
        flat = squeeze(text)
        assert squeeze(corporate.case_number) in flat  # the number people quote; the id is in the QR code
        assert squeeze(f"流程版本 Procedure {corporate.procedure_version}") in flat
        assert corporate.content_hash in flat
        assert "页/共" in flat


def test_every_page_of_the_personal_agreement_names_it_in_the_footer(individual, pdf_pages):
    title = "个人银行结算账户服务协议"
    pages = pdf_pages(build("agreement", individual))
    assert len(pages) >= 4
    assert all(title in squeeze(text) for text in pages)
    assert all("单位银行结算账户管理协议" not in squeeze(text) for text in pages)


def test_agreement_is_two_originals_each_numbered_page_x_of_y(corporate, pdf_pages):
    pages = pdf_pages(build("agreement", corporate))
    assert len(pages) % 2 == 0 and len(pages) >= 4, "two originals of at least two pages each"
    per_copy = len(pages) // 2
    for index, text in enumerate(pages):
        copy, number = divmod(index, per_copy)
        flat = squeeze(text)
        assert squeeze(page_label(number + 1, per_copy)) in flat, (index, text[-200:])
        assert squeeze(ORIGINALS[copy]) in flat
        assert squeeze(ORIGINALS[1 - copy]) not in flat


def test_a_long_procedure_flows_onto_more_pages_with_correct_numbers(corporate, pdf_pages):
    nodes = [FlowNode(f"box{i}", f"第{i}步 审核", f"Step {i}", sla_minutes=5) for i in range(40)]
    pages = pdf_pages(build_flowchart(corporate, nodes))
    assert len(pages) >= 3
    for number, text in enumerate(pages, start=1):
        assert squeeze(page_label(number, len(pages))) in squeeze(text)
    joined = squeeze("".join(pages))
    assert all(squeeze(f"第{i}步 审核") in joined for i in range(40))


@pytest.mark.parametrize("doc", DOCS)
def test_fonts_are_embedded_in_the_pdf(doc, corporate):
    data = build(doc, corporate)
    assert b"/FontFile2" in data  # embedded TrueType program (a subset: only the glyphs used)
    assert b"DroidSansFallback" in data
    assert b"DejaVuSans" in data


@pytest.mark.parametrize("doc", DOCS)
def test_the_same_case_prints_the_same_bytes_twice(doc, corporate):
    assert build(doc, corporate) == build(doc, corporate)


def test_a_changed_case_prints_differently(corporate):
    changed = dataclasses.replace(corporate, content_hash="0" * 64)
    assert build("checklist", changed) != build("checklist", corporate)


@pytest.mark.parametrize("doc", DOCS)
def test_training_mode_prints_the_watermark_on_every_page(doc, pdf_pages):
    from teller_app.documents.samples import sample_corporate_sheet

    pages = pdf_pages(build(doc, sample_corporate_sheet(training=True)))
    for text in pages:
        assert squeeze(WATERMARK_TEXT) in squeeze(text)


@pytest.mark.parametrize("doc", DOCS)
def test_real_cases_carry_no_watermark(doc, corporate, pdf_pages):
    assert all(squeeze(WATERMARK_TEXT) not in squeeze(text) for text in pdf_pages(build(doc, corporate)))


def test_qr_payload_holds_the_case_id_and_content_hash(corporate):
    payload = qr_payload(corporate)
    assert corporate.case_id in payload
    assert corporate.content_hash in payload
    assert payload.startswith("TELLER-CASE:")


def test_every_page_places_the_qr_code_of_this_case(corporate, pdf_pages, monkeypatch):
    encoded: list[str] = []
    placed: list[tuple[float, float]] = []
    real_define, real_draw = page_module._define_qr, page_module._draw_qr

    def define(canvas, payload):
        encoded.append(payload)
        real_define(canvas, payload)

    def draw(canvas, x, y):
        placed.append((x, y))
        real_draw(canvas, x, y)

    monkeypatch.setattr(page_module, "_define_qr", define)
    monkeypatch.setattr(page_module, "_draw_qr", draw)
    pages = pdf_pages(build("agreement", corporate))
    assert encoded == [qr_payload(corporate)]
    assert len(placed) == len(pages)


def test_qr_modules_are_a_square_code_that_changes_with_the_hash(corporate):
    modules = qr_modules(qr_payload(corporate))
    assert len(modules) == len(modules[0]) >= 21
    other = qr_modules(qr_payload(dataclasses.replace(corporate, content_hash="f" * 64)))
    assert modules != other


def test_flowchart_highlights_the_current_step_only_when_printed_for_a_case(corporate, pdf_pages):
    from teller_app.domain.steps import Step

    at_risk = squeeze(
        "".join(pdf_pages(build_flowchart(dataclasses.replace(corporate, current_step=Step.RISK))))
    )
    assert at_risk.count("▶当前步骤") == 1
    no_step = squeeze("".join(pdf_pages(build_flowchart(dataclasses.replace(corporate, current_step=None)))))
    assert "▶当前步骤" not in no_step
    for node in corporate.flowchart:
        assert squeeze(node.label_zh) in no_step
    for legend in ("起止", "处理", "判断", "文档", "关键控制点", "风险点"):
        assert legend in no_step


@pytest.mark.parametrize("step", ["intake", "identity", "documents", "approval"])
def test_a_step_with_a_decision_box_is_marked_current_once(corporate, pdf_pages, step):
    from teller_app.domain.steps import Step

    sheet = dataclasses.replace(corporate, current_step=Step(step))
    assert squeeze("".join(pdf_pages(build_flowchart(sheet)))).count("▶当前步骤") == 1


def test_flowchart_follows_the_process_definition(corporate, pdf_pages):
    """Change the definition (an SLA, a new decision box, a risk point) and the printed chart changes with it."""
    import copy
    import tomllib

    from teller_app.domain.procedure import parse_definition
    from teller_app.paths import resources_dir

    mapping = tomllib.loads((resources_dir() / "process" / "2026.1.toml").read_text(encoding="utf-8"))
    before = squeeze("".join(pdf_pages(build_flowchart(corporate))))
    assert "时限45分钟" in before and "核对预留印鉴卡？" not in before
    changed = copy.deepcopy(mapping)
    changed["sla_minutes"]["documents"] = 47
    changed["sla_minutes"]["approval"] = 93
    at = [n["code"] for n in changed["flowchart"]["nodes"]].index("contract") + 1
    changed["flowchart"]["nodes"].insert(
        at,
        {
            "code": "seal_card_checked",
            "kind": "decision",
            "step": "contract",
            "label_zh": "核对预留印鉴卡？",
            "label_en": "Seal card checked?",
            "risk_point": True,
            "no_target": "contract",
            "no_label_zh": "重新预留印鉴",
        },
    )
    definition = parse_definition(changed, "changed.toml")
    sheet = dataclasses.replace(corporate, flowchart=definition.flowchart)
    text = squeeze("".join(pdf_pages(build_flowchart(sheet))))
    assert "时限47分钟" in text and "时限93分钟" in text and "时限45分钟" not in text
    assert "核对预留印鉴卡？" in text and "重新预留印鉴→签订协议、预留印鉴" in text
    assert text.count("险") == before.count("险") + 1
