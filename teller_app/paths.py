"""Where the app keeps its data, configuration and logs: TELLER_HOME or the platform's folders."""

from __future__ import annotations

import functools
import os
import sys
import sysconfig
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "TellerApp"
APP_AUTHOR = "TellerApp"


@dataclass(frozen=True)
class AppPaths:
    data: Path
    config: Path
    logs: Path

    @property
    def config_file(self) -> Path:
        return self.config / "teller.toml"

    @property
    def local_store(self) -> Path:
        return self.data / "local.sqlite3"

    @property
    def embedded_central(self) -> Path:
        return self.data / "central.sqlite3"

    @property
    def scans(self) -> Path:
        return self.data / "scans"

    def ensure(self) -> AppPaths:
        """Create the folders, readable by this user only (they hold keys, the store and logs)."""
        for folder in (self.data, self.config, self.logs):
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        return self


def app_paths(environ: dict[str, str] | None = None) -> AppPaths:
    """TELLER_HOME moves data, configuration and logs into one folder; otherwise the platform's."""
    env = os.environ if environ is None else environ
    home = env.get("TELLER_HOME")
    if home:
        root = Path(home).expanduser()
        return AppPaths(data=root / "data", config=root, logs=root / "logs")
    return AppPaths(
        data=Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)),
        config=Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR)),
        logs=Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR)),
    )


# Where a wheel's data-files put resources/ under the install scheme's data root (pyproject.toml).
INSTALLED_RESOURCES = Path("share") / "teller-app" / "resources"


def resources_dir() -> Path:
    """The shipped resources: fonts, process definitions, clause texts, translations.

    Looked for in this order: TELLER_RESOURCES; the PyInstaller bundle (sys._MEIPASS); the copy installed
    with this code (the checkout itself when the code runs from one, as with `pip install -e .`, else the
    wheel's data files); last, resources/ beside the package, where a missing file is then named.
    """
    override = os.environ.get("TELLER_RESOURCES")
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return _installed_resources()


@functools.cache
def _installed_resources() -> Path:
    beside_package = Path(__file__).resolve().parent.parent
    checkout = beside_package / "resources"
    if (beside_package / "pyproject.toml").is_file() and checkout.is_dir():
        return checkout
    roots = [sysconfig.get_path("data"), sysconfig.get_path("data", f"{os.name}_user")]
    for root in roots:
        if root and (Path(root) / INSTALLED_RESOURCES).is_dir():
            return Path(root) / INSTALLED_RESOURCES
    # Installed with another prefix or --target: the wheel's RECORD says where its data files went.
    from importlib import metadata

    try:
        files = metadata.distribution("teller-app").files or []
    except metadata.PackageNotFoundError:
        files = []
    marker = INSTALLED_RESOURCES.as_posix() + "/"
    for file in files:
        posix = file.as_posix()
        if marker in posix:
            located = Path(str(file.locate())).resolve()
            depth = len(posix.split(marker, 1)[1].split("/"))
            return located.parents[depth - 1]
    return checkout
