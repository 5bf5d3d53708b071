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
        "The agreement cannot be printed: the bank's side (乙方: the branch's name, address and telephone) is "
        "not set up. Ask IT to set it (teller-admin init, or the branch settings).",
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
    "owners.date_invalid": QT_TRANSLATE_NOOP("Errors", "{field} of {owner} must be a date like 1980-03-15."),
    "owners.sex_invalid": QT_TRANSLATE_NOOP("Errors", "The sex of {owner} is male or female."),
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
        if table is not None and text in table:
            shown[key] = tr("Names", table[text])
        else:
            shown[key] = value
    return shown


def is_environment_problem(error: BaseException) -> bool:
    return isinstance(error, TellerError) and error.kind == "environment"
