"""The procedure's refusals through the services: each broken rule is a typed error, and nothing typed is lost."""

from __future__ import annotations

import pytest
from checker_helpers import checker_for
from service_helpers import (
    COMPANY,
    corporate_case_to_contract,
    corporate_identity,
    credit_code,
    give_number_block,
    individual_identity,
    resident_id,
)

from teller_app.domain.case import CaseStatus
from teller_app.domain.errors import InputError, RuleError
from teller_app.domain.steps import Step
from teller_app.services import approvals, case_lists, cases, documents_review, step_services
from teller_app.services.case_store import load_case
from teller_app.services.demo import SAMPLE_RISK, sign_at_counter


def _general_case(store, teller):
    case = cases.open_case(store, teller, "enterprise_legal_person", "general", customer_name=COMPANY)
    return case


def test_general_account_requires_basic_account_number(store, staff):
    teller = staff["teller"]
    case = _general_case(store, teller)
    entries = {"customer_name": COMPANY, "basic_account_branch": "310116"}
    with pytest.raises(RuleError) as refused:
        cases.save_step(store, teller, case.id, "intake", entries, complete=True, advance=True)
    assert refused.value.code == "account.general_needs_basic_number"
    kept = load_case(store, case.id)
    assert kept.step is Step.INTAKE and Step.INTAKE not in kept.completed
    assert kept.data_for(Step.INTAKE)["basic_account_branch"] == "310116"  # the draft is kept

    with pytest.raises(InputError) as malformed:
        cases.save_step(
            store, teller, case.id, "intake", {**entries, "basic_account_number": "J12345"}, complete=True
        )
    assert malformed.value.code in ("account.basic_number_malformed", "identifier.length")

    done = cases.save_step(
        store,
        teller,
        case.id,
        "intake",
        {**entries, "basic_account_number": "J2900012345678"},
        complete=True,
        advance=True,
    )
    assert done.step is Step.IDENTITY


def test_general_account_cannot_be_opened_at_the_branch_of_the_basic_account(store, staff):
    teller = staff["teller"]
    case = _general_case(store, teller)
    entries = {
        "customer_name": COMPANY,
        "basic_account_number": "J2900012345678",
        "basic_account_branch": store.identity.branch,
    }
    with pytest.raises(RuleError) as refused:
        cases.save_step(store, teller, case.id, "intake", entries, complete=True)
    assert refused.value.code == "account.general_same_branch_as_basic"


def test_identity_step_names_the_bad_identifier(store, staff):
    teller = staff["teller"]
    case = cases.open_case(store, teller, "enterprise_legal_person", "basic", customer_name=COMPANY)
    cases.save_step(store, teller, case.id, "intake", {"customer_name": COMPANY}, complete=True, advance=True)
    bad = corporate_identity(
        credit_code()[:-1] + "0" if not credit_code().endswith("0") else credit_code()[:-1] + "1"
    )
    with pytest.raises(InputError) as refused:
        cases.save_step(store, teller, case.id, "identity", bad, complete=True)
    assert refused.value.code.startswith("identifier.")
    guidance = cases.step_guidance(store, teller, case.id)
    assert guidance and guidance[0].code == refused.value.code


def test_return_for_correction_and_resubmission(store, staff):
    give_number_block(store)
    teller, supervisor = staff["teller"], staff["supervisor"]
    case = corporate_case_to_contract(store, teller)
    approvals.request_approval(store, teller, case.id)
    returned = approvals.decide(
        store, checker_for(store, supervisor), case.id, "return", {"identity": ["法定代表人电话有误"]}
    )
    assert returned.status is CaseStatus.RETURNED and returned.step is Step.IDENTITY
    listed = case_lists.list_returned(store, teller)
    assert [(r.case_id, r.return_reasons) for r in listed] == [
        (case.id, {"identity": ("法定代表人电话有误",)})
    ]
    with pytest.raises(RuleError) as not_yet:
        approvals.request_approval(store, teller, case.id)
    assert not_yet.value.code == "case.resubmit_required"

    corrected = corporate_identity()
    corrected["legal_representative"]["phone"] = "13900139000"
    moved = cases.save_step(store, teller, case.id, "identity", corrected, complete=True, advance=True)
    while moved.step is not Step.RISK:  # the corrected identity voided the rating: it is redone
        moved = cases.advance_case(store, teller, case.id)
    moved = step_services.rate_risk(store, teller, case.id, dict(SAMPLE_RISK), advance=True)
    while moved.step is not Step.APPROVAL:
        moved = cases.advance_case(store, teller, case.id)
    again = approvals.resubmit(store, teller, case.id)
    assert again.status is CaseStatus.AWAITING_APPROVAL and again.requests_made == 2
    assert (
        approvals.decide(store, checker_for(store, supervisor), case.id, "approve").status
        is CaseStatus.APPROVED
    )


def test_checker_cannot_approve_own_case(store, staff):
    supervisor = staff["supervisor"]
    case = corporate_case_to_contract(store, supervisor)  # a supervisor may make cases too
    approvals.request_approval(store, supervisor, case.id)
    with pytest.raises(RuleError) as refused:
        approvals.decide(store, checker_for(store, supervisor), case.id, "approve")
    assert refused.value.code == "approval.own_case"
    assert case_lists.approval_queue(store, supervisor) == []
    with store.reading() as session:
        from sqlalchemy import select

        from teller_app.storage.schema import AuditEvent

        results = session.execute(
            select(AuditEvent.action, AuditEvent.result).where(AuditEvent.action == "approval.approve")
        ).all()
    assert results == [("approval.approve", "refused")]


def test_teller_may_not_decide(store, staff):
    case = corporate_case_to_contract(store, staff["teller"])
    approvals.request_approval(store, staff["teller"], case.id)
    with pytest.raises(RuleError) as refused:
        approvals.decide(store, checker_for(store, staff["teller2"]), case.id, "approve")
    assert refused.value.code == "permission.denied"


def test_high_risk_case_needs_a_risk_officer(store, staff):
    teller = staff["teller"]
    risky = {
        "industry": "J6930",
        "region": "310000",
        "country": "CN",
        "nationalities": ["KP"],
        "years_in_business": 0,
        "non_face_to_face": True,
        "sanctions_hit": False,
        "politically_exposed": False,
        "due_diligence_refused": False,
    }
    with pytest.raises(RuleError) as edd:
        corporate_case_to_contract(store, teller, risk=risky)
    assert edd.value.code == "risk.edd_required"
    case_id = case_lists.list_my_cases(store, teller)[0].case_id
    step_services.rate_risk(store, teller, case_id, {**risky, "edd_note": "强化尽职调查已完成"}, advance=True)
    step_services.confirm_intent(
        store,
        teller,
        case_id,
        method="video",
        confirmed_with="王建国",
        recording_reference="VID-20260302-0001",
        advance=True,
    )
    sign_at_counter(
        store,
        teller,
        case_id,
        seals=[
            {"kind": "company_seal", "holder": "公司"},
            {"kind": "legal_representative_seal", "holder": "王建国"},
        ],
        advance=True,
    )
    approvals.request_approval(store, teller, case_id)
    with pytest.raises(RuleError) as low:
        approvals.decide(store, checker_for(store, staff["supervisor"]), case_id, "approve")
    assert low.value.code == "approval.authority_too_low"
    assert (
        approvals.decide(store, checker_for(store, staff["risk"]), case_id, "approve").status
        is CaseStatus.APPROVED
    )


def test_a_change_after_approval_voids_it(store, staff):
    teller, supervisor = staff["teller"], staff["supervisor"]
    case = corporate_case_to_contract(store, teller)
    approvals.request_approval(store, teller, case.id)
    approvals.decide(store, checker_for(store, supervisor), case.id, "approve")
    cases.go_back(store, teller, case.id, "identity")
    changed = corporate_identity()
    changed["address"] = "上海市黄浦区中山东一路 1 号"
    voided = cases.save_step(store, teller, case.id, "identity", changed, complete=True)
    assert voided.status is CaseStatus.IN_PROGRESS and voided.approval is None
    from teller_app.services import account_setup

    with pytest.raises(RuleError) as refused:
        account_setup.set_up_account(store, teller, case.id)
    assert refused.value.code == "case.not_approved"


def test_a_document_needing_revision_blocks_approval(store, staff):
    teller = staff["teller"]
    case = corporate_case_to_contract(store, teller)
    cases.go_back(store, teller, case.id, "documents")
    documents_review.record_document(
        store, teller, case.id, "business_licence", "needs_revision", reason="expired", original_seen=True
    )
    with pytest.raises(RuleError) as refused:
        approvals.request_approval(store, teller, case.id)
    assert refused.value.code in ("case.documents_need_revision", "case.steps_incomplete")
    guidance = cases.step_guidance(store, teller, case.id)
    assert [g.code for g in guidance] == ["documents.needs_revision"]


def test_document_decision_needs_reason_and_original(store, staff):
    teller = staff["teller"]
    case = corporate_case_to_contract(store, teller)
    cases.go_back(store, teller, case.id, "documents")
    with pytest.raises(RuleError) as no_reason:
        documents_review.record_document(store, teller, case.id, "business_licence", "rejected")
    assert no_reason.value.code == "document.reason_required"
    with pytest.raises(RuleError) as not_seen:
        documents_review.record_document(store, teller, case.id, "business_licence", "verified")
    assert not_seen.value.code == "document.original_not_seen"
    with pytest.raises(InputError) as unknown:
        documents_review.record_document(store, teller, case.id, "no_such_item", "received")
    assert unknown.value.code == "document.not_on_checklist"


def test_training_user_cannot_touch_a_real_case(store, staff):
    real = cases.open_case(store, staff["teller"], "individual", "personal_ii", customer_name="赵小红")
    trainee = staff["trainee"]
    with pytest.raises(RuleError) as refused:
        cases.get_case(store, trainee, real.id)
    assert refused.value.code == "permission.training_only"
    practice = cases.open_case(store, trainee, "individual", "personal_ii", customer_name="练习客户")
    assert [c.case_id for c in case_lists.list_my_cases(store, trainee)] == [practice.id]
    with store.reading() as session:
        from teller_app.storage.schema import Case as CaseRow

        assert session.get(CaseRow, practice.id).training is True
    number = resident_id("11010519920512004")
    cases.save_step(
        store, trainee, practice.id, "intake", {"customer_name": "练习客户"}, complete=True, advance=True
    )
    cases.save_step(store, trainee, practice.id, "identity", individual_identity(number), complete=True)


def test_another_teller_cannot_work_my_case(store, staff):
    case = cases.open_case(store, staff["teller"], "individual", "personal_ii", customer_name="赵小红")
    with pytest.raises(RuleError) as refused:
        cases.save_step(store, staff["teller2"], case.id, "intake", {"customer_name": "x"}, complete=False)
    assert refused.value.code == "case.not_your_case"


def test_auditor_may_not_open_a_case(store, staff):
    with pytest.raises(RuleError) as refused:
        cases.open_case(store, staff["auditor"], "individual", "personal_ii")
    assert refused.value.code == "permission.denied"


def test_unknown_case_is_a_typed_error(store, staff):
    with pytest.raises(InputError) as missing:
        cases.save_step(store, staff["teller"], "no-such-case", "intake", {}, complete=False)
    assert missing.value.code == "case.not_found"


def test_wizard_header_shows_time_in_step_against_sla(store, staff, clock):
    case = cases.open_case(store, staff["teller"], "enterprise_legal_person", "basic", customer_name=COMPANY)
    clock.advance(minutes=20)
    header = case_lists.case_header(store, staff["teller"], case.id)
    assert (header.customer_name, header.step, header.sla_minutes) == (COMPANY, "intake", 15)
    assert header.time_in_step.total_seconds() == 20 * 60 and header.overdue is True


def test_an_earlier_step_saved_from_back_keeps_the_case_where_it_was(store, staff):
    teller = staff["teller"]
    case = corporate_case_to_contract(store, teller)
    assert case.step is Step.APPROVAL
    corrected = dict(load_case(store, case.id).data_for(Step.IDENTITY))
    same = cases.save_step(store, teller, case.id, "identity", corrected, complete=True)
    assert (
        same.step is Step.APPROVAL
    )  # the teller's entries are as saved: nothing changes, nothing re-checked
    corrected["phone"] = "021-6888 0002"
    after = cases.save_step(store, teller, case.id, "identity", corrected, complete=True)
    assert after.data_for(Step.IDENTITY)["phone"] == "021-6888 0002"
    assert after.step is Step.RISK  # a change of identity voids the rating: the case stops where it is redone
    with pytest.raises(RuleError) as ahead:
        cases.save_step(
            store,
            teller,
            cases.open_case(store, teller, "individual", "personal_i").id,
            "risk",
            {},
            complete=False,
        )
    assert ahead.value.code == "case.not_current_step"


def test_lists_are_empty_for_roles_that_do_not_work_cases(store, staff):
    from teller_app.domain.roles import Role
    from teller_app.services.actors import Actor

    corporate_case_to_contract(store, staff["teller"])
    admin = Actor("u-admin", Role.ADMINISTRATOR)
    assert case_lists.list_my_cases(store, admin) == [] and case_lists.approval_queue(store, admin) == []
    assert case_lists.approval_queue(store, staff["teller2"]) == []
