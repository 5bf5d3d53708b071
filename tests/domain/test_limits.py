"""Account permissions, personal Ⅱ/Ⅲ caps, and transaction limits by risk level that need special approval above them."""

from __future__ import annotations

from decimal import Decimal

import pytest

from teller_app.domain.account_types import AccountType
from teller_app.domain.accounts import SpecialCategory
from teller_app.domain.errors import InputError, RuleError
from teller_app.domain.limits import (
    LimitsTable,
    TransactionLimits,
    check_inflow,
    check_outflow,
    check_transaction,
    permissions_for,
    require_within_limits,
)
from teller_app.domain.risk_levels import RiskLevel

D = Decimal


def test_general_account_may_not_pay_out_cash():
    general = permissions_for(AccountType.GENERAL)
    assert general.cash_withdrawal is False
    assert general.cash_deposit is True
    with pytest.raises(RuleError) as refused:
        check_outflow(general, D("100"), cash=True)
    assert refused.value.code == "account.no_cash_withdrawal"
    check_outflow(general, D("100"), cash=False)


def test_basic_account_may_pay_out_cash():
    check_outflow(permissions_for(AccountType.BASIC), D("50000"), cash=True)


@pytest.mark.parametrize(
    "category",
    [
        SpecialCategory.EXTRA_BUDGETARY_FUNDS,
        SpecialCategory.SECURITIES_SETTLEMENT,
        SpecialCategory.FUTURES_MARGIN,
        SpecialCategory.TRUST_FUNDS,
    ],
)
def test_special_accounts_of_some_categories_may_not_pay_out_cash(category):
    assert permissions_for(AccountType.SPECIAL, category).cash_withdrawal is False


def test_special_account_for_housing_fund_may_pay_out_cash():
    assert permissions_for(AccountType.SPECIAL, SpecialCategory.HOUSING_FUND).cash_withdrawal is True


def test_personal_type_ii_outflow_is_capped_at_10000_a_day():
    type_ii = permissions_for(AccountType.PERSONAL_II)
    check_outflow(type_ii, D("4000"), spent_today=D("6000"))
    with pytest.raises(RuleError) as refused:
        check_outflow(type_ii, D("4000.01"), spent_today=D("6000"))
    assert refused.value.code == "account.daily_outflow_cap"
    assert refused.value.params["cap"] == "10000"


def test_personal_type_ii_outflow_is_capped_at_200000_a_year():
    type_ii = permissions_for(AccountType.PERSONAL_II)
    check_outflow(type_ii, D("5000"), spent_this_year=D("195000"))
    with pytest.raises(RuleError) as refused:
        check_outflow(type_ii, D("5000"), spent_this_year=D("195000.01"))
    assert refused.value.code == "account.yearly_outflow_cap"


def test_personal_type_iii_balance_is_capped_at_2000():
    type_iii = permissions_for(AccountType.PERSONAL_III)
    check_inflow(type_iii, D("500"), balance=D("1500"))
    with pytest.raises(RuleError) as refused:
        check_inflow(type_iii, D("500.01"), balance=D("1500"))
    assert refused.value.code == "account.balance_cap"


def test_personal_type_iii_outflow_is_capped_at_2000_a_day_and_50000_a_year():
    type_iii = permissions_for(AccountType.PERSONAL_III)
    check_outflow(type_iii, D("2000"))
    with pytest.raises(RuleError) as daily:
        check_outflow(type_iii, D("1"), spent_today=D("2000"))
    assert daily.value.code == "account.daily_outflow_cap"
    with pytest.raises(RuleError) as yearly:
        check_outflow(type_iii, D("100"), spent_this_year=D("49950"))
    assert yearly.value.code == "account.yearly_outflow_cap"


def test_personal_type_iii_takes_no_cash():
    type_iii = permissions_for(AccountType.PERSONAL_III)
    with pytest.raises(RuleError) as refused:
        check_inflow(type_iii, D("10"), cash=True)
    assert refused.value.code == "account.no_cash_deposit"
    with pytest.raises(RuleError):
        check_outflow(type_iii, D("10"), cash=True)


def test_personal_type_i_has_no_cap():
    type_i = permissions_for(AccountType.PERSONAL_I)
    check_outflow(type_i, D("5000000"), spent_today=D("1000000"), spent_this_year=D("90000000"), cash=True)


@pytest.mark.parametrize("amount", [D("0"), D("-5"), D("NaN"), D("Infinity"), 100, 12.5])
def test_amount_must_be_a_positive_decimal(amount):
    with pytest.raises(InputError) as refused:
        check_outflow(permissions_for(AccountType.BASIC), amount)
    assert refused.value.code == "account.amount_invalid"


@pytest.mark.parametrize("total", [D("-10000"), D("NaN"), 5000.0])
@pytest.mark.parametrize("field", ["spent_today", "spent_this_year"])
def test_a_negative_amount_spent_so_far_cannot_make_room_under_the_type_ii_cap(field, total):
    type_ii = permissions_for(AccountType.PERSONAL_II)
    with pytest.raises(InputError) as refused:
        check_outflow(type_ii, D("15000"), **{field: total})
    assert refused.value.code == "account.total_invalid"
    assert refused.value.params["field"] == field


def test_a_negative_balance_cannot_make_room_under_the_type_iii_balance_cap():
    type_iii = permissions_for(AccountType.PERSONAL_III)
    with pytest.raises(InputError) as refused:
        check_inflow(type_iii, D("3000"), balance=D("-1500"))
    assert (refused.value.code, refused.value.params["field"]) == ("account.total_invalid", "balance")


LIMITS = TransactionLimits(single=D("50000"), daily=D("200000"))


def test_payment_within_limits_needs_no_special_approval():
    check = check_transaction(LIMITS, D("50000"), spent_today=D("150000"))
    assert check.needs_special_approval is False
    assert check.exceeded == ()


def test_payment_above_single_limit_needs_special_approval():
    check = check_transaction(LIMITS, D("50000.01"))
    assert check.exceeded == ("single",)
    assert check.needs_special_approval


def test_payment_above_daily_total_needs_special_approval():
    assert check_transaction(LIMITS, D("100"), spent_today=D("199900.01")).exceeded == ("daily",)


def test_a_negative_amount_spent_today_cannot_hide_a_payment_above_the_daily_limit():
    with pytest.raises(InputError) as refused:
        check_transaction(LIMITS, D("40000"), spent_today=D("-190000"))
    assert refused.value.code == "account.total_invalid"


def test_payment_above_limit_is_refused_without_special_approval():
    with pytest.raises(RuleError) as refused:
        require_within_limits(LIMITS, D("60000"))
    assert refused.value.code == "limits.special_approval_required"
    assert refused.value.params["exceeded"] == "single"


def test_payment_above_limit_passes_with_special_approval():
    check = require_within_limits(LIMITS, D("60000"), special_approval_by="risk-officer-7")
    assert check.needs_special_approval


def _table(single: str, daily: str) -> LimitsTable:
    limits = TransactionLimits(single=D(single), daily=D(daily))
    return LimitsTable({t: dict.fromkeys(RiskLevel, limits) for t in AccountType})


def test_risk_limit_never_exceeds_the_personal_tier_cap():
    table = _table("50000", "80000")
    assert table.limits(AccountType.PERSONAL_II, RiskLevel.LOW) == TransactionLimits(D("10000"), D("10000"))
    assert table.limits(AccountType.PERSONAL_III, RiskLevel.LOW) == TransactionLimits(D("2000"), D("2000"))
    assert table.limits(AccountType.BASIC, RiskLevel.LOW) == TransactionLimits(D("50000"), D("80000"))


def test_risk_limit_below_the_personal_tier_cap_is_kept():
    table = _table("500", "1000")
    assert table.limits(AccountType.PERSONAL_III, RiskLevel.HIGH) == TransactionLimits(D("500"), D("1000"))
