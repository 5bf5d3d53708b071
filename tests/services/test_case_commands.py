"""`teller-admin demo`, `print` and `import-applications` as IT staff run them, in a fresh TELLER_HOME."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from service_helpers import run_admin

from teller_app.documents.required import DOCUMENTS
from teller_app.domain.identifiers import validate_uscc


def test_demo_runs_a_whole_onboarding_and_reports_it_as_json(teller_home, tmp_path):
    out = tmp_path / "pdfs"
    done = run_admin("demo", "--out", str(out), "--json", home=teller_home)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert {"case_id", "account_number", "customer_name", "credit_code", "pdfs", "audit_events"} <= set(
        report
    )
    assert validate_uscc(report["credit_code"]) == report["credit_code"]
    assert report["account_number"].startswith("DEMO01")
    assert report["audit_events"] >= 20
    assert sorted(Path(p).name for p in report["pdfs"]) == sorted(f"{d}.pdf" for d in DOCUMENTS)
    assert all(Path(p).read_bytes().startswith(b"%PDF-") for p in report["pdfs"])
    assert report["synced"]["online"] is True  # the embedded central database

    # a second run on the same workspace
    again = run_admin("demo", "--out", str(out), "--json", home=teller_home)
    assert again.returncode == 0, again.stderr
    second = json.loads(again.stdout)
    assert second["case_id"] != report["case_id"] and second["account_number"] != report["account_number"]

    before = _prints_of(report["case_id"])
    printed = run_admin(
        "print",
        report["case_id"],
        "--doc",
        "risk",
        "--out",
        str(tmp_path / "r.pdf"),
        "--json",
        home=teller_home,
    )
    assert printed.returncode == 0, printed.stderr
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF-")
    after = _prints_of(report["case_id"])
    assert len(after) == len(before) + 1  # one audit event per `teller-admin print`, with the file
    assert after[-1]["document"] == "risk" and after[-1]["to"] == "file"
    assert after[-1]["file_sha256"] == hashlib.sha256((tmp_path / "r.pdf").read_bytes()).hexdigest()
    verified = run_admin("audit", "verify", home=teller_home)
    assert verified.returncode == 0, verified.stdout + verified.stderr


def _prints_of(case_id: str) -> list[dict]:
    from sqlalchemy import select

    from teller_app.config import Config
    from teller_app.storage.schema import AuditEvent
    from teller_app.storage.store import open_configured_store

    store = open_configured_store(Config.load())
    try:
        with store.reading() as session:
            events = session.scalars(
                select(AuditEvent)
                .where(AuditEvent.case_id == case_id, AuditEvent.action == "document.print")
                .order_by(AuditEvent.seq)
            )
            return [store.sealer.open_json(e, "details") for e in events]
    finally:
        store.close()


def test_print_of_an_unknown_case_fails_with_one_line(teller_home, tmp_path):
    assert run_admin("demo", "--out", str(tmp_path), home=teller_home).returncode == 0
    failed = run_admin(
        "print", "no-such-case", "--doc", "agreement", "--out", str(tmp_path / "x.pdf"), home=teller_home
    )
    assert failed.returncode != 0
    assert "no-such-case" in failed.stderr and len(failed.stderr.strip().splitlines()) == 1


def test_import_applications_opens_online_cases(teller_home, tmp_path):
    assert run_admin("demo", "--out", str(tmp_path / "pdf"), home=teller_home).returncode == 0
    source = tmp_path / "applications.csv"
    source.write_text(
        "customer_kind,account_type,customer_name,reference\n"
        "enterprise_legal_person,basic,杭州示例科技有限公司,WEB-1\n"
        "individual,personal_ii,钱小明,WEB-2\n"
        "individual,basic,错误的申请,WEB-3\n",
        encoding="utf-8",
    )
    done = run_admin("import-applications", str(source), "--user", "teller1", "--json", home=teller_home)
    report = json.loads(done.stdout)
    assert report["imported"] == 2 and [r["row"] for r in report["refused"]] == [3]
    assert done.returncode == 1  # a refused row is reported with a failing status
