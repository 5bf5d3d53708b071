"""A teller's decision on one required document (资料审核) and the fixed list of reasons."""

from __future__ import annotations

from enum import StrEnum


class DocumentDecision(StrEnum):
    PENDING = "pending"  # 待收取
    RECEIVED = "received"  # 已收取
    VERIFIED = "verified"  # 已核验
    NEEDS_REVISION = "needs_revision"  # 需补正
    REJECTED = "rejected"  # 不予受理

    @property
    def label_zh(self) -> str:
        return _DECISION_ZH[self.value]

    @property
    def needs_reason(self) -> bool:
        return self.blocks_approval

    @property
    def blocks_approval(self) -> bool:
        """Needs revision or rejected: no case is approved while any item, mandatory or not, is so."""
        return self in (DocumentDecision.NEEDS_REVISION, DocumentDecision.REJECTED)


class DocumentReason(StrEnum):
    EXPIRED = "expired"  # 已过有效期
    MISSING_PAGE = "missing_page"  # 缺页
    NAME_MISMATCH = "name_mismatch"  # 名称不一致
    ALTERED = "altered"  # 涂改
    ILLEGIBLE = "illegible"  # 模糊不清
    NOT_ORIGINAL = "not_original"  # 非原件
    SEAL_MISSING = "seal_missing"  # 缺少印章
    WRONG_DOCUMENT = "wrong_document"  # 资料不符
    OTHER = "other"  # 其他

    @property
    def label_zh(self) -> str:
        return _REASON_ZH[self.value]


_DECISION_ZH = {
    "pending": "待收取",
    "received": "已收取",
    "verified": "已核验",
    "needs_revision": "需补正",
    "rejected": "不予受理",
}
_REASON_ZH = {
    "expired": "已过有效期",
    "missing_page": "缺页",
    "name_mismatch": "名称不一致",
    "altered": "涂改",
    "illegible": "模糊不清",
    "not_original": "非原件",
    "seal_missing": "缺少印章",
    "wrong_document": "资料不符",
    "other": "其他",
}
