"""Sentences for the core's refusals about what the bank sets up: the procedure and its versions, training,
help, holiday calendars and the printed documents' clauses and fonts."""

from __future__ import annotations

from ui.i18n import QT_TRANSLATE_NOOP

AREAS = (
    "procedure",
    "training",
    "help",
    "calendar",
    "documents",
)  # the codes' first word; ui.messages assembles MESSAGES
MESSAGES: dict[str, str] = {
    "training.not_in_training_mode": QT_TRANSLATE_NOOP(
        "Errors", "Switch to training mode first (Tools → Training mode)."
    ),
    "training.certification_needed": QT_TRANSLATE_NOOP(
        "Errors", "Without a valid certification you work in training mode only. Pass the assessment first."
    ),
    "training.unknown_scenario": QT_TRANSLATE_NOOP("Errors", "There is no training scenario {scenario}."),
    "training.not_a_scenario": QT_TRANSLATE_NOOP(
        "Errors", "This case is not a training scenario, so it cannot be scored."
    ),
    "training.unknown_assessment": QT_TRANSLATE_NOOP("Errors", "There is no assessment {assessment}."),
    "help.unknown_step": QT_TRANSLATE_NOOP("Errors", "There is no help for this step."),
    "help.unreadable": QT_TRANSLATE_NOOP(
        "Errors", "The help texts cannot be read. Ask IT to check the installation."
    ),
    "procedure.unknown_version": QT_TRANSLATE_NOOP(
        "Errors",
        "The case runs under procedure {version}, which this terminal does not know. Sync, then try again.",
    ),
    "calendar.missing": QT_TRANSLATE_NOOP(
        "Errors", "The working calendar is missing ({source}). Ask IT to install the calendar files."
    ),
    "calendar.no_working_day": QT_TRANSLATE_NOOP(
        "Errors",
        "The working calendar has no working day in the {days} days after {day}. Ask IT to update the calendar.",
    ),
    "calendar.unreadable": QT_TRANSLATE_NOOP(
        "Errors",
        "The working calendar cannot be read ({source}: {problem}). Ask IT to check the calendar files.",
    ),
    "documents.clauses_invalid": QT_TRANSLATE_NOOP(
        "Errors",
        "The clause file {path} cannot be used ({key}: {problem}). Ask IT to install a correct clause file.",
    ),
    "documents.clauses_missing": QT_TRANSLATE_NOOP(
        "Errors", "There is no clause text in force on {day} ({path}). Ask IT to install the clause file."
    ),
    "documents.font_missing": QT_TRANSLATE_NOOP(
        "Errors",
        "The font file {path} is missing, so documents cannot be printed. Ask IT to reinstall the application.",
    ),
    "documents.font_unreadable": QT_TRANSLATE_NOOP(
        "Errors", "The font file {path} cannot be read ({reason}). Ask IT to reinstall the application."
    ),
    "help.step_missing": QT_TRANSLATE_NOOP(
        "Errors",
        "The help texts are incomplete ({source}: no help for {steps}). Ask IT to install the help files.",
    ),
    "procedure.folder_missing": QT_TRANSLATE_NOOP(
        "Errors",
        "The process definition folder is missing ({source}). Ask IT to install the process definition.",
    ),
    "procedure.invalid": QT_TRANSLATE_NOOP(
        "Errors",
        "The process definition is not usable ({source}, {key}: {problem}). Ask the process owner to correct it.",
    ),
    "procedure.key_unreadable": QT_TRANSLATE_NOOP(
        "Errors", "The signing key file is not a valid signing key. Choose the right key file."
    ),
    "procedure.none": QT_TRANSLATE_NOOP(
        "Errors", "There is no process definition ({source}). Ask IT to install it."
    ),
    "procedure.none_effective": QT_TRANSLATE_NOOP(
        "Errors", "No process definition is in force on {day}. Ask the process owner to publish one."
    ),
    "procedure.not_toml": QT_TRANSLATE_NOOP(
        "Errors",
        "The process definition cannot be read ({source}: {problem}). Ask the process owner to correct it.",
    ),
    "procedure.not_utf8": QT_TRANSLATE_NOOP(
        "Errors",
        "The process definition is not readable text ({source}: {problem}). Ask the process owner to correct it.",
    ),
    "procedure.unreadable": QT_TRANSLATE_NOOP(
        "Errors", "The process definition cannot be read ({source}: {problem}). Ask IT to check the files."
    ),
    "procedure.version_taken": QT_TRANSLATE_NOOP(
        "Errors",
        "Version {version} is already published with other content. Give the revision a new version.",
    ),
    "training.unreadable": QT_TRANSLATE_NOOP(
        "Errors", "The training material cannot be read ({source}: {problem}). Ask IT."
    ),
}
