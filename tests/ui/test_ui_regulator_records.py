"""The account-setup step shows the 核准 form until the approval number is recorded, and the 备案 form until
the account is marked filed; a refusal shows beside the fields and keeps what was typed."""

from __future__ import annotations

from PySide6.QtCore import QDate

from teller_app.domain.errors import InputError
from ui.backend import CaseView
from ui.wizard.account_setup_page import AccountSetupPage


def _page(qtbot, backend, tasks, session, account):
    case = CaseView(
        case_id="c-approval",
        customer_name="上海市示范协会",
        customer_kind="other_organisation",
        account_type="basic",
        step="account_setup",
        status="approved",
        account=account,
    )
    backend.cases[case.case_id] = case
    page = AccountSetupPage()
    qtbot.addWidget(page)
    page.attach(backend, tasks, session)
    page.load(case)
    page.show()
    return page


APPROVAL_ACCOUNT = {
    "number": "DEMO010000001000",
    "regime": "approval",
    "approval_pending": True,
    "payments_from": None,
}


def test_an_account_under_approval_shows_the_approval_form_and_hides_it_once_recorded(
    qtbot, backend, tasks, teller, english
):
    page = _page(qtbot, backend, tasks, teller, dict(APPROVAL_ACCOUNT))
    assert page.approval_box.isVisible() and not page.filing_box.isVisible()
    assert "Waiting for the regulator's approval" in page.details.text()
    qtbot.keyClicks(page.approval_number, "Z2900001234501")
    page.approval_date.setDate(QDate(2026, 3, 3))
    page.approval_button.click()
    qtbot.waitUntil(lambda: not page.approval_box.isVisible(), timeout=5_000)
    assert "approval number Z2900001234501" in page.details.text()
    assert "2026-03-03" in page.details.text()


def test_a_refused_approval_number_is_shown_beside_the_field_and_kept(qtbot, backend, tasks, teller, english):
    page = _page(qtbot, backend, tasks, teller, dict(APPROVAL_ACCOUNT))

    def refuse(*_args):
        raise InputError("regulator.date_in_future", "future", day="2099-01-01")

    backend.record_regulator_approval = refuse
    qtbot.keyClicks(page.approval_number, "Z29")
    page.approval_button.click()
    qtbot.waitUntil(lambda: page.approval_problem.isVisible(), timeout=5_000)
    assert page.approval_problem.text() == "The date 2099-01-01 is in the future."
    assert page.approval_number.text() == "Z29" and page.approval_box.isVisible()


def test_a_filed_account_shows_the_filing_form_until_marked_filed(qtbot, backend, tasks, teller, english):
    account = {
        "number": "DEMO010000001001",
        "regime": "filing",
        "filing_deadline": "2026-03-02",
        "payments_from": "2026-03-02",
    }
    page = _page(qtbot, backend, tasks, teller, account)
    assert page.filing_box.isVisible() and not page.approval_box.isVisible()
    assert "Payments out from: 2026-03-02" in page.details.text()
    qtbot.keyClicks(page.filing_reference, "BA-1")
    page.filing_button.click()
    qtbot.waitUntil(lambda: not page.filing_box.isVisible(), timeout=5_000)
    assert "reference BA-1" in page.details.text()


def test_an_approval_number_over_the_limit_is_kept_whole_for_the_core_to_refuse(
    qtbot, backend, tasks, teller, english
):
    """No field cuts a paste: the core refuses a reference over 64 characters with a message (never cut)."""
    from ui.wizard.owners_exemption import SeniorManagerBox

    page = _page(qtbot, backend, tasks, teller, dict(APPROVAL_ACCOUNT))
    page.approval_number.setFocus()
    page.approval_number.insert("Z" * 80)
    assert page.approval_number.text() == "Z" * 80
    box = SeniorManagerBox()
    qtbot.addWidget(box)
    box.reference.insert("R" * 80)
    box.signed_by.insert("王" * 150)
    assert len(box.reference.text()) == 80 and len(box.signed_by.text()) == 150
