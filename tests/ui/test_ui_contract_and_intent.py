"""The contract page's seal card offers the domain's seal kinds by code; intent asks for the recording."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from ui.backend import CaseView


def _case(**entries) -> CaseView:
    return CaseView(
        case_id="case-0007",
        customer_name="北京星河科技有限公司",
        customer_kind="enterprise_legal_person",
        account_type="basic",
        step="contract",
        entries={
            "intake": {"present": "legal_representative"},
            "identity": {"legal_representative": {"name": "王建国"}},
            **entries,
        },
    )


def test_seal_card_starts_with_the_company_seal_and_the_legal_representatives_name_seal(
    qtbot, english
) -> None:
    from ui.wizard.contract_page import ContractPage

    page = ContractPage()
    qtbot.addWidget(page)
    page.load(_case())
    assert page.entries()["seals"] == [
        {"kind": "company_seal", "holder": "北京星河科技有限公司"},
        {"kind": "legal_representative_seal", "holder": "王建国"},
    ]
    page.signed.setChecked(True)
    page.confirmed.setChecked(True)
    assert page.blocking_reason() is None


def test_seal_card_without_a_personal_seal_is_refused_in_the_tellers_words(qtbot, english) -> None:
    from ui.wizard.contract_page import ContractPage

    page = ContractPage()
    qtbot.addWidget(page)
    page.load(_case(contract={"seals": [{"kind": "company_seal", "holder": "北京星河科技有限公司"}]}))
    page.signed.setChecked(True)
    page.confirmed.setChecked(True)
    assert page.blocking_reason() == (
        "The seal card needs the name seal or signature of the legal representative or the agent."
    )


def test_seal_kinds_read_in_chinese_and_are_stored_as_codes(qtbot, chinese) -> None:
    from ui.wizard.contract_page import ContractPage

    page = ContractPage()
    qtbot.addWidget(page)
    page.load(_case())
    choice = page.seals.cellWidget(0, 0)
    assert isinstance(choice, QComboBox)
    labels = [choice.itemText(i) for i in range(choice.count())]
    assert "法定代表人名章" in labels and all("seal" not in t for t in labels)
    choice.setFocus()
    qtbot.keyClick(choice, Qt.Key.Key_Down)  # the keyboard picks the next kind
    assert page.entries()["seals"][0]["kind"] == "financial_seal"


def test_intent_by_video_asks_for_the_recording_reference(qtbot, english) -> None:
    from ui.wizard.intent_page import IntentPage

    page = IntentPage()
    qtbot.addWidget(page)
    page.show()
    page.load(_case())
    assert page.confirmed_with.text() == "王建国"  # the legal representative recorded at identity
    assert not page.recording.isVisible()
    qtbot.keyClick(page.video, Qt.Key.Key_Space)
    assert page.video.isChecked() and page.recording.isVisible()
    page.confirmed.setChecked(True)
    assert page.blocking_reason() == "Enter the reference of the video recording."
    qtbot.keyClicks(page.recording, "VID-20261127-0042")
    assert page.blocking_reason() is None
    assert page.entries()["recording_reference"] == "VID-20261127-0042"
    assert page.entries()["confirmed_with_role"] == "legal_representative"


def test_services_and_fees_are_chosen_from_the_procedures_list(qtbot, english) -> None:
    from dataclasses import replace

    from teller_app.domain.account_types import AccountType
    from teller_app.domain.service_catalogue import offered
    from teller_app.services.procedures import load_definitions
    from ui.wizard.contract_page import ContractPage

    services = offered(load_definitions()[-1].services, AccountType.BASIC)
    page = ContractPage()
    qtbot.addWidget(page)
    page.load(replace(_case(), services=services))
    texts = [page.services.item(i).text() for i in range(page.services.count())]
    assert "Corporate online banking — 300 元/年" in texts
    assert "Debit card" not in " ".join(texts)  # a personal account's service is not offered
    page.services.setFocus()
    page.services.setCurrentRow(0)
    qtbot.keyClick(page.services, Qt.Key.Key_Space)
    assert page.entries()["services"] == ["online_banking"]
