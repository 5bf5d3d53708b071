"""The wheel IT installs carries the fonts, procedures, clauses, translations and migrations, and works."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest
from packaging_helpers import REPO, bare_venv, build_wheel, copy_source, run

from teller_app.documents.fonts import CJK_FILE, LATIN_FILE
from teller_app.documents.required import DOCUMENTS

pytestmark = pytest.mark.slow

RESOURCES = REPO / "resources"
SHIPPED_RESOURCE = re.compile(r"^teller_app-[^/]+\.data/data/share/teller-app/resources/(.+)$")
MIGRATION_FOLDERS = ("teller_app/storage/migrations", "teller_app/sync/migrations")


def shipped_resources(names: set[str]) -> set[str]:
    return {match.group(1) for name in names if (match := SHIPPED_RESOURCE.match(name))}


def repo_files(folder: str, pattern: str = "*") -> set[str]:
    found = {path.relative_to(RESOURCES).as_posix() for path in (RESOURCES / folder).glob(pattern)}
    assert found, f"resources/{folder}/{pattern} matches nothing in the checkout"
    return found


def installed_app_env(**extra: str) -> dict[str, str]:
    """The test's environment (its TELLER_HOME, passphrase) without a resources override or PYTHONPATH."""
    env = {k: v for k, v in os.environ.items() if k not in ("TELLER_RESOURCES", "PYTHONPATH")}
    return {**env, **extra}


PROBE = (
    "import json, teller_app, teller_app.paths as p;"
    "print(json.dumps({'package': teller_app.__file__, 'resources': str(p.resources_dir())}))"
)


def test_wheel_ships_the_cjk_font_and_its_licences(wheel_names):
    shipped = shipped_resources(wheel_names)
    assert {f"fonts/{CJK_FILE}", f"fonts/{LATIN_FILE}"} <= shipped
    assert repo_files("fonts", "LICENSE-*") <= shipped


def test_wheel_ships_every_process_definition(wheel_names):
    assert repo_files("process", "*.toml") <= shipped_resources(wheel_names)


def test_wheel_ships_the_contract_clause_texts(wheel_names):
    assert repo_files("clauses", "*.toml") <= shipped_resources(wheel_names)


def test_wheel_ships_the_compiled_translations(wheel_names):
    assert repo_files("i18n", "*.qm") <= shipped_resources(wheel_names)


def test_wheel_ships_every_resource_file_but_linguist_sources_and_readmes(wheel_names):
    """A file added under resources/ without a line in pyproject.toml's data-files fails here."""
    in_checkout = {
        path.relative_to(RESOURCES).as_posix()
        for path in RESOURCES.rglob("*")
        if path.is_file() and path.suffix != ".ts" and path.name != "README.md"
    }
    assert in_checkout - shipped_resources(wheel_names) == set()


def test_wheel_ships_every_migration_file(wheel_names):
    for folder in MIGRATION_FOLDERS:
        files = {
            path.relative_to(REPO).as_posix()
            for path in (REPO / folder).rglob("*")
            if path.is_file() and "__pycache__" not in path.parts
        }
        assert any(name.endswith("script.py.mako") for name in files) and any(
            "/versions/" in f for f in files
        )
        assert files - wheel_names == set(), folder


def test_installed_wheel_reads_resources_from_its_data_files(installed_venv, tmp_path):
    done = run([str(installed_venv.python), "-c", PROBE], cwd=tmp_path, env=installed_app_env())
    found = json.loads(done.stdout)
    assert Path(found["package"]).resolve().is_relative_to(installed_venv.purelib.resolve())
    resources = Path(found["resources"]).resolve()
    assert resources == (installed_venv.root / "share/teller-app/resources").resolve()
    assert (resources / "fonts" / CJK_FILE).read_bytes() == (RESOURCES / "fonts" / CJK_FILE).read_bytes()


def test_installed_wheel_opens_an_account_end_to_end(installed_venv, tmp_path):
    """The demo runs both sets of migrations, reads the procedure and clauses, and prints with the font."""
    admin = str(installed_venv.scripts / "teller-admin")
    env = installed_app_env()
    done = run([admin, "--json", "demo", "--out", str(tmp_path / "pdf")], cwd=tmp_path, env=env)
    demo = json.loads(done.stdout)
    assert demo["account_number"] and len(demo["pdfs"]) == len(DOCUMENTS)
    assert all(Path(pdf).stat().st_size > 0 for pdf in demo["pdfs"])
    doctor = subprocess.run([admin, "doctor"], capture_output=True, text=True, cwd=tmp_path, env=env)
    assert "[ok] migrations" in doctor.stdout, doctor.stdout + doctor.stderr


def test_wheel_installed_under_another_prefix_finds_resources_through_its_record(wheel_file, tmp_path):
    venv = bare_venv(tmp_path / "venv")
    prefix = tmp_path / "prefix"
    run(
        [sys.executable, "-m", "pip", "--python", str(venv.python), "install", "--no-deps", "-q"]
        + ["--prefix", str(prefix), str(wheel_file)]
    )
    (site,) = prefix.glob("lib*/python*/site-packages") if os.name != "nt" else [prefix / "Lib/site-packages"]
    env = installed_app_env(PYTHONPATH=str(site))
    found = json.loads(run([str(venv.python), "-c", PROBE], cwd=tmp_path, env=env).stdout)
    assert Path(found["resources"]).resolve() == (prefix / "share/teller-app/resources").resolve()


def test_sdist_carries_the_resources_into_the_wheel_built_from_it(tmp_path):
    """`pip install teller-app-X.tar.gz` builds a wheel from the sdist: the resources must survive both."""
    source = copy_source(tmp_path / "source")
    build = "import sys; from setuptools import build_meta; print(build_meta.build_sdist(sys.argv[1]))"
    name = run([sys.executable, "-c", build, str(tmp_path / "sdist")], cwd=source).stdout.split()[-1]
    sdist = tmp_path / "sdist" / name
    with tarfile.open(sdist) as archive:
        in_sdist = {member.name.split("/", 1)[1] for member in archive.getmembers() if member.isfile()}
    assert f"resources/fonts/{CJK_FILE}" in in_sdist
    unpacked = tmp_path / "unpacked"
    with tarfile.open(sdist) as archive:
        archive.extractall(unpacked, filter="data")
    wheel = build_wheel(next(unpacked.iterdir()), tmp_path / "wheelhouse")
    with zipfile.ZipFile(wheel) as archive:
        shipped = shipped_resources(set(archive.namelist()))
    assert repo_files("process", "*.toml") | {f"fonts/{CJK_FILE}"} | repo_files("i18n", "*.qm") <= shipped
