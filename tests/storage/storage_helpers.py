"""Helpers shared by the storage tests: terminal identity, a hand-moved clock, a sample corporate case, and
`teller-admin` run in-process with what the command tests do to the store between runs."""

from __future__ import annotations

import io
import json
import sqlite3

from keyring.backend import KeyringBackend

from teller_app.cli import main
from teller_app.config import Config
from teller_app.storage.customers import set_customer_identity
from teller_app.storage.schema import Case, Customer
from teller_app.storage.store import open_configured_store
from teller_app.storage.unit_of_work import UnitOfWork

BRANCH, TERMINAL = "B0101", "T01"


def add_customer_and_case(
    uow: UnitOfWork,
    *,
    name: str = "北京青松科技有限公司",
    credit_code: str = "91110108MA01C3XK4P",
    address: str = "北京市海淀区中关村大街1号",
    maker_id: str = "teller-1",
) -> tuple[Customer, Case]:
    """A corporate customer (sealed, blind-indexed) and a basic-account case at intake, with its audit event."""
    customer = uow.new(Customer, kind="enterprise_legal_person")
    set_customer_identity(uow, customer, name=name, credit_code=credit_code)
    uow.seal(customer, "address", address)
    case = uow.new(
        Case,
        terminal=TERMINAL,
        customer_id=customer.id,
        customer_kind=customer.kind,
        account_type="basic",
        status="open",
        current_step="intake",
        procedure_version="2026.1",
        maker_id=maker_id,
        step_entered_at=uow.clock(),
    )
    uow.seal(case, "summary", {"customer_name": name, "address": address})
    uow.append_audit("case.open", case_id=case.id, step="intake", details={"customer_name": name})
    return customer, case


class MemoryKeyring(KeyringBackend):
    """A working OS key store stand-in, installed only by a test (never picked by keyring itself)."""

    priority = 10  # type: ignore[assignment]
    viable = False  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.secrets.get((service, username))

    def set_password(self, service, username, password):
        self.secrets[(service, username)] = password

    def delete_password(self, service, username):
        self.secrets.pop((service, username), None)


def run(capsys, *argv: str, stdin: str | None = None, monkeypatch=None) -> tuple[int, dict]:
    """`teller-admin --json …` in-process: its exit status and its output read back."""
    if stdin is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(["--json", *argv])
    out = capsys.readouterr().out
    return code, json.loads(out) if out.strip() else {}


def add_cases(how_many: int = 3) -> None:
    """Sample corporate cases written into the configured local store, as the app would."""
    store = open_configured_store(Config.load())
    try:
        for number in range(how_many):
            with store.unit_of_work(user_id="teller-1") as uow:
                add_customer_and_case(
                    uow, name=f"命令测试公司{number}", credit_code=f"9111010800000{number:04d}X"
                )
    finally:
        store.close()


def tamper(sql: str, *params) -> None:
    """Change the local store's file behind the app's back (the audit triggers dropped first)."""
    connection = sqlite3.connect(Config.load().paths.local_store, isolation_level=None)
    connection.execute("DROP TRIGGER IF EXISTS audit_events_no_update")
    connection.execute("DROP TRIGGER IF EXISTS audit_events_no_delete")
    connection.execute(sql, params)
    connection.close()
