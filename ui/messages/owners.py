"""Sentences for the core's refusals about beneficial owners and their records
(《受益所有人信息管理办法》2024, 第八条)."""

from __future__ import annotations

from ui.i18n import QT_TRANSLATE_NOOP

AREAS = ("owners",)  # the codes' first word; ui.messages assembles MESSAGES
MESSAGES: dict[str, str] = {
    "owners.senior_manager_required": QT_TRANSLATE_NOOP(
        "Errors",
        "Nobody holds 25% or controls the customer; name the senior manager who runs daily operations.",
    ),
    "owners.share_not_decimal": QT_TRANSLATE_NOOP(
        "Errors", "Enter each share as an exact number, such as 0.25 or 25%."
    ),
    "owners.share_out_of_range": QT_TRANSLATE_NOOP("Errors", "A share must be between 0 and 100%."),
    "owners.shares_exceed_whole": QT_TRANSLATE_NOOP(
        "Errors", "The shares of one company's shareholders add up to more than 100%."
    ),
    "owners.holding_cycle": QT_TRANSLATE_NOOP(
        "Errors", "The shareholdings go round in a circle; check who holds whom."
    ),
    "owners.too_many_layers": QT_TRANSLATE_NOOP("Errors", "The holdings go deeper than {limit} layers."),
    "owners.unknown_holder_kind": QT_TRANSLATE_NOOP(
        "Errors", "Say for each shareholder whether it is a natural person or an organisation."
    ),
    "owners.duplicate_holder": QT_TRANSLATE_NOOP(
        "Errors", "The same shareholder is listed twice under one company."
    ),
    "owners.not_a_holder": QT_TRANSLATE_NOOP("Errors", "The shareholder list is not in the expected form."),
    "owners.exemption_not_allowed": QT_TRANSLATE_NOOP(
        "Errors",
        "The exemption needs registered capital of at most 10,000,000 CNY, only natural-person "
        "shareholders, and nobody outside them who controls or benefits.",
    ),
    "owners.none_recorded": QT_TRANSLATE_NOOP(
        "Errors", "Record at least one beneficial owner or the exemption."
    ),
    "owners.exemption_controller_recorded": QT_TRANSLATE_NOOP(
        "Errors", "No exemption: a person who controls the customer is recorded; record the owners instead."
    ),
    "owners.exemption_commitment_missing": QT_TRANSLATE_NOOP(
        "Errors", "The exemption needs the customer's signed commitment: who signed it and its reference."
    ),
    "owners.date_invalid": QT_TRANSLATE_NOOP(
        "Errors", "{field} of {owner} must be a date like 1980-03-15. Enter it as on the document."
    ),
    "owners.sex_invalid": QT_TRANSLATE_NOOP("Errors", "Choose the sex of {owner}: male or female."),
    "owners.field_required": QT_TRANSLATE_NOOP(
        "Errors", "{owner}: {field} is missing. Enter it from the owner's documents."
    ),
    "owners.id_expiry_required": QT_TRANSLATE_NOOP(
        "Errors",
        "{owner}: enter the date the ID is valid until, or tick “Long-term (长期)” if the card says so.",
    ),
    "owners.relationship_until_required": QT_TRANSLATE_NOOP(
        "Errors", "{owner}: enter the day the person ceased to be an owner, or tick “Still an owner”."
    ),
    "owners.birth_date_in_future": QT_TRANSLATE_NOOP(
        "Errors", "{owner}: the date of birth is in the future. Correct it from the ID document."
    ),
    "owners.birth_date_not_on_id": QT_TRANSLATE_NOOP(
        "Errors", "{owner}: the ID number gives the date of birth {on_id}. Correct the date or the number."
    ),
    "owners.sex_not_on_id": QT_TRANSLATE_NOOP(
        "Errors", "{owner}: the sex does not agree with the ID number. Correct the sex or the number."
    ),
    "owners.nationality_unknown": QT_TRANSLATE_NOOP(
        "Errors", "{owner}: choose the nationality from the list of countries and regions."
    ),
    "owners.contact_invalid": QT_TRANSLATE_NOOP(
        "Errors",
        "{owner}: the contact is not a phone number. Enter a mobile (13800138000), a landline with its area "
        "code (021-68880001) or +country code and number.",
    ),
    "owners.id_type_unknown": QT_TRANSLATE_NOOP("Errors", "{owner}: choose the ID type from the list."),
    "owners.id_number_invalid": QT_TRANSLATE_NOOP(
        "Errors",
        "{owner}: the ID number is not valid for the chosen ID type. Check both against the document.",
    ),
    "owners.id_type_mismatch": QT_TRANSLATE_NOOP(
        "Errors",
        "A number starting with 9 is a foreign permanent residence ID, any other a resident ID card. Choose "
        "the ID type that matches the document.",
    ),
    "owners.permit_number_invalid": QT_TRANSLATE_NOOP(
        "Errors", "A travel permit number has 8 to 11 letters and digits. Check it against the permit."
    ),
    "owners.id_not_yet_valid": QT_TRANSLATE_NOOP(
        "Errors", "{owner}: the ID is valid only from {valid_from}. Check the date on the document."
    ),
    "owners.id_expiry_before_issue": QT_TRANSLATE_NOOP(
        "Errors", "{owner}: the ID cannot expire before the day it became valid. Check both dates."
    ),
    "owners.id_expired": QT_TRANSLATE_NOOP(
        "Errors", "{owner}: the ID expired on {expiry} and cannot be accepted. Ask for a valid document."
    ),
    "owners.relationship_in_future": QT_TRANSLATE_NOOP(
        "Errors", "{owner}: the day the person became an owner is in the future. Correct it."
    ),
    "owners.relationship_ends_before_it_began": QT_TRANSLATE_NOOP(
        "Errors", "{owner}: the relationship cannot end before it began. Check both dates."
    ),
    "owners.share_below_threshold": QT_TRANSLATE_NOOP(
        "Errors", "{owner} is recorded as an owner by {field} with less than 25%. Find the owners again."
    ),
    "owners.control_means_required": QT_TRANSLATE_NOOP(
        "Errors", "{owner}: describe how the person controls the customer (agreement, family, trust …)."
    ),
    "owners.no_reason": QT_TRANSLATE_NOOP(
        "Errors", "{owner} is recorded with no reason to be an owner. Find the owners again."
    ),
    "owners.capital_not_decimal": QT_TRANSLATE_NOOP(
        "Errors", "The registered capital must be an exact amount, not {value}. Correct it."
    ),
    "owners.capital_out_of_range": QT_TRANSLATE_NOOP(
        "Errors", "The registered capital cannot be {value}. Check it against the business licence."
    ),
    "owners.holder_id_required": QT_TRANSLATE_NOOP(
        "Errors", "Every shareholder needs an identifier. Enter the missing ones."
    ),
    "owners.person_with_holders": QT_TRANSLATE_NOOP(
        "Errors", "{holder} is a natural person and cannot have shareholders. Correct the ownership."
    ),
}
