"""Blocks several documents share: the customer summary, approval and signature lines."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from teller_app.documents.model import CaseSheet, ServiceFee
from teller_app.documents.styles import DATE_LINE, RULE, cell_font, fields, para
from teller_app.documents.text import fmt_datetime, fmt_money

FEE_SCHEDULE = "按乙方收费公示标准"  # a service without a fee of its own follows the published schedule


def identifier_label(sheet: CaseSheet) -> tuple[str, str]:
    """(label, value) of the customer's main identifier: credit code or ID number."""
    customer = sheet.customer
    if sheet.is_organisation:
        return "统一社会信用代码", customer.credit_code
    return "证件号码", f"{customer.id_type} {customer.id_number}".strip()


def customer_summary(sheet: CaseSheet) -> Flowable:
    label, value = identifier_label(sheet)
    return fields(
        [
            ("客户名称", sheet.customer.name),
            ("客户类型", sheet.customer.kind.label_zh),
            (label, value),
            ("申请账户种类", sheet.account.type.label_zh),
            ("营业机构", sheet.branch.name),
            ("机构代码", sheet.branch.code),
        ]
    )


def fee_text(service: ServiceFee) -> str:
    """A service's fee as printed: '100.00 元/年', or the published schedule when none is set."""
    if service.fee is None:
        return FEE_SCHEDULE
    return f"{fmt_money(service.fee)} {service.unit}".strip()


def approval_fields(sheet: CaseSheet) -> Flowable:
    approval = sheet.approval
    if approval is None:
        return para("授权审批：尚未审批。", "body")
    checker = approval.checker + (f"（{approval.checker_role}）" if approval.checker_role else "")
    return fields(
        [
            ("经办人（Maker）", approval.maker),
            ("授权人（Checker）", checker),
            ("审批结论", approval.decision),
            ("审批时间", fmt_datetime(approval.decided_at)),
            ("审批意见", approval.reason or "—"),
        ]
    )


def sign_lines(*labels: str) -> Flowable:
    """Boxes to sign in, side by side: '经办人（签字）' … with room for a date."""
    width = 174 / len(labels)
    cells = [[para(label, "cell"), Spacer(1, 12 * mm), para(DATE_LINE, "cell")] for label in labels]
    table = Table([cells], colWidths=[width * mm] * len(labels))
    table.setStyle(
        TableStyle(
            [
                cell_font(),
                ("BOX", (0, 0), (-1, -1), 0.6, RULE),
                ("INNERGRID", (0, 0), (-1, -1), 0.6, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return KeepTogether([Spacer(1, 5 * mm), table])
