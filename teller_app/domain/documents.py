"""The required-document matrix (开户资料) per customer kind × account type, and the teller's review of each item."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from teller_app.domain.account_types import AccountType
from teller_app.domain.accounts import (
    Regime,
    SpecialCategory,
    check_eligibility,
    check_special_account,
    opening_regime,
)
from teller_app.domain.customers import CustomerKind
from teller_app.domain.document_decisions import DocumentDecision, DocumentReason
from teller_app.domain.errors import InputError, RuleError
from teller_app.domain.steps import Step


@dataclass(frozen=True)
class RequiredDocument:
    """One item of the checklist: a stable code, its names, mandatory or conditional, and the step that checks it."""

    code: str
    name_zh: str
    name_en: str
    step: Step
    mandatory: bool = True
    condition: str = ""  # for a conditional item: when it is needed, in words
    condition_zh: str = ""

    def __post_init__(self) -> None:
        if not self.mandatory and not self.condition:
            raise ValueError(f"conditional document {self.code} must state its condition")


def _doc(code: str, zh: str, en: str, step: Step = Step.DOCUMENTS) -> RequiredDocument:
    return RequiredDocument(code=code, name_zh=zh, name_en=en, step=step)


def _conditional(
    code: str, zh: str, en: str, condition: str, condition_zh: str, step: Step
) -> RequiredDocument:
    return RequiredDocument(
        code=code,
        name_zh=zh,
        name_en=en,
        step=step,
        mandatory=False,
        condition=condition,
        condition_zh=condition_zh,
    )


APPLICATION_FORM = _doc(
    "application_form", "开立单位银行结算账户申请书", "Application to open a unit settlement account"
)
REGISTRATION_CERTIFICATE: dict[CustomerKind, RequiredDocument] = {
    CustomerKind.ENTERPRISE_LEGAL_PERSON: _doc("business_licence", "营业执照", "Business licence"),
    CustomerKind.NON_LEGAL_PERSON_ENTERPRISE: _doc("business_licence", "营业执照", "Business licence"),
    CustomerKind.INDIVIDUAL_BUSINESS: _doc("business_licence", "营业执照", "Business licence"),
    CustomerKind.PUBLIC_INSTITUTION: _doc(
        "institution_certificate",
        "事业单位法人证书或统一社会信用代码证书",
        "Public institution legal person certificate or unified social credit code certificate",
    ),
    CustomerKind.OTHER_ORGANISATION: _doc(
        "organisation_registration_certificate",
        "社会团体法人登记证书、民办非企业单位登记证书或基金会法人登记证书",
        "Registration certificate of the social organisation, private non-enterprise unit or foundation",
    ),
    CustomerKind.RELIGIOUS_VENUE: _doc(
        "religious_venue_registration",
        "宗教活动场所登记证",
        "Registration certificate of the religious venue",
    ),
    CustomerKind.SELF_GOVERNING_COMMUNITY: _doc(
        "community_committee_certificate",
        "基层群众性自治组织特别法人统一社会信用代码证书",
        "Unified social credit code certificate of the residents' or villagers' committee",
    ),
    CustomerKind.RURAL_COLLECTIVE: _doc(
        "rural_collective_registration",
        "农村集体经济组织登记证",
        "Registration certificate of the rural collective economic organisation",
    ),
    CustomerKind.FOREIGN_INSTITUTION: _doc(
        "foreign_registration_documents",
        "境外机构在境外合法注册成立的证明文件（附中文译本）",
        "Proof of the foreign institution's lawful registration abroad, with a Chinese translation",
    ),
}
# What a kind brings besides its registration certificate (《人民币银行结算账户管理办法》第十七条 and
# 《实施细则》): a religious venue the religious affairs department's approval, a residents' or villagers'
# committee its competent authority's approval.
KIND_DOCUMENTS: dict[CustomerKind, tuple[RequiredDocument, ...]] = {
    CustomerKind.RELIGIOUS_VENUE: (
        _doc(
            "religious_affairs_approval",
            "宗教事务管理部门的批文或证明",
            "Approval or certificate of the religious affairs department",
        ),
    ),
    CustomerKind.SELF_GOVERNING_COMMUNITY: (
        _doc(
            "community_authority_approval",
            "主管部门（街道办事处或乡、镇人民政府）的批文或证明",
            "Approval or certificate of the competent authority (sub-district office or township government)",
        ),
    ),
    CustomerKind.FOREIGN_INSTITUTION: (
        _doc(
            "foreign_signatory_authorisation",
            "境外机构有权签字人的授权文件（附中文译本）",
            "Authorisation of the foreign institution's signatory, with a Chinese translation",
        ),
    ),
}
LEGAL_REPRESENTATIVE_ID = _doc(
    "legal_representative_id",
    "法定代表人或单位负责人身份证件",
    "Identity document of the legal representative or head of the unit",
    Step.IDENTITY,
)
OPERATOR_ID = _doc(
    "operator_id", "经营者身份证件", "Identity document of the business operator", Step.IDENTITY
)
INDIVIDUAL_ID = _doc(
    "individual_id", "本人有效身份证件", "The customer's own identity document", Step.IDENTITY
)
POWER_OF_ATTORNEY = _doc("power_of_attorney", "授权委托书", "Power of attorney")
AGENT_ID = _doc("agent_id", "经办人身份证件", "Identity document of the agent", Step.IDENTITY)
BASIC_ACCOUNT_INFO = _doc(
    "basic_account_info",
    "基本存款账户信息（基本存款账户编号）",
    "Basic deposit account information (basic account number)",
)
BASIC_ACCOUNT_INFO_TEMPORARY = _conditional(
    "basic_account_info",
    "基本存款账户信息（基本存款账户编号）",
    "Basic deposit account information (basic account number)",
    "unless the account is opened for capital verification before registration",
    "注册验资开立的临时存款账户除外",
    Step.DOCUMENTS,
)
GENERAL_ACCOUNT_PROOF = _doc(
    "general_account_proof",
    "借款合同或其他有关证明",
    "Loan contract or other proof of the need for the account",
)
TEMPORARY_ACCOUNT_PROOF = _doc(
    "temporary_account_proof",
    "设立临时机构、异地临时经营或注册验资的有关证明",
    "Proof of the temporary body, temporary business elsewhere, or capital verification",
)
REGULATOR_APPROVAL_DOCUMENTS = _doc(
    "regulator_approval_documents",
    "有关部门的批文（核准类账户）",
    "Approval documents of the competent authority (accounts under 核准)",
)
BENEFICIAL_OWNER_DECLARATION = _doc(
    "beneficial_owner_declaration",
    "受益所有人信息声明",
    "Declaration of beneficial owners",
    Step.BENEFICIAL_OWNERS,
)
SEAL_CARD = _doc("seal_card", "预留印鉴卡", "Seal card (specimen seals)", Step.CONTRACT)
BOUND_ACCOUNT_PROOF = _conditional(
    "bound_account_proof",
    "本人同名Ⅰ类户或信用卡信息",
    "The customer's own type Ⅰ account or credit card, for binding",
    "when the account is opened through an electronic channel rather than at the counter",
    "通过电子渠道开立时",
    Step.IDENTITY,
)


BUILTIN_DOCUMENT_CODES: frozenset[str] = frozenset(
    item.code
    for item in (
        APPLICATION_FORM,
        *REGISTRATION_CERTIFICATE.values(),
        *(item for items in KIND_DOCUMENTS.values() for item in items),
        LEGAL_REPRESENTATIVE_ID,
        OPERATOR_ID,
        INDIVIDUAL_ID,
        POWER_OF_ATTORNEY,
        AGENT_ID,
        BASIC_ACCOUNT_INFO,
        GENERAL_ACCOUNT_PROOF,
        TEMPORARY_ACCOUNT_PROOF,
        REGULATOR_APPROVAL_DOCUMENTS,
        BENEFICIAL_OWNER_DECLARATION,
        SEAL_CARD,
        BOUND_ACCOUNT_PROOF,
    )
)
"""Codes of the items the matrix itself knows; a process definition may add others, not redefine these."""


def special_category_proof(category: SpecialCategory) -> RequiredDocument:
    """The proof a 专用存款账户 of this category needs, e.g. 证券公司的证明 for securities settlement."""
    return RequiredDocument(
        code=f"special_proof.{category.value}",
        name_zh=category.proof_zh,
        name_en=category.proof_en,
        step=Step.DOCUMENTS,
    )


def required_documents(
    kind: CustomerKind,
    account_type: AccountType,
    agent_present: bool,
    special_category: SpecialCategory | None = None,
    extra: Iterable[ExtraDocumentRule] = (),
    *,
    budget_funded: bool | None = None,
) -> list[RequiredDocument]:
    """The checklist for this customer kind, account type, agent or not, and special-account category.

    `extra` carries the items a process definition adds for some kinds and types.
    """
    check_eligibility(kind, account_type)
    items: list[RequiredDocument] = []
    if kind is CustomerKind.INDIVIDUAL:
        items.append(INDIVIDUAL_ID)
        if account_type in (AccountType.PERSONAL_II, AccountType.PERSONAL_III):
            items.append(BOUND_ACCOUNT_PROOF)
    else:
        items.append(APPLICATION_FORM)
        items.append(REGISTRATION_CERTIFICATE[kind])
        items.extend(KIND_DOCUMENTS.get(kind, ()))
        items.append(OPERATOR_ID if kind is CustomerKind.INDIVIDUAL_BUSINESS else LEGAL_REPRESENTATIVE_ID)
        items.extend(_account_type_documents(account_type, special_category))
        if opening_regime(kind, account_type, budget_funded=budget_funded) is Regime.APPROVAL:
            items.append(REGULATOR_APPROVAL_DOCUMENTS)
        if kind is not CustomerKind.INDIVIDUAL_BUSINESS:
            items.append(BENEFICIAL_OWNER_DECLARATION)
        items.append(SEAL_CARD)
    if agent_present:
        items.extend([POWER_OF_ATTORNEY, AGENT_ID])
    for rule in extra:
        if rule.applies_to(kind, account_type) and all(item.code != rule.document.code for item in items):
            items.append(rule.document)
    return items


def _account_type_documents(
    account_type: AccountType, special_category: SpecialCategory | None
) -> list[RequiredDocument]:
    if account_type is AccountType.GENERAL:
        return [BASIC_ACCOUNT_INFO, GENERAL_ACCOUNT_PROOF]
    if account_type is AccountType.SPECIAL:
        return [BASIC_ACCOUNT_INFO, special_category_proof(check_special_account(special_category))]
    if account_type is AccountType.TEMPORARY:
        return [BASIC_ACCOUNT_INFO_TEMPORARY, TEMPORARY_ACCOUNT_PROOF]
    return []


@dataclass(frozen=True)
class ExtraDocumentRule:
    """An item a process definition adds to the checklist for some customer kinds and account types."""

    document: RequiredDocument
    kinds: frozenset[CustomerKind]
    account_types: frozenset[AccountType]

    def applies_to(self, kind: CustomerKind, account_type: AccountType) -> bool:
        return kind in self.kinds and account_type in self.account_types


# ------------------------------------------------------------------ reviews


@dataclass(frozen=True)
class DocumentReview:
    """A teller's decision on one checklist item: a reason for needs-revision/rejected, the original seen to verify."""

    item_code: str
    decision: DocumentDecision
    reviewer_id: str
    reviewed_at: datetime
    reason: DocumentReason | None = None
    original_seen: bool = False
    note: str = ""

    def __post_init__(self) -> None:
        if not self.item_code.strip():
            raise InputError("document.item_missing", "The review does not name a checklist item")
        if not self.reviewer_id.strip():
            raise InputError("document.reviewer_missing", "The review does not name its reviewer")
        if self.decision.needs_reason and self.reason is None:
            raise RuleError(
                "document.reason_required",
                "Item {item} marked {decision} needs a reason",
                item=self.item_code,
                decision=self.decision.value,
            )
        if self.decision is DocumentDecision.VERIFIED and not self.original_seen:
            raise RuleError(
                "document.original_not_seen",
                "Item {item} can be verified only after the teller attests that the original was seen",
                item=self.item_code,
            )


@dataclass(frozen=True)
class DocumentGap:
    """Why one item keeps the checklist from being complete: missing, not yet verified, needs revision, rejected."""

    code: str
    problem: str  # "missing" | "not_verified" | "needs_revision" | "rejected"
    reason: DocumentReason | None = None


def latest_reviews(reviews: Iterable[DocumentReview]) -> dict[str, DocumentReview]:
    """The latest review of each item (by time; the later of two at the same time)."""
    latest: dict[str, DocumentReview] = {}
    for review in reviews:
        known = latest.get(review.item_code)
        if known is None or review.reviewed_at >= known.reviewed_at:
            latest[review.item_code] = review
    return latest


def documents_complete(
    required: Sequence[RequiredDocument], reviews: Iterable[DocumentReview]
) -> tuple[bool, list[DocumentGap]]:
    """Complete when every mandatory item is verified and no item needs revision or is rejected."""
    latest = latest_reviews(reviews)
    gaps: list[DocumentGap] = []
    for item in required:
        review = latest.get(item.code)
        if review is not None and review.decision is DocumentDecision.NEEDS_REVISION:
            gaps.append(DocumentGap(item.code, "needs_revision", review.reason))
        elif review is not None and review.decision is DocumentDecision.REJECTED:
            gaps.append(DocumentGap(item.code, "rejected", review.reason))
        elif not item.mandatory:
            continue
        elif review is None or review.decision is DocumentDecision.PENDING:
            gaps.append(DocumentGap(item.code, "missing"))
        elif review.decision is not DocumentDecision.VERIFIED:
            gaps.append(DocumentGap(item.code, "not_verified"))
    return (not gaps, gaps)
