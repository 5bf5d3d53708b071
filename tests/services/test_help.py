"""Help follows the process definition: the step's control points, documents and time limit come from the
definition in force for the case; the manual and FAQ are searchable; the manual prints as a PDF."""

from __future__ import annotations

import copy
import tomllib

import pytest

from teller_app.domain.procedure import parse_definition
from teller_app.paths import resources_dir
from teller_app.services import help as help_service
from teller_app.services.procedures import definition_by_version


def _changed() -> object:
    """2026.2 with the documents step's time limit, its control point and a new checklist item changed."""
    mapping = tomllib.loads((resources_dir() / "process" / "2026.2.toml").read_text(encoding="utf-8"))
    changed = copy.deepcopy(mapping)
    changed["sla_minutes"]["documents"] = 33
    for node in changed["flowchart"]["nodes"]:
        if node["code"] == "documents":
            node["control_zh"] = "原件与复印件逐页核对并加盖“与原件核对一致”章"
            node["control_en"] = "Every page compared with the original and stamped as checked"
    changed["documents"]["extra"].append(
        {
            "code": "lease_contract",
            "name_zh": "经营场所租赁合同",
            "name_en": "Lease of the business premises",
            "step": "documents",
            "customer_kinds": ["enterprise_legal_person"],
            "account_types": ["basic"],
        }
    )
    return parse_definition(changed, "changed.toml")


def test_step_help_follows_the_definition_in_force_for_the_case():
    shipped = help_service.step_help(
        definition_by_version("2026.2"), "documents", "enterprise_legal_person", "basic", "en"
    )
    assert shipped.sla_minutes == 40
    assert "Every mandatory document verified against the original" in shipped.control_points
    assert "Tax residency self-certification" in shipped.documents
    assert "Lease of the business premises" not in shipped.documents
    changed = help_service.step_help(_changed(), "documents", "enterprise_legal_person", "basic", "en")
    assert changed.sla_minutes == 33
    assert changed.control_points == (
        "Every page compared with the original and stamped as checked",
        "All mandatory documents verified?",  # the step's decision box, also a control point
    )
    assert "Lease of the business premises" in changed.documents
    older = help_service.step_help(
        definition_by_version("2026.1"), "documents", "enterprise_legal_person", "basic", "en"
    )
    assert older.sla_minutes == 45 and "Tax residency self-certification" not in older.documents


def test_step_help_lists_the_documents_of_this_customer_kind_and_account_type():
    definition = definition_by_version("2026.2")
    corporate = help_service.step_help(definition, "documents", "enterprise_legal_person", "basic", "zh_CN")
    person = help_service.step_help(definition, "identity", "individual", "personal_ii", "zh_CN")
    assert "营业执照" in corporate.documents
    assert "营业执照" not in person.all_documents
    assert corporate.procedure.startswith("流程版本 2026.2，自 2026-07-01 起施行")
    assert corporate.what_to_do[0].startswith("按清单逐项收取资料")


def test_the_manual_is_generated_from_the_definition_and_searchable():
    found = help_service.manual(definition_by_version("2026.2"), "zh_CN")
    titles = [s.title for s in found.sections]
    assert titles[3:12] == [
        f"{i}. {t}"
        for i, t in enumerate(
            [
                "客户识别与接入",
                "身份核验（联网核查）",
                "资料审核",
                "受益所有人识别",
                "风险评级与额度核定",
                "开户意愿核实",
                "签订协议、预留印鉴",
                "授权审批通过？（双人复核）",
                "账户设置、激活与备案 / 核准",
            ],
            start=1,
        )
    ]
    assert [s.key for s in help_service.search_manual(found, "25%")] == ["beneficial_owners"]
    assert [s.key for s in help_service.search_manual(found, "税收居民")][:1] == ["changes"]
    assert help_service.search_manual(found, "没有这个词") == []
    assert [q for q, _ in help_service.search_faq(found, "过期")] == ["客户的身份证过期了怎么办？"]
    english = help_service.manual(definition_by_version("2026.2"), "en")
    assert [q for q, _ in help_service.search_faq(english, "NETWORK down")] == [
        "Can I keep working when the network is down?"
    ]


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_the_manual_prints_as_a_pdf(tmp_path, language):
    out = help_service.write_manual_pdf(definition_by_version("2026.2"), language, tmp_path / "manual.pdf")
    data = out.read_bytes()
    assert data.startswith(b"%PDF-") and len(data) > 10_000
    assert (
        help_service.manual_pdf(definition_by_version("2026.2"), language) == data
    )  # same content, same bytes


def test_the_manual_compares_the_version_with_the_one_it_supersedes():
    found = help_service.manual(definition_by_version("2026.2"), "zh_CN")
    [section] = [s for s in found.sections if s.key == "comparison"]
    assert section.title == "与 2026.1 版相比"
    assert "资料审核时限：45 分钟 → 40 分钟" in section.lines
    assert "新增资料：税收居民身份声明文件" in section.lines
    assert "风险权重「行业」：20 → 25" in section.lines
    english = help_service.compare_versions(definition_by_version("2026.1"), _changed(), "en")
    assert "Document review time limit: 45 min → 33 min" in english
    assert "Document added: Lease of the business premises" in english
    assert not [
        s
        for s in help_service.manual(definition_by_version("2026.1"), "en").sections
        if s.key == "comparison"
    ]
