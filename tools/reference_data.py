"""Regenerate resources/reference/regions.toml and countries.toml from data already on this machine.

    .venv/bin/python tools/reference_data.py

Regions (GB/T 2260): the administrative division codes that python-stdnum ships (stdnum/cn/loc.dat, the
codes with the years they were in force): provinces and prefecture-level divisions still in force.
Countries (ISO 3166-1): the Debian iso-codes data (/usr/share/iso-codes/json/iso_3166-1.json) with its
zh_CN translations. Nothing is downloaded; the app reads only the TOML files this writes. Review the diff:
the bank may correct a name by hand, and this tool would overwrite it.
"""

from __future__ import annotations

import gettext
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "reference"
ISO_JSON = Path("/usr/share/iso-codes/json/iso_3166-1.json")
ISO_MO = "/usr/share/locale"
# How a Chinese bank's forms name these places (GB/T 2659-2000 and the bank's practice).
COUNTRY_NAMES_ZH = {"CN": "中国", "HK": "中国香港", "MO": "中国澳门", "TW": "中国台湾"}
REGION_NAMES = {"81": "香港特别行政区", "82": "澳门特别行政区"}
PERIOD = re.compile(r"\[(\d{4})?-(\d{4})?\]")


def _current(name: str) -> str | None:
    """The name in force today from loc.dat's "[1983-]秦皇岛市,[-1982]…" notation, or None if abolished."""
    for part in name.split(","):
        match = PERIOD.match(part)
        if match is None:
            return part
        if match.group(2) is None:
            return part[match.end() :]
    return None


def regions() -> list[tuple[str, str, str]]:
    import stdnum.cn

    loc = Path(stdnum.cn.__file__).parent / "loc.dat"
    found: list[tuple[str, str, str]] = []
    province = ""
    for line in loc.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        if not line.startswith(" "):
            province, rest = line.split(" ", 1)
            name = REGION_NAMES.get(province) or rest.split('"')[1]
            found.append((province + "0000", name, ""))
            continue
        code, rest = line.strip().split(" ", 1)
        if not code.endswith("00") or code == "0000":
            continue
        name = _current(rest.split('"')[1])
        if name is None or name in ("市辖区", "县"):
            continue
        found.append((province + code, name, province + "0000"))
    return found


def countries() -> list[tuple[str, str, str]]:
    zh = gettext.translation("iso_3166-1", ISO_MO, languages=["zh_CN"])
    rows = []
    for entry in json.loads(ISO_JSON.read_text(encoding="utf-8"))["3166-1"]:
        code, name = entry["alpha_2"], entry["name"]
        rows.append((code, COUNTRY_NAMES_ZH.get(code) or zh.gettext(name), entry.get("common_name", name)))
    return sorted(rows)


def _quote(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    lines = [
        "# GB/T 2260 中华人民共和国行政区划代码: provinces and prefecture-level divisions in force.",
        "# Written by tools/reference_data.py from python-stdnum's loc.dat; the bank may correct names here.",
        "# parent: the province a prefecture-level division belongs to (empty for a province).",
        "",
    ]
    for code, name, parent in regions():
        lines += ["[[region]]", f'code = "{code}"', f"name_zh = {_quote(name)}", f'parent = "{parent}"', ""]
    (OUT / "regions.toml").write_text("\n".join(lines), encoding="utf-8")
    lines = [
        "# ISO 3166-1 countries and territories, alpha-2 codes, with their Chinese names.",
        "# Written by tools/reference_data.py from the iso-codes data; the bank may correct names here.",
        "",
    ]
    for code, name_zh, name_en in countries():
        lines += [
            "[[country]]",
            f'code = "{code}"',
            f"name_zh = {_quote(name_zh)}",
            f"name_en = {_quote(name_en)}",
            "",
        ]
    (OUT / "countries.toml").write_text("\n".join(lines), encoding="utf-8")


if __name__ == "__main__":
    main()
