"""The branch's calendar day for a moment: an aware UTC time read in the terminal's local time zone."""

from __future__ import annotations

from datetime import date, datetime, tzinfo


def business_date(now: datetime, zone: tzinfo | None = None) -> date:
    """The calendar date at the branch when `now` happens (opening date, deadlines, expiry checks).

    `now` is an aware time (the store's UTC clock); `zone` defaults to the terminal's own time zone, which
    is what a branch PC is set to. 2026-11-26T17:30Z is 2026-11-27 in Beijing (UTC+8).
    """
    return now.astimezone(zone).date()
