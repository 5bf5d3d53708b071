"""Measure the cost of signing in: Argon2id at the production parameters vs a full sign-in round trip.

Run: .venv/bin/python tests/auth/measure_sign_in.py   (prints medians in ms and the ratio)
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable

PASSWORD = "Counter-Pass-2026"


def median_ms(action: Callable[[], object], rounds: int = 15) -> float:
    timings = []
    for _ in range(rounds):
        started = time.perf_counter()
        action()
        timings.append(time.perf_counter() - started)
    return statistics.median(timings) * 1000


def main() -> int:
    os.environ["TELLER_HOME"] = tempfile.mkdtemp(prefix="teller-measure-")
    from teller_app.domain.passwords import DEFAULT_KDF, hash_password, meets_owasp_minimum, verify_password
    from teller_app.paths import app_paths
    from teller_app.services.sign_in import SignInService
    from teller_app.services.users import AuthPolicy, UserAdministration
    from teller_app.storage.keystore import fresh_data_keys
    from teller_app.storage.store import TerminalIdentity, open_store

    stored = hash_password(PASSWORD)
    print(f"Argon2id parameters: {DEFAULT_KDF} (meets OWASP minimum: {meets_owasp_minimum(DEFAULT_KDF)})")
    hashing = median_ms(lambda: hash_password(PASSWORD))
    verifying = median_ms(lambda: verify_password(PASSWORD, stored))
    store = open_store(app_paths().ensure(), fresh_data_keys("measure"), TerminalIdentity("B001", "T01"))
    try:
        UserAdministration(store).add("wang.li", "teller", PASSWORD)
        service = SignInService(store, AuthPolicy())

        def round_trip() -> None:
            service.sign_out(service.sign_in("wang.li", PASSWORD))

        signing_in = median_ms(round_trip)
    finally:
        store.close()
    print(f"hash_password            median {hashing:7.1f} ms")
    print(f"verify_password          median {verifying:7.1f} ms")
    print(f"sign_in + sign_out       median {signing_in:7.1f} ms (local SQLite, audit events written)")
    print(f"round trip / bare verify        {signing_in / verifying:7.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
