"""Small helpers shared by the sign-in tests."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from teller_app.storage.schema_system import User

PASSWORD = "Counter-Pass-2026"  # the dual-control staff's password (tests/auth/conftest.py staff)
NEW = "Changed-Pass-2026"  # what a user signed in through `signed_in` changed the password to
CERTIFIED = date(2026, 12, 31)


def stored_user(store, username: str) -> User:
    """The users row as stored (to look at the hash and the lockout columns)."""
    with store.reading() as session:
        return session.scalars(select(User).where(User.username == username)).one()


def signed_in(sign_in, username):
    """A session of one of the staff; a first sign-in changes the initial password to NEW."""
    session = sign_in.sign_in(username, PASSWORD)
    if session.must_change_password:
        sign_in.change_password(session, PASSWORD, NEW)
    return session


def case_awaiting_approval(store, teller_actor, *, risk: dict | None = None) -> str:
    """A corporate basic-account case completed by `teller_actor` and waiting for a checker."""
    from teller_app.services import approvals, cases, documents_review, step_services
    from teller_app.services.demo import SAMPLE_RISK, owner_record, sign_at_counter

    name = "上海示例国际贸易有限公司"
    person = "王建国"
    identity = corporate_identity()
    id_number = identity["legal_representative"]["id_number"]
    case = cases.open_case(store, teller_actor, "enterprise_legal_person", "basic", customer_name=name)
    cases.save_step(
        store,
        teller_actor,
        case.id,
        "intake",
        {"customer_name": name, "channel": "counter", "present": "legal_representative"},
        complete=True,
        advance=True,
    )
    cases.save_step(store, teller_actor, case.id, "identity", identity, complete=True, advance=True)
    for item in documents_review.checklist(store, teller_actor, case.id):
        if item.mandatory:
            documents_review.record_document(
                store, teller_actor, case.id, item.code, "verified", original_seen=True
            )
    cases.save_step(store, teller_actor, case.id, "documents", {}, complete=True, advance=True)
    owners = [owner_record("p1", person, id_number)]
    step_services.record_owners(store, teller_actor, case.id, {"shareholders": owners}, advance=True)
    step_services.rate_risk(
        store,
        teller_actor,
        case.id,
        risk or dict(SAMPLE_RISK),
        advance=True,
    )
    step_services.confirm_intent(
        store, teller_actor, case.id, method="face_to_face", confirmed_with=person, advance=True
    )
    sign_at_counter(
        store,
        teller_actor,
        case.id,
        seals=[
            {"kind": "company_seal", "holder": name},
            {"kind": "legal_representative_seal", "holder": "王建国"},
        ],
        advance=True,
    )
    approvals.request_approval(store, teller_actor, case.id)
    return case.id


HIGH_RISK = {
    "industry": "J6930",
    "region": "310000",
    "country": "CN",
    "nationalities": ["KP"],
    "years_in_business": 0,
    "non_face_to_face": True,
    "sanctions_hit": False,
    "politically_exposed": False,
    "due_diligence_refused": False,
    "edd_note": "强化尽职调查已完成",
}


def corporate_identity(address: str = "上海市浦东新区张江路 88 号") -> dict:
    """Identity step data with identifiers valid by construction."""
    from teller_app.domain.identifiers import resident_id_check_character, uscc_check_character
    from teller_app.services.demo import terminal_entries

    code_body = "91310115MA1K4Y7Q2"
    id_body = "31010119800315001"
    return {
        "credit_code": code_body + uscc_check_character(code_body),
        "legal_representative": {
            "name": "王建国",
            "id_number": id_body + resident_id_check_character(id_body),
            "id_expiry": "2036-03-15",
            "phone": "13800138000",
        },
        "address": address,
        "phone": "021-6888 0001",
        "verifications": terminal_entries("legal_representative"),
    }
