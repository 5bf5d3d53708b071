"""User administration: every change is checked, stored, and an audit event."""

from __future__ import annotations

from datetime import date

import pytest

from auth.helpers import stored_user
from teller_app.domain.errors import InputError, RuleError
from teller_app.domain.passwords import verify_password
from teller_app.domain.permissions import WorkMode
from teller_app.domain.roles import Role
from teller_app.services.actors import Actor
from teller_app.services.users import UserAdministration

GOOD = "Counter-Pass-2026"


def test_new_user_must_change_the_initial_password(users, store):
    info = users.add("wang.li", "teller", GOOD, certified_until=date(2026, 12, 31))
    assert info.must_change_password
    assert info.role is Role.TELLER
    row = stored_user(store, "wang.li")
    assert row.password_hash.startswith("$argon2id$") and GOOD not in row.password_hash
    assert verify_password(GOOD, row.password_hash)


def test_adding_a_user_is_an_audit_event(users, audit):
    info = users.add("wang.li", Role.TELLER, GOOD)
    [event] = audit("user.created")
    assert event.details["user"] == info.id
    assert event.details["role"] == "teller"
    assert event.details["via"] == "teller-admin"


def test_initial_password_must_meet_the_policy_and_nothing_is_stored(users, audit):
    with pytest.raises(InputError) as caught:
        users.add("wang.li", "teller", "short")
    assert caught.value.code == "password.too_short"
    with pytest.raises(InputError):
        users.get("wang.li")
    assert audit("user.") == []


def test_user_name_taken_whatever_the_case(users):
    users.add("wang.li", "teller", GOOD)
    with pytest.raises(InputError) as caught:
        users.add("WANG.LI", "teller", GOOD)
    assert caught.value.code == "user.name_taken"


@pytest.mark.parametrize("name", ["", " ", "-dash", "with space", "x" * 65, "名字"])
def test_invalid_user_name_is_refused(users, name):
    with pytest.raises(InputError) as caught:
        users.add(name, "teller", GOOD)
    assert caught.value.code == "user.name_invalid"


def test_unknown_role_is_refused(users):
    with pytest.raises(InputError) as caught:
        users.add("wang.li", "cashier", GOOD)
    assert caught.value.code == "user.role_unknown"


def test_uncertified_user_is_listed_in_training_mode_until_certified(users, audit):
    info = users.add("wang.li", "teller", GOOD)
    assert info.work_mode is WorkMode.TRAINING
    certified = users.certify("wang.li", date(2027, 3, 1))
    assert certified.work_mode is WorkMode.REAL and certified.certified_until == date(2027, 3, 1)
    [event] = audit("user.certified")
    assert event.details["certified_until"] == "2027-03-01"


def test_disable_enable_lock_unlock_are_audit_events(users, audit):
    users.add("wang.li", "teller", GOOD)
    assert users.disable("wang.li").disabled
    assert not users.enable("wang.li").disabled
    assert users.lock("wang.li").locked_by_administrator
    unlocked = users.unlock("wang.li")
    assert not unlocked.locked_by_administrator and unlocked.locked_until is None
    actions = [event.action for event in audit("user.")]
    assert actions == ["user.created", "user.disabled", "user.enabled", "user.locked", "user.unlocked"]


def test_reset_password_generates_a_temporary_password_that_must_be_changed(users, store, audit):
    users.add("wang.li", "teller", GOOD)
    info, temporary = users.reset_password("wang.li")
    assert temporary is not None and info.must_change_password
    row = stored_user(store, "wang.li")
    assert verify_password(temporary, row.password_hash)
    assert not verify_password(GOOD, row.password_hash)
    assert [e.action for e in audit("user.password_reset")] == ["user.password_reset"]
    assert temporary not in str(audit())


def test_reset_password_with_a_given_password_checks_the_policy(users):
    users.add("wang.li", "teller", GOOD)
    with pytest.raises(InputError) as caught:
        users.reset_password("wang.li", "wang.li-2026-x")
    assert caught.value.code == "password.contains_user_name"


def test_changes_to_an_unknown_user_are_refused(users):
    with pytest.raises(InputError) as caught:
        users.lock("nobody")
    assert caught.value.code == "user.not_found"


def test_only_an_administrator_manages_users_in_the_app(store, policy):
    with pytest.raises(RuleError) as caught:
        UserAdministration(store, policy, acting=Actor("u-super", Role.SUPERVISOR))
    assert caught.value.code == "permission.denied"


def test_administrator_cannot_lock_themselves_out(store, policy, users):
    admin = users.add("it.admin", "administrator", GOOD)
    acting = UserAdministration(store, policy, acting=Actor(admin.id, Role.ADMINISTRATOR))
    with pytest.raises(RuleError) as caught:
        acting.disable("it.admin")
    assert caught.value.code == "user.not_on_oneself"


def test_change_by_an_administrator_in_the_app_records_who_did_it(store, policy, users, audit):
    admin = users.add("it.admin", "administrator", GOOD)
    users.add("wang.li", "teller", GOOD)
    UserAdministration(store, policy, acting=Actor(admin.id, Role.ADMINISTRATOR)).lock("wang.li")
    [event] = audit("user.locked")
    assert event.user_id == admin.id and event.details["via"] == "app"


def test_list_shows_every_user_without_secrets(users):
    users.add("wang.li", "teller", GOOD, display_name="王丽")
    users.add("liu.zhu", "supervisor", GOOD)
    listed = users.list()
    assert [u.username for u in listed] == ["liu.zhu", "wang.li"]
    assert listed[1].display_name == "王丽"
    assert "hash" not in str(listed[0].as_dict())


def test_second_factor_enrolment_gives_a_provisioning_uri(users):
    users.add("liu.zhu", "supervisor", GOOD)
    enrolment = users.enrol_second_factor("liu.zhu")
    assert enrolment.uri.startswith("otpauth://totp/") and enrolment.secret_base32 in enrolment.uri
    assert users.get("liu.zhu").second_factor


def test_password_policy_comes_from_the_settings(store, monkeypatch):
    from teller_app.config import Config
    from teller_app.domain.passwords import TEST_KDF
    from teller_app.services.users import AuthPolicy

    monkeypatch.setenv("TELLER_PASSWORD_MIN_LENGTH", "14")
    monkeypatch.setenv("TELLER_PASSWORD_MIN_CLASSES", "3")
    policy = AuthPolicy.from_config(Config.load(), kdf=TEST_KDF)
    admin = UserAdministration(store, policy)
    with pytest.raises(InputError) as short:
        admin.add("wang.li", "teller", "Counter-Pass1")  # 13 characters
    assert short.value.params["min_length"] == 14
    admin.add("wang.li", "teller", "counter-pass-2026")  # lower case, digits, others: 3 kinds
    with pytest.raises(InputError) as classes:
        admin.add("zhao.min", "teller", "counterpassword2026")  # lower case and digits: 2 kinds
    assert classes.value.code == "password.too_few_character_classes"
