"""Helpers for the service tests: terminal identity, a hand-moved clock, the staff, valid identifiers, and
`teller-admin` run as IT staff run it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from teller_app.domain.identifiers import resident_id_check_character, uscc_check_character
from teller_app.domain.permissions import WorkMode
from teller_app.domain.roles import Role
from teller_app.services.actors import Actor
from teller_app.services.demo import SAMPLE_RISK, owner_record, sign_at_counter, terminal_entries

BRANCH, TERMINAL = "310115", "T01"


def people() -> dict[str, Actor]:
    return {
        "teller": Actor("u-teller", Role.TELLER, name="zhang"),
        "teller2": Actor("u-teller2", Role.TELLER, name="li"),
        "supervisor": Actor("u-super", Role.SUPERVISOR, name="liu"),
        "risk": Actor("u-risk", Role.RISK_OFFICER, name="chen"),
        "trainee": Actor("u-trainee", Role.TELLER, WorkMode.TRAINING, name="wang"),
        "auditor": Actor("u-audit", Role.AUDITOR, name="zhao"),
    }


def credit_code(body: str = "91310115MA1K4Y7Q2") -> str:
    """A credit code whose check character is computed, so it is valid by construction."""
    return body + uscc_check_character(body)


def resident_id(body: str = "31010119800315001") -> str:
    return body + resident_id_check_character(body)


# -- a corporate basic-account case driven through the services ------------------------------------

COMPANY = "上海示例国际贸易有限公司"
REPRESENTATIVE = "王建国"


def give_number_block(store, first: int = 1000, size: int = 100) -> None:
    """A block of account numbers as the central database would deliver it (号段)."""
    from teller_app.storage.schema import NumberBlock

    with store.unit_of_work(user_id="central") as uow:
        uow.store_pulled(
            NumberBlock(
                branch=store.identity.branch,
                terminal=store.identity.terminal,
                series=store.identity.branch,
                first_serial=first,
                last_serial=first + size - 1,
                next_serial=first,
                reserved_at=uow.clock(),
            )
        )


def corporate_identity(code: str | None = None) -> dict:
    return {
        "credit_code": code or credit_code(),
        "legal_representative": {
            "name": REPRESENTATIVE,
            "id_number": resident_id(),
            "id_expiry": "2036-03-15",
            "phone": "13800138000",
        },
        "address": "上海市浦东新区张江路 88 号",
        "phone": "021-6888 0001",
        "verifications": terminal_entries("legal_representative"),
    }


def individual_identity(number: str, **more) -> dict:
    """An individual's identity entries: the ID card, its expiry, and the teller's verification entry."""
    return {
        "id_number": number,
        "id_expiry": "2034-05-12",
        "verifications": terminal_entries("customer"),
        **more,
    }


def verify_all_documents(store, teller, case_id: str) -> None:
    from teller_app.services import documents_review

    for item in documents_review.checklist(store, teller, case_id):
        if item.mandatory:
            documents_review.record_document(
                store, teller, case_id, item.code, "verified", original_seen=True
            )


def corporate_case_to_contract(
    store,
    teller,
    *,
    name: str = COMPANY,
    code: str | None = None,
    risk: dict | None = None,
    kind: str = "enterprise_legal_person",
    account_type: str = "basic",
    sign: bool = True,
):
    """Open a corporate basic-account case (or another kind's) and complete every step up to the contract,
    and the contract too (the agreement printed, then signed) unless `sign` is false."""
    from teller_app.services import cases, step_services

    case = cases.open_case(store, teller, kind, account_type, customer_name=name)
    cases.save_step(
        store,
        teller,
        case.id,
        "intake",
        {"customer_name": name, "channel": "counter", "present": "legal_representative"},
        complete=True,
        advance=True,
    )
    cases.save_step(store, teller, case.id, "identity", corporate_identity(code), complete=True, advance=True)
    verify_all_documents(store, teller, case.id)
    cases.save_step(store, teller, case.id, "documents", {}, complete=True, advance=True)
    shareholders = [
        owner_record("p1", REPRESENTATIVE, resident_id(), equity="0.6"),
        owner_record("p2", "陈美华", resident_id("31010419750608002"), equity="0.4"),
    ]
    step_services.record_owners(store, teller, case.id, {"shareholders": shareholders}, advance=True)
    step_services.rate_risk(
        store,
        teller,
        case.id,
        risk or dict(SAMPLE_RISK),
        advance=True,
    )
    at_contract = step_services.confirm_intent(
        store, teller, case.id, method="face_to_face", confirmed_with=REPRESENTATIVE, advance=True
    )
    if not sign:
        return at_contract
    return sign_at_counter(
        store,
        teller,
        case.id,
        seals=[
            {"kind": "company_seal", "holder": name},
            {"kind": "legal_representative_seal", "holder": REPRESENTATIVE},
        ],
        advance=True,
    )


ADMIN = [sys.executable, "-c", "import sys; from teller_app.cli import main; sys.exit(main(sys.argv[1:]))"]


def run_admin(*args: str, home: Path, stdin: str = "") -> subprocess.CompletedProcess[str]:
    """`teller-admin …` in its own process for the data folder `home`."""
    env = {**os.environ, "TELLER_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([*ADMIN, *args], capture_output=True, text=True, env=env, input=stdin, timeout=300)
