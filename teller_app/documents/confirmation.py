"""The account opening confirmation (开户确认书): account details, limits, activation, filing or 核准."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from teller_app.documents.common import approval_fields, fee_text, identifier_label, sign_lines
from teller_app.documents.model import Account, CaseSheet, Regime
from teller_app.documents.page import build_pdf
from teller_app.documents.required import check_printable
from teller_app.documents.styles import fields, grid, heading, para, rich, title
from teller_app.documents.text import fmt_date, fmt_datetime, fmt_money

TITLE = "开户确认书"


def _account(sheet: CaseSheet) -> Flowable:
    account = sheet.account
    label, value = identifier_label(sheet)
    pairs: list[tuple[str, object]] = [
        ("账户名称", sheet.account_name),
        ("账号", account.number),
        ("账户种类", account.type.label_zh),
        ("币种", account.currency),
        (label, value),
        ("开户日期", fmt_date(account.opened_on)),
        ("激活时间", fmt_datetime(account.activated_at) or "待激活"),
    ]
    if sheet.is_organisation:
        pairs.append(("管理方式", account.regime.label_zh))
    if account.regime is Regime.FILING:
        if account.filing_deadline is not None:
            pairs.append(("备案截止日期", fmt_date(account.filing_deadline)))
        if account.copies_by is not None:
            pairs.append(("资料报送截止日期", fmt_date(account.copies_by)))
        if account.filing_reference:
            pairs.append(("备案编号", f"{account.filing_reference}（{fmt_date(account.filed_on)}）"))
    elif account.regime is Regime.APPROVAL:
        pairs.append(("核准号", account.approval_number or "待人民银行核准"))
        if account.approved_on is not None:
            pairs.append(("核准日期", fmt_date(account.approved_on)))
    if sheet.is_organisation or account.payments_from is not None:
        pairs.append(
            (
                "可办理付款业务日期",
                fmt_date(account.payments_from) if account.payments_from else _payments_after(account),
            )
        )
    if account.basic_account_number:
        pairs.append(("基本存款账户编号", account.basic_account_number))
    if account.special_category:
        pairs.append(("专用存款账户类别", account.special_category))
    if account.expires_on is not None:
        pairs.append(("有效期至", fmt_date(account.expires_on)))
    if not account.type.is_personal:
        pairs.append(("现金支取", "可以办理" if account.cash_withdrawal else "不得办理现金支取"))
    return fields(pairs)


def _limits(sheet: CaseSheet) -> list[Flowable]:
    rows: list[list[object]] = [["限额项目", "金额（元）", "期间"]]
    rows += [
        [limit.name, para(fmt_money(limit.amount), "cell_right"), limit.period or "—"]
        for limit in sheet.account.limits
    ]
    if len(rows) == 1:
        rows.append(["未设定专项限额", "—", "按乙方及监管规定执行"])
    services: list[list[object]] = [["已开通服务", "收费标准（元）", "说明"]]
    for service in sheet.account.services:
        services.append([service.service, fee_text(service), service.note or "—"])
    out: list[Flowable] = [heading("账户限额"), grid(rows, (70, 52, 52))]
    if len(services) > 1:
        out += [heading("已开通服务"), grid(services, (70, 52, 52))]
    return out


def _regime_note(sheet: CaseSheet) -> list[Flowable]:
    account = sheet.account
    if account.regime is Regime.APPROVAL:
        number = account.approval_number or "待核准"
        if account.payments_from is None:
            return [
                para(
                    f"本账户须经中国人民银行核准后方可使用，自{_payments_after(account)}方可办理付款业务；核准号：{number}。"
                )
            ]
        return [
            para(
                f"本账户已经中国人民银行核准（核准号：{number}），"
                f"自 {fmt_date(account.payments_from)} 起可办理付款业务。"
            )
        ]
    if account.filing_deadline is None:
        return []
    notes = [
        para(f"本账户由开户银行向中国人民银行备案，备案截止日期为 {fmt_date(account.filing_deadline)}。")
    ]
    if account.copies_by is not None:
        notes.append(para(f"开户资料复印件或影像于 {fmt_date(account.copies_by)} 前报送中国人民银行。"))
    return notes


def build_confirmation(sheet: CaseSheet) -> bytes:
    check_printable(sheet, "confirmation")
    account = sheet.account
    story: list[Flowable] = []
    story += title(TITLE, f"Account opening confirmation　·　案件编号 {sheet.quoted_number}")
    story.append(
        rich(
            [
                ("兹确认 ", False),
                (sheet.customer.name, True),
                (" 已于 ", False),
                (fmt_date(account.opened_on), True),
                (" 在 ", False),
                (sheet.branch.name, True),
                (" 开立下列银行结算账户：", False),
            ]
        )
    )
    story += [Spacer(1, 2 * mm), _account(sheet)]
    story += _limits(sheet)
    story += [Spacer(1, 2 * mm), *_regime_note(sheet), heading("授权审批"), approval_fields(sheet)]
    story.append(sign_lines("开户银行（业务章）", "客户签收（签字或盖章）"))
    return build_pdf(sheet, "confirmation", story, TITLE)


def _payments_after(account: Account) -> str:
    """When payments out start, before the approval is recorded: the regulation's words for the bank's
    default reading (the 3rd working day), the exact working day for a later one."""
    days = account.payments_wait_working_days
    return "核准之日起3个工作日后" if days == 3 else f"核准之日起第{days}个工作日起"
