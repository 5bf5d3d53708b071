"""`teller-admin report --period 2026Q4 [--branch CODE] [--central] --pdf FILE --csv DIR`: the evaluation report."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from teller_app.cli import CommandFailed, CommandResult
from teller_app.config import Config


def register(sub: argparse._SubParsersAction) -> None:
    report = sub.add_parser("report", help="the periodic evaluation report (定期评估): PDF and CSV")
    report.add_argument("--period", required=True, help="2026Q4 (quarter), 2026H2 (half-year) or FIRST..LAST")
    report.add_argument(
        "--branch", default=None, help="one branch (default: this terminal's; --central: all)"
    )
    report.add_argument(
        "--central", action="store_true", help="compute on the central database (bank-wide without --branch)"
    )
    report.add_argument("--pdf", type=Path, default=None, help="write the PDF here")
    report.add_argument("--csv", type=Path, default=None, help="write one CSV per section into this folder")
    report.set_defaults(handler=report_command)


def report_command(args: argparse.Namespace, config: Config) -> CommandResult:
    from teller_app.services.evaluation_report import evaluate
    from teller_app.services.report_periods import parse_period

    period = parse_period(args.period)
    engine: Any
    if args.central:
        from teller_app.cli.sync_commands import _central

        engine = _central(config)
        branch = args.branch
    else:
        from teller_app.services.workspace import is_initialised
        from teller_app.storage.store import open_configured_store

        if not is_initialised(config):
            raise CommandFailed(
                "this terminal is not set up: run `teller-admin init` (or `teller-admin demo`)", 2
            )
        store = open_configured_store(config)
        engine = store
        branch = args.branch or store.identity.branch
    try:
        evaluation = evaluate(engine.engine if hasattr(engine, "identity") else engine, period, branch)
    finally:
        (engine.close if hasattr(engine, "identity") else engine.dispose)()
    written: dict[str, Any] = {}
    if args.pdf is not None:
        from teller_app.documents.evaluation_report import write_pdf

        written["pdf"] = str(write_pdf(evaluation, args.pdf))
    if args.csv is not None:
        from teller_app.documents.evaluation_report import write_csv

        written["csv"] = [str(p) for p in write_csv(evaluation, args.csv)]
    now = evaluation.current
    data = {
        "period": now.period.name,
        "previous": evaluation.previous.period.name,
        "branch": branch or "*",
        "cases_opened": now.cases_opened,
        "cases_finished": now.cases_finished,
        "steps": {
            s.step: {"count": s.count, "median": s.median, "p90": s.p90, "over_sla": s.over_sla}
            for s in now.steps
        },
        "decisions": now.decisions,
        "reviews": now.reviews,
        "findings": now.findings,
        "rectifications": now.rectifications,
        "satisfaction": now.satisfaction,
        "risk": now.risk,
        "filings": now.filings,
        "incidents": now.incidents,
        **written,
    }
    lines = [
        f"evaluation report {now.period.name} (against {evaluation.previous.period.name}), branch {branch or 'all'}",
        f"cases opened {now.cases_opened}, finished {now.cases_finished}",
        *[f"  {path}" for path in ([written["pdf"]] if "pdf" in written else []) + written.get("csv", [])],
    ]
    return CommandResult(data=data, lines=lines)
