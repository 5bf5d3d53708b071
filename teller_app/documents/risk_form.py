"""The risk assessment form (客户洗钱风险评估表): factors, contributions, level, review date, approver."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from teller_app.documents.common import approval_fields, customer_summary, sign_lines
from teller_app.documents.model import CaseSheet, RiskAssessment
from teller_app.documents.page import build_pdf
from teller_app.documents.required import check_printable
from teller_app.documents.styles import fields, grid, heading, para, title
from teller_app.documents.text import fmt_date, fmt_datetime, fmt_number, yes_no
from teller_app.domain.risk_levels import RiskLevel

TITLE = "客户洗钱风险评估表"
LEVEL_EN = {
    RiskLevel.LOW: "Low",
    RiskLevel.MEDIUM: "Medium",
    RiskLevel.MEDIUM_HIGH: "Medium-high",
    RiskLevel.HIGH: "High",
}


def _factors(risk: RiskAssessment) -> Flowable:
    rows: list[list[object]] = [["序号", "风险因素", "客户情况", "权重", "得分贡献", "说明"]]
    for number, factor in enumerate(risk.factors, start=1):
        rows.append(
            [
                str(number),
                factor.name,
                factor.value,
                fmt_number(factor.weight),
                fmt_number(factor.contribution),
                factor.explanation or "—",
            ]
        )
    rows.append(["", "合计得分", "", "", fmt_number(risk.score), ""])
    return grid(rows, (10, 28, 40, 16, 18, 62))


def _result(risk: RiskAssessment) -> list[Flowable]:
    approver = risk.approver + (f"（{risk.approver_role}）" if risk.approver_role else "")
    edd = yes_no(risk.enhanced_due_diligence)
    if risk.enhanced_due_diligence and risk.edd_note:
        edd = f"{edd}：{risk.edd_note}"
    elif risk.edd_note:
        edd = f"{edd}（{risk.edd_note}）"
    direct: list[Flowable] = []
    if risk.direct_rules:
        direct = [
            para("直接评为高风险（不论评分）：" + "；".join(risk.direct_rules) + "。", "cell_warn"),
            Spacer(1, 2 * mm),
        ]
    elif risk.direct_rules_asked:
        direct = [
            para(
                "直接评为高风险的情形：无（FATF 高风险国家或地区、制裁名单、政治公众人物、拒绝尽职调查均为否）。"
            )
        ]
    return [
        heading("评估结果"),
        *direct,
        para(
            f"风险等级：{risk.level.label_zh}（{LEVEL_EN[risk.level]}）　　评分：{fmt_number(risk.score)}",
            "emphasis",
        ),
        Spacer(1, 2 * mm),
        fields(
            [
                ("风险等级", risk.level.label_zh),
                ("下次复评日期", fmt_date(risk.next_review_on)),
                ("强化尽职调查", edd),
                ("评估人", risk.assessed_by or "—"),
                ("评估时间", fmt_datetime(risk.assessed_at) or "—"),
                ("评级审批人", approver or "—"),
            ]
        ),
    ]


def _owners(sheet: CaseSheet) -> list[Flowable]:
    if not sheet.is_organisation and not sheet.owners:
        return []
    out: list[Flowable] = [heading("受益所有人")]
    if sheet.owners:
        rows: list[list[object]] = [["姓名", "证件号码", "持股或表决权比例", "认定依据"]]
        for owner in sheet.owners:
            share = f"{fmt_number(owner.share)}%" if owner.share is not None else "—"
            rows.append([owner.name, owner.id_number or "—", share, owner.basis or "—"])
        out.append(grid(rows, (40, 52, 36, 46)))
        out.append(para("受益所有人信息（《受益所有人信息管理办法》第八条）", "small"))
        details: list[list[object]] = [
            ["姓名", "性别 / 出生日期 / 国籍", "证件及有效期限", "受益所有权关系", "联系方式 / 地址"]
        ]
        for owner in sheet.owners:
            person = " / ".join(v or "—" for v in (owner.sex, owner.birth_date, owner.nationality))
            relation = owner.relationship or "—"
            if owner.control_means:
                relation += f"；控制方式：{owner.control_means}"
            reach = " / ".join(v or "—" for v in (owner.contact, owner.address))
            details.append([owner.name, person, owner.id_document or "—", relation, reach])
        out.append(grid(details, (24, 34, 40, 36, 40)))
    if sheet.owner_exemption:
        out.append(para(f"豁免说明：{sheet.owner_exemption}"))
    if not sheet.owners and not sheet.owner_exemption:
        out.append(para("未登记受益所有人，亦无豁免记录。", "body"))
    return out


def build_risk_form(sheet: CaseSheet) -> bytes:
    check_printable(sheet, "risk")
    risk = sheet.risk
    assert risk is not None  # check_printable refuses a sheet without one
    story: list[Flowable] = []
    story += title(TITLE, f"AML risk assessment　·　案件编号 {sheet.quoted_number}")
    story += [customer_summary(sheet), heading("风险因素与得分"), _factors(risk)]
    story.append(
        para(
            "得分贡献 = 因素分值 × 权重；合计得分对应风险等级，高风险须经风险管理岗或网点负责人审批并开展强化尽职调查。",
            "small",
        )
    )
    story += _result(risk)
    story += _owners(sheet)
    story += [heading("授权审批"), approval_fields(sheet)]
    story.append(sign_lines("评估人（签字）", "审批人（签字）"))
    return build_pdf(sheet, "risk", story, TITLE)
