"""Intake asks what the rules need: whether a non-enterprise's special account holds budget funds (then
核准), whether the regulator approved cash, a temporary account's purpose and, for 注册验资, the investors."""

from __future__ import annotations

from ui.wizard.intake_page import IntakePage


def _page(qtbot, kind, account_type):
    page = IntakePage()
    qtbot.addWidget(page)
    page.customer_kind.setCurrentIndex(page.customer_kind.findData(kind))
    page.account_type.setCurrentIndex(page.account_type.findData(account_type))
    page.customer_name.setText("示例")
    page.show()
    return page


def test_a_non_enterprise_special_account_is_budget_funded_unless_the_teller_says_not(qtbot, english):
    page = _page(qtbot, "public_institution", "special")
    assert page.budget_funded.isVisible() and page.budget_funded.isChecked()
    assert page.entries()["budget_funded"] is True
    page.budget_funded.setChecked(False)
    assert page.entries()["budget_funded"] is False


def test_an_enterprise_special_account_is_never_asked_about_budget_funds(qtbot, english):
    page = _page(qtbot, "enterprise_legal_person", "special")
    assert not page.budget_funded.isVisible()
    assert "budget_funded" not in page.entries()


def test_a_capital_verification_account_records_its_investors(qtbot, english):
    page = _page(qtbot, "enterprise_legal_person", "temporary")
    page.temporary_purpose.setCurrentIndex(page.temporary_purpose.findData("capital_verification"))
    assert page.investors.isVisible()
    page.investors.setText("110101199003071234； 91310115MA1K4Y7Q2X")
    entries = page.entries()
    assert entries["temporary_purpose"] == "capital_verification"
    assert entries["investors"] == ["110101199003071234", "91310115MA1K4Y7Q2X"]


def _category_labels(page) -> list[str]:
    return [page.special_category.itemText(i) for i in range(page.special_category.count())]


def test_the_special_account_categories_are_named_in_english_in_the_english_ui(qtbot, english):
    labels = _category_labels(_page(qtbot, "enterprise_legal_person", "special"))
    assert "Capital construction funds" in labels and "Securities settlement funds" in labels
    assert not [text for text in labels if any("\u4e00" <= c <= "\u9fff" for c in text)]


def test_the_special_account_categories_are_named_in_chinese_in_the_chinese_ui(qtbot, chinese):
    labels = _category_labels(_page(qtbot, "enterprise_legal_person", "special"))
    assert "基本建设资金" in labels and "证券交易结算资金" in labels
    assert not [text for text in labels if any("a" <= c.lower() <= "z" for c in text)]
