"""The one-account check is on the screen where the teller and the supervisor look (issue #11): a basic
account set up offline says "uniqueness to confirm" and what happens next in the case's status line, on the
account-setup step, in the supervisor's summary and in the home lists (the branch's too); a clash found at
sync says that activation waits for a supervisor, and Activate cannot be pressed until one clears it. On the real core, in both languages."""

from __future__ import annotations

import pytest
from counter_walks import open_at_account_setup, set_up_account_by_keyboard
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from sqlalchemy import select

from teller_app.domain.accounts import UNIQUE_ACCOUNT_TYPES, UniquenessState
from teller_app.storage.schema import Account
from ui.approval.summary_view import summary_html
from ui.uniqueness_words import NOUNS

TEXTS = {  # what each language must say (the teller's words, never the code "to_confirm")
    "en": {
        "before": "checked at account setup",
        "to_confirm": "Uniqueness to confirm",
        "next": "The next sync checks with the central database",
        "header": "Account: uniqueness to confirm",
        "list": "Approved · uniqueness to confirm",
        "clash": "activation waits until a supervisor clears the clash",
        "clash_header": "second account found",
        "waits": "Activation waits for a supervisor to clear the clash.",
        "branch_list": "Approved · second account found: supervisor decides",
    },
    "zh": {
        "before": "开户设置时",
        "to_confirm": "唯一性待确认",
        "next": "下次同步时",
        "header": "账户：唯一性待确认",
        "list": "已授权 · 唯一性待确认",
        "clash": "须待主管记录理由解除冲突后方可激活",
        "clash_header": "发现第二个账户",
        "waits": "须待主管解除冲突后方可激活。",
        "branch_list": "已授权 · 发现第二个账户，待主管处理",
    },
}


def _approved_case(core, window, demo, tmp_path):
    """The sample company's basic-account case signed and approved by super1 through the real services."""
    from teller_app.services.demo import sample_case_signed, sample_credit_code

    case = sample_case_signed(core.store(), core._actor(window.session), sample_credit_code(), tmp_path)
    core.request_approval(window.session, case.id)
    core.decide(window.session, case.id, "super1", demo["super1"], "approve", "")
    return case.id


def _plain(html: str) -> str:
    document = QTextDocument()
    document.setHtml(html)
    return document.toPlainText()


def _set_up_then_clash(qtbot, core, window, demo, tmp_path) -> str:
    """An approved case set up offline by keyboard, then found to clash at the next sync; back home."""
    from teller_app.sync.uniqueness import record_uniqueness

    case_id = _approved_case(core, window, demo, tmp_path)
    wizard, page = open_at_account_setup(qtbot, window, case_id)
    set_up_account_by_keyboard(qtbot, wizard, page)
    with core.store().reading() as session:
        account_id = session.scalars(select(Account.id).where(Account.case_id == case_id)).one()
    # What the next sync writes when the central database knows another basic account of this depositor.
    assert record_uniqueness(core.store(), account_id, UniquenessState.CLASH, was=UniquenessState.TO_CONFIRM)
    window.go_home()
    return case_id


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_basic_account_set_up_offline_says_uniqueness_to_confirm_and_what_happens_next(
    qtbot, qapp, core, demo, signed_in, tmp_path, language, request
):
    if language == "zh":
        request.getfixturevalue("chinese")
    words = TEXTS[language]
    window = signed_in("teller1")  # the sync loop is not running: the central database is not asked
    case_id = _approved_case(core, window, demo, tmp_path)
    summary = _plain("".join(summary_html(core.approval_summary(window.session, case_id))))
    assert words["before"] in summary  # before setup the supervisor reads when the check runs

    wizard, page = open_at_account_setup(qtbot, window, case_id)
    assert page.uniqueness.isVisible() and words["before"] in page.uniqueness.text()
    assert not wizard.header.uniqueness.isVisible()
    set_up_account_by_keyboard(qtbot, wizard, page)

    assert wizard.case.account["uniqueness"] == UniquenessState.TO_CONFIRM.value  # the core's own state
    assert words["to_confirm"] in page.uniqueness.text() and words["next"] in page.uniqueness.text()
    assert "to_confirm" not in page.uniqueness.text() and page.uniqueness.isVisible()
    header = wizard.header.uniqueness
    assert header.isVisible() and header.text() == words["header"]
    assert words["next"] in header.toolTip()
    summary = _plain("".join(summary_html(core.approval_summary(window.session, case_id))))
    assert words["to_confirm"] in summary and words["next"] in summary

    window.go_home()
    home = window.home
    # (an earlier refresh may still land first, from before the approval: wait for this one's row)
    qtbot.waitUntil(
        lambda: home.open_cases.rowCount() == 1 and home.open_cases.item(0, 4).text() == words["list"],
        timeout=10_000,
    )


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_clash_found_at_sync_says_activation_waits_for_a_supervisor_and_activate_cannot_be_pressed(
    qtbot, qapp, core, demo, signed_in, tasks, tmp_path, language, request
):
    if language == "zh":
        request.getfixturevalue("chinese")
    words = TEXTS[language]
    window = signed_in("teller1")
    case_id = _set_up_then_clash(qtbot, core, window, demo, tmp_path)
    wizard, page = open_at_account_setup(qtbot, window, case_id)
    assert words["clash"] in page.uniqueness.text()
    assert words["clash_header"] in wizard.header.uniqueness.text()
    summary = _plain("".join(summary_html(core.approval_summary(window.session, case_id))))
    assert words["clash"] in summary
    button = page.activate_button
    # Activate is there but cannot be pressed, and says why beside it (and to a screen reader).
    assert button.isVisible() and not button.isEnabled()
    assert page.activation_waits.isVisible() and page.activation_waits.text() == words["waits"]
    assert button.accessibleDescription() == words["waits"]
    button.setFocus()
    qtbot.keyClick(page, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # its mnemonic does nothing
    qtbot.keyClick(button, Qt.Key.Key_Space)
    qtbot.wait(100)
    tasks.wait_for_all()
    assert not wizard.message.isVisible() and wizard.case.status == "approved"


@pytest.mark.parametrize("language", ["en", "zh"])
def test_the_branch_list_shows_a_supervisor_the_case_whose_account_clashes(
    qtbot, qapp, core, demo, signed_in, tmp_path, language, request
):
    if language == "zh":
        request.getfixturevalue("chinese")
    words = TEXTS[language]
    teller = signed_in("teller1")
    case_id = _set_up_then_clash(qtbot, core, teller, demo, tmp_path)
    supervisor = signed_in("super1")
    supervisor.activateWindow()
    qtbot.waitUntil(supervisor.isActiveWindow)
    home = supervisor.home
    qtbot.waitUntil(lambda: home.branch.rowCount() == 1, timeout=10_000)
    assert home.branch.horizontalHeaderItem(4).text() == ("Status" if language == "en" else "状态")
    assert home.branch.item(0, 4).text() == words["branch_list"]
    with qtbot.waitSignal(home.caseOpened) as opened:  # Down to the row, Enter opens the case
        home.branch.setFocus()
        qtbot.keyClick(home.branch, Qt.Key.Key_Down)
        qtbot.keyClick(home.branch, Qt.Key.Key_Return)
    assert opened.args == [case_id]


def test_every_account_type_with_the_one_account_rule_has_its_words():
    assert set(NOUNS) == {t.value for t in UNIQUE_ACCOUNT_TYPES}


def test_a_supervisor_clears_the_clash_with_a_reason_by_keyboard_and_the_account_can_then_be_activated(
    qtbot, qapp, core, demo, signed_in, tmp_path, english
):
    from keyboard_entry import type_text
    from screen_checks import clashes, visible_mnemonics

    teller = signed_in("teller1")
    case_id = _set_up_then_clash(qtbot, core, teller, demo, tmp_path)
    wizard, page = open_at_account_setup(qtbot, teller, case_id)
    assert not page.clash_box.isVisible()  # the teller waits: the decision is the supervisor's

    supervisor = signed_in("super1")
    supervisor.activateWindow()
    qtbot.waitUntil(supervisor.isActiveWindow)
    wizard, page = open_at_account_setup(qtbot, supervisor, case_id)
    box = page.clash_box
    letters = visible_mnemonics(supervisor)
    assert box.isVisible() and clashes(letters) == {}  # (Filing da&te clashed with &Tools before)
    qtbot.keyClick(page, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)  # Why it may go ahead
    qtbot.waitUntil(box.reason.hasFocus)
    qtbot.keyClick(box.reason, Qt.Key.Key_Return)  # nothing typed: refused under the field, nothing cleared
    qtbot.waitUntil(box.problem.isVisible, timeout=10_000)
    assert "reason" in box.problem.text().lower() and wizard.case.account["uniqueness"] == "clash"
    type_text(qtbot, box.reason, "另一账户已于2026-11-30销户")  # as an input method commits it
    qtbot.keyClick(box.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.case.account["uniqueness"] == "cleared", timeout=10_000)
    assert not box.isVisible() and "cleared the clash" in page.uniqueness.text()
    assert page.activate_button.isEnabled() and not page.activation_waits.isVisible()
    assert wizard.header.uniqueness.text() == "Account: one-account clash cleared"

    supervisor.go_home()
    teller.go_home()
    wizard, page = open_at_account_setup(qtbot, teller, case_id)
    assert page.activate_button.isEnabled() and not page.activation_waits.isVisible()
    page.activate_button.setFocus()
    qtbot.keyClick(page.activate_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: wizard.case.status == "active", timeout=10_000)
