"""The identity and risk pages driven by the keyboard: what the teller types, what is shown beside it."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from teller_app.services.demo import sample_credit_code, sample_resident_id
from ui.backend import CaseView


def _type(qtbot, widget, text: str) -> None:
    """Keystrokes for ASCII; Chinese arrives as an input method commits it (QTest sends ASCII keys only)."""
    widget.setFocus()
    if text.isascii():
        qtbot.keyClicks(widget, text)
    else:
        widget.insert(text)


def _down(qtbot, combo, times: int = 1) -> None:
    combo.setFocus()
    for _ in range(times):
        qtbot.keyClick(combo, Qt.Key.Key_Down)


def _corporate(step: str, entries: dict | None = None) -> CaseView:
    return CaseView(
        case_id="c-1",
        customer_name="上海云帆国际贸易有限公司",
        customer_kind="enterprise_legal_person",
        account_type="basic",
        step=step,
        entries={"intake": {"present": "legal_representative"}, **(entries or {})},
    )


@pytest.fixture
def identity(qtbot, english):
    from ui.wizard.identity_page import IdentityPage

    page = IdentityPage()
    qtbot.addWidget(page)
    page.load(_corporate("identity"))
    page.show()
    return page


def test_the_tellers_terminal_entry_is_typed_and_each_missing_part_is_named_beside_it(qtbot, identity):
    _type(qtbot, identity.credit_code.edit, sample_credit_code())
    _type(qtbot, identity.rep_name.edit, "王建国")
    _type(qtbot, identity.rep_id.edit, sample_resident_id())
    checks = identity.checks["legal_representative"]
    _type(qtbot, checks.expiry.edit, "2036-03-15")
    _down(qtbot, checks.result.combo)  # 一致
    assert checks.result.combo.currentData() == "match"
    assert checks.reference.problem.isVisible() and "reference number" in checks.reference.problem.text()
    assert checks.photo.problem.isVisible() and "photo" in checks.photo.problem.text()
    assert "reference number" in identity.blocking_reason()
    _type(qtbot, checks.reference.edit, "NCIIC-0042")
    _down(qtbot, checks.photo.combo)  # yes, compared
    assert not checks.reference.problem.isVisible() and not checks.photo.problem.isVisible()
    assert identity.blocking_reason() is None
    assert identity.entries()["verifications"] == {
        "legal_representative": {"result": "match", "reference": "NCIIC-0042", "photo_compared": True}
    }
    assert identity.entries()["legal_representative"]["id_expiry"] == "2036-03-15"


def test_an_expired_id_is_named_beside_its_field_and_one_expiring_soon_warns(qtbot, identity):
    checks = identity.checks["legal_representative"]
    checks.today = lambda: date(2026, 3, 2)
    _type(qtbot, checks.expiry.edit, "2026-03-01")
    assert checks.expiry.problem.isVisible() and "expired on 2026-03-01" in checks.expiry.problem.text()
    checks.expiry.edit.clear()
    _type(qtbot, checks.expiry.edit, "2026-04-01")
    assert not checks.expiry.problem.isVisible()
    assert checks.expiry_note.isVisible() and "in 30 days" in checks.expiry_note.text()
    checks.expiry.edit.clear()
    _type(qtbot, checks.expiry.edit, "长期")
    assert checks.expiry_text() == "long_term" and not checks.expiry.problem.isVisible()


def test_changing_the_id_number_clears_what_the_terminal_showed_for_the_old_one(qtbot, identity):
    checks = identity.checks["legal_representative"]
    _type(qtbot, identity.rep_id.edit, sample_resident_id())
    _down(qtbot, checks.result.combo)
    _type(qtbot, checks.reference.edit, "NCIIC-0042")
    _type(qtbot, identity.rep_id.edit, "9")  # the teller corrects the number
    assert checks.entry() is None


def test_the_recorded_check_is_shown_with_result_reference_photo_time_and_recorder(qtbot, english):
    from datetime import UTC, datetime

    from ui.backend import IdCheckView
    from ui.wizard.identity_page import IdentityPage

    number = sample_resident_id()
    page = IdentityPage()
    qtbot.addWidget(page)
    person = {"name": "王建国", "id_number": number, "id_expiry": "2036-03-15"}
    case = _corporate("identity", {"identity": {"legal_representative": person}})
    record = IdCheckView(
        "legal_representative", "王建国", number, "mismatch", "GA-9", False,
        datetime(2026, 3, 2, 9, 0, tzinfo=UTC), "service", "http:x", "张敏",
    )  # fmt: skip
    from dataclasses import replace

    page.load(replace(case, id_checks=(record,)))
    shown = page.checks["legal_representative"].recorded.text()
    assert "Mismatch" in shown and "GA-9" in shown and "photo not compared" in shown and "张敏" in shown


@pytest.fixture
def risk(qtbot, english):
    from ui.wizard.risk_page import RiskPage

    page = RiskPage()
    qtbot.addWidget(page)
    identity = {
        "credit_code": "91440300MA5F00000X",
        "legal_representative": {"id_number": "440301198003150011"},
    }
    owners = {"owners": [{"name": "Reza Karimi", "nationality": "IR"}]}
    page.load(_corporate("risk", {"identity": identity, "beneficial_owners": owners}))
    page.show()
    return page


def test_the_risk_page_proposes_region_country_and_nationalities_and_presets_nothing_else(risk):
    assert risk.region.currentData() == "440300"  # 深圳市, from the credit code
    assert risk.country.currentData() == "CN"
    assert risk._chosen_nationalities() == ["CN", "IR"]
    assert risk.industry.currentData() == "" and risk.years.value() == -1
    assert all(combo.currentData() is None for combo in risk.answers.values())
    assert set(risk.missing_inputs()) == {
        "industry",
        "years_in_business",
        "sanctions_hit",
        "politically_exposed",
        "due_diligence_refused",
    }


def test_rating_with_an_empty_input_names_it_beside_the_field_and_does_not_rate(qtbot, risk):
    calls = []
    risk.check_entries = lambda *a, **k: calls.append(a)  # the core is not asked
    qtbot.mouseClick(risk.rate_button, Qt.MouseButton.LeftButton)
    assert calls == []
    assert risk.rows["industry"].problem.isVisible() and "industry" in risk.rows["industry"].problem.text()
    assert risk.rows["sanctions_hit"].problem.isVisible()


def test_the_risk_inputs_are_picked_by_keyboard(qtbot, risk):
    calls = []
    risk.check_entries = lambda *a, **k: calls.append(a)
    risk.industry.setFocus()
    qtbot.keyClicks(risk.industry, "C")  # keyboard search: C 制造业
    assert risk.industry.currentData() == "C"
    risk.years.setFocus()
    qtbot.keyClick(risk.years, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(risk.years, "3")
    qtbot.keyClick(risk.years, Qt.Key.Key_Return)
    assert risk.years.value() == 3
    for combo in risk.answers.values():
        _down(qtbot, combo, 2)  # — answer — → Yes → No
    assert all(combo.currentData() is False for combo in risk.answers.values())
    risk.nationality_picker.setFocus()
    qtbot.keyClicks(risk.nationality_picker, "US")
    qtbot.mouseClick(risk.add_nationality, Qt.MouseButton.LeftButton)
    assert risk._chosen_nationalities() == ["CN", "IR", "US"]
    assert risk.missing_inputs() == {}
    qtbot.mouseClick(risk.rate_button, Qt.MouseButton.LeftButton)
    assert len(calls) == 1
    entries = risk.entries()
    assert entries["industry"] == "C" and entries["region"] == "440300" and entries["years_in_business"] == 3
    assert entries["sanctions_hit"] is False and entries["nationalities"] == ["CN", "IR", "US"]


def test_the_rule_that_rated_high_directly_is_shown(qtbot, english):
    from ui.wizard.risk_page import RiskPage

    page = RiskPage()
    qtbot.addWidget(page)
    rating = {
        "score": 20,
        "level": "high",
        "direct_rules": ["sanctions_hit"],
        "limits": {},
        "contributions": [],
    }
    page.load(_corporate("risk", {"risk": rating}))
    assert "Rated high directly" in page.details.text() and "sanctions-list hit" in page.details.text()
