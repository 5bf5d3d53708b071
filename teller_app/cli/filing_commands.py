"""`teller-admin filings list --due|--overdue [--csv]`, `filings mark CASE`: the branch's filings (备案)."""

from __future__ import annotations

import argparse
from datetime import date

from teller_app.cli import CommandFailed, CommandResult
from teller_app.cli.case_commands import _actor, _store
from teller_app.config import Config
from teller_app.services.business_day import business_date


def register(sub: argparse._SubParsersAction) -> None:
    filings = sub.add_parser(
        "filings", help="accounts to file with the regulator (备案), for the filing clerk"
    )
    actions = filings.add_subparsers(dest="filings_command", required=True, metavar="ACTION")
    listing = actions.add_parser("list", help="accounts not yet marked filed, earliest deadline first")
    which = listing.add_mutually_exclusive_group()
    which.add_argument("--due", action="store_true", help="every account not yet filed (the default)")
    which.add_argument("--overdue", action="store_true", help="only those past their filing deadline")
    listing.add_argument("--csv", action="store_true", help="CSV with a header line, for a spreadsheet")
    listing.add_argument(
        "--on", type=date.fromisoformat, default=None, help="as of this day (default: today)"
    )
    listing.set_defaults(handler=list_command)

    mark = actions.add_parser("mark", help="record that an account was filed: reference and date")
    mark.add_argument("case", help="case id")
    mark.add_argument("--reference", required=True, help="the filing reference the regulator's system gave")
    mark.add_argument("--date", type=date.fromisoformat, default=None, help="day filed (default: today)")
    mark.add_argument("--user", required=True, help="the user who filed it")
    mark.set_defaults(handler=mark_command)


def list_command(args: argparse.Namespace, config: Config) -> CommandResult:
    from teller_app.services.filings import as_csv, filings_due

    store = _store(config)
    try:
        today = args.on or business_date(store.clock())
        items = filings_due(store, today, overdue_only=args.overdue)
    finally:
        store.close()
    data = {
        "on": today.isoformat(),
        "overdue_only": bool(args.overdue),
        "filings": [i.as_dict() for i in items],
    }
    if args.csv:
        return CommandResult(data=data, lines=as_csv(items).splitlines())
    lines = [f"{len(items)} account(s) to file as of {today.isoformat()}"]
    for item in items:
        late = f"{-item.days_left} day(s) late" if item.overdue else f"{item.days_left} day(s) left"
        lines.append(
            f"    {item.file_by.isoformat()}  {item.account_number}  {item.account_type}  "
            f"{item.customer_name}  ({late}; case {item.case_id})"
        )
    return CommandResult(data=data, lines=lines)


def mark_command(args: argparse.Namespace, config: Config) -> CommandResult:
    from teller_app.services.regulator_records import record_account_filing

    store = _store(config)
    try:
        actor = _actor(store, args.user)
        filed_on = args.date or business_date(store.clock())
        case = record_account_filing(store, actor, args.case, reference=args.reference, filed_on=filed_on)
    finally:
        store.close()
    if case.account is None:  # pragma: no cover - record_account_filing refuses first
        raise CommandFailed("the case has no account", 1)
    filing = case.account["filing"]
    return CommandResult(
        data={"ok": True, "case_id": case.id, "filing": filing},
        lines=[f"Case {case.id}: filed on {filing['on']} as {filing['reference']}"],
    )
