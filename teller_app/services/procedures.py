"""The process definitions shipped under resources/process: load them, pick the effective one, look one up by version."""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from datetime import date
from functools import lru_cache
from pathlib import Path

from teller_app.domain.errors import ConfigError
from teller_app.domain.procedure import ProcessDefinition, parse_definition
from teller_app.paths import resources_dir


def default_folder() -> Path:
    return resources_dir() / "process"


def parse_definition_text(text: str, source: str) -> ProcessDefinition:
    """A definition from TOML text (a file, or a version stored in the database); errors name `source`."""
    try:
        mapping = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(
            "procedure.not_toml",
            "{source}: not a valid TOML file ({problem})",
            source=source,
            problem=str(exc),
        ) from exc
    return parse_definition(mapping, source)


def read_definition(path: Path) -> ProcessDefinition:
    """One definition file; its name must be its version (2026.1.toml holds version 2026.1)."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise ConfigError(
            "procedure.not_utf8", "{source}: not UTF-8 text ({problem})", source=str(path), problem=str(exc)
        ) from exc
    except OSError as exc:
        raise ConfigError(
            "procedure.unreadable", "{source}: cannot be read ({problem})", source=str(path), problem=str(exc)
        ) from exc
    definition = parse_definition_text(text, str(path))
    if definition.version != path.stem:
        raise ConfigError(
            "procedure.invalid",
            "{source}: {key}: {problem}",
            source=str(path),
            key="version",
            problem=f"is {definition.version!r} but the file is named {path.name!r}",
        )
    return definition


def load_definitions(folder: Path | None = None) -> list[ProcessDefinition]:
    """Every definition in the folder, oldest effective date first; versions and effective dates are unique."""
    folder = default_folder() if folder is None else folder
    if not folder.is_dir():
        raise ConfigError(
            "procedure.folder_missing",
            "{source}: the process definition folder is missing",
            source=str(folder),
        )
    definitions = [read_definition(path) for path in sorted(folder.glob("*.toml"))]
    if not definitions:
        raise ConfigError(
            "procedure.none", "{source}: holds no process definition (*.toml)", source=str(folder)
        )
    definitions.sort(key=lambda d: d.effective_from)
    for earlier, later in zip(definitions, definitions[1:], strict=False):
        if earlier.effective_from == later.effective_from:
            raise ConfigError(
                "procedure.invalid",
                "{source}: {key}: {problem}",
                source=later.source,
                key="effective_from",
                problem=f"{later.effective_from.isoformat()} is also the date of {earlier.source}",
            )
    return definitions


def pick_effective(definitions: Sequence[ProcessDefinition], on: date) -> ProcessDefinition:
    """The definition in force on `on`: the latest whose effective date is not after it."""
    in_force = [d for d in definitions if d.effective_from <= on]
    if not in_force:
        raise ConfigError(
            "procedure.none_effective",
            "No process definition is in force on {day}",
            day=on.isoformat(),
        )
    return max(in_force, key=lambda d: d.effective_from)


def pick_version(definitions: Sequence[ProcessDefinition], version: str) -> ProcessDefinition:
    for definition in definitions:
        if definition.version == version:
            return definition
    raise ConfigError(
        "procedure.unknown_version",
        "Process definition version {version} is not known on this terminal",
        version=version,
        known=", ".join(d.version for d in definitions),
    )


# Definitions the operations department published centrally, verified and adopted by this terminal
# (teller_app.services.procedure_publishing.review_published). Keyed by version.
_published: dict[str, ProcessDefinition] = {}


def install_published(definitions: Sequence[ProcessDefinition]) -> None:
    """Use these verified, centrally published definitions beside the shipped ones (replaces the last set)."""
    _published.clear()
    _published.update({d.version: d for d in definitions})
    _cached.cache_clear()


def forget_published() -> None:
    """Back to the shipped definitions only (tests; a terminal that changes its publisher key)."""
    install_published([])


@lru_cache(maxsize=8)
def _shipped(folder: Path) -> tuple[ProcessDefinition, ...]:
    return tuple(load_definitions(folder))


def shipped_definitions(folder: Path | None = None) -> tuple[ProcessDefinition, ...]:
    """The definitions that came with the app (resources/process)."""
    return _shipped(default_folder() if folder is None else folder)


@lru_cache(maxsize=8)
def _cached(folder: Path) -> tuple[ProcessDefinition, ...]:
    """Shipped and adopted definitions; a shipped version wins (a clash was refused when adopted)."""
    shipped = _shipped(folder)
    versions = {d.version for d in shipped}
    dates = {d.effective_from for d in shipped}
    extra = [d for d in _published.values() if d.version not in versions and d.effective_from not in dates]
    return tuple(sorted([*shipped, *extra], key=lambda d: d.effective_from))


def all_definitions(folder: Path | None = None) -> tuple[ProcessDefinition, ...]:
    """Every definition this terminal knows, oldest effective date first (`teller-admin procedure list`)."""
    return _cached(default_folder() if folder is None else folder)


def effective_definition(on: date, folder: Path | None = None) -> ProcessDefinition:
    """The definition a case started on `on` runs under (and records as its version)."""
    return pick_effective(_cached(default_folder() if folder is None else folder), on)


def definition_by_version(version: str, folder: Path | None = None) -> ProcessDefinition:
    """The definition a case pinned when it started, even after a newer one became effective."""
    return pick_version(_cached(default_folder() if folder is None else folder), version)


def forget_loaded_definitions() -> None:
    """Drop the cached definitions (after an update of the folder arrives by sync)."""
    _shipped.cache_clear()
    _cached.cache_clear()


def procedure_notice(definition: ProcessDefinition) -> str:
    """The line printed with the flowchart: version, effective date, owner and who interprets it."""
    return (
        f"流程版本 {definition.version}　自 {definition.effective_from.isoformat()} 起施行　"
        f"制定：{definition.governance.owner_zh}　解释：{definition.governance.interpretation_authority_zh}"
    )
