"""`teller-admin user add|list|lock|unlock|disable|enable|set-name|rename|move|reset-password|certify|
enrol-totp`: the users."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date, timedelta

from teller_app.cli import CommandFailed, CommandResult
from teller_app.config import Config
from teller_app.domain.roles import Role
from teller_app.services.user_records import UserInfo
from teller_app.services.users import AuthPolicy, UserAdministration, generate_password
from teller_app.storage.store import open_configured_store

CERTIFICATION_DAYS = 365


def register(sub: argparse._SubParsersAction) -> None:
    user = sub.add_parser("user", help="add, list, lock, unlock, reset or certify users")
    verbs = user.add_subparsers(dest="verb", required=True)

    add = verbs.add_parser("add", help="a new user, who must change the password at first sign-in")
    add.add_argument("name")
    add.add_argument("--role", required=True, choices=[role.value for role in Role])
    add.add_argument("--password-stdin", action="store_true", help="read the initial password from stdin")
    add.add_argument("--certified-until", type=_date, help="certification valid through DATE (YYYY-MM-DD)")
    add.add_argument("--display-name", default=None, help="the name shown on screens and printouts")
    add.set_defaults(handler=add_user)

    verbs.add_parser("list", help="every user with role, certification and lock state").set_defaults(
        handler=list_users
    )

    for verb, handler, text in (
        ("lock", lock_user, "lock until an administrator unlocks"),
        ("unlock", unlock_user, "end a lock or a lockout after failed sign-ins"),
        ("disable", disable_user, "stop a user from signing in (kept for the record)"),
        ("enable", enable_user, "let a disabled user sign in again"),
        ("enrol-totp", enrol_totp, "set up a one-time-code authenticator (shown once)"),
    ):
        parser = verbs.add_parser(verb, help=text)
        parser.add_argument("name")
        parser.set_defaults(handler=handler)

    set_name = verbs.add_parser(
        "set-name",
        help="the name shown on screens and printouts, sealed under this branch's keys (a moved user's again)",
    )
    set_name.add_argument("name")
    set_name.add_argument("display_name", help="at most 100 characters; empty clears it")
    set_name.set_defaults(handler=set_display_name)

    rename = verbs.add_parser(
        "rename",
        help="give a user another name (resolves a name central refused as held by another user of the bank)",
    )
    rename.add_argument("name")
    rename.add_argument("new_name")
    rename.set_defaults(handler=rename_user)

    move = verbs.add_parser(
        "move",
        help="move a user to another branch, at the centre with the central owner's login (not a terminal's)",
    )
    move.add_argument("name")
    move.add_argument("url", help="postgresql+psycopg://OWNER@HOST:5432/DB (password: PGPASSWORD or .pgpass)")
    move.add_argument("--to-branch", required=True, help="the branch code the user works at from now on")
    move.add_argument("--by", default="it", help="who moves the user (recorded centrally)")
    move.set_defaults(handler=move_user)

    reset = verbs.add_parser("reset-password", help="a temporary password that must be changed at sign-in")
    reset.add_argument("name")
    reset.add_argument("--password-stdin", action="store_true", help="read the temporary password from stdin")
    reset.set_defaults(handler=reset_password)

    certify = verbs.add_parser("certify", help="record the certification (培训考核合格)")
    certify.add_argument("name")
    certify.add_argument(
        "--until", type=_date, default=None, help=f"valid through DATE (default: {CERTIFICATION_DAYS} days)"
    )
    certify.set_defaults(handler=certify_user)


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _admin(config: Config) -> UserAdministration:
    store = open_configured_store(config)
    return UserAdministration(
        store, AuthPolicy.from_config(config), bank_wide_check=central_name_check(config)
    )


def central_name_check(config: Config) -> Callable[[str, str | None], bool]:
    """The bank-wide user-name check against this terminal's central database (see sync/central_users.py)."""
    from teller_app.sync.central import central_url, connect_central
    from teller_app.sync.central_users import bank_wide_check

    if not str(config.central_url).strip() and not config.paths.embedded_central.exists():
        return bank_wide_check(None)  # a single PC whose embedded central is not made yet: nothing to ask
    return bank_wide_check(lambda: connect_central(central_url(str(config.central_url), config.paths)))


def _password_from_stdin() -> str:
    line = sys.stdin.readline()
    password = line.rstrip("\r\n")
    if not password:
        raise CommandFailed("no password on stdin", 2)
    return password


def _line(info: UserInfo) -> str:
    state = []
    if info.disabled:
        state.append("disabled")
    if info.locked_by_administrator:
        state.append("locked")
    elif info.locked_until is not None:
        state.append(f"locked out until {info.locked_until:%Y-%m-%d %H:%M}")
    if info.must_change_password:
        state.append("must change password")
    certified = info.certified_until.isoformat() if info.certified_until else "not certified"
    return (
        f"{info.username:<20} {info.role.value:<15} {certified:<14} {info.work_mode.value:<9} "
        f"{', '.join(state) or 'ok'}"
    )


def _run(admin: UserAdministration, action: str, name: str) -> CommandResult:
    try:
        info = getattr(admin, action)(name)
    finally:
        admin.store.close()
    return CommandResult(data={"ok": True, "user": info.as_dict()}, lines=[_line(info)])


def add_user(args: argparse.Namespace, config: Config) -> CommandResult:
    admin = _admin(config)
    generated = None
    if args.password_stdin:
        password = _password_from_stdin()
    else:
        password = generated = generate_password(admin.policy.passwords)
    try:
        info = admin.add(
            args.name,
            args.role,
            password,
            certified_until=args.certified_until,
            display_name=args.display_name,
        )
    finally:
        admin.store.close()
    lines = [
        f"User {info.username} added ({info.role.value}); the password must be changed at first sign-in."
    ]
    if generated:
        lines.append(f"Initial password (shown only this once): {generated}")
    if info.certified_until is None:
        lines.append("Not certified: training mode only until `teller-admin user certify` is run.")
    return CommandResult(data={"ok": True, "user": info.as_dict(), "password": generated}, lines=lines)


def list_users(args: argparse.Namespace, config: Config) -> CommandResult:
    admin = _admin(config)
    try:
        listed = admin.list()
    finally:
        admin.store.close()
    header = f"{'user':<20} {'role':<15} {'certified':<14} {'mode':<9} state"
    return CommandResult(
        data={"users": [info.as_dict() for info in listed]}, lines=[header, *(_line(i) for i in listed)]
    )


def lock_user(args: argparse.Namespace, config: Config) -> CommandResult:
    return _run(_admin(config), "lock", args.name)


def unlock_user(args: argparse.Namespace, config: Config) -> CommandResult:
    return _run(_admin(config), "unlock", args.name)


def disable_user(args: argparse.Namespace, config: Config) -> CommandResult:
    return _run(_admin(config), "disable", args.name)


def enable_user(args: argparse.Namespace, config: Config) -> CommandResult:
    return _run(_admin(config), "enable", args.name)


def rename_user(args: argparse.Namespace, config: Config) -> CommandResult:
    admin = _admin(config)
    try:
        info = admin.rename(args.name, args.new_name)
    finally:
        admin.store.close()
    return CommandResult(
        data={"ok": True, "user": info.as_dict(), "old_username": args.name},
        lines=[f"User {args.name} is now {info.username}; the next sync sends the new name to central."],
    )


def set_display_name(args: argparse.Namespace, config: Config) -> CommandResult:
    admin = _admin(config)
    try:
        info = admin.set_display_name(args.name, args.display_name)
    finally:
        admin.store.close()
    said = f"is shown as {info.display_name}" if info.display_name else "has no display name now"
    return CommandResult(
        data={"ok": True, "user": info.as_dict(), "display_name": info.display_name},
        lines=[f"User {info.username} {said}; the next sync sends it to the branch's other terminals."],
    )


def move_user(args: argparse.Namespace, config: Config) -> CommandResult:
    from teller_app.cli.branch_commands import _engine
    from teller_app.sync.central_users import move_user as move_centrally

    engine = _engine(args.url)
    try:
        moved = move_centrally(engine, args.name, args.to_branch, by=args.by)
    finally:
        engine.dispose()
    next_steps = [
        f'teller-admin user set-name {moved.username} "DISPLAY NAME"',
        f"teller-admin user enrol-totp {moved.username}",
    ]
    return CommandResult(
        data={"ok": True, **vars(moved), "next_at_new_branch": next_steps},
        lines=[
            f"User {moved.username} moved from branch {moved.from_branch} to {moved.to_branch}: the terminals "
            f"of {moved.to_branch} receive the user at their next sync, those of {moved.from_branch} drop it. "
            "The display name and second factor were cleared (sealed under the old branch's keys).",
            f"Next, at a terminal of {moved.to_branch} once it has synced: {next_steps[0]}, and for a "
            f"user who confirms with one-time codes, {next_steps[1]} (a new authenticator).",
        ],
    )


def reset_password(args: argparse.Namespace, config: Config) -> CommandResult:
    admin = _admin(config)
    given = _password_from_stdin() if args.password_stdin else None
    try:
        info, generated = admin.reset_password(args.name, given)
    finally:
        admin.store.close()
    lines = [f"Password of {info.username} reset; it must be changed at the next sign-in."]
    if generated:
        lines.append(f"Temporary password (shown only this once): {generated}")
    return CommandResult(data={"ok": True, "user": info.as_dict(), "password": generated}, lines=lines)


def certify_user(args: argparse.Namespace, config: Config) -> CommandResult:
    admin = _admin(config)
    until = args.until or admin.store.clock().date() + timedelta(days=CERTIFICATION_DAYS)
    try:
        info = admin.certify(args.name, until)
    finally:
        admin.store.close()
    return CommandResult(
        data={"ok": True, "user": info.as_dict()},
        lines=[f"{info.username} certified through {until.isoformat()}."],
    )


def enrol_totp(args: argparse.Namespace, config: Config) -> CommandResult:
    admin = _admin(config)
    try:
        enrolment = admin.enrol_second_factor(args.name)
    finally:
        admin.store.close()
    return CommandResult(
        data={
            "ok": True,
            "username": enrolment.username,
            "secret": enrolment.secret_base32,
            "uri": enrolment.uri,
        },
        lines=[
            f"One-time codes for {enrolment.username} (shown only this once):",
            f"  secret: {enrolment.secret_base32}",
            f"  URI:    {enrolment.uri}",
        ],
    )
