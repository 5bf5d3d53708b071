"""`teller-admin uniqueness-key new --out FILE | adopt FILE`: the bank-wide key of the one-account checks.

One basic account per depositor and one Ⅰ类 per person hold across every branch; the central database
compares a keyed index that is the same at every branch (teller_app.sync.bank_key says how it travels).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from teller_app.cli import CommandFailed, CommandResult
from teller_app.config import Config


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "uniqueness-key",
        help="the bank-wide key that lets every branch see one basic account per depositor, one type I per person",
    )
    verbs = parser.add_subparsers(dest="verb", required=True)
    new = verbs.add_parser(
        "new", help="make the bank's key once (operations department): a sealed file and a secret shown once"
    )
    new.add_argument("--out", type=Path, required=True, help="where to write the sealed key file")
    new.set_defaults(handler=new_command)
    adopt = verbs.add_parser(
        "adopt",
        help="give the bank's key to a terminal set up without it (the secret is read from stdin); its "
        "accounts are indexed and checked bank-wide at the next sync",
    )
    adopt.add_argument("file", type=Path, help="the sealed key file from `uniqueness-key new`")
    adopt.set_defaults(handler=adopt_command)


def new_command(args: argparse.Namespace, config: Config) -> CommandResult:
    from teller_app.files import write_atomically
    from teller_app.sync.bank_key import new_uniqueness_key_file

    if args.out.exists():
        raise CommandFailed(
            f"{args.out} exists already; nothing was written", 2, code="uniqueness_key.exists"
        )
    blob, secret = new_uniqueness_key_file()
    write_atomically(args.out, blob)
    return CommandResult(
        data={"ok": True, "file": str(args.out), "secret": secret},
        lines=[
            f"The bank-wide uniqueness key is sealed in {args.out}.",
            f"Its secret (shown once; keep it apart from the file): {secret}",
            "Give both to the first terminal of each branch: teller-admin init … --uniqueness-key FILE.",
        ],
    )


def read_uniqueness_key(path: Path, secret: str) -> bytes:
    """The key from its sealed file and secret; a clear one-line failure when either is wrong."""
    from teller_app.sync.bank_key import open_uniqueness_key_file

    try:
        blob = path.read_bytes()
    except OSError as exc:
        raise CommandFailed(
            f"the uniqueness key file {path} cannot be read: {exc.strerror}", 2, code="init.uniqueness_key"
        ) from None
    return open_uniqueness_key_file(blob, secret)


def adopt_command(args: argparse.Namespace, config: Config) -> CommandResult:
    from teller_app.storage.keystore import adopt_uniqueness_key
    from teller_app.storage.store import open_configured_store

    secret = sys.stdin.readline().strip()
    if not secret:
        raise CommandFailed("no uniqueness key secret on stdin", 2, code="usage")
    key = read_uniqueness_key(args.file, secret)
    store = open_configured_store(config)  # set up, keys unlock: before the key file is rewritten
    try:
        adopt_uniqueness_key(config.paths.data, key)
        with store.unit_of_work() as uow:
            uow.append_audit("keys.uniqueness_key_adopted")
    finally:
        store.close()
    return CommandResult(
        data={"ok": True},
        lines=["This terminal now checks basic and type I accounts bank-wide (from its next sync)."],
    )
