"""The online ID check's HTTP/JSON adapter against a local fake service: the contract's request, a complete
answer or else 无法核查 (unavailable), and the configured service answering the identity step."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from identity_helpers import corporate_case_at_identity, save_identity, without_terminal_entries
from service_helpers import corporate_identity

from teller_app.domain.id_verification import CheckRequest, CheckResult
from teller_app.domain.steps import Step
from teller_app.services.identity_check import HttpVerificationService, configured_port

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
    case = corporate_case_at_identity(store, teller)
    saved = save_identity(
        store, teller, case.id, without_terminal_entries(corporate_identity()), id_check=port
    )
    record = saved.data_for(Step.IDENTITY)["online_check"]["legal_representative"]
    assert (record["result"], record["reference"], record["photo_compared"]) == ("match", "GA-77", False)
    assert record["adapter"] == f"http:{url}"
