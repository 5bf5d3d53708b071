"""The Backend's calls about the procedure itself (flowchart, help, manual): the core's definition → plain views."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ui.core.needs import BackendPart

if TYPE_CHECKING:
    from teller_app.domain.procedure import ProcessDefinition
    from ui.backend import ProcedureView, SessionInfo


class ProcedureCalls(BackendPart):
    def procedure(self, session: SessionInfo, case_id: str | None) -> ProcedureView:
        from teller_app.services.procedure_info import definition_for

        return procedure_view(definition_for(self.store(), self._actor(session), case_id))


def procedure_view(definition: ProcessDefinition) -> ProcedureView:
    from teller_app.services.procedure_info import is_published
    from ui.backend import ProcedureView

    g = definition.governance
    return ProcedureView(
        version=definition.version,
        title=definition.title,
        owner_zh=g.owner_zh,
        owner_en=g.owner_en,
        authority_zh=g.interpretation_authority_zh,
        authority_en=g.interpretation_authority_en,
        effective_from=definition.effective_from,
        change_notes_zh=g.change_notes_zh,
        change_notes_en=definition.change_notes,
        revision_zh=g.revision_procedure_zh,
        revision_en=g.revision_procedure_en,
        supersedes=g.supersedes,
        nodes=definition.flowchart,
        published=is_published(definition),
    )
