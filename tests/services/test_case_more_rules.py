"""More of the procedure through the services: expiry, cancel, one basic account, owners, imports."""

from __future__ import annotations

import json

import pytest
from checker_helpers import checker_for
from service_helpers import COMPANY, corporate_case_to_contract, credit_code, give_number_block, resident_id

from teller_app.domain.case import CaseStatus
from teller_app.domain.errors import InputError, RuleError
from teller_app.domain.steps import Step
from teller_app.services import account_setup, applications, approvals, case_lists, cases, step_services
from teller_app.services.case_store import load_case
from teller_app.services.demo import owner_record


def test_an_approval_request_expires_and_may_be_made_again(store, staff, clock):
    teller, supervisor = staff["teller"], staff["supervisor"]
    case = corporate_case_to_contract(store, teller)
    approvals.request_approval(store, teller, case.id, expiry_hours=24)
    clock.advance(hours=25)
    [waiting] = case_lists.approval_queue(store, supervisor)
    assert waiting.expired is True and waiting.waiting.total_seconds() == 25 * 3600
    with pytest.raises(RuleError) as late:
        approvals.decide(store, checker_for(store, supervisor), case.id, "approve")
    assert late.value.code == "approval.request_expired"
    renewed = approvals.request_approval(store, teller, case.id, expiry_hours=24)
    assert renewed.requests_made == 2
    assert (
        approvals.decide(store, checker_for(store, supervisor), case.id, "approve").status
        is CaseStatus.APPROVED
    )


def test_one_open_approval_request_per_case(store, staff):
    teller = staff["teller"]
    case = corporate_case_to_contract(store, teller)
    approvals.request_approval(store, teller, case.id)
    with pytest.raises(RuleError) as twice:
        approvals.request_approval(store, teller, case.id)
    assert twice.value.code == "case.approval_already_open"


def test_return_and_reject_need_reasons(store, staff):
    teller, supervisor = staff["teller"], staff["supervisor"]
    case = corporate_case_to_contract(store, teller)
    approvals.request_approval(store, teller, case.id)
    with pytest.raises(RuleError) as no_reason:
        approvals.decide(store, checker_for(store, supervisor), case.id, "reject", "")
    assert no_reason.value.code == "approval.reason_required"
    rejected = approvals.decide(
        store, checker_for(store, supervisor), case.id, "reject", "经营范围与开户用途不符"
    )
    assert rejected.status is CaseStatus.REJECTED and rejected.closed_at is not None
    with pytest.raises(RuleError) as closed:
        cases.save_step(store, teller, case.id, "contract", {}, complete=False)
    assert closed.value.code == "case.closed"


def test_cancel_needs_a_reason_and_closes_the_case(store, staff):
    teller = staff["teller"]
    case = cases.open_case(store, teller, "enterprise_legal_person", "basic", customer_name=COMPANY)
    with pytest.raises(RuleError):
        cases.cancel_case(store, teller, case.id, " ")
    cancelled = cases.cancel_case(store, teller, case.id, "客户放弃办理")
    assert cancelled.status is CaseStatus.CANCELLED and cancelled.cancel_reason == "客户放弃办理"
    assert case_lists.list_my_cases(store, teller) == []


def test_one_basic_account_per_depositor(store, staff):
    give_number_block(store)
    teller, supervisor = staff["teller"], staff["supervisor"]
    code = credit_code("91310115MA1K4Y7Q2")
    for attempt in (1, 2):
        case = corporate_case_to_contract(store, teller, code=code)
        approvals.request_approval(store, teller, case.id)
        approvals.decide(store, checker_for(store, supervisor), case.id, "approve")
        if attempt == 1:
            account_setup.activate(store, teller, account_setup.set_up_account(store, teller, case.id).id)
    with pytest.raises(RuleError) as second:
        account_setup.set_up_account(store, teller, case.id)
    assert second.value.code == "account.basic_already_exists"
    assert load_case(store, case.id).account is None  # nothing was set up, no number was used


def test_account_setup_needs_an_account_number_block(store, staff):
    teller = staff["teller"]
    case = corporate_case_to_contract(store, teller)
    approvals.request_approval(store, teller, case.id)
    approvals.decide(store, checker_for(store, staff["supervisor"]), case.id, "approve")
    with pytest.raises(Exception) as none_left:
        account_setup.set_up_account(store, teller, case.id)
    assert getattr(none_left.value, "code", "") == "sync.numbers_exhausted"


def test_exemption_by_commitment_stands_for_the_owners(store, staff):
    teller = staff["teller"]
    case = cases.open_case(store, teller, "enterprise_legal_person", "basic", customer_name=COMPANY)
    from service_helpers import corporate_identity, verify_all_documents

    cases.save_step(store, teller, case.id, "intake", {"customer_name": COMPANY}, complete=True, advance=True)
    cases.save_step(store, teller, case.id, "identity", corporate_identity(), complete=True, advance=True)
    verify_all_documents(store, teller, case.id)
    cases.save_step(store, teller, case.id, "documents", {}, complete=True, advance=True)
    holders = [{"id": "p1", "name": "王建国", "kind": "natural_person", "equity": "1"}]
    commitment = {"no_outside_control_or_benefit": True, "signed_by": "王建国", "reference": "CN-2026-001"}
    big = {
        "shareholders": holders,
        "exemption": True,
        "registered_capital": "20000000",
        "commitment": commitment,
    }
    with pytest.raises(RuleError) as too_big:
        step_services.record_owners(store, teller, case.id, big)
    assert too_big.value.code == "owners.exemption_not_allowed"
    assert load_case(store, case.id).data_for(Step.BENEFICIAL_OWNERS)["registered_capital"] == "20000000"
    small = {**big, "registered_capital": "5000000"}
    done = step_services.record_owners(store, teller, case.id, small, advance=True)
    assert done.step is Step.RISK and done.data_for(Step.BENEFICIAL_OWNERS)["owners"] == []


def test_owners_through_a_holding_company(store, staff):
    teller = staff["teller"]
    case = corporate_case_to_contract(store, teller)
    cases.go_back(store, teller, case.id, "beneficial_owners")
    tree = [
        {
            "id": "h1",
            "name": "示例控股有限公司",
            "kind": "entity",
            "equity": "0.8",
            "holders": [owner_record("p9", "孙立", resident_id("44030519790607006"), equity="0.5")],
        },
        {"id": "p2", "name": "陈美华", "kind": "natural_person", "equity": "0.2"},
    ]
    saved = step_services.record_owners(store, teller, case.id, {"shareholders": tree})
    owners = saved.data_for(Step.BENEFICIAL_OWNERS)["owners"]
    assert [(o["name"], o["equity"]) for o in owners] == [("孙立", "0.40")]
    with pytest.raises(InputError) as bad:
        step_services.record_owners(
            store,
            teller,
            case.id,
            {"shareholders": [{"id": "x", "kind": "natural_person", "equity": "lots"}]},
        )
    assert bad.value.code == "owners.share_not_decimal"


def test_import_of_online_applications(store, staff, tmp_path):
    source = tmp_path / "apps.json"
    rows = [
        {
            "customer_kind": "enterprise_legal_person",
            "account_type": "basic",
            "customer_name": COMPANY,
            "credit_code": credit_code(),
        },
        {"customer_kind": "individual", "account_type": "personal_iii", "customer_name": ""},
    ]
    source.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    report = applications.import_applications(store, staff["teller"], applications.read_applications(source))
    assert len(report.imported) == 1 and [r["code"] for r in report.refused] == ["step.field_required"]
    case = load_case(store, report.imported[0])
    assert case.step is Step.IDENTITY and case.data_for(Step.INTAKE)["channel"] == "online"
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError) as refused:
        applications.read_applications(broken)
    assert refused.value.code == "import.not_json"
