"""A PgBouncer in transaction pooling mode for the tests, started on a free port of 127.0.0.1.

    with PgBouncer("127.0.0.1", 5432) as bouncer:
        url = bouncer.url_for(pg_url)        # the same database, through the pooler

The configuration is generated in a private folder: trust authentication towards the test server (the
user names a test connects with are listed), `pool_mode = transaction`, and `ignore_startup_parameters =
options` (the terminal sends its statement timeout as a start-up option when it connects directly; through
PgBouncer the timeout travels inside each transaction instead, see teller_app/sync/wire.py). Running as
root, PgBouncer is told to switch to the unprivileged user `nobody`, as it insists.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

from sqlalchemy.engine import make_url

CONFIG = """\
[databases]
* = host={host} port={port}

[pgbouncer]
listen_addr = 127.0.0.1
listen_port = {listen}
unix_socket_dir =
auth_type = trust
auth_file = {folder}/users.txt
pool_mode = transaction
default_pool_size = {pool_size}
max_client_conn = 2000
so_reuseport = {reuseport}
ignore_startup_parameters = options
server_reset_query =
logfile = {folder}/pgbouncer.log
pidfile = {folder}/pgbouncer.pid
{extra}"""


def pgbouncer_program() -> str | None:
    found = shutil.which("pgbouncer")
    if found:
        return found
    candidate = Path("/usr/sbin/pgbouncer")
    return str(candidate) if candidate.exists() else None


def require_pgbouncer() -> None:
    """Fails the test when the run requires PostgreSQL (TELLER_REQUIRE_PG=1) and pgbouncer is missing; skips
    it loudly otherwise."""
    import pytest

    if pgbouncer_program() is None:
        if os.environ.get("TELLER_REQUIRE_PG") == "1":
            pytest.fail("pgbouncer is required (TELLER_REQUIRE_PG=1): apt-get install -y pgbouncer")
        pytest.skip(
            "NO PGBOUNCER — the transaction-pooling run did NOT happen (apt-get install -y pgbouncer)"
        )


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class PgBouncer:
    def __init__(
        self,
        host: str,
        port: int,
        users: tuple[str, ...] = ("postgres",),
        pool_size: int = 30,
        share_port: int | None = None,
        extra: str = "",
    ) -> None:
        """`share_port`: listen on the port of another PgBouncer started with `share_port=0` too (both with
        so_reuseport: the kernel spreads new client connections over the processes), 0 for a free port.
        `extra`: more settings of the [pgbouncer] section, a line each."""
        program = pgbouncer_program()
        if program is None:
            raise FileNotFoundError("pgbouncer is not installed (apt-get install -y pgbouncer)")
        self.folder = Path(tempfile.mkdtemp(prefix="teller-pgbouncer-"))
        self.port = share_port or free_port()
        (self.folder / "users.txt").write_text("".join(f'"{u}" ""\n' for u in users))
        config = self.folder / "pgbouncer.ini"
        config.write_text(
            CONFIG.format(
                host=host,
                port=port,
                listen=self.port,
                folder=self.folder,
                pool_size=pool_size,
                reuseport=int(share_port is not None),
                extra=extra,
            )
        )
        command = [program, "-q", str(config)]
        if os.geteuid() == 0:
            os.chmod(self.folder, 0o777)
            for item in self.folder.iterdir():
                os.chmod(item, 0o644)
            command[1:1] = ["-u", "nobody"]
        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        self._wait_until_listening()

    def _wait_until_listening(self) -> None:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                problem = self.process.stderr.read().decode(errors="replace") if self.process.stderr else ""
                raise RuntimeError(f"pgbouncer exited: {problem.strip()[:500]}")
            with contextlib.suppress(OSError):  # its own log: a port shared with another says nothing
                if "process up" in (self.folder / "pgbouncer.log").read_text():
                    return
            time.sleep(0.05)  # polling for the listener to open, not a timing assumption of a test
        raise RuntimeError("pgbouncer did not start listening within 10 s")

    def url_for(self, url: str) -> str:
        return make_url(url).set(host="127.0.0.1", port=self.port).render_as_string(hide_password=False)

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
        shutil.rmtree(self.folder, ignore_errors=True)

    def __enter__(self) -> PgBouncer:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
