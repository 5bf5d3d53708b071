"""Signed procedure publishing: the operations department signs a definition (Ed25519), the central database
carries it, terminals verify it against the publisher key provisioned at `init` and adopt it from its
effective date. An unsigned, altered or wrongly signed definition is refused, with an audit event.

make_publisher_key() -> (private PEM, public PEM)       `teller-admin procedure keygen`
publish_definition(central, toml_text, private_pem, by)  `teller-admin procedure publish FILE --key KEYFILE`
provision_publisher_key(data_folder, public_pem)         at `init --procedure-key`, or `procedure trust`
review_published(store) -> list[Verdict]                 verify what sync brought; audit new verdicts; adopt
"""

from __future__ import annotations

import base64
import hashlib
import json
import uuid
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from teller_app.domain.errors import ConfigError, InputError, TellerError
from teller_app.domain.procedure import ProcessDefinition
from teller_app.files import write_atomically
from teller_app.services.procedure_info import CENTRAL_SOURCE
from teller_app.services.procedures import (
    install_published,
    parse_definition_text,
    shipped_definitions,
)
from teller_app.storage.keystore import keys_folder
from teller_app.storage.schema import ProcessDefinition as DefinitionRow
from teller_app.storage.schema import StoreMeta
from teller_app.storage.store import Store

FORMAT = "teller-procedure/1"
PUBLISHER_KEY_FILE = "procedure_publisher.pub"
_NAMESPACE = uuid.UUID("6a3b7c2e-8f14-4d0b-9e55-1f0c2d3e4a51")
_VERDICT_PREFIX = "procedure.verdict."

# Why a published definition is refused (the audit event's `reason`; the UI and CLI word them).
REFUSALS = {
    "unsigned": "carries no signature",
    "altered": "its signature does not match its content (altered after signing)",
    "wrong_key": "is signed with a key this terminal does not trust",
    "no_key": "cannot be checked: no publisher key is provisioned on this terminal",
    "invalid": "is not a valid process definition",
    "version_clash": "reuses the version number of a different definition",
}


@dataclass(frozen=True)
class Verdict:
    """What the terminal decided about one published definition."""

    version: str
    adopted: bool
    reason: str = ""  # one of REFUSALS when refused
    effective_from: str = ""
    key_id: str = ""
    problem: str = ""  # the parse error, for `invalid`

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    def sentence(self) -> str:
        if self.adopted:
            return f"Procedure {self.version} adopted: in force from {self.effective_from}."
        return f"Procedure {self.version} refused: it {REFUSALS.get(self.reason, self.reason)}."


def _message(toml_text: str) -> bytes:
    return FORMAT.encode() + b"\n" + toml_text.encode("utf-8")


def key_id(public_key: Ed25519PublicKey) -> str:
    raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:16]


def make_publisher_key() -> tuple[bytes, bytes]:
    """A new Ed25519 key pair for the operations department: (private PEM, public PEM)."""
    private = Ed25519PrivateKey.generate()
    private_pem = private.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    public_pem = private.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return private_pem, public_pem


def load_private_key(pem: bytes) -> Ed25519PrivateKey:
    try:
        key = serialization.load_pem_private_key(pem, password=None)
    except (ValueError, TypeError) as exc:
        raise InputError(
            "procedure.key_unreadable", "The signing key file is not an Ed25519 private key"
        ) from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise InputError("procedure.key_unreadable", "The signing key file is not an Ed25519 private key")
    return key


def load_public_key(pem: bytes) -> Ed25519PublicKey:
    try:
        key = serialization.load_pem_public_key(pem)
    except (ValueError, TypeError) as exc:
        raise InputError(
            "procedure.key_unreadable", "The publisher key file is not an Ed25519 public key"
        ) from exc
    if not isinstance(key, Ed25519PublicKey):
        raise InputError("procedure.key_unreadable", "The publisher key file is not an Ed25519 public key")
    return key


def signed_content(toml_text: str, private_key: Ed25519PrivateKey) -> str:
    """The `content` column of a published definition: the TOML text, its signature and the key's id."""
    signature = private_key.sign(_message(toml_text))
    return json.dumps(
        {
            "format": FORMAT,
            "toml": toml_text,
            "signature": base64.b64encode(signature).decode(),
            "key_id": key_id(private_key.public_key()),
        },
        ensure_ascii=False,
    )


def definition_row(toml_text: str, private_key: Ed25519PrivateKey) -> dict[str, Any]:
    """The central row (wire form) for a definition: one row per version, signed."""
    definition = parse_definition_text(toml_text, "publish")
    return {
        "id": str(uuid.uuid5(_NAMESPACE, definition.version)),
        "branch": "*",
        "version": 0,
        "updated_at": None,
        "procedure_version": definition.version,
        "effective_from": definition.effective_from.isoformat(),
        "content": signed_content(toml_text, private_key),
        "content_hash": hashlib.sha256(toml_text.encode("utf-8")).hexdigest(),
    }


def publish_definition(central: sa.Engine, toml_text: str, private_pem: bytes, by: str) -> dict[str, Any]:
    """Validate, sign and store the definition centrally; every branch pulls it at its next sync."""
    from teller_app.sync.central import require_central_schema
    from teller_app.sync.central_writes import publish_row

    require_central_schema(central)
    row = definition_row(toml_text, load_private_key(private_pem))
    table = sa.table("process_definitions", sa.column("procedure_version"), sa.column("content_hash"))
    with central.connect() as conn:
        known = conn.execute(
            sa.select(table.c.content_hash).where(table.c.procedure_version == row["procedure_version"])
        ).scalar()
    if known is not None and known != row["content_hash"]:
        raise InputError(
            "procedure.version_taken",
            "Version {version} is already published with other content; give the revision a new version",
            version=row["procedure_version"],
        )
    version = publish_row(central, "process_definitions", row, by=by)
    return {
        "procedure_version": row["procedure_version"],
        "effective_from": row["effective_from"],
        "row_version": version,
        "content_hash": row["content_hash"],
    }


def publisher_key_path(data_folder: Path) -> Path:
    return keys_folder(data_folder) / PUBLISHER_KEY_FILE


def provision_publisher_key(data_folder: Path, public_pem: bytes) -> str:
    """Keep the operations department's public key beside the terminal's keys (0600); returns its id."""
    key = load_public_key(public_pem)
    write_atomically(publisher_key_path(data_folder), public_pem, mode=0o600)
    return key_id(key)


def provisioned_key(data_folder: Path) -> Ed25519PublicKey | None:
    path = publisher_key_path(data_folder)
    if not path.exists():
        return None
    return load_public_key(path.read_bytes())


def verify_row(
    procedure_version: str,
    effective_from: str,
    content: str,
    content_hash: str,
    public_key: Ed25519PublicKey | None,
    shipped: dict[str, ProcessDefinition],
) -> tuple[Verdict, ProcessDefinition | None]:
    """Check one published row; the definition when adopted."""

    def refuse(reason: str, problem: str = "", kid: str = "") -> tuple[Verdict, None]:
        return Verdict(procedure_version, False, reason, effective_from, kid, problem), None

    try:
        envelope = json.loads(content)
    except ValueError:
        return refuse("unsigned")
    if not isinstance(envelope, dict) or envelope.get("format") != FORMAT or not envelope.get("signature"):
        return refuse("unsigned")
    toml_text, kid = envelope.get("toml"), str(envelope.get("key_id", ""))
    if not isinstance(toml_text, str):
        return refuse("unsigned")
    if public_key is None:
        return refuse("no_key", kid=kid)
    if kid != key_id(public_key):
        return refuse("wrong_key", kid=kid)
    try:
        public_key.verify(base64.b64decode(str(envelope["signature"]), validate=True), _message(toml_text))
    except (InvalidSignature, ValueError):
        return refuse("altered", kid=kid)
    if hashlib.sha256(toml_text.encode("utf-8")).hexdigest() != content_hash:
        return refuse("altered", kid=kid)
    try:
        definition = parse_definition_text(
            toml_text, f"{CENTRAL_SOURCE}process_definitions/{procedure_version}"
        )
    except ConfigError as error:
        return refuse("invalid", error.render(), kid)
    if definition.version != procedure_version or definition.effective_from.isoformat() != effective_from:
        return refuse("altered", kid=kid)  # the row's plain columns were changed after signing
    same = shipped.get(definition.version)
    if same is not None and same.content_hash != definition.content_hash:
        return refuse("version_clash", kid=kid)
    verdict = Verdict(procedure_version, True, "", effective_from, kid)
    return verdict, definition


def _rows(store: Store) -> list[tuple[str, str, str, str]]:
    with store.reading() as session:
        return [
            (r.procedure_version, r.effective_from.isoformat(), r.content, r.content_hash)
            for r in session.scalars(sa.select(DefinitionRow).order_by(DefinitionRow.effective_from))
        ]


def _data_folder(store: Store) -> Path:
    return Path(store.path).parent


def check_published(store: Store) -> list[tuple[Verdict, ProcessDefinition | None]]:
    """Verify every published definition in the local store (read only)."""
    try:
        public_key = provisioned_key(_data_folder(store))
    except TellerError:
        public_key = None
    shipped = {d.version: d for d in shipped_definitions()}
    return [verify_row(*row, public_key, shipped) for row in _rows(store)]


def review_published(store: Store) -> list[Verdict]:
    """Verify what sync brought, audit each new verdict once (procedure.adopted / procedure.refused),
    and use the adopted definitions from their effective dates."""
    checked = check_published(store)
    with store.reading() as session:
        known = {
            m.key: m.value
            for m in session.scalars(sa.select(StoreMeta).where(StoreMeta.key.like(_VERDICT_PREFIX + "%")))
        }
    new = []
    for verdict, _ in checked:
        key = _VERDICT_PREFIX + verdict.version
        value = f"{'adopted' if verdict.adopted else verdict.reason}:{verdict.key_id}"
        if known.get(key) != value:
            new.append((key, value, verdict))
    if new:
        with store.unit_of_work() as uow:
            for key, value, verdict in new:
                uow.append_audit(
                    "procedure.adopted" if verdict.adopted else "procedure.refused",
                    result="ok" if verdict.adopted else "refused",
                    details={
                        "version": verdict.version,
                        "effective_from": verdict.effective_from,
                        "reason": verdict.reason,
                        "key_id": verdict.key_id,
                    },
                )
                meta = uow.session.get(StoreMeta, key)
                if meta is None:
                    uow.session.add(StoreMeta(key=key, value=value))
                else:
                    meta.value = value
    install(checked)
    return [verdict for verdict, _ in checked]


def install(checked: list[tuple[Verdict, ProcessDefinition | None]]) -> None:
    adopted = [definition for _, definition in checked if definition is not None]
    install_published(adopted)
