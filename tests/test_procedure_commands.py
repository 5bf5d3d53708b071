"""`teller-admin procedure keygen|publish|trust|list|diff` as the operations department and IT staff use them."""

from __future__ import annotations

import json

import pytest

from teller_app.cli import main
from teller_app.paths import resources_dir
from teller_app.services.procedures import forget_published


@pytest.fixture(autouse=True)
def _shipped_only():
    forget_published()
    yield
    forget_published()


def run(capsys, *argv: str) -> tuple[int, dict]:
    code = main(["--json", *argv])
    out = capsys.readouterr().out
    return code, json.loads(out) if out.strip() else {}


def _revision(tmp_path) -> str:
    text = (resources_dir() / "process" / "2026.2.toml").read_text(encoding="utf-8")
    text = text.replace('version = "2026.2"', 'version = "2026.4"', 1)
    text = text.replace("effective_from = 2026-07-01", "effective_from = 2026-09-01", 1)
    text = text.replace("approval = 45\n", "approval = 30\n", 1)
    path = tmp_path / "2026.4.toml"
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_operations_publishes_a_signed_procedure_and_the_terminal_lists_it_after_sync(capsys, tmp_path):
    key = tmp_path / "ops.key"
    code, made = run(capsys, "procedure", "keygen", "--out", str(key))
    assert code == 0 and (tmp_path / "ops.key.pub").exists()
    code, _ = run(
        capsys, "init", "--branch", "B0101", "--terminal", "T01", "--procedure-key", made["public_key"]
    )
    assert code == 0
    assert run(capsys, "sync", "--once")[0] == 0  # registers the terminal in the embedded central database
    code, published = run(capsys, "procedure", "publish", _revision(tmp_path), "--key", str(key))
    assert code == 0 and published["procedure_version"] == "2026.4"
    code, synced = run(capsys, "sync", "--once")
    assert code == 0
    assert synced["procedures"][0]["version"] == "2026.4" and synced["procedures"][0]["adopted"] is True
    code, listed = run(capsys, "procedure", "list")
    assert code == 0
    assert [(d["version"], d["source"]) for d in listed["definitions"]] == [
        ("2026.1", "shipped"),
        ("2026.2", "shipped"),
        ("2026.4", "published"),
        ("2026.3", "shipped"),
    ]
    assert listed["definitions"][2]["interpretation_authority"] == "总行运营管理部"
    code, diff = run(capsys, "procedure", "diff", "2026.2", "2026.4")
    assert code == 0
    changes = {(c["area"], c["key"]): (c["before"], c["after"]) for c in diff["changes"]}
    assert changes[("sla", "approval")] == (45, 30)
    assert changes[("governance", "effective_from")] == ("2026-07-01", "2026-09-01")


def test_a_terminal_provisioned_with_another_key_lists_the_procedure_as_refused(capsys, tmp_path):
    run(capsys, "procedure", "keygen", "--out", str(tmp_path / "ops.key"))
    run(capsys, "procedure", "keygen", "--out", str(tmp_path / "other.key"))
    run(
        capsys,
        "init",
        "--branch",
        "B0101",
        "--terminal",
        "T01",
        "--procedure-key",
        str(tmp_path / "ops.key.pub"),
    )
    run(capsys, "sync", "--once")
    run(capsys, "procedure", "publish", _revision(tmp_path), "--key", str(tmp_path / "other.key"))
    run(capsys, "sync", "--once")
    code, listed = run(capsys, "procedure", "list")
    assert code == 0
    assert [d["version"] for d in listed["definitions"]] == ["2026.1", "2026.2", "2026.3"]
    assert [(r["version"], r["reason"]) for r in listed["refused"]] == [("2026.4", "wrong_key")]
    main(["procedure", "list"])
    assert (
        "REFUSED 2026.4: Procedure 2026.4 refused: it is signed with a key this terminal does not trust."
        in (capsys.readouterr().out)
    )


def test_diff_compares_the_shipped_versions_by_area(capsys):
    code, diff = run(capsys, "procedure", "diff", "2026.1", "2026.2")
    assert code == 0
    areas = {c["area"] for c in diff["changes"]}
    assert {"sla", "documents", "risk_weights", "risk", "governance"} <= areas
    weights = {c["key"]: (c["before"], c["after"]) for c in diff["changes"] if c["area"] == "risk_weights"}
    assert weights == {"geography": (15, 10), "industry": (20, 25)}


def test_diff_from_2026_2_to_2026_3_shows_the_gbt_4754_industry_lists_its_effective_date_and_change_notes(
    capsys,
):
    code, diff = run(capsys, "procedure", "diff", "2026.2", "2026.3")
    assert code == 0
    changes = {(c["area"], c["key"]): (c["before"], c["after"]) for c in diff["changes"]}
    before, after = changes[("risk", "high_risk_industries")]
    assert "PRECIOUS_METALS" in before and "F5245" in after
    assert changes[("governance", "effective_from")] == ("2026-07-01", "2027-01-01")
    assert diff["effective_from"] == "2027-01-01"
    assert any("GB/T 4754" in note for note in diff["change_notes"])
    assert any("GB/T 4754" in note for note in diff["change_notes_zh"])
    main(["procedure", "diff", "2026.2", "2026.3"])
    assert "2026.3 in force from 2027-01-01; its change notes:" in capsys.readouterr().out


def test_keygen_never_overwrites_a_key(capsys, tmp_path):
    key = tmp_path / "ops.key"
    assert run(capsys, "procedure", "keygen", "--out", str(key))[0] == 0
    before = key.read_bytes()
    assert main(["procedure", "keygen", "--out", str(key)]) == 2
    assert key.read_bytes() == before
