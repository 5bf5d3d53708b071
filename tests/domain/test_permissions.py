"""The role × action permission matrix, pair by pair, and the certification gate for real work."""

from __future__ import annotations

from datetime import date

import pytest

from teller_app.domain.errors import RuleError
from teller_app.domain.permissions import (
    PERMISSIONS,
    Action,
    Certification,
    WorkMode,
    can,
    can_any,
    require,
    require_real_work,
    work_mode,
)
from teller_app.domain.roles import Role

# x = allowed, . = refused. Columns: teller, supervisor, risk officer, branch manager, reviewer, auditor,
# administrator. This table is the bank's post-based permission policy written out by hand.
EXPECTED_TABLE = """
action                 TEL SUP RSK MGR REV AUD ADM
open_case               x   x   .   .   .   .   .
view_case               x   x   x   x   x   x   .
edit_case               x   x   .   .   .   .   .
record_document         x   x   .   .   .   .   .
record_owners           x   x   .   .   .   .   .
rate_risk               x   x   x   .   .   .   .
confirm_intent          x   x   .   .   .   .   .
sign_contract           x   x   .   .   .   .   .
request_approval        x   x   .   .   .   .   .
resubmit                x   x   .   .   .   .   .
cancel_case             x   x   .   x   .   .   .
set_up_account          x   x   .   .   .   .   .
activate_account        x   x   .   .   .   .   .
import_applications     x   x   .   .   .   .   .
print_document          x   x   x   x   x   x   .
approve                 .   x   x   x   .   .   .
return_for_correction   .   x   x   x   .   .   .
reject                  .   x   x   x   .   .   .
post_review             .   .   .   .   x   .   .
answer_rectification    x   x   .   .   .   .   .
record_satisfaction     x   x   .   .   .   .   .
view_dashboard          .   x   x   x   .   x   .
view_reports            .   x   x   x   x   x   .
view_audit              .   x   x   x   x   x   .
verify_audit            .   x   x   x   .   x   x
view_branch_cases       .   x   .   x   .   .   .
hand_over_case          .   x   .   x   .   .   .
cancel_any_case         .   x   .   x   .   .   .
resolve_conflict        .   x   .   x   .   .   .
override_lock           .   x   .   x   .   .   .
view_suggestions        .   x   x   x   .   .   .
answer_suggestion       .   x   .   x   .   .   .
send_suggestion         x   x   x   x   x   .   x
report_incident         x   x   x   x   x   .   x
handle_incident         .   x   .   x   .   .   x
manage_users            .   .   .   .   .   .   x
manage_settings         .   .   .   .   .   .   x
manage_keys             .   .   .   .   .   .   x
back_up_and_restore     .   .   .   .   .   .   x
run_sync                x   x   x   x   x   .   x
start_of_day_check      x   x   x   x   x   x   x
"""

COLUMNS = {
    "TEL": Role.TELLER,
    "SUP": Role.SUPERVISOR,
    "RSK": Role.RISK_OFFICER,
    "MGR": Role.BRANCH_MANAGER,
    "REV": Role.REVIEWER,
    "AUD": Role.AUDITOR,
    "ADM": Role.ADMINISTRATOR,
}


def _parse_table() -> dict[tuple[Role, Action], bool]:
    lines = [line.split() for line in EXPECTED_TABLE.strip().splitlines()]
    header = [COLUMNS[name] for name in lines[0][1:]]
    expected = {}
    for row in lines[1:]:
        action = Action(row[0])
        for role, mark in zip(header, row[1:], strict=True):
            assert mark in ("x", ".")
            expected[(role, action)] = mark == "x"
    return expected


EXPECTED = _parse_table()


def test_the_table_covers_every_role_and_every_action():
    assert set(EXPECTED) == {(role, action) for role in Role for action in Action}


@pytest.mark.parametrize(("role", "action"), sorted(EXPECTED), ids=lambda v: str(v))
def test_permission_matrix(role, action):
    assert can(role, action) is EXPECTED[(role, action)]
    if EXPECTED[(role, action)]:
        require(role, action)
    else:
        with pytest.raises(RuleError) as refused:
            require(role, action)
        assert refused.value.code == "permission.denied"
        assert refused.value.params == {"role": role.value, "action": action.value}


def test_administrator_neither_works_nor_decides_cases():
    case_work = {Action.OPEN_CASE, Action.EDIT_CASE, Action.APPROVE, Action.REJECT, Action.VIEW_CASE}
    assert not PERMISSIONS[Role.ADMINISTRATOR] & case_work


def test_auditor_only_views_and_verifies():
    changing = {
        Action.OPEN_CASE,
        Action.EDIT_CASE,
        Action.APPROVE,
        Action.CANCEL_CASE,
        Action.MANAGE_USERS,
        Action.RESOLVE_CONFLICT,
        Action.SEND_SUGGESTION,
        Action.RUN_SYNC,
    }
    assert not PERMISSIONS[Role.AUDITOR] & changing


def test_a_user_with_several_roles_may_do_what_any_of_them_allows():
    assert can_any([Role.TELLER, Role.REVIEWER], Action.POST_REVIEW)
    assert not can_any([Role.TELLER, Role.REVIEWER], Action.APPROVE)
    assert not can_any([], Action.VIEW_CASE)


TODAY = date(2026, 11, 27)
CASE_WORKERS = [Role.TELLER, Role.SUPERVISOR, Role.RISK_OFFICER, Role.BRANCH_MANAGER, Role.REVIEWER]


@pytest.mark.parametrize("role", CASE_WORKERS)
def test_certified_user_works_real_cases(role):
    certification = Certification(valid_until=date(2027, 6, 30))
    assert work_mode(role, certification, TODAY) is WorkMode.REAL
    require_real_work(role, certification, TODAY)


@pytest.mark.parametrize("role", CASE_WORKERS)
def test_certification_is_valid_through_its_last_day(role):
    assert work_mode(role, Certification(valid_until=TODAY), TODAY) is WorkMode.REAL


@pytest.mark.parametrize("role", CASE_WORKERS)
@pytest.mark.parametrize("certification", [None, Certification(valid_until=None)])
def test_uncertified_user_works_only_in_training_mode(role, certification):
    assert work_mode(role, certification, TODAY) is WorkMode.TRAINING
    with pytest.raises(RuleError) as refused:
        require_real_work(role, certification, TODAY)
    assert refused.value.code == "permission.not_certified"


@pytest.mark.parametrize("role", CASE_WORKERS)
def test_expired_certification_means_training_mode_only(role):
    expired = Certification(valid_until=date(2026, 11, 26))
    assert work_mode(role, expired, TODAY) is WorkMode.TRAINING
    with pytest.raises(RuleError) as refused:
        require_real_work(role, expired, TODAY)
    assert refused.value.code == "permission.certification_expired"
    assert refused.value.params["valid_until"] == "2026-11-26"


@pytest.mark.parametrize("role", [Role.AUDITOR, Role.ADMINISTRATOR])
def test_roles_that_never_work_cases_are_not_gated_by_certification(role):
    assert work_mode(role, None, TODAY) is WorkMode.REAL
