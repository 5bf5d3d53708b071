"""An identified beneficial owner's record holds what 《受益所有人信息管理办法》(2024) 第八条 lists, each field
checked; what does not apply is said explicitly (长期, the relationship lasts, no share for a controller)."""

from __future__ import annotations

from datetime import date

import pytest

from teller_app.domain.owner_details import OWNER_RECORD_FIELDS, owner_record_problems, record_gaps
from teller_app.services.demo import owner_record, sample_resident_id

TODAY = date(2026, 12, 1)
COUNTRIES = {"CN", "IR", "US"}


def _owner(**changes: object) -> dict[str, object]:
    record = {**owner_record("p1", "王建国", sample_resident_id(), equity="0.6"), "reasons": ["equity"]}
    record.update(changes)
    return {k: v for k, v in record.items() if v is not None}


def _problems(record: dict[str, object]) -> dict[str, str]:
    return {str(p.params["field"]): p.code for p in owner_record_problems(record, TODAY, COUNTRIES)}


def test_a_whole_owner_record_has_no_problem():
    assert _problems(_owner()) == {}


@pytest.mark.parametrize("field", OWNER_RECORD_FIELDS)
def test_every_field_the_2024_rules_list_is_required(field):
    problems = owner_record_problems(_owner(**{field: None}), TODAY, COUNTRIES)
    assert field in record_gaps(problems)
    assert all(p.params["owner"] == "王建国" and p.params["owner_id"] == "p1" for p in problems)


# -- person: sex, date of birth, nationality ---------------------------------------------------------------


def test_date_of_birth_cannot_be_in_the_future():
    assert _problems(_owner(birth_date="2027-01-01", id_type="passport", id_number="E12345678")) == {
        "birth_date": "owners.birth_date_in_future"
    }


def test_date_of_birth_must_agree_with_the_18_digit_resident_id():
    assert _problems(_owner(birth_date="1980-03-16")) == {"birth_date": "owners.birth_date_not_on_id"}


def test_sex_must_agree_with_the_resident_id_and_be_male_or_female():
    assert _problems(_owner(sex="female")) == {"sex": "owners.sex_not_on_id"}
    assert _problems(_owner(sex="男")) == {"sex": "owners.sex_invalid"}


def test_nationality_is_an_iso_3166_code_from_the_list():
    assert _problems(_owner(nationality="China")) == {"nationality": "owners.nationality_unknown"}
    assert _problems(_owner(nationality="US")) == {}


def test_a_date_that_is_not_a_date_is_refused_naming_the_field():
    assert _problems(_owner(birth_date="1980/03/15")) == {"birth_date": "owners.date_invalid"}


# -- address and contact ----------------------------------------------------------------------------------


@pytest.mark.parametrize("contact", ["13800138000", "+86 138 0013 8000", "021-68880001", "+982188001234"])
def test_a_mobile_a_landline_with_area_code_or_an_international_number_is_a_contact(contact):
    assert _problems(_owner(contact=contact)) == {}


@pytest.mark.parametrize("contact", ["138001", "wang@example.com", "68880001"])
def test_a_contact_that_is_not_a_phone_number_is_refused(contact):
    assert _problems(_owner(contact=contact)) == {"contact": "owners.contact_invalid"}


def test_an_address_of_blanks_is_missing():
    assert _problems(_owner(address="   ")) == {"address": "owners.field_required"}


# -- identity document: type, number, validity period -------------------------------------------------------


def test_the_id_number_is_checked_by_the_rule_of_its_type():
    assert _problems(_owner(id_number="310101198003150010")) == {"id_number": "owners.id_number_invalid"}
    assert _problems(_owner(id_type="driving_licence")) == {"id_type": "owners.id_type_unknown"}
    passport = _owner(id_type="passport", id_number="E12345678", birth_date="1980-03-15")
    assert _problems(passport) == {}


def test_a_residence_id_starting_with_9_is_not_a_resident_id_card():
    foreign = sample_resident_id("93184019800315001")  # 9, Shanghai, USA (840), born 1980-03-15
    assert _problems(_owner(id_number=foreign)) == {"id_number": "owners.id_number_invalid"}
    residence = _owner(id_type="foreign_permanent_residence_id", id_number=foreign, nationality="US")
    assert _problems(residence) == {}


def test_expiry_not_before_issue_and_not_passed():
    assert _problems(_owner(id_valid_from="2018-03-15", id_expiry="2017-03-15")) == {
        "id_expiry": "owners.id_expiry_before_issue"
    }
    assert _problems(_owner(id_valid_from="2006-03-15", id_expiry="2026-03-15")) == {
        "id_expiry": "owners.id_expired"
    }
    assert _problems(_owner(id_valid_from="2027-01-01")) == {"id_valid_from": "owners.id_not_yet_valid"}


def test_a_long_term_id_says_so_explicitly_never_by_an_empty_expiry():
    assert _problems(_owner(id_expiry="long_term")) == {}
    assert _problems(_owner(id_expiry="")) == {"id_expiry": "owners.id_expiry_required"}


# -- relationship and its dates ---------------------------------------------------------------------------


def test_a_relationship_that_lasts_says_so_explicitly_never_by_an_empty_end():
    assert _problems(_owner(relationship_until="ongoing")) == {}
    assert _problems(_owner(relationship_until="")) == {
        "relationship_until": "owners.relationship_until_required"
    }


def test_a_relationship_cannot_begin_in_the_future_or_end_before_it_began():
    assert _problems(_owner(relationship_from="2027-01-01")) == {
        "relationship_from": "owners.relationship_in_future"
    }
    assert _problems(_owner(relationship_until="2019-01-01")) == {
        "relationship_until": "owners.relationship_ends_before_it_began"
    }


# -- share or means of control ----------------------------------------------------------------------------


def test_an_owner_by_control_only_needs_no_share_but_the_means_of_control():
    controller = _owner(equity="0", reasons=["control"])
    assert _problems(controller) == {"control_means": "owners.control_means_required"}
    assert _problems({**controller, "control_means": "一致行动协议"}) == {}


def test_an_owner_by_equity_holds_at_least_25_percent_and_at_most_all_of_it():
    assert _problems(_owner(equity="0.2")) == {"equity": "owners.share_below_threshold"}
    assert _problems(_owner(equity="1.5")) == {"equity": "owners.share_out_of_range"}
    assert _problems(_owner(reasons=["equity", "voting"], voting="0.1")) == {
        "voting": "owners.share_below_threshold"
    }


def test_a_senior_manager_needs_neither_share_nor_means_of_control():
    assert _problems(_owner(equity="0", reasons=["senior_manager"])) == {}
    assert _problems(_owner(reasons=[])) == {"reasons": "owners.no_reason"}
