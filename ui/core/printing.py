"""Printing through CoreBackend: a case's document to a PDF, for the counter's preview and printer, and each
print recorded."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ui.core.needs import BackendPart

if TYPE_CHECKING:  # kept out of start-up (bench/startup)
    from ui.backend import SessionInfo


class PrintCalls(BackendPart):
    def print_document(self, session: SessionInfo, case_id: str, document: str, path: str) -> str:
        """Render one of the case's documents to a PDF file (printed from the preview); an audit event."""
        try:
            from teller_app.services import printing
        except ImportError:
            from teller_app.domain.errors import EnvironmentProblem

            raise EnvironmentProblem(
                "ui.not_available",
                "This function is not available in this version yet: {function}.",
                function="printing",
            ) from None
        store, actor = self.store(), self._actor(session)
        printing.print_case(store, actor, case_id, document, Path(path))
        return path

    def render_for_print(self, session: SessionInfo, case_id: str, document: str, path: str) -> object:
        """The document as a PDF for the counter's preview and printer; the print job it returns is handed
        back to record_print, so the record names the version the file shows."""
        from teller_app.services import printing

        return printing.write_for_print(self.store(), self._actor(session), case_id, document, Path(path))

    def record_print(
        self,
        session: SessionInfo,
        case_id: str,
        document: str,
        printer: str,
        pages: int,
        job: object = None,
    ) -> None:
        from teller_app.services import printing

        printing.record_print(
            self.store(),
            self._actor(session),
            case_id,
            document,
            printer=printer,
            pages=pages,
            job=job if isinstance(job, printing.PrintJob) else None,
        )

    def printed_documents(self, session: SessionInfo, case_id: str) -> frozenset[str]:
        from teller_app.services import printing

        return printing.printed_documents(self.store(), self._actor(session), case_id)
