"""补正通知书: for the customer, what to bring back or correct, and by when (from the document checklist)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from teller_app.documents.checklist import outstanding
from teller_app.documents.common import customer_summary, sign_lines
from teller_app.documents.labels import decision_zh, reason_zh
from teller_app.documents.model import CaseSheet
from teller_app.documents.page import build_pdf
from teller_app.documents.required import check_printable
from teller_app.documents.styles import grid, heading, para, title
from teller_app.documents.text import fmt_date

TITLE = "补正通知书"


def build_correction_notice(sheet: CaseSheet) -> bytes:
    check_printable(sheet, "correction")
    missing = outstanding(sheet.checklist)
    story: list[Flowable] = []
    story += title(TITLE, f"Notice of documents to bring back　·　案件编号 {sheet.quoted_number}")
    story += [customer_summary(sheet), Spacer(1, 3 * mm)]
    if not missing:
        story.append(para("经审核，您提交的开户资料齐全，无须补正。", "body"))
        story.append(
            para("Your opening documents are complete; nothing needs to be brought back.", "body_en")
        )
    else:
        due = fmt_date(sheet.correction_due) or "—"
        story.append(
            para(
                f"您申请开立的{sheet.account.type.label_zh}，经审核尚有下列资料需补充或补正。"
                f"请于 {due} 前携带资料原件及复印件到我行{sheet.branch.name}办理，逾期需重新提交开户申请。"
            )
        )
        story.append(
            para(
                "Your application needs the documents below. Please bring the originals and copies to the branch "
                f"by {sheet.correction_due.isoformat() if sheet.correction_due else '—'}; after that date the "
                "application must be made again.",
                "body_en",
            )
        )
        story.append(heading("需补充或补正的资料"))
        rows: list[list[object]] = [["序号", "资料名称", "情况", "说明"]]
        for number, row in enumerate(missing, start=1):
            reason = reason_zh(row.reason, row.reason_note)
            rows.append(
                [
                    str(number),
                    row.item,
                    decision_zh(row.decision),
                    reason or ("必备资料" if row.mandatory else ""),
                ]
            )
        story.append(grid(rows, (14, 70, 30, 60)))
    story.append(Spacer(1, 4 * mm))
    story.append(para(f"联系电话：{sheet.branch.phone or '—'}　地址：{sheet.branch.address or '—'}", "small"))
    story.append(sign_lines("经办人（签字）", "客户签收（签字）"))
    return build_pdf(sheet, "correction", story, TITLE)
