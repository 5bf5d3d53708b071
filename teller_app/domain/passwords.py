"""Password hashing (Argon2id, self-describing PHC strings) and the bank's password policy."""

from __future__ import annotations

import hmac
import os
import re
import unicodedata
from dataclasses import dataclass

from cryptography.exceptions import InvalidKey
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from teller_app.domain.errors import EnvironmentProblem, InputError

ALGORITHM = "argon2id"
ARGON2_VERSION = 19


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost parameters: memory in KiB, passes over memory, lanes; salt and hash sizes in bytes."""

    memory_kib: int = 65536
    iterations: int = 2
    lanes: int = 1
    salt_bytes: int = 16
    hash_bytes: int = 32

    def at_least(self, other: KdfParams) -> bool:
        """True when every cost here is at or above `other`'s (what decides a rehash)."""
        return (
            self.memory_kib >= other.memory_kib
            and self.iterations >= other.iterations
            and self.lanes >= other.lanes
            and self.hash_bytes >= other.hash_bytes
        )


# OWASP Password Storage Cheat Sheet: equivalent Argon2id minimum configurations (memory KiB, passes).
OWASP_MINIMUMS: tuple[tuple[int, int], ...] = (
    (47104, 1),
    (19456, 2),
    (12288, 3),
    (9216, 4),
    (7168, 5),
)

# Production default: 64 MiB, 2 passes, 1 lane — above OWASP's m=19 MiB, t=2, p=1 in memory.
DEFAULT_KDF = KdfParams()

# Only for tests that hash many passwords: far below any guidance, never for real users.
TEST_KDF = KdfParams(memory_kib=64, iterations=1, lanes=1)


def meets_owasp_minimum(params: KdfParams) -> bool:
    """True when the parameters match or exceed one of OWASP's Argon2id minimum configurations."""
    return params.salt_bytes >= 16 and any(
        params.memory_kib >= memory and params.iterations >= passes for memory, passes in OWASP_MINIMUMS
    )


@dataclass(frozen=True)
class StoredHash:
    """A parsed stored password hash: `$argon2id$v=19$m=…,t=…,p=…$salt$hash` (PHC string format)."""

    algorithm: str
    version: int
    params: KdfParams


_PHC = re.compile(
    r"^\$(?P<alg>[a-z0-9-]+)\$v=(?P<v>\d+)\$m=(?P<m>\d+),t=(?P<t>\d+),p=(?P<p>\d+)"
    r"\$(?P<salt>[A-Za-z0-9+/]+)\$(?P<hash>[A-Za-z0-9+/]+)$"
)


def parse_stored(stored: str) -> StoredHash:
    """Read the algorithm and parameters from a stored hash; a damaged value is an environment problem."""
    match = _PHC.match(stored or "")
    if match is None:
        raise EnvironmentProblem(
            "password.stored_hash_unreadable", "The stored password hash is damaged or of an unknown format."
        )
    salt_len = _b64_len(match["salt"])
    hash_len = _b64_len(match["hash"])
    params = KdfParams(
        memory_kib=int(match["m"]),
        iterations=int(match["t"]),
        lanes=int(match["p"]),
        salt_bytes=salt_len,
        hash_bytes=hash_len,
    )
    return StoredHash(algorithm=match["alg"], version=int(match["v"]), params=params)


def _b64_len(text: str) -> int:
    return (len(text) * 3) // 4


def normalise_password(password: str) -> bytes:
    """NFKC-normalise so the same password typed with a different input method still matches."""
    return unicodedata.normalize("NFKC", password).encode("utf-8")


def hash_password(password: str, params: KdfParams = DEFAULT_KDF) -> str:
    """Hash with Argon2id and a fresh random salt; the result carries its own parameters."""
    kdf = Argon2id(
        salt=os.urandom(params.salt_bytes),
        length=params.hash_bytes,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive_phc_encoded(normalise_password(password))


def verify_password(password: str, stored: str) -> bool:
    """True when `password` matches `stored`; the comparison inside is constant-time."""
    parsed = parse_stored(stored)
    if parsed.algorithm != ALGORITHM:
        raise EnvironmentProblem(
            "password.unknown_algorithm",
            "The stored password hash uses an algorithm this version does not know: {algorithm}.",
            algorithm=parsed.algorithm,
        )
    try:
        Argon2id.verify_phc_encoded(normalise_password(password), stored)
    except InvalidKey:
        return False
    except ValueError as exc:
        raise EnvironmentProblem(
            "password.stored_hash_unreadable", "The stored password hash is damaged or of an unknown format."
        ) from exc
    return True


def burn_equal_time(password: str, params: KdfParams = DEFAULT_KDF) -> None:
    """Spend the time a real check would, so an unknown user name cannot be told apart by timing."""
    hash_password(password, params)


def needs_rehash(stored: str, params: KdfParams = DEFAULT_KDF) -> bool:
    """True when the stored hash was made with weaker parameters or another algorithm than `params`."""
    try:
        parsed = parse_stored(stored)
    except EnvironmentProblem:
        return True
    if parsed.algorithm != ALGORITHM or parsed.version != ARGON2_VERSION:
        return True
    return not parsed.params.at_least(params)


# --- the password policy -------------------------------------------------------------------------


@dataclass(frozen=True)
class PasswordPolicy:
    """What a new password must satisfy; built from settings by the services."""

    min_length: int = 10
    max_length: int = 128
    min_character_classes: int = 2
    forbid_user_name: bool = True


CHARACTER_CLASSES = ("lower case letter", "upper case letter", "digit", "other character")


def character_classes(password: str) -> set[str]:
    """Which of lower case, upper case, digit and other characters the password uses."""
    found: set[str] = set()
    for char in password:
        if char.isdigit():
            found.add("digit")
        elif char.isalpha() and char.islower():
            found.add("lower case letter")
        elif char.isalpha() and char.isupper():
            found.add("upper case letter")
        else:
            found.add("other character")
    return found


def check_password_policy(password: str, username: str, policy: PasswordPolicy) -> None:
    """Raise InputError naming the first rule the new password breaks; return quietly when it is fine."""
    text = unicodedata.normalize("NFKC", password)
    if any(unicodedata.category(char) in ("Cc", "Cf") for char in text):
        raise InputError("password.control_character", "The password contains a control character.")
    if len(text) < policy.min_length:
        raise InputError(
            "password.too_short",
            "The password must have at least {min_length} characters.",
            min_length=policy.min_length,
        )
    if len(text) > policy.max_length:
        raise InputError(
            "password.too_long",
            "The password must have at most {max_length} characters.",
            max_length=policy.max_length,
        )
    name = unicodedata.normalize("NFKC", username).strip().casefold()
    if policy.forbid_user_name and name and name in text.casefold():
        raise InputError("password.contains_user_name", "The password must not contain the user name.")
    classes = character_classes(text)
    if len(classes) < policy.min_character_classes:
        raise InputError(
            "password.too_few_character_classes",
            "The password must mix at least {required} kinds of characters "
            "(lower case, upper case, digits, others); it has {found}.",
            required=policy.min_character_classes,
            found=len(classes),
        )


def same_password(first: str, second: str) -> bool:
    """Constant-time comparison of two passwords as typed (e.g. new and confirmation)."""
    return hmac.compare_digest(normalise_password(first), normalise_password(second))
