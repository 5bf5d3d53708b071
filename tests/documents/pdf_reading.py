"""Helpers for reading printed documents back in tests."""

from __future__ import annotations

import re


def squeeze(text: str) -> str:
    """Text without any whitespace, so values that wrap across lines still match."""
    return re.sub(r"\s+", "", text)
