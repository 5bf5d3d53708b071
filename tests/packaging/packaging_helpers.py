"""Packaging test helpers: copy the source, build a wheel from it, make a bare venv to install it into."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import sysconfig
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
# What a build reads: the project file, the packages and the resources (no build/ or egg-info left over).
SOURCE_ENTRIES = ("pyproject.toml", "README.md", "teller_app", "ui", "resources")
BUILD_TIMEOUT = 600


def run(command: list[str], **kwargs) -> subprocess.CompletedProcess[str]:
    """Run a command; a failure shows its output in the test report."""
    done = subprocess.run(command, capture_output=True, text=True, timeout=BUILD_TIMEOUT, **kwargs)
    assert done.returncode == 0, f"{command} exited {done.returncode}\n{done.stdout}\n{done.stderr}"
    return done


def copy_source(target: Path) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info", "build", "dist")
    for name in SOURCE_ENTRIES:
        source = REPO / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=ignore)
        else:
            shutil.copy2(source, target / name)
    return target


def can_build_without_isolation() -> bool:
    """setuptools builds wheels itself from 70.1; before that it needs the `wheel` package beside it."""
    version = tuple(int(part) for part in metadata.version("setuptools").split(".")[:2])
    return version >= (70, 1) or importlib.util.find_spec("wheel") is not None


def build_wheel(source: Path, out: Path) -> Path:
    command = [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out)]
    if can_build_without_isolation():
        command.append("--no-build-isolation")
    run([*command, str(source)])
    (wheel,) = out.glob("teller_app-*.whl")
    return wheel


@dataclass(frozen=True)
class BareVenv:
    """A venv holding only what was installed into it; the test run's packages reach it through a .pth."""

    root: Path
    python: Path
    scripts: Path
    purelib: Path


def bare_venv(root: Path) -> BareVenv:
    run([sys.executable, "-m", "venv", "--without-pip", str(root)])
    python = root / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    paths = run([str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"]).stdout
    purelib = Path(paths.strip())
    # Dependencies come from the running environment; a path in a .pth is not itself scanned for .pth
    # files, so the checkout's editable install does not leak in.
    ours = {sysconfig.get_path("purelib"), sysconfig.get_path("platlib")}
    (purelib / "zz_test_dependencies.pth").write_text("\n".join(sorted(ours)) + "\n")
    return BareVenv(root=root, python=python, scripts=python.parent, purelib=purelib)
