"""Account permissions and caps, and transaction limits by risk level and account type (CNY, Decimal)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from teller_app.domain.account_types import AccountType
from teller_app.domain.accounts import SpecialCategory
from teller_app.domain.errors import InputError, RuleError
from teller_app.domain.risk_levels import RiskLevel


@dataclass(frozen=True)
class AccountPermissions:
    """What an account may do, and the statutory caps of personal Ⅱ/Ⅲ accounts (CNY; None: no cap)."""

    cash_deposit: bool
    cash_withdrawal: bool
    transfers_in: bool
    transfers_out: bool
    balance_cap: Decimal | None = None
    daily_outflow_cap: Decimal | None = None
    yearly_outflow_cap: Decimal | None = None
    # Money in from accounts not bound to it, cash deposits included (Ⅱ类: 银发〔2016〕302号).
    daily_inflow_cap: Decimal | None = None
    yearly_inflow_cap: Decimal | None = None
    # 专用存款账户 that move money only to or from the depositor's basic account (收入汇缴, 业务支出, 单位卡)
    transfers_out_only_to_basic: bool = False
    transfers_in_only_from_basic: bool = False
    cash_needs_pboc_approval: bool = False  # 支取现金须在开户时报人民银行当地分支行批准


_FULL = AccountPermissions(cash_deposit=True, cash_withdrawal=True, transfers_in=True, transfers_out=True)

ACCOUNT_PERMISSIONS: dict[AccountType, AccountPermissions] = {
    AccountType.BASIC: _FULL,
    AccountType.GENERAL: AccountPermissions(
        cash_deposit=True, cash_withdrawal=False, transfers_in=True, transfers_out=True
    ),
    AccountType.SPECIAL: _FULL,
    AccountType.TEMPORARY: _FULL,
    AccountType.PERSONAL_I: _FULL,
    AccountType.PERSONAL_II: AccountPermissions(
        cash_deposit=True,
        cash_withdrawal=True,
        transfers_in=True,
        transfers_out=True,
        daily_outflow_cap=Decimal("10000"),
        yearly_outflow_cap=Decimal("200000"),
        daily_inflow_cap=Decimal("10000"),
        yearly_inflow_cap=Decimal("200000"),
    ),
    AccountType.PERSONAL_III: AccountPermissions(
        cash_deposit=False,
        cash_withdrawal=False,
        transfers_in=True,
        transfers_out=True,
        balance_cap=Decimal("2000"),
        daily_outflow_cap=Decimal("2000"),
        yearly_outflow_cap=Decimal("50000"),
    ),
}


class CashRule(StrEnum):
    """What a 专用存款账户 of a category may do with cash (《人民币银行结算账户管理办法》第四十条—第四十二条)."""

    BY_CASH_RULES = "by_cash_rules"  # 按照国家现金管理的规定办理
    NEEDS_PBOC_APPROVAL = "needs_pboc_approval"  # 需要支取现金的，应在开户时报人民银行当地分支行批准
    NO_CASH_WITHDRAWAL = "no_cash_withdrawal"  # 不得支取现金
    NO_CASH_AT_ALL = "no_cash_at_all"  # 不得办理现金收付业务


SPECIAL_CASH_RULES: dict[SpecialCategory, CashRule] = {
    SpecialCategory.CONSTRUCTION_FUNDS: CashRule.NEEDS_PBOC_APPROVAL,
    SpecialCategory.RENOVATION_FUNDS: CashRule.NEEDS_PBOC_APPROVAL,
    SpecialCategory.POLICY_REAL_ESTATE_FUNDS: CashRule.NEEDS_PBOC_APPROVAL,
    SpecialCategory.FINANCIAL_INSTITUTION_SUBSCRIPTION: CashRule.NEEDS_PBOC_APPROVAL,
    SpecialCategory.EXTRA_BUDGETARY_FUNDS: CashRule.NO_CASH_WITHDRAWAL,
    SpecialCategory.SECURITIES_SETTLEMENT: CashRule.NO_CASH_WITHDRAWAL,
    SpecialCategory.FUTURES_MARGIN: CashRule.NO_CASH_WITHDRAWAL,
    SpecialCategory.TRUST_FUNDS: CashRule.NO_CASH_WITHDRAWAL,
    SpecialCategory.REVENUE_COLLECTION: CashRule.NO_CASH_WITHDRAWAL,
    SpecialCategory.BANK_CARD_RESERVE: CashRule.NO_CASH_AT_ALL,
    SpecialCategory.GRAIN_PURCHASE_FUNDS: CashRule.BY_CASH_RULES,
    SpecialCategory.SOCIAL_SECURITY_FUND: CashRule.BY_CASH_RULES,
    SpecialCategory.HOUSING_FUND: CashRule.BY_CASH_RULES,
    SpecialCategory.PARTY_UNION_FUNDS: CashRule.BY_CASH_RULES,
    SpecialCategory.BUSINESS_EXPENDITURE: CashRule.BY_CASH_RULES,
    SpecialCategory.OTHER: CashRule.NEEDS_PBOC_APPROVAL,  # not listed: the stricter reading
}


def permissions_for(
    account_type: AccountType,
    special_category: SpecialCategory | None = None,
    *,
    pboc_cash_approval: bool = False,
    capital_verification: bool = False,
) -> AccountPermissions:
    """The account's permissions by type, special-account category and 临时户 purpose.

    A 专用存款账户 follows its category's cash rule; one whose cash withdrawal needs the regulator's
    approval pays out cash only when `pboc_cash_approval` was recorded at opening. 收入汇缴 accounts pay
    out only to the basic account, 业务支出 and 单位银行卡 accounts receive only from it. A 临时存款账户
    for 注册验资 (capital verification) only receives, until the capital is verified.
    """
    permissions = ACCOUNT_PERMISSIONS[account_type]
    if account_type is AccountType.TEMPORARY and capital_verification:
        return AccountPermissions(
            cash_deposit=True, cash_withdrawal=False, transfers_in=True, transfers_out=False
        )
    if account_type is not AccountType.SPECIAL or special_category is None:
        return permissions
    rule = SPECIAL_CASH_RULES[special_category]
    return AccountPermissions(
        cash_deposit=rule is not CashRule.NO_CASH_AT_ALL,
        cash_withdrawal=rule is CashRule.BY_CASH_RULES
        or (rule is CashRule.NEEDS_PBOC_APPROVAL and pboc_cash_approval),
        transfers_in=True,
        transfers_out=True,
        transfers_out_only_to_basic=special_category is SpecialCategory.REVENUE_COLLECTION,
        transfers_in_only_from_basic=special_category
        in (SpecialCategory.BUSINESS_EXPENDITURE, SpecialCategory.BANK_CARD_RESERVE),
        cash_needs_pboc_approval=rule is CashRule.NEEDS_PBOC_APPROVAL,
    )


def check_outflow(
    permissions: AccountPermissions,
    amount: Decimal,
    spent_today: Decimal = Decimal(0),
    spent_this_year: Decimal = Decimal(0),
    cash: bool = False,
) -> None:
    """Refuse a payment out (transfer or cash) that the account's permissions or caps do not allow."""
    _check_amount(amount)
    _check_total(spent_today, "spent_today")
    _check_total(spent_this_year, "spent_this_year")
    if cash and not permissions.cash_withdrawal:
        raise RuleError("account.no_cash_withdrawal", "This account may not pay out cash")
    if not cash and not permissions.transfers_out:
        raise RuleError("account.no_transfers_out", "This account may not transfer money out")
    if permissions.daily_outflow_cap is not None and spent_today + amount > permissions.daily_outflow_cap:
        raise RuleError(
            "account.daily_outflow_cap",
            "Payments out would reach {total} today; this account allows {cap} a day",
            total=str(spent_today + amount),
            cap=str(permissions.daily_outflow_cap),
        )
    if (
        permissions.yearly_outflow_cap is not None
        and spent_this_year + amount > permissions.yearly_outflow_cap
    ):
        raise RuleError(
            "account.yearly_outflow_cap",
            "Payments out would reach {total} this year; this account allows {cap} a year",
            total=str(spent_this_year + amount),
            cap=str(permissions.yearly_outflow_cap),
        )


def check_inflow(
    permissions: AccountPermissions,
    amount: Decimal,
    balance: Decimal = Decimal(0),
    cash: bool = False,
    *,
    from_bound_account: bool = False,
    received_today: Decimal = Decimal(0),
    received_this_year: Decimal = Decimal(0),
) -> None:
    """Refuse a payment in (transfer or cash) that the account may not take or whose caps it breaks.

    `received_today` / `received_this_year`: money already in today / this year from accounts not bound
    to it (cash included); a transfer from the bound account (`from_bound_account`) is not counted."""
    _check_amount(amount)
    _check_total(balance, "balance")
    _check_total(received_today, "received_today")
    _check_total(received_this_year, "received_this_year")
    if not (from_bound_account and not cash):
        for cap, total, code, period in (
            (permissions.daily_inflow_cap, received_today, "account.daily_inflow_cap", "a day"),
            (permissions.yearly_inflow_cap, received_this_year, "account.yearly_inflow_cap", "a year"),
        ):
            if cap is not None and total + amount > cap:
                raise RuleError(
                    code,
                    "Money in from unbound accounts would reach {total}; this account allows {cap} " + period,
                    total=str(total + amount),
                    cap=str(cap),
                )
    if cash and not permissions.cash_deposit:
        raise RuleError("account.no_cash_deposit", "This account may not take cash deposits")
    if not cash and not permissions.transfers_in:
        raise RuleError("account.no_transfers_in", "This account may not receive transfers")
    if permissions.balance_cap is not None and balance + amount > permissions.balance_cap:
        raise RuleError(
            "account.balance_cap",
            "The balance would reach {total}; this account may hold at most {cap}",
            total=str(balance + amount),
            cap=str(permissions.balance_cap),
        )


def _check_amount(amount: Decimal) -> None:
    if not isinstance(amount, Decimal) or not amount.is_finite() or amount <= 0:
        raise InputError(
            "account.amount_invalid", "The amount {amount} is not a positive sum", amount=str(amount)
        )


def _check_total(total: Decimal, field: str) -> None:
    """A running total (spent so far, balance) is a finite Decimal of zero or more: a negative one would
    make room under a cap."""
    if not isinstance(total, Decimal) or not total.is_finite() or total < 0:
        raise InputError(
            "account.total_invalid",
            "The {field} {total} is not a sum of zero or more",
            field=field,
            total=str(total),
        )


# ----------------------------------------------- transaction limits by risk level


@dataclass(frozen=True)
class TransactionLimits:
    """The most one payment out (单笔) and all payments out in a day (日累计) may reach without special approval."""

    single: Decimal
    daily: Decimal


@dataclass(frozen=True)
class LimitsTable:
    """Transaction limits per account type and risk level, as the process definition sets them."""

    entries: Mapping[AccountType, Mapping[RiskLevel, TransactionLimits]]

    def limits(self, account_type: AccountType, level: RiskLevel) -> TransactionLimits:
        """The limits for this account type at this risk level, never above a personal account's statutory cap."""
        limits = self.entries[account_type][level]
        cap = ACCOUNT_PERMISSIONS[account_type].daily_outflow_cap
        if cap is not None and limits.daily > cap:
            limits = TransactionLimits(single=min(limits.single, cap), daily=cap)
        return limits


@dataclass(frozen=True)
class LimitCheck:
    """The result of holding one payment against the limits: which limits it exceeds, if any."""

    amount: Decimal
    limits: TransactionLimits
    exceeded: tuple[str, ...]  # "single", "daily"

    @property
    def needs_special_approval(self) -> bool:
        return bool(self.exceeded)


def check_transaction(
    limits: TransactionLimits, amount: Decimal, spent_today: Decimal = Decimal(0)
) -> LimitCheck:
    """Which limits a payment out of `amount` (after `spent_today`) exceeds; above a limit needs special approval."""
    _check_amount(amount)
    _check_total(spent_today, "spent_today")
    exceeded: list[str] = []
    if amount > limits.single:
        exceeded.append("single")
    if spent_today + amount > limits.daily:
        exceeded.append("daily")
    return LimitCheck(amount=amount, limits=limits, exceeded=tuple(exceeded))


def require_within_limits(
    limits: TransactionLimits,
    amount: Decimal,
    spent_today: Decimal = Decimal(0),
    special_approval_by: str | None = None,
    *,
    account_type: AccountType | None = None,
    spent_this_year: Decimal = Decimal(0),
) -> LimitCheck:
    """Refuse a payment above its limits unless someone granted special approval (特批).

    With `account_type` (and `spent_this_year`), a personal Ⅱ/Ⅲ account's statutory caps are checked
    first: no special approval lifts them (银发〔2016〕302号)."""
    if account_type is not None:
        check_outflow(
            ACCOUNT_PERMISSIONS[account_type],
            amount,
            spent_today=spent_today,
            spent_this_year=spent_this_year,
        )
    check = check_transaction(limits, amount, spent_today)
    if check.needs_special_approval and not (special_approval_by and special_approval_by.strip()):
        raise RuleError(
            "limits.special_approval_required",
            "The payment of {amount} exceeds the {exceeded} limit and needs special approval",
            amount=str(amount),
            exceeded="/".join(check.exceeded),
            single=str(limits.single),
            daily=str(limits.daily),
        )
    return check


def statutory_daily_cap(account_type: AccountType) -> Decimal | None:
    """The statutory daily cap on payments out of a personal Ⅱ/Ⅲ account; None for other types."""
    return ACCOUNT_PERMISSIONS[account_type].daily_outflow_cap
