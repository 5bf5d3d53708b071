"""Sentences for the core's refusals about signing in: sessions, passwords, one-time codes, permissions
and the users themselves."""

from __future__ import annotations

from ui.i18n import QT_TRANSLATE_NOOP

AREAS = (
    "sign_in",
    "session",
    "password",
    "permission",
    "totp",
    "user",
)  # the codes' first word; ui.messages assembles MESSAGES
MESSAGES: dict[str, str] = {
    "sign_in.bad_credentials": QT_TRANSLATE_NOOP("Errors", "The user name or the password is wrong."),
    "sign_in.locked_out": QT_TRANSLATE_NOOP(
        "Errors", "Too many failed sign-ins. Try again in {minutes_left} minutes (at {until})."
    ),
    "sign_in.locked_by_administrator": QT_TRANSLATE_NOOP(
        "Errors", "This user is locked. Ask an administrator to unlock it."
    ),
    "sign_in.disabled": QT_TRANSLATE_NOOP("Errors", "This user is disabled and cannot sign in."),
    "session.locked": QT_TRANSLATE_NOOP("Errors", "The screen is locked. Enter your password to continue."),
    "session.signed_out": QT_TRANSLATE_NOOP("Errors", "This session has ended. Please sign in."),
    "session.password_change_required": QT_TRANSLATE_NOOP(
        "Errors", "You must change your password before you continue."
    ),
    "password.too_short": QT_TRANSLATE_NOOP(
        "Errors", "The password must have at least {min_length} characters."
    ),
    "password.too_long": QT_TRANSLATE_NOOP(
        "Errors", "The password must have at most {max_length} characters."
    ),
    "password.contains_user_name": QT_TRANSLATE_NOOP(
        "Errors", "The password must not contain the user name."
    ),
    "password.control_character": QT_TRANSLATE_NOOP("Errors", "The password contains a control character."),
    "password.too_few_character_classes": QT_TRANSLATE_NOOP(
        "Errors",
        "The password must mix at least {required} kinds of characters (lower case, upper case, digits, "
        "others); it has {found}.",
    ),
    "permission.denied": QT_TRANSLATE_NOOP("Errors", "A {role} may not {action}."),
    "permission.not_certified": QT_TRANSLATE_NOOP(
        "Errors", "The role {role} needs a certification to work on real cases; training mode only."
    ),
    "permission.certification_expired": QT_TRANSLATE_NOOP(
        "Errors", "Your certification expired on {valid_until}; training mode only."
    ),
    "user.name_taken_bank_wide": QT_TRANSLATE_NOOP(
        "Errors", "The user name {username} is already used by a person of branch {branch}. Choose another."
    ),
    "totp.required": QT_TRANSLATE_NOOP("Errors", "Enter the one-time code from your authenticator."),
    "totp.wrong_code": QT_TRANSLATE_NOOP("Errors", "The one-time code is wrong or has expired."),
    "permission.training_only": QT_TRANSLATE_NOOP(
        "Errors", "In training mode you may work only on training cases."
    ),
    "session.unknown": QT_TRANSLATE_NOOP("Errors", "This session is not valid here. Please sign in."),
    "password.same_as_old": QT_TRANSLATE_NOOP(
        "Errors", "The new password must differ from the old one. Choose another password."
    ),
    "password.stored_hash_unreadable": QT_TRANSLATE_NOOP(
        "Errors", "The stored password of this user is damaged. Ask an administrator to reset it."
    ),
    "password.unknown_algorithm": QT_TRANSLATE_NOOP(
        "Errors",
        "The stored password of this user is in an unknown format ({algorithm}). Ask an administrator to reset it.",
    ),
    "session.actor_unknown": QT_TRANSLATE_NOOP("Errors", "The acting user is not known. Sign in again."),
    "session.override_own": QT_TRANSLATE_NOOP(
        "Errors", "This is your own screen: unlock it with your password."
    ),
    "sign_in.input_invalid": QT_TRANSLATE_NOOP(
        "Errors", "The user name and the password must be text. Enter them again."
    ),
    "sign_in.input_too_long": QT_TRANSLATE_NOOP(
        "Errors", "The user name may have at most {username_max} characters and the password {password_max}."
    ),
    "sign_in.password_required": QT_TRANSLATE_NOOP("Errors", "Enter your password."),
    "sign_in.username_required": QT_TRANSLATE_NOOP("Errors", "Enter your user name."),
    "totp.malformed": QT_TRANSLATE_NOOP(
        "Errors", "The one-time code must be {digits} digits. Enter it again."
    ),
    "totp.not_enrolled": QT_TRANSLATE_NOOP(
        "Errors", "A one-time code is required, but none is set up for this user. Ask an administrator."
    ),
    "totp.replayed": QT_TRANSLATE_NOOP(
        "Errors", "This one-time code was already used. Wait for the next code."
    ),
    "user.certification_date_invalid": QT_TRANSLATE_NOOP(
        "Errors", "The certification needs a date. Enter the date."
    ),
    "user.already_at_branch": QT_TRANSLATE_NOOP(
        "Errors", "{username} is already a user of branch {branch}. Nothing was moved."
    ),
    "user.branch_invalid": QT_TRANSLATE_NOOP(
        "Errors", "A branch code has 1 to 32 characters and is not '*'. Correct the branch code."
    ),
    "user.name_invalid": QT_TRANSLATE_NOOP(
        "Errors",
        "A user name has 1 to 64 letters, digits, dots, underscores or hyphens and starts with a letter or digit. Correct it.",
    ),
    "user.name_taken": QT_TRANSLATE_NOOP("Errors", "The user name {username} is taken. Choose another."),
    "user.not_found": QT_TRANSLATE_NOOP("Errors", "There is no user {username}. Check the user name."),
    "user.not_on_oneself": QT_TRANSLATE_NOOP(
        "Errors",
        "Administrators may not disable, lock or change the role of their own user. Ask another administrator.",
    ),
    "user.role_unknown": QT_TRANSLATE_NOOP(
        "Errors", "There is no role {role}; the roles are: {roles}. Choose one of them."
    ),
    "user.unknown": QT_TRANSLATE_NOOP("Errors", "There is no user {username}. Check the user name."),
}
