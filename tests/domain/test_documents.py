"""The required-document matrix per customer kind × account type, and reviews that make the checklist complete."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from teller_app.domain.account_types import AccountType
from teller_app.domain.accounts import ELIGIBILITY, SpecialCategory
from teller_app.domain.customers import CustomerKind
from teller_app.domain.document_decisions import DocumentDecision, DocumentReason
from teller_app.domain.documents import (
    DocumentGap,
    DocumentReview,
    ExtraDocumentRule,
    RequiredDocument,
    documents_complete,
    required_documents,
)
from teller_app.domain.errors import InputError, RuleError
from teller_app.domain.steps import Step

K = CustomerKind
A = AccountType
UNIT_TYPES = [A.BASIC, A.GENERAL, A.SPECIAL, A.TEMPORARY]
ORGANISATIONS = [k for k in K if k is not K.INDIVIDUAL]
ELIGIBLE_PAIRS = [(kind, t) for kind in K for t in sorted(ELIGIBILITY[kind])]


def codes(kind, account_type, agent_present=False, special_category=None):
    category = special_category
    if account_type is A.SPECIAL and category is None:
        category = SpecialCategory.HOUSING_FUND
    return [d.code for d in required_documents(kind, account_type, agent_present, category)]


# Expected checklists written out by hand (no agent). The matrix must give exactly these.
EXPECTED = {
    (K.ENTERPRISE_LEGAL_PERSON, A.BASIC): [
        "application_form",
        "business_licence",
        "legal_representative_id",
        "beneficial_owner_declaration",
        "seal_card",
    ],
    (K.ENTERPRISE_LEGAL_PERSON, A.GENERAL): [
        "application_form",
        "business_licence",
        "legal_representative_id",
        "basic_account_info",
        "general_account_proof",
        "beneficial_owner_declaration",
        "seal_card",
    ],
    (K.NON_LEGAL_PERSON_ENTERPRISE, A.SPECIAL): [
        "application_form",
        "business_licence",
        "legal_representative_id",
        "basic_account_info",
        "special_proof.housing_fund",
        "beneficial_owner_declaration",
        "seal_card",
    ],
    (K.INDIVIDUAL_BUSINESS, A.BASIC): ["application_form", "business_licence", "operator_id", "seal_card"],
    (K.INDIVIDUAL_BUSINESS, A.TEMPORARY): [
        "application_form",
        "business_licence",
        "operator_id",
        "basic_account_info",
        "temporary_account_proof",
        "seal_card",
    ],
    (K.PUBLIC_INSTITUTION, A.BASIC): [
        "application_form",
        "institution_certificate",
        "legal_representative_id",
        "regulator_approval_documents",
        "beneficial_owner_declaration",
        "seal_card",
    ],
    (K.PUBLIC_INSTITUTION, A.TEMPORARY): [
        "application_form",
        "institution_certificate",
        "legal_representative_id",
        "basic_account_info",
        "temporary_account_proof",
        "regulator_approval_documents",
        "beneficial_owner_declaration",
        "seal_card",
    ],
    (K.PUBLIC_INSTITUTION, A.GENERAL): [
        "application_form",
        "institution_certificate",
        "legal_representative_id",
        "basic_account_info",
        "general_account_proof",
        "beneficial_owner_declaration",
        "seal_card",
    ],
    (K.OTHER_ORGANISATION, A.BASIC): [
        "application_form",
        "organisation_registration_certificate",
        "legal_representative_id",
        "regulator_approval_documents",
        "beneficial_owner_declaration",
        "seal_card",
    ],
    (K.INDIVIDUAL, A.PERSONAL_I): ["individual_id"],
    (K.INDIVIDUAL, A.PERSONAL_II): ["individual_id", "bound_account_proof"],
    (K.INDIVIDUAL, A.PERSONAL_III): ["individual_id", "bound_account_proof"],
}


@pytest.mark.parametrize(("kind", "account_type"), sorted(EXPECTED))
def test_checklist_without_agent_is_exactly_the_expected_items(kind, account_type):
    assert codes(kind, account_type) == EXPECTED[(kind, account_type)]


@pytest.mark.parametrize(("kind", "account_type"), ELIGIBLE_PAIRS)
def test_agent_adds_power_of_attorney_and_agent_id_and_nothing_else(kind, account_type):
    without = codes(kind, account_type, agent_present=False)
    with_agent = codes(kind, account_type, agent_present=True)
    assert "power_of_attorney" not in without and "agent_id" not in without
    assert with_agent == [*without, "power_of_attorney", "agent_id"]


@pytest.mark.parametrize(("kind", "account_type"), ELIGIBLE_PAIRS)
def test_every_checklist_item_is_well_formed_and_unique(kind, account_type):
    items = required_documents(kind, account_type, True, SpecialCategory.TRUST_FUNDS)
    assert len({d.code for d in items}) == len(items)
    for item in items:
        assert item.name_zh and item.name_en and isinstance(item.step, Step)
        assert item.mandatory or item.condition


@pytest.mark.parametrize("kind", ORGANISATIONS)
def test_organisations_bring_a_seal_card_checked_at_contract(kind):
    for account_type in UNIT_TYPES:
        seal = [
            d
            for d in required_documents(kind, account_type, False, SpecialCategory.OTHER)
            if d.code == "seal_card"
        ]
        assert len(seal) == 1 and seal[0].step is Step.CONTRACT and seal[0].mandatory


@pytest.mark.parametrize(("kind", "account_type"), ELIGIBLE_PAIRS)
def test_beneficial_owner_declaration_is_not_for_individual_businesses_or_individuals(kind, account_type):
    present = "beneficial_owner_declaration" in codes(kind, account_type)
    assert present is (kind not in (K.INDIVIDUAL_BUSINESS, K.INDIVIDUAL))


@pytest.mark.parametrize("kind", ORGANISATIONS)
def test_non_basic_unit_accounts_need_basic_account_information(kind):
    assert "basic_account_info" not in codes(kind, A.BASIC)
    for account_type in (A.GENERAL, A.SPECIAL, A.TEMPORARY):
        assert "basic_account_info" in codes(kind, account_type)


def test_basic_account_information_is_conditional_for_a_temporary_account():
    item = next(
        d
        for d in required_documents(K.ENTERPRISE_LEGAL_PERSON, A.TEMPORARY, False)
        if d.code == "basic_account_info"
    )
    assert not item.mandatory
    assert "capital verification" in item.condition


@pytest.mark.parametrize("category", list(SpecialCategory))
def test_special_account_needs_the_proof_of_its_category(category):
    items = required_documents(K.ENTERPRISE_LEGAL_PERSON, A.SPECIAL, False, category)
    proof = [d for d in items if d.code.startswith("special_proof.")]
    assert [d.code for d in proof] == [f"special_proof.{category.value}"]
    assert proof[0].name_zh == category.proof_zh


def test_special_account_checklist_without_category_is_refused():
    with pytest.raises(RuleError) as refused:
        required_documents(K.ENTERPRISE_LEGAL_PERSON, A.SPECIAL, False)
    assert refused.value.code == "account.special_needs_category"


def test_checklist_for_an_ineligible_account_type_is_refused():
    with pytest.raises(RuleError) as refused:
        required_documents(K.INDIVIDUAL, A.BASIC, False)
    assert refused.value.code == "account.not_eligible"


ENTERPRISES = {K.ENTERPRISE_LEGAL_PERSON, K.NON_LEGAL_PERSON_ENTERPRISE, K.INDIVIDUAL_BUSINESS, K.INDIVIDUAL}


def test_approval_documents_only_where_regulator_approval_applies():
    for kind, account_type in ELIGIBLE_PAIRS:
        needs_approval = kind not in ENTERPRISES and account_type in (A.BASIC, A.TEMPORARY, A.SPECIAL)
        assert ("regulator_approval_documents" in codes(kind, account_type)) is needs_approval


def test_definition_can_add_an_item_for_some_kinds_and_types():
    extra = ExtraDocumentRule(
        document=RequiredDocument(
            "tax_residency_declaration", "税收居民身份声明文件", "Tax residency", Step.DOCUMENTS
        ),
        kinds=frozenset({K.ENTERPRISE_LEGAL_PERSON}),
        account_types=frozenset({A.BASIC}),
    )
    with_extra = required_documents(K.ENTERPRISE_LEGAL_PERSON, A.BASIC, False, extra=[extra])
    assert with_extra[-1].code == "tax_residency_declaration"
    other = required_documents(K.OTHER_ORGANISATION, A.BASIC, False, extra=[extra])
    assert "tax_residency_declaration" not in [d.code for d in other]


# ------------------------------------------------------------------ reviews

T0 = datetime(2026, 11, 27, 9, 30)


def review(code, decision=DocumentDecision.VERIFIED, reason=None, original_seen=True, at=T0):
    return DocumentReview(code, decision, "teller-01", at, reason=reason, original_seen=original_seen)


@pytest.mark.parametrize("decision", [DocumentDecision.NEEDS_REVISION, DocumentDecision.REJECTED])
def test_needs_revision_or_rejected_requires_a_reason(decision):
    with pytest.raises(RuleError) as refused:
        review("business_licence", decision, reason=None)
    assert refused.value.code == "document.reason_required"
    assert (
        review("business_licence", decision, reason=DocumentReason.EXPIRED).reason is DocumentReason.EXPIRED
    )


def test_verified_requires_the_original_seen_attestation():
    with pytest.raises(RuleError) as refused:
        review("business_licence", DocumentDecision.VERIFIED, original_seen=False)
    assert refused.value.code == "document.original_not_seen"


def test_received_does_not_require_the_original_seen():
    assert (
        review("seal_card", DocumentDecision.RECEIVED, original_seen=False).decision
        is DocumentDecision.RECEIVED
    )


def test_review_must_name_item_and_reviewer():
    with pytest.raises(InputError):
        DocumentReview("", DocumentDecision.RECEIVED, "teller-01", T0)
    with pytest.raises(InputError):
        DocumentReview("seal_card", DocumentDecision.RECEIVED, " ", T0)


REQUIRED = required_documents(K.ENTERPRISE_LEGAL_PERSON, A.TEMPORARY, False)
MANDATORY = [d.code for d in REQUIRED if d.mandatory]


def test_checklist_is_complete_when_every_mandatory_item_is_verified():
    complete, gaps = documents_complete(REQUIRED, [review(code) for code in MANDATORY])
    assert complete and gaps == []


def test_missing_mandatory_item_blocks_the_checklist():
    complete, gaps = documents_complete(REQUIRED, [review(code) for code in MANDATORY[1:]])
    assert not complete
    assert gaps == [DocumentGap(MANDATORY[0], "missing")]


def test_received_but_not_verified_item_blocks_the_checklist():
    reviews = [review(code) for code in MANDATORY[1:]]
    reviews.append(review(MANDATORY[0], DocumentDecision.RECEIVED, original_seen=False))
    complete, gaps = documents_complete(REQUIRED, reviews)
    assert not complete and gaps == [DocumentGap(MANDATORY[0], "not_verified")]


def test_conditional_item_needing_revision_blocks_the_checklist():
    reviews = [review(code) for code in MANDATORY]
    reviews.append(
        review("basic_account_info", DocumentDecision.NEEDS_REVISION, DocumentReason.NAME_MISMATCH)
    )
    complete, gaps = documents_complete(REQUIRED, reviews)
    assert not complete
    assert gaps == [DocumentGap("basic_account_info", "needs_revision", DocumentReason.NAME_MISMATCH)]


def test_rejected_item_blocks_the_checklist():
    reviews = [review(code) for code in MANDATORY[:-1]]
    reviews.append(review(MANDATORY[-1], DocumentDecision.REJECTED, DocumentReason.ALTERED))
    complete, gaps = documents_complete(REQUIRED, reviews)
    assert not complete and gaps == [DocumentGap(MANDATORY[-1], "rejected", DocumentReason.ALTERED)]


def test_latest_review_of_an_item_counts():
    later = T0 + timedelta(minutes=5)
    reviews = [review(code) for code in MANDATORY[1:]]
    reviews.append(review(MANDATORY[0], DocumentDecision.NEEDS_REVISION, DocumentReason.MISSING_PAGE, at=T0))
    reviews.append(review(MANDATORY[0], DocumentDecision.VERIFIED, at=later))
    assert documents_complete(REQUIRED, reviews) == (True, [])
    reviews.append(
        review(
            MANDATORY[0], DocumentDecision.NEEDS_REVISION, DocumentReason.ILLEGIBLE, at=later + timedelta(1)
        )
    )
    assert documents_complete(REQUIRED, reviews)[0] is False


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        (K.RELIGIOUS_VENUE, {"religious_venue_registration", "religious_affairs_approval"}),
        (K.SELF_GOVERNING_COMMUNITY, {"community_committee_certificate", "community_authority_approval"}),
        (K.RURAL_COLLECTIVE, {"rural_collective_registration"}),
        (K.FOREIGN_INSTITUTION, {"foreign_registration_documents", "foreign_signatory_authorisation"}),
    ],
)
def test_each_kind_brings_its_own_registration_and_approval_documents(kind, expected):
    items = set(codes(kind, A.BASIC))
    assert expected <= items
    assert "regulator_approval_documents" in items  # a non-enterprise's basic account: 核准


def test_a_special_account_said_not_to_hold_budget_funds_brings_no_approval_documents():
    funded = codes(K.PUBLIC_INSTITUTION, A.SPECIAL)
    assert "regulator_approval_documents" in funded  # not said: budget-funded, 核准
    filed = [
        d.code
        for d in required_documents(
            K.PUBLIC_INSTITUTION, A.SPECIAL, False, SpecialCategory.HOUSING_FUND, budget_funded=False
        )
    ]
    assert "regulator_approval_documents" not in filed
