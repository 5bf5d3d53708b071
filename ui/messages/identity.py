"""Sentences for the core's refusals about identifiers (checked as the teller types) and identity
verification."""

from __future__ import annotations

from ui.i18n import QT_TRANSLATE_NOOP

AREAS = ("identifier", "identity")  # the codes' first word; ui.messages assembles MESSAGES
MESSAGES: dict[str, str] = {
    "identifier.empty": QT_TRANSLATE_NOOP("Errors", "The {name} is empty."),
    "identifier.length": QT_TRANSLATE_NOOP(
        "Errors", "The {name} must have {expected} characters; it has {found}."
    ),
    "identifier.character": QT_TRANSLATE_NOOP(
        "Errors", "Character {place} of the {name} must be {expected}; found {found}."
    ),
    "identifier.check_character": QT_TRANSLATE_NOOP(
        "Errors",
        "The check character of the {name} (character {place}) should be {expected}, not {found}; a "
        "character was probably mistyped.",
    ),
    "identifier.birth_date": QT_TRANSLATE_NOOP(
        "Errors", "The birth date in the {name} is not a real date: the {part} (character {place}) is wrong."
    ),
    "identifier.future_birth_date": QT_TRANSLATE_NOOP(
        "Errors", "The birth date in the {name} is in the future."
    ),
    "identifier.region": QT_TRANSLATE_NOOP(
        "Errors", "The {name} starts with an unknown region code {found}."
    ),
    "identifier.registration_authority": QT_TRANSLATE_NOOP(
        "Errors", "The {name} starts with {found}, which is no registration authority (1-9, A, N, Y)."
    ),
    "identifier.category": QT_TRANSLATE_NOOP(
        "Errors",
        "Character 2 of the {name} is {found}, not a category of registration authority {authority}.",
    ),
    "identifier.mobile_prefix": QT_TRANSLATE_NOOP(
        "Errors", "A mainland {name} starts with 13 to 19; character {place} is {found}."
    ),
    "identity.online_check_mismatch": QT_TRANSLATE_NOOP(
        "Errors", "The online ID check says the name and ID number of {person} do not match (不一致)."
    ),
    "identity.online_check_not_found": QT_TRANSLATE_NOOP(
        "Errors", "The online ID check has no record of the ID number of {person} (库中无此号)."
    ),
    "identity.online_check_missing": QT_TRANSLATE_NOOP(
        "Errors", "The online ID check of {person} is not done."
    ),
    "identity.online_check_unavailable": QT_TRANSLATE_NOOP(
        "Errors",
        "The verification service did not answer for {person}: try again, or record what the verification "
        "terminal shows.",
    ),
    "identity.online_check_incomplete": QT_TRANSLATE_NOOP(
        "Errors", "The online ID check of {person} lacks its reference number or photo comparison."
    ),
    "identity.verification_result_required": QT_TRANSLATE_NOOP(
        "Errors", "Choose the result the verification terminal showed for {person}."
    ),
    "identity.verification_reference_required": QT_TRANSLATE_NOOP(
        "Errors", "Enter the reference number the verification terminal showed for {person}."
    ),
    "identity.verification_reference_invalid": QT_TRANSLATE_NOOP(
        "Errors", "The reference number is one word of at most {limit} characters."
    ),
    "identity.verification_photo_required": QT_TRANSLATE_NOOP(
        "Errors", "Say whether the photo was compared for {person}."
    ),
    "identity.verification_refusal_stands": QT_TRANSLATE_NOOP(
        "Errors",
        "The online ID check of {person} answered mismatch or number not on record; that answer stands for "
        "this name and number.",
    ),
    "identity.verification_reference_reused": QT_TRANSLATE_NOOP(
        "Errors", "{person} and {other} cannot have the same check reference number."
    ),
    "identity.id_expiry_required": QT_TRANSLATE_NOOP(
        "Errors", "Enter the date the ID document is valid until."
    ),
    "identity.id_expiry_invalid": QT_TRANSLATE_NOOP(
        "Errors", "Write the date like 2030-06-30, or long_term for a long-term card (长期)."
    ),
    "identity.id_expired": QT_TRANSLATE_NOOP(
        "Errors", "The ID document expired on {expiry}: it cannot be accepted."
    ),
    "identity.id_expiring": QT_TRANSLATE_NOOP(
        "Errors", "Note: the ID document expires on {expiry}, in {days} days."
    ),
    "identifier.uscc_kind_mismatch": QT_TRANSLATE_NOOP(
        "Errors",
        "A credit code starting {prefix} is not registered for a customer of kind {kind} (expected {expected}).",
    ),
    "identifier.format": QT_TRANSLATE_NOOP(
        "Errors", "The {name} must contain at least one digit. Check the number."
    ),
    "identifier.invalid": QT_TRANSLATE_NOOP(
        "Errors", "The {name} is not valid. Check it against the original document."
    ),
    "identifier.not_text": QT_TRANSLATE_NOOP(
        "Errors", "The {name} must be text, not {found}. Enter it again."
    ),
}
