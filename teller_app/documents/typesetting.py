"""Chinese line breaking (避头尾): no line starts with closing punctuation, none ends with opening punctuation.

reportlab's CJK wrapping lets one "cannot start a line" character hang in the margin and no more, its list
is the Japanese one (it lacks the full-width comma, semicolon, colon, question and exclamation marks, 》 and
the closing quotation marks of Chinese text, GB/T 15834《标点符号用法》), and it never keeps an opening mark
off the end of a line. So two closing marks together ("。」", "）。") put the second at the start of the
next line. We choose every break ourselves (`line_end`): where the natural break would start a line with
closing punctuation or end one with opening punctuation, the characters before it are carried to the next
line with it (推入), so nothing hangs in the margin. Latin words are not cut while a space is near, as before.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Any

# Punctuation that may not begin a line in Chinese typesetting (行首禁则).
CANNOT_START_ZH = "，。、；：？！）》」』】〕〗〙〛”’…—·％‰℃"
# Punctuation that may not end a line (行尾禁则): the opening brackets and quotation marks.
CANNOT_END_ZH = "（《「『【〔〖〘〚“‘〈［｛([{"
_lock = threading.Lock()
_done = False


def _reportlab_lists() -> tuple[frozenset[str], frozenset[str]]:
    from reportlab.lib import textsplit

    return (
        frozenset(textsplit.ALL_CANNOT_START + CANNOT_START_ZH),
        frozenset(textsplit.CANNOT_END_LINE[0] + CANNOT_END_ZH),
    )


NO_START, NO_END = _reportlab_lists()


def _in_word(char: str) -> bool:
    return char.isascii() and char.isalnum()


def break_allowed(text: str, at: int) -> bool:
    """May a line end just before text[at]? Not before closing punctuation, not after opening punctuation,
    not inside a Latin word or a number."""
    before, after = text[at - 1], text[at]
    return after not in NO_START and before not in NO_END and not (_in_word(before) and _in_word(after))


def line_end(text: str, start: int, overflow: int) -> int:
    """Where the line beginning at `start` ends when text[overflow] no longer fits: the index of the next
    line's first character (always after `start`, so every line holds at least one character)."""
    end = max(overflow, start + 1)
    if end >= len(text):
        return len(text)
    if _in_word(text[end]) and _in_word(text[end - 1]):  # a Latin word: back to the space before it
        for j in range(end - 1, (start + end) // 2, -1):
            if text[j].isspace() or ord(text[j]) >= 0x3000:
                end = j + 1
                break
    if break_allowed(text, end):
        return end
    for j in range(end - 1, start, -1):  # carry characters to the next line with the mark (推入)
        if break_allowed(text, j):
            return j
    for j in range(end + 1, len(text)):  # the whole line is punctuation: the run hangs (cannot be helped)
        if text[j] not in NO_START and text[j - 1] not in NO_END:
            return j
    return len(text)


def split_word(word: str, widths: Sequence[float], max_widths: Any) -> list[list[Any]]:
    """reportlab's textsplit.dumbSplit (one run of text) with our breaks: [[extra space, line text], …]."""
    from reportlab.rl_config import _FUZZ

    if not isinstance(max_widths, list | tuple):
        max_widths = [max_widths]
    lines: list[list[Any]] = []
    start, count = 0, len(word)
    while start < count:
        width = max_widths[min(len(lines), len(max_widths) - 1)]
        used, i = 0.0, start
        while i < count:
            used += widths[i]
            if used > width + _FUZZ:
                break
            i += 1
        if i >= count:
            if used > 0:
                lines.append([width - used, word[start:]])
            break
        end = line_end(word, start, i)
        lines.append([width - sum(widths[start:end]), word[start:end].strip()])
        start = end
    return lines


def split_fragments(frags: Sequence[Any], max_widths: Any, calc_bounds: bool, encoding: str = "utf8") -> Any:
    """reportlab's paragraph.cjkFragSplit (text in several styles, <br/>) with our breaks."""
    from reportlab.lib.utils import isBytes
    from reportlab.platypus.paragraph import ParaLines, cjkU, makeCJKParaLine
    from reportlab.rl_config import _FUZZ

    if not isinstance(max_widths, list | tuple):
        max_widths = [max_widths]
    glyphs = []
    for frag in frags:
        text = frag.text.decode(encoding) if isBytes(frag.text) else frag.text
        glyphs.extend([cjkU(t, frag, encoding) for t in text] if text else [cjkU(text, frag, encoding)])
    text = "".join(g if len(g) == 1 else "\ufffc" for g in glyphs)  # one character per glyph

    def measure(glyph: Any, width: float) -> float:
        w = glyph.width
        if hasattr(w, "normalizedValue"):
            w._normalizer = width
            w = w.normalizedValue(width)
        return float(w)

    lines: list[Any] = []
    start, count = 0, len(glyphs)
    while start < count:
        width = max_widths[min(len(lines), len(max_widths) - 1)]
        used, i, forced = 0.0, start, False
        while i < count:
            used += measure(glyphs[i], width)
            if hasattr(glyphs[i].frag, "lineBreak"):
                forced, i = True, i + 1
                break
            if used > width + _FUZZ and used > 0:
                break
            i += 1
        if forced or i >= count:
            if forced or used > 0:
                lines.append(makeCJKParaLine(glyphs[start:i], width, used, width - used, forced, calc_bounds))
            start = i
            continue
        end = line_end(text, start, i)
        line_width = sum(measure(g, width) for g in glyphs[start:end])
        lines.append(
            makeCJKParaLine(glyphs[start:end], width, line_width, width - line_width, False, calc_bounds)
        )
        start = end
    return ParaLines(kind=1, lines=lines)


def use_chinese_line_breaking() -> None:
    """Have reportlab's CJK wrapping (the one-run and the many-run paths) break lines by `line_end`."""
    global _done
    with _lock:
        if _done:
            return
        from reportlab.lib import textsplit
        from reportlab.platypus import paragraph

        textsplit.dumbSplit = split_word
        paragraph.cjkFragSplit = split_fragments
        _done = True
