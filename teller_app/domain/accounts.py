"""Account-type rules: who may open what, basic-account uniqueness, general/special/temporary rules, 核准 or 备案."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Protocol

from teller_app.domain.account_types import AccountType
from teller_app.domain.customers import CustomerKind
from teller_app.domain.dates import CalendarLike, add_years, deadline
from teller_app.domain.errors import InputError, RuleError
from teller_app.domain.identifiers import validate_basic_account_licence_number

# ---------------------------------------------------------------- eligibility

_UNIT_ACCOUNTS = frozenset(
    {AccountType.BASIC, AccountType.GENERAL, AccountType.SPECIAL, AccountType.TEMPORARY}
)
_PERSONAL_ACCOUNTS = frozenset({AccountType.PERSONAL_I, AccountType.PERSONAL_II, AccountType.PERSONAL_III})

ELIGIBILITY: dict[CustomerKind, frozenset[AccountType]] = {
    CustomerKind.ENTERPRISE_LEGAL_PERSON: _UNIT_ACCOUNTS,
    CustomerKind.NON_LEGAL_PERSON_ENTERPRISE: _UNIT_ACCOUNTS,
    CustomerKind.INDIVIDUAL_BUSINESS: _UNIT_ACCOUNTS,
    CustomerKind.PUBLIC_INSTITUTION: _UNIT_ACCOUNTS,
    CustomerKind.OTHER_ORGANISATION: _UNIT_ACCOUNTS,
    CustomerKind.RELIGIOUS_VENUE: _UNIT_ACCOUNTS,
    CustomerKind.SELF_GOVERNING_COMMUNITY: _UNIT_ACCOUNTS,
    CustomerKind.RURAL_COLLECTIVE: _UNIT_ACCOUNTS,
    CustomerKind.FOREIGN_INSTITUTION: _UNIT_ACCOUNTS,
    CustomerKind.INDIVIDUAL: _PERSONAL_ACCOUNTS,
}
"""Which customer kind may open which account type: organisations (and 个体工商户) the four 单位 types,
natural persons only the personal Ⅰ/Ⅱ/Ⅲ accounts."""


def check_eligibility(kind: CustomerKind, account_type: AccountType) -> None:
    """Refuse an account type that this kind of customer may not open."""
    if account_type not in ELIGIBILITY[kind]:
        raise RuleError(
            "account.not_eligible",
            "A customer of kind {kind} may not open an account of type {account_type}",
            kind=kind.value,
            account_type=account_type.value,
        )


# ------------------------------------------------------ 基本存款账户: one per depositor


class BasicAccountRegistry(Protocol):
    """Answers whether a depositor already holds a 基本存款账户 (anywhere, at any bank)."""

    def has_basic_account(self, depositor_key: str) -> bool: ...


class InMemoryBasicAccountRegistry:
    """The offline stand-in: the basic accounts this terminal knows of, by depositor key."""

    def __init__(self, depositor_keys: Collection[str] = ()) -> None:
        self._keys = set(depositor_keys)

    def has_basic_account(self, depositor_key: str) -> bool:
        return depositor_key in self._keys

    def register(self, depositor_key: str) -> None:
        self._keys.add(depositor_key)


def check_basic_account_unique(registry: BasicAccountRegistry, depositor_key: str) -> None:
    """A depositor holds only one 基本存款账户."""
    if not depositor_key.strip():
        raise InputError("account.depositor_key_missing", "The depositor is not identified")
    if registry.has_basic_account(depositor_key):
        raise RuleError(
            "account.basic_already_exists", "This depositor already holds a basic deposit account"
        )


# ------------------------------------- one 基本存款账户 per depositor, one Ⅰ类户 per person per bank

UNIQUE_ACCOUNT_TYPES = frozenset({AccountType.BASIC, AccountType.PERSONAL_I})


class UniquenessState(StrEnum):
    """Where the one-account check of a new basic (or Ⅰ类) account stands."""

    CONFIRMED = "confirmed"  # the local store and the central database know no other
    TO_CONFIRM = "to_confirm"  # opened offline: the local store knows no other; checked at the next sync
    CLASH = "clash"  # another one is known: the supervisor decides; activation waits
    CLEARED = "cleared"  # a clash the supervisor cleared, with a recorded reason


class AccountRegistry(Protocol):
    """Whether a depositor already holds an open account of a type; None when it cannot tell (offline)."""

    def holds(self, depositor_key: str, account_type: AccountType) -> bool | None: ...


def check_one_account(
    local: AccountRegistry,
    central: AccountRegistry | None,
    depositor_key: str,
    account_type: AccountType,
) -> UniquenessState | None:
    """One 基本存款账户 per depositor (《人民币银行结算账户管理办法》第十九条), one Ⅰ类户 per person per bank
    (银发〔2016〕302号): the local store always, the central database when it answers.

    Refuses when either knows another; TO_CONFIRM when the central database could not be asked; None for
    account types with no such rule."""
    if account_type not in UNIQUE_ACCOUNT_TYPES:
        return None
    if not depositor_key.strip():
        raise InputError("account.depositor_key_missing", "The depositor is not identified")
    if local.holds(depositor_key, account_type):
        _refuse_second(account_type, "local")
    answer = central.holds(depositor_key, account_type) if central is not None else None
    if answer is None:
        return UniquenessState.TO_CONFIRM
    if answer:
        _refuse_second(account_type, "central")
    return UniquenessState.CONFIRMED


def _refuse_second(account_type: AccountType, where: str) -> None:
    if account_type is AccountType.BASIC:
        raise RuleError(
            "account.basic_already_exists",
            "This depositor already holds a basic deposit account",
            where=where,
        )
    raise RuleError(
        "account.personal_i_already_exists",
        "This person already holds a type I account at this bank",
        where=where,
    )


# ----------------------------------------------------------- 一般存款账户


def normalise_basic_account_number(text: str | None) -> str:
    """基本存款账户编号: 'J' and 13 digits. Returns the normalised number; a malformed one raises IdentifierError."""
    if text is None or not text.strip():
        raise RuleError(
            "account.general_needs_basic_number",
            "A general deposit account needs the number of the depositor's basic account",
        )
    return validate_basic_account_licence_number(text)


def check_general_account(basic_account_number: str | None, basic_branch: str, this_branch: str) -> str:
    """一般存款账户: the basic account's number is given, and that account is kept at another branch."""
    number = normalise_basic_account_number(basic_account_number)
    if not basic_branch.strip():
        raise InputError("account.basic_branch_missing", "The branch of the basic account is not given")
    if basic_branch.strip() == this_branch.strip():
        raise RuleError(
            "account.general_same_branch_as_basic",
            "A general deposit account cannot be opened at branch {branch}, which keeps the basic account",
            branch=this_branch.strip(),
        )
    return number


# ----------------------------------------------------------- 专用存款账户


class SpecialCategory(StrEnum):
    """Categories of 专用存款账户, each with the proof document the depositor brings."""

    CONSTRUCTION_FUNDS = "construction_funds"  # 基本建设资金
    RENOVATION_FUNDS = "renovation_funds"  # 更新改造资金
    EXTRA_BUDGETARY_FUNDS = "extra_budgetary_funds"  # 财政预算外资金
    GRAIN_PURCHASE_FUNDS = "grain_purchase_funds"  # 粮、棉、油收购资金
    SECURITIES_SETTLEMENT = "securities_settlement"  # 证券交易结算资金
    FUTURES_MARGIN = "futures_margin"  # 期货交易保证金
    TRUST_FUNDS = "trust_funds"  # 信托基金
    HOUSING_FUND = "housing_fund"  # 住房基金
    SOCIAL_SECURITY_FUND = "social_security_fund"  # 社会保障基金
    PARTY_UNION_FUNDS = "party_union_funds"  # 党、团、工会经费
    FINANCIAL_INSTITUTION_SUBSCRIPTION = "financial_institution_subscription"  # 金融机构存放同业资金
    POLICY_REAL_ESTATE_FUNDS = "policy_real_estate_funds"  # 政策性房地产开发资金
    BANK_CARD_RESERVE = "bank_card_reserve"  # 单位银行卡备用金
    REVENUE_COLLECTION = "revenue_collection"  # 收入汇缴资金
    BUSINESS_EXPENDITURE = "business_expenditure"  # 业务支出资金
    OTHER = "other"  # 其他需要专项管理和使用的资金

    @property
    def label_zh(self) -> str:
        return SPECIAL_CATEGORY_PROOF[self][0]

    @property
    def proof_zh(self) -> str:
        return SPECIAL_CATEGORY_PROOF[self][1]

    @property
    def proof_en(self) -> str:
        return SPECIAL_CATEGORY_PROOF[self][2]


SPECIAL_CATEGORY_PROOF: dict[SpecialCategory, tuple[str, str, str]] = {
    SpecialCategory.CONSTRUCTION_FUNDS: (
        "基本建设资金",
        "主管部门批文",
        "Approval of the competent authority",
    ),
    SpecialCategory.RENOVATION_FUNDS: ("更新改造资金", "主管部门批文", "Approval of the competent authority"),
    SpecialCategory.EXTRA_BUDGETARY_FUNDS: (
        "财政预算外资金",
        "财政部门的证明",
        "Certificate of the finance department",
    ),
    SpecialCategory.GRAIN_PURCHASE_FUNDS: (
        "粮、棉、油收购资金",
        "主管部门批文",
        "Approval of the competent authority",
    ),
    SpecialCategory.SECURITIES_SETTLEMENT: (
        "证券交易结算资金",
        "证券公司或证券管理部门的证明",
        "Certificate of the securities firm or securities regulator",
    ),
    SpecialCategory.FUTURES_MARGIN: (
        "期货交易保证金",
        "期货公司或期货管理部门的证明",
        "Certificate of the futures firm or futures regulator",
    ),
    SpecialCategory.TRUST_FUNDS: ("信托基金", "主管部门批文", "Approval of the competent authority"),
    SpecialCategory.HOUSING_FUND: (
        "住房基金",
        "住房基金管理部门的证明",
        "Certificate of the housing fund authority",
    ),
    SpecialCategory.SOCIAL_SECURITY_FUND: (
        "社会保障基金",
        "社会保障部门的证明",
        "Certificate of the social security authority",
    ),
    SpecialCategory.PARTY_UNION_FUNDS: (
        "党、团、工会经费",
        "该单位或有关部门的批文或证明",
        "Approval or certificate of the unit or the authority concerned",
    ),
    SpecialCategory.FINANCIAL_INSTITUTION_SUBSCRIPTION: (
        "金融机构存放同业资金",
        "其证明",
        "Certificate of the financial institution",
    ),
    SpecialCategory.POLICY_REAL_ESTATE_FUNDS: (
        "政策性房地产开发资金",
        "主管部门批文",
        "Approval of the competent authority",
    ),
    SpecialCategory.BANK_CARD_RESERVE: (
        "单位银行卡备用金",
        "按照中国人民银行批准的银行卡章程的规定出具的有关证明和资料",
        "The certificates the bank card rules approved by the People's Bank of China ask for",
    ),
    SpecialCategory.REVENUE_COLLECTION: (
        "收入汇缴资金",
        "基本存款账户存款人有关的证明",
        "Certificate from the depositor of the basic account",
    ),
    SpecialCategory.BUSINESS_EXPENDITURE: (
        "业务支出资金",
        "基本存款账户存款人有关的证明",
        "Certificate from the depositor of the basic account",
    ),
    SpecialCategory.OTHER: (
        "其他需要专项管理和使用的资金",
        "有关法规、规章或政府部门的有关文件",
        "The regulation or government document that requires separate management",
    ),
}


def check_special_account(category: SpecialCategory | str | None) -> SpecialCategory:
    """专用存款账户: its category is named; returns it as a SpecialCategory."""
    if category is None or (isinstance(category, str) and not category.strip()):
        raise RuleError(
            "account.special_needs_category", "A special deposit account needs the category of its funds"
        )
    try:
        return SpecialCategory(category)
    except ValueError:
        raise InputError(
            "account.special_category_unknown",
            "Unknown special account category {category}",
            category=category,
        ) from None


# ----------------------------------------------------------- 临时存款账户

TEMPORARY_MAX_YEARS = 2


def temporary_account_latest_expiry(opened: date) -> date:
    return add_years(opened, TEMPORARY_MAX_YEARS)


def temporary_account_expiry(opened: date, requested_until: date) -> date:
    """The expiry of a new 临时存款账户: after opening, and at most 2 years from it."""
    if requested_until <= opened:
        raise RuleError(
            "account.temporary_expiry_not_after_opening",
            "A temporary account must expire after the day it is opened ({opened})",
            opened=opened.isoformat(),
        )
    latest = temporary_account_latest_expiry(opened)
    if requested_until > latest:
        raise RuleError(
            "account.temporary_beyond_two_years",
            "A temporary account expires at the latest on {latest}, 2 years after opening",
            latest=latest.isoformat(),
            requested=requested_until.isoformat(),
        )
    return requested_until


class TemporaryPurpose(StrEnum):
    """Why a 临时存款账户 is opened (《人民币银行结算账户管理办法》第十四条)."""

    TEMPORARY_BODY = "temporary_body"  # 设立临时机构
    TEMPORARY_BUSINESS = "temporary_business"  # 异地临时经营活动
    CAPITAL_VERIFICATION = "capital_verification"  # 注册验资


def check_capital_verification_payment(payer_key: str, investor_keys: Collection[str]) -> None:
    """A 临时存款账户 for 注册验资 receives only, and only from the investors named at opening."""
    if not investor_keys:
        raise RuleError(
            "account.verification_investors_missing",
            "A capital-verification account needs the investors who pay in the capital",
        )
    if payer_key.strip() not in {k.strip() for k in investor_keys}:
        raise RuleError(
            "account.verification_payer_not_investor",
            "Only an investor named at opening may pay into a capital-verification account",
        )


def extend_temporary_account(opened: date, current_expiry: date, new_expiry: date, today: date) -> date:
    """Extend a 临时存款账户: only while it is still valid, and never beyond 2 years from opening."""
    if today > current_expiry:
        raise RuleError(
            "account.temporary_extension_after_expiry",
            "The temporary account expired on {expiry}; an extension must be asked for before expiry",
            expiry=current_expiry.isoformat(),
        )
    if new_expiry <= current_expiry:
        raise RuleError(
            "account.temporary_extension_not_later",
            "The new expiry {new_expiry} is not later than the current one {expiry}",
            new_expiry=new_expiry.isoformat(),
            expiry=current_expiry.isoformat(),
        )
    return temporary_account_expiry(opened, new_expiry)


# ------------------------------------------------ 核准 or 备案, and the filing deadline


class Regime(StrEnum):
    """How a new account is registered with the regulator (人民银行)."""

    APPROVAL = "approval"  # 核准: the regulator approves before the account is used
    FILING = "filing"  # 备案: the bank opens the account and files it with the regulator
    NONE = "none"  # personal accounts: neither

    @property
    def label_zh(self) -> str:
        return {"approval": "核准", "filing": "备案", "none": "无"}[self.value]


_APPROVED_TYPES = frozenset({AccountType.BASIC, AccountType.TEMPORARY})


def opening_regime(
    kind: CustomerKind, account_type: AccountType, *, budget_funded: bool | None = None
) -> Regime:
    """核准 or 备案 (《人民币银行结算账户管理办法》第四条, 银发〔2019〕41号).

    Enterprises (企业法人, 非法人企业, 个体工商户) file every account (备案). Every other depositor (机关,
    事业单位, 社会团体, 民办非企业, 基金会, 宗教活动场所, 居委会/村委会, 农村集体经济组织, 境外机构 …)
    needs the regulator's approval (核准) for its basic and temporary accounts, and a budget-funded unit
    (预算单位) for its special accounts; its general and other special accounts are filed.

    `budget_funded` says whether a non-enterprise's special account holds budget funds; None (not said)
    reads as yes, the stricter reading: the teller must say "not budget-funded" to have it filed.
    """
    if account_type.is_personal:
        return Regime.NONE
    if kind.is_enterprise:
        return Regime.FILING
    if account_type in _APPROVED_TYPES:
        return Regime.APPROVAL
    if account_type is AccountType.SPECIAL and budget_funded is not False:
        return Regime.APPROVAL
    return Regime.FILING


@dataclass(frozen=True)
class FilingDeadline:
    """When the bank must file a new 单位 account with the regulator, and send the copies."""

    file_by: date
    copies_by: date | None = None


def filing_deadline(
    opened_on: date,
    kind: CustomerKind,
    account_type: AccountType,
    calendar: CalendarLike = None,
    *,
    budget_funded: bool | None = None,
) -> FilingDeadline | None:
    """备案: enterprise basic/temporary accounts the same working day, copies within 2 working days;
    other filed accounts within 5 working days. None when no filing applies (核准, personal accounts)."""
    if opening_regime(kind, account_type, budget_funded=budget_funded) is not Regime.FILING:
        return None
    if kind.is_enterprise and account_type in _APPROVED_TYPES:
        same_day = deadline(opened_on, 0, calendar)
        return FilingDeadline(file_by=same_day, copies_by=deadline(opened_on, 2, calendar))
    return FilingDeadline(file_by=deadline(opened_on, 5, calendar))
