"""Sentences for the core's refusals about this terminal's store: storage, the key store and recovery key,
the configuration, imported files and malformed input."""

from __future__ import annotations

from ui.i18n import QT_TRANSLATE_NOOP

AREAS = (
    "storage",
    "keystore",
    "keys",
    "recovery",
    "config",
    "import",
    "input",
)  # the codes' first word; ui.messages assembles MESSAGES
MESSAGES: dict[str, str] = {
    "keystore.passphrase_missing": QT_TRANSLATE_NOOP(
        "Errors", "The key store passphrase is needed to open the data on this computer."
    ),
    "keystore.wrong_passphrase": QT_TRANSLATE_NOOP("Errors", "The key store passphrase is wrong. Try again."),
    "keystore.weak_passphrase": QT_TRANSLATE_NOOP(
        "Errors", "The key store passphrase must have at least {minimum} characters."
    ),
    "keystore.os_locked": QT_TRANSLATE_NOOP(
        "Errors", "The system key store could not be read. Unlock it (or call IT support) and try again."
    ),
    "keystore.no_keys": QT_TRANSLATE_NOOP(
        "Errors", "This terminal has no keys yet. IT staff set it up with “teller-admin init”."
    ),
    "config.not_initialised": QT_TRANSLATE_NOOP(
        "Errors", "This terminal is not set up yet. IT staff set it up with “teller-admin init”."
    ),
    "import.not_a_list": QT_TRANSLATE_NOOP(
        "Errors", "The file {file} does not hold a list of applications. Choose an application export file."
    ),
    "import.not_json": QT_TRANSLATE_NOOP(
        "Errors", "The file {file} is not an application file. Choose an application export file."
    ),
    "import.not_utf8": QT_TRANSLATE_NOOP(
        "Errors", "The file {file} is not readable text. Choose an application export file."
    ),
    "import.too_large": QT_TRANSLATE_NOOP(
        "Errors", "The file {file} is larger than {limit} bytes. Split it into smaller files."
    ),
    "import.too_many_rows": QT_TRANSLATE_NOOP(
        "Errors", "The file {file} holds more than {limit} applications. Split it into smaller files."
    ),
    "import.unreadable": QT_TRANSLATE_NOOP(
        "Errors", "The file {file} cannot be read. Check the file and try again."
    ),
    "input.control_character": QT_TRANSLATE_NOOP(
        "Errors",
        "{field} contains a control character at position {position}. Remove it and enter the text again.",
    ),
    "input.invalid_utf8": QT_TRANSLATE_NOOP(
        "Errors",
        "{field} contains characters that cannot be stored (at character {position}). Enter the text again.",
    ),
    "input.naive_time": QT_TRANSLATE_NOOP(
        "Errors", "The time {value} has no time zone. Ask IT: this is a program fault."
    ),
    "input.not_bytes": QT_TRANSLATE_NOOP("Errors", "{field} must be a file. Choose the file again."),
    "input.not_json": QT_TRANSLATE_NOOP("Errors", "{field} cannot be stored. Check what you entered."),
    "input.not_text": QT_TRANSLATE_NOOP("Errors", "{field} must be text. Enter it again."),
    "input.too_large": QT_TRANSLATE_NOOP(
        "Errors", "{field} is larger than {limit} bytes. Choose a smaller file."
    ),
    "input.too_long": QT_TRANSLATE_NOOP(
        "Errors", "{field} is longer than {limit} characters ({length}). Shorten it."
    ),
    "keys.recovery_key_length": QT_TRANSLATE_NOOP(
        "Errors",
        "A recovery key has {expected} characters, not {actual}. Enter it again from the sealed envelope.",
    ),
    "keys.recovery_key_mistyped": QT_TRANSLATE_NOOP(
        "Errors", "The recovery key was mistyped. Enter it again from the sealed envelope."
    ),
    "keystore.bad_export": QT_TRANSLATE_NOOP(
        "Errors", "This file is not a data-key export. Ask IT for the right file."
    ),
    "keystore.bad_recovery_record": QT_TRANSLATE_NOOP(
        "Errors", "The backup's key record is damaged or missing. Ask IT to restore from another backup."
    ),
    "keystore.damaged": QT_TRANSLATE_NOOP("Errors", "The key file is damaged. Ask IT to recover the keys."),
    "keystore.exists": QT_TRANSLATE_NOOP(
        "Errors", "Keys already exist in {folder}; nothing was changed. Ask IT."
    ),
    "keystore.kek_missing": QT_TRANSLATE_NOOP(
        "Errors", "The key that protects this terminal's data is missing. Ask IT to recover the keys."
    ),
    "keystore.no_audit_key": QT_TRANSLATE_NOOP(
        "Errors", "The key store holds no audit key. Ask IT to recover the keys."
    ),
    "keystore.os_unavailable": QT_TRANSLATE_NOOP(
        "Errors", "This computer has no usable system key store ({backend}). Ask IT to set up the key store."
    ),
    "keystore.os_write": QT_TRANSLATE_NOOP(
        "Errors", "The system key store refused the key. Ask IT: the log says why."
    ),
    "keystore.passphrase_mismatch": QT_TRANSLATE_NOOP(
        "Errors", "The two passphrases differ; nothing was changed. Enter them again."
    ),
    "keystore.rotation_mismatch": QT_TRANSLATE_NOOP(
        "Errors",
        "The key change that was interrupted cannot be finished (key {active}, version {version}). Ask IT.",
    ),
    "keystore.setting": QT_TRANSLATE_NOOP(
        "Errors", "The key store setting {value} is not valid. Ask IT to correct it."
    ),
    "keystore.unwrap_failed": QT_TRANSLATE_NOOP(
        "Errors",
        "A data key could not be opened: the key is wrong or the key file is damaged. Ask IT to recover the keys.",
    ),
    "keystore.bad_uniqueness_key": QT_TRANSLATE_NOOP(
        "Errors", "The bank-wide uniqueness key is not a valid key. Ask IT for the bank's key file."
    ),
    "keystore.bad_uniqueness_key_file": QT_TRANSLATE_NOOP(
        "Errors",
        "The bank-wide uniqueness key file does not open with this secret. Check the secret, or ask IT "
        "for the bank's key file.",
    ),
    "keystore.uniqueness_key_differs": QT_TRANSLATE_NOOP(
        "Errors",
        "This terminal already holds another bank-wide uniqueness key. Nothing was changed; ask IT.",
    ),
    "keystore.version_conflict": QT_TRANSLATE_NOOP(
        "Errors",
        "Data key {purpose} version {version} differs between terminals. Ask IT to change the branch's keys.",
    ),
    "keystore.wrong_recovery_key": QT_TRANSLATE_NOOP(
        "Errors",
        "This recovery key does not belong to this terminal. Use the key from this terminal's sealed envelope.",
    ),
    "recovery.central_chain_broken": QT_TRANSLATE_NOOP(
        "Errors", "The central copy of terminal {terminal}'s audit record is broken at event {seq}. Ask IT."
    ),
    "recovery.chain_diverged": QT_TRANSLATE_NOOP(
        "Errors",
        "The central copy of terminal {terminal}'s audit record differs from the backup at event {seq}. Ask IT.",
    ),
    "storage.append_only": QT_TRANSLATE_NOOP(
        "Errors",
        "{table} records cannot be changed or deleted (record {row_id}). Record a correction instead.",
    ),
    "storage.backup_chain_broken": QT_TRANSLATE_NOOP(
        "Errors",
        "The backup's audit record is broken at event {seq}, so it cannot be restored. Ask IT to use another backup.",
    ),
    "storage.backup_damaged": QT_TRANSLATE_NOOP(
        "Errors", "The backup {path} failed its integrity check. Ask IT to use another backup."
    ),
    "storage.backup_exists": QT_TRANSLATE_NOOP("Errors", "{path} already exists. Choose another file name."),
    "storage.backup_failed": QT_TRANSLATE_NOOP(
        "Errors", "The backup could not be written to {path} ({problem}). Check the disk and try again."
    ),
    "storage.backup_folder_missing": QT_TRANSLATE_NOOP(
        "Errors", "The folder {folder} does not exist; nothing was written. Choose another folder."
    ),
    "storage.backup_is_folder": QT_TRANSLATE_NOOP(
        "Errors", "{path} is a folder. Name the backup file inside it."
    ),
    "storage.backup_newer": QT_TRANSLATE_NOOP(
        "Errors",
        "The backup comes from a newer version of the application ({revision}). Ask IT to update this computer first.",
    ),
    "storage.backup_other_keys": QT_TRANSLATE_NOOP(
        "Errors", "The backup's data does not open with this terminal's keys. Ask IT."
    ),
    "storage.backup_over_store": QT_TRANSLATE_NOOP(
        "Errors", "A backup cannot be written over the local data itself ({path}). Choose another file."
    ),
    "storage.damaged": QT_TRANSLATE_NOOP(
        "Errors", "The local data {path} is damaged. Ask IT to restore it from a backup."
    ),
    "storage.integrity": QT_TRANSLATE_NOOP(
        "Errors", "Stored data failed its integrity check ({table}, record {row_id}). Stop and ask IT."
    ),
    "storage.migrations": QT_TRANSLATE_NOOP(
        "Errors", "The application's data upgrade is inconsistent. Ask IT to reinstall the application."
    ),
    "storage.newer_schema": QT_TRANSLATE_NOOP(
        "Errors",
        "The local data was written by a newer version of the application ({revision}). Ask IT to update this computer.",
    ),
    "storage.no_backup": QT_TRANSLATE_NOOP(
        "Errors", "There is no backup file at {path}. Choose the backup file."
    ),
    "storage.no_delete": QT_TRANSLATE_NOOP(
        "Errors", "{table} records are never deleted (record {row_id}). Change their status instead."
    ),
    "storage.no_store": QT_TRANSLATE_NOOP(
        "Errors", "There is no local data at {path}. Ask IT to set up or restore this terminal."
    ),
    "storage.not_durable": QT_TRANSLATE_NOOP(
        "Errors", "The local data cannot be written safely on this computer. Ask IT."
    ),
    "storage.restore_failed": QT_TRANSLATE_NOOP(
        "Errors", "The backup {path} could not be restored ({problem}). Ask IT."
    ),
    "storage.store": QT_TRANSLATE_NOOP("Errors", "The local data cannot be used. Ask IT."),
    "storage.store_in_use": QT_TRANSLATE_NOOP(
        "Errors",
        "The local data is in use (the application or a synchronisation is running). Close it and restore again.",
    ),
    "storage.write_failed": QT_TRANSLATE_NOOP(
        "Errors",
        "The local data could not be written. Check the disk and try again; if it happens again, ask IT: the log says why.",
    ),
}
