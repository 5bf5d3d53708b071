"""The maker's moves on a case: save a step, record documents and risk, advance, skip, go back, cancel."""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import replace
from datetime import datetime
from typing import Any

from teller_app.domain.canonical import canonical_json
from teller_app.domain.case import Case, CaseStatus, approval_still_valid, case_content_hash
from teller_app.domain.case_steps import (
    CONTENT_STEPS,
    StepRequirement,
    applicable_steps,
    next_step,
    previous_step,
    step_requirement,
)
from teller_app.domain.case_timing import close_clock, enter_step
from teller_app.domain.document_decisions import DocumentDecision
from teller_app.domain.errors import InputError, RuleError
from teller_app.domain.risk_levels import RiskLevel
from teller_app.domain.steps import Step


def refuse_if_closed(case: Case) -> None:
    """A rejected, cancelled or active case takes no more moves."""
    if case.status.is_final:
        raise RuleError(
            "case.closed",
            "The case is {status}; it takes no more changes",
            status=case.status.value,
        )


def refuse_if_not_editable(case: Case) -> None:
    """Case data may change only while the maker holds the case and no account exists yet."""
    _refuse_unless_maker_holds(case)
    if case.account is not None:
        raise RuleError(
            "case.account_already_set_up",
            "The account is already set up; the case can no longer change",
        )


def _refuse_unless_maker_holds(case: Case) -> None:
    """The maker moves the case only while it is open and no checker holds it."""
    refuse_if_closed(case)
    if case.status is CaseStatus.AWAITING_APPROVAL:
        raise RuleError(
            "case.awaiting_approval",
            "The case is waiting for approval; it cannot change until the checker decides",
        )


def step_named(value: Step | str, field: str = "step") -> Step:
    """A Step from a Step or its text value; unknown text is an InputError, not a crash."""
    try:
        return Step(value)
    except ValueError:
        raise InputError(
            "case.unknown_value", "{field} cannot be {value}", field=field, value=str(value)
        ) from None


def changed(case: Case, **changes: Any) -> Case:
    """Apply a change to case data; if it changes what was approved, the approval is void.

    A voided approval sends the case back to in-progress: approval must be requested again.
    """
    updated = replace(case, **changes)
    if case.status is not CaseStatus.APPROVED:
        return updated
    lost_completion = bool((case.completed - updated.completed) & set(CONTENT_STEPS))
    if lost_completion or case_content_hash(updated) != case_content_hash(case):
        return replace(
            updated,
            status=CaseStatus.IN_PROGRESS,
            approval=None,
            completed=updated.completed - {Step.APPROVAL},
        )
    return updated


def _refuse_unless_at(case: Case, step: Step) -> None:
    if case.step is not step:
        raise RuleError(
            "case.not_current_step",
            "This is done at the step {step}; the case is at {current}",
            step=step.value,
            current=case.step.value,
        )


def save_step(case: Case, data: Mapping[str, Any], *, complete: bool, step: Step | str | None = None) -> Case:
    """Save the current step's form. `complete` is the step's guard, computed by the caller.

    Saving never discards another step's data. An edit that changes an approved case voids its approval.
    """
    refuse_if_not_editable(case)
    step = case.step if step is None else step_named(step)
    _refuse_unless_at(case, step)
    if step not in CONTENT_STEPS:
        raise RuleError(
            "case.illegal_move",
            "The step {step} has no form to save",
            step=step.value,
        )
    if not isinstance(data, Mapping):
        raise InputError("case.step_data_not_a_mapping", "Step data must be a set of named fields")
    saved = plain_copy(data)
    completed = case.completed | {step} if complete else case.completed - {step}
    skipped = case.skipped - {step} if complete else case.skipped
    return changed(
        case,
        step_data={**case.step_data, step: saved},
        completed=completed,
        skipped=skipped,
    )


def plain_copy(data: Mapping[str, Any]) -> dict[str, Any]:
    """A private deep copy of recordable data (text keys, canonical-JSON values) or an InputError."""
    try:
        canonical_json(data)
    except (TypeError, ValueError) as error:
        raise InputError(
            "case.step_data_not_recordable",
            "Step data holds a value that cannot be recorded: {problem}",
            problem=str(error),
        ) from None
    if not all(isinstance(key, str) for key in data):
        raise InputError("case.step_data_not_recordable", "Step data field names must be text")
    return copy.deepcopy(dict(data))


def record_document(case: Case, item_code: str, decision: DocumentDecision | str) -> Case:
    """Record the teller's decision on one required document (at the documents step)."""
    refuse_if_not_editable(case)
    _refuse_unless_at(case, Step.DOCUMENTS)
    if not isinstance(item_code, str) or not item_code.strip():
        raise InputError("case.field_required", "The field {field} is required", field="item_code")
    try:
        value = DocumentDecision(decision)
    except ValueError:
        raise InputError(
            "case.unknown_value", "{field} cannot be {value}", field="decision", value=str(decision)
        ) from None
    return changed(case, documents={**case.documents, item_code.strip(): value})


def record_risk_level(case: Case, level: RiskLevel | str) -> Case:
    """Record the rated AML risk level (at the risk step)."""
    refuse_if_not_editable(case)
    _refuse_unless_at(case, Step.RISK)
    try:
        value = RiskLevel(level)
    except ValueError:
        raise InputError(
            "case.unknown_value", "{field} cannot be {value}", field="risk_level", value=str(level)
        ) from None
    return changed(case, risk_level=value)


def step_done(case: Case, step: Step) -> bool:
    """A step is done when completed, or when it is optional and was skipped on purpose."""
    if step in case.completed:
        return True
    requirement = step_requirement(case.customer_kind, case.account_type, step)
    return requirement is StepRequirement.OPTIONAL and step in case.skipped


def advance(case: Case, to: Step | str | None = None, *, now: datetime) -> Case:
    """Move to the next step the case visits, only when the current step is done."""
    _refuse_unless_maker_holds(case)
    target = None if to is None else step_named(to, "to")
    expected = next_step(case.customer_kind, case.account_type, case.step)
    if expected is None:
        raise RuleError("case.no_next_step", "The step {step} is the last one", step=case.step.value)
    if target is not None and target is not expected:
        raise RuleError(
            "case.step_out_of_order",
            "Step {step} comes after {expected}",
            step=target.value,
            expected=expected.value,
        )
    if case.step is Step.APPROVAL:
        if not approval_still_valid(case):
            raise RuleError("case.not_approved", "The case needs a valid approval before account setup")
    elif not step_done(case, case.step):
        raise RuleError(
            "case.step_incomplete",
            "The step {step} is not complete",
            step=case.step.value,
        )
    return enter_step(case, expected, now)


def skip_step(case: Case, *, now: datetime) -> Case:
    """Skip the current step on purpose; only an optional step (e.g. intent for a non-basic account)."""
    refuse_if_not_editable(case)
    requirement = step_requirement(case.customer_kind, case.account_type, case.step)
    if requirement is not StepRequirement.OPTIONAL:
        raise RuleError(
            "case.step_not_optional",
            "The step {step} cannot be skipped for this case",
            step=case.step.value,
        )
    skipped = changed(case, skipped=case.skipped | {case.step}, completed=case.completed - {case.step})
    return advance(skipped, now=now)


def go_back(case: Case, to: Step | str | None = None, *, now: datetime) -> Case:
    """Return to an earlier step to look or correct; every step's data stays as it was."""
    refuse_if_not_editable(case)
    if to is None:
        target = previous_step(case.customer_kind, case.account_type, case.step)
        if target is None:
            raise RuleError("case.no_previous_step", "The step {step} is the first one", step=case.step.value)
    else:
        target = step_named(to, "to")
        visited = applicable_steps(case.customer_kind, case.account_type)
        if target not in visited or target.position >= case.step.position:
            raise RuleError(
                "case.illegal_move",
                "The case cannot go back from {current} to {step}",
                current=case.step.value,
                step=target.value,
            )
    return enter_step(case, target, now)


def cancel_case(case: Case, *, reason: str, now: datetime) -> Case:
    """Cancel a case that is not yet approved (撤销); a reason is required."""
    refuse_if_closed(case)
    if case.status is CaseStatus.APPROVED:
        raise RuleError(
            "case.cancel_after_approval",
            "An approved case cannot be cancelled",
        )
    if not isinstance(reason, str) or not reason.strip():
        raise RuleError("case.reason_required", "A reason is required to cancel a case")
    cancelled = replace(
        case,
        status=CaseStatus.CANCELLED,
        approval_request=None,
        cancel_reason=reason.strip(),
    )
    return close_clock(cancelled, now)


def hand_over(case: Case, *, to: str, now: datetime) -> Case:
    """Give an open case to another teller (移交): the new holder works it, the old one no longer may.

    Not while a checker holds it (waiting for approval) nor once closed; an approval given while another
    person held the case is void (the checker approved that maker's work): the new holder requests again.
    Everyone who held the case stays recorded, and none of them may decide on it.
    """
    _refuse_unless_maker_holds(case)
    if case.account is not None:
        raise RuleError(
            "case.account_already_set_up", "The account is already set up; the case can no longer change"
        )
    if not isinstance(to, str) or not to.strip():
        raise InputError("case.field_required", "The field {field} is required", field="to")
    if to == case.maker:
        raise RuleError("case.hand_over_to_holder", "The case is already held by this person")
    handed = replace(case, maker=to, holders=(*case.holders, case.maker))
    if case.status is CaseStatus.APPROVED:
        handed = replace(
            handed, status=CaseStatus.IN_PROGRESS, approval=None, completed=case.completed - {Step.APPROVAL}
        )
    return handed
