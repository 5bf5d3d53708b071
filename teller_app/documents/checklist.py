"""The document checklist (开户资料审核清单): each item, its decision, who verified it, and what is missing."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from teller_app.documents.common import customer_summary, sign_lines
from teller_app.documents.labels import decision_zh, reason_zh, tick
from teller_app.documents.model import CaseSheet, ChecklistRow, IdentityCheck
from teller_app.documents.page import build_pdf
from teller_app.documents.required import check_printable
from teller_app.documents.styles import grid, heading, para, title
from teller_app.documents.text import fmt_stamp
from teller_app.domain.document_decisions import DocumentDecision
from teller_app.domain.id_verification import CheckResult

TITLE = "开户资料审核清单"


def outstanding(rows: tuple[ChecklistRow, ...]) -> list[ChecklistRow]:
    """What keeps the case from approval: mandatory items not yet verified, and any item (mandatory or
    not) that needs revision or was rejected. The customer must still bring or correct these."""
    return [row for row in rows if _problem(row)]


def _problem(row: ChecklistRow) -> bool:
    if row.decision.blocks_approval:
        return True
    return row.mandatory and row.decision is not DocumentDecision.VERIFIED


def _table(sheet: CaseSheet) -> Flowable:
    rows: list[list[object]] = [
        ["序号", "资料名称", "必备", "审核结论", "原因", "核对原件", "核验人", "核验时间"]
    ]
    for number, row in enumerate(sheet.checklist, start=1):
        rows.append(
            [
                str(number),
                row.item,
                "必备" if row.mandatory else "可选",
                para(decision_zh(row.decision), "cell_warn" if _problem(row) else "cell"),
                reason_zh(row.reason, row.reason_note) or "—",
                tick(row.original_seen, "已核对", "未核对"),
                row.verified_by or "—",
                fmt_stamp(row.verified_at) or "—",
            ]
        )
    return grid(rows, (9, 38, 10, 16, 34, 19, 18, 30))


def _photo(check: IdentityCheck) -> str:
    return (
        {True: "已比对", False: "未比对"}.get(check.photo_compared, "—")
        if check.photo_compared is not None
        else "—"
    )


def _identity_checks(sheet: CaseSheet) -> list[Flowable]:
    """联网核查结果: each person checked, the answer, its reference, photo compared, when, how and by whom."""
    out: list[Flowable] = [heading("联网核查结果")]
    if not sheet.identity_checks:
        out.append(para("尚无联网核查记录：须完成联网核查（结果为“一致”）后方可提交审批。", "cell_warn"))
        return out
    rows: list[list[object]] = [
        ["核查对象", "姓名", "证件号码", "核查结果", "人像比对", "核查流水号", "核查时间", "核查方式及经办人"]
    ]
    for check in sheet.identity_checks:
        how = f"{check.source}（{check.recorded_by}）"
        if check.adapter:
            how += f" {check.adapter}"
        rows.append(
            [
                check.person,
                check.name,
                check.id_number,
                para(check.result.label_zh, "cell" if check.result is CheckResult.MATCH else "cell_warn"),
                _photo(check),
                check.reference or "—",
                fmt_stamp(check.checked_at),
                para(how, "cell"),
            ]
        )
    out.append(grid(rows, (16, 14, 36, 14, 13, 30, 24, 27)))
    return out


def _summary(sheet: CaseSheet) -> list[Flowable]:
    mandatory = [row for row in sheet.checklist if row.mandatory]
    verified = sum(1 for row in mandatory if row.decision is DocumentDecision.VERIFIED)
    missing = outstanding(sheet.checklist)
    out: list[Flowable] = [
        heading("审核小结"),
        para(
            f"必备资料共 {len(mandatory)} 项，已核验 {verified} 项，未完成 {len(mandatory) - verified} 项。"
        ),
    ]
    if missing:
        out.append(para("缺失、待补正或不予受理的资料（须补齐或补正后方可提交审批）：", "body"))
        for row in missing:
            reason = reason_zh(row.reason, row.reason_note)
            out.append(para(f"• {row.item}：{decision_zh(row.decision)}{'，' + reason if reason else ''}"))
    else:
        out.append(para("必备资料齐全，原件均已核对。", "body"))
    return out


def build_checklist(sheet: CaseSheet) -> bytes:
    check_printable(sheet, "checklist")
    story: list[Flowable] = []
    story += title(TITLE, f"Document checklist　·　案件编号 {sheet.quoted_number}")
    story += [customer_summary(sheet), Spacer(1, 3 * mm), heading("资料明细"), _table(sheet)]
    story.append(para("注：“核对原件”为经办人对已见原件并与复印件核对一致的确认。", "small"))
    story += _identity_checks(sheet)
    story += _summary(sheet)
    story.append(sign_lines("经办人（签字）", "复核人（签字）"))
    return build_pdf(sheet, "checklist", story, TITLE)
