"""Crash safety: a process saving cases is killed with SIGKILL at random moments, again and again.

After every kill the store passes PRAGMA integrity_check, the audit chain verifies, every save the child
reported as committed (it prints the case id after the commit) is there, and every save is all or nothing
(a case with its customer and both its audit events, or none of them). The child says when it starts a
save, so the test also proves that many kills really landed inside one.

SIGKILL ends the process, not the machine: this proves the transactions are atomic and the file sound after
a crash at any point; a power cut (what synchronous=FULL is for) cannot be simulated here.
"""

from __future__ import annotations

import os
import random
import signal
import time

import pytest
from sqlalchemy import func, select
from storage_helpers import BRANCH, TERMINAL, add_customer_and_case

from teller_app.storage import db
from teller_app.storage.audit import verify_session
from teller_app.storage.schema import AuditEvent, Case, Customer
from teller_app.storage.store import TerminalIdentity, open_store

KILLS = 60

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL (POSIX)")


def child_saves_cases_forever(paths, keys, report_fd: int) -> None:
    """Runs in the forked child: save a case, then report its id, until killed."""
    try:
        store = open_store(paths, keys, TerminalIdentity(BRANCH, TERMINAL), upgrade=False)
        number = 0
        while True:
            number += 1
            os.write(report_fd, b"begin\n")
            with store.unit_of_work(user_id="teller-crash") as uow:
                _, case = add_customer_and_case(
                    uow, name=f"断电测试公司{number}", address=f"测试路{number}号"
                )
                uow.append_audit("case.step_saved", case_id=case.id, step="intake")
            os.write(report_fd, (case.id + "\n").encode())
    finally:
        os._exit(3)


def read_reported(read_fd: int, buffer: bytearray, until_lines: int | None) -> list[str]:
    """Read complete lines from the child; stop after `until_lines` lines, or at end of file."""
    lines: list[str] = []
    while until_lines is None or len(lines) < until_lines:
        chunk = os.read(read_fd, 4096)
        if not chunk:
            break
        buffer.extend(chunk)
        while b"\n" in buffer:
            line, _, rest = bytes(buffer).partition(b"\n")
            buffer[:] = rest
            lines.append(line.decode())
    return lines


@pytest.mark.slow
def test_sigkill_at_random_moments_never_loses_a_committed_save_or_breaks_the_store(paths, data_keys):
    store = open_store(paths, data_keys, TerminalIdentity(BRANCH, TERMINAL))
    store.close()
    rng = random.Random(20261127)
    committed: set[str] = set()
    kills_inside_a_save = 0
    started = time.monotonic()
    for round_number in range(KILLS):
        read_fd, write_fd = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child
            os.close(read_fd)
            child_saves_cases_forever(paths, data_keys, write_fd)
        os.close(write_fd)
        buffer = bytearray()
        reported = read_reported(read_fd, buffer, rng.randint(0, 6))
        spin_until = time.perf_counter() + rng.random() * 0.004  # a random moment inside the next save
        while time.perf_counter() < spin_until:
            pass
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        reported += read_reported(read_fd, buffer, None)  # lines written before the kill
        os.close(read_fd)
        kills_inside_a_save += bool(reported) and reported[-1] == "begin"
        committed.update(line for line in reported if line != "begin")

        assert db.integrity_check(paths.local_store) == ["ok"], f"round {round_number}"
        check = open_store(paths, data_keys, TerminalIdentity(BRANCH, TERMINAL), upgrade=False)
        try:
            with check.reading() as session:
                results = verify_session(session)
                stored = set(session.scalars(select(Case.id)))
                customers = session.scalar(select(func.count()).select_from(Customer))
                audited = session.execute(
                    select(AuditEvent.action, func.count(AuditEvent.case_id.distinct()))
                    .where(AuditEvent.user_id == "teller-crash")
                    .group_by(AuditEvent.action)
                ).all()
        finally:
            check.close()
        assert all(r.ok for r in results), f"round {round_number}: {results}"
        missing = committed - stored
        assert not missing, f"round {round_number}: committed saves lost: {sorted(missing)[:3]}"
        whole = {"case.open": len(stored), "case.step_saved": len(stored)} if stored else {}
        assert customers == len(stored) and dict(audited) == whole, f"round {round_number}: half a save"
    print(f"kills={KILLS} inside a save={kills_inside_a_save} reported={len(committed)} stored={len(stored)}")
    assert len(committed) >= KILLS  # the child really saved between kills
    assert kills_inside_a_save >= KILLS // 4  # and many kills landed while a save was under way
    assert time.monotonic() - started < 60
