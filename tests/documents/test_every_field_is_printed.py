"""Every value of the case reaches paper: read the PDFs back and look for each field of the sample cases."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from decimal import Decimal
from enum import Enum

import pytest
from pdf_reading import squeeze

from teller_app.documents.model import ChecklistRow
from teller_app.documents.render import BUILDERS, build
from teller_app.documents.text import fmt_date, fmt_datetime, fmt_money, fmt_number, fmt_stamp, printable
from teller_app.domain.document_decisions import DocumentDecision, DocumentReason

NOT_PRINTED_AS_VALUES = {
    "training",
    "current_step",
    "flowchart",
    "case_id",
}  # watermark, highlight, the procedure's boxes: tested on their own; the case id is in the QR code only
# (people quote the case number, tests/documents/test_case_numbers_printed.py)


def renderings(value: object) -> set[str]:
    """The ways a value may be printed; a test passes when any one of them is on paper."""
    if isinstance(value, Enum):
        return {value.label_zh}  # type: ignore[attr-defined]
    if isinstance(value, datetime):
        return {fmt_datetime(value), fmt_stamp(value)}
    if isinstance(value, date):
        return {fmt_date(value)}
    if isinstance(value, Decimal):
        return {fmt_money(value), fmt_number(value)}
    return {printable(value)}


def printed_fields(sheet):
    """The sheet's leaves that must be on paper; a personal account has no 备案/核准 regime to show."""
    for path, value in leaves(sheet):
        if path == "account.regime" and not sheet.is_organisation:
            continue
        yield path, value


def leaves(value: object, path: str = ""):
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        for item in dataclasses.fields(value):
            if item.name not in NOT_PRINTED_AS_VALUES:
                yield from leaves(getattr(value, item.name), f"{path}.{item.name}" if path else item.name)
    elif isinstance(value, tuple):
        for index, item in enumerate(value):
            yield from leaves(item, f"{path}[{index}]")
    elif value is not None and not isinstance(value, bool) and value != "":
        yield path, value


@pytest.mark.parametrize("case", ["corporate", "individual"])
def test_every_field_of_the_case_appears_in_its_documents(case, request, pdf_pages):
    sheet = request.getfixturevalue(case)
    printed = squeeze("".join(page for doc in BUILDERS for page in pdf_pages(build(doc, sheet))))
    missing = [
        f"{path}={value!r}"
        for path, value in printed_fields(sheet)
        if not any(squeeze(text) in printed for text in renderings(value))
    ]
    assert missing == []


def test_the_field_walk_finds_chinese_names_and_numbers(corporate):
    found = dict(leaves(corporate))
    assert found["customer.name"] == "上海示例国际贸易有限公司"
    assert (
        found["customer.legal_representative.id_number"] == corporate.customer.legal_representative.id_number
    )
    assert "risk.factors[2].contribution" in found
    assert len(found) > 80


def test_agreement_names_both_parties_the_account_and_the_seal_card(corporate, pdf_pages):
    text = squeeze("".join(pdf_pages(build("agreement", corporate))))
    for expected in (
        "单位银行结算账户管理协议",
        corporate.customer.name,
        corporate.customer.credit_code,
        corporate.customer.legal_representative.name,
        corporate.customer.agent.name,
        corporate.branch.name,
        squeeze(corporate.account.number),
        "基本存款账户",
        "预留印鉴",
        "财务专用章",
        "声明与保证",
        "变更告知义务",
        "对账",
        "久悬与撤销",
        "保密",
        "违约责任",
        "争议解决",
        "一式两份",
        "甲方（公章）",
        "乙方（业务公章）",
    ):
        assert squeeze(expected) in text, expected


def test_individual_agreement_is_the_personal_service_agreement_without_a_seal_card(individual, pdf_pages):
    text = squeeze("".join(pdf_pages(build("agreement", individual))))
    assert "个人银行结算账户服务协议" in text
    assert "单位银行结算账户管理协议" not in text
    assert "预留印鉴式样" not in text
    assert individual.customer.id_number in text
    assert "甲方（签字）" in text


def test_agreement_prints_a_placeholder_when_the_account_number_is_not_yet_assigned(corporate, pdf_pages):
    account = dataclasses.replace(corporate.account, number="", opened_on=None)
    sheet = dataclasses.replace(corporate, account=account)
    text = squeeze("".join(pdf_pages(build("agreement", sheet))))
    assert "开户后由乙方填写" in text


def test_checklist_lists_who_verified_each_item_and_what_is_missing(corporate, pdf_pages):
    text = squeeze("".join(pdf_pages(build("checklist", corporate))))
    outstanding = [
        r for r in corporate.checklist if r.mandatory and r.decision is not DocumentDecision.VERIFIED
    ]
    assert len(outstanding) == 1
    assert f"未完成{len(outstanding)}项" in text
    assert squeeze(f"• {outstanding[0].item}：需补正") in text
    assert "☑已核对" in text and "☐未核对" in text


@pytest.mark.parametrize(
    ("decision", "reason"),
    [
        (DocumentDecision.NEEDS_REVISION, DocumentReason.ILLEGIBLE),
        (DocumentDecision.REJECTED, DocumentReason.ALTERED),
    ],
)
def test_checklist_lists_an_optional_item_that_blocks_approval(individual, pdf_pages, decision, reason):
    assert all(r.decision is DocumentDecision.VERIFIED for r in individual.checklist if r.mandatory)
    optional = ChecklistRow(item="收入证明", mandatory=False, decision=decision, reason=reason)
    sheet = dataclasses.replace(individual, checklist=(*individual.checklist, optional))
    text = squeeze("".join(pdf_pages(build("checklist", sheet))))
    assert "必备资料齐全" not in text
    assert "未完成0项" in text
    assert squeeze(f"• 收入证明：{decision.label_zh}，{reason.label_zh}") in text


def test_checklist_says_complete_when_every_mandatory_item_is_verified(individual, pdf_pages):
    text = squeeze("".join(pdf_pages(build("checklist", individual))))
    assert "必备资料齐全" in text


def test_confirmation_states_filing_deadline_or_regulator_approval(corporate, pdf_pages):
    from teller_app.documents.model import Regime

    filing = squeeze("".join(pdf_pages(build("confirmation", corporate))))
    assert squeeze(f"备案截止日期为 {fmt_date(corporate.account.filing_deadline)}") in filing
    account = dataclasses.replace(corporate.account, regime=Regime.APPROVAL, filing_deadline=None)
    approval = squeeze(
        "".join(pdf_pages(build("confirmation", dataclasses.replace(corporate, account=account))))
    )
    assert "须经中国人民银行核准" in approval
    assert "待核准" in approval


@pytest.mark.parametrize("regime", ["filing", "none"])
def test_personal_confirmation_has_no_filing_with_the_central_bank(individual, pdf_pages, regime):
    from teller_app.documents.model import Regime

    sheet = dataclasses.replace(
        individual, account=dataclasses.replace(individual.account, regime=Regime(regime))
    )
    text = squeeze("".join(pdf_pages(build("confirmation", sheet))))
    assert "备案" not in text and "核准" not in text


def test_confirmation_shows_the_approval_number_and_when_payments_may_start(corporate, pdf_pages):
    from teller_app.documents.model import Regime

    waiting = dataclasses.replace(corporate.account, regime=Regime.APPROVAL, filing_deadline=None)
    text = squeeze("".join(pdf_pages(build("confirmation", dataclasses.replace(corporate, account=waiting)))))
    assert "自核准之日起3个工作日后方可办理付款业务" in text
    later = dataclasses.replace(waiting, payments_wait_working_days=5)  # the bank's stricter reading
    text = squeeze("".join(pdf_pages(build("confirmation", dataclasses.replace(corporate, account=later)))))
    assert "自核准之日起第5个工作日起方可办理付款业务" in text and "3个工作日后" not in text
    approved = dataclasses.replace(
        waiting,
        approval_number="Z2900001234501",
        approved_on=date(2026, 3, 3),
        payments_from=date(2026, 3, 6),
    )
    text = squeeze(
        "".join(pdf_pages(build("confirmation", dataclasses.replace(corporate, account=approved))))
    )
    assert "Z2900001234501" in text
    assert squeeze(f"可办理付款业务日期{fmt_date(date(2026, 3, 6))}") in text
    assert squeeze(f"自 {fmt_date(date(2026, 3, 6))} 起可办理付款业务") in text


def test_confirmation_of_an_enterprise_account_pays_from_the_day_of_opening(corporate, pdf_pages):
    account = dataclasses.replace(corporate.account, payments_from=corporate.account.opened_on)
    text = squeeze("".join(pdf_pages(build("confirmation", dataclasses.replace(corporate, account=account)))))
    assert squeeze(f"可办理付款业务日期{fmt_date(corporate.account.opened_on)}") in text
