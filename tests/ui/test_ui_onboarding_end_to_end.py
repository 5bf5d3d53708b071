"""End to end on the real core: a corporate basic account through every page, dual sign-in, the number."""

from __future__ import annotations

from counter_walks import (
    COMPANY,
    REPRESENTATIVE,
    case_to_approval,
    dual_sign_in,
    finish_case,
    next_step,
    record_terminal_check,
    request_approval,
)
from ui_fakes import print_agreement_at_counter

from teller_app.domain.steps import Step


def test_corporate_basic_account_from_intake_to_account_number_with_dual_sign_in(
    qtbot, window, demo, tmp_path
):
    case_to_approval(qtbot, window)
    wizard = window.wizard
    approval = wizard.pages[Step.APPROVAL]
    assert not wizard.next_button.isEnabled()
    request_approval(qtbot, window.wizard)
    assert approval.dual_button.isVisible()

    dialog = dual_sign_in(qtbot, approval, "super1", demo["super1"])
    assert not dialog.isVisible(), dialog.message.text()
    assert approval.case.status == "approved"
    assert window.session.user_name == "teller1"  # the teller stayed signed in
    next_step(qtbot, wizard, Step.ACCOUNT_SETUP)

    setup = wizard.pages[Step.ACCOUNT_SETUP]
    setup.set_up()
    qtbot.waitUntil(lambda: setup.case.account is not None, timeout=10_000)
    setup.activate()
    qtbot.waitUntil(lambda: setup.case.status == "active", timeout=10_000)
    number = setup.case.account["number"]
    assert number and number in setup.number.text()

    from ui.counter.printing import print_to_pdf

    agreement = window._backend.print_document(
        window.session, setup.case.case_id, "agreement", str(tmp_path / "a.pdf")
    )
    out = tmp_path / "printed.pdf"
    assert print_to_pdf(agreement, str(out)) >= 1
    assert out.read_bytes().startswith(b"%PDF") and out.stat().st_size > 1000


def test_teller_cannot_approve_own_case_and_is_told_why(qtbot, window, demo):
    case_to_approval(qtbot, window)
    approval = window.wizard.pages[Step.APPROVAL]
    request_approval(qtbot, window.wizard)
    dialog = dual_sign_in(qtbot, approval, "teller1", demo["teller1"])
    assert dialog.isVisible()
    assert dialog.message.text() in (
        "You worked on this case, so you cannot approve it. Another supervisor must sign in.",
        "A Teller may not approve a case.",
        "The supervisor must be another person than the one signed in here.",
    )
    assert approval.case.status == "awaiting_approval"


def test_supervisor_who_made_the_case_cannot_approve_it_with_own_sign_in(qtbot, signed_in, demo):
    window = signed_in("super1")
    case_to_approval(qtbot, window)
    request_approval(qtbot, window.wizard)
    approval = window.wizard.pages[Step.APPROVAL]
    dialog = dual_sign_in(qtbot, approval, "super1", demo["super1"])
    assert dialog.isVisible()
    assert dialog.message.text() == (
        "You worked on this case, so you cannot approve it. Another supervisor must sign in."
    )
    assert approval.case.status == "awaiting_approval"
    dialog.reject_dialog()
    dialog = dual_sign_in(qtbot, approval, "risk1", demo["risk1"])  # a different checker may
    assert not dialog.isVisible(), dialog.message.text()
    assert approval.case.status == "approved"


def test_return_for_correction_marks_the_step_and_resubmission_goes_back_to_the_checker(qtbot, window, demo):
    case_to_approval(qtbot, window)
    wizard = window.wizard
    approval = wizard.pages[Step.APPROVAL]
    request_approval(qtbot, window.wizard)
    dialog = dual_sign_in(qtbot, approval, "super1", demo["super1"], "return", "营业执照复印件不清晰")
    assert not dialog.isVisible(), dialog.message.text()
    assert approval.case.status == "returned"
    assert approval.request_button.isVisible()

    case_id = approval.case.case_id
    before = window.wizard
    window.go_home()
    window.open_case(case_id)  # resumed from the home page's "returned for correction" list
    qtbot.waitUntil(lambda: window.wizard is not before)
    wizard = window.wizard
    assert wizard.shown is Step.IDENTITY
    assert wizard.returned.isVisibleTo(wizard) and "营业执照复印件不清晰" in wizard.returned.text()
    wizard.pages[Step.IDENTITY].address.set_text("上海市浦东新区张江路 99 号")  # the correction
    for step in (Step.DOCUMENTS, Step.BENEFICIAL_OWNERS, Step.RISK):
        next_step(qtbot, wizard, step)  # every entry is still there; each step is checked again
    risk = wizard.pages[Step.RISK]
    assert not risk.rating()  # the corrected identity voided the rating: it is redone
    assert risk.industry.currentData() == "F5181"  # from the teller's entries, which stay
    risk.rate()
    qtbot.waitUntil(lambda: bool(risk.rating()))
    for step in (Step.INTENT, Step.CONTRACT):
        next_step(qtbot, wizard, step)
    contract = wizard.pages[Step.CONTRACT]  # the corrected address prints: the originals are signed anew
    print_agreement_at_counter(qtbot, contract)
    contract.signed.setChecked(True)
    next_step(qtbot, wizard, Step.APPROVAL)
    approval = wizard.pages[Step.APPROVAL]
    assert approval.request_button.text() == "&Resubmit for approval"
    request_approval(qtbot, window.wizard)
    dual_sign_in(qtbot, approval, "super1", demo["super1"])
    assert approval.case.status == "approved"


def test_work_completes_offline_and_the_case_syncs_when_the_central_database_is_back(
    qtbot, window, core, demo
):
    from teller_app.config import write_config_file

    unreachable = "postgresql+psycopg://teller@127.0.0.1:9/central?connect_timeout=2"
    write_config_file(core.paths.config_file, {"central_url": unreachable})
    core.start_sync()  # the loop's first round finds the central database away
    qtbot.waitUntil(lambda: not core.sync_state().online, timeout=15_000)
    window.status.refresh()
    qtbot.waitUntil(lambda: window.banner.isVisibleTo(window))
    assert window.status.connection.text().startswith("● Offline")

    case_to_approval(qtbot, window)
    number = finish_case(qtbot, window, demo)
    assert number  # from the block this terminal holds: no central database needed
    window.status.refresh()
    qtbot.waitUntil(lambda: window.status.state is not None and window.status.state.waiting > 0)
    assert "Waiting to sync:" in window.status.queue.text() and "oldest" in window.status.queue.text()

    core.stop_sync()
    write_config_file(core.paths.config_file, {"central_url": ""})  # back to the embedded central database
    core.start_sync()
    qtbot.waitUntil(lambda: core.sync_state().online and core.sync_state().waiting == 0, timeout=20_000)
    window.status.refresh()
    qtbot.waitUntil(lambda: not window.banner.isVisibleTo(window))
    assert window.status.queue.text() == "Waiting to sync: 0"


def test_supervisor_decides_from_own_queue_with_the_waiting_time_shown(qtbot, signed_in, demo):
    teller_window = signed_in("teller1")
    case_to_approval(qtbot, teller_window)
    request_approval(qtbot, teller_window.wizard)
    case_id = teller_window.wizard.case.case_id

    supervisor_window = signed_in("super1")  # the supervisor's own session (after sync, on any terminal)
    home = supervisor_window.home
    qtbot.waitUntil(lambda: home.approvals.rowCount() == 1, timeout=10_000)
    assert home.approvals.item(0, 1).text() == COMPANY
    assert home.approvals.item(0, 3).text().endswith(" s") or home.approvals.item(0, 3).text().endswith(
        " min"
    )
    assert home.approvals.item(0, 4).text().endswith(" h")  # expires in about a day
    supervisor_window.open_case(case_id)
    qtbot.waitUntil(
        lambda: supervisor_window.wizard is not None and supervisor_window.wizard.case is not None
    )
    wizard = supervisor_window.wizard
    assert wizard.shown is Step.APPROVAL
    approval = wizard.pages[Step.APPROVAL]
    assert approval.dual_button.isVisibleTo(approval)
    approval.open_dual_sign_in()
    assert approval.dialog.user_name.text() == "super1"  # deciding from the own queue: password only
    approval.dialog.password.setText(demo["super1"])
    approval.dialog.submit()
    qtbot.waitUntil(lambda: approval.case.status == "approved" or approval.dialog.message.isVisible())
    assert approval.case.status == "approved", approval.dialog.message.text()


def test_agreement_preview_opens_the_print_preview_on_the_core_pdf(qtbot, window, demo):
    case_to_approval(qtbot, window)
    contract = window.wizard.pages[Step.CONTRACT]
    contract.print_dialog = None  # the one the agreement was printed with before signing is closed
    contract.print_document("agreement")
    qtbot.waitUntil(lambda: getattr(contract, "print_dialog", None) is not None, timeout=10_000)
    dialog = contract.print_dialog
    assert dialog.objectName() == "counterPrintPreview" and dialog.isVisible()
    assert dialog.pdf.pageCount() >= 4  # both originals of the core's agreement
    dialog.reject()


def test_scan_of_a_document_is_stored_and_previewed(qtbot, window, tmp_path):
    from PySide6.QtGui import QColor, QImage

    from teller_app.services.demo import sample_credit_code, sample_resident_id

    window.new_case()
    wizard = window.wizard
    wizard.pages[Step.INTAKE].customer_name.setText(COMPANY)
    next_step(qtbot, wizard, Step.IDENTITY)
    identity = wizard.pages[Step.IDENTITY]
    identity.credit_code.set_text(sample_credit_code())
    identity.rep_name.set_text(REPRESENTATIVE)
    identity.rep_id.set_text(sample_resident_id())
    record_terminal_check(identity, "legal_representative", "NCIIC-0002")
    next_step(qtbot, wizard, Step.DOCUMENTS)
    documents = wizard.pages[Step.DOCUMENTS]
    qtbot.waitUntil(lambda: bool(documents.rows))
    licence = tmp_path / "licence.png"
    image = QImage(300, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("#336699"))
    assert image.save(str(licence))
    documents.table.selectRow(0)
    code = documents.rows[0].code
    documents.import_scan(str(licence))
    qtbot.waitUntil(lambda: documents.rows[0].scan_count == 1, timeout=10_000)
    qtbot.waitUntil(lambda: not documents.preview.pixmap().isNull(), timeout=10_000)
    assert documents.rows[0].code == code
    bad = tmp_path / "notes.txt"
    bad.write_text("not a scan")
    documents.import_scan(str(bad))
    qtbot.waitUntil(lambda: wizard.message.isVisible())
    assert wizard.message.text() == "Scans must be PDF, JPG or PNG files, not .txt."
