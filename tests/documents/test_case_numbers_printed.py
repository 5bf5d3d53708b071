"""Every page of every document carries the case number people quote; the agreement its agreement number."""

from __future__ import annotations

import pytest
from pdf_reading import squeeze

from teller_app.documents.flowchart import build_flowchart
from teller_app.documents.render import build


@pytest.mark.parametrize("document", ["agreement", "checklist", "risk", "confirmation", "flowchart"])
def test_every_page_carries_the_case_number_and_not_the_internal_id(corporate, pdf_pages, document) -> None:
    data = build_flowchart(corporate) if document == "flowchart" else build(document, corporate)
    for page in pdf_pages(data):
        assert squeeze(corporate.case_number) in squeeze(page)
        assert corporate.case_id not in page  # the UUID stays internal (in the QR code)


def test_the_agreement_is_numbered_from_the_case_number(corporate, pdf_pages) -> None:
    text = squeeze("".join(pdf_pages(build("agreement", corporate))))
    assert corporate.agreement_number == "310115001-XY20260302-T01-0007"
    assert squeeze(f"协议编号 {corporate.agreement_number}") in text
