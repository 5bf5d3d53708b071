"""`teller-admin`: the command line for IT staff; each command group lives in its own module here."""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from teller_app.config import Config
from teller_app.domain.errors import TellerError
from teller_app.log import get_logger

# Each module has `register(subparsers)`; its handlers take (args, config) and return a CommandResult.
COMMAND_MODULES: tuple[str, ...] = (
    "teller_app.cli.config_commands",
    "teller_app.cli.setup_commands",
    "teller_app.cli.central_commands",
    "teller_app.cli.storage_commands",
    "teller_app.cli.user_commands",
    "teller_app.cli.sync_commands",
    "teller_app.cli.case_commands",
    "teller_app.cli.filing_commands",
    "teller_app.cli.procedure_commands",
    "teller_app.cli.report_commands",
    "teller_app.cli.uniqueness_key_commands",
    "teller_app.cli.branch_commands",
)


@dataclass
class CommandResult:
    """What a command reports: `data` for --json, `lines` for people, `exit_code` 0 on success."""

    data: dict[str, Any] = field(default_factory=dict)
    lines: list[str] = field(default_factory=list)
    exit_code: int = 0


class CommandFailed(Exception):
    """A command that could not do its job: a one-line reason, a stable code and an exit status."""

    def __init__(
        self, reason: str, exit_code: int = 1, data: dict[str, Any] | None = None, code: str = ""
    ) -> None:
        super().__init__(reason)
        self.reason = reason
        self.exit_code = exit_code
        self.data = data or {}
        self.code = code or self.data.get("code") or ("usage" if exit_code == 2 else "command_failed")


class UsageError(Exception):
    """The command line itself is wrong (unknown command, missing or bad argument)."""


class _Parser(argparse.ArgumentParser):
    """argparse that reports a usage error to `main` instead of printing and exiting, so `--json` gets a
    JSON answer for it too (help still prints and exits 0)."""

    def error(self, message: str) -> Any:
        raise UsageError(f"{self.prog}: {message}")


Handler = Callable[[argparse.Namespace, Config], CommandResult]


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="teller-admin", description="Teller App administration")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    # --json is accepted before or after the command.
    raw = list(sys.argv[1:] if argv is None else argv)
    as_json = "--json" in raw
    try:
        args = parser.parse_args([a for a in raw if a != "--json"])
    except UsageError as usage:
        _emit_failure(str(usage), 2, {"code": "usage"}, as_json)
        return 2
    handler: Handler = args.handler
    args.json_output = as_json  # a handler that prints early (init's recovery key) does so only for people
    try:
        config = Config.load()
        result = handler(args, config)
    except CommandFailed as failed:
        _emit_failure(failed.reason, failed.exit_code, {**failed.data, "code": failed.code}, as_json)
        return failed.exit_code
    except TellerError as error:
        _emit_failure(error.render(), 1, {"code": error.code, "kind": error.kind}, as_json)
        return 1
    except Exception as error:
        # Not a typed error: still one line for IT staff, the detail in the log (masked, no SQL parameters).
        get_logger("cli").exception("teller-admin %s failed", args.command)
        _emit_failure(one_line(error), 2, {"code": "unexpected"}, as_json)
        return 2
    if as_json:
        data = {"ok": result.exit_code == 0, **result.data}
        print(json.dumps(data, ensure_ascii=False, indent=2, default=str))
    else:
        for line in result.lines or [f"{k}: {v}" for k, v in result.data.items()]:
            print(line)
    return result.exit_code


def one_line(error: BaseException) -> str:
    """`Type: first line` of an error, credentials masked; for a database error the driver's own first line
    (SQLAlchemy's text would add the statement and, unless hidden, its parameters)."""
    from teller_app.log import mask_secrets

    inner = getattr(error, "orig", None) or error
    first_line = (str(inner).strip().splitlines() or [""])[0][:200]
    return mask_secrets(f"{type(inner).__name__}: {first_line}")


def _emit_failure(reason: str, exit_code: int, data: dict[str, Any], as_json: bool) -> None:
    from teller_app.log import mask_secrets

    reason = mask_secrets(reason)
    code = data.get("code", "command_failed")
    if as_json:
        print(
            json.dumps(
                {"ok": False, "code": code, "message": reason, "error": reason, **data},
                ensure_ascii=False,
                default=str,
            )
        )
    print(f"teller-admin: {reason} [{code}]", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
