"""Terminals driven the way IT staff drive them: `teller-admin` in a data folder (TELLER_HOME) per PC."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path
from typing import Any

from teller_app.cli import main
from teller_app.config import Config
from teller_app.storage.customers import set_customer_identity
from teller_app.storage.schema import Case, Customer
from teller_app.storage.store import open_configured_store


class Admin:
    """Runs `teller-admin --json …` in-process for one PC's data folder; keeps every output it saw."""

    outputs: list[str] = []

    def __init__(self, capsys: Any, monkeypatch: Any, home: Path) -> None:
        self.capsys, self.monkeypatch, self.home = capsys, monkeypatch, home

    def __call__(self, *argv: str, stdin: str = "", expect: int | None = 0) -> dict:
        self.monkeypatch.setenv("TELLER_HOME", str(self.home))
        self.monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        code = main(["--json", *argv])
        captured = self.capsys.readouterr()
        Admin.outputs += [captured.out, captured.err]
        data = json.loads(captured.out) if captured.out.strip() else {}
        if expect is not None:
            assert code == expect, (argv, code, data, captured.err)
        data["_exit"] = code
        return data

    def work_case(self, name: str, credit_code: str) -> str:
        """A teller opens a corporate basic-account case at intake on this PC (sealed customer, audited)."""
        os.environ["TELLER_HOME"] = str(self.home)
        store = open_configured_store(Config.load())
        try:
            with store.unit_of_work(user_id="teller") as uow:
                customer = uow.new(Customer, kind="enterprise_legal_person")
                set_customer_identity(uow, customer, name=name, credit_code=credit_code)
                case = uow.new(
                    Case,
                    terminal=store.identity.terminal,
                    customer_id=customer.id,
                    customer_kind=customer.kind,
                    account_type="basic",
                    status="in_progress",
                    current_step="intake",
                    procedure_version="2026.1",
                    maker_id="teller",
                    step_entered_at=uow.clock(),
                )
                uow.seal(case, "summary", {"customer_name": name})
                uow.append_audit("case.open", case_id=case.id, step="intake", details={"customer_name": name})
                return case.id
        finally:
            store.close()

    def case_ids(self) -> set[str]:
        return {c["id"] for c in self("cases", "list")["cases"]}


def credit_code(number: int) -> str:
    """A well-formed unified social credit code for sample customer `number` (check character computed)."""
    alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    body = f"91310115MA{number:07d}"
    total = sum(alphabet.index(ch) * w for ch, w in zip(body, weights, strict=True))
    return body + alphabet[(31 - total % 31) % 31]


def run(capsys, monkeypatch, home, *argv: str, stdin: str = "") -> tuple[int, dict, str]:
    """`teller-admin --json …` in-process for the PC whose data folder is `home`: (exit status, output, errors)."""
    monkeypatch.setenv("TELLER_HOME", str(home))
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(["--json", *argv])
    captured = capsys.readouterr()
    return code, json.loads(captured.out) if captured.out.strip() else {}, captured.err


def init(capsys, monkeypatch, home, central, branch, terminal, *more: str, stdin: str = ""):
    """`teller-admin init` of a terminal of `branch` against the central database."""
    return run(
        capsys, monkeypatch, home, "init", "--branch", branch, "--terminal", terminal, "--central", central,
        *more, stdin=stdin,
    )  # fmt: skip


def enrol(capsys, monkeypatch, first_home, home, central, branch, terminal):
    """A further terminal of the branch set up with an enrolment offer from the first one."""
    code, offer, _ = run(capsys, monkeypatch, first_home, "enrolment", "offer")
    assert code == 0, offer
    return init(capsys, monkeypatch, home, central, branch, terminal, "--enrolment-secret-stdin",
                stdin=offer["secret"] + "\n")  # fmt: skip
