"""The account agreement: 单位银行结算账户管理协议 or 个人银行结算账户服务协议, in two originals."""

from __future__ import annotations

from datetime import datetime

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Spacer, Table, TableStyle

from teller_app.documents.clauses import AgreementText, load_agreement_text, version_in_force
from teller_app.documents.common import FEE_SCHEDULE, fee_text
from teller_app.documents.model import CaseSheet, Person, Regime
from teller_app.documents.page import SectionMark, build_pdf
from teller_app.documents.required import check_printable
from teller_app.documents.styles import DATE_LINE, RULE, cell_font, fields, grid, heading, para, title
from teller_app.documents.text import fmt_date, printable
from teller_app.domain.account_types import AccountType

PREVAILING_ZH = "本协议以中文书就，中英文文本如有不一致，以中文文本为准。"
PREVAILING_EN = (
    "This agreement is made in Chinese; the English text is a translation for reference, and where the two "
    "differ the Chinese text prevails."
)
SPECIMEN_MM = 46  # side of a seal specimen box: a 42 mm seal and a margin
ORIGINALS = ("正本一 · 甲方（存款人）留存", "正本二 · 乙方（开户银行）留存")
NOT_YET = "开户后由乙方填写"
DEFAULT_SEALS = ("单位公章", "财务专用章", "法定代表人（单位负责人）名章")
_DIGITS = "零一二三四五六七八九"


def chinese_number(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 21 → 二十一, 105 → 一百零五, 110 → 一百一十 (for 第N条, up to 999)."""
    if n >= 100:
        hundreds, rest = divmod(n, 100)
        if rest == 0:
            return _DIGITS[hundreds] + "百"
        tail = _DIGITS[rest] if rest < 10 else ("一" if rest < 20 else "") + chinese_number(rest)
        return _DIGITS[hundreds] + "百" + ("零" if rest < 10 else "") + tail
    if n < 10:
        return _DIGITS[n]
    tens, units = divmod(n, 10)
    return ("" if tens == 1 else _DIGITS[tens]) + "十" + ("" if units == 0 else _DIGITS[units])


def _person(person: Person | None) -> str:
    if person is None or not printable(person.name):
        return ""
    parts = [person.name]
    if person.id_number:
        parts.append(f"{person.id_type} {person.id_number}")
    if person.phone:
        parts.append(f"电话 {person.phone}")
    return "，".join(parts)


def _parties(sheet: CaseSheet) -> list[Flowable]:
    customer, branch = sheet.customer, sheet.branch
    if sheet.is_organisation:
        party_a = [
            ("甲方（存款人）", customer.name),
            ("客户类型", customer.kind.label_zh),
            ("统一社会信用代码", customer.credit_code),
            ("住所", customer.address),
            ("法定代表人（单位负责人）", _person(customer.legal_representative)),
            ("经办人", _person(customer.agent) or "—"),
            ("联系电话", customer.phone),
        ]
    else:
        party_a = [
            ("甲方（存款人）", customer.name),
            ("证件类型", customer.id_type),
            ("证件号码", customer.id_number),
            ("住址", customer.address),
            ("联系电话", customer.phone),
            ("代理人", _person(customer.agent) or "—"),
        ]
    party_b = [
        ("乙方（开户银行）", branch.name),
        ("营业机构代码", branch.code),
        ("地址", branch.address),
        ("电话", branch.phone),
    ]
    return [fields(party_a, two_columns=False), Spacer(1, 2 * mm), fields(party_b, two_columns=False)]


def _account(sheet: CaseSheet) -> list[Flowable]:
    account = sheet.account
    pairs: list[tuple[str, object]] = [
        ("账户名称", sheet.account_name),
        ("账户种类", account.type.label_zh),
        ("账号", account.number or NOT_YET),
        ("币种", account.currency),
        ("开户日期", fmt_date(account.opened_on) or NOT_YET),
    ]
    if sheet.is_organisation:
        regime = account.regime.label_zh + ("（经人民银行核准）" if account.regime is Regime.APPROVAL else "")
        pairs.append(("管理方式", regime))
    if account.type is AccountType.GENERAL or account.basic_account_number:
        pairs.append(("基本存款账户编号", account.basic_account_number))
    if account.special_category:
        pairs.append(("专用存款账户类别", account.special_category))
    if account.expires_on is not None:
        pairs.append(("有效期至", fmt_date(account.expires_on)))
    if not account.type.is_personal:
        pairs.append(("现金支取", "可以办理" if account.cash_withdrawal else "不得办理现金支取"))
    return [heading("一、账户信息"), fields(pairs)]


def _services(sheet: CaseSheet) -> list[Flowable]:
    rows: list[list[object]] = [["服务项目", "收费标准（元）", "说明"]]
    for service in sheet.account.services:
        rows.append([service.service, fee_text(service), service.note])
    if len(rows) == 1:
        rows.append(["—", FEE_SCHEDULE, "甲方未申请附加服务"])
    return [
        heading("二、服务项目与收费"),
        grid(rows, (60, 48, 66)),
        para("乙方调整收费标准的，应提前在营业网点和官方网站公示。", "small"),
    ]


def _seal_card(sheet: CaseSheet) -> list[Flowable]:
    entries = [(s.kind, s.holder, s.note) for s in sheet.seals] or [(k, "", "") for k in DEFAULT_SEALS]
    rows: list[list[object]] = [["印鉴种类", "名称 / 持有人", "说明", "预留印鉴式样"]]
    rows += [[kind, holder, note, ""] for kind, holder, note in entries]
    # The specimen box takes a 42 mm round seal with room around it (GA 241 sizes: 公章 up to 42 mm).
    table = grid(rows, (32, 46, 46, SPECIMEN_MM + 4), row_heights=[None] + [SPECIMEN_MM * mm] * len(entries))
    return [
        CondPageBreak((SPECIMEN_MM + 30) * mm),
        heading("三、预留印鉴"),
        para(
            "甲方在乙方预留以下印鉴，作为办理支付结算业务的有效凭证。印鉴变更须由甲方书面申请并经乙方审核。"
        ),
        Spacer(1, 1.5 * mm),
        table,
    ]


def _clauses(text: AgreementText, first_section: int) -> tuple[list[Flowable], list[Flowable]]:
    """The clauses; the last one apart, so it stays on the page with the signatures."""
    out: list[Flowable] = [heading(f"{chinese_number(first_section)}、协议条款")]
    last: list[Flowable] = []
    for number, clause in enumerate(text.clauses, start=1):
        last = [para(f"第{chinese_number(number)}条　{clause.title_zh}  {clause.title_en}", "heading")]
        for index, (zh, en) in enumerate(zip(clause.text_zh, clause.text_en, strict=True), start=1):
            last.append(para(f"{index}. {zh}"))
            last.append(para(en, "body_en"))
        if number < len(text.clauses):
            out += last
    return out, last


def _signature_box(lines: tuple[str, ...]) -> list[Flowable]:
    out: list[Flowable] = []
    for line in lines:
        out += [para(line, "cell"), Spacer(1, 16 * mm)]
    return out[:-1]


def _signatures(sheet: CaseSheet) -> Table:
    date_line = DATE_LINE
    if sheet.is_organisation:
        left = ("甲方（公章）：", "法定代表人或授权代理人（签字）：", date_line)
    else:
        left = ("甲方（签字）：", "代理人（签字，如有）：", date_line)
    right = ("乙方（业务公章）：", "负责人或授权代理人（签字）：", date_line)
    table = Table([[_signature_box(left), _signature_box(right)]], colWidths=[87 * mm, 87 * mm])
    table.setStyle(
        TableStyle(
            [
                cell_font(),
                ("BOX", (0, 0), (-1, -1), 0.6, RULE),
                ("INNERGRID", (0, 0), (-1, -1), 0.6, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return table


def _one_original(sheet: CaseSheet, text: AgreementText, label: str) -> list[Flowable]:
    story: list[Flowable] = [SectionMark(label)]
    story += title(
        text.title_zh, f"{text.title_en}　·　协议编号 {sheet.agreement_number}　·　条款版本 {text.version}"
    )
    story += [para(text.preamble_zh), para(text.preamble_en, "body_en")]
    story += _parties(sheet)
    story += _account(sheet)
    story += _services(sheet)
    section = 3
    if sheet.is_organisation:
        story += _seal_card(sheet)
        section = 4
    clauses, last = _clauses(text, section)
    story += clauses
    # A signature page never stands alone: the last clause and 以下无正文 travel with it.
    end = [
        para(PREVAILING_ZH),
        para(PREVAILING_EN, "body_en"),
        para("（以下无正文）", "subtitle"),
        Spacer(1, 3 * mm),
        _signatures(sheet),
    ]
    story.append(KeepTogether(last + end))
    return story


def build_agreement(sheet: CaseSheet) -> bytes:
    """Both originals in one PDF, each numbered on its own (第 X 页 / 共 Y 页) and marked who keeps it."""
    check_printable(sheet, "agreement")
    printed_on = (sheet.printed_at or datetime.now()).date()
    version = sheet.clause_version or version_in_force(printed_on)
    text = load_agreement_text(version, "corporate" if sheet.is_organisation else "individual")
    story: list[Flowable] = []
    for index, label in enumerate(ORIGINALS):
        if index:
            story.append(PageBreak())
        story += _one_original(sheet, text, label)
    return build_pdf(sheet, "agreement", story, text.title_zh)
