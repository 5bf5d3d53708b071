"""Sentences of the screens' own (codes ui.*): a scan the UI cannot take, a feature not available here,
an unexpected problem."""

from __future__ import annotations

from ui.i18n import QT_TRANSLATE_NOOP

AREAS = ("ui",)  # the codes' first word; ui.messages assembles MESSAGES
MESSAGES: dict[str, str] = {
    "ui.scan_type": QT_TRANSLATE_NOOP("Errors", "Scans must be PDF, JPG or PNG files, not {suffix}."),
    "ui.scan_too_large": QT_TRANSLATE_NOOP("Errors", "The scan is {size} MB; at most 20 MB."),
    "ui.scan_unreadable": QT_TRANSLATE_NOOP(
        "Errors", "The file cannot be read. Check that it is a scan on this computer and try again."
    ),
    "ui.scan_missing": QT_TRANSLATE_NOOP(
        "Errors", "The file is no longer there (moved or deleted). Choose it again."
    ),
    "ui.scan_denied": QT_TRANSLATE_NOOP(
        "Errors", "This computer does not let the application read the file. Copy it elsewhere or ask IT."
    ),
    "ui.scan_is_folder": QT_TRANSLATE_NOOP("Errors", "That is a folder, not a scan. Choose the scan's file."),
    "ui.not_available": QT_TRANSLATE_NOOP(
        "Errors", "This function is not available in this version yet: {function}."
    ),
    "ui.unexpected": QT_TRANSLATE_NOOP(
        "Errors", "Something went wrong that should not have. Your entries are kept; tell IT support."
    ),
}
