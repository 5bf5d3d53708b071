"""The scripted demo: a complete corporate basic-account onboarding through the real services, PDFs included.

run_demo(store, config, out_dir) -> DemoResult
A teller (maker) and a supervisor (checker) — two different users — take a sample company from intake to
an active 基本存款账户: valid credit code and resident ID built with the identifier algorithms, every step,
the approval, account setup and activation; every document printed to `out_dir`; one sync round when a
central database (or the embedded one) is reachable.
"""

from __future__ import annotations

import secrets
import tempfile
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from teller_app.config import Config
from teller_app.documents.required import DOCUMENTS
from teller_app.domain.case import Case
from teller_app.domain.identifiers import USCC_ALPHABET, resident_id_check_character, uscc_check_character
from teller_app.domain.roles import Role
from teller_app.services import account_setup, approvals, cases, documents_review, printing, step_services
from teller_app.services.actors import Actor
from teller_app.services.checkers import Checker
from teller_app.services.workspace import certified_user, ensure_account_numbers, sync_once
from teller_app.storage.schema import AuditEvent
from teller_app.storage.store import Store

COMPANY = "上海示例国际贸易有限公司"
REPRESENTATIVE = "王建国"
SHAREHOLDER = "陈美华"
MAKER, CHECKER = "teller1", "super1"
DEMO_MAKER, DEMO_CHECKER = "demo-maker", "demo-checker"  # acceptance run users, disabled when it ends
# A one-page PDF, as a scanner would deliver the business licence (stored encrypted like any scan).
SAMPLE_SCAN = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"


@dataclass(frozen=True)
class DemoResult:
    case_id: str
    account_number: str
    customer_name: str
    credit_code: str
    pdfs: tuple[str, ...]
    audit_events: int
    maker: str
    checker: str
    synced: dict[str, Any] | None = field(default=None)

    def as_dict(self) -> dict[str, Any]:
        return {
            "case_id": self.case_id,
            "account_number": self.account_number,
            "customer_name": self.customer_name,
            "credit_code": self.credit_code,
            "pdfs": list(self.pdfs),
            "audit_events": self.audit_events,
            "maker": self.maker,
            "checker": self.checker,
            "synced": self.synced,
        }


def _set_demo_users(store: Store, *, disabled: bool) -> None:
    """The acceptance run's users work only during the run (their passwords are random and never shown)."""
    from teller_app.services.user_records import find_user
    from teller_app.services.users import AuthPolicy, UserAdministration

    admin = UserAdministration(store, AuthPolicy())
    for username in (DEMO_MAKER, DEMO_CHECKER):
        with store.reading() as session:
            row = find_user(session, username)
        if row is not None and bool(row.disabled) != disabled:
            (admin.disable if disabled else admin.enable)(username)


def sample_credit_code() -> str:
    """A valid credit code: 91 (enterprise), Shanghai Pudong 310115, a random body, its check character."""
    allowed = [c for c in USCC_ALPHABET if c.isdigit() or c in "ABCDEFGHJKLMNPQRTUWXY"]
    body = "91310115" + "".join(secrets.choice(allowed) for _ in range(9))
    return body + uscc_check_character(body)


def sample_resident_id(body: str = "31010119800315001") -> str:
    return body + resident_id_check_character(body)


# The demo teller's answers on the risk step: every input chosen from its list, none left to a default.
SAMPLE_RISK: dict[str, object] = {
    "industry": "F5181",  # GB/T 4754 贸易代理（含进出口代理）
    "region": "310000",  # GB/T 2260 上海市
    "country": "CN",
    "nationalities": ["CN"],
    "years_in_business": 5,
    "sanctions_hit": False,
    "politically_exposed": False,
    "due_diligence_refused": False,
}
INDIVIDUAL_RISK: dict[str, object] = {
    "industry": "P",  # the customer works in education
    "region": "110000",  # 北京市
    "country": "CN",
    "sanctions_hit": False,
    "politically_exposed": False,
    "due_diligence_refused": False,
}


def owner_record(
    holder_id: str,
    name: str,
    id_number: str,
    *,
    equity: str = "1",
    **record: str,
) -> dict[str, object]:
    """A natural-person shareholder with the record the 2024 rules ask of a beneficial owner, as the demo
    teller enters it from the owner's resident ID card: sex and date of birth as the number says, the
    card's validity period (长期 after 46), an owner since 2020 whose relationship lasts. `record` gives
    other values (a passport holder's id_type, nationality, birth_date, sex)."""
    resident = record.get("id_type", "resident_id") == "resident_id"
    born = f"{id_number[6:10]}-{id_number[10:12]}-{id_number[12:14]}" if resident else "1980-01-01"
    long_term = 2018 - int(record.get("birth_date", born)[:4]) >= 46
    return {
        "id": holder_id,
        "name": name,
        "kind": "natural_person",
        "equity": equity,
        "sex": ("male" if int(id_number[16]) % 2 else "female") if resident else "male",
        "birth_date": born,
        "nationality": "CN",
        "address": "上海市浦东新区张江路 88 号",
        "contact": "13800138000",
        "id_type": "resident_id",
        "id_number": id_number,
        "id_valid_from": "2018-03-15",
        "id_expiry": "long_term" if long_term else "2038-03-15",
        "relationship_from": "2020-05-01",
        "relationship_until": "ongoing",
        **record,
    }


def terminal_entries(*people: str) -> dict[str, dict[str, object]]:
    """The demo teller's entries from the verification terminal (联网核查终端) for each person: what a
    teller types after checking there, with a reference marked DEMO- so nobody takes it for a real check."""
    return {
        who: {"result": "match", "reference": f"DEMO-{uuid.uuid4().hex[:12].upper()}", "photo_compared": True}
        for who in people
    }


def run_demo(
    store: Store,
    config: Config,
    out_dir: Path,
    *,
    maker: Actor | None = None,
    checker: Actor | None = None,
    checker_password: str | None = None,
    demo: bool = False,
    training: bool = False,
) -> DemoResult:
    """The whole onboarding, step by step, as a teller and a supervisor would do it at the counter.

    `demo`: an IT acceptance run in the real store — the case is marked demo (here and centrally, the 演示
    watermark on its documents) and its two users (demo-maker, demo-checker) are disabled at the end.
    `training`: the run happens in the training sandbox — a training case (watermarked, never synced).
    """
    if demo:
        _set_demo_users(store, disabled=False)
    maker_name, checker_name = (DEMO_MAKER, DEMO_CHECKER) if demo else (MAKER, CHECKER)
    teller = maker or certified_user(store, maker_name, Role.TELLER).actor()
    if checker is None:
        made = certified_user(store, checker_name, Role.SUPERVISOR)
        supervisor, checker_password = made.actor(), made.password
    else:
        supervisor = checker
    if not training:
        ensure_account_numbers(store, config)
    code = sample_credit_code()
    out_dir = Path(out_dir)
    case = sample_case_signed(store, teller, code, out_dir, demo=demo, training=training)
    approvals.request_approval(store, teller, case.id)
    approvals.decide(store, _checker_signs_in(store, supervisor, checker_password), case.id, "approve")
    account_setup.set_up_account(store, teller, case.id)
    active = account_setup.activate(store, teller, case.id)

    pdfs = tuple(
        str(printing.print_case(store, teller, case.id, doc, out_dir / f"{doc}.pdf")) for doc in DOCUMENTS
    )
    if demo:
        _set_demo_users(store, disabled=True)
    synced = sync_once(store, config)
    with store.reading() as session:
        events = session.scalar(
            select(func.count()).select_from(AuditEvent).where(AuditEvent.case_id == case.id)
        )
    assert active.account is not None
    return DemoResult(
        case_id=case.id,
        account_number=str(active.account["number"]),
        customer_name=COMPANY,
        credit_code=code,
        pdfs=pdfs,
        audit_events=int(events or 0),
        maker=teller.name or teller.user_id,
        checker=supervisor.name or supervisor.user_id,
        synced=synced,
    )


def sample_case_at_owners(
    store: Store, teller: Actor, code: str, *, demo: bool = False, training: bool = False
) -> Case:
    """The sample company's basic-account case with intake, identity and the documents done, at the
    beneficial owners' step (the start of sample_case_signed, and a fixture for the owners screen's tests)."""
    representative_id = sample_resident_id()
    case = cases.open_case(
        store,
        teller,
        "enterprise_legal_person",
        "basic",
        customer_name=COMPANY,
        demo=demo,
        training=training,
    )
    intake = {"customer_name": COMPANY, "channel": "counter", "present": "legal_representative"}
    cases.save_step(store, teller, case.id, "intake", intake, complete=True, advance=True)
    identity = {
        "credit_code": code,
        "legal_representative": {
            "name": REPRESENTATIVE,
            "id_number": representative_id,
            "id_expiry": "2036-03-15",
            "phone": "13800138000",
        },
        "address": "上海市浦东新区张江路 88 号 3 幢 501 室",
        "phone": "021-6888 0001",
        "verifications": terminal_entries("legal_representative"),
    }
    cases.save_step(store, teller, case.id, "identity", identity, complete=True, advance=True)
    documents_review.attach_scan(store, teller, case.id, "business_licence", SAMPLE_SCAN, "application/pdf")
    for item in documents_review.checklist(store, teller, case.id):
        if item.mandatory:
            documents_review.record_document(
                store, teller, case.id, item.code, "verified", original_seen=True
            )
    cases.save_step(store, teller, case.id, "documents", {}, complete=True, advance=True)
    return case


def sample_case_signed(
    store: Store, teller: Actor, code: str, out_dir: Path, *, demo: bool = False, training: bool = False
) -> Case:
    """The sample company's basic-account case from intake to the signed contract (the agreement printed
    into `out_dir`), ready to ask for approval: the demo's first half, and a fixture for the screens' tests."""
    representative_id = sample_resident_id()
    case = sample_case_at_owners(store, teller, code, demo=demo, training=training)
    shareholders = [
        owner_record("p1", REPRESENTATIVE, representative_id, equity="0.6"),
        owner_record("p2", SHAREHOLDER, sample_resident_id("31010419750608002"), equity="0.4"),
    ]
    step_services.record_owners(store, teller, case.id, {"shareholders": shareholders}, advance=True)
    step_services.rate_risk(store, teller, case.id, dict(SAMPLE_RISK), advance=True)
    step_services.confirm_intent(
        store, teller, case.id, method="face_to_face", confirmed_with=REPRESENTATIVE, advance=True
    )
    seals = [
        {"kind": "company_seal", "holder": COMPANY},
        {"kind": "financial_seal", "holder": COMPANY},
        {"kind": "legal_representative_seal", "holder": REPRESENTATIVE},
    ]
    sign_at_counter(
        store,
        teller,
        case.id,
        seals=seals,
        services=["online_banking", "sms_alerts", "statement_reconciliation"],
        folder=out_dir,
    )
    return case


def sign_at_counter(
    store: Store,
    teller: Actor,
    case_id: str,
    *,
    seals: Sequence[Mapping[str, Any]],
    services: Sequence[str] = (),
    folder: Path | None = None,
    advance: bool = True,
) -> Case:
    """The contract step as the counter does it: the seal card and services recorded, the agreement printed
    (audited) into `folder` (None: a private temporary folder, removed at once), then both originals
    recorded as signed. Scripted flows (this demo, tests, benchmarks) use it; the core refuses a signing
    without the print."""
    entries = {"signed": False, "customer_confirmed": True, "seals": [dict(s) for s in seals]}
    cases.save_step(
        store, teller, case_id, "contract", {**entries, "services": list(services)}, complete=False
    )
    with tempfile.TemporaryDirectory(prefix="teller-print-") as temporary:
        out = Path(folder or temporary) / "agreement.pdf"
        printing.print_case(store, teller, case_id, "agreement", out)
    return step_services.record_contract(
        store, teller, case_id, signed=True, seals=seals, services=services, advance=advance
    )


def _checker_signs_in(store: Store, supervisor: Actor, password: str | None) -> Checker:
    """The supervisor authenticates for the approval, as at the counter (a decision takes no bare Actor).

    A supervisor an earlier demo made has a random password nobody knows: it gets a new one first
    (recorded as a password reset)."""
    from teller_app.services.sign_in import SignInService
    from teller_app.services.users import AuthPolicy, UserAdministration

    policy = AuthPolicy()
    if not password:
        _, password = UserAdministration(store, policy).reset_password(supervisor.name)
    assert password
    return SignInService(store, policy).authenticate_checker(supervisor.name, password)
