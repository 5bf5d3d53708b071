"""Printed documents of a case (DESIGN.md §7): agreement, checklist, risk form, confirmation, flowchart.

Fill a `model.CaseSheet` from the stored case, then `render(doc, sheet, out)` or `build(doc, sheet)`;
`DOCUMENTS` lists the document names. Missing mandatory fields raise InputError naming them.
"""

from teller_app.documents.render import BUILDERS, build, render
from teller_app.documents.required import DOCUMENTS

__all__ = ["BUILDERS", "DOCUMENTS", "build", "render"]
