"""Drafts: what a teller typed and did not save, kept sealed for that teller and case until the step is saved.

    drafts.keep(store, actor, case_id, {"identity": {...}})   # closing the case or the app with unsaved entries
    drafts.of(store, actor, case_id)                          # reopening: {step: entries}
    drafts.discard(store, actor, case_id)                     # the teller chose to throw them away
    drafts.discard_in(uow, user_id, case_key, step)           # inside the unit of work that saves the step

`case_id` None is the case not opened yet (its intake). A draft keeps the entries exactly as typed (an
over-long text too: nothing is lost); they are checked and normalised when the step is saved. The rows are
local (never synced) and sealed with AES-GCM bound to their row like every record of personal data; only
the teller who typed them reads them.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select

from teller_app.domain import case_moves
from teller_app.domain.errors import InputError, RuleError
from teller_app.domain.permissions import Action
from teller_app.domain.steps import Step
from teller_app.services.actors import Actor, check_may
from teller_app.services.case_store import load_case_with_row
from teller_app.storage.schema_system import Draft
from teller_app.storage.store import Store
from teller_app.storage.unit_of_work import UnitOfWork

NEW_CASE = "new"


def _key(case_id: str | None) -> str:
    return case_id or NEW_CASE


def _check_owner(uow: UnitOfWork, actor: Actor, case_id: str | None) -> None:
    if case_id is None:
        check_may(actor, Action.OPEN_CASE)
        return
    check_may(actor, Action.EDIT_CASE)
    case, _row = load_case_with_row(uow, case_id)
    if case.maker != actor.user_id:
        raise RuleError(
            "case.not_your_case", "Only the teller who opened the case works on it", maker=case.maker
        )
    case_moves.refuse_if_not_editable(case)


def _rows(session: Any, user_id: str, case_key: str) -> list[Draft]:
    query = select(Draft).where(Draft.user_id == user_id, Draft.case_key == case_key)
    return list(session.scalars(query))


def keep(store: Store, actor: Actor, case_id: str | None, entries: Mapping[str, Mapping[str, Any]]) -> None:
    """Keep the unsaved entries of each step (replacing an older draft of the same step)."""
    steps = [case_moves.step_named(step).value for step in entries]
    if not all(isinstance(value, Mapping) for value in entries.values()):
        raise InputError("case.step_data_not_a_mapping", "Step data must be a set of named fields")
    with store.unit_of_work(user_id=actor.user_id) as uow:
        _check_owner(uow, actor, case_id)
        kept = {row.step: row for row in _rows(uow.session, actor.user_id, _key(case_id))}
        for step, value in zip(steps, entries.values(), strict=True):
            row = kept.get(step) or uow.new(
                Draft, id=str(uuid.uuid4()), user_id=actor.user_id, case_key=_key(case_id), step=step
            )
            row.updated_at = uow.clock()
            uow.seal(row, "entries", dict(value))
        uow.append_audit("draft.keep", case_id=case_id, details={"steps": steps})


def of(store: Store, actor: Actor, case_id: str | None) -> dict[str, dict[str, Any]]:
    """The acting teller's drafts of the case, by step (another teller's are never returned)."""
    with store.reading() as session:
        return {
            row.step: dict(store.sealer.open_json(row, "entries") or {})
            for row in _rows(session, actor.user_id, _key(case_id))
            if row.step in {s.value for s in Step}
        }


def discard(store: Store, actor: Actor, case_id: str | None) -> None:
    """Throw away the acting teller's drafts of the case."""
    with store.unit_of_work(user_id=actor.user_id) as uow:
        for row in _rows(uow.session, actor.user_id, _key(case_id)):
            uow.session.delete(row)


def discard_in(uow: UnitOfWork, user_id: str, case_key: str, step: str) -> None:
    """The step was saved: its draft has served."""
    for row in _rows(uow.session, user_id, case_key):
        if row.step == step:
            uow.session.delete(row)
