"""Sentences for the core's refusals about a case and its steps: approval, documents and scans, the contract,
the risk rating, intent, seal card, the branch's side of the agreement and limits."""

from __future__ import annotations

from ui.i18n import QT_TRANSLATE_NOOP

AREAS = (
    "case",
    "case_sla",
    "cases",
    "step",
    "approval",
    "document",
    "contract",
    "risk",
    "intent",
    "seal",
    "branch",
    "scan",
    "limits",
)  # the codes' first word; ui.messages assembles MESSAGES
MESSAGES: dict[str, str] = {
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
    "scan.too_large": QT_TRANSLATE_NOOP("Errors", "The scan has {size} bytes; at most {limit}."),
    "scan.type_mismatch": QT_TRANSLATE_NOOP(
        "Errors", "The file is not a {media_type} scan (PDF, JPG or PNG)."
    ),
    "scan.empty": QT_TRANSLATE_NOOP("Errors", "The scan is empty."),
    "case.not_found": QT_TRANSLATE_NOOP("Errors", "There is no case {case_id}."),
    "approval.expiry_not_positive": QT_TRANSLATE_NOOP(
        "Errors",
        "The approval's validity must be more than zero and at most {limit} hours, not {hours}. Correct the setting.",
    ),
    "cases.state_unknown": QT_TRANSLATE_NOOP(
        "Errors", "There is no case state {state}; the states are: {states}. Choose one of them."
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
    "limits.special_approval_required": QT_TRANSLATE_NOOP(
        "Errors",
        "The payment of {amount} exceeds the {exceeded} limit and needs special approval. Ask a supervisor.",
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
}
