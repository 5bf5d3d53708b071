"""A complete corporate basic-account onboarding through the real case services, for the sync tests."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from checker_helpers import checker_for

from teller_app.domain.identifiers import resident_id_check_character, uscc_check_character
from teller_app.domain.roles import Role
from teller_app.services import account_setup, approvals, cases, documents_review, step_services
from teller_app.services.actors import Actor
from teller_app.services.demo import (
    INDIVIDUAL_RISK,
    SAMPLE_RISK,
    owner_record,
    sign_at_counter,
    terminal_entries,
)
from teller_app.storage.store import Store

TELLER = Actor("u-teller", Role.TELLER, name="zhang")
SUPERVISOR = Actor("u-super", Role.SUPERVISOR, name="liu")


@dataclass(frozen=True)
class Customer:
    """The personal data of one customer: none of it may reach the central database in clear."""

    company: str
    credit_code: str
    representative: str
    representative_id: str
    address: str
    phone: str

    def secrets(self) -> list[str]:
        return [self.company, self.credit_code, self.representative, self.representative_id, self.address]


def customer(n: int) -> Customer:
    code_body = f"91310115MA1K{n:05d}"
    id_body = f"3101011980031{n % 10000:04d}"
    return Customer(
        company=f"上海星辰第{n}号国际贸易有限公司",
        credit_code=code_body + uscc_check_character(code_body),
        representative=f"欧阳明{n}",
        representative_id=id_body + resident_id_check_character(id_body),
        address=f"上海市浦东新区张江路{800 + n}号",
        phone=f"1380013{n % 10000:04d}",
    )


def onboard(
    store: Store, who: Customer, training: bool = False, *, activate: bool = True, central: Any = None
) -> tuple[str, str]:
    """Every step from intake to activation (or to account setup); returns (case id, account number)."""
    return approve_and_set_up(store, to_approval(store, who, training), activate=activate, central=central)


def to_approval(store: Store, who: Customer, training: bool = False) -> str:
    """Every step from intake to the approval request; returns the case id."""
    case_id = onboard_to_contract(store, who, training)
    sign_at_counter(
        store,
        TELLER,
        case_id,
        seals=[
            {"kind": "company_seal", "holder": who.company},
            {"kind": "legal_representative_seal", "holder": who.representative},
        ],
        advance=True,
    )
    approvals.request_approval(store, TELLER, case_id)
    return case_id


def onboard_to_contract(store: Store, who: Customer, training: bool = False) -> str:
    """Every step from intake to the contract (the agreement not printed yet); returns the case id."""
    case = cases.open_case(
        store, TELLER, "enterprise_legal_person", "basic", customer_name=who.company, training=training
    )
    cases.save_step(
        store,
        TELLER,
        case.id,
        "intake",
        {"customer_name": who.company, "channel": "counter", "present": "legal_representative"},
        complete=True,
        advance=True,
    )
    identity = {
        "credit_code": who.credit_code,
        "legal_representative": {
            "name": who.representative,
            "id_number": who.representative_id,
            "id_expiry": "2036-03-15",
            "phone": who.phone,
        },
        "address": who.address,
        "phone": "021-6888 0001",
        "verifications": terminal_entries("legal_representative"),
    }
    cases.save_step(store, TELLER, case.id, "identity", identity, complete=True, advance=True)
    verify_documents(store, case.id)
    cases.save_step(store, TELLER, case.id, "documents", {}, complete=True, advance=True)
    owners = [owner_record("p1", who.representative, who.representative_id)]
    step_services.record_owners(store, TELLER, case.id, {"shareholders": owners}, advance=True)
    step_services.rate_risk(
        store,
        TELLER,
        case.id,
        dict(SAMPLE_RISK),
        advance=True,
    )
    step_services.confirm_intent(
        store, TELLER, case.id, method="face_to_face", confirmed_with=who.representative, advance=True
    )
    return case.id


def onboard_person(
    store: Store, who: Customer, *, activate: bool = True, central: Any = None
) -> tuple[str, str]:
    """A personal Ⅰ类 account for the customer's representative (as an individual), intake to activation."""
    name = who.representative
    case = cases.open_case(store, TELLER, "individual", "personal_i", customer_name=name)
    cases.save_step(store, TELLER, case.id, "intake", {"customer_name": name}, complete=True, advance=True)
    identity = {
        "id_number": who.representative_id,
        "id_expiry": "2034-05-12",
        "phone": who.phone,
        "verifications": terminal_entries("customer"),
    }
    cases.save_step(store, TELLER, case.id, "identity", identity, complete=True, advance=True)
    verify_documents(store, case.id)
    cases.save_step(store, TELLER, case.id, "documents", {}, complete=True, advance=True)
    step_services.rate_risk(store, TELLER, case.id, dict(INDIVIDUAL_RISK), advance=True)
    cases.skip_step(store, TELLER, case.id)  # intent: optional for a personal account
    sign_at_counter(store, TELLER, case.id, seals=())
    approvals.request_approval(store, TELLER, case.id)
    return approve_and_set_up(store, case.id, activate=activate, central=central)


def verify_documents(store: Store, case_id: str) -> None:
    for item in documents_review.checklist(store, TELLER, case_id):
        if item.mandatory:
            documents_review.record_document(
                store, TELLER, case_id, item.code, "verified", original_seen=True
            )


def approve_and_set_up(store: Store, case_id: str, *, activate: bool, central: Any) -> tuple[str, str]:
    """Approval by the supervisor (the request is made), account setup (asking `central` when given) and
    activation."""
    approvals.decide(store, checker_for(store, SUPERVISOR), case_id, "approve")
    set_up = account_setup.set_up_account(store, TELLER, case_id, central=central)
    if not activate:
        return case_id, str(set_up.account["number"])
    active = account_setup.activate(store, TELLER, case_id)
    return case_id, str(active.account["number"])
