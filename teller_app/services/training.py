"""Training (培训与模拟操作): scripted scenarios worked in the real wizard on the training sandbox, scored by the
app, an assessment that records the certification when passed, and the trainees' results for supervisors.

scenarios() / assessments()                        resources/training, parsed once
start_scenario(sandbox, actor, code) -> Case       a training case for the scripted customer, in the sandbox
score_case(real, sandbox, actor, case_id)          the score and each miss explained; `training.scored` audited
take_assessment(real, actor, code)                 passed → users.certified_until set (`user.certified`)
training_results(real, actor)                      every trainee's best scores, for supervisors

The case work happens in the sandbox only; the real store receives only the results: `training.scored` and
`training.assessed` audit events and, on passing, the user's certification.
"""

from __future__ import annotations

import calendar
import tomllib
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import select

from teller_app.domain.errors import ConfigError, InputError, RuleError
from teller_app.domain.permissions import Action, WorkMode
from teller_app.domain.steps import Step
from teller_app.domain.training import (
    Assessment,
    AssessmentResult,
    CaseFacts,
    Scenario,
    ScoreReport,
    assessment_result,
    parse_assessment,
    parse_scenario,
    score,
)
from teller_app.paths import resources_dir
from teller_app.services.actors import Actor, check_may
from teller_app.services.business_day import business_date
from teller_app.storage.schema import AuditEvent, StoreMeta, User
from teller_app.storage.store import Store

_CASE_KEY = "training.case."


def training_folder() -> Path:
    return resources_dir() / "training"


def _read(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(
            "training.unreadable", "{source}: cannot be read ({problem})", source=str(path), problem=str(exc)
        ) from exc


@lru_cache(maxsize=4)
def _load(folder: Path) -> tuple[dict[str, Scenario], dict[str, Assessment]]:
    found = {}
    for path in sorted((folder / "scenarios").glob("*.toml")):
        scenario = parse_scenario(_read(path), str(path))
        found[scenario.code] = scenario
    tests = {}
    for path in sorted((folder / "assessments").glob("*.toml")):
        assessment = parse_assessment(_read(path), str(path), found)
        tests[assessment.code] = assessment
    return found, tests


def scenarios(folder: Path | None = None) -> dict[str, Scenario]:
    return _load(folder or training_folder())[0]


def assessments(folder: Path | None = None) -> dict[str, Assessment]:
    return _load(folder or training_folder())[1]


def scenario(code: str) -> Scenario:
    try:
        return scenarios()[code]
    except KeyError:
        raise InputError(
            "training.unknown_scenario", "There is no training scenario {scenario}", scenario=code
        ) from None


def require_sandbox(sandbox: Store | None) -> Store:
    """The sandbox of a session in training mode; a scenario is never worked anywhere else."""
    if sandbox is None:
        raise RuleError("training.not_in_training_mode", "Switch to training mode first")
    return sandbox


def check_may_leave_training(uncertified: bool) -> None:
    """An uncertified user works in training mode only (the certification gate)."""
    if uncertified:
        raise RuleError(
            "training.certification_needed",
            "Without a valid certification you work in training mode only; pass the assessment first",
        )


def in_training(actor: Actor) -> Actor:
    """The same person, in training mode (their real certification is not needed in the sandbox)."""
    return Actor(user_id=actor.user_id, role=actor.role, work_mode=WorkMode.TRAINING, name=actor.name)


def start_scenario(sandbox: Store, actor: Actor, code: str) -> Any:
    """Open the scripted customer's case in the sandbox (a training case); the trainee works it in the wizard."""
    from teller_app.services import cases

    chosen = scenario(code)
    trainee = in_training(actor)
    case = cases.open_case(
        sandbox,
        trainee,
        chosen.customer_kind.value,
        chosen.account_type.value,
        customer_name=chosen.customer_name,
        training=True,
    )
    with sandbox.unit_of_work(user_id=actor.user_id, local_only=True) as uow:
        uow.session.add(StoreMeta(key=_CASE_KEY + case.id, value=chosen.code))
    return case


def scenario_of(sandbox: Store, case_id: str) -> Scenario:
    with sandbox.reading() as session:
        meta = session.get(StoreMeta, _CASE_KEY + case_id)
    if meta is None:
        raise InputError(
            "training.not_a_scenario", "Case {case_id} is not a training scenario", case_id=case_id
        )
    return scenario(meta.value)


def _flatten(prefix: str, value: Any, into: dict[str, str]) -> None:
    if isinstance(value, dict):
        for key, inner in value.items():
            _flatten(f"{prefix}.{key}", inner, into)
    elif value is not None and not isinstance(value, list):
        into[prefix] = str(value)


def case_facts(sandbox: Store, actor: Actor, case_id: str) -> CaseFacts:
    """What the trainee recorded on the case, as the scoring rule reads it."""
    from teller_app.services import cases, documents_review

    trainee = in_training(actor)
    case = cases.get_case(sandbox, trainee, case_id)
    documents = {
        item.code: (item.decision.value, item.reason or "")
        for item in documents_review.checklist(sandbox, trainee, case_id)
    }
    owners = tuple(
        str(o.get("name", ""))
        for o in case.data_for(Step.BENEFICIAL_OWNERS).get("owners") or []
        if o.get("name")
    )
    fields: dict[str, str] = {}
    for step, data in case.step_data.items():
        _flatten(step.value, dict(data), fields)
    return CaseFacts(
        documents=documents,
        owners=owners,
        risk_level=case.risk_level.value if case.risk_level else "",
        fields=fields,
        status=case.status.value,
        approval_requested=case.requests_made > 0 or case.approval_request is not None,
    )


def score_case(real: Store, sandbox: Store, actor: Actor, case_id: str) -> ScoreReport:
    """Score the trainee's work on a scenario case; the result is recorded on the real chain."""
    chosen = scenario_of(sandbox, case_id)
    report = score(chosen, case_facts(sandbox, actor, case_id))
    with real.unit_of_work(user_id=actor.user_id) as uow:
        uow.append_audit(
            "training.scored",
            result="passed" if report.passed else "failed",
            details={
                "scenario": chosen.code,
                "sandbox_case": case_id,
                "percent": report.percent,
                "passed": report.passed,
                "missed": [o.expectation.code for o in report.misses],
            },
        )
    return report


@dataclass(frozen=True)
class TraineeResult:
    user_id: str
    username: str
    best: dict[str, int]  # scenario → best percent
    attempts: int
    certified_until: date | None


def _scored(real: Store, user_id: str | None = None) -> list[tuple[str, dict[str, Any]]]:
    with real.reading() as session:
        query = select(AuditEvent).where(AuditEvent.action == "training.scored").order_by(AuditEvent.seq)
        if user_id is not None:
            query = query.where(AuditEvent.user_id == user_id)
        return [
            (row.user_id or "", real.sealer.open_json(row, "details") or {}) for row in session.scalars(query)
        ]


def best_scores(real: Store, user_id: str) -> dict[str, int]:
    best: dict[str, int] = {}
    for _, details in _scored(real, user_id):
        code, percent = str(details.get("scenario", "")), int(details.get("percent", 0))
        best[code] = max(best.get(code, 0), percent)
    return best


def _add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def take_assessment(real: Store, actor: Actor, code: str) -> AssessmentResult:
    """The assessment from the trainee's best scores; passing records the certification with its expiry."""
    try:
        chosen = assessments()[code]
    except KeyError:
        raise InputError(
            "training.unknown_assessment", "There is no assessment {assessment}", assessment=code
        ) from None
    result = assessment_result(chosen, best_scores(real, actor.user_id))
    with real.unit_of_work(user_id=actor.user_id) as uow:
        details: dict[str, Any] = {"assessment": code, "percent": result.percent, "passed": result.passed}
        if result.passed:
            row = uow.session.get(User, actor.user_id)
            if row is None:
                raise InputError(
                    "user.unknown", "There is no user {username}", username=actor.name or actor.user_id
                )
            until = _add_months(business_date(uow.clock()), chosen.valid_months)
            if row.certified_until is None or row.certified_until < until:
                row.certified_until = until
                uow.save(row)
            details["certified_until"] = row.certified_until.isoformat()
            uow.append_audit(
                "user.certified",
                details={"username": row.username, "certified_until": details["certified_until"], "by": code},
            )
        uow.append_audit("training.assessed", result="passed" if result.passed else "failed", details=details)
    return result


def training_results(real: Store, actor: Actor) -> list[TraineeResult]:
    """Every trainee of this terminal's record with their best score per scenario (supervisors only)."""
    check_may(actor, Action.VIEW_DASHBOARD)
    attempts: dict[str, list[dict[str, Any]]] = {}
    for user_id, details in _scored(real):
        attempts.setdefault(user_id, []).append(details)
    results = []
    with real.reading() as session:
        for user_id, rows in attempts.items():
            user = session.get(User, user_id)
            best: dict[str, int] = {}
            for details in rows:
                code = str(details.get("scenario", ""))
                best[code] = max(best.get(code, 0), int(details.get("percent", 0)))
            results.append(
                TraineeResult(
                    user_id=user_id,
                    username=user.username if user is not None else user_id,
                    best=best,
                    attempts=len(rows),
                    certified_until=user.certified_until if user is not None else None,
                )
            )
    return sorted(results, key=lambda r: r.username)
