"""The central database over TLS with password logins, the ways PostgreSQL users expect: sslmode=verify-full
against the CA given at init, the password sealed in the key store, or from PGPASSWORD or a .pgpass file;
never printed. Against a PostgreSQL cluster this test starts itself (tests/sync/private_postgres.py)."""

from __future__ import annotations

import os
import uuid

import pytest
import sqlalchemy as sa
from cli_terminals import Admin
from private_postgres import available, start

pytestmark = pytest.mark.skipif(
    not available(), reason="no PostgreSQL 15 server binaries to start a TLS cluster"
)


@pytest.fixture(scope="module")
def tls_server():
    server = start(f"Super-{uuid.uuid4().hex}")
    try:
        yield server
    finally:
        server.stop()


def owner_url(server, database: str = "postgres", host: str = "localhost") -> str:
    return (
        f"postgresql+psycopg://postgres:{server.superuser_password}@{host}:{server.port}/{database}"
        f"?sslmode=verify-full&sslrootcert={server.ca_file}"
    )


@pytest.fixture
def central(tls_server, capsys, monkeypatch, tmp_path):
    """A migrated central database on the TLS server and a terminal login with a password."""
    name = f"teller_{uuid.uuid4().hex[:8]}"
    admin = sa.create_engine(owner_url(tls_server), isolation_level="AUTOCOMMIT")
    login, password = f"{name}_t01", f"Login-{uuid.uuid4().hex}"
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
        conn.exec_driver_sql(f"CREATE ROLE \"{login}\" LOGIN SUPERUSER PASSWORD '{password}'")
    admin.dispose()
    dba = Admin(capsys, monkeypatch, tmp_path / "dba")
    assert dba("central", "migrate", owner_url(tls_server, name))["changed"] is True
    return tls_server, name, login, password


def plain_url(server, database: str, login: str, host: str = "localhost") -> str:
    return f"postgresql+psycopg://{login}@{host}:{server.port}/{database}"


def test_a_terminal_syncs_over_verified_tls_with_its_password_sealed_and_never_shown(
    central, capsys, monkeypatch, tmp_path
):
    server, name, login, password = central
    pc = Admin(capsys, monkeypatch, tmp_path / "t01")
    setup = pc("init", "--branch", "B0101", "--terminal", "T01", "--central", plain_url(server, name, login),
               "--central-ca", str(server.ca_file), "--central-password-stdin", stdin=password + "\n")  # fmt: skip
    assert setup["synced"] is True, setup
    assert "sslmode=verify-full" in pc("config", "show")["central_url"]
    report = pc("sync", "--once")
    assert report["online"] is True and report["waiting"] == 0
    checks = {c["name"]: c for c in pc("doctor", expect=None)["checks"]}
    assert checks["central"]["ok"] is True and checks["clock_central"]["ok"] is True
    seen = "\n".join(Admin.outputs) + "".join(p.read_text(errors="replace") for p in pc.home.rglob("*.log*"))
    assert password not in seen and server.superuser_password not in seen
    assert not any(password.encode() in p.read_bytes() for p in pc.home.rglob("*") if p.is_file())


def test_verify_full_refuses_a_server_another_ca_signed_or_a_host_the_certificate_does_not_name(
    central, capsys, monkeypatch, tmp_path
):
    server, name, login, password = central
    for home, url, ca in (
        ("wrong-ca", plain_url(server, name, login), server.other_ca_file),
        ("wrong-host", plain_url(server, name, login, host="127.0.0.1"), server.ca_file),
    ):
        pc = Admin(capsys, monkeypatch, tmp_path / home)
        refused = pc("init", "--branch", "B0101", "--terminal", "T01", "--central", url, "--central-ca", str(ca),
                     "--central-password-stdin", stdin=password + "\n", expect=1)  # fmt: skip
        assert refused["code"] == "sync.central_unreachable", refused
        assert password not in refused["message"]
        assert not list(pc.home.rglob("keys.json"))


def test_a_wrong_password_is_refused_by_name_and_not_echoed(central, capsys, monkeypatch, tmp_path):
    server, name, login, _ = central
    pc = Admin(capsys, monkeypatch, tmp_path / "t01")
    wrong = f"Wrong-{uuid.uuid4().hex}"
    refused = pc("init", "--branch", "B0101", "--terminal", "T01", "--central", plain_url(server, name, login),
                 "--central-ca", str(server.ca_file), "--central-password-stdin", stdin=wrong + "\n",
                 expect=1)  # fmt: skip
    assert "password authentication failed" in refused["message"] and wrong not in refused["message"]


@pytest.mark.parametrize("source", ["PGPASSWORD", "PGPASSFILE"])
def test_the_password_may_come_from_libpq_sources_instead(central, capsys, monkeypatch, tmp_path, source):
    server, name, login, password = central
    if source == "PGPASSWORD":
        monkeypatch.setenv("PGPASSWORD", password)
    else:
        passfile = tmp_path / "pgpass"
        passfile.write_text(f"localhost:{server.port}:{name}:{login}:{password}\n", encoding="utf-8")
        os.chmod(passfile, 0o600)
        monkeypatch.setenv("PGPASSFILE", str(passfile))
    pc = Admin(capsys, monkeypatch, tmp_path / "t01")
    setup = pc("init", "--branch", "B0101", "--terminal", "T01", "--central", plain_url(server, name, login),
               "--central-ca", str(server.ca_file))  # fmt: skip
    assert setup["synced"] is True
    assert not (pc.home / "data" / "keys" / "central-password.bin").exists()
