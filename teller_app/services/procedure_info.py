"""The process definition a screen or a document needs: the one a case pinned, or the one in force today."""

from __future__ import annotations

from teller_app.domain.procedure import ProcessDefinition
from teller_app.services.actors import Actor
from teller_app.services.business_day import business_date
from teller_app.services.case_lists import check_may_view
from teller_app.services.procedures import definition_by_version, effective_definition
from teller_app.storage.schema import Case as CaseRow
from teller_app.storage.store import Store

CENTRAL_SOURCE = "central:"  # the source of a definition adopted from the central database (signed)


def definition_for(store: Store, actor: Actor, case_id: str | None = None) -> ProcessDefinition:
    """The definition case `case_id` runs under (its pinned version), or today's when no case is named."""
    if not case_id:
        return effective_definition(business_date(store.clock()))
    check_may_view(store, actor, case_id)
    with store.reading() as session:
        row = session.get(CaseRow, case_id)
        assert row is not None  # check_may_view found it
        version = row.procedure_version
    return definition_by_version(version)


def is_published(definition: ProcessDefinition) -> bool:
    """True for a definition the operations department published centrally (not shipped with the app)."""
    return definition.source.startswith(CENTRAL_SOURCE)
