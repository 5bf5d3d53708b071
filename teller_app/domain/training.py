"""Training scenarios as data (模拟操作): a scripted customer, the decisions expected of the trainee, a scoring
rule; an assessment is a set of scenarios with a pass mark. Parsing and scoring are pure functions here.

parse_scenario(mapping, source) -> Scenario
parse_assessment(mapping, source, scenarios) -> Assessment
score(scenario, facts) -> ScoreReport            each expectation met or missed, with its explanation
assessment_result(assessment, best) -> AssessmentResult
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from teller_app.domain.account_types import AccountType
from teller_app.domain.customers import CustomerKind
from teller_app.domain.definition_reader import DefinitionReader
from teller_app.domain.document_decisions import DocumentDecision, DocumentReason
from teller_app.domain.risk_levels import RiskLevel

CODE = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}")
EXPECTATION_KINDS = ("document", "owner_named", "risk_at_least", "field_equals", "not_approved")
_LEVELS = (RiskLevel.LOW, RiskLevel.MEDIUM, RiskLevel.MEDIUM_HIGH, RiskLevel.HIGH)


@dataclass(frozen=True)
class Bilingual:
    zh: str
    en: str


@dataclass(frozen=True)
class CustomerItem:
    """Something the scripted customer shows (a document) or says (an answer), as the card shows it."""

    label: Bilingual
    text: Bilingual


@dataclass(frozen=True)
class Expectation:
    """One decision expected of the trainee, worth `points`; `explain` says why when it is missed."""

    code: str
    kind: str  # one of EXPECTATION_KINDS
    points: int
    explain: Bilingual
    document: str = ""  # kind document: the checklist item
    decisions: tuple[DocumentDecision, ...] = ()
    reason: DocumentReason | None = None
    name: str = ""  # kind owner_named: the beneficial owner who must be identified
    level: RiskLevel | None = None  # kind risk_at_least
    step: str = ""  # kind field_equals: step and dotted field path, and the value
    field: str = ""
    value: str = ""


@dataclass(frozen=True)
class Scenario:
    code: str
    title: Bilingual
    brief: Bilingual  # what the trainee is told before the customer sits down
    customer_kind: CustomerKind
    account_type: AccountType
    customer_name: str
    traps: tuple[str, ...]
    documents: tuple[CustomerItem, ...]
    answers: tuple[CustomerItem, ...]
    expectations: tuple[Expectation, ...]
    pass_mark: int  # percent of the points
    source: str = ""

    @property
    def total_points(self) -> int:
        return sum(e.points for e in self.expectations)


@dataclass(frozen=True)
class Assessment:
    code: str
    title: Bilingual
    scenarios: tuple[str, ...]
    pass_mark: int  # percent, the mean of the scenarios' best scores
    valid_months: int  # how long the certification lasts
    source: str = ""


@dataclass(frozen=True)
class CaseFacts:
    """What the trainee decided on the sandbox case, in plain values (read by the training service)."""

    documents: Mapping[str, tuple[str, str]] = field(default_factory=dict)  # code → (decision, reason)
    owners: tuple[str, ...] = ()  # names of the beneficial owners recorded
    risk_level: str = ""
    fields: Mapping[str, str] = field(default_factory=dict)  # "step.path" → value
    status: str = ""
    approval_requested: bool = False


@dataclass(frozen=True)
class Outcome:
    expectation: Expectation
    met: bool
    found: str = ""  # what the trainee did instead, in plain words (for the explanation)


@dataclass(frozen=True)
class ScoreReport:
    scenario: str
    outcomes: tuple[Outcome, ...]
    points: int
    total: int
    pass_mark: int

    @property
    def percent(self) -> int:
        return round(100 * self.points / self.total) if self.total else 0

    @property
    def passed(self) -> bool:
        return self.total > 0 and self.percent >= self.pass_mark

    @property
    def misses(self) -> tuple[Outcome, ...]:
        return tuple(o for o in self.outcomes if not o.met)


@dataclass(frozen=True)
class AssessmentResult:
    assessment: str
    scores: Mapping[str, int]  # scenario → best percent (missing: not attempted)
    percent: int
    passed: bool


def _bilingual(r: DefinitionReader, table: Mapping[str, Any], key: str, path: str) -> Bilingual:
    return Bilingual(
        r.text(table.get(f"{key}_zh", ""), f"{path}.{key}_zh"),
        r.text(table.get(f"{key}_en", ""), f"{path}.{key}_en"),
    )


def _items(r: DefinitionReader, raw: Any, path: str) -> tuple[CustomerItem, ...]:
    if not isinstance(raw, list):
        r.fail(path, "must be a list of tables")
    items = []
    for index, entry in enumerate(raw):
        key = f"{path}[{index}]"
        table = r.table(entry, key)
        r.only_keys(table, key, required={"label_zh", "label_en", "text_zh", "text_en"})
        items.append(CustomerItem(_bilingual(r, table, "label", key), _bilingual(r, table, "text", key)))
    return tuple(items)


def _expectation(r: DefinitionReader, raw: Any, key: str) -> Expectation:
    table = r.table(raw, key)
    kind = r.text(table.get("kind", ""), f"{key}.kind")
    if kind not in EXPECTATION_KINDS:
        r.fail(
            f"{key}.kind",
            "{value!r} is not one of {allowed}",
            value=kind,
            allowed=", ".join(EXPECTATION_KINDS),
        )
    extra = {
        "document": {"document", "decisions", "reason"},
        "owner_named": {"name"},
        "risk_at_least": {"level"},
        "field_equals": {"step", "field", "value"},
        "not_approved": set(),
    }[kind]
    r.only_keys(
        table,
        key,
        required={"code", "kind", "points", "explain_zh", "explain_en"} | (extra - {"reason"}),
        optional={"reason"} & extra,
    )
    code = r.text(table["code"], f"{key}.code")
    if not CODE.fullmatch(code):
        r.fail(f"{key}.code", "must be lower-case letters, digits, - or _, not {value!r}", value=code)
    values: dict[str, Any] = {}
    if kind == "document":
        values["document"] = r.text(table["document"], f"{key}.document")
        values["decisions"] = tuple(
            r.choice(DocumentDecision, v, f"{key}.decisions")
            for v in r.texts(table["decisions"], f"{key}.decisions")
        )
        if not values["decisions"]:
            r.fail(f"{key}.decisions", "must name at least one decision")
        if "reason" in table:
            values["reason"] = r.choice(DocumentReason, table["reason"], f"{key}.reason")
    elif kind == "owner_named":
        values["name"] = r.text(table["name"], f"{key}.name")
    elif kind == "risk_at_least":
        values["level"] = r.choice(RiskLevel, table["level"], f"{key}.level")
    elif kind == "field_equals":
        values.update(
            step=r.text(table["step"], f"{key}.step"),
            field=r.text(table["field"], f"{key}.field"),
            value=r.text(table["value"], f"{key}.value"),
        )
    return Expectation(
        code=code,
        kind=kind,
        points=r.whole(table["points"], f"{key}.points", minimum=1, maximum=100),
        explain=_bilingual(r, table, "explain", key),
        **values,
    )


def parse_scenario(mapping: Mapping[str, Any], source: str) -> Scenario:
    """A scenario file (resources/training/scenarios/*.toml); a ConfigError names the source and key."""
    r = DefinitionReader(source, "training.invalid")
    root = r.table(mapping, "")
    r.only_keys(
        root,
        "",
        required={
            "code",
            "title_zh",
            "title_en",
            "brief_zh",
            "brief_en",
            "customer_kind",
            "account_type",
            "customer_name",
            "pass_mark",
            "expect",
        },
        optional={"traps", "documents", "answers"},
    )
    code = r.text(root["code"], "code")
    if not CODE.fullmatch(code):
        r.fail("code", "must be lower-case letters, digits, - or _, not {value!r}", value=code)
    raw_expect = root["expect"]
    if not isinstance(raw_expect, list) or not raw_expect:
        r.fail("expect", "must list at least one expected decision ([[expect]])")
    expectations = tuple(_expectation(r, item, f"expect[{i}]") for i, item in enumerate(raw_expect))
    codes = [e.code for e in expectations]
    for duplicate in sorted({c for c in codes if codes.count(c) > 1}):
        r.fail("expect", "{code!r} names more than one expectation", code=duplicate)
    return Scenario(
        code=code,
        title=_bilingual(r, root, "title", ""),
        brief=_bilingual(r, root, "brief", ""),
        customer_kind=r.choice(CustomerKind, root["customer_kind"], "customer_kind"),
        account_type=r.choice(AccountType, root["account_type"], "account_type"),
        customer_name=r.text(root["customer_name"], "customer_name"),
        traps=tuple(r.texts(root.get("traps", []), "traps")),
        documents=_items(r, root.get("documents", []), "documents"),
        answers=_items(r, root.get("answers", []), "answers"),
        expectations=expectations,
        pass_mark=r.whole(root["pass_mark"], "pass_mark", minimum=1, maximum=100),
        source=source,
    )


def parse_assessment(mapping: Mapping[str, Any], source: str, known: Mapping[str, Scenario]) -> Assessment:
    r = DefinitionReader(source, "training.invalid")
    root = r.table(mapping, "")
    r.only_keys(root, "", required={"code", "title_zh", "title_en", "scenarios", "pass_mark", "valid_months"})
    scenarios = tuple(r.texts(root["scenarios"], "scenarios"))
    if not scenarios:
        r.fail("scenarios", "must name at least one scenario")
    for index, code in enumerate(scenarios):
        if code not in known:
            r.fail(f"scenarios[{index}]", "{code!r} is not a scenario under resources/training", code=code)
    return Assessment(
        code=r.text(root["code"], "code"),
        title=_bilingual(r, root, "title", ""),
        scenarios=scenarios,
        pass_mark=r.whole(root["pass_mark"], "pass_mark", minimum=1, maximum=100),
        valid_months=r.whole(root["valid_months"], "valid_months", minimum=1, maximum=36),
        source=source,
    )


def _judge(e: Expectation, facts: CaseFacts) -> Outcome:
    if e.kind == "document":
        decision, reason = facts.documents.get(e.document, ("pending", ""))
        met = decision in {d.value for d in e.decisions} and (e.reason is None or reason == e.reason.value)
        return Outcome(e, met, f"{decision}/{reason}" if reason else decision)
    if e.kind == "owner_named":
        wanted = _plain(e.name)
        return Outcome(e, any(_plain(n) == wanted for n in facts.owners), "、".join(facts.owners) or "—")
    if e.kind == "risk_at_least":
        assert e.level is not None
        level = facts.risk_level
        met = level in {x.value for x in _LEVELS} and _LEVELS.index(RiskLevel(level)) >= _LEVELS.index(
            e.level
        )
        return Outcome(e, met, level or "—")
    if e.kind == "field_equals":
        found = facts.fields.get(f"{e.step}.{e.field}", "")
        return Outcome(e, _plain(found) == _plain(e.value), found or "—")
    # not_approved: the case must not have gone to approval (or must have been stopped)
    return Outcome(e, not facts.approval_requested, facts.status or "—")


def _plain(text: str) -> str:
    return "".join(str(text).split()).upper()


def score(scenario: Scenario, facts: CaseFacts) -> ScoreReport:
    """The scoring rule: each expectation met earns its points; the scenario passes at its pass mark."""
    outcomes = tuple(_judge(e, facts) for e in scenario.expectations)
    return ScoreReport(
        scenario=scenario.code,
        outcomes=outcomes,
        points=sum(o.expectation.points for o in outcomes if o.met),
        total=scenario.total_points,
        pass_mark=scenario.pass_mark,
    )


def assessment_result(assessment: Assessment, best: Mapping[str, int]) -> AssessmentResult:
    """Passed when every scenario was worked and the mean of the best scores reaches the pass mark."""
    scores = {code: best[code] for code in assessment.scenarios if code in best}
    percent = round(sum(scores.values()) / len(assessment.scenarios)) if assessment.scenarios else 0
    passed = len(scores) == len(assessment.scenarios) and percent >= assessment.pass_mark
    return AssessmentResult(assessment.code, scores, percent, passed)
