"""`teller-admin doctor | keys rotate|recover | audit verify | backup | restore`: the store and its keys.

(`init` lives in setup_commands.py.)"""

from __future__ import annotations

import argparse
import functools
import importlib
import sqlite3
import sys
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from teller_app.cli import CommandFailed, CommandResult, Handler
from teller_app.config import Config
from teller_app.domain.errors import TellerError
from teller_app.log import setup_logging
from teller_app.storage import db
from teller_app.storage.backup import backup_store, restore_store
from teller_app.storage.kek_stores import KekStore, choose_kek_store
from teller_app.storage.key_recovery import recover_keys
from teller_app.storage.keystore import DataKeys, keys_exist, keys_folder, load_keys, rotate_kek
from teller_app.storage.recovery import parse_recovery_key
from teller_app.storage.rotation import rotate_data_key
from teller_app.storage.store import open_configured_store

# The sync engineer provides `verify_central_chains(config) -> list[VerifyResult]` here for `--central`.
CENTRAL_AUDIT_VERIFIER = ("teller_app.sync.central_audit", "verify_central_chains")


def register(sub: argparse._SubParsersAction) -> None:
    doctor = sub.add_parser("doctor", help="installation and start-of-day checks; exit 0 only if all pass")
    doctor.set_defaults(handler=one_line_failures(doctor_checks))

    keys = sub.add_parser("keys", help="rotate or recover the keys")
    verbs = keys.add_subparsers(dest="verb", required=True)
    rotate = verbs.add_parser("rotate", help="re-wrap the data keys under a new key-encryption key")
    rotate.add_argument("--data", action="store_true", help="also re-encrypt all rows under a new data key")
    rotate.add_argument("--batch", type=int, default=500, help="rows per transaction with --data")
    rotate.set_defaults(handler=one_line_failures(rotate_keys))
    recover = verbs.add_parser(
        "recover", help="unlock the keys with the recovery key after the key store was lost"
    )
    recover.add_argument("--recovery-key-stdin", action="store_true", help="read the recovery key from stdin")
    recover.set_defaults(handler=one_line_failures(recover_key_store))

    audit = sub.add_parser("audit", help="the audit record")
    audit_verbs = audit.add_subparsers(dest="verb", required=True)
    verify = audit_verbs.add_parser("verify", help="check every link of the audit chain; exit 1 when broken")
    verify.add_argument(
        "--central", action="store_true", help="check every terminal's chain in the central database"
    )
    verify.set_defaults(handler=one_line_failures(audit_verify))

    backup = sub.add_parser(
        "backup",
        help="a consistent copy of the local store (safe while the app runs); restorable on any PC with the "
        "recovery key",
    )
    backup.add_argument("file", type=Path)
    backup.add_argument("--force", action="store_true", help="replace the file if it exists")
    backup.set_defaults(handler=one_line_failures(backup_command))

    restore = sub.add_parser(
        "restore",
        help="replace the local store with a checked backup (stop the app first); on an empty data folder "
        "(a new PC) with --recovery-key-stdin",
    )
    restore.add_argument("file", type=Path)
    restore.add_argument(
        "--recovery-key-stdin",
        action="store_true",
        help="a new PC: read the terminal's recovery key from stdin (after the central password and terminal "
        "key lines when --central-password-stdin and --central-terminal-key-stdin are given)",
    )
    restore.add_argument("--central", default="", help="a new PC: the central database URL to sync with")
    restore.add_argument(
        "--central-password-stdin",
        action="store_true",
        help="a new PC: read the central login's password from stdin",
    )
    restore.add_argument(
        "--central-terminal-key-stdin",
        action="store_true",
        help="a new PC sharing one central login with others: read its terminal key from stdin (after the "
        "central password line)",
    )
    restore.add_argument(
        "--central-ca", type=Path, default=None, help="a new PC: the central server's CA file"
    )
    restore.add_argument("--offline", action="store_true", help="a new PC: do not sync now")
    restore.add_argument(
        "--accept-rollback",
        action="store_true",
        help="restore a backup older than this terminal's audit record or the central database's copy: this "
        "terminal's own history is first taken back from the central database",
    )
    restore.set_defaults(handler=one_line_failures(restore_command))


def one_line_failures(handler: Handler) -> Handler:
    """A disk, SQLite or database failure that no layer below named still ends the command with a one-line
    reason and exit status 1, never a traceback (the first line only: SQL parameters stay out of it)."""

    @functools.wraps(handler)
    def run(args: argparse.Namespace, config: Config) -> CommandResult:
        try:
            return handler(args, config)
        except (OSError, sqlite3.Error, SQLAlchemyError) as exc:
            first_line = (str(exc).strip().splitlines() or [""])[0]
            raise CommandFailed(f"{type(exc).__name__}: {first_line}") from exc

    return run


def _log(config: Config) -> None:
    setup_logging(config.paths.logs, str(config.log_level))


def doctor_checks(args: argparse.Namespace, config: Config) -> CommandResult:
    """The app's start-of-day check (services/start_of_day.py), recorded in the audit trail when the store
    opens; exit 1 when any check fails."""
    from teller_app.services.start_of_day import record_start_of_day, start_of_day_checks

    checks = start_of_day_checks(config)
    ok = all(check.ok for check in checks)
    recorded = False
    if config.paths.local_store.exists() and all(
        c.ok for c in checks if c.name in ("key_store", "local_store")
    ):
        try:
            store = open_configured_store(config)
            try:
                record_start_of_day(store, checks)
                recorded = True
            finally:
                store.close()
        except (TellerError, SQLAlchemyError, OSError):
            recorded = False
    lines = [
        f"[{'FAIL' if not c.ok else 'warn' if c.warning else 'ok'}] {c.name}: {c.text}"
        + (f" — {c.advice}" if c.advice and not c.ok else "")
        for c in checks
    ]
    return CommandResult(
        data={"ok": ok, "checks": [c.as_dict() for c in checks], "recorded": recorded},
        lines=lines,
        exit_code=0 if ok else 1,
    )


def rotate_keys(args: argparse.Namespace, config: Config) -> CommandResult:
    _log(config)
    data_folder = config.paths.data
    keys = load_keys(data_folder)
    new_store, statement = choose_kek_store(str(config.keystore), keys_folder(data_folder), keys.store_id)
    kek_id = rotate_kek(data_folder, new_store)
    lines = [f"Data keys re-wrapped under a new key-encryption key ({kek_id[:8]}…). {statement}"]
    data: dict = {"ok": True, "kek_id": kek_id, "key_store": statement}
    store = open_configured_store(config)
    try:
        if args.data:
            report = rotate_data_key(store, batch_size=max(1, args.batch))
            lines.append(
                f"{'Finished an interrupted' if report.resumed else 'Rotated the'} data key: version {report.version}, "
                f"{report.values} values in {report.rows} rows re-encrypted."
            )
            lines.append(
                f"Other terminals of branch {config.branch} must adopt data key version {report.version} "
                "before they can read what this one seals from now on: for each of them run `teller-admin "
                "enrolment offer` here (a secret works once) and `teller-admin enrolment adopt` there (the "
                "secret on stdin)."
            )
            data.update(
                data_key_version=report.version,
                rows=report.rows,
                values=report.values,
                resumed=report.resumed,
            )
        else:
            with store.unit_of_work() as uow:
                uow.append_audit("keys.rotate_kek")
    finally:
        store.close()
    return CommandResult(data=data, lines=lines)


def recover_key_store(args: argparse.Namespace, config: Config) -> CommandResult:
    _log(config)
    if args.recovery_key_stdin or not sys.stdin.isatty():
        text = sys.stdin.readline()
    else:
        import getpass

        text = getpass.getpass("Recovery key: ")
    recovery_key = parse_recovery_key(text)
    statement = ""

    def kek_store(store_id: str) -> KekStore:
        nonlocal statement
        store, statement = choose_kek_store(str(config.keystore), keys_folder(config.paths.data), store_id)
        return store

    def checked(keys: DataKeys) -> None:
        """Before anything is written: the local store is sound and its data opens with these keys."""
        from teller_app.storage.backup import backup_matches_keys
        from teller_app.storage.errors import StoreProblem

        path = config.paths.local_store
        if not path.exists():
            raise StoreProblem(
                "storage.no_store",
                "There is no local store at {path}: on a new PC use `teller-admin restore BACKUP "
                "--recovery-key-stdin`",
                path=str(path),
            )
        integrity = db.integrity_check(path)
        if integrity != ["ok"]:
            raise StoreProblem(
                "storage.damaged",
                "The local store {path} is damaged: {problem}",
                path=str(path),
                problem=integrity[0],
            )
        if not backup_matches_keys(path, keys.cipher()):
            raise StoreProblem("storage.other_keys", "The local store's data does not open with these keys")

    recover_keys(config.paths.data, recovery_key, kek_store, before_write=checked)
    store = open_configured_store(config)
    try:
        with store.unit_of_work() as uow:
            uow.append_audit("keys.recovered")
    finally:
        store.close()
    return CommandResult(data={"ok": True, "key_store": statement}, lines=[f"Keys recovered. {statement}"])


def audit_verify(args: argparse.Namespace, config: Config) -> CommandResult:
    if args.central:
        module_name, function = CENTRAL_AUDIT_VERIFIER
        try:
            verifier = getattr(importlib.import_module(module_name), function)
        except (ImportError, AttributeError):
            raise CommandFailed(
                "checking the central audit record is not available in this version", 2
            ) from None
        results = verifier(config)
    else:
        path = config.paths.local_store
        if not path.exists():
            raise CommandFailed(f"there is no local store at {path}; run `teller-admin init`")
        store = open_configured_store(config)  # the audit key is in the key store, not in the file
        try:
            results = store.verify_chains()
        finally:
            store.close()
    ok = all(r.ok for r in results)
    lines = []
    for r in results:
        if r.ok:
            lines.append(
                f"terminal {r.terminal}: {r.count} events, chain intact (head {str(r.head_hash)[:16]}…)"
            )
        else:
            lines.append(f"terminal {r.terminal}: BROKEN at event {r.first_broken_seq}: {r.problem}")
    if not results:
        lines.append("no audit events yet")
    return CommandResult(
        data={"ok": ok, "chains": [r.as_dict() for r in results]}, lines=lines, exit_code=0 if ok else 1
    )


def backup_command(args: argparse.Namespace, config: Config) -> CommandResult:
    import json

    from teller_app.storage.backup import BACKUP_KEEP_WITH, IDENTITY_META, RECOVERY_META
    from teller_app.storage.key_recovery import recovery_record

    meta = {
        RECOVERY_META: json.dumps(recovery_record(config.paths.data)),
        IDENTITY_META: json.dumps({"branch": config.branch, "terminal": config.terminal}),
    }
    check = backup_store(config.paths.local_store, args.file, meta=meta, force=args.force)
    events = sum(c.count for c in check.chains)
    return CommandResult(
        data={
            "ok": True,
            "file": str(check.path),
            "revision": check.revision,
            "audit_events": events,
            "keep_with": BACKUP_KEEP_WITH,
        },
        lines=[
            f"Backup written to {check.path} (schema {check.revision}, {events} audit events, integrity ok).",
            BACKUP_KEEP_WITH,
        ],
    )


def restore_command(args: argparse.Namespace, config: Config) -> CommandResult:
    """Restore a checked backup. A sibling terminal's backup is refused; one older than what this terminal
    recorded beside its key store, or than the central copy of its chain, is refused unless
    `--accept-rollback`, which takes this terminal's own history back from the central database first (so
    no chain position or account number is issued twice)."""
    from teller_app.cli.restore_checks import RestorePosition, restore_position, take_back_after_restore

    if not keys_exist(config.paths.data) and not config.paths.local_store.exists():
        return _restore_on_new_pc(args, config)
    if args.recovery_key_stdin:
        raise CommandFailed(
            "this data folder has its keys: restore without --recovery-key-stdin (or, if its key store is "
            "lost, run `teller-admin keys recover` first)",
            2,
            code="usage",
        )
    _log(config)
    keys = load_keys(config.paths.data)
    positions: list[RestorePosition] = []

    def check_position(copy: Path) -> None:  # on the checked copy, the very bytes that get restored
        positions.append(restore_position(copy, config, keys, accept_rollback=bool(args.accept_rollback)))

    check, kept = restore_store(
        args.file, config.paths.local_store, keys.cipher(), datetime.now(UTC), before_replace=check_position
    )
    position = positions[0]
    store = open_configured_store(config)  # upgrades an older backup to the newest schema
    try:
        taken = take_back_after_restore(store, config, position)
        with store.unit_of_work() as uow:
            uow.append_audit(
                "store.restored",
                details={
                    "backup": args.file.name,
                    **position.as_details(),
                    **(taken.as_details() if taken else {}),
                },
            )
    finally:
        store.close()
    lines = [f"Restored from {args.file} (integrity ok, audit chain intact)."]
    if position.rollback:
        lines.append(
            f"The backup ended at event {position.backup_seq}; the terminal had reached event "
            f"{position.reached_seq}. "
            + (
                f"Taken back from the central database: {taken.events} audit events, {taken.rows} rows, "
                f"{taken.blocks} number blocks; the chain continues after event {taken.head_seq}."
                if taken
                else "The central database holds nothing more of this terminal."
            )
        )
    if kept:
        lines.append(f"The store it replaced is kept as {kept}.")
    return CommandResult(
        data={
            "ok": True,
            "file": str(args.file),
            "kept": str(kept) if kept else None,
            "rollback": position.as_details(),
            "taken_back": taken.as_dict() if taken else None,
        },
        lines=lines,
    )


def _restore_on_new_pc(args: argparse.Namespace, config: Config) -> CommandResult:
    """An empty data folder: the PC is new. The backup names its terminal; the recovery key opens it."""
    import json

    from teller_app.cli.setup_commands import init_terminal
    from teller_app.storage.backup import IDENTITY_META, backup_meta

    if not args.recovery_key_stdin:
        raise CommandFailed(
            "this data folder is empty (a new PC): restoring needs the terminal's recovery key, "
            "--recovery-key-stdin",
            2,
            code="usage",
        )
    if not args.file.exists():
        raise CommandFailed(f"there is no backup file at {args.file}", 1, code="storage.no_backup")
    identity = json.loads(backup_meta(args.file).get(IDENTITY_META) or "{}")
    if not identity.get("branch") or not identity.get("terminal"):
        raise CommandFailed(
            f"{args.file} does not name its terminal (made by an older version): use "
            "`teller-admin init --branch … --terminal … --restore FILE --recovery-key-stdin`",
            code="storage.backup_without_keys",
        )
    init_args = argparse.Namespace(
        branch=identity["branch"],
        terminal=identity["terminal"],
        central=args.central,
        admin=None,
        password_stdin=False,
        enrolment_secret_stdin=False,
        central_password_stdin=args.central_password_stdin,
        central_terminal_key_stdin=args.central_terminal_key_stdin,
        central_ca=args.central_ca,
        offline=args.offline or not args.central,
        restore=args.file,
        recovery_key_stdin=True,
        json_output=getattr(args, "json_output", False),
    )
    return init_terminal(init_args, config)
