"""Chinese line breaking (避头尾): closing punctuation never starts a line on any of our documents.

reportlab's CJK wrapping keeps a character of its "cannot start a line" list on the line before (it hangs
in the margin), but the list it ships is the Japanese one: it lacks the full-width comma, semicolon,
colon, question and exclamation marks, 》 and the closing quotation marks of Chinese text (GB/T 15834,
《标点符号用法》). We add them once, before any document is laid out.
"""

from __future__ import annotations

import threading

# Punctuation that may not begin a line in Chinese typesetting (行首禁则).
CANNOT_START_ZH = "，。、；：？！）》」』】〕〗〙〛”’…—·％‰℃"
_lock = threading.Lock()
_done = False


def use_chinese_line_breaking() -> None:
    """Teach reportlab's wrapping (both the one-run and the many-run paths) the Chinese list."""
    global _done
    with _lock:
        if _done:
            return
        from reportlab.lib import textsplit
        from reportlab.platypus import paragraph

        extra = "".join(c for c in CANNOT_START_ZH if c not in textsplit.ALL_CANNOT_START)
        textsplit.ALL_CANNOT_START = textsplit.ALL_CANNOT_START + extra
        paragraph.ALL_CANNOT_START = textsplit.ALL_CANNOT_START
        _done = True
