"""`teller-admin sync [--once]` and `teller-admin conflicts list|resolve`: sync with the central database."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from teller_app.cli import CommandFailed, CommandResult
from teller_app.config import Config
from teller_app.domain.errors import TellerError


def register(sub: argparse._SubParsersAction) -> None:
    sync = sub.add_parser("sync", help="push waiting changes and pull new ones from the central database")
    sync.add_argument("--once", action="store_true", help="one round, then exit (default: keep syncing)")
    sync.add_argument("--rounds", type=int, default=0, help=argparse.SUPPRESS)  # tests: stop after n rounds
    sync.set_defaults(handler=sync_command)
    sync_verbs = sync.add_subparsers(dest="verb", required=False, metavar="VERB")
    rejected = sync_verbs.add_parser(
        "rejected", help="changes the central database refused (they left the queue), with the reason"
    )
    rejected.set_defaults(handler=rejected_command)

    conflicts = sub.add_parser("conflicts", help="the supervisor's queue of edit conflicts")
    verbs = conflicts.add_subparsers(dest="verb", required=True)
    listing = verbs.add_parser("list", help="open conflicts (both versions of each row)")
    listing.add_argument("--all", action="store_true", help="resolved ones too")
    listing.add_argument("--branch", default=None, help="branch code (default: this terminal's branch)")
    listing.set_defaults(handler=list_command)
    resolve = verbs.add_parser("resolve", help="keep one version, or a merged row, and close the conflict")
    resolve.add_argument("conflict_id")
    choice = resolve.add_mutually_exclusive_group(required=True)
    choice.add_argument("--keep", choices=("local", "central"), help="which version to keep")
    choice.add_argument("--merged-file", type=Path, help="JSON file with the merged row (every column)")
    resolve.add_argument("--by", required=True, help="user name of the supervisor resolving it")
    resolve.set_defaults(handler=resolve_command)

    enrolment = sub.add_parser(
        "enrolment", help="let a second terminal of this branch take the branch's keys"
    )
    enrol_verbs = enrolment.add_subparsers(dest="verb", required=True)
    offer = enrol_verbs.add_parser(
        "offer", help="publish the data keys sealed under a one-time secret (shown once)"
    )
    offer.set_defaults(handler=offer_command)
    adopt = enrol_verbs.add_parser(
        "adopt",
        help="take over the data key versions a sibling terminal of this branch made with `keys rotate "
        "--data` (the secret from `enrolment offer` there, on stdin)",
    )
    adopt.set_defaults(handler=adopt_command)


def sync_command(args: argparse.Namespace, config: Config) -> CommandResult:
    from teller_app.services.procedure_publishing import review_published
    from teller_app.storage.store import open_configured_store
    from teller_app.sync.central import CentralUnreachable, central_url
    from teller_app.sync.engine import SyncEngine
    from teller_app.sync.registration import register_terminal

    store = open_configured_store(config)
    url = central_url(config.central_url, config.paths)
    try:
        try:
            register_terminal(url, config.branch, config.terminal)  # harmless when already registered
        except CentralUnreachable:
            pass  # the round below reports the terminal offline
        engine = SyncEngine.for_config(store, config)
        try:
            if args.once:
                report = engine.run_once()
            else:
                report = _keep_syncing(engine, config, args.rounds)
        finally:
            engine.close()
        verdicts = review_published(store)  # procedures published centrally: verified, adopted or refused
    finally:
        store.close()
    data = report.as_dict()
    oldest = report.oldest_waiting_seconds
    lines = [
        f"{'online' if report.online else 'OFFLINE'}: pushed {report.pushed}, pulled {report.pulled}, "
        f"conflicts {report.conflicts}, rejected {report.rejected}, waiting {report.waiting}"
        + (f" (oldest {oldest:.0f} s)" if oldest is not None else "")
    ]
    if report.error:
        lines.append(f"central database: {report.error}")
    data["procedures"] = [v.as_dict() for v in verdicts]
    lines += [v.sentence() for v in verdicts if not v.adopted]
    return CommandResult(data=data, lines=lines, exit_code=0 if report.online else 3)


def rejected_command(args: argparse.Namespace, config: Config) -> CommandResult:
    """What central refused, for the administrator to resolve (a user name held elsewhere: `user rename`)."""
    from teller_app.storage.store import open_configured_store
    from teller_app.sync.status import rejected_entries

    store = open_configured_store(config)
    try:
        found = rejected_entries(store, limit=10_000)
    finally:
        store.close()
    items = []
    for entry in found:
        code, _, reason = entry.reason.partition(": ")
        items.append(
            {
                "entity": entry.entity,
                "entity_id": entry.entity_id,
                "created_at": entry.created_at,
                "code": code,
                "reason": reason,
            }
        )
    lines = [f"{i['entity']} {i['entity_id']}  [{i['code']}] {i['reason']}" for i in items] or [
        "nothing was refused"
    ]
    return CommandResult(data={"ok": True, "rejected": items}, lines=lines)


def _keep_syncing(engine: Any, config: Config, rounds: int) -> Any:
    import threading

    from teller_app.sync.loop import SyncLoop

    done = threading.Event()
    reports: list[Any] = []

    def on_report(report: Any) -> None:
        reports.append(report)
        print(
            f"{'online' if report.online else 'OFFLINE'}: pushed {report.pushed}, pulled {report.pulled}, "
            f"waiting {report.waiting}, conflicts {report.conflicts}, rejected {report.rejected}",
            flush=True,
        )
        if rounds and len(reports) >= rounds:
            done.set()

    loop = SyncLoop(
        engine.run_once, interval_seconds=float(config.sync_interval_seconds), on_report=on_report
    )
    loop.start()
    try:
        while not done.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        loop.stop()
    return reports[-1] if reports else engine.run_once()


def _central(config: Config) -> Any:
    from teller_app.sync.central import central_url, connect_central, require_central_schema

    engine = connect_central(central_url(config.central_url, config.paths))
    try:
        require_central_schema(engine)
    except BaseException:
        engine.dispose()
        raise
    return engine


def list_command(args: argparse.Namespace, config: Config) -> CommandResult:
    from teller_app.sync.conflicts import list_conflicts

    branch = args.branch if args.branch is not None else (config.branch or None)
    engine = _central(config)
    try:
        found = list_conflicts(engine, branch=branch, state=None if args.all else "open")
    finally:
        engine.dispose()
    lines = [
        f"{c.id}  {c.state:8}  {c.entity} {c.entity_id}  from {c.terminal_id}  "
        f"base v{c.base_version} / central v{c.central_version}  differs: {', '.join(c.differing_columns())}"
        for c in found
    ] or ["no conflicts"]
    return CommandResult(data={"ok": True, "conflicts": [c.as_dict() for c in found]}, lines=lines)


def resolve_command(args: argparse.Namespace, config: Config) -> CommandResult:
    from teller_app.sync.conflicts import resolve_conflict

    keep: str | dict[str, Any]
    if args.merged_file is not None:
        try:
            keep = json.loads(args.merged_file.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise CommandFailed(f"cannot read the merged row from {args.merged_file}: {exc}", 2) from None
        if not isinstance(keep, dict):
            raise CommandFailed("the merged row must be a JSON object", 2)
    else:
        keep = args.keep
    engine = _central(config)
    try:
        resolved = resolve_conflict(engine, args.conflict_id, keep, by_user=args.by)
    except TellerError:
        raise
    finally:
        engine.dispose()
    return CommandResult(
        data={"ok": True, "conflict": resolved.as_dict()},
        lines=[
            f"conflict {resolved.id} resolved ({resolved.resolution}); the row is now version {resolved.resolved_version}"
        ],
    )


def offer_command(args: argparse.Namespace, config: Config) -> CommandResult:
    from teller_app.storage.keystore import load_keys
    from teller_app.sync.enrolment import VALID_HOURS, offer_enrolment
    from teller_app.sync.registration import terminal_identity

    if not config.branch or not config.terminal:
        raise CommandFailed("this terminal is not set up yet: run `teller-admin init`", 2)
    identity = terminal_identity(config.branch, config.terminal)
    keys = load_keys(config.paths.data)
    engine = _central(config)
    try:
        secret = offer_enrolment(engine, identity, keys)
    finally:
        engine.dispose()
    return CommandResult(
        data={"ok": True, "branch": identity.branch, "secret": secret, "valid_hours": VALID_HOURS},
        lines=[
            f"Enrolment secret for branch {identity.branch} (valid {VALID_HOURS} h, shown only this once):",
            f"    {secret}",
            "Type it on the new terminal when it is set up; it then receives the branch's data keys.",
        ],
    )


def adopt_command(args: argparse.Namespace, config: Config) -> CommandResult:
    """After a branch-wide data-key rotation on one terminal: the others take its new key versions."""
    import sys

    from teller_app.storage.keystore import adopt_data_keys
    from teller_app.storage.store import open_configured_store
    from teller_app.sync.enrolment import accept_enrolment

    if not config.branch or not config.terminal:
        raise CommandFailed("this terminal is not set up yet: run `teller-admin init`", 2)
    secret = sys.stdin.readline().strip()
    if not secret:
        raise CommandFailed(
            "no enrolment secret on stdin (from `teller-admin enrolment offer` on the terminal that rotated)",
            2,
        )
    engine = _central(config)
    try:
        offered = accept_enrolment(engine, config.branch, secret)
    finally:
        engine.dispose()
    keys = adopt_data_keys(config.paths.data, offered)
    store = open_configured_store(config)
    try:
        with store.unit_of_work() as uow:
            uow.append_audit("keys.adopted", details={"active": keys.active})
    finally:
        store.close()
    data_version = keys.active.get("data")
    return CommandResult(
        data={"ok": True, "active": keys.active},
        lines=[
            f"Took over the branch's data keys: data key version {data_version} is now active here; "
            "what the other terminals sealed with it can be read on this one. Restart the Teller App on "
            "this terminal so it uses them."
        ],
    )
