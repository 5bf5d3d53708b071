"""The embedded fonts, registered with reportlab once: a CJK font and a Latin/Greek font beside it."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from teller_app.domain.errors import EnvironmentProblem
from teller_app.paths import resources_dir

# DroidSansFallbackFull carries the CJK ideographs and full-width punctuation but no Latin letters or
# digits; DejaVu Sans carries Latin, Greek, Cyrillic and the symbols we draw (☐ ☑ ◆ ▲ □). Text is split
# into runs and each run is set in the font that has its glyphs (see text.py).
CJK_FONT = "TellerCJK"
LATIN_FONT = "TellerLatin"
CJK_FILE = "DroidSansFallbackFull.ttf"
LATIN_FILE = "DejaVuSans.ttf"


@dataclass(frozen=True)
class Fonts:
    cjk: str
    latin: str
    cjk_chars: frozenset[int]
    latin_chars: frozenset[int]


_lock = threading.Lock()
_fonts: Fonts | None = None


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def _load(name: str, file_name: str) -> TTFont:
    path = fonts_dir() / file_name
    if not path.is_file():
        raise EnvironmentProblem(
            "documents.font_missing",
            "The font file {path} is missing; reinstall the application",
            path=str(path),
        )
    try:
        # subfontIndex 0; reportlab subsets TrueType fonts, so only the glyphs used are embedded.
        return TTFont(name, str(path))
    except (TTFError, OSError) as error:
        raise EnvironmentProblem(
            "documents.font_unreadable",
            "The font file {path} cannot be read: {reason}",
            path=str(path),
            reason=str(error),
        ) from error


def register_fonts() -> Fonts:
    """Register both fonts with reportlab (once per process) and return their names and coverage."""
    global _fonts
    with _lock:
        if _fonts is None:
            from teller_app.documents.typesetting import use_chinese_line_breaking

            use_chinese_line_breaking()
            cjk = _load(CJK_FONT, CJK_FILE)
            latin = _load(LATIN_FONT, LATIN_FILE)
            pdfmetrics.registerFont(cjk)
            pdfmetrics.registerFont(latin)
            _fonts = Fonts(
                cjk=CJK_FONT,
                latin=LATIN_FONT,
                cjk_chars=frozenset(cjk.face.charToGlyph),
                latin_chars=frozenset(latin.face.charToGlyph),
            )
        return _fonts
