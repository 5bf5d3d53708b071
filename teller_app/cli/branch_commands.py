"""`teller-admin branch set | show`: the bank's side of a branch's agreements (乙方), kept in the central database.

Run by IT with the central database owner's login (a terminal's login is refused by the database, c0009);
every terminal of the branch pulls the settings at its next sync and prints them on the agreement.
"""

from __future__ import annotations

import argparse

import sqlalchemy as sa

from teller_app.cli import CommandResult
from teller_app.config import Config
from teller_app.services.branch_settings import FIELDS


def register(sub: argparse._SubParsersAction) -> None:
    branch = sub.add_parser("branch", help="the branch settings the central database distributes (乙方)")
    verbs = branch.add_subparsers(dest="verb", required=True)
    set_ = verbs.add_parser(
        "set", help="set a branch's side of the agreement, with the central owner's login (not a terminal's)"
    )
    set_.add_argument("url", help="postgresql+psycopg://OWNER@HOST:5432/DB (password: PGPASSWORD or .pgpass)")
    set_.add_argument("--branch", required=True, help="branch code (营业机构)")
    set_.add_argument(
        "--bank-name", required=True, help="the bank's registered name, e.g. 示范银行股份有限公司"
    )
    set_.add_argument("--branch-name", required=True, help="the branch's name, e.g. 上海浦东支行")
    set_.add_argument("--address", required=True, help="the branch's address, printed on the agreement")
    set_.add_argument("--phone", required=True, help="the branch's telephone, printed on the agreement")
    set_.add_argument("--by", default="it", help="who sets it (recorded centrally)")
    set_.set_defaults(handler=set_command)
    show = verbs.add_parser("show", help="a branch's settings as the central database holds them")
    show.add_argument("url")
    show.add_argument("--branch", required=True)
    show.set_defaults(handler=show_command)


def _engine(url: str) -> sa.Engine:
    from teller_app.sync.central import connect_central
    from teller_app.sync.central_address import check_central_url

    return connect_central(check_central_url(url).render_as_string(hide_password=False))


def set_command(args: argparse.Namespace, config: Config) -> CommandResult:
    from teller_app.services.branch_settings import publish_branch_settings

    values = {name: getattr(args, name) for name in FIELDS}
    engine = _engine(args.url)
    try:
        version = publish_branch_settings(engine, args.branch, values, by=args.by)
    finally:
        engine.dispose()
    return CommandResult(
        data={"ok": True, "branch": args.branch, "version": version},
        lines=[
            f"Branch {args.branch}: 乙方 set (version {version}); its terminals receive it at their next sync."
        ],
    )


def show_command(args: argparse.Namespace, config: Config) -> CommandResult:
    from teller_app.services.branch_settings import central_branch_settings

    engine = _engine(args.url)
    try:
        row = central_branch_settings(engine, args.branch)
    finally:
        engine.dispose()
    if row is None:
        return CommandResult(
            data={"ok": False, "branch": args.branch},
            lines=[f"Branch {args.branch} has no settings: the agreement is refused until `branch set`."],
            exit_code=1,
        )
    shown = {name: row[name] for name in FIELDS} | {"version": row["version"], "set_by": row["set_by"]}
    return CommandResult(
        data={"ok": True, "branch": args.branch, **shown},
        lines=[f"{name}: {value}" for name, value in shown.items()],
    )
