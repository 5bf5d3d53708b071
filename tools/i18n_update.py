"""Collect every tr()/QT_TRANSLATE_NOOP() string from ui/ into resources/i18n/*.ts and compile the .qm files.

Run after changing visible text:  .venv/bin/python tools/i18n_update.py
New strings appear in the .ts as unfinished; translate them (Qt Linguist or an editor) and run it again.
`--check` exits 1 when a string is missing from a .ts file or untranslated (used by the tests).
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "ui"
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("zh_CN",)
MARKERS = {"tr", "QT_TRANSLATE_NOOP"}


def collect(folder: Path = SOURCES) -> dict[tuple[str, str], tuple[str, int]]:
    """(context, source) → (file, line) for every marked string literal."""
    found: dict[tuple[str, str], tuple[str, int]] = {}
    for path in sorted(folder.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            if name not in MARKERS or len(node.args) < 2:
                continue
            context, source = node.args[0], node.args[1]
            if isinstance(context, ast.Constant) and isinstance(source, ast.Constant):
                if isinstance(context.value, str) and isinstance(source.value, str):
                    key = (context.value, source.value)
                    found.setdefault(key, (str(path.relative_to(ROOT)), node.lineno))
    return found


def read_ts(path: Path) -> dict[tuple[str, str], str]:
    if not path.exists():
        return {}
    translations = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            element = message.find("translation")
            if element is not None and element.get("type") not in ("unfinished", "obsolete", "vanished"):
                translations[(name, source)] = element.text or ""
    return translations


def write_ts(path: Path, language: str, found: dict[tuple[str, str], tuple[str, int]], known: dict) -> None:
    root = ET.Element("TS", version="2.1", language=language)
    contexts: dict[str, ET.Element] = {}
    for (context, source), (file, _line) in sorted(found.items()):
        if context not in contexts:
            contexts[context] = ET.SubElement(root, "context")
            ET.SubElement(contexts[context], "name").text = context
        message = ET.SubElement(contexts[context], "message")
        # No line numbers: they shift with every edit and make the file conflict on every merge.
        ET.SubElement(message, "location", filename="../../" + file)
        ET.SubElement(message, "source").text = source
        translation = ET.SubElement(message, "translation")
        if (context, source) in known and known[(context, source)]:
            translation.text = known[(context, source)]
        else:
            translation.set("type", "unfinished")
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def lrelease(ts: Path) -> None:
    tool = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) or shutil.which(
        "pyside6-lrelease"
    )
    if tool is None:
        raise SystemExit("pyside6-lrelease not found: install PySide6")
    subprocess.run([tool, "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="report missing or unfinished strings, change nothing"
    )
    args = parser.parse_args(argv)
    found = collect()
    problems = 0
    for language in LANGUAGES:
        ts = I18N / f"teller_{language}.ts"
        known = read_ts(ts)
        missing = [key for key in found if not known.get(key)]
        if args.check:
            for context, source in missing:
                print(f"{ts.name}: untranslated [{context}] {source!r}")
            problems += len(missing)
            continue
        I18N.mkdir(parents=True, exist_ok=True)
        write_ts(ts, language, found, known)
        lrelease(ts)
        print(f"{ts.name}: {len(found)} strings, {len(missing)} to translate")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
