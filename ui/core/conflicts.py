"""The Backend's calls for the supervisor's conflict queue: the changes the central database could not take
as they came, listed with their case, and one kept (this terminal's version or the central one)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ui.core.needs import BackendPart

if TYPE_CHECKING:
    from ui.backend import ConflictRow, SessionInfo


class ConflictCalls(BackendPart):
    def conflicts(self, session: SessionInfo) -> list[ConflictRow]:
        from teller_app.domain.permissions import Action, require
        from teller_app.sync.conflicts import list_conflicts
        from ui.backend import ConflictRow

        actor = self._actor(session)
        require(actor.role, Action.RESOLVE_CONFLICT)
        from teller_app.services.case_lists import case_numbers

        found = list_conflicts(self._central(), branch=self.real_store().identity.branch)
        of_case = {
            c.id: c.entity_id if c.entity == "cases" else str(c.local_payload.get("case_id") or "")
            for c in found
        }
        numbers = case_numbers(self.real_store(), {i for i in of_case.values() if i})
        return [
            ConflictRow(
                c.id,
                c.entity,
                c.entity_id,
                c.terminal_id,
                c.base_version,
                c.central_version,
                c.created_at,
                case_id=of_case[c.id],
                case_number=numbers.get(of_case[c.id], ""),
            )
            for c in found
        ]

    def resolve_conflict(self, session: SessionInfo, conflict_id: str, keep: str) -> list[ConflictRow]:
        """Keep this terminal's version ("local") or the central one ("central"); recorded centrally."""
        from teller_app.domain.permissions import Action, require
        from teller_app.sync.conflicts import resolve_conflict

        actor = self._actor(session)
        require(actor.role, Action.RESOLVE_CONFLICT)
        resolve_conflict(self._central(), conflict_id, keep, actor.user_id)
        with self.real_store().unit_of_work(user_id=actor.user_id) as uow:
            uow.append_audit("sync.conflict_resolved", details={"conflict": conflict_id, "keep": keep})
        self.sync_now()
        return self.conflicts(session)
