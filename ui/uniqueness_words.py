"""The one-account check (one 基本存款账户 per depositor, one Ⅰ类户 per person) in the teller's words.

A short state for the lists and the case header, and what it means and what happens next for the
account-setup step and the supervisor's summary. The states are the core's (teller_app.domain.accounts:
UniquenessState); what happens next is what the core does: an account set up without an answer from the
central database is checked at the next sync (teller_app.sync.uniqueness), activation waits on a clash and, for a 核准
account, on the recorded approval (teller_app.domain.case_approval.activate_account), and a supervisor clears a clash with a reason
(teller_app.services.account_setup.clear_uniqueness_clash).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from teller_app.domain.accounts import UniquenessState
from ui.i18n import QT_TRANSLATE_NOOP, tr

# The states a teller must act on or wait for; "confirmed" needs no word in a list.
SHORT = {
    UniquenessState.TO_CONFIRM.value: QT_TRANSLATE_NOOP("Uniqueness", "uniqueness to confirm"),
    UniquenessState.CLASH.value: QT_TRANSLATE_NOOP("Uniqueness", "second account found: supervisor decides"),
    UniquenessState.CLEARED.value: QT_TRANSLATE_NOOP("Uniqueness", "one-account clash cleared"),
}
NOUNS = {  # one per account type of teller_app.domain.accounts.UNIQUE_ACCOUNT_TYPES (a test compares)
    "basic": QT_TRANSLATE_NOOP("Uniqueness", "basic deposit account"),
    "personal_i": QT_TRANSLATE_NOOP("Uniqueness", "personal class I account"),
}


def uniqueness_short(state: str) -> str:
    """The state in a few words (lists, the header); "" when there is nothing to wait for or act on."""
    source = SHORT.get(state)
    return tr("Uniqueness", source) if source else ""


def needs_attention(state: str) -> bool:
    """To confirm or clashing: shown as a warning."""
    return state in (UniquenessState.TO_CONFIRM.value, UniquenessState.CLASH.value)


def status_with_uniqueness(status_words: str, state: str) -> str:
    """A list's status cell: the case's status, and the one-account check when it is pending or clashed."""
    short = uniqueness_short(state)
    return tr("Uniqueness", "{status} · {check}", status=status_words, check=short) if short else status_words


def activation_waits(account: Mapping[str, Any] | None) -> str:
    """Beside a greyed Activate: why the core would refuse it ("" when activation can go ahead). In the
    core's order (teller_app.domain.case_approval.activate_account): a 核准 account without its recorded
    approval, then a one-account clash not yet cleared."""
    if not account:
        return ""
    if account.get("regime") == "approval" and not account.get("regulator_approval"):
        return tr("Uniqueness", "Activation waits for the regulator's approval: record its number and date.")
    if account.get("uniqueness") == UniquenessState.CLASH.value:
        return tr("Uniqueness", "Activation waits for a supervisor to clear the clash.")
    return ""


def uniqueness_explained(state: str, account_type: str, *, activated: bool) -> str:
    """What the state means and what happens next, in one or two sentences ("" for no such check)."""
    noun = tr("Uniqueness", NOUNS[account_type]) if account_type in NOUNS else ""
    if not noun:
        return ""
    if state == UniquenessState.TO_CONFIRM.value:
        checked = tr(
            "Uniqueness",
            "Uniqueness to confirm: the central database could not be asked when the account was set up, so "
            "only this terminal's records were searched for another {account} of this depositor.",
            account=noun,
        )
        if activated:
            then = tr(
                "Uniqueness",
                "The next sync checks with the central database; if it finds another one, the case goes "
                "to a supervisor to decide.",
            )
        else:
            then = tr(
                "Uniqueness",
                "The next sync checks with the central database. Activation can go ahead meanwhile; if "
                "another one is found, activation waits until a supervisor decides.",
            )
        return tr("Uniqueness", "{checked} {then}", checked=checked, then=then)  # zh: no space
    if state == UniquenessState.CLASH.value:
        if activated:
            return tr(
                "Uniqueness",
                "Another {account} of this depositor was found after activation: a supervisor must decide.",
                account=noun,
            )
        return tr(
            "Uniqueness",
            "Another {account} of this depositor is known: activation waits until a supervisor clears the "
            "clash with a recorded reason.",
            account=noun,
        )
    if state == UniquenessState.CLEARED.value:
        return tr(
            "Uniqueness",
            "A supervisor cleared the clash with another {account}, with a recorded reason.",
            account=noun,
        )
    if state == UniquenessState.CONFIRMED.value:
        return tr(
            "Uniqueness",
            "No other {account} of this depositor is known bank-wide; it is checked once more after this "
            "account reaches the central database.",
            account=noun,
        )
    return ""


def uniqueness_before_setup(account_type: str) -> str:
    """For a case whose account is not set up yet: when and how the check will run."""
    if account_type not in NOUNS:
        return ""
    return tr(
        "Uniqueness",
        "One {account} per depositor: checked at account setup against this terminal's records and, when "
        "online, the central database; set up offline, it is confirmed at the next sync.",
        account=tr("Uniqueness", NOUNS[account_type]),
    )
