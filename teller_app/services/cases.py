"""Case use cases the UI and the CLI call: open a case, save a step, move between steps, cancel, guidance.

Usage (every call takes the open Store and the acting user — an `Actor`, or the sign-in Session via
`as_actor`; each call that changes data is one transaction with its audit event and outbox entries;
refusals are RuleError/InputError with stable codes; run them off the GUI thread):

    from teller_app.services import cases, documents_review as docs, step_services as steps
    from teller_app.services import approvals, account_setup, case_lists, search, printing
    case = cases.open_case(store, teller, "enterprise_legal_person", "basic", customer_name="…")
    cases.save_step(store, teller, case.id, "intake", {...}, complete=True, advance=True)
    cases.save_step(store, teller, case.id, "identity", {...}, complete=True, advance=True)
    docs.record_document(store, teller, case.id, "business_licence", "verified", original_seen=True)
    docs.attach_scan(store, teller, case.id, "business_licence", pdf_bytes, "application/pdf")
    cases.save_step(store, teller, case.id, "documents", {}, complete=True, advance=True)
    steps.record_owners(store, teller, case.id, {"shareholders": [...]}, advance=True)
    steps.rate_risk(store, teller, case.id, {"industry": "F5181", "region": "310000", "country": "CN", …}, advance=True)
    steps.confirm_intent(store, teller, case.id, method="face_to_face", confirmed_with="…", advance=True)
    steps.record_contract(store, teller, case.id, signed=True, seals=[{"kind": "company_seal", "holder": "…"}, …], advance=True)
    approvals.request_approval(store, teller, case.id)
    approvals.decide(store, checker, case.id, "approve")   # checker = sign_in.authenticate_checker(…)
    account_setup.set_up_account(store, teller, case.id); account_setup.activate(store, teller, case.id)
    case_lists.list_my_cases(store, teller); case_lists.approval_queue(store, supervisor)
    case_lists.case_header(store, teller, case.id); cases.step_guidance(store, teller, case.id)
    search.find_cases(store, teller, "91310115…"); printing.print_case(store, teller, case.id, "agreement", path)

A validation error on save keeps the entries as a draft (the step stays incomplete) and then raises.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import Any

from teller_app.domain import case_moves
from teller_app.domain.account_types import AccountType
from teller_app.domain.canonical import canonical_json
from teller_app.domain.case import Case
from teller_app.domain.case import open_case as domain_open_case
from teller_app.domain.case_approval import validate_for_approval
from teller_app.domain.customers import CustomerKind
from teller_app.domain.entries import normalise_entries
from teller_app.domain.errors import InputError, RuleError, TellerError
from teller_app.domain.permissions import Action
from teller_app.domain.rating_void import STEPS_THE_RATING_RESTS_ON, facts_changed, is_rated, void_rating
from teller_app.domain.steps import Step
from teller_app.services import drafts
from teller_app.services.actors import Actor, check_may
from teller_app.services.business_day import business_date
from teller_app.services.case_store import load_case, save_case
from teller_app.services.case_work import CaseWork, required_documents, step_context, working_on
from teller_app.services.customer_records import update_customer_from_step
from teller_app.services.identity_check import VerificationPort
from teller_app.services.identity_step import keep_recorded_checks, record_identity
from teller_app.services.procedure_publishing import review_published
from teller_app.services.procedures import definition_by_version, effective_definition
from teller_app.services.step_checks import (
    StepContext,
    documents_problems,
    identity_problems,
    intake_problems,
)
from teller_app.services.step_records import (
    compute_owners,
    compute_risk,
    contract_problems,
    intent_problems,
    normalise_contract,
    owners_problems,
    risk_problems,
)
from teller_app.storage.schema import Customer
from teller_app.storage.store import Store

PROBLEMS = {
    Step.INTAKE: intake_problems,
    Step.IDENTITY: identity_problems,
    Step.DOCUMENTS: documents_problems,
    Step.BENEFICIAL_OWNERS: owners_problems,
    Step.RISK: risk_problems,
    Step.INTENT: intent_problems,
    Step.CONTRACT: contract_problems,
}
STEP_ACTIONS = {
    Step.BENEFICIAL_OWNERS: Action.RECORD_OWNERS,
    Step.RISK: Action.RATE_RISK,
    Step.INTENT: Action.CONFIRM_INTENT,
    Step.CONTRACT: Action.SIGN_CONTRACT,
}


def _next_case_number(uow: Any, day: Any) -> str:
    """The next 案件编号 of this terminal for the business day, counted in the same transaction."""
    from teller_app.domain.case_numbers import case_number, sequence_key
    from teller_app.storage.schema import StoreMeta

    key = sequence_key(day)
    meta = uow.session.get(StoreMeta, key)
    sequence = int(meta.value) + 1 if meta is not None else 1
    if meta is None:
        uow.session.add(StoreMeta(key=key, value=str(sequence)))
    else:
        meta.value = str(sequence)
    identity = uow.store.identity
    return case_number(identity.branch, identity.terminal, day, sequence)


def open_case(
    store: Store,
    actor: Actor,
    customer_kind: CustomerKind | str,
    account_type: AccountType | str,
    *,
    channel: str = "counter",
    agent_present: bool = False,
    customer_name: str = "",
    training: bool | None = None,
    case_id: str | None = None,
    demo: bool = False,
) -> Case:
    """A new case at intake under the procedure in force today (its version is pinned for good), its
    intake a draft (scripted runs: demo, training scenarios; the wizard uses `open_case_with_intake`).

    `demo` marks a case of an IT acceptance run (`teller-admin demo --real-store`), here and centrally."""
    intake = {
        "customer_name": customer_name,
        "channel": channel,
        "present": "agent" if agent_present else "legal_representative",
    }
    with _opening(store, actor, customer_kind, account_type, intake, training, case_id, demo) as work:
        pass
    return work.case


def open_case_with_intake(
    store: Store,
    actor: Actor,
    intake: Mapping[str, Any],
    *,
    advance: bool,
    channel: str | None = None,
) -> Case:
    """A new case only with a valid intake: opened, its intake checked and saved complete in one
    transaction; a refused intake (any problem, over-long or control characters) raises and leaves no
    case, no audit event and no outbox entry behind. `intake` holds customer_kind and account_type too."""
    entries = _plain(intake)
    kind, wanted = entries.pop("customer_kind", ""), entries.pop("account_type", "")
    if channel is not None:
        entries["channel"] = channel
    with _opening(store, actor, kind, wanted, entries, None, None, False) as work:
        record_step(work, Step.INTAKE, entries, complete=True, advance=advance)
        if work.deferred is not None:
            raise work.deferred  # inside the unit of work: nothing of the case is written
        drafts.discard_in(work.uow, actor.user_id, drafts.NEW_CASE, Step.INTAKE.value)
    return work.case


@contextmanager
def _opening(
    store: Store,
    actor: Actor,
    customer_kind: Any,
    account_type: Any,
    intake: dict[str, Any],
    training: bool | None,
    case_id: str | None,
    demo: bool,
) -> Iterator[CaseWork]:
    """Open the case in a unit of work the caller may still refuse (raise) before it commits."""
    check_may(actor, Action.OPEN_CASE)
    channel = intake.get("channel", "counter")
    if channel not in ("counter", "online"):
        raise InputError(
            "case.unknown_value", "{field} cannot be {value}", field="channel", value=str(channel)
        )
    training = actor.training if training is None else (training or actor.training)
    review_published(store)  # a definition the operations department published is used from its date
    # A training case (模拟操作) never syncs: its rows stay on this terminal (its audit events still push).
    with store.unit_of_work(user_id=actor.user_id, local_only=training) as uow:
        now = uow.clock()
        definition = effective_definition(business_date(now))
        case = domain_open_case(
            case_id=case_id or str(uuid.uuid4()),
            customer_kind=customer_kind,
            account_type=account_type,
            procedure_version=definition.version,
            maker=actor.user_id,
            now=now,
        )
        draft = {**intake, "customer_name": str(intake.get("customer_name", "")).strip()}
        case = case_moves.save_step(case, draft, complete=False)
        case = replace(case, number=_next_case_number(uow, business_date(now)))
        customer = uow.new(Customer, kind=case.customer_kind.value)
        update_customer_from_step(uow, customer, case, Step.INTAKE)
        row = save_case(uow, case, None, customer_id=customer.id, channel=channel, training=training)
        row.demo = demo
        uow.append_audit(
            "case.open",
            case_id=case.id,
            step=Step.INTAKE.value,
            details={
                "kind": case.customer_kind.value,
                "account_type": case.account_type.value,
                "channel": channel,
                **({"demo": True} if demo else {}),
            },
        )
        uow.session.flush()
        work = CaseWork(uow=uow, actor=actor, before=case, case=case, row=row)
        yield work
        save_case(uow, work.case, work.before, documents_meta=work.documents_meta)


def get_case(store: Store, actor: Actor, case_id: str) -> Case:
    """The case as stored, for anyone who may view cases (training users: training cases only)."""
    from teller_app.services.case_lists import check_may_view

    check_may(actor, Action.VIEW_CASE)
    case = load_case(store, case_id)
    check_may_view(store, actor, case_id)
    return case


def _plain(data: Any) -> dict[str, Any]:
    if not isinstance(data, Mapping):
        raise InputError("case.step_data_not_a_mapping", "Step data must be a set of named fields")
    try:
        return dict(json.loads(canonical_json(dict(data))))
    except (TypeError, ValueError) as error:
        raise InputError(
            "case.step_data_not_recordable",
            "Step data holds a value that cannot be recorded: {problem}",
            problem=str(error),
        ) from None


def save_step(
    store: Store,
    actor: Actor,
    case_id: str,
    step: Step | str,
    data: Mapping[str, Any],
    *,
    complete: bool,
    advance: bool = False,
    id_check: VerificationPort | None = None,
) -> Case:
    """Save a step's entries; `complete` asks for the step's checks, `advance` moves on when complete.

    `id_check` is the online ID check adapter for the identity step (services.identity_check.
    configured_port); None: only the teller's entries from the verification terminal are recorded.

    An earlier step (revisited with Back) may be saved too: the case goes back to it, saves it and walks
    forward again over the steps still done; a change there voids an approval like any other change.
    """
    step = case_moves.step_named(step)
    with working_on(store, actor, case_id, STEP_ACTIONS.get(step, Action.EDIT_CASE)) as work:
        case_moves.refuse_if_not_editable(work.case)
        reached = work.case.step
        entries, kept = _plain(data), work.case.step_data.get(step) or {}
        unchanged = bool(kept) and all(kept.get(key) == value for key, value in entries.items())
        if step.position < reached.position and not unchanged:
            # A step revisited with Back: go back to it, save it, then return to where the case had reached.
            work.case = case_moves.go_back(work.case, step, now=work.now)
            record_step(work, step, entries, complete=complete, advance=False, id_check=id_check)
            while work.deferred is None and work.case.step.position < reached.position:
                if not case_moves.step_done(work.case, work.case.step):
                    break
                work.case = case_moves.advance(work.case, now=work.now)
        elif step.position < reached.position:
            pass  # revisited and unchanged (computed fields aside): nothing to save
        else:
            record_step(work, step, entries, complete=complete, advance=advance, id_check=id_check)
    return work.case


def record_step(
    work: CaseWork,
    step: Step,
    data: dict[str, Any],
    *,
    complete: bool,
    advance: bool,
    id_check: VerificationPort | None = None,
) -> None:
    """Inside a unit of work: compute what the step derives, check it, save it (as a draft on problems).
    Text entries are stored normalised (domain/entries.py); an over-long or control character refuses all."""
    data = normalise_entries(data)
    problems: list[TellerError] = []
    if step is Step.IDENTITY:
        data = keep_recorded_checks(work, data)
    if complete and step is Step.IDENTITY:
        data, problems = record_identity(work, data, id_check)
    elif complete:
        try:
            data = _derived(work, step, data)
        except TellerError as error:
            problems.append(error)
    if step is Step.CONTRACT:
        data = normalise_contract(data)  # seal kinds as codes in a draft too: the agreement prints them
    unprinted = step is Step.CONTRACT and data.get("signed") is True and not agreement_printed(work, data)
    if complete and (not problems or step is Step.IDENTITY) and step in PROBLEMS:
        problems += PROBLEMS[step](work.case, data, work.context())
    if unprinted:  # nothing is saved: the step's own problem first, else the missing print
        raise (
            problems[0]
            if problems
            else RuleError(
                "contract.agreement_not_printed",
                "The agreement of the case as it now stands has not been printed: print it (the customer signs "
                "the printed originals), then record that both originals are signed",
            )
        )
    done = complete and not problems
    before = dict(work.case.data_for(step))
    work.case = case_moves.save_step(work.case, data, complete=done, step=step)
    drafts.discard_in(work.uow, work.actor.user_id, work.case.id, step.value)  # saved: the draft has served
    voided_by = work.definition.readings.rating_voided_by
    if step in STEPS_THE_RATING_RESTS_ON and is_rated(work.case) and facts_changed(before, data, voided_by):
        work.case = void_rating(work.case)
        work.audit("risk.voided", step=Step.RISK.value, details={"from": step.value})
    customer = work.uow.get(Customer, work.row.customer_id) if work.row.customer_id else None
    if customer is not None:
        update_customer_from_step(work.uow, customer, work.case, step)
    work.audit(
        "case.save_step",
        step=step.value,
        details={"complete": done, "problems": [p.code for p in problems]},
    )
    if work.before.approval is not None and work.case.approval is None:
        work.audit("approval.void", step=step.value, details={"reason": "case_changed"})
    if problems:
        work.defer(problems[0])
    elif advance and done:
        work.case = case_moves.advance(work.case, now=work.now)


def agreement_printed(work: CaseWork, data: dict[str, Any]) -> bool:
    """Both originals may be recorded as signed only after the agreement of this case as it will stand
    (customer, services, seal card …) was printed and the print recorded: an audited print of its basis."""
    from teller_app.domain.case import agreement_basis_hash
    from teller_app.services.printing import printed_agreement_bases

    signing = case_moves.save_step(work.case, data, complete=False, step=Step.CONTRACT)
    printed = printed_agreement_bases(work.uow.session, work.uow.store, work.case.id)
    return agreement_basis_hash(signing) in printed


def _derived(work: CaseWork, step: Step, data: dict[str, Any]) -> dict[str, Any]:
    if step is Step.BENEFICIAL_OWNERS:
        return compute_owners(work.case, data, business_date(work.now))
    if step is Step.RISK:
        return compute_risk(work.case, data, work.definition, work.now)
    if step is Step.CONTRACT:
        return normalise_contract(data)
    return data


def advance_case(store: Store, actor: Actor, case_id: str, to: Step | str | None = None) -> Case:
    """Move to the next step when the current one is done."""
    with working_on(store, actor, case_id, Action.EDIT_CASE) as work:
        work.case = case_moves.advance(work.case, to or None, now=work.now)
        work.audit("case.advance", details={"from": work.before.step.value})
    return work.case


def go_back(store: Store, actor: Actor, case_id: str, to: Step | str | None = None) -> Case:
    """Return to an earlier step; every entry stays as it was."""
    with working_on(store, actor, case_id, Action.EDIT_CASE) as work:
        work.case = case_moves.go_back(work.case, to or None, now=work.now)
        work.audit("case.go_back", details={"from": work.before.step.value})
    return work.case


def skip_step(store: Store, actor: Actor, case_id: str) -> Case:
    """Skip an optional step on purpose (intent for a non-basic account)."""
    with working_on(store, actor, case_id, Action.EDIT_CASE) as work:
        work.case = case_moves.skip_step(work.case, now=work.now)
        work.audit("case.skip_step", step=work.before.step.value)
    return work.case


def cancel_case(store: Store, actor: Actor, case_id: str, reason: str) -> Case:
    """Cancel a case that is not approved yet (撤销), with a reason."""
    with working_on(store, actor, case_id, Action.CANCEL_CASE) as work:
        work.case = case_moves.cancel_case(work.case, reason=reason, now=work.now)
        work.audit("case.cancel", details={"reason": reason})
    return work.case


@dataclass(frozen=True)
class Guidance:
    """One thing missing before Next: a stable code, the English template, its parameters."""

    code: str
    message: str
    params: dict[str, Any]

    @staticmethod
    def of(error: TellerError) -> Guidance:
        return Guidance(error.code, error.message, dict(error.params))


def step_guidance(store: Store, actor: Actor, case_id: str) -> list[Guidance]:
    """What the current step still needs (empty: Next may go on). At approval: what approval needs."""
    case = get_case(store, actor, case_id)
    definition = definition_by_version(case.procedure_version)
    with store.reading() as session:
        context = step_context(session, case, definition)
    context = StepContext(
        store.identity.branch,
        business_date(store.clock()),
        context.required_documents,
        context.reviews,
        context.id_expiry_warning_days,
        context.extra,
    )
    if case.step is Step.APPROVAL:
        try:
            validate_for_approval(case, [d.code for d in required_documents(case, definition) if d.mandatory])
        except TellerError as error:
            return [Guidance.of(error)]
        return []
    check = PROBLEMS.get(case.step)
    if check is None:
        return []
    return [Guidance.of(p) for p in check(case, case.data_for(case.step), context)]
