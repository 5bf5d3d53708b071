"""What the fake backend shows in place of the core's data: the sample users, the shipped procedure, the home
lists, the approval summary, a scan, the details of the fake operation records."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta

from teller_app.domain.permissions import Action
from teller_app.domain.roles import Role
from ui.backend import Alert, CaseSummary, CaseView, HomeSummary, ProcedureView, SessionInfo

# What the real core gives for an owner's record in the summary (codes; the ID number masked).
SAMPLE_OWNER_RECORD = (
    ("sex", "male"),
    ("birth_date", "1980-03-15"),
    ("nationality", "CN"),
    ("id_type", "resident_id"),
    ("id_number", "310101********0014"),
    ("id_valid_from", "2018-03-15"),
    ("id_expiry", "long_term"),
    ("relationship_from", "2020-05-01"),
    ("relationship_until", "ongoing"),
)


NOW = datetime(2026, 11, 27, 9, 30, tzinfo=UTC)


USERS = {
    "teller1": ("Teller-Pass-2026", "王芳", (Role.TELLER,)),
    "super1": ("Super-Pass-2026", "李强", (Role.SUPERVISOR,)),
    "newbie": ("First-Pass-2026", "赵敏", (Role.TELLER,)),
    "auditor1": ("Audit-Pass-2026", "陈静", (Role.AUDITOR,)),
    "admin1": ("Admin-Pass-2026", "周伟", (Role.ADMINISTRATOR,)),
}


def shipped_procedure(version: str) -> ProcedureView:
    from teller_app.services.procedures import definition_by_version
    from ui.core.procedure import procedure_view

    return procedure_view(definition_by_version(version))


# Details of the fake operation records, with the keys the core writes for these actions.
FAKE_DETAILS: dict[str, dict[str, object]] = {
    "sign_in": {"purpose": "sign_in"},
    "case.open": {"kind": "enterprise_legal_person", "account_type": "basic", "channel": "counter"},
    "case.save_step": {"step": "identity"},
    "approval.approve": {"level": "medium", "checker_role": "supervisor"},
}


def standard_return_reasons() -> tuple:
    """The shipped procedure's standard return reasons (resources/process), as the core gives them."""
    from teller_app.services.procedures import load_definitions

    return load_definitions()[-1].return_reasons


def sample_summary(case_id: str, customer_name: str = ""):
    """A checker's summary as the core builds it (teller_app.services.approval_summary_lines), for screens."""
    from teller_app.services import approval_summary_lines as s

    return s.ApprovalSummary(
        case_id=case_id,
        customer_name=customer_name or "北京星河科技有限公司",
        customer_kind="enterprise_legal_person",
        account_type="basic",
        status="awaiting_approval",
        credit_code="91110108MA01ABCD2X",
        address="北京市海淀区中关村大街 1 号",
        channel="counter",
        present="legal_representative",
        people=(
            s.PersonCheck(
                "legal_representative",
                "王建国",
                "110101********0011",
                "resident_id",
                "match",
                reference="GA-2026-1127-000381",
                photo_compared=True,
            ),
        ),
        documents=(
            s.DocumentLine(
                "business_licence", "营业执照", "Business licence", True, "verified", "", True, ("scan-0001",)
            ),
            s.DocumentLine(
                "legal_rep_id", "法定代表人身份证件", "Legal representative's ID", True, "verified", "", True
            ),
            s.DocumentLine(
                "tax_residency_declaration",
                "税收居民身份声明文件",
                "Tax residency self-certification",
                False,
                "received",
                "",
                False,
            ),
        ),
        owners=(
            s.OwnerLine("王建国", "60.00", ("equity",), record=SAMPLE_OWNER_RECORD),
            s.OwnerLine("陈美华", "40.00", ("equity",), gaps=("birth_date", "nationality")),
        ),
        owner_exemption=False,
        owners_not_required=False,
        risk_level="medium",
        risk_score=31,
        factors=(
            s.FactorLine(
                "industry", 13, 25, "risk.industry.elevated", {"industry": "F5181"}
            ),  # GB/T 4754 贸易代理
            s.FactorLine("customer_kind", 5, 15, "risk.customer_kind", {}),
        ),
        direct_rules=(),
        enhanced_due_diligence=False,
        edd_note="",
        next_review="2028-05-27",
        limits={"single": "2000000", "daily": "10000000"},
        intent={"method": "face_to_face", "confirmed_with": "王建国", "confirmed": True},
        seals=(
            {"kind": "company_seal", "holder": "北京星河科技有限公司"},
            {"kind": "legal_representative_seal", "holder": "王建国"},
        ),
        exceptions=(
            s.Exception_(
                "optional_document_open", {"item": "tax_residency_declaration", "decision": "received"}
            ),
        ),
        steps=(
            s.StepTime("intake", timedelta(minutes=3), 15),
            s.StepTime("documents", timedelta(minutes=19), 15),
        ),
        total_time=timedelta(minutes=38),
        maker_name="王芳",
        requested_at=NOW - timedelta(minutes=4),
        attempt=1,
        decisions=(),
        return_reasons=standard_return_reasons(),
        suggested_return_step="documents",
    )


def sample_scan_png() -> bytes:
    """A small drawn 'business licence' page as PNG bytes (QImage works off the GUI thread)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, Qt
    from PySide6.QtGui import QColor, QImage, QPainter

    image = QImage(420, 300, QImage.Format.Format_RGB32)
    image.fill(QColor("#fbf6e9"))
    painter = QPainter(image)
    painter.setPen(QColor("#8b1a1a"))
    painter.drawRect(QRect(10, 10, 400, 280))
    painter.drawText(QRect(10, 30, 400, 40), Qt.AlignmentFlag.AlignCenter, "BUSINESS LICENCE")
    for y in range(90, 260, 22):
        painter.drawLine(40, y, 380, y)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def sample_home(session: SessionInfo, cases: Iterable[CaseView]) -> HomeSummary:
    """The home lists: the cases given as open (two samples when there are none), and sample returned,
    waiting, finished and branch cases with their alerts, as far as the session may see them."""
    open_cases = tuple(
        CaseSummary(
            c.case_id, c.customer_name, c.account_type, c.step, c.status, NOW, case_number=c.case_number
        )
        for c in cases
    ) or (
        CaseSummary(
            "c-0001",
            "北京星河科技有限公司",
            "basic",
            "documents",
            "in_progress",
            NOW - timedelta(minutes=8),
            case_number="110108-20261127-T01-0004",
        ),
        CaseSummary(
            "c-0002",
            "上海云帆贸易有限公司",
            "general",
            "risk",
            "in_progress",
            NOW - timedelta(days=1, hours=2),
            case_number="110108-20261126-T01-0011",
        ),
    )
    return HomeSummary(
        open_cases=open_cases,
        returned_cases=(
            CaseSummary(
                "c-0003",
                "广州南方餐饮管理有限公司",
                "basic",
                "documents",
                "returned",
                NOW - timedelta(minutes=40),
                returned_reasons=("营业执照已过有效期",),
                case_number="110108-20261127-T01-0002",
            ),
        ),
        pending_approvals=(
            CaseSummary(
                "c-0004",
                "深圳前海数据服务有限公司",
                "basic",
                "approval",
                "awaiting_approval",
                waiting_since=NOW - timedelta(minutes=12),
                expires_at=NOW + timedelta(hours=23),
                case_number="110108-20261127-T02-0001",
            ),
        )
        if session.may(Action.APPROVE)
        else (),
        finished_today=(
            CaseSummary(
                "c-0006",
                "成都锦江文化传媒有限公司",
                "general",
                "account_setup",
                "active",
                NOW - timedelta(hours=2),
                closed_at=NOW - timedelta(hours=2),
                case_number="110108-20261127-T01-0001",
            ),
        ),
        branch_cases=(
            CaseSummary(
                "c-0001",
                "北京星河科技有限公司",
                "basic",
                "documents",
                "in_progress",
                opened_at=NOW - timedelta(hours=3),
                step_since=NOW - timedelta(minutes=52),
                case_number="110108-20261127-T01-0003",
                holder_name="张晓明",
            ),
        )
        if session.may(Action.VIEW_BRANCH_CASES)
        else (),
        alerts=(
            Alert(
                "filing_deadline",
                "c-0005",
                "today: 2026-11-27",
                "杭州西湖茶业有限公司",
                {"due": "2026-11-27", "when": "today"},
                "urgent",
            ),
            Alert(
                "overdue_step",
                "c-0001",
                "documents: 52 min, SLA 40 min",
                "北京星河科技有限公司",
                {"step": "documents", "minutes": 52, "sla_minutes": 40},
            ),
            Alert(
                "approval_expiring",
                "c-0004",
                "expires in 75 min",
                "深圳前海数据服务有限公司",
                {"minutes_left": 75, "expired": False},
            ),
            Alert("high_risk", "c-0002", "high", "上海云帆贸易有限公司", {"risk_level": "high"}, "notice"),
        ),
    )
