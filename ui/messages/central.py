"""Sentences for the core's refusals about the central database and synchronisation with it."""

from __future__ import annotations

from ui.i18n import QT_TRANSLATE_NOOP

AREAS = ("sync", "central")  # the codes' first word; ui.messages assembles MESSAGES
MESSAGES: dict[str, str] = {
    "sync.numbers_exhausted": QT_TRANSLATE_NOOP(
        "Errors", "No account numbers are left on this terminal; connect to the central database to get more."
    ),
    "sync.central_unreachable": QT_TRANSLATE_NOOP(
        "Errors", "The central database cannot be reached. Work goes on offline; it syncs when it is back."
    ),
    "sync.central_not_set_up": QT_TRANSLATE_NOOP(
        "Errors", "The central database is not set up yet. Ask IT to prepare it; work goes on offline."
    ),
    "sync.central_schema_outdated": QT_TRANSLATE_NOOP(
        "Errors", "The central database is older than this app. Ask IT to upgrade it; work goes on offline."
    ),
    "sync.central_schema_newer": QT_TRANSLATE_NOOP(
        "Errors", "The central database is newer than this app. Ask IT to upgrade this computer."
    ),
    "sync.username_taken": QT_TRANSLATE_NOOP(
        "Errors", "This user name is already used by another person in the bank. Ask IT to rename the user."
    ),
    "central.bad_url": QT_TRANSLATE_NOOP(
        "Errors", "The central database address is not valid. Ask IT to correct it."
    ),
    "central.ca_missing": QT_TRANSLATE_NOOP(
        "Errors", "There is no certificate file at {path}. Ask IT to install it."
    ),
    "central.ca_not_pem": QT_TRANSLATE_NOOP(
        "Errors", "The file {path} is not a certificate file. Ask IT to provide the right file."
    ),
    "central.url_database": QT_TRANSLATE_NOOP(
        "Errors", "The central database address names no database. Ask IT to correct it."
    ),
    "central.url_dialect": QT_TRANSLATE_NOOP(
        "Errors",
        "The central database must be PostgreSQL or SQLite, not {dialect}. Ask IT to correct the address.",
    ),
    "central.url_host": QT_TRANSLATE_NOOP(
        "Errors", "The central database address names no server. Ask IT to correct it."
    ),
    "central.url_password": QT_TRANSLATE_NOOP(
        "Errors",
        "The central database address must not hold a password; IT gives it to the terminal when setting it up.",
    ),
    "central.url_terminal_key": QT_TRANSLATE_NOOP(
        "Errors",
        "The central database address must not hold the terminal key; IT gives it to the terminal when setting "
        "it up.",
    ),
    "central.url_scheme": QT_TRANSLATE_NOOP(  # no driver named, or pg://
        "Errors",
        "The central database address is not accepted: it must begin postgresql+psycopg://. Ask IT to "
        "correct it.",
    ),
    "central.url_short_form": QT_TRANSLATE_NOOP(  # postgres://, libpq's short form
        "Errors",
        "The central database address is not accepted: postgres:// is a short form the application does "
        "not read; it must begin postgresql+psycopg://. Ask IT to correct it.",
    ),
    "central.url_driver": QT_TRANSLATE_NOOP(
        "Errors",
        "The central database address is not accepted: the database driver {driver} is not installed "
        "with the application; it must begin postgresql+psycopg://. Ask IT to correct it.",
    ),
    "sync.bad_code": QT_TRANSLATE_NOOP(
        "Errors", "The {field} code must be 1 to 32 letters, digits, hyphens or underscores. Correct it."
    ),
    "sync.bad_payload": QT_TRANSLATE_NOOP(
        "Errors", "A record of {entity} cannot be stored. Ask IT: the log says why."
    ),
    "sync.bad_resolution": QT_TRANSLATE_NOOP(
        "Errors", "Keep the local record, the central record or a merged record, not {keep}."
    ),
    "sync.branch_numbers_used_up": QT_TRANSLATE_NOOP(
        "Errors", "Branch {branch} has used all its account numbers. Ask IT."
    ),
    "sync.conflict_already_resolved": QT_TRANSLATE_NOOP(
        "Errors", "Conflict {conflict_id} was already resolved by {user}. Nothing more is needed."
    ),
    "sync.conflict_unknown": QT_TRANSLATE_NOOP(
        "Errors", "There is no conflict {conflict_id}. Refresh the list."
    ),
    "sync.enrolment_refused": QT_TRANSLATE_NOOP(
        "Errors", "The enrolment secret matches no open enrolment of branch {branch}. Ask IT for a new one."
    ),
    "sync.foreign_branch": QT_TRANSLATE_NOOP(
        "Errors", "A terminal of branch {branch} may not write a record of branch {row_branch}. Ask IT."
    ),
    "sync.id_mismatch": QT_TRANSLATE_NOOP(
        "Errors", "A synchronised record does not match its change. Ask IT."
    ),
    "sync.merge_mismatch": QT_TRANSLATE_NOOP(
        "Errors", "A merged record must keep the record's identifier and branch. Correct the merge."
    ),
    "sync.not_central_data": QT_TRANSLATE_NOOP(
        "Errors", "{entity} is written at the terminals, not at the centre."
    ),
    "sync.rollback_diverged": QT_TRANSLATE_NOOP(
        "Errors",
        "Event {seq} of terminal {terminal} differs between the backup and the central database. Ask IT.",
    ),
    "sync.round_refused": QT_TRANSLATE_NOOP(
        "Errors", "The central database refused this synchronisation. Ask IT: the log says why."
    ),
    "sync.terminal_code_taken": QT_TRANSLATE_NOOP(
        "Errors",
        "Terminal code {terminal} is already used by branch {other}. Ask IT for another terminal code.",
    ),
    "sync.terminal_not_registered": QT_TRANSLATE_NOOP(
        "Errors",
        "Terminal {terminal} of branch {branch} is not registered with the central database. Ask IT to register it.",
    ),
    "sync.unknown_entity": QT_TRANSLATE_NOOP(
        "Errors", "The central database keeps no records of {entity}. Ask IT."
    ),
    "sync.wrong_operation": QT_TRANSLATE_NOOP(
        "Errors", "{entity} records take {expected}, not {operation}. Ask IT."
    ),
}
