"""Translation: tr() with named placeholders, the language in use, and Qt's own strings (Qt Linguist)."""

from __future__ import annotations

import re
import string
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from teller_app.paths import resources_dir

CHINESE = "zh_CN"
ENGLISH = "en"
LANGUAGES: tuple[str, ...] = (CHINESE, ENGLISH)
# The language names are shown in their own language, never translated.
LANGUAGE_NAMES = {CHINESE: "中文", ENGLISH: "English"}

_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)[^{}]*\}")


class _KeepMissing(dict[str, Any]):
    """A placeholder with no value stays visible as `{name}` instead of raising."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def fill(template: str, /, **params: Any) -> str:
    """Fill named placeholders; a missing or unusable value never crashes the screen."""
    try:
        return string.Formatter().vformat(template, (), _KeepMissing(params))
    except (ValueError, IndexError, AttributeError, TypeError):
        return template


def tr(context: str, source: str, /, **params: Any) -> str:
    """The translation of `source` in `context`, with `{name}` placeholders filled from `params`.

    `context` and `source` must be string literals: tools/i18n_update.py collects them from the code.
    """
    text = QCoreApplication.translate(context, source)
    return fill(text, **params) if params else text


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks a string for translation without translating it now (it is translated where shown)."""
    return source


def placeholders(text: str) -> set[str]:
    return set(_PLACEHOLDER.findall(text))


def translations_dir() -> Path:
    return resources_dir() / "i18n"


def system_language() -> str:
    name = QLocale.system().name()
    return CHINESE if name.startswith("zh") else ENGLISH


def choose_language(configured: str) -> str:
    """The configured language if it is one we speak, else the system's."""
    return configured if configured in LANGUAGES else system_language()


class Translations:
    """Installs our translation and Qt's own for one language; switching replaces both."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = ENGLISH

    def use(self, language: str, qt_own: bool = True) -> bool:
        """Switch to `language`; True when our own translation file was found (English needs none).

        `qt_own=False` leaves Qt's own strings for a later `use_qt_own()` (start-up shows the sign-in first).
        """
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []
        self.language = language if language in LANGUAGES else ENGLISH
        QLocale.setDefault(QLocale("zh_CN" if self.language == CHINESE else "en_US"))
        if self.language == ENGLISH:
            return True
        ours = QTranslator(self._app)
        found = ours.load(str(translations_dir() / f"teller_{self.language}.qm"))
        if found:
            self._app.installTranslator(ours)
            self._installed.append(ours)
        if qt_own:
            self.use_qt_own()
        return found

    def use_qt_own(self) -> None:
        """Qt's own strings (standard buttons, context menus) in the language in use."""
        if self.language == ENGLISH or any(t.objectName() == "qt-own" for t in self._installed):
            return
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name in ("qtbase", "qt"):
            qt_own = QTranslator(self._app)
            if qt_own.load(f"{name}_{self.language}", qt_folder):
                qt_own.setObjectName("qt-own")
                self._app.installTranslator(qt_own)
                self._installed.append(qt_own)
                break
