"""The steps of an onboarding case (DESIGN.md §2) in the order the procedure fixes."""

from __future__ import annotations

from enum import StrEnum


class Step(StrEnum):
    INTAKE = "intake"  # 客户识别与接入
    IDENTITY = "identity"  # 身份核验
    DOCUMENTS = "documents"  # 资料审核
    BENEFICIAL_OWNERS = "beneficial_owners"  # 受益所有人
    RISK = "risk"  # 风险评级, 额度核定
    INTENT = "intent"  # 开户意愿核实
    CONTRACT = "contract"  # 合同签订
    APPROVAL = "approval"  # 授权审批
    ACCOUNT_SETUP = "account_setup"  # 账户设置与激活

    @property
    def label_zh(self) -> str:
        return _LABELS_ZH[self]

    @property
    def position(self) -> int:
        return ORDER.index(self)


ORDER: tuple[Step, ...] = tuple(Step)

_LABELS_ZH = {
    Step.INTAKE: "客户识别与接入",
    Step.IDENTITY: "身份核验",
    Step.DOCUMENTS: "资料审核",
    Step.BENEFICIAL_OWNERS: "受益所有人",
    Step.RISK: "风险评级与额度核定",
    Step.INTENT: "开户意愿核实",
    Step.CONTRACT: "合同签订",
    Step.APPROVAL: "授权审批",
    Step.ACCOUNT_SETUP: "账户设置与激活",
}
