"""A throwaway PostgreSQL cluster of the test's own, with TLS and password logins: made with the installed
server binaries (initdb, pg_ctl) as an unprivileged user when the tests run as root, on a free port, with a
self-signed CA and a server certificate made with `cryptography`. The machine's own server is not touched."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID


def _newest_server_bin() -> Path:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parent.parent.name))
    return found[-1].parent if found else Path("/usr/lib/postgresql/15/bin")


SERVER_BIN = _newest_server_bin()


@dataclass
class PrivateServer:
    folder: Path
    port: int
    superuser_password: str
    ca_file: Path
    other_ca_file: Path  # a CA that did not sign the server's certificate

    def stop(self) -> None:
        _as_owner([str(SERVER_BIN / "pg_ctl"), "-D", str(self.folder / "data"), "-m", "immediate", "stop"])
        shutil.rmtree(self.folder, ignore_errors=True)


def available() -> bool:
    return (SERVER_BIN / "initdb").exists() and (SERVER_BIN / "pg_ctl").exists()


def start(superuser_password: str) -> PrivateServer:
    folder = Path(tempfile.mkdtemp(prefix="teller-tls-pg-"))
    os.chmod(folder, 0o755)
    ca_key, ca_cert = _ca("Teller test CA")
    _, other_ca = _ca("Some other CA")
    key, cert = _server_cert(ca_key, ca_cert, "localhost")
    _write(folder / "ca.pem", ca_cert.public_bytes(serialization.Encoding.PEM))
    _write(folder / "other-ca.pem", other_ca.public_bytes(serialization.Encoding.PEM))
    _write(folder / "server.crt", cert.public_bytes(serialization.Encoding.PEM))
    _write(
        folder / "server.key",
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        ),
        mode=0o600,
    )
    _write(folder / "pw", superuser_password.encode() + b"\n", mode=0o600)
    _give_to_owner(folder)
    data = folder / "data"
    _as_owner(
        [str(SERVER_BIN / "initdb"), "-D", str(data), "-U", "postgres", "-A", "scram-sha-256",
         f"--pwfile={folder / 'pw'}", "-E", "UTF8", "--no-sync"]
    )  # fmt: skip
    port = _free_port()
    with open(data / "postgresql.conf", "a", encoding="utf-8") as conf:
        conf.write(
            f"port = {port}\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = '{folder}'\n"
            f"ssl = on\nssl_cert_file = '{folder / 'server.crt'}'\nssl_key_file = '{folder / 'server.key'}'\n"
            "fsync = off\nsynchronous_commit = off\nfull_page_writes = off\nmax_connections = 40\n"
        )
    (data / "pg_hba.conf").write_text(
        "local all all scram-sha-256\n"
        "hostssl all all 127.0.0.1/32 scram-sha-256\n"
        "host all all 127.0.0.1/32 reject\n",  # nothing without TLS
        encoding="utf-8",
    )
    _give_to_owner(folder)
    _as_owner([str(SERVER_BIN / "pg_ctl"), "-D", str(data), "-l", str(folder / "server.log"), "-w", "start"])
    return PrivateServer(folder, port, superuser_password, folder / "ca.pem", folder / "other-ca.pem")


def _owner() -> tuple[int, int] | None:
    """As root, the cluster belongs to `nobody` (initdb refuses root); otherwise to whoever runs the tests."""
    if os.geteuid() != 0:
        return None
    import pwd

    entry = pwd.getpwnam("nobody")
    return entry.pw_uid, entry.pw_gid


def _give_to_owner(folder: Path) -> None:
    owner = _owner()
    if owner is None:
        return
    for path in [folder, *folder.rglob("*")]:
        os.chown(path, *owner)


def _as_owner(argv: list[str]) -> None:
    owner = _owner()
    done = subprocess.run(
        argv,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        user=owner[0] if owner else None,
        group=owner[1] if owner else None,
        cwd="/tmp",
    )
    if done.returncode != 0:
        raise RuntimeError(f"{Path(argv[0]).name} failed: {done.stderr.strip() or done.stdout.strip()}")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _write(path: Path, data: bytes, mode: int = 0o644) -> None:
    path.write_bytes(data)
    os.chmod(path, mode)


def _ca(name: str) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(hours=1))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True
        )
        .sign(key, hashes.SHA256())
    )
    return key, cert


def _server_cert(
    ca_key: ec.EllipticCurvePrivateKey, ca_cert: x509.Certificate, host: str
) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, host)]))
        .issuer_name(ca_cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(hours=1))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName(host)]), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    return key, cert
