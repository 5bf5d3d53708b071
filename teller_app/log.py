"""Logging to a rotating file; personal data never reaches the log (an allow-list of fields)."""

from __future__ import annotations

import logging
import os
import re
from pathlib import Path

LOG_FILE_NAME = "teller.log"

# Long digit runs (ID numbers, phone numbers, account numbers) and credit-code-shaped tokens are masked
# even if a message slips them in; structured details go through `safe_fields`, which keeps only
# names on the allow-list.
_MASKS = (
    re.compile(r"\b[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}\b"),  # credit code
    re.compile(r"\b\d{17}[\dXx]\b"),  # resident ID
    re.compile(r"\d{6,}"),  # any long number
)

SAFE_FIELDS = frozenset(
    {
        "case_id",
        "step",
        "action",
        "result",
        "code",
        "kind",
        "branch",
        "terminal",
        "user_id",
        "role",
        "count",
        "seconds",
        "batch",
        "pushed",
        "pulled",
        "conflicts",
        "rejected",
        "waiting",
        "version",
        "status",
        "risk_level",
        "account_type",
        "customer_kind",
        "document",
        "decision",
        "doc",
    }
)


# Secrets that must never be written out: a password in a database URL (scheme://user:PASSWORD@host),
# password=… in a libpq connection string, and password hashes (PHC strings: $argon2id$…, $scrypt$…).
_SECRETS = (
    (re.compile(r"(://[^:/@\s]*:)[^@\s]*@"), r"\1***@"),
    (re.compile(r"(?i)\b(password|passwd|pgpassword)\s*=\s*('[^']*'|\S+)"), r"\1=***"),
    (re.compile(r"\$(argon2(id|i|d)?|scrypt|pbkdf2[-_a-z0-9]*)\$[^\s'\"]+"), r"$\1$***"),
)


def mask_secrets(text: str) -> str:
    """The text with database passwords and password hashes replaced by ***."""
    for pattern, replacement in _SECRETS:
        text = pattern.sub(replacement, text)
    return text


def mask(text: str) -> str:
    text = mask_secrets(text)
    for pattern in _MASKS:
        text = pattern.sub("***", text)
    return text


def safe_fields(fields: dict[str, object]) -> dict[str, object]:
    """Keep only fields whose names are on the allow-list; the rest are dropped, never logged."""
    return {k: v for k, v in fields.items() if k in SAFE_FIELDS}


class MaskingFormatter(logging.Formatter):
    """Masks the whole formatted record, the traceback of a logged exception included."""

    def format(self, record: logging.LogRecord) -> str:
        return mask(super().format(record))


class MaskingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = mask(record.getMessage())
        record.args = None
        return True


def setup_logging(folder: Path, level: str = "INFO") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_FILE_NAME
    root = logging.getLogger("teller")
    for handler in list(root.handlers):
        if getattr(handler, "_teller", False):
            root.removeHandler(handler)
            handler.close()
    from logging.handlers import RotatingFileHandler  # slow to import: only once the log file opens

    if not path.exists():  # the log is its user's alone (it names users and cases)
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    handler = RotatingFileHandler(path, maxBytes=5_000_000, backupCount=5, encoding="utf-8")
    handler._teller = True  # type: ignore[attr-defined]
    handler.setFormatter(MaskingFormatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    handler.addFilter(MaskingFilter())
    root.addHandler(handler)
    root.setLevel(level.upper() if isinstance(level, str) else logging.INFO)
    return path


def get_logger(name: str) -> logging.Logger:
    return logging.getLogger("teller." + name)
