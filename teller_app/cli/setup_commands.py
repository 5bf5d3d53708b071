"""`teller-admin init`: set a terminal up (its checks are in `init_plan`, its undoing in `init_undo`).

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
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from teller_app.cli import CommandResult
from teller_app.cli.init_plan import TERMINAL_RULE, Plan, plan_init
from teller_app.cli.init_undo import undo_init
from teller_app.config import Config, write_config_file
from teller_app.domain.errors import EnvironmentProblem, TellerError
from teller_app.domain.passwords import hash_password
from teller_app.domain.roles import Role
from teller_app.log import get_logger, safe_fields, setup_logging
from teller_app.paths import AppPaths
from teller_app.storage.key_recovery import install_recovered_keys
from teller_app.storage.keystore import DataKeys, adopt_uniqueness_key, create_keys
from teller_app.storage.schema_system import User
from teller_app.storage.store import TerminalIdentity, open_store
from teller_app.sync.central_address import masked, seal_password, seal_terminal_key, with_ca_file


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
        "--central-terminal-key-stdin",
        action="store_true",
        help="a terminal sharing one central login with others (packaging/sql/pooled_terminals.sql): read its "
        "terminal key from stdin (after the central password line when --central-password-stdin is given); "
        "it is kept sealed in the key store",
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


def init_terminal(args: argparse.Namespace, config: Config) -> CommandResult:
    paths = config.paths
    plan = plan_init(args, config)
    return _carry_out(plan, args, config, paths)


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
        if plan.central_terminal_key:
            seal_terminal_key(paths.data, plan.central_terminal_key, keys)
        write_config_file(
            paths.config_file,
            {"branch": plan.branch, "terminal": plan.terminal, "central_url": plan.central},
        )
    except BaseException:
        undo_init(paths, old_config)
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
