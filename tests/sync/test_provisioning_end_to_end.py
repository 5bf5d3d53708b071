"""The whole provisioning path, as the documents tell IT staff to walk it, against the real PostgreSQL.

Two branches, three terminals: the central database provisioned from nothing by running the shell blocks
of packaging/README-central.md as written; each terminal enrolled with its own login; cases worked on each
(one terminal offline for a while); sync; one terminal's PC replaced from its backup and recovery key.
Then: central holds exactly the union of the terminals' cases, nothing twice, every audit chain verifies,
and no password appears in any output or log.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
import sqlalchemy as sa
from cli_terminals import Admin, credit_code
from sqlalchemy.engine import make_url

REPO = Path(__file__).resolve().parents[2]
README = REPO / "packaging" / "README-central.md"


def documented_blocks() -> list[str]:
    """The ```sh blocks of README-central.md, in order: settings, superuser, owner migrates, terminal login."""
    return re.findall(r"```sh\n(.*?)```", README.read_text(encoding="utf-8"), re.S)


def run_block(block: str, env: dict[str, str]) -> str:
    settings = documented_blocks()[0]
    done = subprocess.run(
        ["bash", "-euo", "pipefail", "-c", settings + block],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout + done.stderr


@pytest.fixture
def bare_server(pg_server_url):
    """Names for a database and roles that do not exist yet on the server, dropped afterwards."""
    server = make_url(pg_server_url)
    tag = uuid.uuid4().hex[:8]
    names = {
        "DB_HOST": server.host or "127.0.0.1",
        "DB_PORT": str(server.port or 5432),
        "DB_NAME": f"teller_e2e_{tag}",
        "OWNER": f"teller_owner_{tag}",
        "OWNER_PASSWORD": f"Owner-{uuid.uuid4().hex}",
    }
    logins = [f"teller_{tag}_{code.lower()}" for code in ("T01", "T02", "T03")]
    yield names, logins
    admin = sa.create_engine(server.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{names["DB_NAME"]}" WITH (FORCE)')
        for role in [*logins, names["OWNER"]]:
            conn.exec_driver_sql(f'DROP ROLE IF EXISTS "{role}"')
    admin.dispose()


def test_two_branches_three_terminals_provisioned_as_documented_synced_and_one_pc_replaced(
    bare_server, capsys, monkeypatch, tmp_path
):
    names, logins = bare_server
    env = {**os.environ, **names, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    env.pop("PGPASSWORD", None)
    blocks = documented_blocks()
    assert len(blocks) == 4, "README-central.md: settings, superuser, owner migrates, terminal login"
    script_output = [run_block(blocks[1], env), run_block(blocks[2], env)]
    passwords = {names["OWNER_PASSWORD"]}
    plan = [("310115", "T01", logins[0]), ("310115", "T02", logins[1]), ("310116", "T03", logins[2])]
    for branch, terminal, login in plan:
        secret = f"Login-{uuid.uuid4().hex}"
        passwords.add(secret)
        terminal_env = {**env, "BRANCH": branch, "TERMINAL": terminal, "TERMINAL_LOGIN": login}
        script_output.append(run_block(blocks[3], {**terminal_env, "TERMINAL_PASSWORD": secret}))

    def url(login: str) -> str:
        return f"postgresql+psycopg://{login}@{names['DB_HOST']}:{names['DB_PORT']}/{names['DB_NAME']}"

    made: dict[str, set[str]] = {"T01": set(), "T02": set(), "T03": set()}
    t01 = Admin(capsys, monkeypatch, tmp_path / "pc-t01")
    login_password = f"Sealed-{uuid.uuid4().hex}"
    passwords.add(login_password)
    setup = t01("init", "--branch", "310115", "--terminal", "T01", "--central", url(logins[0]),
                "--central-password-stdin", stdin=login_password + "\n")  # fmt: skip
    recovery_key = setup["recovery_key"]
    t01("user", "add", "teller01", "--role", "teller")
    offer = t01("enrolment", "offer")
    t02 = Admin(capsys, monkeypatch, tmp_path / "pc-t02")
    joined = t02("init", "--branch", "310115", "--terminal", "T02", "--central", url(logins[1]),
                 "--enrolment-secret-stdin", stdin=offer["secret"] + "\n")  # fmt: skip
    assert joined["admin_username"] is None  # the branch's users come from central
    t03 = Admin(capsys, monkeypatch, tmp_path / "pc-t03")
    monkeypatch.setenv("PGPASSWORD", login_password)  # T03 gives its login's password the libpq way
    t03(
        "init",
        "--branch",
        "310116",
        "--terminal",
        "T03",
        "--central",
        url(logins[2]),
        "--admin",
        "admin_310116",
    )

    made["T01"] |= {
        t01.work_case("上海外高桥贸易有限公司", credit_code(11)),
        t01.work_case("上海张江芯片有限公司", credit_code(12)),
    }
    made["T03"] |= {t03.work_case("上海金桥机电有限公司", credit_code(31))}
    monkeypatch.setenv("TELLER_CENTRAL_URL", "postgresql+psycopg://nobody@127.0.0.1:1/offline")
    made["T02"] |= {
        t02.work_case("上海陆家嘴咨询有限公司", credit_code(21)),
        t02.work_case("上海世博文化有限公司", credit_code(22)),
    }
    assert t02("sync", "--once", expect=3)["online"] is False  # offline: the cases wait
    monkeypatch.delenv("TELLER_CENTRAL_URL")
    for pc in (t01, t02, t03):
        report = pc("sync", "--once")
        assert report["rejected"] == 0 and report["waiting"] == 0 and report["conflicts"] == 0, report
    assert sorted(u["username"] for u in t02("user", "list")["users"]) == ["admin", "teller01"]

    backup = tmp_path / "branch-safe" / "t01.sqlite3"
    backup.parent.mkdir()
    t01("backup", str(backup))
    made["T01"].add(t01.work_case("上海洋山港务有限公司", credit_code(13)))  # after the backup, synced
    t01("sync", "--once")
    for path in t01.home.rglob("*"):  # the old PC is gone
        if path.is_file():
            path.unlink()
    new_pc = Admin(capsys, monkeypatch, tmp_path / "pc-t01-new")
    monkeypatch.delenv("PGPASSWORD")
    restored = new_pc("restore", str(backup), "--recovery-key-stdin", "--central", url(logins[0]),
                      "--central-password-stdin", stdin=f"{login_password}\n{recovery_key}\n")  # fmt: skip
    assert restored["synced"] is True and restored["restored"] is True
    made["T01"].add(new_pc.work_case("上海临港重工有限公司", credit_code(14)))
    for pc in (new_pc, t02, t03):
        report = pc("sync", "--once")
        assert report["rejected"] == 0 and report["waiting"] == 0, report

    everything = set().union(*made.values())
    engine = sa.create_engine(make_url(url(names["OWNER"])).set(password=names["OWNER_PASSWORD"]))
    with engine.connect() as conn:
        central_ids = list(conn.exec_driver_sql("SELECT id FROM cases").scalars())
        chains = conn.exec_driver_sql(
            "SELECT terminal, count(*), max(seq), count(DISTINCT seq) FROM audit_events GROUP BY terminal"
        ).all()
    engine.dispose()
    assert sorted(central_ids) == sorted(everything)  # the union, nothing twice
    assert {row[0] for row in chains} == {"T01", "T02", "T03"}
    assert all(count == top == distinct for _, count, top, distinct in chains)  # no gaps, no duplicates
    assert new_pc.case_ids() >= made["T01"] | made["T02"] and t03.case_ids() == made["T03"]
    assert all(c["ok"] for c in new_pc("audit", "verify", "--central")["chains"])
    for pc in (new_pc, t02, t03):
        assert all(chain["ok"] for chain in pc("audit", "verify")["chains"])

    logs = [p.read_text(errors="replace") for pc in (new_pc, t02, t03) for p in pc.home.rglob("*.log*")]
    seen = "\n".join([*Admin.outputs, *script_output, *logs])
    leaked = [p for p in passwords if p in seen]
    assert not leaked and "$argon2" not in seen
    for pc in (new_pc, t02, t03):
        for path in pc.home.rglob("*"):
            if path.is_file():
                assert not any(p.encode() in path.read_bytes() for p in passwords), path
