"""`teller-admin audit verify --central`: every terminal's audit chain as the central database holds it."""

from __future__ import annotations

from teller_app.config import Config
from teller_app.storage.audit import VerifyResult
from teller_app.sync.anchors import verify_central
from teller_app.sync.central import central_url, connect_central, require_central_schema


def verify_central_chains(config: Config) -> list[VerifyResult]:
    """One result per terminal (named `<branch>:<terminal>`): links, hashes, no gaps, anchored heads present."""
    engine = connect_central(central_url(config.central_url, config.paths))
    try:
        require_central_schema(engine)
        results = verify_central(engine)
    finally:
        engine.dispose()
    return [
        VerifyResult(
            ok=r.ok,
            count=r.count,
            first_broken_seq=r.first_broken_seq,
            problem=r.problem,
            terminal=f"{r.branch}:{r.terminal}",
            head_hash=r.head_hash,
        )
        for r in results
    ]
