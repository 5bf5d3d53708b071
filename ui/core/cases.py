"""The case half of CoreBackend: home lists, search, the wizard's steps, documents, approval (the account in
accounts.py, printing in printing.py)."""

from __future__ import annotations

import errno
from pathlib import Path
from typing import TYPE_CHECKING, Any

from teller_app.domain.errors import InputError
from ui.core.needs import BackendPart

if TYPE_CHECKING:  # kept out of start-up (bench/startup)
    from teller_app.services.case_lists import CaseListing
    from teller_app.storage.store import Store
    from ui.backend import CaseSummary, CaseView, ChecklistRow, HomeSummary, ScanRow, SessionInfo

SCAN_TYPES = {".pdf": "application/pdf", ".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg"}
LARGEST_SCAN = 20 * 1024 * 1024


# Why a scan's file cannot be read, by the system's error number: each has its sentence in ui/messages.
_UNREADABLE = {
    errno.ENOENT: "ui.scan_missing",
    errno.EACCES: "ui.scan_denied",
    errno.EPERM: "ui.scan_denied",
    errno.EISDIR: "ui.scan_is_folder",
}


class CaseCalls(BackendPart):
    # --- home and search ----------------------------------------------------------------------------

    def home(self, session: SessionInfo) -> HomeSummary:
        from teller_app.services import alerts, case_lists
        from ui.backend import Alert, HomeSummary

        actor = self._actor(session)
        store = self.store()
        mine = case_lists.list_my_cases(store, actor)
        queue = case_lists.approval_queue(store, actor)
        found = alerts.alerts(store, actor, store.clock())
        return HomeSummary(
            open_cases=tuple(_summary(c) for c in mine if c.status != "returned"),
            returned_cases=tuple(_summary(c) for c in mine if c.status == "returned"),
            pending_approvals=tuple(_summary(c) for c in queue),
            alerts=tuple(
                Alert(a.kind, a.case_id, a.detail, a.customer_name, dict(a.params), a.severity.value)
                for a in found
            ),
            finished_today=tuple(_summary(c) for c in case_lists.list_finished_today(store, actor)),
            branch_cases=tuple(_summary(c) for c in case_lists.branch_open_cases(store, actor)),
        )

    def search_cases(self, session: SessionInfo, text: str) -> list[CaseSummary]:
        from teller_app.services import search

        return [_summary(c) for c in search.find_cases(self.store(), self._actor(session), text)]

    # --- the wizard's steps ----------------------------------------------------------------------------

    def load_case(self, session: SessionInfo, case_id: str) -> CaseView:
        from teller_app.services import cases

        store, actor = self.store(), self._actor(session)
        return self._view(store, actor, cases.get_case(store, actor, case_id))

    def save_step(
        self, session: SessionInfo, case_id: str | None, step: str, entries: dict[str, object], advance: bool
    ) -> CaseView:
        from teller_app.services import cases

        store, actor = self.store(), self._actor(session)
        if case_id is None:
            # A case is created only with a valid intake: a refusal leaves nothing behind.
            case = cases.open_case_with_intake(store, actor, entries, advance=advance)
            return self._view(store, actor, case)
        data = dict(entries)
        if step == "intake":
            data.pop("customer_kind", None)
            data.pop("account_type", None)
        case = cases.get_case(store, actor, case_id)
        if advance and case.step.value != step:
            # A step revisited with Back: save it, then carry on from where the case had reached.
            case = _record(
                store, actor, case_id, step, data, complete=True, advance=False, config=self.config()
            )
            return self._view(store, actor, case, shown=_after(step))
        case = _record(
            store, actor, case_id, step, data, complete=advance, advance=advance, config=self.config()
        )
        return self._view(store, actor, case)

    def keep_drafts(
        self, session: SessionInfo, case_id: str | None, entries: dict[str, dict[str, object]]
    ) -> None:
        """Unsaved entries kept sealed for this teller and case (services/drafts.py)."""
        from teller_app.services import drafts

        drafts.keep(self.store(), self._actor(session), case_id, entries)

    def drafts(self, session: SessionInfo, case_id: str | None) -> dict[str, dict[str, object]]:
        from teller_app.services import drafts

        return drafts.of(self.store(), self._actor(session), case_id)

    def discard_drafts(self, session: SessionInfo, case_id: str | None) -> None:
        from teller_app.services import drafts

        drafts.discard(self.store(), self._actor(session), case_id)

    def check_step(
        self, session: SessionInfo, case_id: str, step: str, entries: dict[str, object]
    ) -> CaseView:
        """Save the step with its checks and what it computes (owners, risk), staying on the step."""

        store, actor = self.store(), self._actor(session)
        case = _record(
            store, actor, case_id, step, dict(entries), complete=True, advance=False, config=self.config()
        )
        return self._view(store, actor, case, shown=step)

    def skip_step(self, session: SessionInfo, case_id: str) -> CaseView:
        from teller_app.services import cases

        store, actor = self.store(), self._actor(session)
        return self._view(store, actor, cases.skip_step(store, actor, case_id))

    def step_guidance(self, session: SessionInfo, case_id: str) -> list[Any]:
        """What the case's current step still needs, as TellerErrors the UI translates by code."""
        from teller_app.domain.errors import TellerError
        from teller_app.services import cases

        store, actor = self.store(), self._actor(session)
        return [
            TellerError(g.code, g.message, **g.params) for g in cases.step_guidance(store, actor, case_id)
        ]

    # --- documents -----------------------------------------------------------------------------------

    def checklist(self, session: SessionInfo, case_id: str) -> list[ChecklistRow]:
        from teller_app.services import documents_review
        from ui.backend import ChecklistRow

        store, actor = self.store(), self._actor(session)
        return [
            ChecklistRow(
                code=item.code,
                name_zh=item.name_zh,
                name_en=item.name_en,
                mandatory=item.mandatory,
                condition=item.condition,
                decision=item.decision.value,
                reason=item.reason or "",
                original_seen=item.original_seen,
                scan_count=item.scan_count,
            )
            for item in documents_review.checklist(store, actor, case_id)
        ]

    def record_document(
        self, session: SessionInfo, case_id: str, code: str, decision: str, reason: str, original_seen: bool
    ) -> list[ChecklistRow]:
        from teller_app.services import documents_review

        store, actor = self.store(), self._actor(session)
        documents_review.record_document(
            store, actor, case_id, code, decision, reason=reason or None, original_seen=original_seen
        )
        return self.checklist(session, case_id)

    def attach_scan(self, session: SessionInfo, case_id: str, code: str, path: str) -> list[ChecklistRow]:
        """Read the file the teller chose (on this worker thread) and store it encrypted with the item."""
        from teller_app.services import documents_review

        file = Path(path)
        media_type = SCAN_TYPES.get(file.suffix.lower())
        if media_type is None:
            raise InputError(
                "ui.scan_type", "Scans must be PDF, JPG or PNG files, not {suffix}.", suffix=file.suffix
            )
        try:
            size = file.stat().st_size
            if size > LARGEST_SCAN:
                raise InputError(
                    "ui.scan_too_large", "The scan is {size} MB; at most 20 MB.", size=size // 2**20
                )
            content = file.read_bytes()
        except OSError as error:  # the system's English reason stays in the log; the teller reads a code's
            raise InputError(  # own sentence
                _UNREADABLE.get(error.errno or 0, "ui.scan_unreadable"),
                "The file cannot be read: {problem}.",
                problem=error.strerror,
            ) from None
        store, actor = self.store(), self._actor(session)
        documents_review.attach_scan(store, actor, case_id, code, content, media_type)
        return self.checklist(session, case_id)

    def scans(self, session: SessionInfo, case_id: str) -> list[ScanRow]:
        from teller_app.services import documents_review
        from ui.backend import ScanRow

        store, actor = self.store(), self._actor(session)
        return [
            ScanRow(s.scan_id, s.item_code, s.media_type, s.size)
            for s in documents_review.list_scans(store, actor, case_id)
        ]

    def scan_content(self, session: SessionInfo, case_id: str, scan_id: str) -> tuple[str, bytes]:
        from teller_app.services import documents_review

        return documents_review.get_scan(self.store(), self._actor(session), case_id, scan_id)

    # --- approval and account setup --------------------------------------------------------------------

    def approval_summary(self, session: SessionInfo, case_id: str) -> Any:
        """The checker's one-page summary (teller_app.services.approval_summary_lines.ApprovalSummary)."""
        from teller_app.services.approval_summary import approval_summary

        return approval_summary(self.store(), self._actor(session), case_id)

    def request_approval(self, session: SessionInfo, case_id: str) -> CaseView:
        from teller_app.domain.case import CaseStatus
        from teller_app.services import approvals, cases

        store, actor = self.store(), self._actor(session)
        case = cases.get_case(store, actor, case_id)
        if case.status is CaseStatus.RETURNED:
            case = approvals.resubmit(store, actor, case_id)
        else:
            case = approvals.request_approval(store, actor, case_id)
        return self._view(store, actor, case)

    def decide(
        self,
        session: SessionInfo,
        case_id: str,
        checker_user: str,
        checker_password: str,
        decision: str,
        reasons: dict[str, list[str]] | str,
    ) -> CaseView:
        """Dual sign-in over the teller's session: the checker authenticates inside this very call.

        When the checker is the signed-in user (a supervisor deciding from their own queue), the password
        is checked again and the decision is taken on their own session.
        """
        from teller_app.services.dual_control import DualControl

        store, signed_in = self.store(), self.sign_in_service()
        actor = self._actor(session)
        dual = DualControl(store, signed_in)
        if checker_user.strip() == session.user_name:
            decided = dual.decide_from_queue(
                session.token, case_id, decision, reasons, password=checker_password
            )
        else:
            decided = dual.decide_approval(
                case_id,
                decision,
                reasons,
                checker_username=checker_user,
                checker_password=checker_password,
                teller_session=session.token,
            )
        return self._view(store, actor, decided.case)

    # --- conversion ----------------------------------------------------------------------------------

    def _view(self, store: Store, actor: Any, case: Any, shown: str | None = None) -> CaseView:
        from teller_app.domain.steps import Step
        from teller_app.services import case_lists
        from teller_app.services.approval_summary import user_names
        from teller_app.services.procedures import definition_by_version
        from ui.backend import CaseView, DecisionView

        definition = definition_by_version(case.procedure_version)
        header = case_lists.case_header(store, actor, case.id)
        entries: dict[str, dict[str, object]] = {s.value: dict(d) for s, d in case.step_data.items()}
        intake = entries.setdefault(Step.INTAKE.value, {})
        intake.setdefault("customer_kind", case.customer_kind.value)
        intake.setdefault("account_type", case.account_type.value)
        names = user_names(store, {d.checker for d in case.decisions})
        return CaseView(
            case_id=case.id,
            customer_name=header.customer_name,
            customer_kind=case.customer_kind.value,
            account_type=case.account_type.value,
            step=case.step.value,
            status=case.status.value,
            step_started_at=case.step_since,
            sla_minutes={s.value: m for s, m in definition.sla_minutes.items()},
            entries=entries,
            returned_reasons={s.value: tuple(r) for s, r in case.return_reasons.items()},
            training=header.training,
            completed=frozenset(s.value for s in case.completed | case.skipped),
            risk_level=case.risk_level.value if case.risk_level else "",
            account=dict(case.account) if case.account else None,
            decisions=tuple(
                DecisionView(
                    d.kind.value,
                    d.checker,
                    d.checker_role.value,
                    d.reasons,
                    d.decided_at,
                    checker_name=names.get(d.checker, d.checker),
                )
                for d in case.decisions
            ),
            shown_step=shown or "",
            return_reasons=definition.return_reasons,
            id_checks=_id_checks(store, case),
            id_expiry_warning_days=definition.id_expiry_warning_days,
            opened_at=case.opened_at,
            closed_at=case.closed_at,
            warn_credit_code_category_54=definition.readings.warn_credit_code_category_54,
        )


def _id_checks(store: Store, case: Any) -> tuple[Any, ...]:
    from teller_app.domain.steps import Step
    from teller_app.services.identity_check import person_checks
    from teller_app.services.printing import user_names
    from ui.backend import IdCheckView

    identity = case.data_for(Step.IDENTITY)
    if not identity.get("online_check"):
        return ()
    return tuple(
        IdCheckView(
            c.person,
            c.name,
            c.id_number,
            c.result,
            c.reference,
            c.photo_compared,
            c.checked_at,
            c.source,
            c.adapter,
            c.recorded_by_name,
        )
        for c in person_checks(identity, user_names(store))
    )


def _record(
    store: Store,
    actor: Any,
    case_id: str,
    step: str,
    data: dict[str, object],
    *,
    complete: bool,
    advance: bool,
    config: Any = None,
) -> Any:
    """Save one step through the service that owns it: owners and risk write their own records too.
    The identity step asks the online ID check service the settings name (none: the teller's entries)."""
    from teller_app.services import cases, step_services
    from teller_app.services.identity_check import configured_port

    if step == "beneficial_owners":
        return step_services.record_owners(store, actor, case_id, data, advance=advance)
    if step == "risk":
        return step_services.rate_risk(store, actor, case_id, data, advance=advance)
    port = configured_port(config) if step == "identity" else None
    return cases.save_step(
        store, actor, case_id, step, data, complete=complete, advance=advance, id_check=port
    )


def _after(step: str) -> str:
    from teller_app.domain.steps import ORDER, Step

    position = Step(step).position
    return ORDER[min(position + 1, len(ORDER) - 1)].value


def _summary(listing: CaseListing) -> CaseSummary:
    from teller_app.services.procedures import definition_by_version
    from ui.backend import CaseSummary

    known = (
        definition_by_version(listing.procedure_version).return_reasons if listing.procedure_version else ()
    )

    reasons = tuple(r for rs in (listing.return_reasons or {}).values() for r in rs)
    return CaseSummary(
        case_id=listing.case_id,
        customer_name=listing.customer_name,
        account_type=listing.account_type,
        step=listing.step,
        status=listing.status,
        updated_at=listing.updated_at,
        waiting_since=listing.requested_at,
        expires_at=listing.expires_at,
        returned_reasons=reasons,
        reason_words=known,
        case_number=listing.case_number,
        opened_at=listing.opened_at,
        step_since=listing.step_since,
        closed_at=listing.closed_at,
        holder_name=listing.holder_name,
        uniqueness=listing.uniqueness,
    )
