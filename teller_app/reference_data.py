"""The code lists the risk inputs are picked from: GB/T 2260 regions, ISO 3166 countries, GB/T 4754 industries.

Read once from resources/reference/*.toml (shipped with the app; written by tools/reference_data.py and by
hand). Also what the identity entries propose: the region from the 6-digit administrative code inside the
credit code (characters 3–8) or the resident ID number (characters 1–6), the country from the document.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from teller_app.domain.errors import ConfigError
from teller_app.paths import resources_dir


@dataclass(frozen=True)
class CodeName:
    """One entry of a code list: its code, Chinese name, English name (may be empty), parent code."""

    code: str
    name_zh: str
    name_en: str = ""
    parent: str = ""


def _load(name: str) -> dict[str, Any]:
    path = resources_dir() / "reference" / name
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise ConfigError(
            message="{source}: the code list cannot be read ({problem})", source=str(path), problem=str(error)
        ) from None


def _entries(data: Mapping[str, Any], key: str) -> list[CodeName]:
    return [
        CodeName(str(e["code"]), str(e["name_zh"]), str(e.get("name_en", "")), str(e.get("parent", "")))
        for e in data.get(key, [])
    ]


@cache
def regions() -> dict[str, CodeName]:
    """GB/T 2260 provinces (parent "") and prefecture-level divisions (parent: their province), by code."""
    return {r.code: r for r in _entries(_load("regions.toml"), "region")}


@cache
def countries() -> dict[str, CodeName]:
    """ISO 3166-1 alpha-2 countries and territories, by code."""
    return {c.code: c for c in _entries(_load("countries.toml"), "country")}


@cache
def industries() -> dict[str, CodeName]:
    """GB/T 4754 sections A–T and the classes rated on their own (parent: their section), by code."""
    data = _load("industries.toml")
    found = {s.code: s for s in _entries(data, "section")}
    for item in _entries(data, "class"):
        found[item.code] = CodeName(item.code, item.name_zh, item.name_en, item.code[0])
    return found


def region_label(code: str) -> str:
    """上海市, or 河南省 · 郑州市 for a prefecture-level division; the code itself when unknown."""
    region = regions().get(code)
    if region is None:
        return code
    parent = regions().get(region.parent)
    return f"{parent.name_zh} · {region.name_zh}" if parent else region.name_zh


def region_for_admin_code(admin: str) -> str:
    """The region an administrative code (6 digits) lies in: its prefecture if listed, else its province;
    "" when the code names no province (foreign, or not a code)."""
    if len(admin) != 6 or not admin.isdigit():
        return ""
    for candidate in (admin[:4] + "00", admin[:2] + "0000"):
        if candidate in regions():
            return candidate
    return ""


def proposed_region(identity: Mapping[str, Any]) -> str:
    """The region the identity entries point to: from the credit code (organisations) or the ID number."""
    code = str(identity.get("credit_code") or "").strip().upper()
    if len(code) == 18:
        return region_for_admin_code(code[2:8])
    number = str(identity.get("id_number") or "").strip()
    if identity.get("id_type", "resident_id") == "resident_id" and len(number) == 18 and number[0] != "9":
        return region_for_admin_code(number[:6])
    return ""


def proposed_country(identity: Mapping[str, Any]) -> str:
    """CN for a domestic credit code or a resident ID card; "" when the document does not say."""
    if len(str(identity.get("credit_code") or "").strip()) == 18:
        return "CN"
    number = str(identity.get("id_number") or "").strip()
    if identity.get("id_type", "resident_id") == "resident_id" and len(number) == 18 and number[0] != "9":
        return "CN"
    return ""


def proposed_nationalities(identity: Mapping[str, Any], owners: Mapping[str, Any]) -> list[str]:
    """The nationalities on the owners' records (beneficial owners step) and of a legal representative
    with a resident ID card, in order, each once."""
    found: list[str] = []
    person = identity.get("legal_representative")
    if isinstance(person, Mapping) and person.get("id_type", "resident_id") == "resident_id":
        if len(str(person.get("id_number") or "")) == 18 and not str(person.get("id_number")).startswith("9"):
            found.append("CN")
    for owner in owners.get("owners") or []:
        if isinstance(owner, Mapping):
            nationality = str(owner.get("nationality") or "").strip().upper()
            if nationality in countries():
                found.append(nationality)
    return list(dict.fromkeys(found))
