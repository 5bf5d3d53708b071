"""Where the key-encryption key (KEK) lives: the OS key store through `keyring`, or a passphrase file.

The file key store is used only when configured (`keystore = "file"`) or, with `keystore = "auto"`, when
no usable OS key store exists — and then `choose_kek_store` returns a statement that init and doctor show.
The passphrase comes from TELLER_KEYSTORE_PASSPHRASE or a prompt; scrypt derives the wrapping key.
"""

from __future__ import annotations

import base64
import getpass
import hashlib
import hmac
import json
import os
import sys
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import keyring
import keyring.errors
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from teller_app.console import console_prompts_allowed
from teller_app.domain.canonical import canonical_bytes
from teller_app.files import write_atomically
from teller_app.storage.errors import KeyStoreProblem

KEYRING_SERVICE = "TellerApp"
PASSPHRASE_VARIABLE = "TELLER_KEYSTORE_PASSPHRASE"


# OWASP's minimum for scrypt (N=2^17, r=8, p=1: 128 MiB, about 0.3 s): the file guards the KEK of a PC that
# may be stolen, so the passphrase must stand an offline guessing attack. A key file records its own
# parameters; reading accepts only sane ones, so a damaged file can neither crash nor stall the app.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**17, 8, 1
_SCRYPT_LIMITS = {"n": (2**14, 2**20), "r": (1, 32), "p": (1, 16)}
MIN_PASSPHRASE = 12
KEK_BYTES = 32


class KekStore(Protocol):
    kind: str

    def describe(self) -> str: ...
    def put(self, kek_id: str, kek: bytes) -> None: ...
    def get(self, kek_id: str) -> bytes: ...
    def delete(self, kek_id: str) -> None: ...


def os_key_store_usable() -> tuple[bool, str]:
    """Whether keyring has a real backend here, and its name (the fail backend is not usable)."""
    backend = keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    try:
        priority = float(backend.priority)
    except Exception:
        priority = 0.0
    usable = priority > 0 and not type(backend).__module__.startswith("keyring.backends.fail")
    return usable, name


class OsKekStore:
    """The KEK in the operating system's key store (Windows Credential Manager, macOS Keychain, Secret Service)."""

    kind = "os"

    def __init__(self, store_id: str) -> None:
        self.store_id = store_id

    def describe(self) -> str:
        return f"OS key store ({os_key_store_usable()[1]})"

    def _user(self, kek_id: str) -> str:
        return f"kek/{self.store_id}/{kek_id}"

    def put(self, kek_id: str, kek: bytes) -> None:
        try:
            keyring.set_password(KEYRING_SERVICE, self._user(kek_id), base64.b64encode(kek).decode("ascii"))
        except keyring.errors.KeyringError as exc:
            raise KeyStoreProblem(
                "keystore.os_write", "The OS key store refused the key: {problem}", problem=str(exc)
            ) from exc

    def get(self, kek_id: str) -> bytes:
        try:
            text = keyring.get_password(KEYRING_SERVICE, self._user(kek_id))
        except keyring.errors.KeyringError as exc:
            raise KeyStoreProblem(
                "keystore.os_locked", "The OS key store could not be read: {problem}", problem=str(exc)
            ) from exc
        if text is None:
            raise KeyStoreProblem(
                "keystore.kek_missing",
                "The key-encryption key is not in the OS key store; use `teller-admin keys recover`",
            )
        try:
            kek = _unb64(text)
        except ValueError:
            kek = b""
        if len(kek) != KEK_BYTES:
            raise KeyStoreProblem(
                "keystore.damaged",
                "The key-encryption key in the OS key store is damaged; use `teller-admin keys recover`",
            )
        return kek

    def delete(self, kek_id: str) -> None:
        try:
            keyring.delete_password(KEYRING_SERVICE, self._user(kek_id))
        except keyring.errors.KeyringError:
            pass


@dataclass
class FileKekStore:
    """The KEK wrapped with AES-GCM under scrypt(passphrase), one file per KEK in the keys folder.

    `passphrase` unlocks an existing KEK; `new_passphrase` (when given) is asked when a KEK is made, so a
    prompt can ask twice for a passphrase being chosen.
    """

    folder: Path
    passphrase: Callable[[], str]
    kind: str = "file"
    new_passphrase: Callable[[], str] | None = None

    def describe(self) -> str:
        return f"passphrase-protected file key store ({self.folder})"

    def _path(self, kek_id: str) -> Path:
        return self.folder / f"kek-{kek_id}.json"

    def put(self, kek_id: str, kek: bytes) -> None:
        salt = os.urandom(16)
        nonce = os.urandom(12)
        passphrase = self._passphrase(new=True)
        wrapping = _scrypt(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
        private_folder(self.folder)
        sealed = AESGCM(wrapping).encrypt(nonce, kek, _kek_aad(kek_id))
        record = {
            "format": 1,
            "kek_id": kek_id,
            "kdf": {"name": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P},
            "salt": _b64(salt),
            "nonce": _b64(nonce),
            "wrapped_kek": _b64(sealed),
        }
        write_atomically(self._path(kek_id), json.dumps(record, indent=1).encode("utf-8"))
        # The passphrase made this file: the process's next get of it needs no second scrypt.
        _UNLOCKED.keep(passphrase, salt, (SCRYPT_N, SCRYPT_R, SCRYPT_P), wrapping)

    def get(self, kek_id: str) -> bytes:
        path = self._path(kek_id)
        try:
            record = json.loads(path.read_text(encoding="utf-8"))
            kdf = record["kdf"]
            salt, nonce = _unb64(record["salt"]), _unb64(record["nonce"])
            sealed = _unb64(record["wrapped_kek"])
            params = _scrypt_params(kdf)
            if len(salt) < 16 or len(nonce) != 12:
                raise ValueError("salt or nonce of the wrong size")
        except FileNotFoundError:
            raise KeyStoreProblem(
                "keystore.kek_missing",
                "The key file {path} is missing; use `teller-admin keys recover`",
                path=str(path),
            ) from None
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            raise KeyStoreProblem(
                "keystore.damaged",
                "The key file {path} is damaged ({problem})",
                path=str(path),
                problem=str(exc),
            ) from None
        passphrase = self._passphrase(new=False)
        remembered = _UNLOCKED.get(passphrase, salt, params)
        wrapping = remembered or _scrypt(passphrase, salt, *params)
        try:
            kek = AESGCM(wrapping).decrypt(nonce, sealed, _kek_aad(kek_id))
        except InvalidTag:
            raise KeyStoreProblem(
                "keystore.wrong_passphrase",
                "The key store passphrase is wrong (or {path} was changed)",
                path=str(path),
            ) from None
        _UNLOCKED.keep(passphrase, salt, params, wrapping)
        return kek

    def delete(self, kek_id: str) -> None:
        self._path(kek_id).unlink(missing_ok=True)

    def _passphrase(self, new: bool) -> str:
        text = (self.new_passphrase or self.passphrase)() if new else self.passphrase()
        if new and len(text) < MIN_PASSPHRASE:
            raise KeyStoreProblem(
                "keystore.weak_passphrase",
                "The key store passphrase must have at least {minimum} characters",
                minimum=MIN_PASSPHRASE,
            )
        return text


def passphrase_source(
    environ: Mapping[str, str] | None = None, *, confirm: bool = False
) -> Callable[[], str]:
    """TELLER_KEYSTORE_PASSPHRASE, else a prompt on a terminal; never a default.

    With `confirm` (a passphrase being chosen) the prompt asks twice, so a typing slip cannot lock the keys
    away behind a passphrase nobody knows.
    """
    env = os.environ if environ is None else environ

    def read() -> str:
        value = env.get(PASSPHRASE_VARIABLE)
        if value:
            return value
        if console_prompts_allowed() and sys.stdin is not None and sys.stdin.isatty():
            if not confirm:
                return getpass.getpass("Key store passphrase: ")
            first = getpass.getpass("New key store passphrase: ")
            if getpass.getpass("The same passphrase again: ") != first:
                raise KeyStoreProblem(
                    "keystore.passphrase_mismatch", "The two passphrases differ; nothing was changed"
                )
            return first
        raise KeyStoreProblem(
            "keystore.passphrase_missing",
            "The file key store needs a passphrase: set {variable} or run on a terminal",
            variable=PASSPHRASE_VARIABLE,
        )

    return read


def choose_kek_store(
    setting: str, keys_folder: Path, store_id: str, environ: Mapping[str, str] | None = None
) -> tuple[KekStore, str]:
    """The KEK store for the `keystore` setting and a sentence saying which one is used and why."""
    usable, backend = os_key_store_usable()
    setting = (setting or "auto").strip().lower()
    if setting not in ("auto", "os", "file"):
        raise KeyStoreProblem(
            "keystore.setting", "The keystore setting must be auto, os or file, not {value!r}", value=setting
        )
    if setting in ("auto", "os") and usable:
        store: KekStore = OsKekStore(store_id)
        return store, f"Keys are protected by the OS key store ({backend})."
    if setting == "os":
        raise KeyStoreProblem(
            "keystore.os_unavailable",
            "No usable OS key store on this machine (keyring backend {backend}); set keystore = 'file'",
            backend=backend,
        )
    file_store = file_kek_store(keys_folder, environ)
    if setting == "file":
        return file_store, f"Keys are protected by the passphrase-protected file key store in {keys_folder}."
    return file_store, (
        f"No usable OS key store on this machine (keyring backend {backend}): keys are protected by the "
        f"passphrase-protected file key store in {keys_folder} instead."
    )


def kek_store_of_kind(
    kind: str, keys_folder: Path, store_id: str, environ: Mapping[str, str] | None = None
) -> KekStore:
    if kind == "os":
        return OsKekStore(store_id)
    if kind == "file":
        return file_kek_store(keys_folder, environ)
    raise KeyStoreProblem("keystore.damaged", "Unknown key store kind {kind!r} in the key file", kind=kind)


def file_kek_store(keys_folder: Path, environ: Mapping[str, str] | None = None) -> FileKekStore:
    """The passphrase file store of a keys folder, with its passphrase source (asked twice when new)."""
    return FileKekStore(
        keys_folder, passphrase_source(environ), new_passphrase=passphrase_source(environ, confirm=True)
    )


def private_folder(folder: Path) -> None:
    """Make `folder` (and its parents) and keep it to its owner: key files' names are nobody else's business."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        os.chmod(folder, 0o700)


def _scrypt(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def _scrypt_params(kdf: Mapping[str, object]) -> tuple[int, int, int]:
    """(n, r, p) of a key file's KDF record, refused (ValueError) when not scrypt or out of sane bounds."""
    if kdf.get("name") != "scrypt":
        raise ValueError(f"unknown key derivation {kdf.get('name')!r}")
    values = []
    for name in ("n", "r", "p"):
        value = kdf.get(name)
        low, high = _SCRYPT_LIMITS[name]
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            raise ValueError(f"scrypt {name} = {value!r} is outside {low}..{high}")
        values.append(value)
    if values[0] & (values[0] - 1):
        raise ValueError(f"scrypt n = {values[0]} is not a power of 2")
    return values[0], values[1], values[2]


class _UnlockedWrappingKeys:
    """The wrapping keys of KEK files this process opened, so the slow scrypt runs once per file and run.

    Only a passphrase that made or opened a file is remembered, and not as itself: under an HMAC with a key
    that lives and dies with this process, so the cache never holds a passphrase (nor a wrong one) in the
    clear.
    """

    def __init__(self, size: int = 8) -> None:
        self._pepper = os.urandom(32)
        self._keys: dict[tuple[bytes, bytes, tuple[int, int, int]], bytes] = {}
        self._size = size
        self._lock = threading.Lock()

    def _slot(
        self, passphrase: str, salt: bytes, params: tuple[int, int, int]
    ) -> tuple[bytes, bytes, tuple[int, int, int]]:
        tag = hmac.new(self._pepper, passphrase.encode("utf-8"), hashlib.sha256).digest()
        return tag, salt, params

    def get(self, passphrase: str, salt: bytes, params: tuple[int, int, int]) -> bytes | None:
        with self._lock:
            return self._keys.get(self._slot(passphrase, salt, params))

    def keep(self, passphrase: str, salt: bytes, params: tuple[int, int, int], key: bytes) -> None:
        with self._lock:
            while len(self._keys) >= self._size:
                self._keys.pop(next(iter(self._keys)))
            self._keys[self._slot(passphrase, salt, params)] = key


_UNLOCKED = _UnlockedWrappingKeys()


def _kek_aad(kek_id: str) -> bytes:
    return canonical_bytes(["teller-kek", kek_id])


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)
