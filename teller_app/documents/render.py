"""One entry point per document and `render(doc, sheet, out)` that writes a PDF atomically."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from teller_app.documents.agreement import build_agreement
from teller_app.documents.checklist import build_checklist
from teller_app.documents.confirmation import build_confirmation
from teller_app.documents.correction_notice import build_correction_notice
from teller_app.documents.flowchart import build_flowchart
from teller_app.documents.model import CaseSheet
from teller_app.documents.required import DOCUMENTS, check_printable
from teller_app.documents.risk_form import build_risk_form
from teller_app.files import write_atomically

BUILDERS: dict[str, Callable[[CaseSheet], bytes]] = {
    "agreement": build_agreement,
    "checklist": build_checklist,
    "risk": build_risk_form,
    "confirmation": build_confirmation,
    "flowchart": build_flowchart,
    "correction": build_correction_notice,
}
assert tuple(BUILDERS) == DOCUMENTS


def build(doc: str, sheet: CaseSheet) -> bytes:
    """The PDF bytes of one document; InputError for an unknown doc or a sheet that cannot be printed."""
    if doc not in BUILDERS:
        check_printable(sheet, doc)  # raises document.unknown with the choices
    return BUILDERS[doc](sheet)


def render(doc: str, sheet: CaseSheet, out: Path) -> Path:
    """Build `doc` for the case and write it to `out` atomically (temp file, fsync, rename)."""
    data = build(doc, sheet)
    write_atomically(Path(out), data, mode=0o600)
    return Path(out)
