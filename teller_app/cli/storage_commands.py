"""`teller-admin init | doctor | keys rotate|recover | audit verify | backup | restore`: the store and its keys."""

from __future__ import annotations

import argparse
import contextlib
import functools
import importlib
import re
import secrets
import sqlite3
import sys
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from teller_app.cli import CommandFailed, CommandResult, Handler
from teller_app.config import Config, write_config_file
from teller_app.domain.errors import EnvironmentProblem
from teller_app.domain.passwords import PasswordPolicy, check_password_policy, hash_password
from teller_app.domain.roles import Role
from teller_app.log import get_logger, safe_fields, setup_logging
from teller_app.paths import AppPaths
from teller_app.storage import db
from teller_app.storage.audit import verify_session
from teller_app.storage.backup import backup_store, restore_store
from teller_app.storage.checks import run_checks
from teller_app.storage.kek_stores import KekStore, choose_kek_store
from teller_app.storage.keystore import (
    DataKeys,
    create_keys,
    keys_exist,
    keys_folder,
    load_keys,
    recover_keys,
    remove_keys,
    rotate_kek,
)
from teller_app.storage.recovery import parse_recovery_key
from teller_app.storage.rotation import rotate_data_key
from teller_app.storage.schema_system import User
from teller_app.storage.store import TerminalIdentity, open_configured_store, open_store

CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$")
USERNAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")

# The sync engineer provides `verify_central_chains(config) -> list[VerifyResult]` here for `--central`.
CENTRAL_AUDIT_VERIFIER = ("teller_app.sync.central_audit", "verify_central_chains")


def register(sub: argparse._SubParsersAction) -> None:
    init = sub.add_parser("init", help="create the local store, keys and the first administrator")
    init.add_argument("--branch", required=True, help="branch code (营业机构)")
    init.add_argument("--terminal", required=True, help="terminal code, unique in the branch")
    init.add_argument("--central", default="", help="SQLAlchemy URL of the central database")
    init.add_argument("--branch-name", default="", help="the bank's name for this branch, printed as 乙方")
    init.add_argument("--branch-address", default="", help="the branch's address, printed on the agreement")
    init.add_argument("--branch-phone", default="", help="the branch's telephone, printed on the agreement")
    init.add_argument("--admin", default="admin", help="user name of the first administrator")
    init.add_argument(
        "--password-stdin", action="store_true", help="read the administrator's password from stdin"
    )
    init.add_argument(
        "--enrolment-secret-stdin",
        action="store_true",
        help="a second terminal of the branch: read the enrolment secret (from `teller-admin enrolment offer` "
        "on a sibling) from stdin, after the password line when --password-stdin is given, and take the "
        "branch's data keys from the central database",
    )
    init.add_argument(
        "--procedure-key",
        type=Path,
        default=None,
        help="the operations department's public key (procedure keygen): procedures published centrally "
        "are adopted only when signed with it",
    )
    init.set_defaults(handler=one_line_failures(init_terminal))

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

    backup = sub.add_parser("backup", help="a consistent copy of the local store (safe while the app runs)")
    backup.add_argument("file", type=Path)
    backup.set_defaults(handler=one_line_failures(backup_command))

    restore = sub.add_parser(
        "restore", help="replace the local store with a checked backup (stop the app first)"
    )
    restore.add_argument("file", type=Path)
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


def init_terminal(args: argparse.Namespace, config: Config) -> CommandResult:
    for label, value in (("branch", args.branch), ("terminal", args.terminal)):
        if not CODE.match(value):
            raise CommandFailed(
                f"the {label} code must be 1-32 letters, digits, '-' or '_', not {value!r}", 2
            )
    if not USERNAME.match(args.admin):
        raise CommandFailed(f"the administrator's user name is not valid: {args.admin!r}", 2)
    paths = config.paths.ensure()
    if keys_exist(paths.data) or paths.local_store.exists():
        raise CommandFailed(f"this terminal is already set up ({paths.data}); nothing was changed")
    password, generated = _admin_password(args, config)
    imported = _enrolled_keys(args, config) if args.enrolment_secret_stdin else None
    publisher_pem = args.procedure_key.read_bytes() if args.procedure_key else None

    _log(config)
    statement = ""

    def kek_store(store_id: str) -> KekStore:
        nonlocal statement
        store, statement = choose_kek_store(str(config.keystore), keys_folder(paths.data), store_id)
        return store

    keys, recovery_key = create_keys(paths.data, kek_store, imported=imported)
    try:
        _first_administrator(paths, keys, args, password)
        if publisher_pem is not None:
            _trust_publisher(paths, keys, args, publisher_pem)
        write_config_file(
            paths.config_file,
            {
                "branch": args.branch,
                "terminal": args.terminal,
                "central_url": args.central,
                **{
                    key: value.strip()
                    for key, value in (
                        ("branch_name", args.branch_name),
                        ("branch_address", args.branch_address),
                        ("branch_phone", args.branch_phone),
                    )
                    if value.strip()
                },
            },
        )
    except BaseException:
        _undo_init(paths)  # a half-made terminal would refuse the next `init` as "already set up"
        raise
    get_logger("storage").info(
        "terminal initialised %s", safe_fields({"branch": args.branch, "terminal": args.terminal})
    )
    lines = [
        f"Terminal {args.terminal} of branch {args.branch} is set up in {paths.data}.",
        statement,
        "",
        "RECOVERY KEY — write it down and keep it in the branch safe. It is shown only this once:",
        f"    {recovery_key}",
        "",
        f"Administrator: {args.admin} (must change the password at first sign-in)",
    ]
    if generated:
        lines.append(f"Administrator's password (shown only this once): {password}")
    registered = _register_centrally(args, lines) if args.central else None
    if imported is not None:
        lines.append("The branch's data keys were taken over from a sibling terminal (enrolment).")
    data = {
        "ok": True,
        "branch": args.branch,
        "terminal": args.terminal,
        "data_folder": str(paths.data),
        "key_store": statement,
        "recovery_key": recovery_key,
        "admin_username": args.admin,
        "admin_password": password if generated else None,
        "central_url": args.central,
        "central_registered": registered,
        "enrolled": imported is not None,
    }
    return CommandResult(data=data, lines=lines)


def _first_administrator(paths: AppPaths, keys: DataKeys, args: argparse.Namespace, password: str) -> None:
    store = open_store(paths, keys, TerminalIdentity(args.branch, args.terminal))
    try:
        with store.unit_of_work() as uow:
            admin = uow.new(
                User,
                username=args.admin,
                role=Role.ADMINISTRATOR.value,
                password_hash=hash_password(password),
            )
            admin.must_change_password = True
            uow.append_audit("terminal.init", details={"branch": args.branch, "terminal": args.terminal})
            uow.append_audit(
                "user.created", user_id=admin.id, details={"username": args.admin, "role": admin.role}
            )
    finally:
        store.close()


def _trust_publisher(paths: AppPaths, keys: DataKeys, args: argparse.Namespace, pem: bytes) -> None:
    """Keep the procedure publisher's public key beside the terminal's keys; the chain records its id."""
    from teller_app.services.procedure_publishing import provision_publisher_key

    kid = provision_publisher_key(paths.data, pem)
    store = open_store(paths, keys, TerminalIdentity(args.branch, args.terminal))
    try:
        with store.unit_of_work() as uow:
            uow.append_audit("procedure.key_provisioned", details={"key_id": kid})
    finally:
        store.close()


def _undo_init(paths: AppPaths) -> None:
    """Remove what a failed `init` made (keys, KEK, the new store), so it can simply be run again."""
    with contextlib.suppress(Exception):
        remove_keys(paths.data)
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(OSError):
            Path(f"{paths.local_store}{suffix}").unlink(missing_ok=True)


def _enrolled_keys(args: argparse.Namespace, config: Config) -> DataKeys:
    """The branch's data keys from an open enrolment offer in the central database (a second terminal)."""
    from teller_app.sync.central import central_url, connect_central
    from teller_app.sync.enrolment import accept_enrolment

    secret = sys.stdin.readline().strip()
    if not secret:
        raise CommandFailed("no enrolment secret on stdin", 2)
    engine = connect_central(central_url(args.central, config.paths))
    try:
        return accept_enrolment(engine, args.branch, secret)
    finally:
        engine.dispose()


def _register_centrally(args: argparse.Namespace, lines: list[str]) -> bool:
    """Record the terminal in the central database; when unreachable, the first sync does it."""
    from teller_app.sync.registration import register_terminal

    try:
        register_terminal(args.central, args.branch, args.terminal)
    except EnvironmentProblem as problem:
        lines.append(
            f"Central database {args.central} not reachable now ({problem.render()}); the first sync registers the terminal."
        )
        return False
    lines.append(f"Registered with the central database {args.central}.")
    return True


def _admin_password(args: argparse.Namespace, config: Config) -> tuple[str, bool]:
    if not args.password_stdin:
        return secrets.token_urlsafe(12) + "7a", True
    password = sys.stdin.readline().rstrip("\r\n")
    try:
        check_password_policy(
            password, args.admin, PasswordPolicy(min_length=int(config.password_min_length))
        )
    except Exception as error:
        raise CommandFailed(f"the administrator's password is not accepted: {error}", 2) from None
    return password, False


def doctor_checks(args: argparse.Namespace, config: Config) -> CommandResult:
    checks = run_checks(config)
    ok = all(check.ok for check in checks)
    lines = [
        f"[{'ok' if c.ok else 'FAIL'}] {c.name}: {c.detail}"
        + (f" — {c.advice}" if c.advice and not c.ok else "")
        for c in checks
    ]
    return CommandResult(
        data={"ok": ok, "checks": [c.as_dict() for c in checks]}, lines=lines, exit_code=0 if ok else 1
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
                "before they can read what this one seals from now on: run `teller-admin enrolment offer` "
                "here and `teller-admin enrolment adopt` (the secret on stdin) on each of them."
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

    recover_keys(config.paths.data, recovery_key, kek_store)
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
        engine = db.create_store_engine(path)
        try:
            with Session(engine) as session:
                results = verify_session(session)
        finally:
            engine.dispose()
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
    check = backup_store(config.paths.local_store, args.file)
    events = sum(c.count for c in check.chains)
    return CommandResult(
        data={"ok": True, "file": str(check.path), "revision": check.revision, "audit_events": events},
        lines=[
            f"Backup written to {check.path} (schema {check.revision}, {events} audit events, integrity ok).",
            "Personal data in it stays encrypted; restoring it needs this terminal's keys or the recovery key.",
        ],
    )


def restore_command(args: argparse.Namespace, config: Config) -> CommandResult:
    _log(config)
    keys = load_keys(config.paths.data)
    check, kept = restore_store(args.file, config.paths.local_store, keys.cipher(), datetime.now(UTC))
    store = open_configured_store(config)  # upgrades an older backup to the newest schema
    try:
        with store.unit_of_work() as uow:
            uow.append_audit("store.restored", details={"backup": args.file.name})
    finally:
        store.close()
    lines = [f"Restored from {args.file} (integrity ok, audit chain intact)."]
    if kept:
        lines.append(f"The store it replaced is kept as {kept}.")
    return CommandResult(
        data={"ok": True, "file": str(args.file), "kept": str(kept) if kept else None}, lines=lines
    )
