"""The plan of `teller-admin init`: every check it can make before writing anything.

The codes, the central URL and its dialect, that the central database answers and is migrated, that the
terminal code and the first administrator's name are free bank-wide, the key store, and a backup and
recovery key when a PC is replaced: all checked here, and only then does `setup_commands` write.
"""

from __future__ import annotations

import argparse
import json
import re
import secrets
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from teller_app.cli import CommandFailed
from teller_app.cli.init_undo import undo_init
from teller_app.config import Config
from teller_app.domain.errors import TellerError
from teller_app.domain.passwords import PasswordPolicy, check_password_policy
from teller_app.paths import AppPaths
from teller_app.storage.backup import (
    IDENTITY_META,
    RECOVERY_META,
    backup_matches_keys,
    backup_meta,
    check_backup,
    refuse_unless_sound,
)
from teller_app.storage.kek_stores import FileKekStore, KekStore, choose_kek_store
from teller_app.storage.key_recovery import open_recovery_record
from teller_app.storage.keystore import DataKeys, keys_exist, keys_folder
from teller_app.storage.recovery import parse_recovery_key
from teller_app.sync.acting import split_key, with_key
from teller_app.sync.central_address import check_central_url, split_password

CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$")
USERNAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
TERMINAL_RULE = (
    "unique across the whole bank (every branch), because audit records are kept per terminal code"
)


# -- the plan: everything checked, nothing written ----------------------------------------------------


@dataclass
class Plan:
    branch: str
    terminal: str
    admin: str
    password: str = ""
    generated: bool = False
    create_admin: bool = True
    central: str = ""  # what the config file keeps: no password
    connect_url: str = ""  # what connects: with the password
    central_password: str | None = None
    central_terminal_key: str | None = None  # a login shared by many terminals (sync/acting.py)
    ca_file: Path | None = None
    offline: bool = False
    imported: DataKeys | None = None
    restored: DataKeys | None = None
    backup: Path | None = None
    kek_store: Any = None
    key_statement: str = ""
    publisher_pem: bytes | None = None
    uniqueness_key: bytes | None = None
    notes: list[str] = field(default_factory=list)


def plan_init(args: argparse.Namespace, config: Config) -> Plan:
    for label, value in (("branch", args.branch), ("terminal", args.terminal)):
        if not CODE.match(value):
            raise CommandFailed(
                f"the {label} code must be 1-32 letters, digits, '-' or '_', not {value!r}",
                2,
                code="init.bad_code",
            )
    admin = args.admin or "admin"
    if not USERNAME.match(admin):
        raise CommandFailed(
            f"the administrator's user name is not valid: {admin!r}", 2, code="init.bad_admin"
        )
    if args.restore is not None and not args.recovery_key_stdin:
        raise CommandFailed("--restore needs the recovery key: add --recovery-key-stdin", 2, code="usage")
    plan = Plan(args.branch, args.terminal, admin, offline=args.offline, backup=args.restore)
    if getattr(args, "procedure_key", None) is not None:
        try:
            plan.publisher_pem = args.procedure_key.read_bytes()
            from teller_app.services.procedure_publishing import load_public_key

            load_public_key(plan.publisher_pem)  # a wrong file is refused before anything is written
        except OSError as exc:
            raise CommandFailed(
                f"the procedure key {args.procedure_key} cannot be read: {exc.strerror}",
                2,
                code="init.procedure_key",
            ) from None
    paths = config.paths
    _refuse_unless_fresh(paths, plan)

    if args.password_stdin:
        plan.password = sys.stdin.readline().rstrip("\r\n")
        try:
            check_password_policy(
                plan.password, admin, PasswordPolicy(min_length=int(config.password_min_length))
            )
        except TellerError as error:
            raise CommandFailed(
                f"the administrator's password is not accepted: {error.render()}", 2, code=error.code
            ) from None
    else:
        plan.password, plan.generated = secrets.token_urlsafe(12) + "7a", True
    secret = _stdin_line("enrolment secret") if args.enrolment_secret_stdin else ""
    if args.central_password_stdin:
        plan.central_password = _stdin_line("central database password")
    if getattr(args, "central_terminal_key_stdin", False):
        plan.central_terminal_key = _stdin_line("terminal key")
    recovery_text = _stdin_line("recovery key") if args.recovery_key_stdin else ""
    if getattr(args, "uniqueness_key", None) is not None:
        from teller_app.cli.uniqueness_key_commands import read_uniqueness_key

        plan.uniqueness_key = read_uniqueness_key(args.uniqueness_key, _stdin_line("uniqueness key secret"))

    if args.restore is not None:
        plan.restored = _check_backup_for(plan, args.restore, recovery_text)
        plan.create_admin = False
    if args.central:
        _check_central(plan, args, secret)
    elif args.enrolment_secret_stdin:
        raise CommandFailed("enrolment takes the keys from the central database: give --central URL", 2)
    plan.kek_store, plan.key_statement = _ready_key_store(config)
    return plan


def _refuse_unless_fresh(paths: AppPaths, plan: Plan) -> None:
    """Refuse a terminal that is set up; clear what an interrupted init left (keys without a store)."""
    store_there = paths.local_store.exists()
    if store_there or (keys_exist(paths.data) and _configured(paths)):
        raise CommandFailed(
            f"this terminal is already set up ({paths.data}); nothing was changed", code="init.already_set_up"
        )
    if keys_exist(paths.data):  # an init that stopped (power cut) before its store was made: start over
        undo_init(paths, None)
        plan.notes.append("An interrupted earlier init was cleared.")


def _configured(paths: AppPaths) -> bool:
    from teller_app.config import read_config_file

    return bool(read_config_file(paths.config_file).get("terminal"))


def _stdin_line(what: str) -> str:
    line = sys.stdin.readline().strip()
    if not line:
        raise CommandFailed(f"no {what} on stdin", 2, code="usage")
    return line


def _check_backup_for(plan: Plan, backup: Path, recovery_text: str) -> DataKeys:
    """The backup is sound, of this terminal, and opens with the recovery key; nothing is written."""
    from teller_app.storage.errors import StoreProblem

    refuse_unless_sound(check_backup(backup), backup)
    meta = backup_meta(backup)
    if RECOVERY_META not in meta:
        raise StoreProblem(
            "storage.backup_without_keys",
            "The backup {path} carries no recovery record (made by an older version): restore it on the old "
            "PC's data folder, or copy that folder's keys/ over",
            path=str(backup),
        )
    identity = json.loads(meta.get(IDENTITY_META) or "{}")
    if identity and (identity.get("branch"), identity.get("terminal")) != (plan.branch, plan.terminal):
        raise StoreProblem(
            "storage.backup_other_terminal",
            "The backup is of terminal {terminal} of branch {branch}, not of this one",
            terminal=str(identity.get("terminal")),
            branch=str(identity.get("branch")),
        )
    keys = open_recovery_record(json.loads(meta[RECOVERY_META]), parse_recovery_key(recovery_text))
    if not backup_matches_keys(backup, keys.cipher()):
        raise StoreProblem("storage.backup_other_keys", "The backup's data does not open with these keys")
    return keys


def _check_central(plan: Plan, args: argparse.Namespace, secret: str) -> None:
    """URL, reachability, schema, terminal code, first administrator, enrolment: all before any write."""
    url, in_url = split_password(check_central_url(args.central))
    if in_url is not None:
        plan.central_password = plan.central_password or in_url
        plan.notes.append("The password in the central URL was moved into the key store.")
    url, key_in_url = split_key(url)
    if key_in_url is not None:
        plan.central_terminal_key = plan.central_terminal_key or key_in_url
        plan.notes.append("The terminal key in the central URL was moved into the key store.")
    if args.central_ca is not None:
        _check_ca(args.central_ca)
        plan.ca_file = args.central_ca
    plan.central = url.render_as_string(hide_password=False)  # the CA's copy is added when it is made
    connect = url.set(password=plan.central_password) if plan.central_password else url
    if plan.central_terminal_key:
        connect = with_key(connect, plan.central_terminal_key)
    if args.central_ca is not None:
        connect = connect.update_query_dict(
            {"sslmode": "verify-full", "sslrootcert": str(args.central_ca.resolve())}
        )
    plan.connect_url = connect.render_as_string(hide_password=False)
    if plan.offline:
        plan.notes.append("Set up offline: the first sync registers the terminal and checks the user names.")
        return
    from teller_app.sync.central import connect_central

    engine = connect_central(plan.connect_url)
    try:
        _central_facts(plan, engine, bool(secret))
        if secret:
            from teller_app.sync.enrolment import accept_enrolment

            plan.imported = accept_enrolment(engine, plan.branch, secret)
    finally:
        engine.dispose()


def _check_ca(path: Path) -> None:
    from teller_app.sync.central_address import CentralAddressError

    if not path.is_file():
        raise CentralAddressError(
            "central.ca_missing", "There is no CA certificate file at {path}", path=str(path)
        )
    if b"-----BEGIN CERTIFICATE-----" not in path.read_bytes():
        raise CentralAddressError(
            "central.ca_not_pem", "{path} is not a PEM certificate file", path=str(path)
        )


def _central_facts(plan: Plan, engine: sa.Engine, enrolling: bool) -> None:
    from teller_app.domain.errors import RuleError
    from teller_app.storage.schema_system import AuditEvent
    from teller_app.sync.central import central_transaction, require_central_at_head
    from teller_app.sync.central_schema import terminals
    from teller_app.sync.central_users import branch_administrators, refuse_taken_name

    if engine.dialect.name != "sqlite":
        require_central_at_head(engine)  # also: reachable, or CentralUnreachable
    events = AuditEvent.__table__
    with central_transaction(engine) as conn:
        if not sa.inspect(conn).has_table("terminals"):
            return  # an embedded SQLite central not made yet: the first sync makes it
        rows = conn.execute(sa.select(terminals.c.branch, terminals.c.terminal_code)).all()
        holder = next((r.branch for r in rows if r.terminal_code == plan.terminal), None)
        if holder is not None and holder != plan.branch:
            raise RuleError(
                "sync.terminal_code_taken",
                "Terminal code {terminal} is already used by branch {other}: a terminal code is "
                + TERMINAL_RULE,
                terminal=plan.terminal,
                other=holder,
            )
        with_records = set(
            conn.execute(
                sa.select(events.c.terminal).where(events.c.branch == plan.branch).distinct()
            ).scalars()
        )
        if plan.terminal in with_records and plan.restored is None:
            raise RuleError(
                "init.terminal_exists",
                "Terminal {terminal} of branch {branch} already has records in the central database: to "
                "replace its PC use `teller-admin init … --restore BACKUP --recovery-key-stdin`; for a new "
                "terminal choose another code",
                terminal=plan.terminal,
                branch=plan.branch,
            )
        siblings = sorted(with_records - {plan.terminal})
        if siblings and not enrolling and plan.restored is None:
            raise RuleError(
                "init.enrolment_needed",
                "Branch {branch} already has terminals ({terminals}): a further terminal takes the branch's "
                "keys by enrolment (`teller-admin enrolment offer` on one of them, then this init with "
                "--enrolment-secret-stdin)",
                branch=plan.branch,
                terminals=", ".join(siblings),
            )
        if plan.restored is None:
            administrators = branch_administrators(conn, plan.branch)
            if administrators:
                plan.create_admin = False
                plan.notes.append(
                    f"Branch {plan.branch} already has administrators ({', '.join(administrators)}): no new "
                    "one is created; the branch's users come with the first sync."
                )
            else:
                refuse_taken_name(conn, plan.admin)


def _ready_key_store(config: Config) -> tuple[Any, str]:
    """The KEK store init will use, its passphrase read now (once), so a missing one fails before writing."""
    holder: dict[str, Any] = {}

    def factory(store_id: str) -> KekStore:
        store, statement = choose_kek_store(str(config.keystore), keys_folder(config.paths.data), store_id)
        if isinstance(store, FileKekStore):
            if "passphrase" not in holder:
                holder["passphrase"] = store._passphrase(new=True)
            value = holder["passphrase"]
            store = FileKekStore(store.folder, lambda: value, new_passphrase=lambda: value)
        holder["statement"] = statement
        return store

    factory("check")  # chooses the store and reads the passphrase: nothing is written
    return factory, str(holder.get("statement", ""))
