"""Account types (账户种类): the four 单位银行结算账户 and the personal Ⅰ/Ⅱ/Ⅲ accounts."""

from __future__ import annotations

from enum import StrEnum


class AccountType(StrEnum):
    BASIC = "basic"  # 基本存款账户
    GENERAL = "general"  # 一般存款账户
    SPECIAL = "special"  # 专用存款账户
    TEMPORARY = "temporary"  # 临时存款账户
    PERSONAL_I = "personal_i"  # 个人Ⅰ类户
    PERSONAL_II = "personal_ii"  # 个人Ⅱ类户
    PERSONAL_III = "personal_iii"  # 个人Ⅲ类户

    @property
    def label_zh(self) -> str:
        return _LABELS_ZH[self]

    @property
    def is_personal(self) -> bool:
        return self in (AccountType.PERSONAL_I, AccountType.PERSONAL_II, AccountType.PERSONAL_III)


_LABELS_ZH = {
    AccountType.BASIC: "基本存款账户",
    AccountType.GENERAL: "一般存款账户",
    AccountType.SPECIAL: "专用存款账户",
    AccountType.TEMPORARY: "临时存款账户",
    AccountType.PERSONAL_I: "个人Ⅰ类银行结算账户",
    AccountType.PERSONAL_II: "个人Ⅱ类银行结算账户",
    AccountType.PERSONAL_III: "个人Ⅲ类银行结算账户",
}
