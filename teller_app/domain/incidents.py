"""Incidents and emergency plans (5.3): report → assess → respond → handle → review, and what proposes one.

An incident is opened by hand or proposed automatically from what the terminal sees (offline longer than
the configured time, sync failing, the audit chain failing verification, key store problems); a drill
(演练) follows the same life cycle and is marked as a drill. Each stage records who and when.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from teller_app.domain.definition_reader import DefinitionReader
from teller_app.domain.errors import RuleError


class IncidentKind(StrEnum):
    SYSTEM_FAILURE = "system_failure"  # 系统故障
    DATA_LEAK = "data_leak"  # 数据泄露
    OPERATING_ERROR = "operating_error"  # 操作失误
    OFFLINE = "offline"  # 网络中断
    SYNC_FAILING = "sync_failing"  # 同步失败
    AUDIT_BROKEN = "audit_broken"  # 操作记录校验失败
    KEY_STORE = "key_store"  # 密钥库问题


class IncidentLevel(StrEnum):
    """Assessed level (事件等级), most serious first."""

    I = "1"  # noqa: E741 - 特别重大
    II = "2"  # 重大
    III = "3"  # 较大
    IV = "4"  # 一般


class Stage(StrEnum):
    REPORTED = "reported"  # 报告
    ASSESSED = "assessed"  # 评估
    RESPONDING = "responding"  # 响应
    HANDLED = "handled"  # 处置
    REVIEWED = "reviewed"  # 总结复盘 (closed)


ORDER: tuple[Stage, ...] = tuple(Stage)


def next_stage(current: Stage, wanted: Stage) -> Stage:
    """Stages are taken in order, none skipped; a reviewed incident is closed."""
    if ORDER.index(wanted) != ORDER.index(current) + 1:
        raise RuleError(
            "incident.stage_order",
            "The incident is at {current}; the next stage is not {wanted}",
            current=current.value,
            wanted=wanted.value,
        )
    return wanted


@dataclass(frozen=True)
class ProposalRule:
    """When the terminal proposes an incident by itself."""

    offline_minutes: int = 120  # central unreachable this long
    sync_failures: int = 5  # the oldest waiting change has failed this often


def parse_proposal_rule(r: DefinitionReader, raw: Any) -> ProposalRule:
    table: Mapping[str, Any] = r.table(raw, "incidents")
    r.only_keys(table, "incidents", optional={"offline_minutes", "sync_failures"})
    default = ProposalRule()
    return ProposalRule(
        offline_minutes=r.whole(
            table.get("offline_minutes", default.offline_minutes), "incidents.offline_minutes", 1
        ),
        sync_failures=r.whole(
            table.get("sync_failures", default.sync_failures), "incidents.sync_failures", 1
        ),
    )


@dataclass(frozen=True)
class Observation:
    """What the terminal sees now, for proposals (plain facts; no personal data)."""

    offline_minutes: int | None = None  # None: online
    oldest_failed_attempts: int = 0
    audit_chain_ok: bool | None = None  # None: not verified
    key_store_ok: bool | None = None


def proposals(seen: Observation, rule: ProposalRule) -> list[tuple[IncidentKind, dict[str, Any]]]:
    """The incidents the observation calls for, each with the facts that triggered it."""
    found: list[tuple[IncidentKind, dict[str, Any]]] = []
    if seen.offline_minutes is not None and seen.offline_minutes >= rule.offline_minutes:
        found.append((IncidentKind.OFFLINE, {"minutes": seen.offline_minutes, "limit": rule.offline_minutes}))
    if seen.oldest_failed_attempts >= rule.sync_failures:
        found.append(
            (
                IncidentKind.SYNC_FAILING,
                {"attempts": seen.oldest_failed_attempts, "limit": rule.sync_failures},
            )
        )
    if seen.audit_chain_ok is False:
        found.append((IncidentKind.AUDIT_BROKEN, {}))
    if seen.key_store_ok is False:
        found.append((IncidentKind.KEY_STORE, {}))
    return found
