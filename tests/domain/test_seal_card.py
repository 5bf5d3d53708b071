"""The seal card (预留印鉴): kinds are codes from one list; (公章 or 财务专用章) + the legal representative's
or the agent's name seal or signature."""

from __future__ import annotations

import pytest

from teller_app.domain.errors import InputError
from teller_app.domain.seals import LABELS_ZH, SealKind, seal_card_problems, seal_kind, seal_kind_zh


def _codes(*kinds: str) -> list[dict]:
    return [{"kind": k, "holder": "上海示例国际贸易有限公司"} for k in kinds]


def test_seal_card_with_company_seal_and_legal_representatives_name_seal_holds() -> None:
    assert (
        seal_card_problems(
            _codes("company_seal", "legal_representative_seal"), organisation=True, agent_acts=False
        )
        == []
    )
    assert (
        seal_card_problems(
            _codes("financial_seal", "legal_representative_signature"), organisation=True, agent_acts=False
        )
        == []
    )


def test_seal_card_without_company_or_financial_seal_is_refused() -> None:
    problems = seal_card_problems(_codes("legal_representative_seal"), organisation=True, agent_acts=False)
    assert [p.code for p in problems] == ["contract.seal_card_organisation_seal"]


def test_seal_card_without_a_personal_seal_or_signature_is_refused() -> None:
    problems = seal_card_problems(
        _codes("company_seal", "financial_seal"), organisation=True, agent_acts=False
    )
    assert [p.code for p in problems] == ["contract.seal_card_personal_seal"]


def test_agents_seal_counts_only_when_an_agent_acts() -> None:
    assert seal_card_problems(_codes("company_seal", "agent_seal"), organisation=True, agent_acts=True) == []
    problems = seal_card_problems(_codes("company_seal", "agent_seal"), organisation=True, agent_acts=False)
    assert [p.code for p in problems] == ["contract.seal_card_agent_not_acting"]


def test_every_seal_names_its_holder() -> None:
    problems = seal_card_problems(
        [{"kind": "company_seal", "holder": "公司"}, {"kind": "legal_representative_seal", "holder": " "}],
        organisation=True,
        agent_acts=False,
    )
    assert [p.code for p in problems] == ["seal.holder_required"]


def test_a_kind_outside_the_list_is_refused() -> None:
    with pytest.raises(InputError) as refused:
        seal_kind("私章")
    assert refused.value.code == "seal.unknown_kind"


def test_seal_kinds_are_codes_printed_in_chinese_with_the_legal_representatives_name_seal() -> None:
    assert seal_kind_zh("legal_representative_seal") == "法定代表人名章"
    assert seal_kind("单位公章") is SealKind.COMPANY_SEAL  # an older record's Chinese name reads as its code
    assert set(LABELS_ZH) == set(SealKind)
    assert all(not any("a" <= c <= "z" for c in label) for label in LABELS_ZH.values())
