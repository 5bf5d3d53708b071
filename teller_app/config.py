"""Settings declared once (name, type, default, description), read from teller.toml and TELLER_* variables."""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from teller_app.domain.errors import ConfigError
from teller_app.paths import AppPaths, app_paths


@dataclass(frozen=True)
class Setting:
    """One setting: its type, default and description, and what values it takes (a range or a list)."""

    name: str
    type: type
    default: Any
    description: str
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple[str, ...] = ()

    @property
    def env_name(self) -> str:
        return "TELLER_" + self.name.upper()

    def parse(self, raw: Any, source: str) -> Any:
        """The value of `raw` (text from a file, a variable or a command) in this setting's type, checked
        against its range or choices; ConfigError naming `source`, the setting and what it takes."""
        value = self._typed(raw, source)
        if self.choices and value not in self.choices:
            raise ConfigError(
                message="{source}: setting '{key}' must be one of {expected}, not {value!r}",
                source=source,
                key=self.name,
                expected=", ".join(repr(c) for c in self.choices),
                value=raw,
            )
        low, high = self.minimum, self.maximum
        if (low is not None and value < low) or (high is not None and value > high):
            raise ConfigError(
                message="{source}: setting '{key}' must be from {low} to {high}, not {value!r}",
                source=source,
                key=self.name,
                low=_number(low),
                high=_number(high),
                value=raw,
            )
        return value

    def _typed(self, raw: Any, source: str) -> Any:
        if self.type is bool:
            if isinstance(raw, bool):
                return raw
            text = str(raw).strip().lower()
            if text in ("1", "true", "yes", "on"):
                return True
            if text in ("0", "false", "no", "off"):
                return False
        elif self.type is int:
            if isinstance(raw, int) and not isinstance(raw, bool):
                return raw
            if isinstance(raw, str) and raw.strip().lstrip("-").isdigit():
                return int(raw.strip())
        elif self.type is float:
            if isinstance(raw, (int, float)) and not isinstance(raw, bool):
                return float(raw)
            try:
                return float(str(raw))
            except ValueError:
                pass
        elif self.type is str:
            if isinstance(raw, str):
                return raw
        raise ConfigError(
            message="{source}: setting '{key}' must be {expected}, not {value!r}",
            source=source,
            key=self.name,
            expected=self.type.__name__,
            value=raw,
        )


def _number(value: float | None) -> str:
    if value is None:
        return "any"
    return str(int(value)) if float(value).is_integer() else str(value)


SETTINGS: tuple[Setting, ...] = (
    Setting("branch", str, "", "Branch code (营业机构) of this terminal, set by `teller-admin init`."),
    Setting(
        "terminal",
        str,
        "",
        "Terminal code, unique across the whole bank (not only the branch), set by `teller-admin init`.",
    ),
    Setting(
        "central_url",
        str,
        "",
        "SQLAlchemy URL of the central database (postgresql+psycopg://login@host/db, no password: see "
        "`teller-admin init --central-password-stdin`); empty: the embedded SQLite file.",
    ),
    Setting("idle_lock_minutes", int, 5, "Minutes without input before the screen locks.", 1, 240),
    Setting("lockout_failures", int, 5, "Failed sign-ins before an account is locked.", 1, 100),
    Setting("lockout_minutes", int, 15, "How long a lockout lasts.", 1, 7 * 24 * 60),
    Setting("password_min_length", int, 10, "Shortest password accepted.", 8, 128),
    Setting("password_min_classes", int, 2, "Kinds of characters a password mixes (a, A, 1, #).", 1, 4),
    Setting(
        "approval_expiry_hours", int, 24, "Hours after which an unanswered approval request expires.", 1, 720
    ),
    Setting("supervisor_totp", bool, False, "Supervisors confirm approvals with a one-time code (TOTP)."),
    Setting("sync_interval_seconds", int, 10, "Seconds between background sync rounds when online.", 1, 3600),
    Setting(
        "sync_batch_size",
        int,
        500,
        "Outbox entries in the first batch of a round; batches double while full.",
        1,
        100_000,
    ),
    Setting(
        "keystore",
        str,
        "auto",
        "Key store: 'auto' (OS key store), 'os', or 'file' (passphrase-protected).",
        choices=("auto", "os", "file"),
    ),
    Setting(
        "language",
        str,
        "",
        "Interface language: 'zh_CN', 'en', or empty to follow the system.",
        choices=("", "zh_CN", "en"),
    ),
    Setting("printer", str, "", "Printer name; empty: the system default."),
    Setting(
        "training_mode",
        bool,
        False,
        "A training-room terminal: every session works on the training sandbox and cannot leave it.",
    ),
    Setting(
        "log_level",
        str,
        "INFO",
        "Level of the rotating log file.",
        choices=("DEBUG", "INFO", "WARNING", "ERROR"),
    ),
    Setting(
        "holiday_calendar",
        str,
        "",
        "Holiday calendar (法定节假日, 调休) for deadlines in working days: a TOML file or a folder of them, "
        "replacing the shipped resources/calendar; empty: the shipped calendar.",
    ),
    Setting(
        "id_verification_url",
        str,
        "",
        "Address of the online ID check service (联网核查, docs/identity-verification.md); empty: tellers "
        "record what the bank's verification terminal shows.",
    ),
    Setting(
        "id_verification_timeout_seconds",
        float,
        10.0,
        "Seconds to wait for the online ID check service; no answer in time: unavailable (the case waits).",
    ),
)

_BY_NAME = {s.name: s for s in SETTINGS}
# Settings of earlier versions that are read no more: a file that still has them loads, and loses them at
# its next write. The bank's side of the agreement (乙方) is the central database's branch settings now
# (services/branch_settings.py, `teller-admin branch set`).
RETIRED = frozenset({"branch_name", "branch_address", "branch_phone"})


class Config:
    """Effective settings: defaults, then the config file, then TELLER_* environment variables."""

    def __init__(self, values: Mapping[str, Any], paths: AppPaths) -> None:
        self._values = dict(values)
        self.paths = paths

    def __getattr__(self, name: str) -> Any:
        try:
            return self._values[name]
        except KeyError:
            raise AttributeError(name) from None

    def get(self, name: str) -> Any:
        return self._values[name]

    def as_dict(self) -> dict[str, Any]:
        return dict(self._values)

    @classmethod
    def defaults(cls, paths: AppPaths | None = None) -> Config:
        return cls({s.name: s.default for s in SETTINGS}, paths or app_paths())

    @classmethod
    def load(cls, paths: AppPaths | None = None, environ: Mapping[str, str] | None = None) -> Config:
        env = os.environ if environ is None else environ
        paths = paths or app_paths(dict(env))
        values = {s.name: s.default for s in SETTINGS}
        values.update(read_config_file(paths.config_file))
        for setting in SETTINGS:
            if setting.env_name in env:
                values[setting.name] = setting.parse(env[setting.env_name], setting.env_name)
        return cls(values, paths)


def read_config_file(path: Path) -> dict[str, Any]:
    if not path.exists():
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(
            message="{source}: not a valid TOML file ({problem})", source=str(path), problem=str(exc)
        ) from exc
    values: dict[str, Any] = {}
    for key, raw in data.items():
        setting = _BY_NAME.get(key)
        if setting is None and key in RETIRED:
            continue
        if setting is None:
            raise ConfigError(message="{source}: unknown setting '{key}'", source=str(path), key=key)
        values[key] = setting.parse(raw, str(path))
    return values


def write_config_file(path: Path, changes: Mapping[str, Any]) -> None:
    """Merge `changes` into the config file, written atomically."""
    from teller_app.files import write_atomically

    values = read_config_file(path)
    for key, raw in changes.items():
        setting = _BY_NAME.get(key)
        if setting is None:
            raise ConfigError(message="unknown setting '{key}'", key=key)
        values[key] = setting.parse(raw, "change")
    lines = []
    for key in sorted(values):
        lines.append(f"{key} = {_toml_value(values[key])}")
    write_atomically(path, ("\n".join(lines) + "\n").encode("utf-8"))


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    escaped = str(value).replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'
