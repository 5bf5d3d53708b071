"""The supervision services as the screens call them (on a worker): who acts is the signed-in session.

Built over the app's CoreBackend (its store, its sign-in service, its clock); each call hands the core the
session the sign-in service issued, so the services check it themselves (never a caller-built Actor).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from ui.backend import SessionInfo


class SupervisionCalls:
    def __init__(self, core: Any) -> None:
        self._core = core

    def _store(self) -> Any:
        return self._core.store()

    def _sign_in(self) -> Any:
        return self._core.sign_in_service()

    def now(self) -> datetime:
        return self._core._clock()

    # -- post-review ---------------------------------------------------------------------------------

    def _reviews(self) -> Any:
        from teller_app.services.post_review import PostReviewDesk

        return PostReviewDesk(self._store(), self._sign_in())

    def review_queue(self, session: SessionInfo, include_closed: bool = False) -> list[Any]:
        desk = self._reviews()
        desk.sample_finished_cases()
        return desk.queue(session.token, include_closed=include_closed)

    def open_review(self, session: SessionInfo, review_id: str) -> Any:
        return self._reviews().open_review(session.token, review_id)

    def record_finding(
        self, session: SessionInfo, review_id: str, category: str, severity: str, note: str, password: str
    ) -> Any:
        desk = self._reviews()
        return desk.record_finding(session.token, review_id, category, severity, note, password=password)

    def request_rectification(self, session: SessionInfo, review_id: str, request: str, password: str) -> Any:
        return self._reviews().request_rectification(session.token, review_id, request, password=password)

    def close_review(self, session: SessionInfo, review_id: str, password: str) -> Any:
        return self._reviews().close_review(session.token, review_id, password=password)

    def my_rectifications(self, session: SessionInfo) -> list[Any]:
        return self._reviews().my_rectifications(session.token)

    def answer_rectification(self, session: SessionInfo, rectification_id: str, answer: str) -> Any:
        return self._reviews().answer_rectification(session.token, rectification_id, answer)

    # -- the dashboard ---------------------------------------------------------------------------------

    def dashboard(self, session: SessionInfo) -> Any:
        from teller_app.services.dashboard import dashboard, local_sync_health
        from teller_app.services.signed_in import signed_in_actor

        store = self._store()
        actor = signed_in_actor(store, self._sign_in(), session.token)
        now = self.now()
        own = local_sync_health(store, now)
        sync: tuple[Any, ...] = (own,)
        central = getattr(getattr(self._core, "_sync_engine", None), "central", None)
        if central is not None and own.online:  # the running sync engine's connection, only while online
            from teller_app.services.dashboard import branch_sync_health

            sync = branch_sync_health(central, store.identity.branch, own)
        from teller_app.services.approval_summary import user_names

        # tellers by their display names, as the audit screen shows them (the core gives the login names)
        return dashboard(store, actor, now, names=lambda ids: user_names(store, set(ids)), sync=sync)

    # -- feedback ----------------------------------------------------------------------------------------

    def _feedback(self) -> Any:
        from teller_app.services.feedback import FeedbackDesk

        return FeedbackDesk(self._store(), self._sign_in())

    def record_satisfaction(
        self, session: SessionInfo, case_id: str, score: int | None, comment: str
    ) -> None:
        self._feedback().record_satisfaction(session.token, case_id, score, comment)

    def send_suggestion(self, session: SessionInfo, screen: str, text: str) -> Any:
        return self._feedback().send_suggestion(session.token, screen, text)

    def suggestions(self, session: SessionInfo, include_closed: bool = False) -> list[Any]:
        return self._feedback().suggestions(session.token, include_closed=include_closed)

    def answer_suggestion(self, session: SessionInfo, suggestion_id: str, answer: str) -> Any:
        return self._feedback().answer_suggestion(session.token, suggestion_id, answer)

    def close_suggestion(self, session: SessionInfo, suggestion_id: str) -> Any:
        return self._feedback().close_suggestion(session.token, suggestion_id)

    # -- incidents -----------------------------------------------------------------------------------------

    def _incidents(self) -> Any:
        from teller_app.services.incidents import IncidentDesk

        return IncidentDesk(self._store(), self._sign_in())

    def incidents(self, session: SessionInfo) -> tuple[list[Any], dict[str, str]]:
        """The branch's incidents and the names of the people at each stage, as the audit screen shows them."""
        from teller_app.services.approval_summary import user_names

        views = self._incidents().incidents(session.token)
        people = {who for view in views for who, _when in view.times.values() if who}
        return views, user_names(self._store(), people)

    def report_incident(self, session: SessionInfo, kind: str, note: str, drill: bool) -> Any:
        return self._incidents().report(session.token, kind, note, drill=drill)

    def advance_incident(
        self, session: SessionInfo, incident_id: str, stage: str, note: str, level: str = ""
    ) -> Any:
        desk = self._incidents()
        if stage == "assessed":
            return desk.assess(session.token, incident_id, level, note)
        step = {"responding": desk.respond, "handled": desk.handle, "reviewed": desk.review}[stage]
        return step(session.token, incident_id, note)

    # -- the terminal's own watch (every few minutes, on the writer) ------------------------------------------

    def watch_terminal(self) -> dict[str, int]:
        """Queue newly finished cases for post-review and open the incidents the terminal's state calls for."""
        from teller_app.services.incidents import IncidentDesk, observe_terminal

        store = self._store()
        sampled = self._reviews().sample_finished_cases()
        proposed = IncidentDesk(store, self._sign_in()).propose(observe_terminal(store, self.now()))
        return {"sampled": len(sampled), "proposed": len(proposed)}

    def checks_failed(self, names: Iterable[str]) -> int:
        """Failed start-of-day checks: a broken audit chain or key store proposes an incident."""
        from teller_app.services.incidents import propose_from_checks

        return len(propose_from_checks(self._store(), self._sign_in(), set(names)))

    # -- the evaluation report ------------------------------------------------------------------------------

    def evaluation(self, session: SessionInfo, period: str, bank_wide: bool = False) -> Any:
        """The report of this branch (the local store) or of the whole bank (the central database)."""
        from teller_app.domain.permissions import Action
        from teller_app.services.actors import check_may
        from teller_app.services.evaluation_report import evaluate
        from teller_app.services.report_periods import parse_period
        from teller_app.services.signed_in import signed_in_actor

        check_may(signed_in_actor(self._store(), self._sign_in(), session.token), Action.VIEW_REPORTS)
        chosen = parse_period(period)
        if bank_wide:
            engine = self._core._central()
            return evaluate(engine, chosen, None)
        store = self._store()
        return evaluate(store.engine, chosen, store.identity.branch)

    def write_report(
        self, session: SessionInfo, report: Any, pdf: str | None, csv_folder: str | None
    ) -> list[str]:
        from pathlib import Path

        from teller_app.documents.evaluation_report import write_csv, write_pdf

        self._sign_in().require_usable(session.token)
        written = []
        if pdf:
            written.append(str(write_pdf(report, Path(pdf))))
        if csv_folder:
            written += [str(p) for p in write_csv(report, Path(csv_folder))]
        return written
