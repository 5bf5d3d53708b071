"""Handing a case over (移交): the new holder works it; whoever held it before never decides on it."""

from __future__ import annotations

from approval_helpers import MANDATORY, approved, at_approval_step, requested
from case_helpers import AUTHORITY, T0, refused

from teller_app.domain.case import CaseStatus
from teller_app.domain.case_approval import approve, request_approval
from teller_app.domain.case_moves import hand_over
from teller_app.domain.roles import Role


def test_a_supervisor_who_held_the_case_before_it_was_handed_over_cannot_approve_it():
    case = at_approval_step()
    handed = hand_over(case, to="teller-2", now=T0)
    assert handed.maker == "teller-2" and handed.holders == (case.maker,)
    waiting = request_approval(
        handed, request_id="r", requested_by="teller-2", now=T0, expiry_hours=24, required_documents=MANDATORY
    )
    former = case.maker  # the one who held it before (a supervisor, say): not the requester, still refused
    assert (
        refused(
            lambda: approve(
                waiting, checker=former, checker_role=Role.SUPERVISOR, authority=AUTHORITY, now=T0
            )
        )
        == "approval.own_case"
    )
    assert (
        approve(waiting, checker="sup-9", checker_role=Role.SUPERVISOR, authority=AUTHORITY, now=T0).status
        is CaseStatus.APPROVED
    )


def test_an_approval_given_to_the_old_holder_is_void_after_a_hand_over():
    case = approved()
    handed = hand_over(case, to="teller-2", now=T0)
    assert handed.status is CaseStatus.IN_PROGRESS and handed.approval is None


def test_no_hand_over_while_a_checker_holds_the_case_or_to_its_holder():
    case = at_approval_step()
    assert refused(lambda: hand_over(requested(case), to="teller-2", now=T0)) == "case.awaiting_approval"
    assert refused(lambda: hand_over(case, to=case.maker, now=T0)) == "case.hand_over_to_holder"
