"""The risk rating's inputs in the bank's words: picked from lists, none preset, a change voids the rating."""

from __future__ import annotations

import pytest
from service_helpers import corporate_case_to_contract, corporate_identity

from teller_app.domain.errors import InputError
from teller_app.domain.steps import Step
from teller_app.services import audit_trail, cases, step_services
from teller_app.services.case_store import load_case
from teller_app.services.demo import SAMPLE_RISK


@pytest.mark.parametrize(
    "field",
    [
        "industry",
        "region",
        "country",
        "nationalities",
        "years_in_business",
        "sanctions_hit",
        "politically_exposed",
        "due_diligence_refused",
    ],
)
def test_an_empty_risk_input_blocks_rating(store, staff, field):
    teller = staff["teller"]
    risk = {k: v for k, v in SAMPLE_RISK.items() if k != field}
    with pytest.raises(InputError) as refused:
        corporate_case_to_contract(store, teller, risk=risk)
    assert refused.value.code == "risk.input_required" and refused.value.params["field"] == field
    case = load_case(store, [c for c in cases_of(store, teller)][0])
    assert "level" not in case.data_for(Step.RISK) and case.risk_level is None


def cases_of(store, teller):
    from teller_app.services import case_lists

    return [c.case_id for c in case_lists.list_my_cases(store, teller)]


@pytest.mark.parametrize(
    ("field", "value"),
    [("industry", "manufacturing"), ("region", "CN-31"), ("country", "China"), ("nationalities", ["XX"])],
)
def test_a_risk_input_must_come_from_its_code_list(store, staff, field, value):
    teller = staff["teller"]
    with pytest.raises(InputError) as refused:
        corporate_case_to_contract(store, teller, risk={**SAMPLE_RISK, field: value})
    assert refused.value.code == "risk.unknown_code" and refused.value.params["field"] == field


def test_zero_years_is_an_answer_and_no_answer_is_not_zero(store, staff):
    teller = staff["teller"]
    case = corporate_case_to_contract(store, teller, risk={**SAMPLE_RISK, "years_in_business": 0})
    assert case.data_for(Step.RISK)["level"]


def test_a_direct_rule_is_recorded_with_the_rating_and_printed_on_the_risk_form(store, staff, tmp_path):
    from PySide6.QtPdf import QPdfDocument

    from teller_app.services import printing

    teller = staff["teller"]
    risk = {**SAMPLE_RISK, "politically_exposed": True, "edd_note": "已开展强化尽职调查"}
    case = corporate_case_to_contract(store, teller, risk=risk)
    rating = case.data_for(Step.RISK)
    assert rating["level"] == "high" and rating["direct_rules"] == ["politically_exposed"]
    out = printing.print_case(store, teller, case.id, "risk", tmp_path / "risk.pdf")
    document = QPdfDocument()
    assert document.load(str(out)) == QPdfDocument.Error.None_
    text = "".join("".join(document.getAllText(p).text().split()) for p in range(document.pageCount()))
    document.close()
    assert "直接评为高风险（不论评分）：涉及政治公众人物或其特定关系人" in text
    assert "贸易代理（含进出口代理）（F5181）" in text and "上海市" in text


def _rated(case) -> bool:
    return "level" in case.data_for(Step.RISK) and case.risk_level is not None


def test_a_change_of_identity_voids_the_rating(store, staff):
    teller = staff["teller"]
    case = corporate_case_to_contract(store, teller)
    assert _rated(case)
    corrected = dict(load_case(store, case.id).data_for(Step.IDENTITY))
    corrected["address"] = "上海市浦东新区张江路 99 号"
    after = cases.save_step(store, teller, case.id, "identity", corrected, complete=True)
    assert not _rated(after) and Step.RISK not in after.completed
    assert after.step is Step.RISK  # the case stops where the rating must be redone
    assert after.data_for(Step.RISK)["industry"] == SAMPLE_RISK["industry"]  # the entries stay
    events = audit_trail.list_events(store, staff["supervisor"], case_id=case.id, action="risk.voided")
    assert [e.details for e in events] == [{"from": "identity"}]
    redone = step_services.rate_risk(store, teller, case.id, dict(SAMPLE_RISK), advance=True)
    assert _rated(redone)


def test_a_change_of_owners_voids_the_rating(store, staff):
    teller = staff["teller"]
    case = corporate_case_to_contract(store, teller)
    owners = dict(load_case(store, case.id).data_for(Step.BENEFICIAL_OWNERS))
    holders = owners["shareholders"]
    owners["shareholders"] = [{**holders[0], "equity": "0.7"}, {**holders[1], "equity": "0.3"}]
    cases.go_back(store, teller, case.id, "beneficial_owners")
    after = step_services.record_owners(store, teller, case.id, owners)
    assert not _rated(after) and Step.RISK not in after.completed


def test_saving_identity_unchanged_keeps_the_rating(store, staff):
    teller = staff["teller"]
    case = corporate_case_to_contract(store, teller)
    same = dict(load_case(store, case.id).data_for(Step.IDENTITY))
    after = cases.save_step(store, teller, case.id, "identity", same, complete=True)
    assert _rated(after) and after.step is case.step


def test_a_return_for_correction_of_identity_voids_the_rating(store, staff):
    from checker_helpers import checker_for

    from teller_app.services import approvals

    teller = staff["teller"]
    case = corporate_case_to_contract(store, teller)
    approvals.request_approval(store, teller, case.id)
    approvals.decide(
        store, checker_for(store, staff["supervisor"]), case.id, "return", reasons={"identity": ["地址有误"]}
    )
    corrected = corporate_identity()
    corrected["address"] = "上海市浦东新区张江路 100 号"
    after = cases.save_step(store, teller, case.id, "identity", corrected, complete=True, advance=True)
    assert not _rated(after)


def test_the_risk_form_says_no_rule_fired_only_when_the_teller_answered(store, staff, tmp_path, qapp):
    from dataclasses import replace

    from PySide6.QtPdf import QPdfDocument

    from teller_app.documents.render import build
    from teller_app.documents.samples import sample_corporate_sheet
    from teller_app.services import printing

    def text_of(path) -> str:
        document = QPdfDocument()
        assert document.load(str(path)) == QPdfDocument.Error.None_
        text = "".join("".join(document.getAllText(p).text().split()) for p in range(document.pageCount()))
        document.close()
        return text

    teller = staff["teller"]
    case = corporate_case_to_contract(store, teller)
    answered = text_of(printing.print_case(store, teller, case.id, "risk", tmp_path / "risk.pdf"))
    assert "直接评为高风险的情形：无" in answered
    sheet = sample_corporate_sheet()
    legacy = replace(sheet, risk=replace(sheet.risk, direct_rules_asked=False))
    (tmp_path / "legacy.pdf").write_bytes(build("risk", legacy))
    assert "直接评为高风险的情形" not in text_of(tmp_path / "legacy.pdf")  # never claims what was not asked
