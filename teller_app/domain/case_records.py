"""A case as plain JSON data and back, for the store and for sync; the content hash survives the trip."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta
from typing import Any, TypeVar

from teller_app.domain.account_types import AccountType
from teller_app.domain.approval import ApprovalRequest, Decision, DecisionKind
from teller_app.domain.canonical import canonical_json
from teller_app.domain.case import Case, CaseStatus
from teller_app.domain.customers import CustomerKind
from teller_app.domain.document_decisions import DocumentDecision
from teller_app.domain.errors import InputError
from teller_app.domain.risk_levels import RiskLevel
from teller_app.domain.roles import Role
from teller_app.domain.steps import Step

FORMAT = 1  # bump when the shape changes; case_from_data refuses formats it does not know

T = TypeVar("T")


def _plain(value: Any) -> Any:
    """JSON-ready: Decimals, dates and enums as the text the canonical form gives them."""
    return json.loads(canonical_json(value))


def _time(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def request_to_data(request: ApprovalRequest) -> dict[str, Any]:
    return {
        "id": request.id,
        "case_id": request.case_id,
        "requested_by": request.requested_by,
        "requested_at": _time(request.requested_at),
        "content_hash": request.content_hash,
        "expires_at": _time(request.expires_at),
        "attempt": request.attempt,
    }


def decision_to_data(decision: Decision) -> dict[str, Any]:
    return {
        "kind": decision.kind.value,
        "request_id": decision.request_id,
        "case_id": decision.case_id,
        "maker": decision.maker,
        "checker": decision.checker,
        "checker_role": decision.checker_role.value,
        "reasons": list(decision.reasons),
        "content_hash": decision.content_hash,
        "decided_at": _time(decision.decided_at),
    }


def case_to_data(case: Case) -> dict[str, Any]:
    """Everything the case holds, as JSON-ready data (text, numbers, booleans, lists, objects)."""
    return {
        "format": FORMAT,
        "id": case.id,
        "customer_kind": case.customer_kind.value,
        "account_type": case.account_type.value,
        "procedure_version": case.procedure_version,
        "maker": case.maker,
        "opened_at": _time(case.opened_at),
        "step_entered_at": _time(case.step_entered_at),
        "step": case.step.value,
        "status": case.status.value,
        "completed": sorted(step.value for step in case.completed),
        "skipped": sorted(step.value for step in case.skipped),
        "step_data": {step.value: _plain(data) for step, data in case.step_data.items()},
        "documents": {code: decision.value for code, decision in case.documents.items()},
        "risk_level": case.risk_level.value if case.risk_level is not None else None,
        "return_reasons": {step.value: list(reasons) for step, reasons in case.return_reasons.items()},
        "approval_request": request_to_data(case.approval_request) if case.approval_request else None,
        "approval": decision_to_data(case.approval) if case.approval else None,
        "decisions": [decision_to_data(decision) for decision in case.decisions],
        "requests_made": case.requests_made,
        "account": _plain(case.account) if case.account is not None else None,
        "cancel_reason": case.cancel_reason,
        "time_in_steps": {
            step.value: spent // timedelta(microseconds=1) for step, spent in case.time_in_steps.items()
        },
        "closed_at": _time(case.closed_at),
        **({"number": case.number} if case.number else {}),
        **({"holders": list(case.holders)} if case.holders else {}),
    }


class _Reader:
    """Reads one record, naming the field at fault in every error."""

    def __init__(self, data: Any, where: str) -> None:
        if not isinstance(data, Mapping):
            raise _invalid(where, "not an object")
        self.data = data
        self.where = where

    def get(self, name: str, convert: Callable[[Any], T], *, optional: bool = False) -> T:
        field = f"{self.where}.{name}" if self.where else name
        if name not in self.data or self.data[name] is None:
            if optional:
                return None  # type: ignore[return-value]
            raise _invalid(field, "missing")
        try:
            return convert(self.data[name])
        except InputError:
            raise
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise _invalid(field, str(error) or type(error).__name__) from None


def _invalid(field: str, problem: str) -> InputError:
    return InputError(
        "case.record_invalid",
        "The case record is broken at {field}: {problem}",
        field=field or "(record)",
        problem=problem,
    )


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError("not text")
    return value


def _whole(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError("not a whole number")
    return value


def _moment(value: Any) -> datetime:
    return datetime.fromisoformat(_text(value))


def _object(value: Any) -> dict[str, Any]:
    if not isinstance(value, Mapping):
        raise TypeError("not an object")
    return dict(value)


def _steps(value: Any) -> frozenset[Step]:
    if not isinstance(value, list):
        raise TypeError("not a list")
    return frozenset(Step(item) for item in value)


def request_from_data(data: Any, where: str = "approval_request") -> ApprovalRequest:
    r = _Reader(data, where)
    return ApprovalRequest(
        id=r.get("id", _text),
        case_id=r.get("case_id", _text),
        requested_by=r.get("requested_by", _text),
        requested_at=r.get("requested_at", _moment),
        content_hash=r.get("content_hash", _text),
        expires_at=r.get("expires_at", _moment),
        attempt=r.get("attempt", _whole),
    )


def decision_from_data(data: Any, where: str = "approval") -> Decision:
    r = _Reader(data, where)
    return Decision(
        kind=r.get("kind", DecisionKind),
        request_id=r.get("request_id", _text),
        case_id=r.get("case_id", _text),
        maker=r.get("maker", _text),
        checker=r.get("checker", _text),
        checker_role=r.get("checker_role", Role),
        reasons=r.get("reasons", lambda v: tuple(_text(item) for item in v)),
        content_hash=r.get("content_hash", _text),
        decided_at=r.get("decided_at", _moment),
    )


def case_from_data(data: Any) -> Case:
    """The case back from `case_to_data` output; a broken record gets InputError naming the field."""
    r = _Reader(data, "")
    if r.get("format", _whole) != FORMAT:
        raise _invalid("format", f"unknown format {data.get('format')!r}")
    decisions = r.get("decisions", list)
    return Case(
        id=r.get("id", _text),
        customer_kind=r.get("customer_kind", CustomerKind),
        account_type=r.get("account_type", AccountType),
        procedure_version=r.get("procedure_version", _text),
        maker=r.get("maker", _text),
        opened_at=r.get("opened_at", _moment),
        step_entered_at=r.get("step_entered_at", _moment, optional=True),
        step=r.get("step", Step),
        status=r.get("status", CaseStatus),
        completed=r.get("completed", _steps),
        skipped=r.get("skipped", _steps),
        step_data=r.get("step_data", lambda v: {Step(k): _object(d) for k, d in _object(v).items()}),
        documents=r.get(
            "documents", lambda v: {_text(k): DocumentDecision(d) for k, d in _object(v).items()}
        ),
        risk_level=r.get("risk_level", RiskLevel, optional=True),
        return_reasons=r.get(
            "return_reasons",
            lambda v: {Step(k): tuple(_text(text) for text in texts) for k, texts in _object(v).items()},
        ),
        approval_request=r.get("approval_request", request_from_data, optional=True),
        approval=r.get("approval", decision_from_data, optional=True),
        decisions=tuple(decision_from_data(item, f"decisions[{n}]") for n, item in enumerate(decisions)),
        requests_made=r.get("requests_made", _whole),
        account=r.get("account", _object, optional=True),
        cancel_reason=r.get("cancel_reason", _text, optional=True),
        time_in_steps=r.get(
            "time_in_steps",
            lambda v: {Step(k): timedelta(microseconds=_whole(us)) for k, us in _object(v).items()},
        ),
        closed_at=r.get("closed_at", _moment, optional=True),
        number=r.get("number", _text, optional=True) or "",
        holders=tuple(r.get("holders", lambda v: [_text(x) for x in v], optional=True) or ()),
    )
