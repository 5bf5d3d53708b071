"""`teller-admin demo | print | import-applications`: the scripted onboarding, printing a case, online applications."""

from __future__ import annotations

import argparse
from pathlib import Path

from teller_app.cli import CommandFailed, CommandResult
from teller_app.config import Config
from teller_app.documents.required import DOCUMENTS
from teller_app.domain.permissions import WorkMode, work_mode
from teller_app.domain.roles import Role
from teller_app.services.actors import Actor
from teller_app.storage.store import Store, open_configured_store

# Prints from the command line are attributed to this actor unless --user names someone.
COMMAND_LINE = Actor(user_id="teller-admin", role=Role.AUDITOR, name="teller-admin")


def register(sub: argparse._SubParsersAction) -> None:
    demo = sub.add_parser(
        "demo", help="a complete scripted corporate basic-account onboarding, PDFs included"
    )
    demo.add_argument("--out", type=Path, default=None, help="folder for the PDFs (default: DATA/demo)")
    demo.add_argument(
        "--real-store",
        action="store_true",
        help="on a provisioned terminal: an IT acceptance run in the real store, its case marked demo "
        "(演示 watermark, flagged centrally); without it the demo runs in the training sandbox",
    )
    demo.set_defaults(handler=demo_command)

    printing = sub.add_parser("print", help="print one document of a case to a PDF file")
    printing.add_argument("case", help="case id")
    printing.add_argument("--doc", required=True, choices=DOCUMENTS)
    printing.add_argument("--out", required=True, type=Path)
    printing.add_argument(
        "--user", default=None, help="user the print is recorded for (default: teller-admin)"
    )
    printing.set_defaults(handler=print_command)

    cases = sub.add_parser("cases", help="find cases without the GUI")
    case_verbs = cases.add_subparsers(dest="verb", required=True)
    listing = case_verbs.add_parser(
        "list", help="cases newest first: id, state, step, kind, risk (no personal data)"
    )
    listing.add_argument("--state", default=None, help="only cases in this state (in_progress, active, …)")
    listing.add_argument("--since", default=None, help="only cases opened on or after DATE (YYYY-MM-DD)")
    listing.set_defaults(handler=list_cases_command)

    imports = sub.add_parser("import-applications", help="online pre-applications (JSON or CSV) become cases")
    imports.add_argument("file", type=Path)
    imports.add_argument("--user", required=True, help="the teller who takes the imported cases")
    imports.set_defaults(handler=import_command)


def list_cases_command(args: argparse.Namespace, config: Config) -> CommandResult:
    from datetime import date

    from teller_app.services.case_overview import list_cases, parse_state

    state = parse_state(args.state)
    try:
        since = date.fromisoformat(args.since) if args.since else None
    except ValueError:
        raise CommandFailed(
            f"--since must be a date (YYYY-MM-DD), not {args.since!r}", 2, code="usage"
        ) from None
    store = _store(config)
    try:
        found = list_cases(store, state, since)
    finally:
        store.close()
    lines = [
        f"{c.id}  {c.created_at:%Y-%m-%d %H:%M}  {c.terminal:<8} {c.status:<18} {c.current_step:<14} "
        f"{c.customer_kind} / {c.account_type}  risk {c.risk_level or '-'}"
        + ("  (training)" if c.training else "")
        for c in found
    ] or ["no cases"]
    return CommandResult(
        data={"ok": True, "count": len(found), "cases": [c.as_dict() for c in found]}, lines=lines
    )


def _store(config: Config) -> Store:
    from teller_app.services.workspace import is_initialised

    if not is_initialised(config):
        raise CommandFailed(
            "this terminal is not set up: run `teller-admin init` (or `teller-admin demo`)", 2
        )
    return open_configured_store(config)


def demo_command(args: argparse.Namespace, config: Config) -> CommandResult:
    """A fresh machine gets the demo workspace; a provisioned terminal runs the demo in its training sandbox
    (or, with --real-store, in its real store, marked demo); neither ever writes its configuration or keys."""
    from teller_app.services.demo import run_demo
    from teller_app.services.workspace import (
        create_demo_workspace,
        is_demo_workspace,
        is_initialised,
        is_provisioned,
    )

    created = None
    where = "demo-workspace"
    fresh = not is_provisioned(config)
    if (fresh or is_demo_workspace(config)) and not args.real_store:
        if fresh:
            created = create_demo_workspace(config.paths)
            config = Config.load(config.paths)
        store = open_configured_store(config)
        out = args.out or (config.paths.data / "demo")
        run = {"demo": False, "training": False}
    elif fresh:
        raise CommandFailed("--real-store is for a provisioned terminal; this one is not set up", 2)
    elif args.real_store:
        if not is_initialised(config):
            raise CommandFailed(
                "this terminal's keys are missing: demo --real-store never makes keys or rewrites teller.toml; "
                "run `teller-admin keys recover` first",
                2,
            )
        store = open_configured_store(config)
        out = args.out or (config.paths.data / "demo")
        run = {"demo": True, "training": False}
        where = "real-store"
    else:
        from teller_app.services.sandbox import open_sandbox, sandbox_config

        store = open_sandbox(config.paths, config.branch, config.terminal)
        config = sandbox_config(config.paths)
        out = args.out or (config.paths.data / "demo")
        run = {"demo": False, "training": True}
        where = "sandbox"
    try:
        result = run_demo(store, config, out, demo=run["demo"], training=run["training"])
    finally:
        store.close()
    data = {**result.as_dict(), "store": where}
    lines = [
        f"Case {result.case_id}: {result.customer_name} ({result.credit_code})",
        f"Account {result.account_number} opened by {result.maker}, approved by {result.checker}",
        f"{result.audit_events} audit events; documents:",
        *[f"    {path}" for path in result.pdfs],
    ]
    if where == "sandbox":
        lines.insert(
            0, f"Demo in the training sandbox ({config.paths.data}): nothing reached the real store."
        )
    elif where == "real-store":
        lines.insert(
            0, "Acceptance run in the real store: the case is marked demo (演示) here and centrally."
        )
    if result.synced is not None:
        lines.append(f"Sync: {'online' if result.synced.get('online') else 'offline'}")
    if created is not None:
        data["workspace"] = {
            "branch": created.branch,
            "terminal": created.terminal,
            "key_store": created.key_store,
            "users": [
                {"username": u.username, "role": u.role.value, "password": u.password} for u in created.users
            ],
        }
        lines.insert(0, f"Demo workspace created in {config.paths.data} ({created.key_store})")
        lines.insert(1, "Sample users: " + ", ".join(f"{u.username}/{u.password}" for u in created.users))
    return CommandResult(data=data, lines=lines)


def _actor(store: Store, username: str | None) -> Actor:
    if not username:
        return COMMAND_LINE
    from teller_app.services.user_records import find_user

    with store.reading() as session:
        row = find_user(session, username)
    if row is None:
        raise CommandFailed(f"there is no user {username!r}", 2)
    from teller_app.domain.permissions import Certification

    mode = work_mode(Role(row.role), Certification(row.certified_until), store.clock().date())
    return Actor(user_id=row.id, role=Role(row.role), work_mode=mode or WorkMode.REAL, name=row.username)


def print_command(args: argparse.Namespace, config: Config) -> CommandResult:
    from teller_app.services.printing import print_case

    store = _store(config)
    try:
        path = print_case(store, _actor(store, args.user), args.case, args.doc, args.out)
    finally:
        store.close()
    return CommandResult(
        data={"ok": True, "case_id": args.case, "doc": args.doc, "out": str(path)}, lines=[str(path)]
    )


def import_command(args: argparse.Namespace, config: Config) -> CommandResult:
    from teller_app.services.applications import import_applications, read_applications

    rows = read_applications(args.file)
    store = _store(config)
    try:
        report = import_applications(store, _actor(store, args.user), rows)
    finally:
        store.close()
    lines = [f"{len(report.imported)} applications imported, {len(report.refused)} refused"]
    lines += [f"    row {r['row']}: {r['message']}" for r in report.refused]
    lines += [
        f"    row {n['row']} (case {n['case_id']}) kept at intake: {n['message']}" for n in report.notes
    ]
    return CommandResult(data=report.as_dict(), lines=lines, exit_code=0 if not report.refused else 1)
