"""Texts that come from the process definition or resources/help in both languages: show the one in use."""

from __future__ import annotations

from PySide6.QtCore import QLocale


def chinese_shown() -> bool:
    """True when the interface speaks Chinese (the translator installed follows QLocale's default)."""
    return QLocale().language() == QLocale.Language.Chinese


def pick(zh: str, en: str) -> str:
    """The definition's Chinese or English wording for the language in use (the other when one is empty)."""
    if chinese_shown():
        return zh or en
    return en or zh
