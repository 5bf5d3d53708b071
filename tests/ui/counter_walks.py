"""A teller's walk through a case on the real core, as the end-to-end tests take it: to the approval step, the
request, the dual sign-in, the account set up by keyboard; and the rows a walk leaves in the store."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import func, select
from ui_fakes import print_agreement_at_counter

from teller_app.domain.steps import Step
from teller_app.services.demo import (
    owner_record,
    sample_case_at_owners,
    sample_credit_code,
    sample_resident_id,
)
from teller_app.storage.schema import Case
from teller_app.storage.schema_system import AuditEvent, OutboxEntry

COMPANY = "上海云帆国际贸易有限公司"
REPRESENTATIVE = "王建国"


def record_terminal_check(identity, who: str, reference: str, result: str = "match") -> None:
    """The teller types the ID card's expiry and what the verification terminal showed."""
    checks = identity.checks[who]
    checks.expiry.set_text("2036-03-15")
    checks.result.combo.setCurrentIndex(checks.result.combo.findData(result))
    checks.reference.set_text(reference)
    checks.photo.combo.setCurrentIndex(1)


def answer_risk_questions(risk, industry: str = "F5181") -> None:
    """The teller picks the industry, the years in business and answers the three questions (all no)."""
    risk.industry.setCurrentIndex(risk.industry.findData(industry))
    risk.years.setValue(5)
    for combo in risk.answers.values():
        combo.setCurrentIndex(2)


def next_step(qtbot, wizard, expected: Step) -> None:
    """Next, once it may be pressed; the wizard then shows `expected`."""
    qtbot.waitUntil(lambda: wizard.next_button.isEnabled() or wizard.message.isVisible(), timeout=5_000)
    assert wizard.next_button.isEnabled(), wizard.reason.text() + wizard.message.text()
    wizard.next_button.click()
    qtbot.waitUntil(lambda: wizard.shown is expected or wizard.message.isVisible(), timeout=10_000)
    assert wizard.shown is expected, wizard.message.text()


def case_to_approval(qtbot, window) -> None:
    """A new corporate basic-account case for COMPANY, every step done by the teller up to the approval step."""
    window.new_case()
    wizard = window.wizard
    wizard.pages[Step.INTAKE].customer_name.setText(COMPANY)
    next_step(qtbot, wizard, Step.IDENTITY)

    identity = wizard.pages[Step.IDENTITY]
    identity.credit_code.set_text(sample_credit_code())
    identity.rep_name.set_text(REPRESENTATIVE)
    identity.rep_id.set_text(sample_resident_id())
    identity.rep_phone.set_text("13800138000")
    identity.address.set_text("上海市浦东新区张江路 88 号")
    record_terminal_check(identity, "legal_representative", "NCIIC-0001")
    assert identity.blocking_reason() is None
    next_step(qtbot, wizard, Step.DOCUMENTS)

    documents = wizard.pages[Step.DOCUMENTS]
    qtbot.waitUntil(lambda: bool(documents.rows))
    assert documents.blocking_reason() is not None  # nothing verified yet: Next waits, saying why
    for row in [r for r in documents.rows if r.mandatory]:
        documents.set_decision(row.code, "verified", original_seen=True)
        qtbot.waitUntil(
            lambda code=row.code: any(r.code == code and r.decision == "verified" for r in documents.rows)
        )
    next_step(qtbot, wizard, Step.BENEFICIAL_OWNERS)

    owners = wizard.pages[Step.BENEFICIAL_OWNERS]
    for name, share, body in ((REPRESENTATIVE, "60", None), ("陈美华", "40", "31010419750608002")):
        number = sample_resident_id(body) if body else sample_resident_id()
        row = owners.add_holder("natural_person", name, share)
        owners.set_owner_record(row, owner_record("", name, number))
    owners.compute_owners()
    qtbot.waitUntil(lambda: bool(owners.computed_owners()))
    assert [o["name"] for o in owners.computed_owners()] == [REPRESENTATIVE, "陈美华"]
    next_step(qtbot, wizard, Step.RISK)

    risk = wizard.pages[Step.RISK]
    assert risk.region.currentData() == "310000"  # proposed from the credit code (91 310115 …)
    assert risk.country.currentData() == "CN" and risk._chosen_nationalities() == ["CN"]
    answer_risk_questions(risk)
    risk.rate()
    qtbot.waitUntil(lambda: bool(risk.rating()))
    assert risk.table.rowCount() >= 5 and "risk level" in risk.summary.text()
    next_step(qtbot, wizard, Step.INTENT)

    intent = wizard.pages[Step.INTENT]
    intent.confirmed_with.setText(REPRESENTATIVE)
    intent.confirmed.setChecked(True)
    next_step(qtbot, wizard, Step.CONTRACT)

    contract = wizard.pages[Step.CONTRACT]
    contract.confirmed.setChecked(True)
    assert contract.entries()["seals"]  # the seal card starts with the company's seals
    print_agreement_at_counter(qtbot, contract)  # the core records the signing only after this print
    contract.signed.setChecked(True)
    next_step(qtbot, wizard, Step.APPROVAL)


def request_approval(qtbot, wizard) -> None:
    """The teller asks for approval; the case then waits for a checker."""
    approval = wizard.pages[Step.APPROVAL]
    approval.request()
    qtbot.waitUntil(
        lambda: approval.case.status == "awaiting_approval" or wizard.message.isVisible(), timeout=10_000
    )
    assert approval.case.status == "awaiting_approval", wizard.message.text()


def dual_sign_in(qtbot, approval, user, password, decision="approve", reasons="", step="identity"):
    """The checker signs in over the teller's session and decides; the dialog, closed or saying why not."""
    approval.open_dual_sign_in()
    dialog = approval.dialog
    dialog.return_step.setCurrentIndex(dialog.return_step.findData(step))
    dialog.user_name.setText(user)
    dialog.password.setText(password)
    {"approve": dialog.approve, "return": dialog.return_, "reject": dialog.reject_choice}[
        decision
    ].setChecked(True)
    dialog.reasons.setPlainText(reasons)
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.isVisible() or dialog.message.isVisible(), timeout=10_000)
    return dialog


def finish_case(qtbot, window, demo) -> str:
    """From the approval step: requested, approved by super1, the account set up and activated; its number."""
    wizard = window.wizard
    request_approval(qtbot, wizard)
    approval = wizard.pages[Step.APPROVAL]
    dialog = dual_sign_in(qtbot, approval, "super1", demo["super1"])
    assert not dialog.isVisible(), dialog.message.text()
    next_step(qtbot, wizard, Step.ACCOUNT_SETUP)
    setup = wizard.pages[Step.ACCOUNT_SETUP]
    setup.set_up()
    qtbot.waitUntil(lambda: setup.case.account is not None or wizard.message.isVisible(), timeout=10_000)
    assert setup.case.account is not None, wizard.message.text()
    setup.activate()
    qtbot.waitUntil(lambda: setup.case.status == "active", timeout=10_000)
    return setup.case.account["number"]


def open_at_account_setup(qtbot, window, case_id):
    """The approved case opened at its account-setup step: (wizard, that page)."""
    before = window.wizard
    window.open_case(case_id)
    qtbot.waitUntil(lambda: window.wizard is not before and window.wizard.case is not None, timeout=10_000)
    wizard = window.wizard
    if wizard.shown is Step.APPROVAL:  # approved, not set up yet: Next (F12) goes on to the account
        qtbot.waitUntil(wizard.next_button.isEnabled, timeout=5_000)
        qtbot.keyClick(wizard, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: wizard.shown is Step.ACCOUNT_SETUP, timeout=10_000)
    return wizard, wizard.pages[Step.ACCOUNT_SETUP]


def set_up_account_by_keyboard(qtbot, wizard, page):
    """Set up, reached and pressed by keyboard; the case then has its account."""
    page.set_up_button.setFocus()
    qtbot.waitUntil(page.set_up_button.hasFocus)
    qtbot.keyClick(page.set_up_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: wizard.case.account is not None, timeout=10_000)


def case_at_owners(core, window) -> str:
    """The sample company's basic-account case with intake, identity and documents done by the core."""
    return sample_case_at_owners(core.store(), core._actor(window.session), sample_credit_code()).id


def owners_page_of(qtbot, window, case_id):
    """The owners page of the case opened in the active window (F11 back to it when it opens at the risk step)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    before = window.wizard
    window.open_case(case_id)
    qtbot.waitUntil(lambda: window.wizard is not before and window.wizard.case is not None, timeout=10_000)
    if window.wizard.shown is Step.RISK:
        qtbot.keyClick(window.wizard, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: window.wizard.shown is Step.BENEFICIAL_OWNERS, timeout=10_000)
    return window.wizard.pages[Step.BENEFICIAL_OWNERS]


def rows_in_store(core) -> dict[str, int]:
    """How many cases, case events and outbox entries the local store holds."""
    with core.store().reading() as session:
        return {
            "cases": session.scalar(select(func.count()).select_from(Case)),
            "case events": session.scalar(
                select(func.count()).select_from(AuditEvent).where(AuditEvent.case_id.is_not(None))
            ),
            "outbox": session.scalar(select(func.count()).select_from(OutboxEntry)),
        }
