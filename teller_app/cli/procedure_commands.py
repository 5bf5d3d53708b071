"""`teller-admin procedure keygen|publish|trust|list|diff`: the procedure as signed, governed, versioned data."""

from __future__ import annotations

import argparse
from pathlib import Path

from teller_app.cli import CommandFailed, CommandResult
from teller_app.config import Config


def register(sub: argparse._SubParsersAction) -> None:
    procedure = sub.add_parser("procedure", help="process definitions: publish signed, list, compare")
    verbs = procedure.add_subparsers(dest="verb", required=True)
    keygen = verbs.add_parser("keygen", help="make the operations department's signing key pair")
    keygen.add_argument("--out", type=Path, required=True, help="private key file (the .pub file beside it)")
    keygen.set_defaults(handler=keygen_command)
    publish = verbs.add_parser("publish", help="sign a definition and publish it to every branch")
    publish.add_argument("file", type=Path, help="the definition (TOML)")
    publish.add_argument("--key", type=Path, required=True, help="the Ed25519 private key file")
    publish.add_argument("--central", default="", help="central database URL (default: this terminal's)")
    publish.add_argument("--by", default="operations", help="who publishes (recorded centrally)")
    publish.set_defaults(handler=publish_command)
    trust = verbs.add_parser("trust", help="provision the publisher's public key on this terminal")
    trust.add_argument("public_key", type=Path)
    trust.set_defaults(handler=trust_command)
    listing = verbs.add_parser(
        "list", help="every definition this terminal knows, and published ones refused"
    )
    listing.set_defaults(handler=list_command)
    diff = verbs.add_parser("diff", help="what changed between two versions (or definition files)")
    diff.add_argument("a", help="a version (2026.1) or a TOML file")
    diff.add_argument("b", help="a version (2026.2) or a TOML file")
    diff.set_defaults(handler=diff_command)


def keygen_command(args: argparse.Namespace, config: Config) -> CommandResult:
    from teller_app.files import write_atomically
    from teller_app.services.procedure_publishing import key_id, load_public_key, make_publisher_key

    if args.out.exists():
        raise CommandFailed(f"{args.out} exists already; keys are never overwritten", 2)
    private_pem, public_pem = make_publisher_key()
    public_path = args.out.with_name(args.out.name + ".pub")
    write_atomically(args.out, private_pem, mode=0o600)
    write_atomically(public_path, public_pem, mode=0o644)
    kid = key_id(load_public_key(public_pem))
    return CommandResult(
        data={"ok": True, "private_key": str(args.out), "public_key": str(public_path), "key_id": kid},
        lines=[
            f"Signing key {kid} written to {args.out} (keep it with the operations department only).",
            f"Public key for the terminals (init --procedure-key, procedure trust): {public_path}",
        ],
    )


def publish_command(args: argparse.Namespace, config: Config) -> CommandResult:
    from teller_app.services.procedure_publishing import publish_definition
    from teller_app.sync.central import central_url, connect_central

    text = _read(args.file)
    private_pem = args.key.read_bytes()
    engine = connect_central(central_url(args.central or config.central_url, config.paths))
    try:
        done = publish_definition(engine, text, private_pem, by=args.by)
    finally:
        engine.dispose()
    return CommandResult(
        data={"ok": True, **done},
        lines=[
            f"Procedure {done['procedure_version']} published, in force from {done['effective_from']}; "
            "terminals adopt it at their next sync."
        ],
    )


def trust_command(args: argparse.Namespace, config: Config) -> CommandResult:
    from teller_app.services.procedure_publishing import provision_publisher_key
    from teller_app.storage.store import open_configured_store

    store = open_configured_store(config)
    try:
        kid = provision_publisher_key(config.paths.data, args.public_key.read_bytes())
        with store.unit_of_work() as uow:
            uow.append_audit("procedure.key_provisioned", details={"key_id": kid})
    finally:
        store.close()
    return CommandResult(
        data={"ok": True, "key_id": kid}, lines=[f"Publisher key {kid} is now trusted by this terminal."]
    )


def list_command(args: argparse.Namespace, config: Config) -> CommandResult:
    from teller_app.services.procedure_info import is_published
    from teller_app.services.procedure_publishing import review_published
    from teller_app.services.procedures import all_definitions
    from teller_app.storage.store import open_configured_store

    store = open_configured_store(config)
    try:
        verdicts = review_published(store)
    finally:
        store.close()
    rows = [
        {
            "version": d.version,
            "effective_from": d.effective_from.isoformat(),
            "owner": d.owner,
            "interpretation_authority": d.governance.interpretation_authority_zh,
            "interpretation_authority_en": d.governance.interpretation_authority_en,
            "source": "published" if is_published(d) else "shipped",
            "change_notes": list(d.change_notes),
        }
        for d in all_definitions()
    ]
    refused = [v.as_dict() for v in verdicts if not v.adopted]
    lines = [f"{r['version']}  from {r['effective_from']}  {r['source']:9}  {r['owner']}" for r in rows]
    lines += [f"REFUSED {v['version']}: {sentence}" for v, sentence in _refusals(verdicts)]
    return CommandResult(data={"definitions": rows, "refused": refused}, lines=lines)


def _refusals(verdicts: list) -> list[tuple[dict, str]]:
    return [(v.as_dict(), v.sentence()) for v in verdicts if not v.adopted]


def diff_command(args: argparse.Namespace, config: Config) -> CommandResult:
    from teller_app.domain.procedure_diff import diff_definitions

    _adopt_published(config)
    a, b = _definition(args.a), _definition(args.b)
    changes = diff_definitions(a, b)
    lines = [f"{a.version} → {b.version}: {len(changes)} change(s)"]
    lines += [f"[{c.area}] {c.key}: {c.before!r} → {c.after!r}" for c in changes]
    notes, notes_zh = list(b.change_notes), list(b.governance.change_notes_zh)
    lines += [f"{b.version} in force from {b.effective_from.isoformat()}; its change notes:"]
    lines += [f"  - {note}" for note in notes + notes_zh]
    return CommandResult(
        data={
            "a": a.version,
            "b": b.version,
            "effective_from": b.effective_from.isoformat(),
            "change_notes": notes,
            "change_notes_zh": notes_zh,
            "changes": [c.as_dict() for c in changes],
        },
        lines=lines,
    )


def _adopt_published(config: Config) -> None:
    """On a provisioned terminal, the definitions published centrally are known too (verified first)."""
    from teller_app.services.procedure_publishing import review_published
    from teller_app.services.workspace import is_initialised
    from teller_app.storage.store import open_configured_store

    if not is_initialised(config):
        return
    store = open_configured_store(config)
    try:
        review_published(store)
    finally:
        store.close()


def _definition(name: str):
    from teller_app.services.procedures import definition_by_version, parse_definition_text

    path = Path(name)
    if path.suffix == ".toml" or path.exists():
        return parse_definition_text(_read(path), str(path))
    return definition_by_version(name)


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CommandFailed(f"{path}: cannot be read ({exc})", 2) from exc
