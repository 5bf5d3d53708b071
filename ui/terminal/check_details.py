"""The start-of-day check's details in the teller's language.

The core writes each check's detail as an English template with named values (storage/checks.py,
services/start_of_day.py, services/sync_health.py, services/calendar.py); the templates are listed here so
that they are translated, and a test fails on a template of the core missing from this list. A detail that
is a core error's message is said through the error sentences (ui/messages/) by its code.
"""

from __future__ import annotations

import logging

from ui.backend import CheckResult
from ui.i18n import QT_TRANSLATE_NOOP, fill, tr
from ui.messages import MESSAGES, readable_params

_log = logging.getLogger(__name__)

CHECK_DETAILS = frozenset(
    {
        QT_TRANSLATE_NOOP("StartOfDay", "terminal {terminal} is not registered centrally"),
        QT_TRANSLATE_NOOP("StartOfDay", "cannot check with the central database: {problem}"),
        QT_TRANSLATE_NOOP("StartOfDay", "{free} GiB free in {folder}"),
        QT_TRANSLATE_NOOP("StartOfDay", "branch and terminal are not set"),
        QT_TRANSLATE_NOOP("StartOfDay", "keys unlocked from the OS key store ({backend})"),
        QT_TRANSLATE_NOOP(
            "StartOfDay", "keys unlocked from the passphrase-protected file key store ({folder})"
        ),
        QT_TRANSLATE_NOOP(
            "StartOfDay",
            "keys unlocked from the passphrase-protected file key store ({folder}); no usable OS key store on "
            "this machine (keyring backend {backend})",
        ),
        QT_TRANSLATE_NOOP(
            "StartOfDay",
            "no bank-wide uniqueness key: basic and type I accounts stay 'uniqueness to confirm'",
        ),
        QT_TRANSLATE_NOOP("StartOfDay", "{path}: {problem}"),
        QT_TRANSLATE_NOOP("StartOfDay", "schema at {current}, newest is {head}"),
        QT_TRANSLATE_NOOP("StartOfDay", "{count} events verified"),
        QT_TRANSLATE_NOOP("StartOfDay", "{time} UTC"),
        QT_TRANSLATE_NOOP("StartOfDay", "Teller App {version}"),
        QT_TRANSLATE_NOOP("StartOfDay", "not checked: the local store is damaged"),
        QT_TRANSLATE_NOOP("StartOfDay", "branch {branch}, terminal {terminal}"),
        QT_TRANSLATE_NOOP("StartOfDay", "no keys on this terminal"),
        QT_TRANSLATE_NOOP("StartOfDay", "bank-wide uniqueness key held"),
        QT_TRANSLATE_NOOP("StartOfDay", "{path} opens; integrity_check ok"),
        QT_TRANSLATE_NOOP("StartOfDay", "no local store"),
        QT_TRANSLATE_NOOP("StartOfDay", "schema at {head} (newest)"),
        QT_TRANSLATE_NOOP("StartOfDay", "terminal {terminal}: {problem}"),
        QT_TRANSLATE_NOOP("StartOfDay", "the clock says {time} UTC, before this version existed"),
        QT_TRANSLATE_NOOP("StartOfDay", "could not be checked: {problem}"),
        QT_TRANSLATE_NOOP("StartOfDay", "not checked: the audit key is locked in the key store ({problem})"),
        QT_TRANSLATE_NOOP("StartOfDay", "the clock is behind the last recorded event ({time} UTC)"),
        QT_TRANSLATE_NOOP("StartOfDay", "this PC is {seconds} s ahead of the central database"),
        QT_TRANSLATE_NOOP("StartOfDay", "this PC is {seconds} s behind the central database"),
        QT_TRANSLATE_NOOP("StartOfDay", "the central database gave no time"),
        QT_TRANSLATE_NOOP("StartOfDay", "no default printer: documents go to PDF only"),
        QT_TRANSLATE_NOOP("StartOfDay", "{central}: reachable, schema {schema}"),
        QT_TRANSLATE_NOOP("StartOfDay", "no print system found: documents go to PDF only"),
        QT_TRANSLATE_NOOP("StartOfDay", "printer {printer} is not installed (installed: {installed})"),
        QT_TRANSLATE_NOOP("StartOfDay", "system default printer {printer}"),
        QT_TRANSLATE_NOOP("StartOfDay", "embedded central database (made at the first sync)"),
        QT_TRANSLATE_NOOP("StartOfDay", "{central}: schema {schema}"),
        QT_TRANSLATE_NOOP("StartOfDay", "not checked: the central database did not answer"),
        QT_TRANSLATE_NOOP("StartOfDay", "printer {printer} is set, but no print system answers"),
        QT_TRANSLATE_NOOP("StartOfDay", "printer {printer}"),
        QT_TRANSLATE_NOOP("StartOfDay", "the queue can move: chain in step with the central database"),
        QT_TRANSLATE_NOOP("StartOfDay", "fixed {count} that others could read: {names} (now 0600 / 0700)"),
        QT_TRANSLATE_NOOP("StartOfDay", "a {entity} item failed {attempts} times ({problem})"),
        QT_TRANSLATE_NOOP("StartOfDay", "the central database refused the last sync round: {problem}"),
        QT_TRANSLATE_NOOP("StartOfDay", "every file 0600 and every folder 0700"),
        QT_TRANSLATE_NOOP(
            "StartOfDay",
            "this terminal's audit record ends at event {local}, the central database holds {central}: its next events would take positions already used",
        ),
        QT_TRANSLATE_NOOP("StartOfDay", "event {seq} differs between this terminal and the central database"),
        QT_TRANSLATE_NOOP("StartOfDay", "cannot narrow the data folder: {problem}"),
        QT_TRANSLATE_NOOP("StartOfDay", "published arrangement for {years}"),
        QT_TRANSLATE_NOOP(
            "StartOfDay",
            "no published holiday arrangement for {years} (provisional or missing): only the fixed-date holidays count, and deadlines in those years are counted on the strict side",
        ),
    }
)


def check_detail(result: CheckResult) -> str:
    """One check's detail in the teller's language (a template this list lacks stays in English)."""
    params = dict(result.params)
    if result.error_code and result.error_code in MESSAGES:
        return tr("Errors", MESSAGES[result.error_code], **readable_params(params))
    if result.detail in CHECK_DETAILS:
        return tr("StartOfDay", result.detail, **params)
    if params or result.error_code:
        _log.warning("no translation for the check detail of %s", result.name)
    return fill(result.detail, **params) if params else result.detail
