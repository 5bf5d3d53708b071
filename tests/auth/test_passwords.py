"""Password hashing and the password policy."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from teller_app.domain.errors import EnvironmentProblem, InputError
from teller_app.domain.passwords import (
    DEFAULT_KDF,
    TEST_KDF,
    KdfParams,
    PasswordPolicy,
    check_password_policy,
    hash_password,
    meets_owasp_minimum,
    needs_rehash,
    parse_stored,
    verify_password,
)


def test_default_kdf_parameters_meet_owasp_minimum():
    assert meets_owasp_minimum(DEFAULT_KDF)
    assert DEFAULT_KDF.memory_kib >= 19456 and DEFAULT_KDF.iterations >= 2 and DEFAULT_KDF.lanes >= 1


def test_owasp_check_refuses_weaker_parameters():
    assert not meets_owasp_minimum(TEST_KDF)
    assert not meets_owasp_minimum(KdfParams(memory_kib=19455, iterations=2))
    assert not meets_owasp_minimum(KdfParams(memory_kib=19456, iterations=1))
    assert meets_owasp_minimum(KdfParams(memory_kib=47104, iterations=1))


def test_production_hash_carries_owasp_parameters():
    stored = hash_password("Counter-Pass-2026")
    parsed = parse_stored(stored)
    assert stored.startswith("$argon2id$v=19$")
    assert parsed.params.memory_kib == DEFAULT_KDF.memory_kib
    assert parsed.params.iterations == DEFAULT_KDF.iterations
    assert meets_owasp_minimum(parsed.params)
    assert verify_password("Counter-Pass-2026", stored)


def test_correct_password_verifies_and_wrong_one_does_not(cheap_kdf):
    stored = hash_password("Teller-Pass-01", cheap_kdf)
    assert verify_password("Teller-Pass-01", stored)
    assert not verify_password("Teller-Pass-02", stored)
    assert not verify_password("", stored)


def test_each_hash_has_its_own_salt(cheap_kdf):
    assert hash_password("Teller-Pass-01", cheap_kdf) != hash_password("Teller-Pass-01", cheap_kdf)


def test_password_typed_in_full_width_matches_half_width(cheap_kdf):
    stored = hash_password("Teller-Pass-01", cheap_kdf)
    assert verify_password("Ｔｅｌｌｅｒ－Ｐａｓｓ－０１", stored)


def test_hash_made_with_weaker_parameters_needs_rehash_when_parameters_are_raised(cheap_kdf):
    stored = hash_password("Teller-Pass-01", cheap_kdf)
    assert not needs_rehash(stored, cheap_kdf)
    raised = KdfParams(memory_kib=cheap_kdf.memory_kib * 2, iterations=cheap_kdf.iterations)
    assert needs_rehash(stored, raised)
    assert needs_rehash(stored, KdfParams(memory_kib=cheap_kdf.memory_kib, iterations=2))
    assert needs_rehash(stored)  # against the production default


def test_damaged_stored_hash_needs_rehash_and_refuses_with_a_typed_error():
    assert needs_rehash("not a hash")
    with pytest.raises(EnvironmentProblem) as caught:
        verify_password("whatever", "$argon2id$v=19$m=64,t=1,p=1$!!$??")
    assert caught.value.code == "password.stored_hash_unreadable"


def test_hash_of_another_algorithm_is_refused_and_marked_for_rehash():
    stored = "$scrypt$v=1$m=16384,t=8,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA"
    assert needs_rehash(stored)
    with pytest.raises(EnvironmentProblem) as caught:
        verify_password("whatever", stored)
    assert caught.value.code == "password.unknown_algorithm"


POLICY = PasswordPolicy(min_length=10, min_character_classes=2)


def test_password_shorter_than_the_minimum_is_refused():
    with pytest.raises(InputError) as caught:
        check_password_policy("Short-1", "wang.li", POLICY)
    assert caught.value.code == "password.too_short"
    assert caught.value.params["min_length"] == 10


def test_minimum_length_comes_from_the_policy():
    check_password_policy("Abcdef-12", "wang.li", PasswordPolicy(min_length=8))
    with pytest.raises(InputError):
        check_password_policy("Abcdef-12", "wang.li", PasswordPolicy(min_length=12))


def test_password_containing_the_user_name_is_refused_whatever_the_case():
    with pytest.raises(InputError) as caught:
        check_password_policy("xxWANG.LI-2026", "wang.li", POLICY)
    assert caught.value.code == "password.contains_user_name"


def test_user_name_rule_can_be_switched_off():
    check_password_policy("wang.li-2026", "wang.li", PasswordPolicy(forbid_user_name=False))


def test_password_of_one_kind_of_character_is_refused():
    with pytest.raises(InputError) as caught:
        check_password_policy("abcdefghijkl", "wang.li", POLICY)
    assert caught.value.code == "password.too_few_character_classes"
    assert caught.value.params == {"required": 2, "found": 1}


def test_password_with_a_control_character_is_refused():
    with pytest.raises(InputError) as caught:
        check_password_policy("Abcdefgh-12\x00", "wang.li", POLICY)
    assert caught.value.code == "password.control_character"


def test_password_too_long_is_refused():
    with pytest.raises(InputError) as caught:
        check_password_policy("Ab1-" * 40, "wang.li", POLICY)
    assert caught.value.code == "password.too_long"


def test_good_password_passes_the_policy():
    check_password_policy("柜台密码-Counter-7", "wang.li", POLICY)


@given(password=st.text(max_size=200), username=st.text(max_size=30))
def test_any_text_either_passes_the_policy_or_gets_an_input_error(password, username):
    try:
        check_password_policy(password, username, POLICY)
    except InputError as error:
        assert error.code.startswith("password.")
