"""The identity step's online ID checks: the teller's entries and the service's answers become records.

For each person who must be checked (step_checks.people_to_check), in this order:
1. a check already recorded about the same name and number stays as it was (not asked again), unless
   it said "unavailable" or the teller now records a different answer from the verification terminal;
2. the teller's entry (`verifications[person]`: result, reference, photo_compared — all required)
   becomes a manual record, by the acting user, at the unit of work's time;
3. otherwise, when a verification service is configured, it is asked; its answer (unavailable too) is
   recorded with the adapter's name.
Nobody else writes a record. Each new record is an audit event (identity.online_check).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from teller_app.domain.errors import RuleError, TellerError
from teller_app.domain.id_verification import (
    CheckAnswer,
    CheckRecord,
    CheckRequest,
    CheckResult,
    CheckSource,
    manual_answer,
    manual_entry_given,
    records_from,
    refuse_overwriting_a_refusal,
)
from teller_app.domain.steps import Step
from teller_app.services.case_work import CaseWork
from teller_app.services.identity_check import VerificationPort
from teller_app.services.step_checks import expiry_findings, identity_entry_problems, people_to_check

COMPUTED = ("online_check", "expiry_warnings")


def keep_recorded_checks(work: CaseWork, data: dict[str, Any]) -> dict[str, Any]:
    """The entries with the checks recorded so far: whatever the caller sent as `online_check` is
    replaced (records come only from `record_identity`), so a draft save never loses or forges one."""
    kept = work.case.data_for(Step.IDENTITY)
    data = {key: value for key, value in data.items() if key not in COMPUTED}
    data["online_check"] = {who: r.to_data() for who, r in records_from(kept.get("online_check")).items()}
    return data


def record_identity(
    work: CaseWork, data: dict[str, Any], port: VerificationPort | None
) -> tuple[dict[str, Any], list[TellerError]]:
    """The identity entries with `online_check` and `expiry_warnings` computed, and the problems found in
    the teller's verification entries (the other checks of the step come after, in step_checks)."""
    data = keep_recorded_checks(work, data)
    old = records_from(data["online_check"])
    context = work.context()
    warnings = expiry_findings(work.case, data, context.today, context.id_expiry_warning_days)[1]
    data["expiry_warnings"] = [{"code": w.code, **w.params} for w in warnings]
    if identity_entry_problems(work.case, data):
        return data, []  # the check needs well-formed numbers; the problems are listed next
    entries = data.get("verifications")
    entries = entries if isinstance(entries, Mapping) else {}
    records = dict(old)
    problems: list[TellerError] = []
    for who, (name, number) in people_to_check(work.case, data).items():
        kept = old.get(who)
        kept = kept if kept is not None and kept.about(name, number) else None
        try:
            record = _check_one(work, who, name, number, kept, old.get(who), entries.get(who), port)
        except TellerError as error:
            problems.append(error)
            continue
        if record is not None:
            records[who] = record
    try:
        _refuse_shared_references(records)
    except TellerError as error:
        return data, [*problems, error]
    data["online_check"] = {who: r.to_data() for who, r in records.items()}
    return data, problems


def _check_one(
    work: CaseWork,
    who: str,
    name: str,
    number: str,
    kept: CheckRecord | None,
    previous: CheckRecord | None,
    entry: Any,
    port: VerificationPort | None,
) -> CheckRecord | None:
    if manual_entry_given(entry):
        answer = manual_answer(entry, who, work.now)
        if kept is not None and _same_answer(kept, answer):
            return kept
        if kept is None and previous is not None and _same_answer(previous, answer):
            return previous  # the entry was for the name or number as they were: it does not count now
        refuse_overwriting_a_refusal(kept, answer, who, stands=work.definition.readings.mismatch_stands)
        return _record(work, who, name, number, answer, CheckSource.MANUAL, "manual")
    if kept is not None and kept.result is not CheckResult.UNAVAILABLE:
        return kept
    if port is None:
        return kept
    answer = port.verify(CheckRequest(name, number))
    return _record(work, who, name, number, answer, CheckSource.SERVICE, port.name)


def _same_answer(record: CheckRecord, answer: CheckAnswer) -> bool:
    return (
        record.source is CheckSource.MANUAL
        and record.result is answer.result
        and record.reference == answer.reference
        and record.photo_compared is answer.photo_compared
    )


def _record(
    work: CaseWork,
    who: str,
    name: str,
    number: str,
    answer: CheckAnswer,
    source: CheckSource,
    adapter: str,
) -> CheckRecord:
    record = CheckRecord(
        person=who,
        name=name,
        id_number=number,
        result=answer.result,
        reference=answer.reference,
        checked_at=answer.checked_at,
        photo_compared=answer.photo_compared,
        source=source,
        adapter=adapter,
        recorded_by=work.actor.user_id,
    )
    work.audit(
        "identity.online_check",
        step=Step.IDENTITY.value,
        details={
            "person": who,
            "result": record.result.value,
            "reference": record.reference,
            "photo_compared": record.photo_compared,
            "checked_at": record.checked_at.isoformat(),
            "source": record.source.value,
            "adapter": record.adapter,
        },
    )
    return record


def _refuse_shared_references(records: Mapping[str, CheckRecord]) -> None:
    seen: dict[str, str] = {}
    for who, record in records.items():
        if not record.reference:
            continue
        if record.reference in seen:
            error: TellerError = RuleError(
                "identity.verification_reference_reused",
                "{person} and {other} cannot have the same verification reference number",
                person=who,
                other=seen[record.reference],
            )
            raise error
        seen[record.reference] = who
