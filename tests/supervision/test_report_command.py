"""`teller-admin report`: the evaluation report from the command line, PDF and CSV files, --json."""

from __future__ import annotations

import json

from teller_app.cli import main


def test_report_command_writes_the_pdf_and_csv_and_prints_the_figures(capsys, tmp_path):
    assert main(["init", "--branch", "B0101", "--terminal", "T01"]) == 0
    capsys.readouterr()
    code = main(
        [
            "--json",
            "report",
            "--period",
            "2026Q4",
            "--pdf",
            str(tmp_path / "r.pdf"),
            "--csv",
            str(tmp_path / "csv"),
        ]
    )
    out = json.loads(capsys.readouterr().out)
    assert code == 0
    assert (out["period"], out["previous"], out["branch"], out["cases_opened"]) == (
        "2026Q4",
        "2026Q3",
        "B0101",
        0,
    )
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
    assert len(out["csv"]) == 7 and all(
        (tmp_path / "csv").joinpath(p.rsplit("/", 1)[-1]).is_file() for p in out["csv"]
    )


def test_report_command_refuses_a_period_that_is_not_one(capsys):
    assert main(["init", "--branch", "B0101", "--terminal", "T01"]) == 0
    capsys.readouterr()
    assert main(["report", "--period", "2026Q5"]) == 1
    assert "2026Q5" in capsys.readouterr().err
