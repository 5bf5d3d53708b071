"""The online ID check (联网核查) in the bank's words: nobody is taken as verified without a real answer."""

from __future__ import annotations

import ast
import json
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from service_helpers import COMPANY, corporate_identity, individual_identity, resident_id

from teller_app.domain.errors import InputError, RuleError, TellerError
from teller_app.domain.id_verification import CheckAnswer, CheckRequest, CheckResult
from teller_app.domain.steps import Step
from teller_app.services import audit_trail, cases
from teller_app.services.case_store import load_case
from teller_app.services.identity_check import (
    HttpVerificationService,
    case_verifications,
    configured_port,
)

AGENT_ID = resident_id("31010419750608002")


class FakeService:
    """A verification service answering from a table; it notes what it was asked."""

    def __init__(self, result: CheckResult = CheckResult.MATCH, reference: str = "GA-0001") -> None:
        self.name = "fake:service"
        self.result, self.reference = result, reference
        self.asked: list[CheckRequest] = []

    def verify(self, request: CheckRequest) -> CheckAnswer:
        self.asked.append(request)
        photo = None if self.result is CheckResult.UNAVAILABLE else True
        reference = "" if self.result is CheckResult.UNAVAILABLE else f"{self.reference}-{len(self.asked)}"
        return CheckAnswer(self.result, reference, datetime(2026, 3, 2, 9, 1, tzinfo=UTC), photo)


def _corporate_case(store, teller, *, agent: bool = False):
    case = cases.open_case(
        store, teller, "enterprise_legal_person", "basic", customer_name=COMPANY, agent_present=agent
    )
    intake = {"customer_name": COMPANY, "present": "agent" if agent else "legal_representative"}
    cases.save_step(store, teller, case.id, "intake", intake, complete=True, advance=True)
    return case


def _without_entries(entries: dict) -> dict:
    return {k: v for k, v in entries.items() if k != "verifications"}


def _save(store, teller, case_id, entries, **kw):
    return cases.save_step(store, teller, case_id, "identity", entries, complete=True, advance=True, **kw)


def _refusal(store, teller, case_id, entries, **kw) -> TellerError:
    with pytest.raises(TellerError) as refused:
        _save(store, teller, case_id, entries, **kw)
    return refused.value


# -- no answer, no verification ------------------------------------------------------------------------


def test_without_a_service_or_the_tellers_entry_nobody_is_verified(store, staff):
    teller = staff["teller"]
    case = _corporate_case(store, teller)
    refused = _refusal(store, teller, case.id, _without_entries(corporate_identity()))
    assert refused.code == "identity.online_check_missing"
    kept = load_case(store, case.id)
    assert kept.step is Step.IDENTITY and Step.IDENTITY not in kept.completed
    assert kept.data_for(Step.IDENTITY)["online_check"] == {}


def test_no_setting_means_no_adapter_at_all():
    from teller_app.config import Config

    assert configured_port(Config.defaults()) is None
    assert configured_port(None) is None


def test_a_check_written_into_the_entries_by_a_caller_is_ignored(store, staff):
    teller = staff["teller"]
    case = _corporate_case(store, teller)
    entries = _without_entries(corporate_identity())
    person = entries["legal_representative"]
    entries["online_check"] = {
        "legal_representative": {
            "name": person["name"],
            "id_number": person["id_number"],
            "result": "match",
            "reference": "FORGED",
            "checked_at": "2026-03-02T09:00:00+00:00",
            "photo_compared": True,
            "source": "service",
            "adapter": "none",
            "recorded_by": teller.user_id,
        }
    }
    assert _refusal(store, teller, case.id, entries).code == "identity.online_check_missing"
    assert load_case(store, case.id).data_for(Step.IDENTITY)["online_check"] == {}
    cases.save_step(store, teller, case.id, "identity", entries, complete=False)  # a draft neither
    assert load_case(store, case.id).data_for(Step.IDENTITY)["online_check"] == {}


# -- the teller's entry from the verification terminal -------------------------------------------------


def test_the_tellers_entry_from_the_verification_terminal_is_recorded_with_who_and_when(store, staff, clock):
    teller = staff["teller"]
    case = _corporate_case(store, teller)
    entries = corporate_identity()
    entries["verifications"] = {
        "legal_representative": {"result": "match", "reference": "NCIIC20260302-0042", "photo_compared": True}
    }
    saved = _save(store, teller, case.id, entries)
    assert saved.step is Step.DOCUMENTS
    record = saved.data_for(Step.IDENTITY)["online_check"]["legal_representative"]
    assert record["result"] == "match" and record["reference"] == "NCIIC20260302-0042"
    assert record["photo_compared"] is True and record["source"] == "manual"
    assert record["recorded_by"] == teller.user_id and record["checked_at"] == clock.now.isoformat()
    assert record["id_number"] == entries["legal_representative"]["id_number"]
    events = audit_trail.list_events(
        store, staff["supervisor"], case_id=case.id, action="identity.online_check"
    )
    assert [e.details["reference"] for e in events] == ["NCIIC20260302-0042"]
    assert events[0].details["source"] == "manual" and events[0].details["result"] == "match"


@pytest.mark.parametrize(
    ("missing", "code"),
    [
        ("result", "identity.verification_result_required"),
        ("reference", "identity.verification_reference_required"),
        ("photo_compared", "identity.verification_photo_required"),
    ],
)
def test_the_tellers_entry_needs_result_reference_and_photo_comparison(store, staff, missing, code):
    teller = staff["teller"]
    case = _corporate_case(store, teller)
    entries = corporate_identity()
    del entries["verifications"]["legal_representative"][missing]
    refused = _refusal(store, teller, case.id, entries)
    assert isinstance(refused, InputError) and refused.code == code
    assert refused.params["field"] == f"legal_representative.verification.{missing}"
    kept = load_case(store, case.id).data_for(Step.IDENTITY)
    assert kept["verifications"] == entries["verifications"]  # nothing entered is lost
    assert kept["online_check"] == {}


@pytest.mark.parametrize(
    ("result", "code"),
    [("mismatch", "identity.online_check_mismatch"), ("not_found", "identity.online_check_not_found")],
)
def test_mismatch_or_number_not_on_record_blocks_the_case(store, staff, result, code):
    teller = staff["teller"]
    case = _corporate_case(store, teller)
    entries = corporate_identity()
    entries["verifications"]["legal_representative"]["result"] = result
    assert _refusal(store, teller, case.id, entries).code == code
    with pytest.raises(RuleError):
        cases.advance_case(store, teller, case.id)
    assert load_case(store, case.id).step is Step.IDENTITY


def test_a_mismatch_stands_for_the_same_name_and_number(store, staff):
    teller = staff["teller"]
    case = _corporate_case(store, teller)
    entries = corporate_identity()
    entries["verifications"]["legal_representative"]["result"] = "mismatch"
    _refusal(store, teller, case.id, entries)
    entries["verifications"]["legal_representative"].update(result="match", reference="OTHER-1")
    assert _refusal(store, teller, case.id, entries).code == "identity.verification_refusal_stands"
    assert load_case(store, case.id).data_for(Step.IDENTITY)["online_check"]["legal_representative"][
        "result"
    ] == ("mismatch")


def test_a_corrected_id_number_must_be_checked_again(store, staff):
    teller = staff["teller"]
    case = _corporate_case(store, teller)
    entries = corporate_identity()
    _save(store, teller, case.id, entries)
    entries["legal_representative"]["id_number"] = resident_id("31010119800315002")
    # the old entry (same result and reference) was about the old number: it does not carry over
    assert _refusal(store, teller, case.id, entries).code == "identity.online_check_missing"


def test_two_people_cannot_share_one_reference_number(store, staff):
    teller = staff["teller"]
    case = _corporate_case(store, teller, agent=True)
    entries = corporate_identity()
    entries["agent"] = {"name": "李四", "id_number": AGENT_ID, "id_expiry": "2035-01-01"}
    same = dict(entries["verifications"]["legal_representative"])
    entries["verifications"]["agent"] = same
    assert _refusal(store, teller, case.id, entries).code == "identity.verification_reference_reused"


# -- everyone who must be checked ----------------------------------------------------------------------


def test_the_agent_must_be_checked_too(store, staff):
    teller = staff["teller"]
    case = _corporate_case(store, teller, agent=True)
    entries = corporate_identity()
    entries["agent"] = {"name": "李四", "id_number": AGENT_ID, "id_expiry": "2035-01-01"}
    refused = _refusal(store, teller, case.id, entries)
    assert refused.code == "identity.online_check_missing" and refused.params["person"] == "agent"


def test_the_agent_of_an_individual_must_be_checked_too(store, staff):
    teller = staff["teller"]
    case = cases.open_case(
        store, teller, "individual", "personal_ii", customer_name="赵小红", agent_present=True
    )
    cases.save_step(
        store, teller, case.id, "intake", {"customer_name": "赵小红", "present": "agent"}, complete=True
    )
    cases.advance_case(store, teller, case.id)
    entries = individual_identity(resident_id("11010519920512004"))
    entries["agent"] = {"name": "李四", "id_number": AGENT_ID, "id_expiry": "2035-01-01"}
    refused = _refusal(store, teller, case.id, entries)
    assert refused.code == "identity.online_check_missing" and refused.params["person"] == "agent"
    entries["verifications"]["agent"] = {"result": "match", "reference": "A-77", "photo_compared": False}
    saved = _save(store, teller, case.id, entries)
    assert set(saved.data_for(Step.IDENTITY)["online_check"]) == {"customer", "agent"}


def test_the_individual_customer_must_be_checked(store, staff):
    teller = staff["teller"]
    case = cases.open_case(store, teller, "individual", "personal_ii", customer_name="赵小红")
    cases.save_step(
        store, teller, case.id, "intake", {"customer_name": "赵小红"}, complete=True, advance=True
    )
    entries = individual_identity(resident_id("11010519920512004"))
    del entries["verifications"]
    refused = _refusal(store, teller, case.id, entries)
    assert refused.code == "identity.online_check_missing" and refused.params["person"] == "customer"


# -- the verification service ---------------------------------------------------------------------------


def test_the_service_is_asked_for_each_person_with_name_number_and_purpose(store, staff):
    teller = staff["teller"]
    case = _corporate_case(store, teller)
    entries = _without_entries(corporate_identity())
    service = FakeService()
    saved = _save(store, teller, case.id, entries, id_check=service)
    assert saved.step is Step.DOCUMENTS
    person = entries["legal_representative"]
    assert service.asked == [CheckRequest(person["name"], person["id_number"], "account_opening")]
    record = saved.data_for(Step.IDENTITY)["online_check"]["legal_representative"]
    assert (record["source"], record["adapter"], record["reference"]) == (
        "service",
        "fake:service",
        "GA-0001-1",
    )
    cases.save_step(store, teller, case.id, "identity", entries, complete=True, id_check=service)
    assert len(service.asked) == 1  # answered once: not asked again for the same name and number


def test_service_unavailable_keeps_the_case_waiting_and_is_never_a_match(store, staff):
    teller = staff["teller"]
    case = _corporate_case(store, teller)
    entries = _without_entries(corporate_identity())
    down = FakeService(CheckResult.UNAVAILABLE)
    assert (
        _refusal(store, teller, case.id, entries, id_check=down).code == "identity.online_check_unavailable"
    )
    record = load_case(store, case.id).data_for(Step.IDENTITY)["online_check"]["legal_representative"]
    assert record["result"] == "unavailable"
    back = FakeService(CheckResult.MATCH)  # asked again on the next try; then it counts
    assert _save(store, teller, case.id, entries, id_check=back).step is Step.DOCUMENTS


def test_the_tellers_entry_may_stand_in_for_an_unavailable_service(store, staff):
    teller = staff["teller"]
    case = _corporate_case(store, teller)
    entries = corporate_identity()
    saved = _save(store, teller, case.id, entries, id_check=FakeService(CheckResult.UNAVAILABLE))
    assert saved.data_for(Step.IDENTITY)["online_check"]["legal_representative"]["source"] == "manual"


# -- the HTTP/JSON adapter against a local fake service ------------------------------------------------


class _Answers(BaseHTTPRequestHandler):
    answer: tuple[int, bytes] = (200, b"{}")
    requests: list[dict] = []
    delay = 0.0

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", "0"))
        type(self).requests.append(json.loads(self.rfile.read(length)))
        if type(self).delay:
            threading.Event().wait(type(self).delay)
        status, body = type(self).answer
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def fake_service() -> Iterator[tuple[str, type[_Answers]]]:
    handler = type("Answers", (_Answers,), {"requests": [], "answer": (200, b"{}"), "delay": 0.0})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/verify", handler
    server.shutdown()
    server.server_close()


def _json(**fields) -> bytes:
    return json.dumps(fields, ensure_ascii=False).encode()


def test_http_adapter_posts_the_contracts_request_and_reads_its_answer(fake_service):
    url, handler = fake_service
    handler.answer = (
        200,
        _json(
            result="mismatch",
            reference="GA2026-9",
            photo_compared=True,
            checked_at="2026-03-02T17:01:00+08:00",
        ),
    )
    answer = HttpVerificationService(url, 2).verify(CheckRequest("王建国", "310101198003150011"))
    assert answer.result is CheckResult.MISMATCH and answer.reference == "GA2026-9"
    assert answer.photo_compared is True and answer.checked_at.utcoffset().total_seconds() == 8 * 3600
    asked = handler.requests[0]
    assert (asked["name"], asked["id_number"], asked["purpose"]) == (
        "王建国",
        "310101198003150011",
        "account_opening",
    )
    assert asked["request_id"]


@pytest.mark.parametrize(
    "answer",
    [
        (503, _json(error="maintenance")),
        (200, b"not json"),
        (200, _json(result="match", photo_compared=True, checked_at="2026-03-02T09:00:00+00:00")),  # no ref
        (200, _json(result="match", reference="R1", checked_at="2026-03-02T09:00:00+00:00")),  # no photo flag
        (200, _json(result="match", reference="R1", photo_compared=True, checked_at="2026-03-02T09:00:00")),
        (
            200,
            _json(result="yes", reference="R1", photo_compared=True, checked_at="2026-03-02T09:00:00+00:00"),
        ),
        (200, _json(result="unavailable")),
    ],
    ids=[
        "http-503",
        "not-json",
        "no-reference",
        "no-photo-flag",
        "no-time-zone",
        "unknown-result",
        "said-so",
    ],
)
def test_http_adapter_answers_unavailable_for_anything_but_a_complete_answer(fake_service, answer):
    url, handler = fake_service
    handler.answer = answer
    assert (
        HttpVerificationService(url, 2).verify(CheckRequest("王建国", "1")).result is CheckResult.UNAVAILABLE
    )


def test_http_adapter_answers_unavailable_when_the_service_is_slow_or_down(fake_service):
    url, handler = fake_service
    handler.delay, handler.answer = 1.0, (200, _json(result="match"))
    assert HttpVerificationService(url, 0.2).verify(CheckRequest("王", "1")).result is CheckResult.UNAVAILABLE
    closed = "http://127.0.0.1:9/verify"  # the discard port: nothing listens
    assert (
        HttpVerificationService(closed, 1).verify(CheckRequest("王", "1")).result is CheckResult.UNAVAILABLE
    )


def test_the_configured_service_answers_the_identity_step(store, staff, fake_service, teller_home):
    from teller_app.config import Config

    url, handler = fake_service
    handler.answer = (
        200,
        _json(
            result="match", reference="GA-77", photo_compared=False, checked_at="2026-03-02T09:00:30+00:00"
        ),
    )
    config = Config({**Config.defaults().as_dict(), "id_verification_url": url}, Config.defaults().paths)
    port = configured_port(config)
    teller = staff["teller"]
    case = _corporate_case(store, teller)
    saved = _save(store, teller, case.id, _without_entries(corporate_identity()), id_check=port)
    record = saved.data_for(Step.IDENTITY)["online_check"]["legal_representative"]
    assert (record["result"], record["reference"], record["photo_compared"]) == ("match", "GA-77", False)
    assert record["adapter"] == f"http:{url}"


# -- the results for the other screens -----------------------------------------------------------------


def test_case_verifications_gives_who_result_reference_photo_time_and_recorder(store, staff):
    teller = staff["teller"]
    case = _corporate_case(store, teller)
    entries = corporate_identity()
    _save(store, teller, case.id, entries)
    [check] = case_verifications(store, staff["supervisor"], case.id)
    assert (check.person, check.person_zh, check.name) == ("legal_representative", "法定代表人", "王建国")
    assert (check.result, check.result_zh, check.photo_compared) == ("match", "一致", True)
    assert check.reference == entries["verifications"]["legal_representative"]["reference"]
    assert (check.source, check.recorded_by) == ("manual", teller.user_id)
    with pytest.raises(RuleError):
        case_verifications(store, staff["trainee"], case.id)  # a trainee sees training cases only


# -- no code path answers 一致 by itself ---------------------------------------------------------------

ALLOWED_MATCH = {
    # the result's own definition and the list of what a teller may pick from the terminal
    "teller_app/domain/id_verification.py",
    # the demo's scripted teller, who types DEMO- references (a demo workspace, not a real check)
    "teller_app/services/demo.py",
    # the sample sheets that preview and test the printed forms (plain dataclasses, never a case)
    "teller_app/documents/samples.py",
}


def _core_files() -> list[Path]:
    root = Path(__file__).resolve().parents[2]
    return [p for p in (root / "teller_app").rglob("*.py") if "migrations" not in p.parts]


def _compared(tree: ast.AST) -> set[int]:
    """Nodes that only read a value in a comparison (``x is CheckResult.MATCH``): they produce nothing."""
    inside = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare):
            for part in (node.left, *node.comparators):
                inside |= {id(n) for n in ast.walk(part)}
    return inside


def test_no_core_code_produces_a_match_but_the_result_itself_and_the_demo_teller():
    root = Path(__file__).resolve().parents[2]
    found = set()
    for path in _core_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        compared = _compared(tree)
        for node in ast.walk(tree):
            literal = isinstance(node, ast.Constant) and node.value in ("match", "一致")
            member = isinstance(node, ast.Attribute) and node.attr == "MATCH"
            if (literal or member) and id(node) not in compared:
                found.add(path.relative_to(root).as_posix())
    assert found <= ALLOWED_MATCH, found - ALLOWED_MATCH
    assert "teller_app/domain/id_verification.py" in found  # the scan does see the constant


def test_every_service_path_through_identity_without_an_answer_records_no_match(store, staff):
    """Draft, complete, advance, Back-and-save, guidance: none of them turns 'no answer' into 一致."""
    teller = staff["teller"]
    case = _corporate_case(store, teller)
    entries = _without_entries(corporate_identity())
    cases.save_step(store, teller, case.id, "identity", entries, complete=False)
    with pytest.raises(TellerError):
        cases.save_step(store, teller, case.id, "identity", entries, complete=True)
    with pytest.raises(TellerError):
        _save(store, teller, case.id, entries, id_check=FakeService(CheckResult.UNAVAILABLE))
    with pytest.raises(TellerError):
        cases.advance_case(store, teller, case.id)
    guidance = cases.step_guidance(store, teller, case.id)
    assert [g.code for g in guidance] == ["identity.online_check_unavailable"]
    stored = load_case(store, case.id).data_for(Step.IDENTITY)["online_check"]
    assert all(r["result"] != "match" for r in stored.values())


def test_the_checklist_pdf_prints_each_persons_online_check(store, staff, tmp_path):
    from PySide6.QtPdf import QPdfDocument

    from teller_app.services import printing

    teller = staff["teller"]
    case = _corporate_case(store, teller)
    entries = corporate_identity()
    entries["verifications"]["legal_representative"].update(reference="NCIIC-0302-77", photo_compared=False)
    _save(store, teller, case.id, entries)
    out = printing.print_case(store, teller, case.id, "checklist", tmp_path / "checklist.pdf")
    document = QPdfDocument()
    assert document.load(str(out)) == QPdfDocument.Error.None_
    text = "".join("".join(document.getAllText(p).text().split()) for p in range(document.pageCount()))
    document.close()
    number = entries["legal_representative"]["id_number"]
    assert "联网核查结果" in text
    assert f"法定代表人王建国{number}一致未比对NCIIC-0302-77" in text
    assert "柜员据核查终端录入（zhang）" in text or "柜员据核查终端录入（u-teller）" in text
