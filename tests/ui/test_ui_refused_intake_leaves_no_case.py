"""A refused intake leaves no stray case: no case row, no audit event claiming one, no outbox entry."""

from __future__ import annotations

from counter_walks import rows_in_store
from keyboard_entry import type_text
from PySide6.QtCore import QDate, Qt

from teller_app.domain.steps import Step


def _type_temporary_intake(qtbot, window, years: int) -> None:
    window.new_case()
    intake = window.wizard.pages[Step.INTAKE]
    intake.account_type.setCurrentIndex(intake.account_type.findData("temporary"))
    type_text(qtbot, intake.customer_name, "杭州临时工程项目部")
    intake.temporary_until.setDate(QDate.currentDate().addYears(years))


def test_a_refused_save_or_next_at_intake_creates_no_case(qtbot, window, core):
    _type_temporary_intake(qtbot, window, years=3)  # beyond the 2 years a temporary account may run
    wizard = window.wizard
    before = rows_in_store(core)
    for key in (Qt.Key.Key_F5, Qt.Key.Key_F12):  # Save, then Next: both refused by the core
        qtbot.keyClick(wizard.pages[Step.INTAKE].customer_name, key)
        qtbot.waitUntil(lambda: wizard.message.isVisible() and wizard.save_button.isEnabled(), timeout=10_000)
        assert "2 years" in wizard.message.text()
        assert wizard.case is None and wizard.shown is Step.INTAKE
        assert rows_in_store(core) == before
    assert wizard.pages[Step.INTAKE].customer_name.text() == "杭州临时工程项目部"  # nothing typed is lost

    wizard.pages[Step.INTAKE].temporary_until.setDate(QDate.currentDate().addYears(1))
    qtbot.keyClick(wizard.pages[Step.INTAKE].customer_name, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: wizard.shown is Step.IDENTITY, timeout=10_000)
    after = rows_in_store(core)
    assert after["cases"] == before["cases"] + 1
    assert wizard.case is not None and "intake" in wizard.case.completed


def test_an_imported_application_with_a_refused_intake_leaves_no_case(core, demo):
    from teller_app.services import applications

    teller = core.sign_in("teller1", demo["teller1"])
    before = rows_in_store(core)
    rows = [
        {"customer_kind": "enterprise_legal_person", "account_type": "general", "customer_name": "甲公司"},
        {"customer_kind": "enterprise_legal_person", "account_type": "basic", "customer_name": "乙公司"},
    ]
    report = applications.import_applications(core.store(), core._actor(teller), rows)
    assert [r["row"] for r in report.refused] == [1]  # a general account needs the basic account's number
    assert rows_in_store(core)["cases"] == before["cases"] + 1
