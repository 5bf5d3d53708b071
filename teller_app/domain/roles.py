"""Roles (岗位) of the people who use the app."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    TELLER = "teller"  # 客户经理/柜员
    SUPERVISOR = "supervisor"  # 主管
    RISK_OFFICER = "risk_officer"  # 风险管理
    BRANCH_MANAGER = "branch_manager"  # 网点负责人
    REVIEWER = "reviewer"  # 事后监督
    AUDITOR = "auditor"  # 审计 (read-only)
    ADMINISTRATOR = "administrator"  # 系统管理员

    @property
    def label_zh(self) -> str:
        return _LABELS_ZH[self]


_LABELS_ZH = {
    Role.TELLER: "客户经理/柜员",
    Role.SUPERVISOR: "主管",
    Role.RISK_OFFICER: "风险管理",
    Role.BRANCH_MANAGER: "网点负责人",
    Role.REVIEWER: "事后监督",
    Role.AUDITOR: "审计",
    Role.ADMINISTRATOR: "系统管理员",
}
