"""Statutory caps of personal Ⅱ/Ⅲ accounts (银发〔2016〕302号) that no setting or special approval lifts;
cash rules per 专用存款账户 category (《人民币银行结算账户管理办法》第四十条—第四十二条); 临时户 验资."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from teller_app.domain.account_types import AccountType
from teller_app.domain.accounts import SpecialCategory, check_capital_verification_payment
from teller_app.domain.errors import ConfigError, RuleError
from teller_app.domain.limits import (
    SPECIAL_CASH_RULES,
    CashRule,
    TransactionLimits,
    check_inflow,
    permissions_for,
    require_within_limits,
)
from teller_app.paths import resources_dir
from teller_app.services.procedures import parse_definition_text

SHIPPED = (resources_dir() / "process" / "2026.2.toml").read_text(encoding="utf-8")


def test_a_type_ii_account_takes_at_most_10000_a_day_from_unbound_accounts():
    type_ii = permissions_for(AccountType.PERSONAL_II)
    check_inflow(type_ii, D("4000"), received_today=D("6000"))
    with pytest.raises(RuleError) as refused:
        check_inflow(type_ii, D("4000.01"), received_today=D("6000"))
    assert refused.value.code == "account.daily_inflow_cap"
    with pytest.raises(RuleError):
        check_inflow(type_ii, D("100"), cash=True, received_today=D("9950"))  # cash counts too


def test_a_type_ii_account_takes_at_most_200000_a_year_from_unbound_accounts():
    type_ii = permissions_for(AccountType.PERSONAL_II)
    with pytest.raises(RuleError) as refused:
        check_inflow(type_ii, D("100"), received_this_year=D("199950"))
    assert refused.value.code == "account.yearly_inflow_cap"


def test_money_in_from_the_bound_account_is_not_capped():
    check_inflow(
        permissions_for(AccountType.PERSONAL_II),
        D("50000"),
        from_bound_account=True,
        received_today=D("9000"),
    )


@pytest.mark.parametrize(
    ("account_type", "amount", "spent_today", "spent_this_year", "code"),
    [
        (AccountType.PERSONAL_II, "10000.01", "0", "0", "account.daily_outflow_cap"),
        (AccountType.PERSONAL_II, "100", "0", "199950", "account.yearly_outflow_cap"),
        (AccountType.PERSONAL_III, "2000.01", "0", "0", "account.daily_outflow_cap"),
        (AccountType.PERSONAL_III, "100", "0", "49950", "account.yearly_outflow_cap"),
    ],
)
def test_special_approval_never_lifts_a_statutory_cap(
    account_type, amount, spent_today, spent_this_year, code
):
    generous = TransactionLimits(single=D("1000000"), daily=D("1000000"))
    with pytest.raises(RuleError) as refused:
        require_within_limits(
            generous,
            D(amount),
            D(spent_today),
            special_approval_by="branch-manager",
            account_type=account_type,
            spent_this_year=D(spent_this_year),
        )
    assert refused.value.code == code


def test_special_approval_still_lifts_a_bank_limit_within_the_statutory_cap():
    limits = TransactionLimits(single=D("500"), daily=D("2000"))
    check = require_within_limits(
        limits, D("800"), special_approval_by="supervisor", account_type=AccountType.PERSONAL_III
    )
    assert check.exceeded == ("single",)


@pytest.mark.parametrize(("account_type", "kind"), [("personal_ii", "daily"), ("personal_iii", "single")])
def test_a_process_definition_above_a_statutory_cap_is_refused_at_load_naming_file_and_key(
    account_type, kind
):
    section = "[limits.single]" if kind == "single" else "[limits.daily]"
    head, tail = SHIPPED.split(section, 1)
    old = next(line for line in tail.splitlines() if line.startswith(f"{account_type} = "))
    raised = old.replace('low = "', 'low = "9', 1)
    text = head + section + tail.replace(old, raised, 1)
    with pytest.raises(ConfigError) as refused:
        parse_definition_text(text, "bank-2026.9.toml")
    assert refused.value.params["source"] == "bank-2026.9.toml"
    assert refused.value.params["key"] == f"limits.{kind}.{account_type}.low"
    assert "statutory cap" in refused.value.params["problem"]


def test_every_special_category_has_its_cash_rule():
    assert set(SPECIAL_CASH_RULES) == set(SpecialCategory)


@pytest.mark.parametrize(
    "category",
    [
        SpecialCategory.EXTRA_BUDGETARY_FUNDS,
        SpecialCategory.SECURITIES_SETTLEMENT,
        SpecialCategory.FUTURES_MARGIN,
        SpecialCategory.TRUST_FUNDS,
        SpecialCategory.REVENUE_COLLECTION,
    ],
)
def test_these_special_accounts_never_pay_out_cash(category):
    assert permissions_for(AccountType.SPECIAL, category, pboc_cash_approval=True).cash_withdrawal is False


@pytest.mark.parametrize(
    "category",
    [
        SpecialCategory.CONSTRUCTION_FUNDS,
        SpecialCategory.RENOVATION_FUNDS,
        SpecialCategory.POLICY_REAL_ESTATE_FUNDS,
        SpecialCategory.FINANCIAL_INSTITUTION_SUBSCRIPTION,
    ],
)
def test_these_special_accounts_pay_out_cash_only_with_the_regulators_approval_recorded_at_opening(category):
    assert SPECIAL_CASH_RULES[category] is CashRule.NEEDS_PBOC_APPROVAL
    assert permissions_for(AccountType.SPECIAL, category).cash_withdrawal is False
    assert permissions_for(AccountType.SPECIAL, category, pboc_cash_approval=True).cash_withdrawal is True


def test_a_unit_bank_card_reserve_account_handles_no_cash_and_receives_only_from_the_basic_account():
    card = permissions_for(AccountType.SPECIAL, SpecialCategory.BANK_CARD_RESERVE)
    assert (card.cash_deposit, card.cash_withdrawal, card.transfers_in_only_from_basic) == (
        False,
        False,
        True,
    )


def test_revenue_collection_pays_out_only_to_the_basic_account_and_business_expenditure_receives_only_from_it():
    assert permissions_for(
        AccountType.SPECIAL, SpecialCategory.REVENUE_COLLECTION
    ).transfers_out_only_to_basic
    assert permissions_for(
        AccountType.SPECIAL, SpecialCategory.BUSINESS_EXPENDITURE
    ).transfers_in_only_from_basic


def test_the_three_categories_the_regulation_lists_are_there():
    assert {"政策性房地产开发资金", "单位银行卡备用金", "收入汇缴资金", "业务支出资金"} <= {
        c.label_zh for c in SpecialCategory
    }


def test_a_capital_verification_account_only_receives_and_only_from_the_investors():
    verification = permissions_for(AccountType.TEMPORARY, capital_verification=True)
    assert (verification.transfers_out, verification.cash_withdrawal, verification.transfers_in) == (
        False,
        False,
        True,
    )
    check_capital_verification_payment("id:110101199003071234", ["id:110101199003071234"])
    with pytest.raises(RuleError) as refused:
        check_capital_verification_payment("id:310101198003150011", ["id:110101199003071234"])
    assert refused.value.code == "account.verification_payer_not_investor"
    with pytest.raises(RuleError):
        check_capital_verification_payment("id:1", [])
