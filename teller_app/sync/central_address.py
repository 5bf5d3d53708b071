"""The central database's address: a URL checked before it is used, its password never printed or stored in clear.

Where a terminal's central password may live, as PostgreSQL users expect (first found wins):
1. sealed in the terminal's key folder (`keys/central-password.bin`, AES-GCM under the branch's data key,
   which the OS key store or the passphrase file key store protects): `init --central-password-stdin`, or
   a password written in the URL given to `init`, which is moved there and taken out of the URL;
2. libpq's own sources, used when the URL holds no password: `PGPASSWORD`, then the password file
   (`PGPASSFILE`, default `~/.pgpass`, `%APPDATA%\\postgresql\\pgpass.conf` on Windows).
A terminal sharing its login with others (sync/acting.py) has its terminal key sealed the same way
(`keys/central-terminal-key.bin`: `init --central-terminal-key-stdin`, or a `terminal_key` written in the URL
given to `init`, moved there); it is added to the URL as it connects, never kept in the settings file.
TLS: `init --central-ca FILE` copies the CA certificate into the data folder and adds
`sslmode=verify-full&sslrootcert=…` to the URL, so the server's certificate and host name are checked.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from teller_app.domain.errors import InputError

# The dialects and drivers a central database may use, and the one to write for each known mistake.
DRIVERS = {"postgresql": ("psycopg",), "sqlite": ("pysqlite",)}
# The known wrong schemes: each with its own code (and the driver named), so the UI says it in its language.
_WRONG_SCHEMES: dict[str, tuple[str, str, dict[str, str]]] = {
    "postgres": (
        "central.url_short_form",
        "The central URL is not accepted: postgres:// is libpq's short form, not a SQLAlchemy URL: write "
        "postgresql+psycopg://…",
        {},
    ),
    "postgresql+psycopg2": (
        "central.url_driver",
        "The central URL is not accepted: the driver {driver} is not installed with the Teller App; write "
        "postgresql+psycopg://…",
        {"driver": "psycopg2"},
    ),
    "postgresql+asyncpg": (
        "central.url_driver",
        "The central URL is not accepted: the driver {driver} is not installed with the Teller App; write "
        "postgresql+psycopg://…",
        {"driver": "asyncpg"},
    ),
    "pg": ("central.url_scheme", "The central URL is not accepted: write postgresql+psycopg://…", {}),
}
PASSWORD_FILE = "central-password.bin"
TERMINAL_KEY_FILE = "central-terminal-key.bin"
CA_FILE = "central-ca.pem"
_SEAL = ("central", "password")
_KEY_SEAL = ("central", "terminal_key")


class CentralAddressError(InputError):
    """The central URL cannot be used as given; the message says what to write instead."""

    code = "central.bad_url"


def check_address_to_keep(text: str) -> URL:
    """A central URL as the settings file keeps it: checked, and holding no password (the file is not secret)."""
    url = check_central_url(text)
    from teller_app.sync.acting import KEY_PARAM

    if KEY_PARAM in url.query:
        raise CentralAddressError(
            "central.url_terminal_key",
            "A terminal key does not belong in the central URL (the settings file is not secret): IT gives it "
            "with teller-admin init --central-terminal-key-stdin",
        )
    if url.password is not None:
        raise CentralAddressError(
            "central.url_password",
            "A password does not belong in the central URL (the settings file is not secret): IT gives it "
            "with teller-admin init --central-password-stdin, or in PGPASSWORD or ~/.pgpass",
        )
    return url


def check_central_url(text: str) -> URL:
    """The parsed URL of a central database, or CentralAddressError naming what is wrong with it."""
    raw = (text or "").strip()
    scheme = raw.split("://", 1)[0].lower() if "://" in raw else ""
    if scheme in _WRONG_SCHEMES:
        code, message, params = _WRONG_SCHEMES[scheme]
        raise CentralAddressError(code, message, **params)
    try:
        url = make_url(raw)
    except (ArgumentError, ValueError):
        raise CentralAddressError(
            "central.bad_url",
            "The central URL is not a database URL (expected postgresql+psycopg://user@host:5432/database)",
        ) from None
    backend, driver = url.get_backend_name(), url.get_driver_name()
    if backend not in DRIVERS:
        raise CentralAddressError(
            "central.url_dialect",
            "The central database must be PostgreSQL (postgresql+psycopg://…) or SQLite, not {dialect}",
            dialect=backend,
        )
    if backend == "postgresql":
        if url.drivername == "postgresql":
            raise CentralAddressError(
                "central.url_scheme",
                "The central URL is not accepted: name the driver, postgresql+psycopg://…",
            )
        if driver not in DRIVERS[backend]:
            raise CentralAddressError(
                "central.url_driver",
                "The central URL is not accepted: the driver {driver} is not installed with the Teller App; "
                "write postgresql+psycopg://…",
                driver=driver,
            )
        if not url.host and "host" not in url.query:
            raise CentralAddressError(
                "central.url_host",
                "The central URL names no server (postgresql+psycopg://user@HOST/database)",
            )
        if not url.database:
            raise CentralAddressError(
                "central.url_database",
                "The central URL names no database (postgresql+psycopg://user@host/DATABASE)",
            )
    elif not url.database:
        raise CentralAddressError("central.url_database", "The SQLite central URL names no file")
    return url


def masked(text: str) -> str:
    """The URL as it may be shown: the password (if any) as ***."""
    if not text:
        return text
    from teller_app.sync.acting import masked_query

    try:
        url = make_url(text)
        shown = url.set(query=masked_query(url.query)).render_as_string(hide_password=True)
        return shown.replace("=%2A%2A%2A", "=***")  # the masked key as the password is shown
    except (ArgumentError, ValueError):
        from teller_app.log import mask_secrets

        return mask_secrets(text)


def split_password(url: URL) -> tuple[URL, str | None]:
    """The URL without its password, and the password it held."""
    password = url.password
    # URL.set(password=None) would leave the password as it is: replace the field itself.
    return url._replace(password=None), (str(password) if password is not None else None)


def with_ca_file(url: URL, data_folder: Path, ca_file: Path) -> URL:
    """Copy the CA certificate into the data folder and ask libpq to verify the server against it."""
    if not ca_file.is_file():
        raise CentralAddressError(
            "central.ca_missing", "There is no CA certificate file at {path}", path=str(ca_file)
        )
    text = ca_file.read_bytes()
    if b"-----BEGIN CERTIFICATE-----" not in text:
        raise CentralAddressError(
            "central.ca_not_pem", "{path} is not a PEM certificate file", path=str(ca_file)
        )
    data_folder.mkdir(parents=True, exist_ok=True)
    target = data_folder / CA_FILE
    shutil.copyfile(ca_file, target)
    return url.update_query_dict({"sslmode": "verify-full", "sslrootcert": str(target)})


def seal_password(data_folder: Path, password: str, keys: object) -> Path:
    """Keep the central password sealed under the data key in the keys folder (owner-only file)."""
    return _seal(data_folder, PASSWORD_FILE, _SEAL, password, keys)


def seal_terminal_key(data_folder: Path, key: str, keys: object) -> Path:
    """Keep the terminal key (a login shared by many terminals, sync/acting.py) sealed like the password."""
    return _seal(data_folder, TERMINAL_KEY_FILE, _KEY_SEAL, key, keys)


def sealed_password(data_folder: Path) -> str | None:
    """The central password sealed at init, or None when there is none (libpq's sources then apply)."""
    return _sealed(data_folder, PASSWORD_FILE, _SEAL)


def sealed_terminal_key(data_folder: Path) -> str | None:
    """The terminal key sealed at init, or None when this terminal has a central login of its own."""
    return _sealed(data_folder, TERMINAL_KEY_FILE, _KEY_SEAL)


def _seal(data_folder: Path, name: str, seal: tuple[str, str], secret: str, keys: object) -> Path:
    from teller_app.files import write_atomically
    from teller_app.storage.keystore import DataKeys, keys_folder

    assert isinstance(keys, DataKeys)
    blob = keys.cipher().encrypt(*seal, "central", secret.encode("utf-8"))
    path = keys_folder(data_folder) / name
    write_atomically(path, blob)
    if os.name == "posix":
        os.chmod(path, 0o600)
    return path


def _sealed(data_folder: Path, name: str, seal: tuple[str, str]) -> str | None:
    from teller_app.storage.keystore import keys_folder, load_keys

    path = keys_folder(data_folder) / name
    if not path.exists():
        return None
    keys = load_keys(data_folder)
    return keys.cipher().decrypt(*seal, "central", path.read_bytes()).decode("utf-8")


def connectable_url(configured: str, data_folder: Path) -> str:
    """The URL to connect with: the configured one, with the sealed password added when it has none and the
    sealed terminal key when there is one."""
    from teller_app.sync.acting import with_key

    url = make_url(configured)
    if url.get_backend_name() == "postgresql":
        password = sealed_password(data_folder) if url.password is None else None
        if password is not None:
            url = url.set(password=password)
        terminal_key = sealed_terminal_key(data_folder)
        if terminal_key is not None:
            url = with_key(url, terminal_key)
    return url.render_as_string(hide_password=False)
