"""What a failed or interrupted `teller-admin init` wrote, removed, so that `init` can simply be run again."""

from __future__ import annotations

import contextlib
from pathlib import Path

from teller_app.paths import AppPaths
from teller_app.storage.keystore import keys_folder, remove_keys
from teller_app.sync.central_address import CA_FILE, PASSWORD_FILE


def undo_init(paths: AppPaths, old_config: bytes | None) -> None:
    """Remove what a failed `init` wrote (keys, KEK, store and its chain head record, sealed password, CA
    copy, config)."""
    with contextlib.suppress(Exception):
        remove_keys(paths.data)
    from teller_app.services.procedure_publishing import publisher_key_path
    from teller_app.storage.audit_keys import HEAD_FILE

    for path in (
        keys_folder(paths.data) / PASSWORD_FILE,
        paths.data / CA_FILE,
        publisher_key_path(paths.data),
        paths.local_store.parent / HEAD_FILE,  # the head of the chain in the store removed below
    ):
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(OSError):
            Path(f"{paths.local_store}{suffix}").unlink(missing_ok=True)
    with contextlib.suppress(OSError):
        if old_config is None:
            paths.config_file.unlink(missing_ok=True)
        else:
            paths.config_file.write_bytes(old_config)
