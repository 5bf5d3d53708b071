"""The Backend's training calls: switch the session to the sandbox, scenarios, scoring, assessment, results."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from ui.core.needs import BackendPart

if TYPE_CHECKING:
    from teller_app.domain.training import Assessment, Scenario
    from teller_app.storage.store import Store
    from ui.backend import (
        AssessmentView,
        CaseView,
        ScenarioView,
        ScoreView,
        SessionInfo,
        TraineeResultView,
    )


class TrainingCalls(BackendPart):
    _sandbox: Store | None  # this half opens and closes it; CoreBackend starts without one

    def set_training_mode(self, session: SessionInfo, on: bool) -> SessionInfo:
        """Any user may work in training mode: the screens then work on the sandbox, never on real data."""
        actor = self._actor(session)  # a usable session, checked before anything changes
        from teller_app.services.training import check_may_leave_training

        if not on:
            check_may_leave_training(_uncertified(session) or bool(self.config().training_mode))
        if on:
            self.enter_sandbox(session)
        else:
            self.leave_sandbox()
            with self.real_store().unit_of_work(user_id=actor.user_id) as uow:
                uow.append_audit("training.mode_left")
        return dataclasses.replace(session, training_mode=on)

    def enter_sandbox(self, session: SessionInfo) -> None:
        """From now on the screens work on the training sandbox (recorded on the real chain)."""
        from teller_app.services.sandbox import open_sandbox

        real = self.real_store()
        with self._opening:
            if self._sandbox is not None:
                return
            identity = real.identity
            self._sandbox = open_sandbox(self.paths, identity.branch, identity.terminal)
        with real.unit_of_work(user_id=session.user_id) as uow:
            uow.append_audit("training.mode_entered")

    def leave_sandbox(self) -> None:
        with self._opening:
            if self._sandbox is not None:
                self._sandbox.close()
                self._sandbox = None

    def _sandbox_store(self) -> Store:
        from teller_app.services.training import require_sandbox

        return require_sandbox(self._sandbox)

    def training_scenarios(self, session: SessionInfo) -> list[ScenarioView]:
        from teller_app.services import training

        actor = self._actor(session)
        best = training.best_scores(self.real_store(), actor.user_id)
        return [_scenario_view(s, best.get(code)) for code, s in training.scenarios().items()]

    def start_scenario(self, session: SessionInfo, code: str) -> CaseView:
        from teller_app.services import training

        sandbox, actor = self._sandbox_store(), self._actor(session)
        case = training.start_scenario(sandbox, actor, code)
        return self._view(sandbox, actor, case)

    def scenario_of_case(self, session: SessionInfo, case_id: str) -> ScenarioView | None:
        from teller_app.domain.errors import InputError
        from teller_app.services import training

        self._actor(session)
        if self._sandbox is None:
            return None
        try:
            return _scenario_view(training.scenario_of(self._sandbox, case_id), None)
        except InputError:
            return None

    def score_scenario(self, session: SessionInfo, case_id: str) -> ScoreView:
        from teller_app.services import training
        from ui.backend import ScoreLine, ScoreView

        report = training.score_case(self.real_store(), self._sandbox_store(), self._actor(session), case_id)
        return ScoreView(
            scenario=report.scenario,
            percent=report.percent,
            passed=report.passed,
            pass_mark=report.pass_mark,
            lines=tuple(
                ScoreLine(
                    code=o.expectation.code,
                    met=o.met,
                    points=o.expectation.points,
                    explain_zh=o.expectation.explain.zh,
                    explain_en=o.expectation.explain.en,
                    found=o.found,
                    kind=o.expectation.kind,
                )
                for o in report.outcomes
            ),
        )

    def assessments(self, session: SessionInfo) -> list[AssessmentView]:
        from teller_app.domain.training import assessment_result
        from teller_app.services import training

        actor = self._actor(session)
        best = training.best_scores(self.real_store(), actor.user_id)
        return [
            _assessment_view(a, assessment_result(a, best), None) for a in training.assessments().values()
        ]

    def take_assessment(self, session: SessionInfo, code: str) -> AssessmentView:
        from teller_app.services import training
        from teller_app.storage.schema import User

        real, actor = self.real_store(), self._actor(session)
        result = training.take_assessment(real, actor, code)
        with real.reading() as reading:
            user = reading.get(User, actor.user_id)
            until = user.certified_until if user is not None and result.passed else None
        return _assessment_view(training.assessments()[code], result, until)

    def training_results(self, session: SessionInfo) -> list[TraineeResultView]:
        from teller_app.services import training
        from ui.backend import TraineeResultView

        rows = training.training_results(self.real_store(), self._actor(session))
        return [TraineeResultView(r.username, r.attempts, dict(r.best), r.certified_until) for r in rows]


def _uncertified(session: SessionInfo) -> bool:
    return bool(getattr(session.token, "work_mode", None) == "training")


def _scenario_view(s: Scenario, best: int | None) -> ScenarioView:
    from ui.backend import CustomerItemView, ScenarioView

    def items(found: Any) -> tuple[CustomerItemView, ...]:
        return tuple(CustomerItemView(i.label.zh, i.label.en, i.text.zh, i.text.en) for i in found)

    return ScenarioView(
        code=s.code,
        title_zh=s.title.zh,
        title_en=s.title.en,
        brief_zh=s.brief.zh,
        brief_en=s.brief.en,
        documents=items(s.documents),
        answers=items(s.answers),
        best_percent=best,
    )


def _assessment_view(a: Assessment, result: Any, until: Any) -> AssessmentView:
    from ui.backend import AssessmentView

    return AssessmentView(
        code=a.code,
        title_zh=a.title.zh,
        title_en=a.title.en,
        percent=result.percent,
        passed=result.passed,
        pass_mark=a.pass_mark,
        scores=dict(result.scores),
        certified_until=until,
    )
