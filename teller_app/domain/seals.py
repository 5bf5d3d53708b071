"""Seal kinds of the seal card (预留印鉴) as codes, their Chinese names, and the seal card rule.

The one list of seal kinds: the contract step offers them, the record keeps their codes, and the agreement
prints their Chinese names whatever the screen's language. The rule (人民币银行结算账户管理办法 and the bank's
seal card practice): an organisation's card holds the 单位公章 or the 财务专用章, together with the name
seal or signature of the legal representative (单位负责人) or of the authorised agent.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import StrEnum
from typing import Any

from teller_app.domain.errors import InputError, RuleError


class SealKind(StrEnum):
    COMPANY_SEAL = "company_seal"  # 单位公章
    FINANCIAL_SEAL = "financial_seal"  # 财务专用章
    LEGAL_REPRESENTATIVE_SEAL = "legal_representative_seal"  # 法定代表人（单位负责人）名章
    LEGAL_REPRESENTATIVE_SIGNATURE = "legal_representative_signature"  # 法定代表人（单位负责人）签字
    AGENT_SEAL = "agent_seal"  # 授权代理人名章
    AGENT_SIGNATURE = "agent_signature"  # 授权代理人签字
    DEPOSITOR_SIGNATURE = "depositor_signature"  # 存款人签字 (individuals)

    @property
    def label_zh(self) -> str:
        return LABELS_ZH[self]


LABELS_ZH: Mapping[SealKind, str] = {
    SealKind.COMPANY_SEAL: "单位公章",
    SealKind.FINANCIAL_SEAL: "财务专用章",
    SealKind.LEGAL_REPRESENTATIVE_SEAL: "法定代表人名章",
    SealKind.LEGAL_REPRESENTATIVE_SIGNATURE: "法定代表人签字",
    SealKind.AGENT_SEAL: "授权代理人名章",
    SealKind.AGENT_SIGNATURE: "授权代理人签字",
    SealKind.DEPOSITOR_SIGNATURE: "存款人签字",
}
ORGANISATION_SEALS = frozenset({SealKind.COMPANY_SEAL, SealKind.FINANCIAL_SEAL})
PERSONAL_SEALS = frozenset(
    {
        SealKind.LEGAL_REPRESENTATIVE_SEAL,
        SealKind.LEGAL_REPRESENTATIVE_SIGNATURE,
        SealKind.AGENT_SEAL,
        SealKind.AGENT_SIGNATURE,
    }
)
AGENT_SEALS = frozenset({SealKind.AGENT_SEAL, SealKind.AGENT_SIGNATURE})
# Records made before seal kinds were codes named them in Chinese: read them as their codes.
_BY_NAME = {label: kind for kind, label in LABELS_ZH.items()} | {
    "公章": SealKind.COMPANY_SEAL,
    "法定代表人（单位负责人）名章": SealKind.LEGAL_REPRESENTATIVE_SEAL,
    "单位负责人名章": SealKind.LEGAL_REPRESENTATIVE_SEAL,
    "签字": SealKind.DEPOSITOR_SIGNATURE,
}


def seal_kind(value: Any) -> SealKind:
    """The seal kind of a code (or of its Chinese name in an older record); InputError for anything else."""
    text = str(value or "").strip()
    try:
        return SealKind(text)
    except ValueError:
        pass
    known = _BY_NAME.get(text)
    if known is None:
        raise InputError("seal.unknown_kind", "{kind} is not a seal kind of the seal card", kind=text)
    return known


def seal_kind_zh(value: Any) -> str:
    """The Chinese name printed on the agreement (an unknown text is printed as written)."""
    try:
        return seal_kind(value).label_zh
    except InputError:
        return str(value or "")


def seal_card_problems(
    seals: Iterable[Mapping[str, Any]], *, organisation: bool, agent_acts: bool
) -> list[RuleError | InputError]:
    """Everything wrong with a seal card; empty when it holds.

    Organisations: (公章 or 财务专用章) + the legal representative's or the agent's name seal or signature;
    an agent's seal or signature only when an agent acts. Individuals: any entries must be known kinds.
    """
    found: list[RuleError | InputError] = []
    kinds: set[SealKind] = set()
    for seal in seals:
        try:
            kind = seal_kind(seal.get("kind"))
        except InputError as error:
            found.append(error)
            continue
        kinds.add(kind)
        if not str(seal.get("holder") or "").strip():
            found.append(
                InputError("seal.holder_required", "Name whose seal or signature {kind} is", kind=kind.value)
            )
    if organisation:
        if not kinds & ORGANISATION_SEALS:
            found.append(
                RuleError(
                    "contract.seal_card_organisation_seal",
                    "The seal card needs the company seal (公章) or the financial seal (财务专用章)",
                )
            )
        if not kinds & PERSONAL_SEALS:
            found.append(
                RuleError(
                    "contract.seal_card_personal_seal",
                    "The seal card needs the name seal or signature of the legal representative or the agent",
                )
            )
        if kinds & AGENT_SEALS and not agent_acts:
            found.append(
                RuleError(
                    "contract.seal_card_agent_not_acting",
                    "An agent's seal or signature needs an agent recorded at intake",
                )
            )
    return found
