"""The online ID check (联网核查) port, its HTTP/JSON adapter, and the case's check results for the screens.

There is no default adapter and no default answer. Without a configured service (`id_verification_url`)
the teller records, for each person, what the bank's verification terminal showed (result, reference
number, photo compared); with one, the identity step asks it for each person not yet answered. Any
failure of the service (refused connection, timeout, HTTP error, a body that is not the contract's) is
`unavailable`, which keeps the case waiting. The contract is in docs/identity-verification.md.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol

from teller_app.domain.id_verification import (
    PERSON_LABELS_ZH,
    CheckAnswer,
    CheckRecord,
    CheckRequest,
    CheckResult,
    CheckSource,
    records_from,
)
from teller_app.domain.permissions import Action
from teller_app.domain.steps import Step
from teller_app.services.actors import Actor, check_may

MAX_ANSWER_BYTES = 64 * 1024


class VerificationPort(Protocol):
    """Asks whether a name and an ID number belong together. Never raises for a failed service: it answers
    `unavailable`. `name` says which adapter answered (recorded with every answer)."""

    name: str

    def verify(self, request: CheckRequest) -> CheckAnswer: ...


class HttpVerificationService:
    """The adapter to the bank's verification service: one POST of JSON per person, with a deadline."""

    def __init__(
        self, url: str, timeout_seconds: float = 10.0, clock: Callable[[], datetime] | None = None
    ) -> None:
        self.url = url
        self.timeout_seconds = timeout_seconds
        self.name = f"http:{url}"
        self._clock = clock or (lambda: datetime.now(UTC))

    def verify(self, request: CheckRequest) -> CheckAnswer:
        body = json.dumps(
            {
                "request_id": str(uuid.uuid4()),
                "name": request.name,
                "id_number": request.id_number,
                "purpose": request.purpose,
            },
            ensure_ascii=False,
        ).encode("utf-8")
        http_request = urllib.request.Request(
            self.url,
            data=body,
            method="POST",
            headers={"Content-Type": "application/json; charset=utf-8", "Accept": "application/json"},
        )
        try:
            with urllib.request.urlopen(http_request, timeout=self.timeout_seconds) as response:
                raw = response.read(MAX_ANSWER_BYTES + 1)
        except (urllib.error.URLError, OSError, ValueError):
            return self._unavailable()
        if len(raw) > MAX_ANSWER_BYTES:
            return self._unavailable()
        return self._answer(raw)

    def _unavailable(self) -> CheckAnswer:
        return CheckAnswer(CheckResult.UNAVAILABLE, "", self._clock(), None)

    def _answer(self, raw: bytes) -> CheckAnswer:
        try:
            data = json.loads(raw.decode("utf-8"))
            result = CheckResult(data["result"])
            reference = data.get("reference")
            photo = data.get("photo_compared")
            checked_at = datetime.fromisoformat(str(data["checked_at"]))
        except (ValueError, KeyError, TypeError, AttributeError):
            return self._unavailable()
        if result is CheckResult.UNAVAILABLE:
            return self._unavailable()
        if not isinstance(reference, str) or not reference.strip() or not isinstance(photo, bool):
            return self._unavailable()  # an answer without its reference or photo flag is not an answer
        if checked_at.tzinfo is None:
            return self._unavailable()
        return CheckAnswer(result, reference.strip(), checked_at, photo)


_installed: VerificationPort | None = None


def configured_port(config: Any) -> VerificationPort | None:
    """The adapter the settings name (id_verification_url, id_verification_timeout_seconds), or one the
    bank's integration installed with `use_verification_port`; None: the teller records every check."""
    if _installed is not None:
        return _installed
    url = str(getattr(config, "id_verification_url", "") or "").strip() if config is not None else ""
    if not url:
        return None
    timeout = float(getattr(config, "id_verification_timeout_seconds", 10) or 10)
    return HttpVerificationService(url, timeout)


def use_verification_port(port: VerificationPort | None) -> None:
    """Install an adapter for this process (a bank's own integration); None removes it."""
    global _installed
    _installed = port


@dataclass(frozen=True)
class PersonCheck:
    """One person's online ID check as the screens and documents show it."""

    person: str  # legal_representative, agent, customer
    person_zh: str
    name: str
    id_number: str
    result: str  # match, mismatch, not_found, unavailable
    result_zh: str
    reference: str
    photo_compared: bool | None
    checked_at: datetime
    source: str  # manual, service
    source_zh: str
    adapter: str
    recorded_by: str  # user id
    recorded_by_name: str


def person_checks(identity: Any, names: dict[str, str] | None = None) -> list[PersonCheck]:
    """The identity step's recorded checks (its `online_check`), in the order the people appear."""
    names = names or {}
    data = identity.get("online_check") if hasattr(identity, "get") else None
    order = {"customer": 0, "legal_representative": 1, "agent": 2}
    records = sorted(records_from(data).values(), key=lambda r: order.get(r.person, 9))
    return [_person_check(r, names) for r in records]


def _person_check(record: CheckRecord, names: dict[str, str]) -> PersonCheck:
    return PersonCheck(
        person=record.person,
        person_zh=PERSON_LABELS_ZH.get(record.person, record.person),
        name=record.name,
        id_number=record.id_number,
        result=record.result.value,
        result_zh=record.result.label_zh,
        reference=record.reference,
        photo_compared=record.photo_compared,
        checked_at=record.checked_at,
        source=record.source.value,
        source_zh=CheckSource(record.source).label_zh,
        adapter=record.adapter,
        recorded_by=record.recorded_by,
        recorded_by_name=names.get(record.recorded_by, record.recorded_by),
    )


def case_verifications(store: Any, actor: Actor, case_id: str) -> list[PersonCheck]:
    """The online ID check results of a case, one per person checked, for any screen (the supervisor's
    approval summary, the identity step): who (person, name, ID number), the result (一致 / 不一致 /
    库中无此号 / 核查服务不可用), the external reference number, whether the photo was compared, when,
    and how it came (the teller's entry from the verification terminal, or the service adapter, with the
    recorder's user id and display name). A person with no recorded check is not listed: compare with the
    identity step's guidance (`cases.step_guidance`), which names who is still to be checked.

    Refused like `cases.get_case` for a user who may not view the case. Reads only; run it off the GUI thread.
    """
    from teller_app.services.case_lists import check_may_view
    from teller_app.services.case_store import load_case
    from teller_app.services.printing import user_names

    check_may(actor, Action.VIEW_CASE)
    check_may_view(store, actor, case_id)
    case = load_case(store, case_id)
    return person_checks(case.data_for(Step.IDENTITY), user_names(store))
