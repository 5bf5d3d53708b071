"""Every code the core can hand the screen has words in the UI's map for it, so a teller, supervisor or
auditor never reads `politically_exposed` or `beneficial_owners` where a sentence belongs.

Each case pairs one UI word map with the core's own list of the codes it translates (an enum, a tuple, the
Chinese words of a printed form, or the literals the core's source writes); a code added to the core without
words fails here. Words in both languages are checked by the translation tests (test_ui_i18n.py).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from teller_app.documents import evaluation_report as printed_report
from teller_app.documents.required import DOCUMENTS
from teller_app.domain import approval, incidents, owner_details, owners, post_review, risk
from teller_app.domain.account_types import AccountType
from teller_app.domain.accounts import Regime, SpecialCategory, UniquenessState
from teller_app.domain.case import CaseStatus
from teller_app.domain.customers import CustomerKind
from teller_app.domain.document_decisions import DocumentDecision, DocumentReason
from teller_app.domain.id_verification import CheckResult, CheckSource
from teller_app.domain.permissions import Action
from teller_app.domain.risk_levels import RiskLevel
from teller_app.domain.roles import Role
from teller_app.domain.seals import SealKind
from teller_app.domain.steps import Step
from teller_app.services import step_records
from teller_app.services.authentication import ACCEPTED_ACTIONS
from teller_app.sync import shared_tables
from ui import names, uniqueness_words
from ui.approval import customer_lines, risk_lines, summary_words
from ui.audit.record_names import AUDIT_DETAIL_VALUES
from ui.core.backend import _CHECK_NAMES
from ui.supervision import conflict_queue, labels, report_dialog
from ui.terminal import start_of_day
from ui.wizard import (
    account_setup_page,
    approval_page,
    id_check_fields,
    owner_kinds,
    owner_record_form,
    owners_view,
    risk_words,
)

CORE = Path(__file__).resolve().parents[2] / "teller_app"


def _values(enum: type) -> set[str]:
    return {member.value for member in enum}  # type: ignore[attr-defined]


def _first_arguments(function: str, *files: str) -> set[str]:
    """The string literals the core's source passes first to `function` (both arms of an `a if x else b`)."""
    found: set[str] = set()
    paths = [CORE / f for f in files] if files else sorted(CORE.rglob("*.py"))
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and node.args):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if name == function:
                found |= {
                    c.value
                    for c in ast.walk(node.args[0])
                    if isinstance(c, ast.Constant) and isinstance(c.value, str)
                }
    return found


def _named_fields() -> set[str]:
    """The entries the core's refusals name by a literal `field=` ("The field {field} is required")."""
    found: set[str] = set()
    for path in sorted(CORE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                found |= {
                    k.value.value
                    for k in node.keywords
                    if k.arg == "field"
                    and isinstance(k.value, ast.Constant)
                    and isinstance(k.value.value, str)
                }
    return found


def _risk_explanations() -> set[str]:
    """The codes risk.py explains a factor's points by ("risk.ownership.layered"), not its error codes; the
    channel's is written f"risk.channel.{channel}", one per channel."""
    tree = ast.parse((CORE / "domain" / "risk.py").read_text(encoding="utf-8"))
    errors = {
        node.args[0].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and getattr(node.func, "id", "").endswith("Error")
        and node.args
        and isinstance(node.args[0], ast.Constant)
    }
    literals = {
        n.value
        for n in ast.walk(tree)
        if isinstance(n, ast.Constant) and isinstance(n.value, str) and n.value.startswith("risk.")
    }
    channels = {f"risk.channel.{channel.value}" for channel in risk.Channel}
    return {code for code in literals - errors if not code.endswith(".")} | channels


def _alerts_raised() -> dict[str, set[str]]:
    """Each alert kind services/alerts.py raises, with the names of the parameters it raises it with."""
    found: dict[str, set[str]] = {}
    tree = ast.parse((CORE / "services" / "alerts.py").read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "_alert" and node.args:
            params = {k.arg for k in node.keywords if k.arg is not None}
            for kind in ast.walk(node.args[0]):
                if isinstance(kind, ast.Constant) and isinstance(kind.value, str):
                    found.setdefault(kind.value, set()).update(params)
    return found


def _alerts_counted() -> set[str]:
    """The alert kinds the supervisor's dashboard counts (services/dashboard.py: the keys of `alerts`)."""
    tree = ast.parse((CORE / "services" / "dashboard.py").read_text(encoding="utf-8"))
    return {
        key.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign)
        and any(isinstance(t, ast.Name) and t.id == "alerts" for t in node.targets)
        and isinstance(node.value, ast.Dict)
        for key in node.value.keys
        if isinstance(key, ast.Constant) and isinstance(key.value, str)
    }


def _start_of_day_checks() -> set[str]:
    """The names of the core's start-of-day checks, as the UI's backend hands them to the screen."""
    return {_CHECK_NAMES.get(name, name) for name in _first_arguments("Check")}


def _conflicting_tables() -> set[str]:
    """The tables whose rows can meet a conflict in the supervisor's queue: synced, versioned, edited locally."""
    return {
        t.name
        for t in shared_tables.SYNCED_TABLES
        if not shared_tables.append_only(t.name) and t.name not in shared_tables.CENTRAL_AUTHORITATIVE
    }


# (UI word map, the core's codes it puts into words)
MAPS = {
    "roles": (names.ROLES, _values(Role)),
    "steps": (names.STEPS, _values(Step)),
    "customer kinds": (names.CUSTOMER_KINDS, _values(CustomerKind)),
    "account types": (names.ACCOUNT_TYPES, _values(AccountType)),
    "risk levels": (names.RISK_LEVELS, _values(RiskLevel)),
    "case statuses": (names.CASE_STATUSES, _values(CaseStatus)),
    "alerts": (names.ALERTS, _first_arguments("_alert", "services/alerts.py")),
    "alerts counted on the dashboard": (names.ALERTS, _alerts_counted()),
    "document decisions": (names.DOCUMENT_DECISIONS, _values(DocumentDecision)),
    "document reasons": (names.DOCUMENT_REASONS, _values(DocumentReason)),
    "special account categories": (names.SPECIAL_CATEGORIES, _values(SpecialCategory)),
    "permission matrix actions": (names.ACTIONS, _values(Action)),
    "seal kinds": (names.SEAL_KINDS, _values(SealKind)),
    "owner identity document types": (owner_record_form.ID_TYPE_NAMES, set(owner_details.ID_TYPES)),
    "summary: identity check results": (summary_words.RESULTS, _values(CheckResult)),
    "summary: decisions": (summary_words.DECISION_WORDS, _values(approval.DecisionKind)),
    "summary: intent methods": (risk_lines.INTENT_METHODS, set(step_records.INTENT_METHODS)),
    "summary: reasons to be an owner": (customer_lines.OWNER_REASONS, _values(owners.OwnerReason)),
    "approval page: decisions": (approval_page.DECISIONS, _values(approval.DecisionKind)),
    "identity page: check results": (id_check_fields.RESULTS, _values(CheckResult)),
    "identity page: check sources": (id_check_fields.SOURCES, _values(CheckSource)),
    "owners page: holder kinds": (owner_kinds.KINDS, _values(owners.HolderKind)),
    "owners page: reasons to be an owner": (owners_view.REASONS, _values(owners.OwnerReason)),
    "owners page: shares": (owners_view.SHARES, set(owner_details.SHARE_REASONS)),
    "account setup: regimes": (account_setup_page.REGIMES, _values(Regime)),
    "risk: factors": (risk_words.FACTORS, set(risk.FACTORS)),
    "risk: direct rules": (risk_words.DIRECT_RULES, set(risk.DIRECT_RULES)),
    "risk: yes/no questions": (risk_words.QUESTIONS, set(step_records.RISK_ANSWERS)),
    "risk: explanations": (risk_words.EXPLANATIONS, _risk_explanations()),
    "uniqueness states to act on": (uniqueness_words.SHORT, _values(UniquenessState) - {"confirmed"}),
    "post-review: finding categories": (labels.FINDING_CATEGORIES, _values(post_review.FindingCategory)),
    "post-review: severities": (labels.SEVERITIES, _values(post_review.Severity)),
    "post-review: review statuses": (labels.REVIEW_STATUSES, _values(post_review.ReviewStatus)),
    "post-review: sample reasons": (labels.SAMPLE_REASONS, _values(post_review.SampleReason)),
    "incidents: kinds": (labels.INCIDENT_KINDS, _values(incidents.IncidentKind)),
    "incidents: levels": (labels.INCIDENT_LEVELS, _values(incidents.IncidentLevel)),
    "incidents: stages": (labels.INCIDENT_STAGES, _values(incidents.Stage)),
    "report: lines": (report_dialog.LINES, set(printed_report.LINES_ZH)),
    "report: section titles": (report_dialog.TITLES, set(printed_report.TITLES)),
    "report: decisions": (labels.DECISIONS, set(printed_report.DECISION_ZH) | {"unrated"}),
    "start-of-day: check names": (start_of_day.CHECK_NAMES, _start_of_day_checks()),
    "start-of-day: advice": (start_of_day.ADVICE, _start_of_day_checks()),
    "conflict queue: records": (conflict_queue.ENTITIES, _conflicting_tables()),
    "printed documents (print menu, preview, operation record)": (names.PRINTED_DOCUMENTS, set(DOCUMENTS)),
    "operation record: identity check results": (AUDIT_DETAIL_VALUES["result"], _values(CheckResult)),
    "operation record: identity check sources": (AUDIT_DETAIL_VALUES["source"], _values(CheckSource)),
    "operation record: decisions": (AUDIT_DETAIL_VALUES["decision"], _values(approval.DecisionKind)),
    "operation record: regimes": (AUDIT_DETAIL_VALUES["regime"], _values(Regime)),
    # why credentials were asked for: authenticate's purposes, and "confirm" (a one-time code in a session)
    "operation record: sign-in purposes": (
        AUDIT_DETAIL_VALUES["purpose"],
        set(ACCEPTED_ACTIONS) | {"confirm"},
    ),
}


def test_the_core_lists_are_read_from_the_core() -> None:
    """The scans find what the core writes, so an empty list never passes for complete."""
    assert {"overdue_step", "expired_identity", "expiring_identity", "approval_expiring"} <= MAPS["alerts"][1]
    assert {"risk.ownership.layered", "risk.channel.agent", "risk.channel.counter"} <= MAPS[
        "risk: explanations"
    ][1]
    assert "risk.ownership_layers_negative" not in MAPS["risk: explanations"][1]
    assert {"overdue_step", "filing_deadline", "duplicate_identifier"} <= _alerts_counted()
    assert {"key_store", "local_store", "sync_progress"} <= _start_of_day_checks()
    assert {"cases", "beneficial_owners"} <= _conflicting_tables()
    assert "politically_exposed" in MAPS["risk: direct rules"][1]


@pytest.mark.parametrize("name", sorted(MAPS))
def test_every_core_code_has_words(name: str) -> None:
    words, codes = MAPS[name]
    missing = sorted(str(code) for code in codes if code not in words)
    assert not missing, f"{name}: these codes would be shown as they are, add words for them: {missing}"


@pytest.mark.parametrize("kind", sorted(_alerts_raised()))
def test_every_alert_the_core_raises_has_its_own_sentence_on_the_home_page(kind: str, english) -> None:
    """Not only a name: with the parameters the core gives it, the alert is worded by its own sentence, not
    the general "open the case" one (a kind new in the core, or a parameter renamed, fails here)."""
    from ui.backend import Alert
    from ui.home.alert_words import alert_sentence

    params = dict.fromkeys(_alerts_raised()[kind], "1")
    assert {"overdue_step", "high_risk", "approval_expiring"} <= set(_alerts_raised())
    assert alert_sentence(Alert(kind, "c-0001", "the core's detail", "", params)), kind


def test_an_alert_the_screen_has_no_sentence_for_shows_no_english_from_the_core(chinese) -> None:
    from ui.backend import Alert
    from ui.home.alert_words import alert_text

    known = alert_text(Alert("overdue_step", "c-0001", "intake: 95 min, SLA 30 min", "", {"minutes": 95}))
    assert known.startswith("环节超时") and not re.search(r"[A-Za-z]", known), known
    new = alert_text(Alert("dormant_account", "c-0001", "no movement for 1 year", "", {"months": 12}))
    assert new and not re.search(r"[A-Za-z]", new), new


def test_an_alert_kind_the_screen_has_no_name_for_is_named_in_chinese_and_the_log_has_its_code(
    chinese, caplog
) -> None:
    """The home page's and the dashboard's column of kinds never shows a code such as `dormant_account`."""
    from ui.names import alert_label

    named = alert_label("dormant_account")
    assert named and not re.search(r"[A-Za-z_]", named), named
    assert "dormant_account" in caplog.text
    assert alert_label("overdue_step") == "环节超时"


def test_a_report_line_the_screen_has_no_words_for_gets_a_general_line_and_the_log_its_code(
    chinese, caplog
) -> None:
    """The report still opens (no KeyError): the line is named in general words, its figures stay."""
    line = report_dialog.words("dormant_accounts", step="intake")
    assert line and not re.search(r"[A-Za-z_]", line), line
    assert "dormant_accounts" in caplog.text
    assert report_dialog.words("step_median", step="intake") != line


def test_every_entry_a_refusal_names_has_words() -> None:
    """As ui.messages.readable_params shows it: by its own words, or a nested one (shareholders.name) by its
    last part's."""
    fields = _named_fields()
    assert {"nationalities", "years_in_business", "reason", "item_code"} <= fields
    missing = sorted(f for f in fields if f not in names.FIELDS and f.rsplit(".", 1)[-1] not in names.FIELDS)
    assert not missing, f"refusals would name these entries by their codes, add them to FIELDS: {missing}"


def test_every_rule_that_rates_high_directly_has_words_on_the_supervisor_s_summary(english) -> None:
    """The rule the summary names is the core's own code (`politically_exposed`, not `pep`)."""
    from ui.approval.summary_words import exception_text

    for rule in risk.DIRECT_RULES:
        sentence = exception_text("rated_directly", {"rule": rule})
        assert sentence == f"Rated directly by a rule: {risk_words.DIRECT_RULES[rule]}"


@pytest.mark.parametrize("action", sorted(_values(Action)))
def test_a_refusal_by_the_permission_matrix_names_the_action_in_chinese(action: str, chinese) -> None:
    from teller_app.domain.errors import RuleError
    from ui.messages import describe

    refusal = RuleError(
        "permission.denied", "The role {role} may not {action}", role="auditor", action=action
    )
    sentence = describe(refusal)
    assert sentence.startswith("审计无权") and not re.search(r"[A-Za-z_]", sentence), sentence


def test_a_refused_entry_is_named_in_chinese(chinese) -> None:
    from teller_app.domain.errors import InputError
    from ui.messages import describe

    refusal = InputError(
        "step.whole_number_expected", "{field} must be a whole number", field="years_in_business"
    )
    assert describe(refusal) == "“经营年限”须为整数。"
