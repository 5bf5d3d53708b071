"""The agreement's clause texts, read from resources/clauses/<version>.toml and checked when loaded."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from teller_app.domain.errors import ConfigError
from teller_app.paths import resources_dir

AUDIENCES = ("corporate", "individual")


@dataclass(frozen=True)
class Clause:
    id: str
    audience: tuple[str, ...]
    title_zh: str
    title_en: str
    text_zh: tuple[str, ...]
    text_en: tuple[str, ...]


@dataclass(frozen=True)
class AgreementText:
    """The wording for one audience (corporate or individual) in one clause version."""

    version: str
    effective: date
    audience: str
    title_zh: str
    title_en: str
    preamble_zh: str
    preamble_en: str
    clauses: tuple[Clause, ...]


def clauses_dir() -> Path:
    return resources_dir() / "clauses"


def _problem(path: Path, key: str, problem: str) -> ConfigError:
    return ConfigError(
        "documents.clauses_invalid",
        "The clause file {path} is not usable at {key}: {problem}",
        path=str(path),
        key=key,
        problem=problem,
    )


def _text(table: dict[str, Any], key: str, path: Path, where: str) -> str:
    value = table.get(key)
    if not isinstance(value, str) or not value.strip():
        raise _problem(path, f"{where}.{key}", "missing or empty text")
    return value


def _paragraphs(table: dict[str, Any], key: str, path: Path, where: str) -> tuple[str, ...]:
    value = table.get(key)
    if not isinstance(value, list) or not value or not all(isinstance(p, str) and p for p in value):
        raise _problem(path, f"{where}.{key}", "must be a non-empty list of paragraphs")
    return tuple(value)


def version_in_force(day: date) -> str:
    """The clause version whose `effective` date is the latest on or before `day`."""
    found: list[tuple[date, str]] = []
    for path in sorted(clauses_dir().glob("*.toml")):
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
            raise _problem(path, "(file)", str(error)) from error
        effective = data.get("effective")
        if not isinstance(effective, date):
            raise _problem(path, "effective", "must be a date")
        found.append((effective, path.stem))
    in_force = [item for item in found if item[0] <= day]
    if not in_force:
        raise ConfigError(
            "documents.clauses_missing",
            "There is no clause text in force on {day} ({path})",
            day=day.isoformat(),
            path=str(clauses_dir()),
        )
    return max(in_force)[1]


def load_agreement_text(version: str, audience: str) -> AgreementText:
    """The clauses of `version` that apply to `audience`; ConfigError names the file and key if broken."""
    if audience not in AUDIENCES:
        raise ValueError(f"audience must be one of {AUDIENCES}")
    path = clauses_dir() / f"{version}.toml"
    if "/" in version or "\\" in version or not path.is_file():
        raise ConfigError(
            "documents.clauses_missing",
            "There is no clause text for version {version} ({path})",
            version=version,
            path=str(path),
        )
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise _problem(path, "(file)", str(error)) from error
    if data.get("version") != version:
        raise _problem(path, "version", f"says {data.get('version')!r}, expected {version!r}")
    effective = data.get("effective")
    if not isinstance(effective, date):
        raise _problem(path, "effective", "must be a date")
    head = data.get(audience)
    if not isinstance(head, dict):
        raise _problem(path, audience, "missing table")
    clauses = []
    seen: set[str] = set()
    for index, raw in enumerate(data.get("clause", [])):
        where = f"clause[{index}]"
        if not isinstance(raw, dict):
            raise _problem(path, where, "must be a table")
        clause_id = _text(raw, "id", path, where)
        if clause_id in seen:
            raise _problem(path, where, f"duplicate id {clause_id}")
        seen.add(clause_id)
        audiences = raw.get("audience")
        if not isinstance(audiences, list) or not set(audiences) <= set(AUDIENCES) or not audiences:
            raise _problem(path, f"{where}.audience", f"must list some of {AUDIENCES}")
        clause = Clause(
            id=clause_id,
            audience=tuple(audiences),
            title_zh=_text(raw, "title_zh", path, where),
            title_en=_text(raw, "title_en", path, where),
            text_zh=_paragraphs(raw, "text_zh", path, where),
            text_en=_paragraphs(raw, "text_en", path, where),
        )
        if len(clause.text_zh) != len(clause.text_en):
            raise _problem(path, where, "text_zh and text_en have different numbers of paragraphs")
        if audience in clause.audience:
            clauses.append(clause)
    if not clauses:
        raise _problem(path, "clause", f"no clause for {audience}")
    return AgreementText(
        version=version,
        effective=effective,
        audience=audience,
        title_zh=_text(head, "title_zh", path, audience),
        title_en=_text(head, "title_en", path, audience),
        preamble_zh=_text(head, "preamble_zh", path, audience),
        preamble_en=_text(head, "preamble_en", path, audience),
        clauses=tuple(clauses),
    )
