"""Beside the credit code field: a code of another kind of body is refused in the teller's language, and an
unpublished category or a bad embedded organisation code is a warning the teller sees (never silent)."""

from __future__ import annotations

from teller_app.domain.identifiers import organisation_code_check_character, uscc_check_character
from ui.backend import CaseView
from ui.wizard.identity_page import IdentityPage


def code(prefix: str, body: str = "MA1K4Y7Q", org_ok: bool = True) -> str:
    check = organisation_code_check_character(body)
    if not org_ok:
        check = "0" if check != "0" else "1"
    first17 = prefix + "310115" + body + check
    return first17 + uscc_check_character(first17)


def _page(qtbot, kind):
    page = IdentityPage()
    qtbot.addWidget(page)
    page.load(
        CaseView(case_id="c1", customer_name="X", customer_kind=kind, account_type="basic", step="identity")
    )
    page.show()
    return page


def test_a_bad_embedded_organisation_code_is_a_warning_beside_the_field(qtbot, english):
    page = _page(qtbot, "enterprise_legal_person")
    page.credit_code.edit.setText(code("91", org_ok=False))
    assert not page.credit_code.problem.isVisible()
    assert page.credit_code.warning.isVisible()
    assert "compare it with the business licence" in page.credit_code.warning.text()


def test_an_unpublished_category_is_a_warning_in_chinese(qtbot, chinese):
    page = _page(qtbot, "rural_collective")
    page.credit_code.edit.setText(code("N4"))
    assert page.credit_code.warning.isVisible()
    assert "不在已公布的代码表中" in page.credit_code.warning.text()


def test_a_credit_code_of_another_kind_of_body_is_refused_beside_the_field(qtbot, english):
    page = _page(qtbot, "other_organisation")
    page.credit_code.edit.setText(code("91"))
    assert page.credit_code.problem.isVisible()
    assert "is not registered for a customer of kind" in page.credit_code.problem.text()
    page.credit_code.edit.setText(code("51"))
    assert not page.credit_code.problem.isVisible() and not page.credit_code.warning.isVisible()


def _committee_page(qtbot, warn: bool):
    page = IdentityPage()
    qtbot.addWidget(page)
    view = CaseView(
        case_id="c1",
        customer_name="X",
        customer_kind="self_governing_community",
        account_type="basic",
        step="identity",
        warn_credit_code_category_54=warn,
    )
    page.load(view)
    page.show()
    page.credit_code.edit.setText(code("54"))
    return page


def test_category_54_is_a_warning_beside_the_field_under_the_procedures_default_reading(qtbot, english):
    page = _committee_page(qtbot, warn=True)
    assert not page.credit_code.problem.isVisible() and page.credit_code.warning.isVisible()


def test_category_54_is_accepted_without_a_warning_where_the_procedure_reads_it_as_published(qtbot, english):
    page = _committee_page(qtbot, warn=False)
    assert not page.credit_code.problem.isVisible() and not page.credit_code.warning.isVisible()
