"""The account half of CoreBackend's case calls: setting the account up, activating it, a one-account clash
cleared, and the regulator's 核准 and 备案 recorded on it."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from teller_app.domain.errors import InputError
from ui.core.needs import BackendPart

if TYPE_CHECKING:  # kept out of start-up (bench/startup)
    from teller_app.storage.store import Store
    from ui.backend import CaseView, SessionInfo


class AccountCalls(BackendPart):
    def set_up_account(self, session: SessionInfo, case_id: str) -> CaseView:
        from teller_app.services import account_setup

        store, actor = self.store(), self._actor(session)
        central = self._central_registry(store)
        return self._view(store, actor, account_setup.set_up_account(store, actor, case_id, central=central))

    def _central_registry(self, store: Store) -> Any:
        """The central database's one-account check when this terminal syncs, else None (offline rules)."""
        engine = getattr(self, "_sync_engine", None)
        if engine is None:
            return None
        from teller_app.sync.uniqueness import CentralAccountRegistry

        return lambda case_id: CentralAccountRegistry(engine.central, store, exclude_case=case_id)

    def activate_account(self, session: SessionInfo, case_id: str) -> CaseView:
        from teller_app.services import account_setup

        store, actor = self.store(), self._actor(session)
        return self._view(store, actor, account_setup.activate(store, actor, case_id))

    def clear_uniqueness_clash(self, session: SessionInfo, case_id: str, reason: str) -> CaseView:
        """A supervisor clears a one-account clash found at sync, with the reason recorded (audited)."""
        from teller_app.services import account_setup

        store, actor = self.store(), self._actor(session)
        return self._view(
            store, actor, account_setup.clear_uniqueness_clash(store, actor, case_id, reason=reason)
        )

    def record_regulator_approval(
        self, session: SessionInfo, case_id: str, number: str, approved_on: str
    ) -> CaseView:
        from teller_app.services import regulator_records

        store, actor = self.store(), self._actor(session)
        case = regulator_records.record_regulator_approval(
            store, actor, case_id, number=number, approved_on=_day(approved_on)
        )
        return self._view(store, actor, case)

    def record_account_filing(
        self, session: SessionInfo, case_id: str, reference: str, filed_on: str
    ) -> CaseView:
        from teller_app.services import regulator_records

        store, actor = self.store(), self._actor(session)
        case = regulator_records.record_account_filing(
            store, actor, case_id, reference=reference, filed_on=_day(filed_on)
        )
        return self._view(store, actor, case)


def _day(text: str) -> date:
    """A yyyy-MM-dd day from a date field; InputError (translated) for anything else."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InputError("regulator.date_missing", "The date of the {field} is required", field="") from None
