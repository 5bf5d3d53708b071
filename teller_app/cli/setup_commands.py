"""`teller-admin init` and `teller-admin central migrate`: set a terminal up, or a central database.

`init` first checks everything it can without writing anything (the codes, the central URL and its
dialect, that the central database answers and is migrated, that the terminal code is free bank-wide, that
the first administrator's name is free bank-wide, the key store, a backup and recovery key when a PC is
replaced), then writes: keys (the recovery key is printed at once), the local store, the configuration.
A failure while writing removes what was written, so `init` can simply be run again. Registration and the
first sync come last: the branch's users arrive with it, so a further terminal of a branch creates no
administrator of its own.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import re
import secrets
import sys
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from teller_app.cli import CommandFailed, CommandResult
from teller_app.config import Config, write_config_file
from teller_app.domain.errors import EnvironmentProblem, TellerError
from teller_app.domain.passwords import PasswordPolicy, check_password_policy, hash_password
from teller_app.domain.roles import Role
from teller_app.log import get_logger, safe_fields, setup_logging
from teller_app.paths import AppPaths
from teller_app.storage.backup import IDENTITY_META, RECOVERY_META, backup_matches_keys, backup_meta
from teller_app.storage.kek_stores import FileKekStore, KekStore, choose_kek_store
from teller_app.storage.keystore import (
    DataKeys,
    adopt_uniqueness_key,
    create_keys,
    install_recovered_keys,
    keys_exist,
    keys_folder,
    open_recovery_record,
    remove_keys,
)
from teller_app.storage.recovery import parse_recovery_key
from teller_app.storage.schema_system import User
from teller_app.storage.store import TerminalIdentity, open_store
from teller_app.sync.central_address import (
    CA_FILE,
    PASSWORD_FILE,
    check_central_url,
    masked,
    seal_password,
    split_password,
    with_ca_file,
)

CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$")
USERNAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
TERMINAL_RULE = (
    "unique across the whole bank (every branch), because audit records are kept per terminal code"
)


def register(sub: argparse._SubParsersAction) -> None:
    init = sub.add_parser(
        "init",
        help="create the local store, keys and first administrator (checks everything before writing)",
        description="Lines read from stdin, in this order, each only when its option is given: the "
        "administrator's password, the enrolment secret, the central database password, the recovery key.",
    )
    init.add_argument("--branch", required=True, help="branch code (营业机构)")
    init.add_argument("--terminal", required=True, help=f"terminal code, {TERMINAL_RULE}")
    init.add_argument(
        "--central", default="", help="URL of the central database: postgresql+psycopg://LOGIN@HOST:5432/DB"
    )
    init.add_argument(
        "--admin",
        default=None,
        help="user name of the first administrator (default admin; bank-wide unique; none is created when "
        "the branch already has administrators centrally: they come with the first sync)",
    )
    init.add_argument(
        "--password-stdin", action="store_true", help="read the administrator's password from stdin"
    )
    init.add_argument(
        "--enrolment-secret-stdin",
        action="store_true",
        help="a further terminal of the branch: read the enrolment secret (from `teller-admin enrolment offer` "
        "on a sibling) from stdin and take the branch's data keys from the central database",
    )
    init.add_argument(
        "--central-password-stdin",
        action="store_true",
        help="read the central login's password from stdin; it is kept sealed in the key store, never in the "
        "config file (without it: PGPASSWORD or the .pgpass file, as libpq reads them)",
    )
    init.add_argument(
        "--central-ca",
        type=Path,
        default=None,
        help="CA certificate (PEM) of the central server: TLS with sslmode=verify-full",
    )
    init.add_argument(
        "--offline",
        action="store_true",
        help="set up although the central database cannot be reached now (registered at the first sync; "
        "the bank-wide checks then happen there)",
    )
    init.add_argument(
        "--restore",
        type=Path,
        default=None,
        help="replace this terminal's PC: restore from this backup file (needs --recovery-key-stdin)",
    )
    init.add_argument(
        "--recovery-key-stdin", action="store_true", help="read the terminal's recovery key from stdin"
    )
    init.add_argument(
        "--procedure-key",
        type=Path,
        default=None,
        help="the operations department's public key (procedure keygen): procedures published centrally "
        "are adopted only when signed with it",
    )
    init.add_argument(
        "--uniqueness-key",
        type=Path,
        default=None,
        help="the bank-wide uniqueness key file (`uniqueness-key new`; its secret on stdin): the first "
        "terminal of a branch; further terminals get it with the branch's keys at enrolment",
    )
    init.set_defaults(handler=init_terminal)

    central = sub.add_parser("central", help="the central database, for its owner (DBA)")
    verbs = central.add_subparsers(dest="verb", required=True)
    migrate = verbs.add_parser(
        "migrate", help="create or upgrade the central schema, as the database's owner (never a terminal)"
    )
    migrate.add_argument(
        "url", help="postgresql+psycopg://OWNER@HOST:5432/DB (password: PGPASSWORD or .pgpass)"
    )
    migrate.set_defaults(handler=central_migrate)
    status = verbs.add_parser("status", help="the central schema's versions against this app's")
    status.add_argument("url")
    status.set_defaults(handler=central_status)


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


def init_terminal(args: argparse.Namespace, config: Config) -> CommandResult:
    paths = config.paths
    plan = _plan(args, config)
    return _carry_out(plan, args, config, paths)


def _plan(args: argparse.Namespace, config: Config) -> Plan:
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
        _undo(paths, None)
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
    from teller_app.storage.backup import check_backup
    from teller_app.storage.errors import StoreProblem

    check = check_backup(backup)
    if not check.sound:
        raise StoreProblem(
            "storage.backup_damaged",
            "The backup {path} failed its integrity check: {problem}",
            path=str(backup),
            problem=check.integrity[0],
        )
    broken = check.first_broken
    if broken is not None:
        raise StoreProblem(
            "storage.backup_chain_broken",
            "The backup's audit record is broken at event {seq}: {problem}",
            seq=broken.first_broken_seq,
            problem=broken.problem,
        )
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
    if args.central_ca is not None:
        _check_ca(args.central_ca)
        plan.ca_file = args.central_ca
    plan.central = url.render_as_string(hide_password=False)  # the CA's copy is added when it is made
    connect = url.set(password=plan.central_password) if plan.central_password else url
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


# -- carrying it out --------------------------------------------------------------------------------


def _carry_out(plan: Plan, args: argparse.Namespace, config: Config, paths: AppPaths) -> CommandResult:
    paths.ensure()
    setup_logging(paths.logs, str(config.log_level))
    old_config = paths.config_file.read_bytes() if paths.config_file.exists() else None
    recovery_key = ""
    try:
        if plan.restored is not None:
            keys = install_recovered_keys(paths.data, plan.restored, plan.kek_store)
        else:
            keys, recovery_key = create_keys(paths.data, plan.kek_store, imported=plan.imported)
            if not getattr(args, "json_output", False):
                _show_recovery_key(recovery_key)
        if plan.uniqueness_key is not None:
            keys = adopt_uniqueness_key(paths.data, plan.uniqueness_key)
        _make_store(plan, paths, keys)
        if plan.publisher_pem is not None:
            _trust_publisher(plan, paths, keys)
        if plan.ca_file is not None:
            from sqlalchemy.engine import make_url

            with_ca = with_ca_file(make_url(plan.central), paths.data, plan.ca_file)
            plan.central = with_ca.render_as_string(hide_password=False)
        if plan.central_password:
            seal_password(paths.data, plan.central_password, keys)
        write_config_file(
            paths.config_file,
            {"branch": plan.branch, "terminal": plan.terminal, "central_url": plan.central},
        )
    except BaseException:
        _undo(paths, old_config)
        if recovery_key and not getattr(args, "json_output", False):
            print("init failed and was undone: the recovery key above is void.", file=sys.stderr)
        raise
    get_logger("storage").info(
        "terminal initialised %s", safe_fields({"branch": plan.branch, "terminal": plan.terminal})
    )
    if plan.restored is not None and (plan.offline or not plan.central):
        from teller_app.storage.store import open_configured_store

        store = open_configured_store(Config.load(paths))
        try:
            _record_replacement(plan, store)
        finally:
            store.close()
        plan.notes.append(
            "Restored without the central database: if the old PC synced after this backup, restore again "
            "online (its later records are taken back from central first)."
        )
    synced = _register_and_sync(plan, Config.load(paths)) if plan.central and not plan.offline else None
    return _report(plan, paths, recovery_key, synced)


def _show_recovery_key(recovery_key: str) -> None:
    print("RECOVERY KEY — write it down and keep it in the branch safe. It is shown only this once:")
    print(f"    {recovery_key}", flush=True)
    print(flush=True)


def _make_store(plan: Plan, paths: AppPaths, keys: DataKeys) -> None:
    identity = TerminalIdentity(plan.branch, plan.terminal)
    if plan.restored is not None and plan.backup is not None:
        from teller_app.storage.backup import restore_store

        restore_store(plan.backup, paths.local_store, keys.cipher(), datetime.now(UTC))
    store = open_store(paths, keys, identity)  # upgrades a restored older schema to the newest
    try:
        with store.unit_of_work() as uow:
            if plan.restored is not None:
                return  # recorded once the chain has caught up with central (_record_replacement)
            uow.append_audit("terminal.init", details={"branch": plan.branch, "terminal": plan.terminal})
            if plan.create_admin:
                admin = uow.new(
                    User,
                    username=plan.admin,
                    role=Role.ADMINISTRATOR.value,
                    password_hash=hash_password(plan.password),
                )
                admin.must_change_password = True
                uow.append_audit(
                    "user.created", user_id=admin.id, details={"username": plan.admin, "role": admin.role}
                )
    finally:
        store.close()


def _trust_publisher(plan: Plan, paths: AppPaths, keys: DataKeys) -> None:
    """Keep the procedure publisher's public key beside the terminal's keys; the chain records its id."""
    from teller_app.services.procedure_publishing import provision_publisher_key

    assert plan.publisher_pem is not None
    kid = provision_publisher_key(paths.data, plan.publisher_pem)
    store = open_store(paths, keys, TerminalIdentity(plan.branch, plan.terminal))
    try:
        with store.unit_of_work() as uow:
            uow.append_audit("procedure.key_provisioned", details={"key_id": kid})
    finally:
        store.close()


def _record_replacement(plan: Plan, store: Any) -> None:
    """The replaced PC's first event: after the chain caught up with central, so it continues that chain."""
    with store.unit_of_work() as uow:
        uow.append_audit(
            "terminal.replaced",
            details={
                "branch": plan.branch,
                "terminal": plan.terminal,
                "backup": plan.backup.name if plan.backup else "",
                "caught_up_with_central": bool(plan.central and not plan.offline),
            },
        )


def _undo(paths: AppPaths, old_config: bytes | None) -> None:
    """Remove what a failed `init` wrote (keys, KEK, store and its chain head record, sealed password, CA
    copy, config)."""
    with contextlib.suppress(Exception):
        remove_keys(paths.data)
    from teller_app.services.procedure_publishing import publisher_key_path
    from teller_app.storage.audit_keys import HEAD_FILE

    for path in (
        keys_folder(paths.data) / PASSWORD_FILE,
        paths.data / CA_FILE,
        publisher_key_path(paths.data),
        paths.local_store.parent / HEAD_FILE,  # the head of the chain in the store removed below
    ):
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(OSError):
            Path(f"{paths.local_store}{suffix}").unlink(missing_ok=True)
    with contextlib.suppress(OSError):
        if old_config is None:
            paths.config_file.unlink(missing_ok=True)
        else:
            paths.config_file.write_bytes(old_config)


@dataclass
class FirstSync:
    registered: bool
    online: bool
    pulled: int = 0
    pushed: int = 0
    caught_up: int = 0
    rows_back: int = 0
    problem: str = ""


def _register_and_sync(plan: Plan, config: Config) -> FirstSync:
    """Register centrally and run the first round: the branch's users (and, for a replaced PC, everything
    it pushed after its backup) arrive. A failure here is reported, not undone: the terminal is set up."""
    from teller_app.storage.store import open_configured_store
    from teller_app.sync.central import central_url, connect_central
    from teller_app.sync.engine import SyncEngine
    from teller_app.sync.registration import register_terminal

    url = central_url(str(config.central_url), config.paths)
    result = FirstSync(False, False)
    try:
        register_terminal(url, plan.branch, plan.terminal)
        result.registered = True
        store = open_configured_store(config)
        try:
            if plan.restored is not None:
                from teller_app.sync.registration import terminal_identity
                from teller_app.sync.replacement import catch_up_own_chain, catch_up_own_rows

                engine = connect_central(url)
                try:
                    result.rows_back = catch_up_own_rows(
                        store, engine, terminal_identity(plan.branch, plan.terminal)
                    )
                    result.caught_up = catch_up_own_chain(store, engine)
                finally:
                    engine.dispose()
                _record_replacement(plan, store)
            sync = SyncEngine(store, url, batch_size=int(config.sync_batch_size))
            try:
                report = sync.run_once()
            finally:
                sync.close()
            result.online, result.pulled, result.pushed = report.online, report.pulled, report.pushed
            result.problem = report.error or ""
        finally:
            store.close()
    except (EnvironmentProblem, TellerError) as problem:
        result.problem = problem.render()
    return result


def _report(plan: Plan, paths: AppPaths, recovery_key: str, synced: FirstSync | None) -> CommandResult:
    lines = [
        f"Terminal {plan.terminal} of branch {plan.branch} is set up in {paths.data}.",
        plan.key_statement,
    ]
    lines.extend(plan.notes)
    lines.append(
        "The bank's side of the agreement (乙方: bank, branch, address, telephone) comes from the central "
        "database: set it once per branch with `teller-admin branch set` and the central owner's login."
    )
    if plan.restored is not None:
        lines.append(
            f"Restored from {plan.backup} with the recovery key (the same recovery key stays valid)."
        )
    if plan.create_admin:
        lines.append(f"Administrator: {plan.admin} (must change the password at first sign-in)")
        if plan.generated:
            lines.append(f"Administrator's password (shown only this once): {plan.password}")
    if plan.imported is not None:
        lines.append("The branch's data keys were taken over from a sibling terminal (enrolment).")
    if plan.central:
        lines.append(f"Central database: {masked(plan.central)}")
    if synced is not None:
        if synced.online:
            lines.append(
                f"Registered and synced: pushed {synced.pushed}, pulled {synced.pulled}"
                + (f", {synced.caught_up} audit events taken back from central" if synced.caught_up else "")
                + "."
            )
        else:
            lines.append(f"Not synced yet ({synced.problem}); run `teller-admin sync --once`.")
    data = {
        "ok": True,
        "branch": plan.branch,
        "terminal": plan.terminal,
        "data_folder": str(paths.data),
        "key_store": plan.key_statement,
        "recovery_key": recovery_key or None,
        "admin_username": plan.admin if plan.create_admin else None,
        "admin_password": plan.password if plan.create_admin and plan.generated else None,
        "central_url": masked(plan.central),
        "central_registered": synced.registered if synced else False,
        "synced": synced.online if synced else False,
        "audit_events_taken_back": synced.caught_up if synced else 0,
        "rows_taken_back": synced.rows_back if synced else 0,
        "enrolled": plan.imported is not None,
        "restored": plan.restored is not None,
        "notes": plan.notes,
    }
    return CommandResult(data=data, lines=[line for line in lines if line is not None])


# -- the central database's owner -----------------------------------------------------------------------


def central_migrate(args: argparse.Namespace, config: Config) -> CommandResult:
    """Create or upgrade the central schema: storage's tables, then the sync bookkeeping (as the owner)."""
    from teller_app.sync.central import (
        central_heads,
        central_schema_versions,
        connect_central,
        upgrade_central,
    )

    url = check_central_url(args.url).render_as_string(hide_password=False)
    engine = connect_central(url)
    try:
        before = central_schema_versions(engine)
        upgrade_central(engine)
        after = central_schema_versions(engine)
    finally:
        engine.dispose()
    expected = central_heads()
    changed = before != after
    return CommandResult(
        data={"ok": after == expected, "before": list(before), "after": list(after), "changed": changed},
        lines=[
            f"Central database {masked(url)}: schema {'/'.join(str(v) for v in before)} -> "
            f"{'/'.join(str(v) for v in after)}" + ("" if changed else " (already the newest)")
        ],
        exit_code=0 if after == expected else 1,
    )


def central_status(args: argparse.Namespace, config: Config) -> CommandResult:
    from teller_app.sync.central import central_heads, central_schema_versions, connect_central

    url = check_central_url(args.url).render_as_string(hide_password=False)
    engine = connect_central(url)
    try:
        found = central_schema_versions(engine)
    finally:
        engine.dispose()
    expected = central_heads()
    ok = found == expected
    return CommandResult(
        data={"ok": ok, "found": list(found), "expected": list(expected)},
        lines=[
            f"schema {'/'.join(str(v) for v in found)}, this app needs {'/'.join(expected)}: {'ok' if ok else 'MIGRATE'}"
        ],
        exit_code=0 if ok else 1,
    )
