"""Core error codes → sentences a teller understands (translatable), and what to do next."""

from __future__ import annotations

from teller_app.domain.errors import TellerError
from teller_app.log import get_logger
from ui.i18n import QT_TRANSLATE_NOOP, tr

_log = get_logger("ui.messages")

# code → English template with the core's named placeholders. The UI shows tr("Errors", template).
MESSAGES: dict[str, str] = {
    # sign-in and sessions
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
    # permissions and certification
    "permission.denied": QT_TRANSLATE_NOOP("Errors", "A {role} may not {action}."),
    "permission.not_certified": QT_TRANSLATE_NOOP(
        "Errors", "The role {role} needs a certification to work on real cases; training mode only."
    ),
    "permission.certification_expired": QT_TRANSLATE_NOOP(
        "Errors", "Your certification expired on {valid_until}; training mode only."
    ),
    # dual control
    "approval.own_case": QT_TRANSLATE_NOOP(
        "Errors", "You worked on this case, so you cannot approve it. Another supervisor must sign in."
    ),
    "approval.same_person": QT_TRANSLATE_NOOP(
        "Errors", "The supervisor must be another person than the one signed in here."
    ),
    "approval.checker_not_authenticated": QT_TRANSLATE_NOOP(
        "Errors", "The supervisor must sign in with their own user name and password to decide."
    ),
    "approval.authority_too_low": QT_TRANSLATE_NOOP(
        "Errors", "A {role} may not decide on a case of risk level {level}; it needs one of: {allowed}."
    ),
    "approval.reason_required": QT_TRANSLATE_NOOP("Errors", "Give a reason to {decision} a case."),
    "approval.no_open_request": QT_TRANSLATE_NOOP("Errors", "The case has no open approval request."),
    "approval.request_expired": QT_TRANSLATE_NOOP(
        "Errors", "The approval request expired at {expires_at}; request approval again."
    ),
    "approval.content_changed": QT_TRANSLATE_NOOP(
        "Errors", "The case changed after approval was requested; request approval again."
    ),
    "approval.risk_not_rated": QT_TRANSLATE_NOOP("Errors", "The case has no risk level yet."),
    # the case and its steps
    "case.step_out_of_order": QT_TRANSLATE_NOOP("Errors", "Step {step} comes after {expected}."),
    "case.step_incomplete": QT_TRANSLATE_NOOP("Errors", "The step {step} is not complete."),
    "case.steps_incomplete": QT_TRANSLATE_NOOP("Errors", "Steps not complete: {steps}."),
    "case.field_required": QT_TRANSLATE_NOOP("Errors", "The field {field} is required."),
    "case.not_current_step": QT_TRANSLATE_NOOP(
        "Errors", "This is done at the step {step}; the case is at {current}."
    ),
    "case.awaiting_approval": QT_TRANSLATE_NOOP(
        "Errors", "The case is waiting for approval; it cannot change until the checker decides."
    ),
    "case.closed": QT_TRANSLATE_NOOP("Errors", "The case is {status}; it takes no more changes."),
    "case.documents_need_revision": QT_TRANSLATE_NOOP(
        "Errors", "Documents need revision or were rejected: {items}."
    ),
    "case.documents_not_verified": QT_TRANSLATE_NOOP("Errors", "Mandatory documents not verified: {items}."),
    "case.approval_already_open": QT_TRANSLATE_NOOP(
        "Errors", "The case already has an open approval request."
    ),
    "case.not_approved": QT_TRANSLATE_NOOP("Errors", "The case needs a valid approval before account setup."),
    "case.resubmit_required": QT_TRANSLATE_NOOP(
        "Errors", "The case was returned for correction; resubmit it after the correction."
    ),
    "case.risk_not_rated": QT_TRANSLATE_NOOP("Errors", "The case has no risk level yet."),
    "case.account_type_not_for_customer": QT_TRANSLATE_NOOP(
        "Errors", "This customer kind ({kind}) cannot open a {account_type}."
    ),
    "case.reason_required": QT_TRANSLATE_NOOP("Errors", "Give a reason to cancel a case."),
    "document.original_not_seen": QT_TRANSLATE_NOOP(
        "Errors", "Item {item} can be verified only after you confirm that you saw the original."
    ),
    "document.reason_required": QT_TRANSLATE_NOOP("Errors", "Item {item} marked {decision} needs a reason."),
    "approval.return_reasons_invalid": QT_TRANSLATE_NOOP(
        "Errors", "A return names the steps to correct, each with its reasons."
    ),
    "case.account_already_set_up": QT_TRANSLATE_NOOP("Errors", "The account is already set up."),
    "case.account_not_set_up": QT_TRANSLATE_NOOP("Errors", "Set up the account first."),
    "case.already_approved": QT_TRANSLATE_NOOP("Errors", "The case is already approved."),
    "case.cancel_after_approval": QT_TRANSLATE_NOOP("Errors", "An approved case cannot be cancelled."),
    "case.hand_over_to_holder": QT_TRANSLATE_NOOP("Errors", "This person already holds the case."),
    "case.hand_over_unknown_user": QT_TRANSLATE_NOOP("Errors", "There is no active user {user}."),
    "case.hand_over_not_a_holder": QT_TRANSLATE_NOOP(
        "Errors", "{user} may not work on cases: choose a certified teller or supervisor."
    ),
    "case.reason_unknown": QT_TRANSLATE_NOOP("Errors", "Choose one of the listed reasons, or Other."),
    "case.handling_note_required": QT_TRANSLATE_NOOP("Errors", "With the reason Other, say why in the note."),
    "case.note_too_long": QT_TRANSLATE_NOOP("Errors", "The note has {length} characters; at most {most}."),
    "case.field_unknown": QT_TRANSLATE_NOOP("Errors", "The field {field} is not known here."),
    "case.illegal_move": QT_TRANSLATE_NOOP("Errors", "The case cannot make this move now."),
    "case.no_next_step": QT_TRANSLATE_NOOP("Errors", "{step} is the last step."),
    "case.no_previous_step": QT_TRANSLATE_NOOP("Errors", "{step} is the first step."),
    "case.not_at_approval_step": QT_TRANSLATE_NOOP(
        "Errors", "Approval is requested at the approval step; the case is at {step}."
    ),
    "case.not_your_case": QT_TRANSLATE_NOOP("Errors", "Only the teller who opened the case works on it."),
    "case.record_invalid": QT_TRANSLATE_NOOP(
        "Errors", "The case record is damaged ({field}). Tell IT; nothing was changed."
    ),
    "case.return_step_invalid": QT_TRANSLATE_NOOP("Errors", "A case cannot be returned to the step {step}."),
    "case.step_data_not_a_mapping": QT_TRANSLATE_NOOP("Errors", "The entries of the step could not be read."),
    "case.step_data_not_recordable": QT_TRANSLATE_NOOP("Errors", "An entry of the step cannot be recorded."),
    "case.step_not_optional": QT_TRANSLATE_NOOP("Errors", "The step {step} cannot be skipped for this case."),
    "case.unknown_value": QT_TRANSLATE_NOOP("Errors", "{field}: this choice is not possible here."),
    "contract.service_unknown": QT_TRANSLATE_NOOP(
        "Errors", "A service chosen is not offered with this account: choose from the list."
    ),
    "document.field_too_long": QT_TRANSLATE_NOOP(
        "Errors", "The document cannot be printed: an entry has {length} characters (at most {limit})."
    ),
    "document.layout": QT_TRANSLATE_NOOP(
        "Errors", "The document cannot be laid out: an entry is too large for the page."
    ),
    "document.not_on_checklist": QT_TRANSLATE_NOOP("Errors", "This document is not on the case's checklist."),
    "document.unknown": QT_TRANSLATE_NOOP("Errors", "There is no such document to print."),
    "risk.input_required": QT_TRANSLATE_NOOP("Errors", "Answer {field} before rating the risk."),
    "risk.unknown_code": QT_TRANSLATE_NOOP("Errors", "{field}: choose a value from the list."),
    "step.list_expected": QT_TRANSLATE_NOOP("Errors", "{field}: choose one or more from the list."),
    "step.table_expected": QT_TRANSLATE_NOOP("Errors", "{field} could not be read; enter it again."),
    "step.whole_number_expected": QT_TRANSLATE_NOOP("Errors", "{field} must be a whole number."),
    "document.bank_side_missing": QT_TRANSLATE_NOOP(
        "Errors",
        "The document cannot be printed: the bank's side (乙方) of branch {branch} has no {field}. IT sets it "
        "on the central database (teller-admin branch set); it arrives here with the next sync.",
    ),
    "document.missing_fields": QT_TRANSLATE_NOOP(
        "Errors", "The {document} cannot be printed: {fields} missing."
    ),
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
    # identifiers (inline validation)
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
    "step.field_required": QT_TRANSLATE_NOOP("Errors", "{field} is required at the step {step}."),
    "step.date_invalid": QT_TRANSLATE_NOOP("Errors", "{field} must be a date like 2026-03-02."),
    "step.amount_invalid": QT_TRANSLATE_NOOP("Errors", "{field} must be an exact number like 0.25."),
    "risk.not_rated": QT_TRANSLATE_NOOP("Errors", "Rate the customer's risk first."),
    "risk.edd_required": QT_TRANSLATE_NOOP(
        "Errors", "A high-risk customer needs enhanced due diligence (record its note)."
    ),
    "intent.not_confirmed": QT_TRANSLATE_NOOP(
        "Errors", "The customer's intent to open the account is not confirmed."
    ),
    "contract.not_signed": QT_TRANSLATE_NOOP("Errors", "The agreement is not signed yet."),
    "contract.agreement_not_printed": QT_TRANSLATE_NOOP(
        "Errors",
        "The agreement of the case as it now stands has not been printed. Print it, have the customer sign "
        "both printed originals, then record that they are signed.",
    ),
    "branch.field_required": QT_TRANSLATE_NOOP("Errors", "The branch setting {field} is required."),
    "branch.field_too_long": QT_TRANSLATE_NOOP(
        "Errors", "The branch setting {field} has {length} characters (at most {limit})."
    ),
    "document.print_job_mismatch": QT_TRANSLATE_NOOP(
        "Errors", "The print could not be recorded: it belongs to another document or case. Print it again."
    ),
    "contract.not_confirmed": QT_TRANSLATE_NOOP("Errors", "The customer's confirmation is not recorded."),
    "contract.seal_card_organisation_seal": QT_TRANSLATE_NOOP(
        "Errors", "The seal card needs the company seal (公章) or the financial seal (财务专用章)."
    ),
    "contract.seal_card_personal_seal": QT_TRANSLATE_NOOP(
        "Errors", "The seal card needs the name seal or signature of the legal representative or the agent."
    ),
    "contract.seal_card_agent_not_acting": QT_TRANSLATE_NOOP(
        "Errors", "An agent's seal or signature needs an agent recorded at intake."
    ),
    "seal.unknown_kind": QT_TRANSLATE_NOOP("Errors", "{kind} is not a seal kind of the seal card."),
    "seal.holder_required": QT_TRANSLATE_NOOP(
        "Errors", "Enter whose seal or signature each line of the seal card is."
    ),
    "intent.legal_representative_required": QT_TRANSLATE_NOOP(
        "Errors", "Confirm the intent with the legal representative: the procedure does not allow an agent."
    ),
    "intent.person_not_recorded": QT_TRANSLATE_NOOP(
        "Errors", "{name} is not {person} recorded at the identity step ({expected})."
    ),
    "owners.none_recorded": QT_TRANSLATE_NOOP(
        "Errors", "Record at least one beneficial owner or the exemption."
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
    "account.not_eligible": QT_TRANSLATE_NOOP(
        "Errors", "A customer of kind {kind} may not open an account of type {account_type}."
    ),
    "account.regulator_approval_missing": QT_TRANSLATE_NOOP(
        "Errors",
        "This account needs the regulator's approval (核准); record the approval number and date first.",
    ),
    "account.uniqueness_clash": QT_TRANSLATE_NOOP(
        "Errors",
        "Another account of this kind is known for this depositor; a supervisor must decide first.",
    ),
    "regulator.reference_missing": QT_TRANSLATE_NOOP("Errors", "Enter the reference number."),
    "regulator.reference_invalid": QT_TRANSLATE_NOOP(
        "Errors", "The reference number may have at most {most} printable characters."
    ),
    "regulator.date_missing": QT_TRANSLATE_NOOP("Errors", "Enter the date."),
    "regulator.date_before_opening": QT_TRANSLATE_NOOP(
        "Errors", "The date {day} is before the account was opened ({opened})."
    ),
    "regulator.date_in_future": QT_TRANSLATE_NOOP("Errors", "The date {day} is in the future."),
    "regulator.already_recorded": QT_TRANSLATE_NOOP("Errors", "This was already recorded."),
    "regulator.not_under_approval": QT_TRANSLATE_NOOP(
        "Errors", "This account is filed (备案), not approved; record its filing instead."
    ),
    "regulator.not_filed_regime": QT_TRANSLATE_NOOP(
        "Errors", "This account is not filed (备案); an account under 核准 records its approval instead."
    ),
    "account.personal_i_already_exists": QT_TRANSLATE_NOOP(
        "Errors", "This person already holds a type I account at this bank."
    ),
    "owners.exemption_controller_recorded": QT_TRANSLATE_NOOP(
        "Errors", "No exemption: a person who controls the customer is recorded; record the owners instead."
    ),
    "owners.exemption_commitment_missing": QT_TRANSLATE_NOOP(
        "Errors", "The exemption needs the customer's signed commitment: who signed it and its reference."
    ),
    "identifier.uscc_kind_mismatch": QT_TRANSLATE_NOOP(
        "Errors",
        "A credit code starting {prefix} is not registered for a customer of kind {kind} (expected {expected}).",
    ),
    "case_sla.extension_needs_edd": QT_TRANSLATE_NOOP(
        "Errors", "More working days are only for a case under enhanced due diligence (high risk)."
    ),
    "case_sla.extension_days_invalid": QT_TRANSLATE_NOOP(
        "Errors", "The extension must be a whole number of days."
    ),
    "case_sla.extension_too_long": QT_TRANSLATE_NOOP(
        "Errors", "At most {most} more working days for enhanced due diligence."
    ),
    "case_sla.extension_reason_missing": QT_TRANSLATE_NOOP("Errors", "Give the reason for the extension."),
    "account.verification_investors_missing": QT_TRANSLATE_NOOP(
        "Errors", "A capital-verification account needs the investors who pay in the capital."
    ),
    "owners.date_invalid": QT_TRANSLATE_NOOP(
        "Errors", "{field} of {owner} must be a date like 1980-03-15. Enter it as on the document."
    ),
    "owners.sex_invalid": QT_TRANSLATE_NOOP("Errors", "Choose the sex of {owner}: male or female."),
    # a beneficial owner's record (《受益所有人信息管理办法》2024, 第八条)
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
    "account.basic_already_exists": QT_TRANSLATE_NOOP(
        "Errors", "This depositor already holds a basic deposit account."
    ),
    "account.general_needs_basic_number": QT_TRANSLATE_NOOP(
        "Errors", "A general deposit account needs the number of the depositor's basic account."
    ),
    "account.general_same_branch_as_basic": QT_TRANSLATE_NOOP(
        "Errors",
        "A general deposit account cannot be opened at branch {branch}, which keeps the basic account.",
    ),
    "account.special_needs_category": QT_TRANSLATE_NOOP(
        "Errors", "A special deposit account needs the category of its funds."
    ),
    "account.temporary_beyond_two_years": QT_TRANSLATE_NOOP(
        "Errors", "A temporary account expires at the latest on {latest}, 2 years after opening."
    ),
    "scan.too_large": QT_TRANSLATE_NOOP("Errors", "The scan has {size} bytes; at most {limit}."),
    "scan.type_mismatch": QT_TRANSLATE_NOOP(
        "Errors", "The file is not a {media_type} scan (PDF, JPG or PNG)."
    ),
    "scan.empty": QT_TRANSLATE_NOOP("Errors", "The scan is empty."),
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
    "user.name_taken_bank_wide": QT_TRANSLATE_NOOP(
        "Errors", "The user name {username} is already used by a person of branch {branch}. Choose another."
    ),
    "totp.required": QT_TRANSLATE_NOOP("Errors", "Enter the one-time code from your authenticator."),
    "totp.wrong_code": QT_TRANSLATE_NOOP("Errors", "The one-time code is wrong or has expired."),
    "permission.training_only": QT_TRANSLATE_NOOP(
        "Errors", "In training mode you may work only on training cases."
    ),
    "session.unknown": QT_TRANSLATE_NOOP("Errors", "This session is not valid here. Please sign in."),
    "case.not_found": QT_TRANSLATE_NOOP("Errors", "There is no case {case_id}."),
    # the operation record and alerts
    "audit.filter_invalid": QT_TRANSLATE_NOOP(
        "Errors", "The filter {field} is not valid. Correct it and try again."
    ),
    "audit.range_reversed": QT_TRANSLATE_NOOP(
        "Errors", "The start date {since} is after the end date {until}. Swap them and try again."
    ),
    "alerts.time_invalid": QT_TRANSLATE_NOOP(
        "Errors", "The alerts could not be worked out: the time {value} has no time zone."
    ),
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
    # supervision: post-review, feedback, incidents, the evaluation report
    "post_review.own_case": QT_TRANSLATE_NOOP(
        "Errors", "You worked on this case; another reviewer must review it."
    ),
    "post_review.wrong_state": QT_TRANSLATE_NOOP(
        "Errors", "The review is not at a stage where this can be done."
    ),
    "post_review.other_reviewer": QT_TRANSLATE_NOOP("Errors", "Another reviewer has this review."),
    "post_review.no_findings": QT_TRANSLATE_NOOP(
        "Errors", "Record the findings before asking for a rectification."
    ),
    "post_review.request_required": QT_TRANSLATE_NOOP("Errors", "Say what the teller must put right."),
    "post_review.answer_required": QT_TRANSLATE_NOOP("Errors", "Say what was put right."),
    "post_review.not_found": QT_TRANSLATE_NOOP("Errors", "This review cannot be found."),
    "post_review.not_your_case": QT_TRANSLATE_NOOP("Errors", "Only the case's teller answers this request."),
    "post_review.note_too_long": QT_TRANSLATE_NOOP("Errors", "At most {limit} characters, not {length}."),
    "post_review.not_signed_in_user": QT_TRANSLATE_NOOP(
        "Errors", "The reviewer who signs must be the one signed in here."
    ),
    "feedback.text_required": QT_TRANSLATE_NOOP("Errors", "Write the text first."),
    "feedback.text_too_long": QT_TRANSLATE_NOOP("Errors", "At most {limit} characters, not {length}."),
    "feedback.score_invalid": QT_TRANSLATE_NOOP("Errors", "The score is 1 to 5."),
    "feedback.comment_without_score": QT_TRANSLATE_NOOP("Errors", "A skipped survey has no comment."),
    "feedback.case_not_finished": QT_TRANSLATE_NOOP(
        "Errors", "Satisfaction is recorded when the case is finished."
    ),
    "feedback.already_recorded": QT_TRANSLATE_NOOP(
        "Errors", "The customer's satisfaction is already recorded."
    ),
    "feedback.suggestion_closed": QT_TRANSLATE_NOOP("Errors", "The suggestion is closed."),
    "feedback.not_found": QT_TRANSLATE_NOOP("Errors", "This suggestion cannot be found."),
    "incident.stage_order": QT_TRANSLATE_NOOP(
        "Errors", "The stages are taken in order; this is not the next one."
    ),
    "incident.review_note_required": QT_TRANSLATE_NOOP("Errors", "Say what the review found."),
    "incident.not_found": QT_TRANSLATE_NOOP("Errors", "This incident cannot be found."),
    "report.period_invalid": QT_TRANSLATE_NOOP(
        "Errors", "{period} is not a period: write a quarter (2026Q4), a half-year (2026H2) or FIRST..LAST."
    ),
    # training, help and the procedure (ui/training, ui/help)
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
    # the UI's own
    "ui.scan_type": QT_TRANSLATE_NOOP("Errors", "Scans must be PDF, JPG or PNG files, not {suffix}."),
    "ui.scan_too_large": QT_TRANSLATE_NOOP("Errors", "The scan is {size} MB; at most 20 MB."),
    "ui.scan_unreadable": QT_TRANSLATE_NOOP("Errors", "The file cannot be read: {problem}."),
    "ui.not_available": QT_TRANSLATE_NOOP(
        "Errors", "This function is not available in this version yet: {function}."
    ),
    "ui.unexpected": QT_TRANSLATE_NOOP(
        "Errors", "Something went wrong that should not have. Your entries are kept; tell IT support."
    ),
    # core errors the UI can meet beyond the wizard (storage, keys, sync, accounts, users, set-up)
    "account.amount_invalid": QT_TRANSLATE_NOOP(
        "Errors", "The amount {amount} is not a positive sum. Enter an amount above zero."
    ),
    "account.balance_cap": QT_TRANSLATE_NOOP(
        "Errors",
        "The balance would reach {total}, but this account may hold at most {cap}. Lower the amount.",
    ),
    "account.basic_branch_missing": QT_TRANSLATE_NOOP(
        "Errors",
        "The branch of the basic account is not given. Enter the branch where the basic account is held.",
    ),
    "account.daily_outflow_cap": QT_TRANSLATE_NOOP(
        "Errors",
        "Payments out would reach {total} today; this account allows {cap} a day. Lower the amount or pay the rest tomorrow.",
    ),
    "account.depositor_key_missing": QT_TRANSLATE_NOOP(
        "Errors", "The depositor is not identified. Complete the depositor's identity first."
    ),
    "account.no_cash_deposit": QT_TRANSLATE_NOOP("Errors", "This account may not take cash deposits."),
    "account.no_cash_withdrawal": QT_TRANSLATE_NOOP("Errors", "This account may not pay out cash."),
    "account.no_transfers_in": QT_TRANSLATE_NOOP("Errors", "This account may not receive transfers."),
    "account.no_transfers_out": QT_TRANSLATE_NOOP("Errors", "This account may not transfer money out."),
    "account.no_uniqueness_clash": QT_TRANSLATE_NOOP(
        "Errors", "This account has no clash with another account to clear."
    ),
    "account.special_category_unknown": QT_TRANSLATE_NOOP(
        "Errors", "There is no special account category {category}. Choose a category from the list."
    ),
    "account.temporary_expiry_not_after_opening": QT_TRANSLATE_NOOP(
        "Errors",
        "A temporary account must expire after the day it is opened ({opened}). Choose a later expiry date.",
    ),
    "account.temporary_extension_after_expiry": QT_TRANSLATE_NOOP(
        "Errors",
        "The temporary account expired on {expiry}; an extension must be asked for before expiry. Open a new account instead.",
    ),
    "account.temporary_extension_not_later": QT_TRANSLATE_NOOP(
        "Errors",
        "The new expiry {new_expiry} is not later than the current one ({expiry}). Choose a later date.",
    ),
    "account.total_invalid": QT_TRANSLATE_NOOP(
        "Errors", "The {field} {total} is not a sum of zero or more. Correct the amount."
    ),
    "account.verification_payer_not_investor": QT_TRANSLATE_NOOP(
        "Errors",
        "Only an investor named at opening may pay into a capital-verification account. Check the payer.",
    ),
    "account.yearly_outflow_cap": QT_TRANSLATE_NOOP(
        "Errors",
        "Payments out would reach {total} this year; this account allows {cap} a year. Lower the amount.",
    ),
    "account_number.branch": QT_TRANSLATE_NOOP(
        "Errors", "This account number does not belong to branch {branch}. Check the number."
    ),
    "account_number.branch_character": QT_TRANSLATE_NOOP(
        "Errors", "The branch code may hold only digits and the letters A to Z. Correct the branch code."
    ),
    "account_number.branch_length": QT_TRANSLATE_NOOP(
        "Errors", "The branch code must have {low} to {high} characters. Correct the branch code."
    ),
    "account_number.character": QT_TRANSLATE_NOOP(
        "Errors", "Character {position} of the account number must be a digit. Correct the account number."
    ),
    "account_number.check_digits": QT_TRANSLATE_NOOP(
        "Errors", "The account number's check digits do not match; it was probably mistyped. Enter it again."
    ),
    "account_number.length": QT_TRANSLATE_NOOP(
        "Errors", "The account number must have {expected} characters, not {actual}. Enter it again."
    ),
    "account_number.sequence_out_of_range": QT_TRANSLATE_NOOP(
        "Errors", "The account sequence {sequence} is outside 1 to {largest}. Check the account number."
    ),
    "approval.expiry_not_positive": QT_TRANSLATE_NOOP(
        "Errors",
        "The approval's validity must be more than zero and at most {limit} hours, not {hours}. Correct the setting.",
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
    "cases.state_unknown": QT_TRANSLATE_NOOP(
        "Errors", "There is no case state {state}; the states are: {states}. Choose one of them."
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
    "central.url_scheme": QT_TRANSLATE_NOOP(
        "Errors", "The central database address is not accepted: {advice}. Ask IT to correct it."
    ),
    "document.flowchart_invalid": QT_TRANSLATE_NOOP(
        "Errors",
        "The flowchart has boxes with the same code ({duplicates}). Ask the process owner to correct the process definition.",
    ),
    "document.item_missing": QT_TRANSLATE_NOOP(
        "Errors", "The review does not name a checklist item. Choose the item you reviewed."
    ),
    "document.reviewer_missing": QT_TRANSLATE_NOOP(
        "Errors", "The review does not name its reviewer. Sign in again and repeat the review."
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
    "filings.day_invalid": QT_TRANSLATE_NOOP("Errors", "{value} is not a date. Enter a date."),
    "help.step_missing": QT_TRANSLATE_NOOP(
        "Errors",
        "The help texts are incomplete ({source}: no help for {steps}). Ask IT to install the help files.",
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
    "import.not_a_list": QT_TRANSLATE_NOOP(
        "Errors", "The file {file} does not hold a list of applications. Choose an application export file."
    ),
    "import.not_json": QT_TRANSLATE_NOOP(
        "Errors", "The file {file} is not an application file ({problem}). Choose an application export file."
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
        "Errors", "The file {file} cannot be read ({problem}). Check the file and try again."
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
    "input.not_json": QT_TRANSLATE_NOOP(
        "Errors", "{field} cannot be stored ({problem}). Check what you entered."
    ),
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
        "Errors", "The system key store refused the key ({problem}). Ask IT."
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
    "limits.special_approval_required": QT_TRANSLATE_NOOP(
        "Errors",
        "The payment of {amount} exceeds the {exceeded} limit and needs special approval. Ask a supervisor.",
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
    "recovery.central_chain_broken": QT_TRANSLATE_NOOP(
        "Errors", "The central copy of terminal {terminal}'s audit record is broken at event {seq}. Ask IT."
    ),
    "recovery.chain_diverged": QT_TRANSLATE_NOOP(
        "Errors",
        "The central copy of terminal {terminal}'s audit record differs from the backup at event {seq}. Ask IT.",
    ),
    "regulator.recorder_missing": QT_TRANSLATE_NOOP(
        "Errors", "Who recorded this is not known. Sign in again and record it once more."
    ),
    "risk.ownership_layers_negative": QT_TRANSLATE_NOOP(
        "Errors", "The number of ownership layers cannot be negative. Correct it."
    ),
    "risk.review_interval_missing": QT_TRANSLATE_NOOP(
        "Errors",
        "Risk level {level} needs a review interval of at least one month. Ask the process owner to correct the process definition.",
    ),
    "risk.review_interval_too_long": QT_TRANSLATE_NOOP(
        "Errors",
        "Risk level {level} must be reviewed at least every {limit} months, not {months}. Ask the process owner to correct the process definition.",
    ),
    "risk.years_in_business_negative": QT_TRANSLATE_NOOP(
        "Errors", "The years in business cannot be negative. Correct it."
    ),
    "scan.not_found": QT_TRANSLATE_NOOP(
        "Errors", "There is no scan {scan_id} in this case. Scan the document again."
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
        "Errors", "The local data could not be written ({problem}). Check the disk and try again."
    ),
    "sync.bad_code": QT_TRANSLATE_NOOP(
        "Errors", "The {field} code must be 1 to 32 letters, digits, hyphens or underscores. Correct it."
    ),
    "sync.bad_payload": QT_TRANSLATE_NOOP(
        "Errors", "A record of {entity} cannot be stored ({problem}). Ask IT."
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
        "Errors", "The central database refused this synchronisation ({problem}). Ask IT."
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
    "totp.malformed": QT_TRANSLATE_NOOP(
        "Errors", "The one-time code must be {digits} digits. Enter it again."
    ),
    "totp.not_enrolled": QT_TRANSLATE_NOOP(
        "Errors", "A one-time code is required, but none is set up for this user. Ask an administrator."
    ),
    "totp.replayed": QT_TRANSLATE_NOOP(
        "Errors", "This one-time code was already used. Wait for the next code."
    ),
    "training.unreadable": QT_TRANSLATE_NOOP(
        "Errors", "The training material cannot be read ({source}: {problem}). Ask IT."
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

_BY_KIND = {
    "rule": QT_TRANSLATE_NOOP("Errors", "The procedure does not allow this: {detail}"),
    "input": QT_TRANSLATE_NOOP("Errors", "Please check what you entered: {detail}"),
    "environment": QT_TRANSLATE_NOOP(
        "Errors", "A problem with this computer or the network stopped the operation: {detail}"
    ),
}


WARNINGS = {
    "identifier.organisation_code_check": QT_TRANSLATE_NOOP(
        "Warnings",
        "The organisation code inside the credit code has check character {found}, expected {expected}; "
        "compare it with the business licence.",
    ),
    "identifier.category_unpublished": QT_TRANSLATE_NOOP(
        "Warnings",
        "Category {category} of registration authority {authority} is not in the published table; compare the "
        "code with the certificate.",
    ),
}


def describe_warning(warning: object) -> str:
    """A warning of the core (IdentifierWarning: code, params) in the teller's language."""
    code = str(getattr(warning, "code", ""))
    params = dict(getattr(warning, "params", {}) or {})
    template = WARNINGS.get(code)
    if template is None:
        _log.warning("no translation for warning code %s", code)
        render = getattr(warning, "render", None)
        return str(render()) if callable(render) else code
    return tr("Warnings", template, **readable_params(params))


def describe(error: BaseException) -> str:
    """One sentence for the teller. Known codes are translated; unknown ones keep the core's English."""
    if isinstance(error, TellerError):
        template = MESSAGES.get(error.code)
        if template is not None:
            return tr("Errors", template, **readable_params(error.params))
        _log.warning("no translation for error code %s", error.code)
        generic = _BY_KIND.get(error.kind, _BY_KIND["rule"])
        return tr("Errors", generic, detail=error.render())
    return tr("Errors", MESSAGES["ui.unexpected"])


# Parameters that hold a value of the core's vocabulary are shown by their translated names.
_VOCABULARY = {
    "step": "step",
    "current": "step",
    "expected": "step",
    "level": "risk_level",
    "risk_level": "risk_level",
    "role": "role",
    "account_type": "account_type",
    "kind": "customer_kind",
    "status": "case_status",
    "field": "field",
    "person": "person",
    "other": "person",
    "action": "action",
}


def readable_params(params: dict[str, object]) -> dict[str, object]:
    from ui import names

    tables = {
        "step": names.STEPS,
        "risk_level": names.RISK_LEVELS,
        "role": names.ROLES,
        "account_type": names.ACCOUNT_TYPES,
        "customer_kind": names.CUSTOMER_KINDS,
        "case_status": names.CASE_STATUSES,
        "field": names.FIELDS,
        "person": names.PEOPLE,
        "action": names.ACTIONS,
    }
    shown: dict[str, object] = {}
    identifier = params.get("identifier")
    if isinstance(identifier, str) and identifier in names.IDENTIFIERS:
        shown["name"] = tr("Names", names.IDENTIFIERS[identifier])
    for key, value in params.items():
        if key in shown:
            continue
        table = tables.get(_VOCABULARY.get(key, ""))
        text = str(value)
        if table is names.FIELDS and text not in table:
            text = text.rsplit(".", 1)[-1]  # a nested entry (shareholders.name) by its own name
        if table is not None and text in table:
            shown[key] = tr("Names", table[text])
        else:
            shown[key] = value
    return shown


def is_environment_problem(error: BaseException) -> bool:
    return isinstance(error, TellerError) and error.kind == "environment"
