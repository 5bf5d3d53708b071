"""The supervisor's case handling half of CoreBackend: cancel a case with a reason, hand a case over."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ui.core.needs import BackendPart

if TYPE_CHECKING:  # kept out of start-up (bench/startup)
    from teller_app.services.case_handling import CaseHandling
    from ui.backend import SessionInfo


class HandlingCalls(BackendPart):
    def _handling(self) -> CaseHandling:
        from teller_app.services.case_handling import CaseHandling

        return CaseHandling(self.store(), self.sign_in_service())

    def handling_reasons(self, session: SessionInfo, case_id: str) -> Any:
        """The case's procedure's standard reasons (teller_app.domain.handling_reasons.HandlingReasons)."""
        return self._handling().reasons(session.token, case_id)

    def case_holders(self, session: SessionInfo) -> list[Any]:
        """Who a case may be handed to (teller_app.services.case_handling.Holder)."""
        return self._handling().holders(session.token)

    def cancel_case(self, session: SessionInfo, case_id: str, reason: str, note: str) -> str:
        return self._handling().cancel(session.token, case_id, reason, note).status.value

    def hand_over_case(self, session: SessionInfo, case_id: str, to_user: str, reason: str, note: str) -> str:
        return self._handling().hand_over(session.token, case_id, to_user, reason, note).maker
