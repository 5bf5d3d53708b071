"""`teller-admin audit verify --central`: every terminal's audit chain as the central database holds it."""

from __future__ import annotations

import sqlalchemy as sa

from teller_app.config import Config
from teller_app.storage.audit import VerifyResult
from teller_app.storage.store import open_configured_store
from teller_app.sync.anchors import CentralChainResult, verify_central
from teller_app.sync.central import central_url, connect_central, require_central_schema
from teller_app.sync.chain_compare import compare_with_central


def verify_central_chains(config: Config) -> list[VerifyResult]:
    """One result per terminal (named `<branch>:<terminal>`): links, hashes, no gaps, anchored heads present;
    then, on a set-up terminal, its own chain compared with the central copy event by event."""
    engine = connect_central(central_url(config.central_url, config.paths))
    try:
        require_central_schema(engine)
        results = verify_central(engine)
        compared = _compared(config, engine)
    finally:
        engine.dispose()
    return [*_named(results), *compared]


def _compared(config: Config, engine: sa.Engine) -> list[VerifyResult]:
    if not (config.branch and config.terminal and config.paths.local_store.exists()):
        return []
    store = open_configured_store(config)
    try:
        return [compare_with_central(store, engine)]
    finally:
        store.close()


def _named(results: list[CentralChainResult]) -> list[VerifyResult]:
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
