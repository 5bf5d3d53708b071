"""The home page words the identity-expiry alerts: whose ID, the day it expired or expires, and what to do
(ask for a valid one on an open case; ask the customer to update it on an account in service)."""

from __future__ import annotations

from ui.backend import Alert
from ui.home.alert_words import alert_text
from ui.names import alert_label


def expiry_alert(kind: str, holder: str, *, days: int, in_service: bool = False) -> Alert:
    params = {"holder": holder, "expiry": "2026-04-15", "days": days, "in_service": in_service}
    return Alert(kind, "c-0001", f"{holder}: {kind}", "北京星河科技有限公司", params)


def test_identity_expiry_alerts_say_whose_id_and_when(english):
    assert alert_label("expiring_identity") == "Identity document expires soon"
    assert (
        alert_text(expiry_alert("expiring_identity", "legal_representative", days=44))
        == "The ID of the legal representative expires on 2026-04-15, in 44 days"
    )
    assert (
        alert_text(expiry_alert("expired_identity", "agent", days=-1))
        == "The ID of the agent expired on 2026-04-15: ask for a valid one"
    )
    assert (
        alert_text(expiry_alert("expired_identity", "customer", days=-3, in_service=True))
        == "The ID of the customer expired on 2026-04-15: ask the customer to update it"
    )
    assert (
        alert_text(expiry_alert("expiring_identity", "owner:2", days=8))
        == "The ID of beneficial owner 2 expires on 2026-04-15, in 8 days"
    )


def test_identity_expiry_alerts_in_chinese_show_no_english_or_codes(chinese):
    assert alert_label("expiring_identity") == "身份证件即将到期"
    assert (
        alert_text(expiry_alert("expired_identity", "legal_representative", days=-1, in_service=True))
        == "法定代表人的身份证件已于2026-04-15过期：请客户更新证件信息"
    )
    assert alert_text(expiry_alert("expiring_identity", "owner:2", days=8)) == (
        "受益所有人2的身份证件将于2026-04-15到期，还剩 8 天"
    )
