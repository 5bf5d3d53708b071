"""A case saved to the store and loaded back is the same case: every field, every step, every decision."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from teller_app.domain.account_types import AccountType
from teller_app.domain.approval import ApprovalRequest, Decision, DecisionKind
from teller_app.domain.case import Case, CaseStatus
from teller_app.domain.customers import CustomerKind
from teller_app.domain.document_decisions import DocumentDecision
from teller_app.domain.risk_levels import RiskLevel
from teller_app.domain.roles import Role
from teller_app.domain.steps import Step
from teller_app.services.case_store import load_case, save_case
from teller_app.storage.schema import Case as CaseRow
from teller_app.storage.schema import CaseStep

_text = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=20)
_json = st.recursive(
    st.none() | st.booleans() | st.integers(-(10**9), 10**9) | _text,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_text, inner, max_size=3),
    max_leaves=8,
)
_moments = st.datetimes(
    min_value=datetime(2025, 1, 1), max_value=datetime(2030, 1, 1), timezones=st.just(UTC)
)
_ids = st.uuids().map(str)


@st.composite
def _decisions(draw: st.DrawFn, case_id: str) -> Decision:
    return Decision(
        kind=draw(st.sampled_from(DecisionKind)),
        request_id=draw(_ids),
        case_id=case_id,
        maker="u-maker",
        checker=draw(st.sampled_from(["u-super", "u-risk"])),
        checker_role=draw(st.sampled_from([Role.SUPERVISOR, Role.RISK_OFFICER])),
        reasons=tuple(draw(st.lists(_text.filter(str.strip), max_size=2))),
        content_hash="ab" * 32,
        decided_at=draw(_moments),
    )


@st.composite
def cases(draw: st.DrawFn) -> Case:
    case_id = draw(_ids)
    individual = draw(st.booleans())
    kind = CustomerKind.INDIVIDUAL if individual else draw(st.sampled_from(list(CustomerKind)[:5]))
    types = [t for t in AccountType if t.is_personal == individual]
    at = draw(_moments)
    decisions = tuple(draw(st.lists(_decisions(case_id), max_size=3)))
    request = None
    if draw(st.booleans()):
        request = ApprovalRequest(
            id=draw(_ids),
            case_id=case_id,
            requested_by="u-maker",
            requested_at=at,
            content_hash="cd" * 32,
            expires_at=at + timedelta(hours=24),
            attempt=draw(st.integers(1, 5)),
        )
    return Case(
        id=case_id,
        customer_kind=kind,
        account_type=draw(st.sampled_from(types)),
        procedure_version=draw(st.sampled_from(["2026.1", "2026.2"])),
        maker="u-maker",
        opened_at=at,
        step=draw(st.sampled_from(Step)),
        status=draw(st.sampled_from(CaseStatus)),
        completed=frozenset(draw(st.sets(st.sampled_from(Step)))),
        skipped=frozenset(draw(st.sets(st.sampled_from([Step.INTENT])))),
        step_data=draw(
            st.dictionaries(st.sampled_from(Step), st.dictionaries(_text, _json, max_size=4), max_size=4)
        ),
        documents=draw(
            st.dictionaries(
                st.sampled_from(["business_licence", "seal_card", "agent_id"]),
                st.sampled_from(DocumentDecision),
            )
        ),
        risk_level=draw(st.none() | st.sampled_from(RiskLevel)),
        return_reasons=draw(
            st.dictionaries(
                st.sampled_from(Step), st.lists(_text.filter(str.strip), min_size=1, max_size=2).map(tuple)
            )
        ),
        approval_request=request,
        approval=decisions[-1] if decisions and draw(st.booleans()) else None,
        decisions=decisions,
        requests_made=draw(st.integers(0, 9)),
        account=draw(st.none() | st.dictionaries(_text, _json, min_size=1, max_size=3)),
        cancel_reason=draw(st.none() | _text),
        step_entered_at=draw(_moments),
        time_in_steps=draw(
            st.dictionaries(
                st.sampled_from(Step), st.integers(0, 10**12).map(lambda us: timedelta(microseconds=us))
            )
        ),
        closed_at=draw(st.none() | _moments),
    )


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(case=cases())
def test_a_saved_case_loads_back_equal(store, case):
    case = replace(case, id=str(uuid.uuid4()))  # hypothesis repeats ids; each example is a new case
    with store.unit_of_work(user_id="u-maker") as uow:
        save_case(uow, case, training=False, channel="counter")
    assert load_case(store, case.id) == case


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(first=cases(), second=cases())
def test_saving_over_an_earlier_version_keeps_only_the_new_state(store, first, second):
    first = replace(first, id=str(uuid.uuid4()))
    later = replace(second, id=first.id, customer_kind=first.customer_kind, account_type=first.account_type)
    # The domain never drops a step's data or a document decision: a later case holds the earlier ones.
    later = replace(
        later,
        step_data={**first.step_data, **second.step_data},
        documents={**first.documents, **second.documents},
    )
    with store.unit_of_work(user_id="u-maker") as uow:
        save_case(uow, first)
    with store.unit_of_work(user_id="u-maker") as uow:
        save_case(uow, later, first)
    assert load_case(store, first.id) == later


def test_saving_an_unchanged_case_writes_no_step_rows(store, clock):
    case = Case(
        id="c-1",
        customer_kind=CustomerKind.ENTERPRISE_LEGAL_PERSON,
        account_type=AccountType.BASIC,
        procedure_version="2026.1",
        maker="u-maker",
        opened_at=clock(),
        step_entered_at=clock(),
        step_data={Step.INTAKE: {"customer_name": "上海示例有限公司"}},
    )
    with store.unit_of_work(user_id="u-maker") as uow:
        save_case(uow, case)
    with store.reading() as session:
        stamp = session.get(CaseStep, session.query(CaseStep.id).scalar()).updated_at
    clock.advance(minutes=5)
    with store.unit_of_work(user_id="u-maker") as uow:
        save_case(uow, case, case)
        assert uow.outbox_entries == []
    with store.reading() as session:
        assert session.query(CaseStep).one().updated_at == stamp
        assert session.get(CaseRow, "c-1").status == "in_progress"


def test_personal_data_in_step_data_is_not_in_the_database_file(store, clock, paths):
    marker = "独特的测试客户名称甲乙丙"
    case = Case(
        id="c-2",
        customer_kind=CustomerKind.INDIVIDUAL,
        account_type=AccountType.PERSONAL_II,
        procedure_version="2026.1",
        maker="u-maker",
        opened_at=clock(),
        step_entered_at=clock(),
        step_data={Step.INTAKE: {"customer_name": marker}},
    )
    with store.unit_of_work(user_id="u-maker") as uow:
        save_case(uow, case)
    raw = b"".join(p.read_bytes() for p in paths.data.glob("local.sqlite3*"))
    assert marker.encode("utf-8") not in raw
    assert load_case(store, "c-2").step_data[Step.INTAKE]["customer_name"] == marker
