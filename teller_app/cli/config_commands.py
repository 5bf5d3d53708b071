"""`teller-admin config show|set`: the effective settings and where each comes from."""

from __future__ import annotations

import argparse

from teller_app.cli import CommandResult
from teller_app.config import SETTINGS, Config, write_config_file
from teller_app.sync.central_address import check_address_to_keep, masked


def register(sub: argparse._SubParsersAction) -> None:
    config = sub.add_parser("config", help="show or change settings")
    verbs = config.add_subparsers(dest="verb", required=True)
    show = verbs.add_parser("show", help="effective settings with their descriptions")
    show.set_defaults(handler=show_settings)
    change = verbs.add_parser("set", help="write one setting to the config file")
    change.add_argument("name")
    change.add_argument("value")
    change.set_defaults(handler=set_setting)


def show_settings(args: argparse.Namespace, config: Config) -> CommandResult:
    values = config.as_dict()
    values["central_url"] = masked(str(values.get("central_url", "")))  # never a password on screen
    lines = [f"{s.name} = {values[s.name]!r}    # {s.description}" for s in SETTINGS]
    return CommandResult(data={"config_file": str(config.paths.config_file), **values}, lines=lines)


def set_setting(args: argparse.Namespace, config: Config) -> CommandResult:
    """Write one setting after checking it against the setting's type and range (ConfigError otherwise)."""
    value = args.value
    if args.name == "central_url" and value.strip():
        check_address_to_keep(value)
    write_config_file(config.paths.config_file, {args.name: value})
    setting = next(s for s in SETTINGS if s.name == args.name)  # known: write_config_file checked it
    shown = masked(value) if args.name == "central_url" else setting.parse(value, "change")
    return CommandResult(data={"ok": True, args.name: shown}, lines=[f"{args.name} set to {shown!r}"])
