"""The operations department publishes a signed procedure through the central database; terminals verify it,
adopt it from its effective date, and refuse an unsigned, altered or wrongly signed one with an audit event."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest
import sqlalchemy as sa

from teller_app.domain.roles import Role
from teller_app.paths import resources_dir
from teller_app.services import cases
from teller_app.services.actors import Actor
from teller_app.services.procedure_publishing import (
    definition_row,
    load_private_key,
    make_publisher_key,
    provision_publisher_key,
    publish_definition,
    review_published,
)
from teller_app.services.procedures import definition_by_version, effective_definition, forget_published
from teller_app.storage.schema import AuditEvent
from teller_app.sync.central_writes import publish_row

TELLER = Actor(user_id="teller-1", role=Role.TELLER)


@pytest.fixture(autouse=True)
def _shipped_only():
    forget_published()
    yield
    forget_published()


def revision(version: str = "2026.4", effective: str = "2026-11-01", documents_sla: int = 35) -> str:
    """2026.2 revised (beside the shipped 2026.3): a new version number, effective date and document-review time limit."""
    text = (resources_dir() / "process" / "2026.2.toml").read_text(encoding="utf-8")
    text = text.replace('version = "2026.2"', f'version = "{version}"', 1)
    text = text.replace("effective_from = 2026-07-01", f"effective_from = {effective}", 1)
    text = text.replace("documents = 40\n", f"documents = {documents_sla}\n", 1)
    return text.replace('supersedes = "2026.1"', 'supersedes = "2026.2"', 1)


@pytest.fixture
def publisher():
    return make_publisher_key()


@pytest.fixture
def terminal(pg_url, open_terminals, publisher):
    t = open_terminals(pg_url, "B0101", "T01")
    provision_publisher_key(t.store.path.parent, publisher[1])
    return t


def _events(store, action: str) -> list[dict]:
    with store.reading() as session:
        rows = session.scalars(sa.select(AuditEvent).where(AuditEvent.action == action)).all()
        return [store.sealer.open_json(row, "details") for row in rows]


def test_a_signed_procedure_is_adopted_from_its_effective_date_and_new_cases_run_under_it(
    terminal, publisher
):
    publish_definition(terminal.sync.central, revision(), publisher[0], by="operations")
    terminal.sync.run_once()
    verdicts = review_published(terminal.store)
    assert [(v.version, v.adopted) for v in verdicts] == [("2026.4", True)]
    assert effective_definition(date(2026, 10, 31)).version == "2026.2"
    assert effective_definition(date(2026, 11, 1)).version == "2026.4"
    assert definition_by_version("2026.4").sla_minutes["documents"] == 35
    case = cases.open_case(terminal.store, TELLER, "enterprise_legal_person", "basic")
    assert case.procedure_version == "2026.4"  # the terminal's clock is 2026-11-27
    assert _events(terminal.store, "procedure.adopted") == [
        {"version": "2026.4", "effective_from": "2026-11-01", "reason": "", "key_id": verdicts[0].key_id}
    ]
    review_published(terminal.store)  # a verdict is recorded once
    assert len(_events(terminal.store, "procedure.adopted")) == 1


def test_a_procedure_published_for_a_later_date_waits_for_it(terminal, publisher):
    publish_definition(terminal.sync.central, revision(effective="2027-02-01"), publisher[0], by="ops")
    terminal.sync.run_once()
    review_published(terminal.store)
    case = cases.open_case(terminal.store, TELLER, "enterprise_legal_person", "basic")
    assert case.procedure_version == "2026.2"
    assert effective_definition(date(2027, 1, 1)).version == "2026.3"  # shipped
    assert effective_definition(date(2027, 2, 1)).version == "2026.4"


def _refused(terminal) -> list[tuple[str, str]]:
    terminal.sync.run_once()
    verdicts = review_published(terminal.store)
    assert effective_definition(date(2026, 11, 27)).version == "2026.2"  # nothing refused is used
    with pytest.raises(Exception, match="2026.4"):
        definition_by_version("2026.4")
    case = cases.open_case(terminal.store, TELLER, "enterprise_legal_person", "basic")
    assert case.procedure_version == "2026.2"
    refused = _events(terminal.store, "procedure.refused")
    assert [(e["version"], e["reason"]) for e in refused] == [(v.version, v.reason) for v in verdicts]
    return [(v.version, v.reason) for v in verdicts if not v.adopted]


def _row(private_pem: bytes, text: str) -> dict:
    return dict(
        definition_row(text, load_private_key(private_pem)), updated_at=datetime(2026, 11, 27).isoformat()
    )


def test_an_unsigned_procedure_is_refused_with_an_audit_event(terminal):
    text = revision()
    row = _row(make_publisher_key()[0], text)
    row["content"] = json.dumps({"format": "teller-procedure/1", "toml": text})
    publish_row(terminal.sync.central, "process_definitions", row, by="insider")
    assert _refused(terminal) == [("2026.4", "unsigned")]


def test_a_procedure_altered_after_signing_is_refused(terminal, publisher):
    row = _row(publisher[0], revision())
    envelope = json.loads(row["content"])
    envelope["toml"] = envelope["toml"].replace("documents = 35\n", "documents = 5\n")
    row["content"] = json.dumps(envelope, ensure_ascii=False)
    publish_row(terminal.sync.central, "process_definitions", row, by="insider")
    assert _refused(terminal) == [("2026.4", "altered")]


def test_a_procedure_whose_effective_date_column_was_changed_is_refused(terminal, publisher):
    row = dict(_row(publisher[0], revision()), effective_from="2026-08-01")
    publish_row(terminal.sync.central, "process_definitions", row, by="insider")
    assert _refused(terminal) == [("2026.4", "altered")]


def test_a_procedure_signed_with_another_key_is_refused(terminal):
    other = make_publisher_key()
    publish_definition(terminal.sync.central, revision(), other[0], by="someone")
    assert _refused(terminal) == [("2026.4", "wrong_key")]


def test_a_terminal_without_a_publisher_key_refuses_every_published_procedure(
    pg_url, open_terminals, publisher
):
    bare = open_terminals(pg_url, "B0202", "T09")
    publish_definition(bare.sync.central, revision(), publisher[0], by="operations")
    assert _refused(bare) == [("2026.4", "no_key")]


def test_a_published_version_cannot_be_republished_with_other_content(terminal, publisher):
    publish_definition(terminal.sync.central, revision(), publisher[0], by="operations")
    publish_definition(terminal.sync.central, revision(), publisher[0], by="operations")  # same: harmless
    with pytest.raises(Exception, match="already published"):
        publish_definition(terminal.sync.central, revision(documents_sla=30), publisher[0], by="operations")
