"""Bad data never crashes a document: long names wrap, odd scripts print, missing mandatory fields are named."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pdf_reading import squeeze

from teller_app.documents import fonts
from teller_app.documents.render import BUILDERS, build, render
from teller_app.documents.required import MAX_TEXT
from teller_app.documents.text import MISSING_GLYPH, markup, printable
from teller_app.domain.errors import EnvironmentProblem, InputError

DOCS = list(BUILDERS)
LONG_NAME = ("上海浦东新区国际贸易与跨境电子商务综合服务 Shanghai Cross-Border Trading Services " * 9)[:500]


def with_customer(sheet, **changes):
    return dataclasses.replace(sheet, customer=dataclasses.replace(sheet.customer, **changes))


@pytest.mark.parametrize("doc", DOCS)
def test_a_500_character_company_name_wraps_and_the_document_builds(doc, corporate, pdf_pages):
    assert len(LONG_NAME) == 500
    pages = pdf_pages(build(doc, with_customer(corporate, name=LONG_NAME)))
    joined = "".join(pages)
    assert squeeze(LONG_NAME) in squeeze(joined)
    longest_line = max(len(line) for text in pages for line in text.splitlines())
    assert longest_line < 200, "the name is broken over several lines, not run off the page"


def test_mixed_scripts_print_and_unprintable_characters_are_replaced(corporate, pdf_pages):
    name = "中文名称 English Name Ελληνικά Кириллица 😀\x07\u202e\u200b有限公司"
    text = squeeze("".join(pdf_pages(build("agreement", with_customer(corporate, name=name)))))
    assert squeeze("中文名称 English Name Ελληνικά Кириллица") in text
    assert squeeze(f"{MISSING_GLYPH}有限公司") in text
    assert "😀" not in text and "\x07" not in text and "\u202e" not in text


def test_printable_drops_controls_and_replaces_what_no_font_has():
    assert printable("a\x00b\tc\n d\u200d") == "ab c d"
    assert printable("名称😀") == f"名称{MISSING_GLYPH}"
    assert printable(None) == ""
    assert printable("日期：\u3000\u3000年") == "日期：\u3000\u3000年"


def test_markup_escapes_what_would_break_a_paragraph():
    out = markup("A&B <b>公司</b>")
    assert "&amp;" in out and "&lt;b&gt;" in out and "<b>" not in out


@pytest.mark.parametrize(
    ("doc", "sheet_change", "field"),
    [
        ("agreement", lambda s: with_customer(s, name=""), "customer.name"),
        ("agreement", lambda s: with_customer(s, credit_code=" \x07 "), "customer.credit_code"),
        (
            "agreement",
            lambda s: with_customer(s, legal_representative=None),
            "customer.legal_representative.name",
        ),
        ("agreement", lambda s: dataclasses.replace(s, case_id=""), "case_id"),
        ("checklist", lambda s: dataclasses.replace(s, checklist=()), "checklist"),
        ("risk", lambda s: dataclasses.replace(s, risk=None), "risk"),
        (
            "confirmation",
            lambda s: dataclasses.replace(s, account=dataclasses.replace(s.account, number="")),
            "account.number",
        ),
        ("confirmation", lambda s: dataclasses.replace(s, approval=None), "approval"),
        ("flowchart", lambda s: dataclasses.replace(s, content_hash=""), "content_hash"),
    ],
)
def test_a_missing_mandatory_field_stops_the_print_and_names_the_field(doc, sheet_change, field, corporate):
    with pytest.raises(InputError) as caught:
        build(doc, sheet_change(corporate))
    assert caught.value.code == "document.missing_fields"
    assert field in caught.value.params["missing"]
    assert field in str(caught.value)


def test_an_individual_agreement_needs_the_id_number(individual):
    with pytest.raises(InputError) as caught:
        build("agreement", with_customer(individual, id_number=""))
    assert caught.value.params["missing"] == ["customer.id_number"]


def test_every_missing_field_is_named_at_once(corporate):
    sheet = with_customer(dataclasses.replace(corporate, procedure_version=""), name="")
    with pytest.raises(InputError) as caught:
        build("checklist", sheet)
    assert caught.value.params["missing"] == ["procedure_version", "customer.name"]


@pytest.mark.parametrize("doc", DOCS)
def test_missing_optional_fields_still_print(doc, corporate):
    bare = with_customer(corporate, address="", phone="", agent=None)
    bare = dataclasses.replace(
        bare,
        printed_at=None,
        seals=(),
        owners=(),
        account=dataclasses.replace(bare.account, services=(), limits=(), activated_at=None),
        risk=dataclasses.replace(bare.risk, assessed_at=None, approver="", edd_note=""),
    )
    assert build(doc, bare).startswith(b"%PDF")


def test_an_absurdly_long_value_is_refused_by_name(corporate):
    sheet = dataclasses.replace(
        corporate, branch=dataclasses.replace(corporate.branch, address="路" * (MAX_TEXT + 1))
    )
    with pytest.raises(InputError) as caught:
        build("confirmation", sheet)
    assert caught.value.code == "document.field_too_long"
    assert caught.value.params["field"] == "branch.address"


def test_an_unknown_document_is_an_input_error_listing_the_choices(corporate, tmp_path):
    with pytest.raises(InputError) as caught:
        render("statement", corporate, tmp_path / "x.pdf")
    assert caught.value.code == "document.unknown"
    assert "agreement" in caught.value.params["choices"]
    assert not (tmp_path / "x.pdf").exists()


def test_render_writes_the_pdf_atomically_and_leaves_no_temporary_file(corporate, tmp_path):
    out = render("risk", corporate, tmp_path / "prints" / "risk.pdf")
    assert out.read_bytes() == build("risk", corporate)
    assert [p.name for p in out.parent.iterdir()] == ["risk.pdf"]


def test_a_missing_font_file_is_an_environment_problem_naming_it(tmp_path, monkeypatch, corporate):
    monkeypatch.setenv("TELLER_RESOURCES", str(tmp_path / "no-resources"))
    monkeypatch.setattr(fonts, "_fonts", None)
    with pytest.raises(EnvironmentProblem) as caught:
        build("checklist", corporate)
    assert caught.value.code == "documents.font_missing"
    assert "DroidSansFallbackFull.ttf" in caught.value.params["path"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=st.text(min_size=0, max_size=600), address=st.text(max_size=300))
def test_any_text_as_name_or_address_prints_or_is_refused_with_an_input_error(name, address, corporate):
    sheet = with_customer(corporate, name=name, address=address)
    try:
        data = build("checklist", sheet)
    except InputError as error:
        assert error.code == "document.missing_fields"
        assert not printable(name)
    else:
        assert data.startswith(b"%PDF")
