"""The maker's path through a case: opening, steps in order, explicit skips, going back, cancelling."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from case_helpers import T0, new_case, refused

from teller_app.domain.account_types import AccountType
from teller_app.domain.case import Case, CaseStatus, case_content, case_content_hash, open_case
from teller_app.domain.case_moves import (
    advance,
    cancel_case,
    go_back,
    record_document,
    record_risk_level,
    save_step,
    skip_step,
)
from teller_app.domain.case_steps import StepRequirement, applicable_steps, step_requirement
from teller_app.domain.customers import CustomerKind
from teller_app.domain.document_decisions import DocumentDecision
from teller_app.domain.errors import InputError, RuleError
from teller_app.domain.risk_levels import RiskLevel
from teller_app.domain.steps import ORDER, Step

ORGANISATIONS_WITH_OWNERS = [
    CustomerKind.ENTERPRISE_LEGAL_PERSON,
    CustomerKind.NON_LEGAL_PERSON_ENTERPRISE,
    CustomerKind.PUBLIC_INSTITUTION,
    CustomerKind.OTHER_ORGANISATION,
]


def complete_current(case: Case) -> Case:
    """What the teller does on each page before pressing Next."""
    if case.step is Step.DOCUMENTS:
        case = record_document(case, "business_licence", DocumentDecision.VERIFIED)
    if case.step is Step.RISK:
        case = record_risk_level(case, RiskLevel.LOW)
    return save_step(case, {"page": case.step.value}, complete=True)


def walk_to(case: Case, step: Step) -> Case:
    while case.step is not step:
        case = advance(complete_current(case), now=T0)
    return case


def test_new_case_starts_at_intake_in_progress():
    case = new_case()
    assert (case.step, case.status) == (Step.INTAKE, CaseStatus.IN_PROGRESS)
    assert case.procedure_version == "2026.1"
    assert case.maker == "teller-1"
    assert not case.completed and not case.step_data and case.risk_level is None


def test_new_case_accepts_the_kinds_by_their_codes():
    case = open_case(
        case_id="c",
        customer_kind="individual",
        account_type="personal_ii",
        procedure_version="v",
        maker="m",
        now=T0,
    )
    assert (case.customer_kind, case.account_type) == (CustomerKind.INDIVIDUAL, AccountType.PERSONAL_II)


@pytest.mark.parametrize(("field", "value"), [("customer_kind", "shop"), ("account_type", "savings")])
def test_new_case_refuses_an_unknown_kind(field, value):
    arguments = {
        "case_id": "c",
        "customer_kind": CustomerKind.ENTERPRISE_LEGAL_PERSON,
        "account_type": AccountType.BASIC,
        "procedure_version": "v",
        "maker": "m",
        "now": T0,
        field: value,
    }
    with pytest.raises(InputError) as error:
        open_case(**arguments)
    assert error.value.code == "case.unknown_value"
    assert error.value.params["field"] == field


@pytest.mark.parametrize("field", ["case_id", "procedure_version", "maker"])
def test_new_case_requires_id_version_and_maker(field):
    arguments = {
        "case_id": "c",
        "customer_kind": CustomerKind.ENTERPRISE_LEGAL_PERSON,
        "account_type": AccountType.BASIC,
        "procedure_version": "v",
        "maker": "m",
        "now": T0,
        field: "  ",
    }
    with pytest.raises(InputError) as error:
        open_case(**arguments)
    assert (error.value.code, error.value.params["field"]) == ("case.field_required", field)


@pytest.mark.parametrize(
    ("kind", "account"),
    [
        (CustomerKind.ENTERPRISE_LEGAL_PERSON, AccountType.PERSONAL_I),
        (CustomerKind.INDIVIDUAL, AccountType.BASIC),
    ],
)
def test_personal_accounts_are_for_individuals_and_settlement_accounts_for_organisations(kind, account):
    with pytest.raises(InputError) as error:
        new_case(kind, account)
    assert error.value.code == "case.account_type_not_for_customer"


def test_corporate_basic_case_visits_every_step_in_order():
    case = new_case()
    visited = [case.step]
    while case.step is not Step.APPROVAL:
        case = advance(complete_current(case), now=T0)
        visited.append(case.step)
    assert visited == list(ORDER[: ORDER.index(Step.APPROVAL) + 1])


def test_advance_refused_while_the_step_is_incomplete():
    case = save_step(new_case(), {"name": "half typed"}, complete=False)
    assert refused(lambda: advance(case, now=T0)) == "case.step_incomplete"


def test_advance_only_to_the_next_step():
    case = complete_current(new_case())
    with pytest.raises(RuleError) as error:
        advance(case, to=Step.RISK, now=T0)
    assert error.value.code == "case.step_out_of_order"
    assert error.value.params == {"step": "risk", "expected": "identity"}
    assert advance(case, to=Step.IDENTITY, now=T0).step is Step.IDENTITY


def test_a_step_named_in_text_moves_like_the_step_itself():
    case = complete_current(new_case())
    assert advance(case, to="identity", now=T0).step is Step.IDENTITY
    moved = advance(case, now=T0)
    assert go_back(moved, to="intake", now=T0).step is Step.INTAKE
    assert save_step(moved, {"page": "identity"}, complete=True, step="identity").is_complete(Step.IDENTITY)


@pytest.mark.parametrize("move", ["advance", "go_back", "save_step"])
def test_an_unknown_step_name_is_refused_by_name_not_a_crash(move):
    case = advance(complete_current(new_case()), now=T0)
    calls = {
        "advance": lambda: advance(case, to="vault", now=T0),
        "go_back": lambda: go_back(case, to="vault", now=T0),
        "save_step": lambda: save_step(case, {}, complete=True, step="vault"),
    }
    with pytest.raises(InputError) as error:
        calls[move]()
    assert error.value.code == "case.unknown_value"
    assert error.value.params["value"] == "vault"


def test_unmarking_a_step_as_complete_blocks_advance_again():
    case = complete_current(new_case())
    case = save_step(case, {"name": "changed and now missing a field"}, complete=False)
    assert refused(lambda: advance(case, now=T0)) == "case.step_incomplete"


@pytest.mark.parametrize("kind", [CustomerKind.INDIVIDUAL_BUSINESS, CustomerKind.INDIVIDUAL])
def test_beneficial_owners_step_is_skipped_for_individuals_and_individual_businesses(kind):
    account = AccountType.PERSONAL_I if kind is CustomerKind.INDIVIDUAL else AccountType.BASIC
    assert step_requirement(kind, account, Step.BENEFICIAL_OWNERS) is StepRequirement.NOT_APPLICABLE
    assert Step.BENEFICIAL_OWNERS not in applicable_steps(kind, account)
    case = walk_to(new_case(kind, account), Step.DOCUMENTS)
    assert advance(complete_current(case), now=T0).step is Step.RISK
    assert (
        refused(lambda: advance(complete_current(case), to=Step.BENEFICIAL_OWNERS, now=T0))
        == "case.step_out_of_order"
    )


@pytest.mark.parametrize("kind", ORGANISATIONS_WITH_OWNERS)
def test_beneficial_owners_step_is_required_for_companies_and_organisations(kind):
    assert step_requirement(kind, AccountType.BASIC, Step.BENEFICIAL_OWNERS) is StepRequirement.REQUIRED
    case = walk_to(new_case(kind), Step.DOCUMENTS)
    assert advance(complete_current(case), now=T0).step is Step.BENEFICIAL_OWNERS


def test_intent_is_required_for_a_basic_account():
    case = walk_to(new_case(), Step.INTENT)
    assert step_requirement(case.customer_kind, case.account_type, Step.INTENT) is StepRequirement.REQUIRED
    assert refused(lambda: skip_step(case, now=T0)) == "case.step_not_optional"
    assert refused(lambda: advance(case, now=T0)) == "case.step_incomplete"


@pytest.mark.parametrize(
    ("kind", "account"),
    [
        (CustomerKind.ENTERPRISE_LEGAL_PERSON, AccountType.GENERAL),
        (CustomerKind.ENTERPRISE_LEGAL_PERSON, AccountType.SPECIAL),
        (CustomerKind.ENTERPRISE_LEGAL_PERSON, AccountType.TEMPORARY),
        (CustomerKind.INDIVIDUAL, AccountType.PERSONAL_I),
    ],
)
def test_intent_may_be_skipped_explicitly_for_other_accounts(kind, account):
    case = walk_to(new_case(kind, account), Step.INTENT)
    assert refused(lambda: advance(case, now=T0)) == "case.step_incomplete"  # never passed over silently
    skipped = skip_step(case, now=T0)
    assert skipped.step is Step.CONTRACT
    assert Step.INTENT in skipped.skipped and Step.INTENT not in skipped.completed
    assert case_content(skipped)["skipped"] == ["intent"]


def test_completing_a_skipped_optional_step_clears_the_skip():
    case = skip_step(walk_to(new_case(account=AccountType.GENERAL), Step.INTENT), now=T0)
    case = go_back(case, now=T0)
    case = save_step(case, {"video": "recorded"}, complete=True)
    assert Step.INTENT in case.completed and Step.INTENT not in case.skipped


@pytest.mark.parametrize("step", [Step.INTAKE, Step.IDENTITY, Step.DOCUMENTS, Step.RISK, Step.CONTRACT])
def test_required_steps_cannot_be_skipped(step):
    case = walk_to(new_case(account=AccountType.GENERAL), step)
    assert refused(lambda: skip_step(case, now=T0)) == "case.step_not_optional"


def test_go_back_never_loses_data():
    case = walk_to(new_case(), Step.RISK)
    before = dict(case.step_data)
    back = go_back(case, to=Step.IDENTITY, now=T0)
    assert back.step is Step.IDENTITY
    assert back.step_data == before
    assert back.completed == case.completed
    assert case_content_hash(back) == case_content_hash(case)
    assert go_back(back, now=T0).step is Step.INTAKE


def test_go_back_then_forward_again_through_completed_steps():
    case = walk_to(new_case(), Step.RISK)
    back = go_back(case, to=Step.IDENTITY, now=T0)
    assert advance(advance(advance(back, now=T0), now=T0), now=T0).step is Step.RISK


def test_go_back_skips_steps_the_case_does_not_visit():
    case = walk_to(new_case(CustomerKind.INDIVIDUAL_BUSINESS), Step.RISK)
    assert go_back(case, now=T0).step is Step.DOCUMENTS
    assert refused(lambda: go_back(case, to=Step.BENEFICIAL_OWNERS, now=T0)) == "case.illegal_move"


def test_go_back_refuses_a_later_step_and_the_first_step_has_no_previous():
    case = walk_to(new_case(), Step.IDENTITY)
    assert refused(lambda: go_back(case, to=Step.RISK, now=T0)) == "case.illegal_move"
    assert refused(lambda: go_back(case, to=Step.IDENTITY, now=T0)) == "case.illegal_move"
    assert refused(lambda: go_back(new_case(), now=T0)) == "case.no_previous_step"


def test_save_only_at_the_current_step():
    case = walk_to(new_case(), Step.IDENTITY)
    assert (
        refused(lambda: save_step(case, {"x": 1}, complete=True, step=Step.INTAKE)) == "case.not_current_step"
    )


def test_saving_a_step_keeps_the_other_steps_data():
    case = walk_to(new_case(), Step.IDENTITY)
    saved = save_step(case, {"legal_rep": "checked"}, complete=True)
    assert saved.data_for(Step.INTAKE) == {"page": "intake"}
    assert saved.data_for(Step.IDENTITY) == {"legal_rep": "checked"}


@pytest.mark.parametrize("data", [{"when": object()}, {1: "numbered field"}, ["not", "a", "mapping"]])
def test_unrecordable_step_data_gets_a_typed_error(data):
    with pytest.raises(InputError) as error:
        save_step(new_case(), data, complete=True)
    assert error.value.code in ("case.step_data_not_recordable", "case.step_data_not_a_mapping")


@pytest.mark.parametrize("number", [float("nan"), float("inf"), -float("inf")])
def test_a_number_that_is_not_finite_cannot_be_recorded(number):
    with pytest.raises(InputError) as error:
        save_step(new_case(), {"capital": {"amount": number}}, complete=True)
    assert error.value.code == "case.step_data_not_recordable"


def test_saved_data_is_a_private_copy():
    form = {"capital": Decimal("500000"), "shareholders": ["a", "b"]}
    case = save_step(new_case(), form, complete=True)
    form["shareholders"].append("c")
    assert case.data_for(Step.INTAKE)["shareholders"] == ["a", "b"]


def test_moves_never_change_the_case_they_are_given():
    case = new_case()
    saved = save_step(case, {"name": "x"}, complete=True)
    assert case.step_data == {} and case.completed == frozenset()
    assert advance(saved, now=T0).step is Step.IDENTITY and saved.step is Step.INTAKE


def test_documents_are_recorded_at_the_documents_step_only():
    assert (
        refused(lambda: record_document(new_case(), "business_licence", "verified"))
        == "case.not_current_step"
    )
    case = walk_to(new_case(), Step.DOCUMENTS)
    case = record_document(case, "business_licence", "needs_revision")
    case = record_document(case, "business_licence", DocumentDecision.VERIFIED)
    assert case.documents == {"business_licence": DocumentDecision.VERIFIED}


@pytest.mark.parametrize(("code", "decision"), [("", "verified"), ("licence", "lost")])
def test_bad_document_decisions_get_typed_errors(code, decision):
    case = walk_to(new_case(), Step.DOCUMENTS)
    with pytest.raises(InputError):
        record_document(case, code, decision)


def test_risk_level_is_recorded_at_the_risk_step_only():
    assert refused(lambda: record_risk_level(new_case(), RiskLevel.HIGH)) == "case.not_current_step"
    case = walk_to(new_case(), Step.RISK)
    assert record_risk_level(case, "medium_high").risk_level is RiskLevel.MEDIUM_HIGH
    with pytest.raises(InputError):
        record_risk_level(case, "extreme")


def test_content_covers_step_data_documents_and_risk_but_not_navigation():
    case = walk_to(new_case(), Step.CONTRACT)
    content = case_content(case)
    assert content["documents"] == {"business_licence": "verified"}
    assert content["risk_level"] == "low"
    assert set(content["steps"]) == {"intake", "identity", "documents", "beneficial_owners", "risk", "intent"}
    assert "status" not in content and "step" not in content
    assert case_content_hash(go_back(case, now=T0)) == case_content_hash(case)
    assert case_content_hash(replace(case, step_data={**case.step_data, Step.INTAKE: {"page": "other"}})) != (
        case_content_hash(case)
    )


def test_cancel_requires_a_reason():
    assert refused(lambda: cancel_case(new_case(), reason="  ", now=T0)) == "case.reason_required"


def test_cancelled_case_is_closed_to_every_move():
    cancelled = cancel_case(walk_to(new_case(), Step.IDENTITY), reason="customer left", now=T0)
    assert cancelled.status is CaseStatus.CANCELLED and cancelled.cancel_reason == "customer left"
    moves = [
        lambda c: advance(c, now=T0),
        lambda c: go_back(c, now=T0),
        lambda c: save_step(c, {"x": 1}, complete=True),
        lambda c: skip_step(c, now=T0),
        lambda c: cancel_case(c, reason="again", now=T0),
    ]
    for move in moves:
        assert refused(lambda move=move: move(cancelled)) == "case.closed"
