"""`teller-admin demo` on a provisioned terminal works in the training sandbox and never touches the terminal's
configuration, keys, chain, store or central database; `--real-store` (IT acceptance) marks what it writes."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from teller_app.cli import main
from teller_app.config import Config
from teller_app.storage.keystore import keys_folder


def pdf_text(path: Path) -> str:
    """Every page's text, read with Qt's PDF engine (tests may use Qt; the core may not)."""
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    text = "".join(document.getAllText(page).text() for page in range(document.pageCount()))
    document.close()
    return text


def run(capsys, *argv: str) -> tuple[int, dict, str]:
    code = main(["--json", *argv])
    captured = capsys.readouterr()
    return code, json.loads(captured.out) if captured.out.strip() else {}, captured.err


def _fingerprint(home: Path) -> dict[str, str]:
    """Hashes of the terminal's configuration and key files, and the rows of its store and central file."""
    config = Config.load()
    files = [config.paths.config_file, *sorted(keys_folder(config.paths.data).glob("*"))]
    seen = {str(f): hashlib.sha256(f.read_bytes()).hexdigest() for f in files if f.is_file()}
    for db in (config.paths.local_store, config.paths.embedded_central):
        if db.exists():
            with sqlite3.connect(db) as conn:
                for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
                    rows = conn.execute(f'SELECT * FROM "{table}"').fetchall()
                    seen[f"{db.name}:{table}"] = hashlib.sha256(
                        repr(sorted(map(repr, rows))).encode()
                    ).hexdigest()
    return seen


@pytest.fixture
def provisioned(capsys, teller_home):
    code, _, err = run(capsys, "init", "--branch", "B0101", "--terminal", "T01")
    assert code == 0, err
    assert run(capsys, "sync", "--once")[0] == 0  # registered with the embedded central database
    return teller_home


def test_demo_on_a_provisioned_terminal_runs_in_the_sandbox_and_changes_nothing_real(
    qapp, capsys, provisioned, tmp_path
):
    before = _fingerprint(provisioned)
    code, report, err = run(capsys, "demo", "--out", str(tmp_path / "pdf"))
    assert code == 0, err
    assert report["store"] == "sandbox"
    assert report["account_number"].startswith("TRAINING-")
    assert _fingerprint(provisioned) == before  # config, keys, store rows, chain, central: all as they were
    text = pdf_text(tmp_path / "pdf" / "agreement.pdf")
    assert "培训" in text  # the training watermark


def test_demo_with_the_keys_missing_never_rewrites_the_configuration_or_makes_keys(
    capsys, provisioned, tmp_path
):
    config = Config.load()
    (keys_folder(config.paths.data) / "keys.json").unlink()
    before = _fingerprint(provisioned)
    code, report, err = run(capsys, "demo", "--out", str(tmp_path / "pdf"))
    assert code == 0, err
    assert report["store"] == "sandbox"
    assert _fingerprint(provisioned) == before
    assert not (keys_folder(config.paths.data) / "keys.json").exists()
    code, _, err = run(capsys, "demo", "--real-store", "--out", str(tmp_path / "real"))
    assert code == 2 and "never makes keys" in err
    assert _fingerprint(provisioned) == before


def test_an_acceptance_run_in_the_real_store_is_marked_demo_here_and_centrally(
    qapp, capsys, provisioned, tmp_path
):
    config = Config.load()
    central = f"sqlite:///{config.paths.embedded_central}"
    bank_side = ["--bank-name", "示范银行股份有限公司", "--branch-name", "北京分行营业部"]
    bank_side += ["--address", "北京市西城区金融大街 1 号", "--phone", "010-6666 0000"]
    assert run(capsys, "branch", "set", central, "--branch", "B0101", *bank_side)[0] == 0  # IT, at the centre
    assert run(capsys, "sync", "--once")[0] == 0  # the terminal pulls its branch's 乙方
    before = _fingerprint(provisioned)
    code, report, err = run(capsys, "demo", "--real-store", "--out", str(tmp_path / "pdf"))
    assert code == 0, err
    assert report["store"] == "real-store"
    after = _fingerprint(provisioned)
    for name in (str(config.paths.config_file), *(k for k in before if "/keys/" in k)):
        assert after[name] == before[name]  # configuration and keys untouched
    with sqlite3.connect(config.paths.local_store) as conn:
        assert conn.execute("SELECT demo FROM cases WHERE id = ?", (report["case_id"],)).fetchone() == (1,)
        users = dict(conn.execute("SELECT username, disabled FROM users WHERE username LIKE 'demo-%'"))
    assert users == {"demo-maker": 1, "demo-checker": 1}  # nobody signs in with them afterwards
    with sqlite3.connect(config.paths.embedded_central) as conn:
        assert conn.execute("SELECT demo FROM cases WHERE id = ?", (report["case_id"],)).fetchone() == (1,)
    assert "演示" in pdf_text(tmp_path / "pdf" / "confirmation.pdf")
    assert "示范银行股份有限公司北京分行营业部" in pdf_text(tmp_path / "pdf" / "agreement.pdf")
    assert main(["audit", "verify"]) == 0  # the chain grew by appending; nothing was rewritten
