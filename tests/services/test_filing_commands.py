"""`teller-admin filings list --due/--overdue [--csv] [--json]` and `filings mark` for the branch's filing clerk."""

from __future__ import annotations

import csv
import io
import json
import subprocess

from service_helpers import run_admin


def _json(done: subprocess.CompletedProcess[str]) -> dict:
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_filing_clerk_lists_accounts_due_and_overdue_and_marks_one_filed(teller_home, tmp_path):
    demo = _json(run_admin("demo", "--out", str(tmp_path), "--json", home=teller_home))
    due = _json(run_admin("filings", "list", "--due", "--json", home=teller_home))
    [item] = due["filings"]
    assert (item["case_id"], item["account_number"]) == (demo["case_id"], demo["account_number"])
    assert item["customer_name"] == demo["customer_name"]
    assert item["file_by"] == due["on"] and item["overdue"] is False  # enterprise basic: the same day

    assert _json(run_admin("filings", "list", "--overdue", "--json", home=teller_home))["filings"] == []
    later = _json(run_admin("filings", "list", "--overdue", "--on", "2099-01-01", "--json", home=teller_home))
    assert [f["case_id"] for f in later["filings"]] == [demo["case_id"]]

    text = run_admin("filings", "list", "--csv", home=teller_home)
    rows = list(csv.DictReader(io.StringIO(text.stdout)))
    assert [r["account_number"] for r in rows] == [demo["account_number"]]

    marked = _json(
        run_admin(
            "filings",
            "mark",
            demo["case_id"],
            "--reference",
            "BA-0001",
            "--user",
            "super1",
            "--json",
            home=teller_home,
        )
    )
    assert marked["filing"]["reference"] == "BA-0001"
    assert _json(run_admin("filings", "list", "--json", home=teller_home))["filings"] == []
    assert run_admin("audit", "verify", home=teller_home).returncode == 0
