"""A published procedure version never changes: cases opened under it are pinned to it by its version, and
an examiner reads in its file what was in force. Each shipped version's file is pinned here by SHA-256.

A revision is a new version (a new file with its own effective date and change notes), never an edit. To
publish one, add its file and its hash below in the same commit. A version not yet in force (no case can
be pinned to it before its effective date) may still be corrected, with its hash updated in the same
commit; from its effective date its hash never changes.
"""

from __future__ import annotations

import hashlib

from teller_app.paths import resources_dir

PUBLISHED = {
    "2026.1": "2ef64728324fe859aad06bb9245a7ed727e6df3d35d84b9102bdb05312577b58",
    "2026.2": "4990b0a05abc8dacb0aa686febaa3117279a99efd2ecb18e6ca7bb634372f8ec",
    # in force from 2027-01-01; corrected before that on 2026-12-01 ([case_handling] reasons added)
    "2026.3": "58a8f6878a1c222584374d0b3c05c9f2528f228bacfd66905884a3304695a39d",
}


def _shipped() -> dict[str, str]:
    folder = resources_dir() / "process"
    return {path.stem: hashlib.sha256(path.read_bytes()).hexdigest() for path in folder.glob("*.toml")}


def test_a_published_procedure_version_never_changes():
    shipped = _shipped()
    changed = {v: h for v, h in shipped.items() if v in PUBLISHED and PUBLISHED[v] != h}
    assert not changed, f"published versions were edited (publish a new version instead): {sorted(changed)}"


def test_no_published_procedure_version_is_withdrawn():
    assert set(PUBLISHED) <= set(_shipped()), "a case may be pinned to every published version"


def test_every_shipped_procedure_version_is_pinned():
    assert set(_shipped()) <= set(PUBLISHED), "pin the new version's hash here when it is published"
