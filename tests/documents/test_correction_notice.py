"""补正通知书: the customer takes away what to bring back and by when."""

from __future__ import annotations

import dataclasses
from datetime import date

from pdf_reading import squeeze

from teller_app.documents.model import ChecklistRow
from teller_app.documents.render import build
from teller_app.domain.document_decisions import DocumentDecision, DocumentReason


def test_the_notice_lists_what_to_bring_back_and_by_when(corporate, pdf_pages) -> None:
    rows = (
        ChecklistRow("营业执照", True, DocumentDecision.NEEDS_REVISION, DocumentReason.EXPIRED),
        ChecklistRow("法定代表人身份证件", True, DocumentDecision.VERIFIED, original_seen=True),
        ChecklistRow("授权委托书", True, DocumentDecision.PENDING),
    )
    sheet = dataclasses.replace(corporate, checklist=rows, correction_due=date(2026, 3, 9))
    text = squeeze("".join(pdf_pages(build("correction", sheet))))
    assert squeeze("补正通知书") in text and squeeze("请于 2026年03月09日 前") in text
    assert "营业执照" in text and "已过有效期" in text and "授权委托书" in text
    assert "法定代表人身份证件" not in text  # verified: nothing to bring
    assert squeeze(corporate.case_number) in text and squeeze(corporate.branch.phone) in text


def test_a_complete_checklist_says_nothing_is_needed(corporate, pdf_pages) -> None:
    rows = (ChecklistRow("营业执照", True, DocumentDecision.VERIFIED, original_seen=True),)
    text = squeeze("".join(pdf_pages(build("correction", dataclasses.replace(corporate, checklist=rows)))))
    assert squeeze("无须补正") in text
