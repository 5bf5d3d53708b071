"""Where the app keeps its data, configuration and logs: TELLER_HOME or the platform's folders."""

from __future__ import annotations

import os
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
        for folder in (self.data, self.config, self.logs):
            folder.mkdir(parents=True, exist_ok=True)
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


def resources_dir() -> Path:
    """The shipped resources: fonts, process definitions, clause texts, translations."""
    override = os.environ.get("TELLER_RESOURCES")
    if override:
        return Path(override)
    return Path(__file__).resolve().parent.parent / "resources"
