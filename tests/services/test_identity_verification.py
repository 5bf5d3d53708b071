"""The online ID check (联网核查) in the bank's words: nobody is taken as verified without a real answer, from the
service or the teller's entry from the verification terminal, and everyone who must be checked is."""

from __future__ import annotations

import pytest
from identity_helpers import FakeService, corporate_case_at_identity, save_identity, without_terminal_entries
from service_helpers import corporate_identity, individual_identity, resident_id

from teller_app.domain.errors import InputError, RuleError, TellerError
from teller_app.domain.id_verification import CheckRequest, CheckResult
from teller_app.domain.steps import Step
from teller_app.services import audit_trail, cases
from teller_app.services.case_store import load_case
from teller_app.services.identity_check import case_verifications, configured_port

AGENT_ID = resident_id("31010419750608002")


def _refusal(store, teller, case_id, entries, **kw) -> TellerError:
    with pytest.raises(TellerError) as refused:
        save_identity(store, teller, case_id, entries, **kw)
    return refused.value


# -- no answer, no verification ------------------------------------------------------------------------


def test_without_a_service_or_the_tellers_entry_nobody_is_verified(store, staff):
    teller = staff["teller"]
    case = corporate_case_at_identity(store, teller)
    refused = _refusal(store, teller, case.id, without_terminal_entries(corporate_identity()))
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
    case = corporate_case_at_identity(store, teller)
    entries = without_terminal_entries(corporate_identity())
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
    case = corporate_case_at_identity(store, teller)
    entries = corporate_identity()
    entries["verifications"] = {
        "legal_representative": {"result": "match", "reference": "NCIIC20260302-0042", "photo_compared": True}
    }
    saved = save_identity(store, teller, case.id, entries)
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
    case = corporate_case_at_identity(store, teller)
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
    case = corporate_case_at_identity(store, teller)
    entries = corporate_identity()
    entries["verifications"]["legal_representative"]["result"] = result
    assert _refusal(store, teller, case.id, entries).code == code
    with pytest.raises(RuleError):
        cases.advance_case(store, teller, case.id)
    assert load_case(store, case.id).step is Step.IDENTITY


def test_a_mismatch_stands_for_the_same_name_and_number(store, staff):
    teller = staff["teller"]
    case = corporate_case_at_identity(store, teller)
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
    case = corporate_case_at_identity(store, teller)
    entries = corporate_identity()
    save_identity(store, teller, case.id, entries)
    entries["legal_representative"]["id_number"] = resident_id("31010119800315002")
    # the old entry (same result and reference) was about the old number: it does not carry over
    assert _refusal(store, teller, case.id, entries).code == "identity.online_check_missing"


def test_two_people_cannot_share_one_reference_number(store, staff):
    teller = staff["teller"]
    case = corporate_case_at_identity(store, teller, agent=True)
    entries = corporate_identity()
    entries["agent"] = {"name": "李四", "id_number": AGENT_ID, "id_expiry": "2035-01-01"}
    same = dict(entries["verifications"]["legal_representative"])
    entries["verifications"]["agent"] = same
    assert _refusal(store, teller, case.id, entries).code == "identity.verification_reference_reused"


# -- everyone who must be checked ----------------------------------------------------------------------


def test_the_agent_must_be_checked_too(store, staff):
    teller = staff["teller"]
    case = corporate_case_at_identity(store, teller, agent=True)
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
    saved = save_identity(store, teller, case.id, entries)
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
    case = corporate_case_at_identity(store, teller)
    entries = without_terminal_entries(corporate_identity())
    service = FakeService()
    saved = save_identity(store, teller, case.id, entries, id_check=service)
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
    case = corporate_case_at_identity(store, teller)
    entries = without_terminal_entries(corporate_identity())
    down = FakeService(CheckResult.UNAVAILABLE)
    assert (
        _refusal(store, teller, case.id, entries, id_check=down).code == "identity.online_check_unavailable"
    )
    record = load_case(store, case.id).data_for(Step.IDENTITY)["online_check"]["legal_representative"]
    assert record["result"] == "unavailable"
    back = FakeService(CheckResult.MATCH)  # asked again on the next try; then it counts
    assert save_identity(store, teller, case.id, entries, id_check=back).step is Step.DOCUMENTS


def test_the_tellers_entry_may_stand_in_for_an_unavailable_service(store, staff):
    teller = staff["teller"]
    case = corporate_case_at_identity(store, teller)
    entries = corporate_identity()
    saved = save_identity(store, teller, case.id, entries, id_check=FakeService(CheckResult.UNAVAILABLE))
    assert saved.data_for(Step.IDENTITY)["online_check"]["legal_representative"]["source"] == "manual"


# -- the results for the other screens -----------------------------------------------------------------


def test_case_verifications_gives_who_result_reference_photo_time_and_recorder(store, staff):
    teller = staff["teller"]
    case = corporate_case_at_identity(store, teller)
    entries = corporate_identity()
    save_identity(store, teller, case.id, entries)
    [check] = case_verifications(store, staff["supervisor"], case.id)
    assert (check.person, check.person_zh, check.name) == ("legal_representative", "法定代表人", "王建国")
    assert (check.result, check.result_zh, check.photo_compared) == ("match", "一致", True)
    assert check.reference == entries["verifications"]["legal_representative"]["reference"]
    assert (check.source, check.recorded_by) == ("manual", teller.user_id)
    with pytest.raises(RuleError):
        case_verifications(store, staff["trainee"], case.id)  # a trainee sees training cases only


def test_the_checklist_pdf_prints_each_persons_online_check(store, staff, tmp_path):
    from PySide6.QtPdf import QPdfDocument

    from teller_app.services import printing

    teller = staff["teller"]
    case = corporate_case_at_identity(store, teller)
    entries = corporate_identity()
    entries["verifications"]["legal_representative"].update(reference="NCIIC-0302-77", photo_compared=False)
    save_identity(store, teller, case.id, entries)
    out = printing.print_case(store, teller, case.id, "checklist", tmp_path / "checklist.pdf")
    document = QPdfDocument()
    assert document.load(str(out)) == QPdfDocument.Error.None_
    text = "".join("".join(document.getAllText(p).text().split()) for p in range(document.pageCount()))
    document.close()
    number = entries["legal_representative"]["id_number"]
    assert "联网核查结果" in text
    assert f"法定代表人王建国{number}一致未比对NCIIC-0302-77" in text
    assert "柜员据核查终端录入（zhang）" in text or "柜员据核查终端录入（u-teller）" in text
