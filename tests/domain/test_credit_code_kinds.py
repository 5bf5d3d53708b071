"""The credit code's registration authority and category agree with the customer kind (GB 32100); an
unpublished category and a bad embedded organisation code (GB 11714) are warnings, never silent."""

from __future__ import annotations

import pytest

from teller_app.domain.credit_codes import KIND_CODE_PREFIXES, check_credit_code_kind
from teller_app.domain.customers import CustomerKind
from teller_app.domain.errors import RuleError
from teller_app.domain.identifiers import (
    organisation_code_check_character,
    uscc_check_character,
    uscc_warnings,
)

K = CustomerKind


def code(prefix: str, region: str = "310115", body: str = "MA1K4Y7Q") -> str:
    """A valid credit code with the given authority and category and a correct embedded organisation code."""
    first17 = prefix + region + body + organisation_code_check_character(body)
    return first17 + uscc_check_character(first17)


@pytest.mark.parametrize(
    ("kind", "prefix"),
    [
        (K.ENTERPRISE_LEGAL_PERSON, "91"),
        (K.ENTERPRISE_LEGAL_PERSON, "93"),
        (K.INDIVIDUAL_BUSINESS, "92"),
        (K.PUBLIC_INSTITUTION, "11"),
        (K.PUBLIC_INSTITUTION, "12"),
        (K.OTHER_ORGANISATION, "51"),
        (K.OTHER_ORGANISATION, "52"),
        (K.OTHER_ORGANISATION, "53"),
        (K.RELIGIOUS_VENUE, "71"),
        (K.RURAL_COLLECTIVE, "N2"),
    ],
)
def test_a_credit_code_of_the_kinds_registering_authority_is_accepted(kind, prefix):
    assert check_credit_code_kind(kind, code(prefix))[:2] == prefix


@pytest.mark.parametrize(
    ("kind", "prefix"),
    [
        (K.ENTERPRISE_LEGAL_PERSON, "92"),  # an individual business's code on a company
        (K.INDIVIDUAL_BUSINESS, "91"),
        (K.PUBLIC_INSTITUTION, "91"),
        (K.OTHER_ORGANISATION, "91"),
        (K.OTHER_ORGANISATION, "12"),
        (K.RELIGIOUS_VENUE, "51"),
        (K.RURAL_COLLECTIVE, "91"),
    ],
)
def test_a_credit_code_of_another_kind_of_body_is_refused(kind, prefix):
    with pytest.raises(RuleError) as refused:
        check_credit_code_kind(kind, code(prefix))
    assert refused.value.code == "identifier.uscc_kind_mismatch"
    assert refused.value.params["prefix"] == prefix


def test_every_organisation_kind_but_foreign_institutions_has_its_prefixes():
    organisations = {k for k in CustomerKind if k.is_organisation} - {K.FOREIGN_INSTITUTION}
    assert set(KIND_CODE_PREFIXES) == organisations


@pytest.mark.parametrize("prefix", ["N4", "N5", "54"])
def test_an_unpublished_category_is_accepted_with_a_warning(prefix):
    value = code(prefix)
    warnings = uscc_warnings(value)
    assert [w.code for w in warnings] == ["identifier.category_unpublished"]
    assert warnings[0].params["category"] == prefix[1]


def test_a_published_category_gives_no_category_warning():
    assert uscc_warnings(code("91")) == []
