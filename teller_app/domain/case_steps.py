"""Which steps a case goes through: required, optional or skipped, by customer kind and account type."""

from __future__ import annotations

from enum import StrEnum

from teller_app.domain.account_types import AccountType
from teller_app.domain.customers import CustomerKind
from teller_app.domain.steps import ORDER, Step


class StepRequirement(StrEnum):
    REQUIRED = "required"  # must be completed before approval
    OPTIONAL = "optional"  # completed, or skipped explicitly by the teller
    NOT_APPLICABLE = "not_applicable"  # the case never visits it


# The steps whose data the checker approves; approval and account setup come after.
CONTENT_STEPS: tuple[Step, ...] = ORDER[: ORDER.index(Step.APPROVAL)]

# 个体工商户 and individuals never file beneficial owners (受益所有人).
_NO_BENEFICIAL_OWNERS = frozenset({CustomerKind.INDIVIDUAL, CustomerKind.INDIVIDUAL_BUSINESS})


def step_requirement(kind: CustomerKind, account_type: AccountType, step: Step) -> StepRequirement:
    """How the procedure treats `step` for this customer kind and account type."""
    if step is Step.BENEFICIAL_OWNERS and kind in _NO_BENEFICIAL_OWNERS:
        return StepRequirement.NOT_APPLICABLE
    if step is Step.INTENT and account_type is not AccountType.BASIC:
        # 开户意愿核实 is required for a basic account; for other accounts the teller may skip it.
        return StepRequirement.OPTIONAL
    return StepRequirement.REQUIRED


def applicable_steps(kind: CustomerKind, account_type: AccountType) -> tuple[Step, ...]:
    """The steps the case visits, in procedure order."""
    return tuple(
        step
        for step in ORDER
        if step_requirement(kind, account_type, step) is not StepRequirement.NOT_APPLICABLE
    )


def next_step(kind: CustomerKind, account_type: AccountType, step: Step) -> Step | None:
    """The step after `step` that this case visits, or None after the last."""
    later = [s for s in applicable_steps(kind, account_type) if s.position > step.position]
    return later[0] if later else None


def previous_step(kind: CustomerKind, account_type: AccountType, step: Step) -> Step | None:
    """The step before `step` that this case visits, or None at the first."""
    earlier = [s for s in applicable_steps(kind, account_type) if s.position < step.position]
    return earlier[-1] if earlier else None
