"""Post-review (事后监督) rules: which finished cases are sampled, finding categories, the review's states.

The sampling rule is part of the process definition (`[post_review]`): every high-risk case, every case
whose record carries an override, and a random share of each teller's finished cases. The random draw is
a keyed hash of the rule's seed and the case id, so it is reproducible (the same seed and cases give the
same sample on any terminal, in any order) and each case's chance does not depend on the other cases.
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from teller_app.domain.definition_reader import DefinitionReader
from teller_app.domain.errors import RuleError


class SampleReason(StrEnum):
    HIGH_RISK = "high_risk"  # 高风险客户: every one
    OVERRIDE = "override"  # 例外处理/越权: every one
    RANDOM = "random"  # 随机抽查: a share per teller
    MONTHLY_MINIMUM = "monthly_minimum"  # 每名柜员每月至少抽查: a teller's month the draw missed


class FindingCategory(StrEnum):
    """What a reviewer can find (fixed list; the report counts by it)."""

    DOCUMENT_MISSING = "document_missing"  # 资料缺失
    DOCUMENT_INVALID = "document_invalid"  # 资料无效或过期
    IDENTITY_CHECK = "identity_check"  # 身份核验不到位
    RISK_RATING = "risk_rating"  # 风险评级不当
    BENEFICIAL_OWNER = "beneficial_owner"  # 受益所有人识别不当
    INTENT_CHECK = "intent_check"  # 开户意愿核实不到位
    CONTRACT_SEAL = "contract_seal"  # 协议或印鉴问题
    APPROVAL = "approval"  # 审批不当
    RECORD_ENTRY = "record_entry"  # 信息录入错误
    FILING = "filing"  # 备案不及时
    OTHER = "other"  # 其他


class Severity(StrEnum):
    MINOR = "minor"  # 一般
    MAJOR = "major"  # 较重
    SEVERE = "severe"  # 严重


class ReviewStatus(StrEnum):
    QUEUED = "queued"  # 待复核
    IN_REVIEW = "in_review"  # 复核中
    RECTIFICATION = "rectification"  # 待整改 (request sent to the teller)
    ANSWERED = "answered"  # 已答复 (the teller answered; the reviewer checks)
    CLOSED = "closed"  # 已结束


OPEN_REVIEW = frozenset({ReviewStatus.QUEUED, ReviewStatus.IN_REVIEW, ReviewStatus.ANSWERED})


@dataclass(frozen=True)
class SamplingRule:
    """The process definition's post-review sampling rule."""

    every_high_risk: bool = True
    every_override: bool = True
    random_percent: int = 10  # of each teller's finished cases
    seed: str = "post-review"
    override_actions: tuple[str, ...] = ("case.skip_step", "approval.void")
    rectification_days: int = 5  # days the teller has to answer a rectification request
    min_per_teller_month: int = 1  # at least this many of each teller's finished cases of a past month
    finished_statuses: tuple[str, ...] = ("active", "rejected")

    def draw(self, case_id: str) -> int:
        """The case's place in the random order (0–9999): reproducible from the seed and the case id."""
        digest = hashlib.sha256(f"{self.seed}\x1f{case_id}".encode()).digest()
        return int.from_bytes(digest[:8], "big") % 10_000

    def drawn(self, case_id: str) -> bool:
        """The random draw for one case: reproducible from the seed and the case id alone."""
        return self.random_percent > 0 and self.draw(case_id) < self.random_percent * 100

    def reasons(self, case_id: str, risk_level: str | None, overridden: bool) -> tuple[SampleReason, ...]:
        """Why a finished case is sampled (empty: it is not)."""
        found = []
        if self.every_high_risk and risk_level == "high":
            found.append(SampleReason.HIGH_RISK)
        if self.every_override and overridden:
            found.append(SampleReason.OVERRIDE)
        if self.drawn(case_id):
            found.append(SampleReason.RANDOM)
        return tuple(found)


def parse_sampling_rule(r: DefinitionReader, raw: Any) -> SamplingRule:
    table: Mapping[str, Any] = r.table(raw, "post_review")
    keys = {
        "every_high_risk",
        "every_override",
        "random_percent",
        "seed",
        "override_actions",
        "rectification_days",
        "min_per_teller_month",
    }
    r.only_keys(table, "post_review", optional=keys)
    default = SamplingRule()
    return SamplingRule(
        every_high_risk=r.flag(table.get("every_high_risk", True), "post_review.every_high_risk"),
        every_override=r.flag(table.get("every_override", True), "post_review.every_override"),
        random_percent=r.whole(
            table.get("random_percent", default.random_percent), "post_review.random_percent", 0, 100
        ),
        seed=r.text(table.get("seed", default.seed), "post_review.seed"),
        override_actions=tuple(
            r.texts(
                table.get("override_actions", list(default.override_actions)), "post_review.override_actions"
            )
        ),
        rectification_days=r.whole(
            table.get("rectification_days", default.rectification_days),
            "post_review.rectification_days",
            1,
            60,
        ),
        min_per_teller_month=r.whole(
            table.get("min_per_teller_month", default.min_per_teller_month),
            "post_review.min_per_teller_month",
            0,
            100,
        ),
    )


def check_reviewer_is_not_maker(reviewer_id: str, case_people: Collection[str]) -> None:
    """Maker ≠ reviewer: whoever made, worked or decided the case does not review it."""
    if reviewer_id in case_people:
        raise RuleError("post_review.own_case", "You worked on this case; another reviewer must review it")


def check_status(status: ReviewStatus, allowed: Collection[ReviewStatus], doing: str) -> None:
    if status not in allowed:
        raise RuleError(
            "post_review.wrong_state",
            "The review is {status}; it cannot {doing} now",
            status=status.value,
            doing=doing,
        )


def monthly_top_up(
    finished: list[tuple[str, str, str, int]], sampled: set[str], minimum_of: dict[str, int]
) -> list[str]:
    """Cases to add so each teller's month has its minimum: (case id, teller, month, draw) of finished
    cases of past months; the lowest draws first (the same random order as the share)."""
    groups: dict[tuple[str, str], list[tuple[int, str]]] = {}
    for case_id, teller, month, draw in finished:
        groups.setdefault((teller, month), []).append((draw, case_id))
    added = []
    for key in sorted(groups):
        members = sorted(groups[key])
        wanted = max((minimum_of.get(case_id, 0) for _, case_id in members), default=0)
        have = sum(1 for _, case_id in members if case_id in sampled)
        for _, case_id in members:
            if have >= wanted:
                break
            if case_id not in sampled:
                added.append(case_id)
                have += 1
    return added
