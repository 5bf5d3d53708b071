"""Clause texts are versioned data checked on load; values are formatted the way the bank writes them."""

from __future__ import annotations

import dataclasses
import shutil
from datetime import date, datetime
from decimal import Decimal

import pytest

from teller_app.documents.agreement import chinese_number
from teller_app.documents.clauses import clauses_dir, load_agreement_text, version_in_force
from teller_app.documents.text import fmt_date, fmt_datetime, fmt_money, fmt_stamp
from teller_app.domain.errors import ConfigError

REQUIRED_SECTIONS = {"声明与保证", "变更告知义务", "保密", "违约责任", "争议解决"}
VERSIONS = ["2026.1", "2026.2"]


@pytest.mark.parametrize("version", VERSIONS)
def test_corporate_agreement_has_every_required_clause_in_both_languages(version):
    text = load_agreement_text(version, "corporate")
    titles = {clause.title_zh for clause in text.clauses}
    assert REQUIRED_SECTIONS | {"对账", "久悬与撤销"} <= titles
    assert text.title_zh == "单位银行结算账户管理协议"
    assert all(len(c.text_zh) == len(c.text_en) for c in text.clauses)


@pytest.mark.parametrize("version", VERSIONS)
def test_personal_agreement_has_its_own_title_and_clauses(version):
    text = load_agreement_text(version, "individual")
    titles = {clause.title_zh for clause in text.clauses}
    assert REQUIRED_SECTIONS <= titles
    assert "久悬与销户" in titles and "久悬与撤销" not in titles
    assert text.title_zh == "个人银行结算账户服务协议"


@pytest.mark.parametrize("version", VERSIONS)
def test_the_agreement_states_two_originals(version):
    clauses = load_agreement_text(version, "corporate").clauses
    assert any("一式两份" in paragraph for clause in clauses for paragraph in clause.text_zh)


def _duty_to_report(version: str, audience: str) -> str:
    clauses = load_agreement_text(version, audience).clauses
    return "".join(p for c in clauses if c.title_zh == "变更告知义务" for p in c.text_zh)


def test_from_2026_2_a_person_is_not_asked_to_report_a_companys_changes():
    for company_term in ("法定代表人", "经营范围", "注册资本"):
        assert company_term in _duty_to_report("2026.2", "corporate")
        assert company_term not in _duty_to_report("2026.2", "individual")
    assert "身份证件" in _duty_to_report("2026.2", "individual")


@pytest.mark.parametrize(
    ("day", "version"),
    [(date(2026, 1, 1), "2026.1"), (date(2026, 11, 30), "2026.1"), (date(2026, 12, 1), "2026.2")],
)
def test_the_wording_in_force_follows_the_effective_dates(day, version):
    assert version_in_force(day) == version


def test_no_wording_is_in_force_before_the_first_version():
    with pytest.raises(ConfigError) as caught:
        version_in_force(date(2025, 12, 31))
    assert caught.value.code == "documents.clauses_missing"


def test_an_agreement_prints_the_wording_in_force_on_its_print_day_unless_the_case_pins_one(
    individual, pdf_pages
):
    from pdf_reading import squeeze

    from teller_app.documents.render import build

    def printed(sheet) -> str:
        return squeeze("".join(pdf_pages(build("agreement", sheet))))

    december = dataclasses.replace(individual, clause_version="", printed_at=datetime(2026, 12, 2, 9, 0))
    assert "条款版本2026.2" in printed(december)
    assert "注册资本" not in printed(december)
    pinned = dataclasses.replace(december, clause_version="2026.1")
    assert "条款版本2026.1" in printed(pinned)


def test_an_unknown_clause_version_is_a_config_error_naming_it():
    with pytest.raises(ConfigError) as caught:
        load_agreement_text("1999.9", "corporate")
    assert caught.value.code == "documents.clauses_missing"
    assert caught.value.params["version"] == "1999.9"


def _copy_resources(tmp_path, monkeypatch):
    resources = tmp_path / "resources"
    shutil.copytree(clauses_dir(), resources / "clauses")
    monkeypatch.setenv("TELLER_RESOURCES", str(resources))
    return resources / "clauses" / "2026.1.toml"


def test_a_clause_without_english_text_is_refused_naming_the_key(tmp_path, monkeypatch):
    path = _copy_resources(tmp_path, monkeypatch)
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('title_en = "Confidentiality"', 'title_en = ""'), encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_agreement_text("2026.1", "corporate")
    assert caught.value.code == "documents.clauses_invalid"
    assert caught.value.params["key"].endswith(".title_en")


def test_a_broken_clause_file_is_a_config_error_not_a_crash(tmp_path, monkeypatch):
    path = _copy_resources(tmp_path, monkeypatch)
    path.write_text("version = \n", encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_agreement_text("2026.1", "individual")
    assert str(path) in caught.value.params["path"]


def test_dates_times_and_amounts_print_the_way_the_bank_writes_them():
    assert fmt_date(date(2026, 3, 2)) == "2026年03月02日"
    assert fmt_datetime(datetime(2026, 3, 2, 9, 5)) == "2026年03月02日 09:05"
    assert fmt_stamp(datetime(2026, 3, 2, 9, 5)) == "2026年03月02日 09:05"  # one date format everywhere
    assert fmt_money(Decimal("20000000")) == "20,000,000.00"
    assert fmt_money(Decimal("0.5")) == "0.50"
    assert fmt_date(None) == fmt_money(None) == ""


@pytest.mark.parametrize(
    ("n", "zh"),
    [
        (1, "一"),
        (9, "九"),
        (10, "十"),
        (12, "十二"),
        (20, "二十"),
        (21, "二十一"),
        (100, "一百"),
        (105, "一百零五"),
        (110, "一百一十"),
        (119, "一百一十九"),
        (999, "九百九十九"),
    ],
)
def test_articles_are_numbered_in_chinese(n, zh):
    assert chinese_number(n) == zh
