"""Account-type rules: eligibility, one basic account, general/special/temporary accounts, 核准 and 备案."""

from __future__ import annotations

from datetime import date

import pytest

from teller_app.domain.account_types import AccountType
from teller_app.domain.accounts import (
    ELIGIBILITY,
    FilingDeadline,
    InMemoryBasicAccountRegistry,
    Regime,
    SpecialCategory,
    check_basic_account_unique,
    check_eligibility,
    check_general_account,
    check_special_account,
    extend_temporary_account,
    filing_deadline,
    opening_regime,
    temporary_account_expiry,
)
from teller_app.domain.customers import CustomerKind
from teller_app.domain.dates import WorkingCalendar, add_working_days
from teller_app.domain.errors import InputError, RuleError
from teller_app.domain.identifiers import IdentifierError

UNIT = {AccountType.BASIC, AccountType.GENERAL, AccountType.SPECIAL, AccountType.TEMPORARY}
PERSONAL = {AccountType.PERSONAL_I, AccountType.PERSONAL_II, AccountType.PERSONAL_III}
ORGANISATIONS = [kind for kind in CustomerKind if kind is not CustomerKind.INDIVIDUAL]

# The whole matrix, written out independently of the code: who may open what.
EXPECTED_ELIGIBLE = {
    CustomerKind.ENTERPRISE_LEGAL_PERSON: UNIT,
    CustomerKind.NON_LEGAL_PERSON_ENTERPRISE: UNIT,
    CustomerKind.INDIVIDUAL_BUSINESS: UNIT,
    CustomerKind.PUBLIC_INSTITUTION: UNIT,
    CustomerKind.OTHER_ORGANISATION: UNIT,
    CustomerKind.RELIGIOUS_VENUE: UNIT,
    CustomerKind.SELF_GOVERNING_COMMUNITY: UNIT,
    CustomerKind.RURAL_COLLECTIVE: UNIT,
    CustomerKind.FOREIGN_INSTITUTION: UNIT,
    CustomerKind.INDIVIDUAL: PERSONAL,
}

ALL_PAIRS = [(kind, account_type) for kind in CustomerKind for account_type in AccountType]


@pytest.mark.parametrize(("kind", "account_type"), ALL_PAIRS)
def test_eligibility_matrix_allows_and_refuses_each_kind_and_type(kind, account_type):
    if account_type in EXPECTED_ELIGIBLE[kind]:
        check_eligibility(kind, account_type)
    else:
        with pytest.raises(RuleError) as refused:
            check_eligibility(kind, account_type)
        assert refused.value.code == "account.not_eligible"
        assert refused.value.params == {"kind": kind.value, "account_type": account_type.value}


def test_eligibility_matrix_covers_every_customer_kind():
    assert set(ELIGIBILITY) == set(CustomerKind)


def test_individual_cannot_open_basic_account():
    with pytest.raises(RuleError, match="may not open"):
        check_eligibility(CustomerKind.INDIVIDUAL, AccountType.BASIC)


def test_individual_business_may_open_unit_accounts_but_not_personal_ones():
    check_eligibility(CustomerKind.INDIVIDUAL_BUSINESS, AccountType.BASIC)
    with pytest.raises(RuleError):
        check_eligibility(CustomerKind.INDIVIDUAL_BUSINESS, AccountType.PERSONAL_I)


# ------------------------------------------------------------------ basic account


def test_depositor_without_basic_account_may_open_one():
    registry = InMemoryBasicAccountRegistry({"91310000MA1FL0001X"})
    check_basic_account_unique(registry, "91440300MA5DAAAA1K")


def test_second_basic_account_for_same_depositor_is_refused():
    registry = InMemoryBasicAccountRegistry()
    registry.register("91310000MA1FL0001X")
    with pytest.raises(RuleError) as refused:
        check_basic_account_unique(registry, "91310000MA1FL0001X")
    assert refused.value.code == "account.basic_already_exists"


def test_basic_account_uniqueness_uses_any_registry_port():
    class CentralRegistry:
        def __init__(self) -> None:
            self.asked: list[str] = []

        def has_basic_account(self, depositor_key: str) -> bool:
            self.asked.append(depositor_key)
            return True

    registry = CentralRegistry()
    with pytest.raises(RuleError):
        check_basic_account_unique(registry, "key-1")
    assert registry.asked == ["key-1"]


def test_basic_account_check_needs_a_depositor():
    with pytest.raises(InputError) as refused:
        check_basic_account_unique(InMemoryBasicAccountRegistry(), "  ")
    assert refused.value.code == "account.depositor_key_missing"


# ---------------------------------------------------------------- general account


def test_general_account_requires_basic_account_number():
    for missing in (None, "", "   "):
        with pytest.raises(RuleError) as refused:
            check_general_account(missing, basic_branch="B002", this_branch="B001")
        assert refused.value.code == "account.general_needs_basic_number"


@pytest.mark.parametrize(
    "number", ["J123456789012", "J12345678901234", "K1234567890123", "J12345678901X3", "1234567890123J"]
)
def test_general_account_refuses_malformed_basic_account_number(number):
    with pytest.raises(IdentifierError) as refused:
        check_general_account(number, basic_branch="B002", this_branch="B001")
    assert refused.value.identifier == "basic_account_licence_number"
    assert isinstance(refused.value, InputError)


def test_general_account_accepts_basic_number_from_another_branch_normalised():
    assert (
        check_general_account(" j1234567890123 ", basic_branch="B002", this_branch="B001") == "J1234567890123"
    )


def test_general_account_at_the_branch_of_the_basic_account_is_refused():
    with pytest.raises(RuleError) as refused:
        check_general_account("J1234567890123", basic_branch="B001", this_branch="B001")
    assert refused.value.code == "account.general_same_branch_as_basic"
    assert refused.value.params["branch"] == "B001"


def test_general_account_needs_the_basic_accounts_branch():
    with pytest.raises(InputError):
        check_general_account("J1234567890123", basic_branch="", this_branch="B001")


# ---------------------------------------------------------------- special account


def test_special_account_requires_its_category():
    with pytest.raises(RuleError) as refused:
        check_special_account(None)
    assert refused.value.code == "account.special_needs_category"


def test_special_account_category_is_read_from_its_code():
    assert check_special_account("securities_settlement") is SpecialCategory.SECURITIES_SETTLEMENT


def test_special_account_unknown_category_is_an_input_error():
    with pytest.raises(InputError) as refused:
        check_special_account("lottery")
    assert refused.value.code == "account.special_category_unknown"


def test_every_special_category_names_its_proof_document():
    for category in SpecialCategory:
        assert category.label_zh and category.proof_zh and category.proof_en


# -------------------------------------------------------------- temporary account

OPENED = date(2026, 3, 10)


def test_temporary_account_may_run_exactly_two_years():
    assert temporary_account_expiry(OPENED, date(2028, 3, 10)) == date(2028, 3, 10)


def test_temporary_account_beyond_two_years_is_refused():
    with pytest.raises(RuleError) as refused:
        temporary_account_expiry(OPENED, date(2028, 3, 11))
    assert refused.value.code == "account.temporary_beyond_two_years"
    assert refused.value.params["latest"] == "2028-03-10"


def test_temporary_account_must_expire_after_opening():
    with pytest.raises(RuleError) as refused:
        temporary_account_expiry(OPENED, OPENED)
    assert refused.value.code == "account.temporary_expiry_not_after_opening"


def test_temporary_account_opened_on_29_february_expires_by_28_february():
    with pytest.raises(RuleError):
        temporary_account_expiry(date(2028, 2, 29), date(2030, 3, 1))
    assert temporary_account_expiry(date(2028, 2, 29), date(2030, 2, 28)) == date(2030, 2, 28)


def test_temporary_account_extension_before_expiry_is_allowed():
    new = extend_temporary_account(OPENED, date(2027, 3, 10), date(2028, 3, 10), today=date(2027, 3, 1))
    assert new == date(2028, 3, 10)


def test_temporary_account_extension_on_the_expiry_day_is_allowed():
    new = extend_temporary_account(OPENED, date(2027, 3, 10), date(2027, 9, 10), today=date(2027, 3, 10))
    assert new == date(2027, 9, 10)


def test_temporary_account_extension_after_expiry_is_refused():
    with pytest.raises(RuleError) as refused:
        extend_temporary_account(OPENED, date(2027, 3, 10), date(2028, 3, 1), today=date(2027, 3, 11))
    assert refused.value.code == "account.temporary_extension_after_expiry"


def test_temporary_account_extension_counts_toward_two_years():
    with pytest.raises(RuleError) as refused:
        extend_temporary_account(OPENED, date(2027, 3, 10), date(2028, 6, 1), today=date(2027, 1, 5))
    assert refused.value.code == "account.temporary_beyond_two_years"


def test_temporary_account_extension_must_move_expiry_later():
    with pytest.raises(RuleError) as refused:
        extend_temporary_account(OPENED, date(2027, 3, 10), date(2027, 3, 1), today=date(2027, 1, 5))
    assert refused.value.code == "account.temporary_extension_not_later"


# ------------------------------------------------------------ 核准 and 备案


# Written out independently of the code (《人民币银行结算账户管理办法》第四条, 银发〔2019〕41号): enterprises
# file (备案) every account; every other depositor needs 核准 for its basic and temporary accounts, and a
# budget-funded unit for its special accounts.
ENTERPRISES = {
    CustomerKind.ENTERPRISE_LEGAL_PERSON,
    CustomerKind.NON_LEGAL_PERSON_ENTERPRISE,
    CustomerKind.INDIVIDUAL_BUSINESS,
}
NON_ENTERPRISES = [k for k in ORGANISATIONS if k not in ENTERPRISES]


def test_every_non_enterprise_kind_is_known_beyond_public_institutions():
    assert {
        CustomerKind.PUBLIC_INSTITUTION,
        CustomerKind.OTHER_ORGANISATION,
        CustomerKind.RELIGIOUS_VENUE,
        CustomerKind.SELF_GOVERNING_COMMUNITY,
        CustomerKind.RURAL_COLLECTIVE,
        CustomerKind.FOREIGN_INSTITUTION,
    } <= set(NON_ENTERPRISES)


@pytest.mark.parametrize("kind", NON_ENTERPRISES)
@pytest.mark.parametrize("account_type", [AccountType.BASIC, AccountType.TEMPORARY])
def test_basic_and_temporary_accounts_of_every_non_enterprise_need_the_regulators_approval(
    kind, account_type
):
    assert opening_regime(kind, account_type) is Regime.APPROVAL


@pytest.mark.parametrize("kind", NON_ENTERPRISES)
def test_special_accounts_of_budget_funded_units_need_approval_others_are_filed(kind):
    assert opening_regime(kind, AccountType.SPECIAL, budget_funded=True) is Regime.APPROVAL
    assert opening_regime(kind, AccountType.SPECIAL) is Regime.APPROVAL  # not said: the stricter reading
    assert opening_regime(kind, AccountType.SPECIAL, budget_funded=False) is Regime.FILING
    assert opening_regime(kind, AccountType.GENERAL) is Regime.FILING


@pytest.mark.parametrize("kind", sorted(ENTERPRISES))
@pytest.mark.parametrize("account_type", sorted(UNIT))
def test_every_enterprise_account_is_filed_not_approved(kind, account_type):
    assert opening_regime(kind, account_type) is Regime.FILING
    assert opening_regime(kind, account_type, budget_funded=True) is Regime.FILING


@pytest.mark.parametrize("account_type", sorted(PERSONAL))
def test_personal_accounts_are_neither_approved_nor_filed(account_type):
    assert opening_regime(CustomerKind.INDIVIDUAL, account_type) is Regime.NONE


FRIDAY = date(2026, 11, 27)
SATURDAY = date(2026, 11, 28)


def test_enterprise_basic_account_is_filed_the_same_day_with_copies_within_two_working_days():
    deadline = filing_deadline(FRIDAY, CustomerKind.ENTERPRISE_LEGAL_PERSON, AccountType.BASIC)
    # Friday: filed the same day; copies by Tuesday (two working days, skipping the weekend).
    assert deadline == FilingDeadline(file_by=FRIDAY, copies_by=date(2026, 12, 1))


def test_enterprise_account_opened_on_a_saturday_is_filed_on_monday():
    deadline = filing_deadline(SATURDAY, CustomerKind.INDIVIDUAL_BUSINESS, AccountType.TEMPORARY)
    assert deadline is not None
    assert deadline.file_by == date(2026, 11, 30)


def test_other_accounts_are_filed_within_five_working_days_across_a_weekend():
    deadline = filing_deadline(FRIDAY, CustomerKind.ENTERPRISE_LEGAL_PERSON, AccountType.GENERAL)
    assert deadline == FilingDeadline(file_by=date(2026, 12, 4))
    deadline = filing_deadline(FRIDAY, CustomerKind.OTHER_ORGANISATION, AccountType.GENERAL)
    assert deadline == FilingDeadline(file_by=date(2026, 12, 4))


def test_filing_deadline_skips_holidays_from_a_holiday_set():
    holidays = {date(2026, 11, 30), date(2026, 12, 1)}
    deadline = filing_deadline(FRIDAY, CustomerKind.ENTERPRISE_LEGAL_PERSON, AccountType.BASIC, holidays)
    assert deadline is not None
    assert deadline.copies_by == date(2026, 12, 3)


def test_filing_deadline_counts_a_weekend_day_worked_in_lieu():
    calendar = WorkingCalendar(working_weekend_days={SATURDAY})
    deadline = filing_deadline(FRIDAY, CustomerKind.ENTERPRISE_LEGAL_PERSON, AccountType.BASIC, calendar)
    assert deadline is not None
    assert deadline.copies_by == date(2026, 11, 30)


def test_filing_deadline_takes_any_working_day_callable():
    def every_day(day: date) -> bool:
        return True

    assert add_working_days(FRIDAY, 5, every_day) == date(2026, 12, 2)


def test_accounts_under_approval_and_personal_accounts_have_no_filing_deadline():
    assert filing_deadline(FRIDAY, CustomerKind.PUBLIC_INSTITUTION, AccountType.BASIC) is None
    assert filing_deadline(FRIDAY, CustomerKind.OTHER_ORGANISATION, AccountType.BASIC) is None
    assert filing_deadline(FRIDAY, CustomerKind.INDIVIDUAL, AccountType.PERSONAL_I) is None


@pytest.mark.parametrize("kind", ORGANISATIONS)
def test_every_filed_unit_account_gets_a_deadline_within_five_working_days(kind):
    for account_type in UNIT:
        deadline = filing_deadline(FRIDAY, kind, account_type)
        if opening_regime(kind, account_type) is Regime.FILING:
            assert deadline is not None
            assert FRIDAY <= deadline.file_by <= add_working_days(FRIDAY, 5)


class _Knows:
    def __init__(self, answer):
        self.answer = answer

    def holds(self, depositor_key, account_type):
        return self.answer


def test_one_type_i_account_per_person_per_bank_is_refused_locally_and_centrally():
    from teller_app.domain.accounts import UniquenessState, check_one_account

    key = "id:110101199003071234"
    with pytest.raises(RuleError) as local:
        check_one_account(_Knows(True), None, key, AccountType.PERSONAL_I)
    assert (local.value.code, local.value.params["where"]) == ("account.personal_i_already_exists", "local")
    with pytest.raises(RuleError) as central:
        check_one_account(_Knows(False), _Knows(True), key, AccountType.PERSONAL_I)
    assert central.value.params["where"] == "central"
    assert (
        check_one_account(_Knows(False), _Knows(None), key, AccountType.PERSONAL_I)
        is UniquenessState.TO_CONFIRM
    )
    assert (
        check_one_account(_Knows(False), _Knows(False), key, AccountType.PERSONAL_I)
        is UniquenessState.CONFIRMED
    )
    assert (
        check_one_account(_Knows(True), _Knows(True), key, AccountType.PERSONAL_II) is None
    )  # Ⅱ/Ⅲ: no such rule
