"""A private PostgreSQL for the scale benchmarks, when the shared one has too few connection slots.

    with private_server(max_connections=600) as url:    # postgresql+psycopg://postgres@127.0.0.1:PORT/postgres
        ...

The same PostgreSQL binaries as the machine's server (PG_BINDIR, else the newest under
/usr/lib/postgresql), a fresh cluster in a temporary folder with trust authentication on 127.0.0.1 and a
free port, stopped and removed on exit. As root the cluster belongs to the `postgres` user, as
PostgreSQL insists.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def binaries() -> Path:
    found = os.environ.get("PG_BINDIR")
    if found:
        return Path(found)
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parts[-3]))
    if not versions:
        raise FileNotFoundError("no PostgreSQL server binaries under /usr/lib/postgresql (set PG_BINDIR)")
    return versions[-1].parent


def _run(command: list[str]) -> None:
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


@contextmanager
def private_server(max_connections: int) -> Iterator[str]:
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tests" / "sync"))
    from pgbouncer import free_port

    bindir, port = binaries(), free_port()
    folder = Path(tempfile.mkdtemp(prefix="teller-scale-pg-"))
    as_owner: list[str] = []
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
        as_owner = ["runuser", "-u", "postgres", "--"]
    data = folder / "data"
    initdb, pg_ctl = str(bindir / "initdb"), str(bindir / "pg_ctl")
    options = f"-p {port} -c listen_addresses=127.0.0.1 -k {folder} -c max_connections={max_connections}"
    try:
        _run([*as_owner, initdb, "-D", str(data), "-A", "trust", "-U", "postgres"])
        _run([*as_owner, pg_ctl, "-D", str(data), "-o", options, "-l", str(folder / "log"), "-w", "start"])
        try:
            yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
        finally:
            _run([*as_owner, pg_ctl, "-D", str(data), "-m", "fast", "-w", "stop"])
    finally:
        shutil.rmtree(folder, ignore_errors=True)
