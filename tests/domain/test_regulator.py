"""核准 and 备案 records: an account under 核准 is never activated without the approval recorded, and
payments out start on the days the rules give."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from teller_app.domain.accounts import Regime
from teller_app.domain.customers import CustomerKind
from teller_app.domain.errors import InputError, RuleError
from teller_app.domain.regulator import check_activation, payments_from, record_approval, record_filing

MONDAY = date(2026, 11, 30)
NOW = datetime(2026, 12, 1, 2, 0, tzinfo=UTC)


def approval(on: date = MONDAY):
    return record_approval(
        Regime.APPROVAL, "Z2900001", on, opened_on=MONDAY, today=date(2026, 12, 1), recorded_by="u1", at=NOW
    )


def test_an_account_under_approval_is_refused_activation_until_the_approval_is_recorded():
    with pytest.raises(RuleError) as refused:
        check_activation(Regime.APPROVAL, None)
    assert refused.value.code == "account.regulator_approval_missing"
    check_activation(Regime.APPROVAL, approval())
    check_activation(Regime.FILING, None)  # 备案 does not wait


def test_the_approval_records_its_number_date_and_who_recorded_it():
    record = approval()
    assert (record.reference, record.on, record.recorded_by) == ("Z2900001", MONDAY, "u1")


def test_a_filed_account_records_no_approval_and_an_approved_one_no_filing():
    with pytest.raises(RuleError):
        record_approval(Regime.FILING, "Z1", MONDAY, opened_on=MONDAY, today=MONDAY, recorded_by="u", at=NOW)
    with pytest.raises(RuleError):
        record_filing(Regime.APPROVAL, "B1", MONDAY, opened_on=MONDAY, today=MONDAY, recorded_by="u", at=NOW)


def test_a_filing_needs_its_reference():
    with pytest.raises(InputError) as missing:
        record_filing(Regime.FILING, "", MONDAY, opened_on=MONDAY, today=MONDAY, recorded_by="u", at=NOW)
    assert missing.value.code == "regulator.reference_missing"


@pytest.mark.parametrize(
    "kind",
    [
        CustomerKind.ENTERPRISE_LEGAL_PERSON,
        CustomerKind.NON_LEGAL_PERSON_ENTERPRISE,
        CustomerKind.INDIVIDUAL_BUSINESS,
    ],
)
def test_an_enterprise_pays_out_from_the_day_of_opening(kind):
    assert payments_from(kind, Regime.FILING, MONDAY) == MONDAY


def test_a_non_enterprise_pays_out_three_working_days_after_the_approval():
    assert payments_from(CustomerKind.OTHER_ORGANISATION, Regime.APPROVAL, MONDAY, None) is None
    assert payments_from(CustomerKind.OTHER_ORGANISATION, Regime.APPROVAL, MONDAY, approval()) == date(
        2026, 12, 3
    )


def test_a_non_enterprise_filed_account_pays_out_three_working_days_after_opening():
    assert payments_from(CustomerKind.PUBLIC_INSTITUTION, Regime.FILING, MONDAY) == date(2026, 12, 3)


def test_an_approval_number_over_64_characters_is_refused_naming_the_limit_never_cut():
    with pytest.raises(InputError) as refused:
        record_approval(
            Regime.APPROVAL,
            "Z" * 65,
            date(2026, 3, 3),
            opened_on=date(2026, 3, 2),
            today=date(2026, 3, 3),
            recorded_by="u-teller",
            at=datetime(2026, 3, 3, tzinfo=UTC),
        )
    assert refused.value.code == "regulator.reference_invalid" and refused.value.params["most"] == 64
