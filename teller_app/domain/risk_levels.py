"""AML risk levels (风险等级), ordered from low to high."""

from __future__ import annotations

from enum import StrEnum


class RiskLevel(StrEnum):
    LOW = "low"  # 低
    MEDIUM = "medium"  # 中
    MEDIUM_HIGH = "medium_high"  # 中高
    HIGH = "high"  # 高

    @property
    def rank(self) -> int:
        return _RANK[self]

    @property
    def label_zh(self) -> str:
        return {"low": "低", "medium": "中", "medium_high": "中高", "high": "高"}[self.value]

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, RiskLevel):
            return NotImplemented
        return self.rank < other.rank

    def __le__(self, other: object) -> bool:
        if not isinstance(other, RiskLevel):
            return NotImplemented
        return self.rank <= other.rank

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, RiskLevel):
            return NotImplemented
        return self.rank > other.rank

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, RiskLevel):
            return NotImplemented
        return self.rank >= other.rank


_RANK = {"low": 0, "medium": 1, "medium_high": 2, "high": 3}
