"""The whole case in working days, beside the per-step minutes: 1–2 working days from opening, up to 5 more
under enhanced due diligence with a recorded reason; the bank sets both in [case_sla] of the definition."""

from __future__ import annotations

from datetime import date

import pytest

from teller_app.domain.case_sla import CaseSla, case_due_date, sla_extension
from teller_app.domain.errors import ConfigError, InputError, RuleError
from teller_app.domain.risk_levels import RiskLevel
from teller_app.paths import resources_dir
from teller_app.services.calendar import working_calendar
from teller_app.services.procedures import definition_by_version, parse_definition_text

FRIDAY = date(2026, 9, 25)  # 中秋节: 25–27 September, then Monday 28th, Tuesday 29th …
SHIPPED = (resources_dir() / "process" / "2026.3.toml").read_text(encoding="utf-8")


def test_a_case_is_due_within_two_working_days_of_opening_on_the_holiday_calendar():
    assert case_due_date(date(2026, 9, 24), CaseSla(), working_calendar()) == date(2026, 9, 29)


def test_enhanced_due_diligence_adds_working_days_with_a_reason():
    sla = CaseSla()
    extension = sla_extension(sla, RiskLevel.HIGH, 5, "境外股东资料待补")
    due = case_due_date(date(2026, 9, 24), sla, working_calendar(), extension, RiskLevel.HIGH)
    # 2 + 5 working days: 28, 29, 30 September, the National Day holiday, 8, 9, 10 (a worked Saturday), 12
    assert due == date(2026, 10, 12)


def test_an_extension_needs_enhanced_due_diligence_a_reason_and_stays_within_five_days():
    sla = CaseSla()
    with pytest.raises(RuleError) as not_edd:
        sla_extension(sla, RiskLevel.MEDIUM_HIGH, 2, "reason")
    assert not_edd.value.code == "case_sla.extension_needs_edd"
    with pytest.raises(RuleError) as too_long:
        sla_extension(sla, RiskLevel.HIGH, 6, "reason")
    assert too_long.value.code == "case_sla.extension_too_long"
    with pytest.raises(InputError) as no_reason:
        sla_extension(sla, RiskLevel.HIGH, 2, " ")
    assert no_reason.value.code == "case_sla.extension_reason_missing"


def test_an_extension_counts_only_under_enhanced_due_diligence():
    extension = sla_extension(CaseSla(), RiskLevel.HIGH, 3, "reason")
    assert case_due_date(FRIDAY, CaseSla(), None, extension, RiskLevel.LOW) == case_due_date(
        FRIDAY, CaseSla()
    )


def test_the_shipped_definition_sets_the_case_sla_and_older_definitions_keep_the_strict_defaults():
    assert definition_by_version("2026.3").case_sla == CaseSla(working_days=2, edd_extra_working_days=5)
    assert definition_by_version("2026.1").case_sla == CaseSla()
    assert definition_by_version("2026.2").case_sla == CaseSla()  # published before [case_sla]


@pytest.mark.parametrize(
    ("key", "value"), [("working_days", 3), ("working_days", 0), ("edd_extra_working_days", 6)]
)
def test_a_case_sla_beyond_the_rules_is_refused_at_load_naming_file_and_key(key, value):
    text = SHIPPED.replace(f"\n{key} = ", f"\n{key} = {value}\n# was: ", 1)
    with pytest.raises(ConfigError) as refused:
        parse_definition_text(text, "bank-2026.9.toml")
    assert (refused.value.params["source"], refused.value.params["key"]) == (
        "bank-2026.9.toml",
        f"case_sla.{key}",
    )
