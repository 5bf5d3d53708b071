"""What the identity-step tests share: a verification service that answers from a table, a corporate case
brought to the identity step, and that step saved with or without the teller's terminal entries."""

from __future__ import annotations

from datetime import UTC, datetime

from service_helpers import COMPANY

from teller_app.domain.id_verification import CheckAnswer, CheckRequest, CheckResult
from teller_app.services import cases


class FakeService:
    """A verification service answering from a table; it notes what it was asked."""

    def __init__(self, result: CheckResult = CheckResult.MATCH, reference: str = "GA-0001") -> None:
        self.name = "fake:service"
        self.result, self.reference = result, reference
        self.asked: list[CheckRequest] = []

    def verify(self, request: CheckRequest) -> CheckAnswer:
        self.asked.append(request)
        photo = None if self.result is CheckResult.UNAVAILABLE else True
        reference = "" if self.result is CheckResult.UNAVAILABLE else f"{self.reference}-{len(self.asked)}"
        return CheckAnswer(self.result, reference, datetime(2026, 3, 2, 9, 1, tzinfo=UTC), photo)


def corporate_case_at_identity(store, teller, *, agent: bool = False):
    """A corporate basic-account case past intake (the legal representative or an agent present)."""
    case = cases.open_case(
        store, teller, "enterprise_legal_person", "basic", customer_name=COMPANY, agent_present=agent
    )
    intake = {"customer_name": COMPANY, "present": "agent" if agent else "legal_representative"}
    cases.save_step(store, teller, case.id, "intake", intake, complete=True, advance=True)
    return case


def without_terminal_entries(entries: dict) -> dict:
    """The identity step's entries without what the teller read from the verification terminal."""
    return {k: v for k, v in entries.items() if k != "verifications"}


def save_identity(store, teller, case_id, entries, **kw):
    """Save the identity step complete and move on (`id_check=`: the verification service to ask)."""
    return cases.save_step(store, teller, case_id, "identity", entries, complete=True, advance=True, **kw)
