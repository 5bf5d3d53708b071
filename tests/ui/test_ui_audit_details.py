"""The operation record's details in words, on the real core: English and Chinese, long values, alert names."""

from __future__ import annotations

import re

import pytest

from teller_app.domain.errors import RuleError

LONG_USER_NAME = "a-teller-who-typed-a-very-long-user-name-at-the-counter-26"


@pytest.fixture
def passwords(demo):
    return demo


@pytest.fixture
def after_a_morning(core, passwords):
    """A morning at the counter on the real core, then the supervisor signs in to read the record."""
    with pytest.raises(RuleError):
        core.sign_in("teller1", "not the password")
    with pytest.raises(RuleError):
        core.sign_in(LONG_USER_NAME, "not the password")
    teller = core.sign_in("teller1", passwords["teller1"])
    intake = {
        "customer_kind": "enterprise_legal_person",
        "account_type": "basic",
        "customer_name": "上海云帆贸易有限公司",
        "channel": "counter",
        "present": "legal_representative",
    }
    core.save_step(teller, None, "intake", intake, advance=False)
    core.lock(teller)
    return core.sign_in("super1", passwords["super1"])


def _viewer(qtbot, core, tasks, session):
    from ui.audit.viewer import AuditViewer

    viewer = AuditViewer(core, tasks, session)
    qtbot.addWidget(viewer)
    viewer.load()
    qtbot.waitUntil(lambda: viewer.table.rowCount() > 0)
    return viewer


def _details(viewer, action, newest=0):
    """The details cell of an event (the newest of that action unless told)."""
    rows = [r for r, row in enumerate(viewer.rows) if row.action == action]
    return viewer.table.item(rows[newest], 7)


def _sign_in_failures(viewer):
    return [_details(viewer, "sign_in.failed", n).text() for n in range(2)]


def test_details_read_in_words_in_english_and_again_in_chinese_after_a_switch(
    qtbot, core, tasks, after_a_morning, english
):
    from ui.i18n import CHINESE

    viewer = _viewer(qtbot, core, tasks, after_a_morning)
    assert _details(viewer, "case.open").text() == (
        "Customer kind: Enterprise legal person; Account type: Basic deposit account; Channel: At the counter"
    )
    assert _details(viewer, "case.save_step").text() == "Step complete: yes; Problems found: none"
    assert _details(viewer, "sign_in").text() == "Purpose: Sign-in; Role: Supervisor"
    assert (
        _details(viewer, "session.locked").text().startswith("Reason: No activity for too long; Session ID: ")
    )
    assert "Purpose: Sign-in; Reason: Wrong password; Failed attempts in a row: 1" in _sign_in_failures(
        viewer
    )

    english.use(CHINESE)
    qtbot.waitUntil(lambda: viewer.title.text() == "操作记录")
    assert _details(viewer, "case.open").text() == "客户类型：企业法人；账户种类：基本存款账户；渠道：柜面"
    assert _details(viewer, "case.save_step").text() == "环节是否完成：是；发现的问题：无"
    assert _details(viewer, "sign_in").text() == "验证用途：登录；岗位：主管"
    assert _details(viewer, "session.locked").text().startswith("原因：长时间无操作；会话编号：")
    assert "验证用途：登录；原因：密码错误；连续失败次数：1" in _sign_in_failures(viewer)
    assert '"' not in "".join(viewer.table.item(r, 7).text() for r in range(viewer.table.rowCount()))


def test_users_set_up_by_the_demo_and_the_record_listing_itself_read_in_chinese(
    qtbot, core, tasks, after_a_morning, chinese
):
    viewer = _viewer(qtbot, core, tasks, after_a_morning)
    created = _details(viewer, "user.created").text()
    assert re.fullmatch(
        r"用户名：\w+；岗位：[^；]+；操作途径：管理命令（teller-admin）；考核认证有效期至：\d{4}-\d\d-\d\d；"
        r"须修改密码：是；用户编号：[0-9a-f-]{36}",
        created,
    ), created
    viewer.load()  # the first listing is itself recorded, with its filters as a nested value
    qtbot.waitUntil(lambda: any(row.action == "audit.viewed" for row in viewer.rows))
    viewed = _details(viewer, "audit.viewed").text()
    assert re.fullmatch(
        r"筛选条件：（起始时间：\d{4}-\d\d-\d\d \d\d:\d\d:\d\d，截止时间：\d{4}-\d\d-\d\d \d\d:\d\d:\d\d）；事件条数：\d+",
        viewed,
    ), viewed


def test_a_long_value_is_shortened_and_the_tooltip_has_it_whole(qtbot, core, tasks, after_a_morning, english):
    viewer = _viewer(qtbot, core, tasks, after_a_morning)
    failures = [_details(viewer, "sign_in.failed", n) for n in range(2)]
    [unknown] = [item for item in failures if "Unknown user name" in item.text()]
    assert LONG_USER_NAME not in unknown.text()
    assert unknown.text().endswith("User name: " + LONG_USER_NAME[:39] + "…")
    assert unknown.toolTip().splitlines() == [
        "Purpose: Sign-in",
        "Reason: Unknown user name",
        "User name: " + LONG_USER_NAME,
    ]


def test_unknown_keys_show_their_code_and_secret_keys_are_never_shown(english):
    from ui.audit.details import details_in_words

    shown = details_in_words(
        '{"password": "Teller-Pass-2026", "token": "abc", "new_thing": 3, "role": "teller"}'
    )
    assert shown.cell == "Role: Teller; new_thing: 3"
    assert "Teller-Pass-2026" not in shown.tooltip and "abc" not in shown.tooltip
    assert details_in_words("not an object").cell == "not an object"
    assert details_in_words("").cell == ""


def test_approval_expiring_alert_is_named_in_the_shared_name_table(
    qtbot, backend, tasks, supervisor, chinese
):
    from ui.home.page import HomePage
    from ui.names import ALERTS, alert_label

    assert "approval_expiring" in ALERTS
    home = HomePage(backend, tasks, supervisor)
    qtbot.addWidget(home)
    home.refresh()
    qtbot.waitUntil(lambda: home.alerts.rowCount() > 0)
    kinds = [home.alerts.item(r, 0).text() for r in range(home.alerts.rowCount())]
    assert alert_label("approval_expiring") == "审批申请即将过期"
    assert "审批申请即将过期" in kinds


def test_the_date_filter_means_whole_days_on_the_terminals_clock(qtbot, core, tasks, english, monkeypatch):
    """A Shanghai branch picking 27 November means 00:00–23:59:59 Beijing time, not a UTC day."""
    import time as clock
    from datetime import UTC, datetime

    from PySide6.QtCore import QDate

    from ui.audit.viewer import AuditViewer

    monkeypatch.setenv("TZ", "Asia/Shanghai")
    clock.tzset()
    try:
        viewer = AuditViewer(core, tasks, None)
        qtbot.addWidget(viewer)
        viewer.since.setDate(QDate(2026, 11, 27))
        viewer.until.setDate(QDate(2026, 11, 27))
        chosen = viewer.current_filter()
        assert chosen.since == datetime(2026, 11, 26, 16, 0, tzinfo=UTC)
        assert chosen.until == datetime(2026, 11, 27, 15, 59, 59, 999999, tzinfo=UTC)
    finally:
        monkeypatch.delenv("TZ")
        clock.tzset()
