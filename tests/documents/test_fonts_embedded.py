"""Every font of every document is embedded: the archive copy keeps its look on any viewer."""

from __future__ import annotations

import re

import pytest

from teller_app.documents.flowchart import build_flowchart
from teller_app.documents.render import build

DOCUMENTS = ("agreement", "checklist", "risk", "confirmation")


def _fonts(data: bytes) -> tuple[list[bytes], int]:
    subtypes = re.findall(rb"/Type /Font\b[^>]*?/Subtype /(\w+)|/Subtype /(\w+)[^>]*?/Type /Font\b", data)
    kinds = [a or b for a, b in subtypes]
    return kinds, data.count(b"/FontFile2")


@pytest.mark.parametrize("document", DOCUMENTS)
def test_every_font_of_the_document_is_embedded(corporate, individual, document) -> None:
    for sheet in (corporate, individual):
        data = build(document, sheet)
        kinds, embedded = _fonts(data)
        assert b"Helvetica" not in data and b"/Type1" not in data, "an unembedded standard font is referenced"
        assert kinds and all(k in (b"TrueType", b"Type0") for k in kinds), kinds
        assert embedded >= len([k for k in kinds if k == b"TrueType"])


def test_the_flowchart_embeds_its_fonts(corporate) -> None:
    data = build_flowchart(corporate)
    assert b"Helvetica" not in data and b"/Type1" not in data
