"""The Backend's calls for the operation record (操作记录): events listed through the core's filter (each
listing recorded there) and the record's chain verified; a broken chain proposes an incident."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ui.core.needs import BackendPart

if TYPE_CHECKING:
    from ui.backend import AuditFilter, AuditRow, ChainVerdict, SessionInfo


class AuditCalls(BackendPart):
    def audit_events(self, session: SessionInfo, where: AuditFilter) -> list[AuditRow]:
        """The operation record through the core (permission-checked there; each listing is recorded)."""
        from teller_app.services import audit_trail

        actor, store = self._actor(session), self.store()
        user_id = None
        if where.user_name:
            user_id = audit_trail.user_id_for(store, where.user_name)
            if user_id is None:
                return []
        entries = audit_trail.list_events(
            store,
            actor,
            case_id=where.case_id or None,
            user_id=user_id,
            action=where.action or None,
            since=where.since,
            until=where.until,
        )
        return [_audit_row(e) for e in entries]

    def verify_audit_chain(self, session: SessionInfo) -> ChainVerdict:
        from teller_app.services import audit_trail
        from ui.backend import ChainVerdict

        result = audit_trail.verify(self.store(), self._actor(session))
        if not result.ok:
            self._propose_incidents(["audit_chain"])
        return ChainVerdict(ok=result.ok, events_checked=result.count, first_broken=result.first_broken_seq)


def _audit_row(entry: Any) -> AuditRow:
    import json

    from ui.backend import AuditRow

    return AuditRow(
        sequence=entry.seq,
        at=entry.occurred_at,
        user_name=entry.user_name,
        case_id=entry.case_id or "",
        step=entry.step or "",
        action=entry.action,
        result=entry.result,
        display_name=entry.display_name,
        terminal=entry.terminal,
        details=json.dumps(entry.details, ensure_ascii=False, sort_keys=True, default=str)
        if entry.details
        else "",
        details_hidden=not entry.details_shown,
    )
