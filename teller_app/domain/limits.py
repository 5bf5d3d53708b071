"""Account permissions and caps, and transaction limits by risk level and account type (CNY, Decimal)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

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


# These special-account categories may never pay out cash (人民币银行结算账户管理办法, 第四十条).
_NO_CASH_CATEGORIES = frozenset(
    {
        SpecialCategory.EXTRA_BUDGETARY_FUNDS,
        SpecialCategory.SECURITIES_SETTLEMENT,
        SpecialCategory.FUTURES_MARGIN,
        SpecialCategory.TRUST_FUNDS,
    }
)


def permissions_for(
    account_type: AccountType, special_category: SpecialCategory | None = None
) -> AccountPermissions:
    """The account's permissions; some special-account categories may never pay out cash."""
    permissions = ACCOUNT_PERMISSIONS[account_type]
    if account_type is AccountType.SPECIAL and special_category in _NO_CASH_CATEGORIES:
        return AccountPermissions(
            cash_deposit=True, cash_withdrawal=False, transfers_in=True, transfers_out=True
        )
    return permissions


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
    permissions: AccountPermissions, amount: Decimal, balance: Decimal = Decimal(0), cash: bool = False
) -> None:
    """Refuse a payment in (transfer or cash) that the account may not take or whose balance cap it breaks."""
    _check_amount(amount)
    _check_total(balance, "balance")
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
) -> LimitCheck:
    """Refuse a payment above its limits unless someone granted special approval (特批)."""
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
