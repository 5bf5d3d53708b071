"""A change to who the customer is, who owns it or what it does voids its risk rating (风险评级作废).

The rating rests on the identity, the owners and the business recorded before it; when any of those
steps changes after the rating (a correction after a return, or an edit from Back), the rating's results
are removed, the risk step is no longer done and the case has no risk level until it is rated again.
The teller's own risk entries stay, so nothing typed is lost. Which change counts is the definition's
reading `[readings] rating_voided_by` (domain.readings): any change by default.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from teller_app.domain.case import Case
from teller_app.domain.case_moves import changed
from teller_app.domain.steps import Step

STEPS_THE_RATING_RESTS_ON = (Step.INTAKE, Step.IDENTITY, Step.BENEFICIAL_OWNERS)
RATING_RESULTS = (
    "score",
    "level",
    "direct_rules",
    "contributions",
    "assessed_on",
    "assessed_at",
    "next_review",
    "enhanced_due_diligence",
    "approver_roles",
    "limits",
)
# Computed by the services, not entered: a re-computation alone is no change of the facts.
COMPUTED_ENTRIES = ("online_check", "expiry_warnings", "verifications", "owners", "filing")


def is_rated(case: Case) -> bool:
    return "level" in case.data_for(Step.RISK)


# Left out under the reading `rating_voided_by = "not_contact_details"` (domain.readings), at the top of a
# step's entries and inside each person's entries (legal representative, agent, owner …).
CONTACT_ENTRIES = frozenset({"phone", "address", "contact"})


def facts_changed(before: Mapping[str, Any], after: Mapping[str, Any], voided_by: str = "any_change") -> bool:
    """Whether the entries of a step differ, leaving out what the services compute (and, under the
    reading "not_contact_details", phone numbers and addresses)."""
    contact = CONTACT_ENTRIES if voided_by == "not_contact_details" else frozenset()

    def facts(data: Any) -> Any:
        if isinstance(data, Mapping):
            return {k: facts(v) for k, v in data.items() if k not in contact}
        if isinstance(data, list):
            return [facts(v) for v in data]
        return data

    def entered(data: Mapping[str, Any]) -> Any:
        return facts({k: v for k, v in data.items() if k not in COMPUTED_ENTRIES})

    return bool(entered(before) != entered(after))


def void_rating(case: Case) -> Case:
    """The case without its risk rating: the entries stay, the results go, the step is to be redone."""
    risk = case.data_for(Step.RISK)
    entries = {k: v for k, v in risk.items() if k not in RATING_RESULTS}
    return changed(
        case,
        step_data={**case.step_data, Step.RISK: entries},
        completed=case.completed - {Step.RISK},
        risk_level=None,
    )
