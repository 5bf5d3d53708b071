"""The Backend's help calls: help for a step of a case (F1), the operation manual, its PDF."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ui.core.needs import BackendPart

if TYPE_CHECKING:
    from teller_app.services.help import Manual, StepHelp
    from ui.backend import SessionInfo


class HelpCalls(BackendPart):
    def step_help(
        self,
        session: SessionInfo,
        case_id: str | None,
        step: str,
        customer_kind: str,
        account_type: str,
        language: str,
    ) -> StepHelp:
        """Help for `step` from the definition the case runs under (today's for a case not yet opened)."""
        from teller_app.services import help as help_service
        from teller_app.services.procedure_info import definition_for

        definition = definition_for(self.store(), self._actor(session), case_id)
        return help_service.step_help(definition, step, customer_kind, account_type, language)

    def manual(self, session: SessionInfo, language: str) -> Manual:
        from teller_app.services import help as help_service
        from teller_app.services.procedure_info import definition_for

        return help_service.manual(definition_for(self.store(), self._actor(session)), language)

    def write_manual_pdf(self, session: SessionInfo, language: str, path: str) -> str:
        from pathlib import Path

        from teller_app.services import help as help_service
        from teller_app.services.procedure_info import definition_for

        definition = definition_for(self.store(), self._actor(session))
        return str(help_service.write_manual_pdf(definition, language, Path(path)))
