"""The data folder is its user's alone: every file 0600, every folder 0700, put right at every start.

The folder holds the key file and its head record, the store (password hashes in plain columns), the
embedded central database, the log and the configuration with the terminal's central login. A plain
`cp -r` (or an unzip, or a restore by hand) leaves the modes the umask gives, often 0644 and 0755:
`make_private` narrows every file and folder under the data, configuration and log folders back and
names what it changed, so `doctor` can say so. On Windows the folder's ACL does this job; nothing here.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from pathlib import Path

from teller_app.paths import AppPaths

FILE_MODE = 0o600
FOLDER_MODE = 0o700


def _walk(root: Path) -> Iterable[Path]:
    if not root.exists():
        return
    yield root
    for folder, folders, files in os.walk(root):
        base = Path(folder)
        for name in folders:
            yield base / name
        for name in files:
            yield base / name


def roots_of(paths: AppPaths) -> list[Path]:
    """The data and log folders, and the configuration file (its folder may be a shared one, such as
    ~/.config: only the file is ours there). With TELLER_HOME the configuration folder holds the rest."""
    found = [paths.data, paths.logs]
    if paths.config == paths.data.parent and paths.config.exists():
        found.append(paths.config)
    elif paths.config_file.exists():
        found.append(paths.config_file)
    return found


def wider_than_private(paths: AppPaths) -> list[tuple[Path, int]]:
    """Every file or folder (not following links) whose mode lets anyone but its owner in."""
    if os.name != "posix":
        return []
    wide = []
    for root in roots_of(paths):
        for path in _walk(root) if root.is_dir() else [root]:
            try:
                info = path.lstat()
            except FileNotFoundError:
                continue
            if stat.S_ISLNK(info.st_mode):
                continue
            wanted = FOLDER_MODE if stat.S_ISDIR(info.st_mode) else FILE_MODE
            if stat.S_IMODE(info.st_mode) != wanted:
                wide.append((path, stat.S_IMODE(info.st_mode)))
    return wide


def make_private(paths: AppPaths) -> list[tuple[Path, int]]:
    """Narrow every file to 0600 and every folder to 0700; return what was changed, with its old mode."""
    changed = wider_than_private(paths)
    for path, _mode in changed:
        os.chmod(path, FOLDER_MODE if path.is_dir() else FILE_MODE, follow_symlinks=False)
    return changed
