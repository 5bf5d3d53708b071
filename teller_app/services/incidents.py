"""Incidents (5.3 应急预案): report → assess (level) → respond → handle → review, by hand or proposed.

    desk = IncidentDesk(store, sign_in)
    desk.report(session, "system_failure", "打印机与系统均无响应", drill=False)
    desk.assess(supervisor_session, incident_id, "3", "…"); desk.respond(…); desk.handle(…); desk.review(…)
    desk.propose(Observation(offline_minutes=180))   # the terminal's own watch: opens what it calls for

A proposed incident of a kind already open on this terminal is not opened twice. Who acts comes from a
live signed-in session only; each stage records who and when, and is audited.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select

from teller_app.domain.errors import InputError
from teller_app.domain.incidents import IncidentKind, IncidentLevel, Observation, Stage, next_stage, proposals
from teller_app.domain.permissions import Action
from teller_app.domain.sign_in import Session
from teller_app.services.actors import check_may
from teller_app.services.business_day import business_date
from teller_app.services.procedures import effective_definition
from teller_app.services.sign_in import SignInService
from teller_app.services.signed_in import SignedInDesk, signed_in_actor
from teller_app.storage.schema import Incident
from teller_app.storage.store import Store
from teller_app.storage.unit_of_work import UnitOfWork

MAX_NOTE = 2000
SYSTEM = "system"  # who reports a proposed incident


@dataclass(frozen=True)
class IncidentView:
    incident_id: str
    terminal: str
    kind: str
    drill: bool
    origin: str
    level: str | None
    stage: str
    times: dict[str, tuple[str | None, datetime | None]]  # stage → (who, when)
    notes: dict[str, Any]


def _note(text: object) -> str:
    if text is None:
        return ""
    if not isinstance(text, str):
        raise InputError("case.unknown_value", "{field} cannot be {value}", field="note", value=str(text))
    cleaned = text.strip()
    if len(cleaned) > MAX_NOTE:
        raise InputError(
            "feedback.text_too_long",
            "The {field} may have at most {limit} characters, not {length}",
            field="note",
            limit=MAX_NOTE,
            length=len(cleaned),
        )
    return cleaned


_STAGE_COLUMNS = {
    Stage.REPORTED: ("reported_by", "reported_at"),
    Stage.ASSESSED: ("assessed_by", "assessed_at"),
    Stage.RESPONDING: ("responded_by", "responded_at"),
    Stage.HANDLED: ("handled_by", "handled_at"),
    Stage.REVIEWED: ("reviewed_by", "reviewed_at"),
}


class IncidentDesk(SignedInDesk):
    def report(self, session: Session, kind: str, note: str = "", *, drill: bool = False) -> IncidentView:
        actor = self._acting(session, Action.REPORT_INCIDENT)
        try:
            what = IncidentKind(kind)
        except ValueError:
            raise InputError(
                "case.unknown_value", "{field} cannot be {value}", field="kind", value=str(kind)
            ) from None
        text = _note(note)
        with self.store.unit_of_work(user_id=actor.user_id) as uow:
            row = self._open(
                uow, what, actor.user_id, "manual", bool(drill), {"reported": text} if text else {}
            )
            return self._view(uow, row)

    def propose(self, seen: Observation) -> list[IncidentView]:
        """Open the incidents the terminal's observation calls for (none twice while one is open)."""
        rule = effective_definition(business_date(self.store.clock())).incidents
        wanted = proposals(seen, rule)
        if not wanted:
            return []
        opened = []
        with self.store.unit_of_work(user_id=None) as uow:
            open_kinds = set(
                uow.session.scalars(
                    select(Incident.kind).where(
                        Incident.terminal == self.store.identity.terminal,
                        Incident.stage != Stage.REVIEWED.value,
                        Incident.drill.is_(False),
                    )
                )
            )
            for kind, facts in wanted:
                if kind.value in open_kinds:
                    continue
                row = self._open(uow, kind, SYSTEM, "proposed", False, {"proposed": facts})
                opened.append(self._view(uow, row))
        return opened

    def _open(
        self, uow: UnitOfWork, kind: IncidentKind, who: str, origin: str, drill: bool, notes: dict[str, Any]
    ) -> Incident:
        row = uow.new(
            Incident,
            terminal=self.store.identity.terminal,
            kind=kind.value,
            drill=drill,
            origin=origin,
            stage=Stage.REPORTED.value,
            reported_by=who,
            reported_at=uow.clock(),
        )
        uow.seal(row, "notes", notes)
        uow.append_audit(
            "incident.reported",
            details={"incident": row.id, "kind": kind.value, "drill": drill, "origin": origin},
        )
        return row

    def assess(self, session: Session, incident_id: str, level: str, note: str = "") -> IncidentView:
        try:
            graded = IncidentLevel(str(level))
        except ValueError:
            raise InputError(
                "case.unknown_value", "{field} cannot be {value}", field="level", value=str(level)
            ) from None
        return self._advance(session, incident_id, Stage.ASSESSED, note, level=graded.value)

    def respond(self, session: Session, incident_id: str, note: str = "") -> IncidentView:
        return self._advance(session, incident_id, Stage.RESPONDING, note)

    def handle(self, session: Session, incident_id: str, note: str = "") -> IncidentView:
        return self._advance(session, incident_id, Stage.HANDLED, note)

    def review(self, session: Session, incident_id: str, note: str) -> IncidentView:
        """The review (总结复盘) closes the incident; it says what was learned, so it needs a note."""
        if not _note(note):
            raise InputError("incident.review_note_required", "Say what the review found")
        return self._advance(session, incident_id, Stage.REVIEWED, note)

    def _advance(
        self, session: Session, incident_id: str, stage: Stage, note: str, level: str | None = None
    ) -> IncidentView:
        actor = self._acting(session, Action.HANDLE_INCIDENT)
        text = _note(note)
        with self.store.unit_of_work(user_id=actor.user_id) as uow:
            row = uow.get(Incident, incident_id) if isinstance(incident_id, str) else None
            if row is None or row.branch != self.store.identity.branch:
                raise InputError(
                    "incident.not_found", "There is no incident {incident_id}", incident_id=str(incident_id)
                )
            row.stage = next_stage(Stage(row.stage), stage).value
            who, when = _STAGE_COLUMNS[stage]
            setattr(row, who, actor.user_id)
            setattr(row, when, uow.clock())
            if level is not None:
                row.level = level
            notes = dict(uow.open(row, "notes") or {})
            if text:
                notes[stage.value] = text
                uow.seal(row, "notes", notes)
            uow.append_audit(
                f"incident.{stage.value}",
                details={"incident": row.id, "level": row.level, "drill": row.drill},
            )
            return self._view(uow, row)

    def incidents(self, session: Session, *, include_closed: bool = True) -> list[IncidentView]:
        actor = signed_in_actor(self.store, self.sign_in, session)
        check_may(actor, Action.REPORT_INCIDENT)
        query = select(Incident).where(Incident.branch == self.store.identity.branch)
        if not include_closed:
            query = query.where(Incident.stage != Stage.REVIEWED.value)
        with self.store.reading() as db:
            return [self._view(None, row) for row in db.scalars(query.order_by(Incident.reported_at.desc()))]

    def _view(self, _uow: UnitOfWork | None, row: Incident) -> IncidentView:
        return IncidentView(
            incident_id=row.id,
            terminal=row.terminal,
            kind=row.kind,
            drill=bool(row.drill),
            origin=row.origin,
            level=row.level,
            stage=row.stage,
            times={
                s.value: (getattr(row, who), getattr(row, when)) for s, (who, when) in _STAGE_COLUMNS.items()
            },
            notes=dict(self.store.sealer.open_json(row, "notes") or {}),
        )


def observe_terminal(store: Store, now: datetime) -> Observation:
    """What the terminal's own records say now: how long it has been offline, how often the oldest waiting
    change has failed (plain sync state and outbox columns; nothing decrypted, no network)."""
    import sqlalchemy as sa

    from teller_app.storage.schema import OutboxEntry
    from teller_app.sync.status import sync_status

    status = sync_status(store, now)
    offline = None
    if not status.online:
        since = status.last_sync_at
        if since is None and status.oldest_waiting_seconds is not None:
            since = now - timedelta(seconds=status.oldest_waiting_seconds)
        if since is not None:
            offline = max(0, int((now - since).total_seconds() // 60))
    with store.reading() as db:
        attempts = db.scalar(
            sa.select(sa.func.max(OutboxEntry.attempts)).where(OutboxEntry.state == "waiting")
        )
    return Observation(offline_minutes=offline, oldest_failed_attempts=int(attempts or 0))


def propose_from_checks(store: Store, sign_in: SignInService, failed: set[str]) -> list[IncidentView]:
    """Start-of-day or doctor checks that failed: the audit chain and the key store propose an incident."""
    seen = Observation(
        audit_chain_ok=False if "audit_chain" in failed else None,
        key_store_ok=False if "key_store" in failed else None,
    )
    return IncidentDesk(store, sign_in).propose(seen)
