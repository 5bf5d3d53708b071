"""Sentences for the core's refusals about accounts: setting up, activating, account numbers, and the
regulator's 核准 and 备案 filings."""

from __future__ import annotations

from ui.i18n import QT_TRANSLATE_NOOP

AREAS = (
    "account",
    "account_number",
    "regulator",
    "filings",
)  # the codes' first word; ui.messages assembles MESSAGES
MESSAGES: dict[str, str] = {
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
    "account.verification_investors_missing": QT_TRANSLATE_NOOP(
        "Errors", "A capital-verification account needs the investors who pay in the capital."
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
    "filings.day_invalid": QT_TRANSLATE_NOOP("Errors", "{value} is not a date. Enter a date."),
    "regulator.recorder_missing": QT_TRANSLATE_NOOP(
        "Errors", "Who recorded this is not known. Sign in again and record it once more."
    ),
}
