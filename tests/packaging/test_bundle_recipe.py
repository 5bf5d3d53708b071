"""The PyInstaller recipe bundles the same resources as the wheel, and the migrations as files."""

from __future__ import annotations

import ast
import re
import tomllib

from packaging_helpers import REPO

SPEC_TEXT = (REPO / "packaging" / "teller.spec").read_text(encoding="utf-8")
DATA_FILES = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"][
    "data-files"
]


def spec_constant(name: str):
    """A literal assigned at the top of the spec (read without running PyInstaller)."""
    for node in ast.parse(SPEC_TEXT).body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == name for t in node.targets):
            return ast.literal_eval(node.value)
    raise AssertionError(f"{name} is not assigned in packaging/teller.spec")


def test_bundle_and_wheel_ship_the_same_resource_files():
    from_wheel = {}
    for target, patterns in DATA_FILES.items():
        folder = target.removeprefix("share/teller-app/resources/")
        (pattern,) = patterns
        assert pattern == f"resources/{folder}/" + pattern.rsplit("/", 1)[1]
        from_wheel[folder] = pattern.rsplit("/", 1)[1]
    assert spec_constant("RESOURCE_PATTERNS") == from_wheel


def test_bundle_carries_every_migration_folder_as_files():
    on_disk = {
        path.parent.relative_to(REPO).as_posix() for path in (REPO / "teller_app").rglob("migrations/env.py")
    }
    assert on_disk and set(spec_constant("MIGRATION_FOLDERS")) == on_disk


def test_bundle_names_the_database_drivers_and_key_store_back_ends_loaded_by_name():
    for module in (
        "sqlalchemy.dialects.sqlite",
        "sqlalchemy.dialects.postgresql.psycopg",
        "psycopg_binary.pq",
    ):
        assert f'"{module}"' in SPEC_TEXT
    assert 'collect_submodules("keyring.backends")' in SPEC_TEXT and 'copy_metadata("keyring")' in SPEC_TEXT


def test_bundle_leaves_out_qt_web_engine():
    unused = spec_constant("QT_UNUSED")
    assert {"QtWebEngineCore", "QtWebEngineWidgets", "QtQml", "QtQuick", "QtMultimedia"} <= set(unused)
    used = {m.group(1) for m in re.finditer(r"from PySide6\.(\w+) import", _ui_sources())}
    assert used and not used & set(unused), "the recipe leaves out a Qt module the UI imports"


def _ui_sources() -> str:
    return "\n".join(path.read_text(encoding="utf-8") for path in (REPO / "ui").rglob("*.py"))
