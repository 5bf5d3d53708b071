"""Menus, actions and home-page controls follow the core's permission matrix (teller_app/domain/permissions.py),
role by role, on the real core: every gated item's visible and enabled state is what the matrix says, every
menu item is either gated or meant for everyone, and taking a permission out of the matrix takes the item away.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from teller_app.domain.permissions import PERMISSIONS, Action, can_any
from teller_app.domain.roles import Role
from ui.widgets import PERMISSION

PASSWORD = "Counter-2026-pass!"
# Menu items every signed-in person has, whatever the role: moving about, the own session, help, training.
FOR_EVERYONE = {
    "actionHome",
    "actionFlowchart",
    "actionSettings",  # everyone may change the language; the other settings follow manage_settings
    "actionLock",
    "actionChangePassword",
    "actionSignOut",
    "actionHelp",
    "actionManual",
    "actionTrainingMode",
    "actionTrainingPage",
}
# One user per role, and a trainee: a teller whose certification has lapsed (training mode only).
PEOPLE = {
    "teller1": Role.TELLER,
    "super1": Role.SUPERVISOR,
    "risk1": Role.RISK_OFFICER,
    "manager1": Role.BRANCH_MANAGER,
    "review1": Role.REVIEWER,
    "auditor1": Role.AUDITOR,
    "admin1": Role.ADMINISTRATOR,
    "trainee1": Role.TELLER,
}


@pytest.fixture
def staff(core, demo):
    from teller_app.services.users import UserAdministration

    admin = UserAdministration(core.store(), core._policy)
    admin.add(
        "manager1", "branch_manager", PASSWORD, certified_until=date(2099, 1, 1), must_change_password=False
    )
    admin.add("trainee1", "teller", PASSWORD, must_change_password=False)
    return {**demo, "manager1": PASSWORD, "trainee1": PASSWORD}


def _window(qtbot, core, tasks, staff, user):
    from ui.main_window import MainWindow

    session = core.sign_in(user, staff[user])
    window = MainWindow(core, tasks, session)
    qtbot.addWidget(window)
    return window


def _gated(window) -> list[QWidget | QAction]:
    found = [a for a in window.findChildren(QAction) if a.property(PERMISSION)]
    return found + [w for w in window.findChildren(QWidget) if w.property(PERMISSION)]


def _shown(item) -> bool:
    return item.isVisible() if isinstance(item, QAction) else not item.isHidden()


def _menu_items(window) -> list[QAction]:
    items = []
    for top in window.menuBar().actions():
        if top.menu() is not None:
            items += [a for a in top.menu().actions() if not a.isSeparator()]
    return items


def _state(window) -> dict[str, tuple[bool, bool]]:
    return {f"{i.objectName()}:{i.property(PERMISSION)}": (_shown(i), i.isEnabled()) for i in _gated(window)}


def _expected(window, roles) -> dict[str, tuple[bool, bool]]:
    return {
        f"{i.objectName()}:{i.property(PERMISSION)}": (can_any(roles, Action(i.property(PERMISSION))),) * 2
        for i in _gated(window)
    }


@pytest.mark.parametrize("user", sorted(PEOPLE))
def test_every_menu_item_and_home_control_follows_the_matrix_for_the_role(
    qtbot, core, tasks, staff, english, user
):
    window = _window(qtbot, core, tasks, staff, user)
    roles = window.session.roles
    assert roles == (PEOPLE[user],)
    assert window.session.training_mode is (user == "trainee1")
    assert _state(window) == _expected(window, roles)
    names = {i.objectName() for i in _gated(window)}
    assert {"actionNewCase", "actionFind", "actionAudit", "actionConflicts", "newCaseButton"} <= names
    assert {"pendingApprovalsBox", "branchCasesBox", "caseSearch"} <= names
    for item in _menu_items(window):  # nothing in the menus escapes the matrix unless meant for everyone
        assert item.property(PERMISSION) or item.objectName() in FOR_EVERYONE, item.objectName()
    supervision = window.supervision
    assert sorted(supervision.actions) == sorted(k for k, a in supervision.gates.items() if can_any(roles, a))
    window.lock()
    window._unlocked()  # after an unlock the items are as the matrix says again, not all enabled
    assert _state(window) == _expected(window, roles)


@pytest.mark.parametrize("user", ["super1", "manager1", "teller1", "auditor1"])
def test_taking_a_permission_out_of_the_matrix_takes_the_item_away(
    qtbot, core, tasks, staff, english, user, monkeypatch
):
    role = PEOPLE[user]
    granted = {
        Action(i.property(PERMISSION)) for i in _gated(_window(qtbot, core, tasks, staff, user))
    } & set(PERMISSIONS[role])
    assert granted, "the role has items to take away"
    for action in sorted(granted):
        monkeypatch.setitem(PERMISSIONS, role, PERMISSIONS[role] - {action})  # type: ignore[index]
        window = _window(qtbot, core, tasks, staff, user)
        taken = [i for i in _gated(window) if i.property(PERMISSION) == action.value]
        in_menu = [key for key, needs in window.supervision.gates.items() if needs is action]
        assert taken or in_menu, action
        assert not any(_shown(i) or i.isEnabled() for i in taken), action
        assert not set(in_menu) & set(window.supervision.actions), action
        monkeypatch.undo()
