"""The sentences for the core's error codes are kept in one part per area (ui/messages/): each code is worded
once, in the part of its area, and the table the screens read is all of the parts."""

from __future__ import annotations

from collections import Counter

import pytest

import ui.messages
from ui.messages import MESSAGES, PARTS, assemble


def test_no_error_code_is_worded_in_two_parts() -> None:
    counted = Counter(code for part in PARTS for code in part.MESSAGES)
    assert [code for code, times in counted.items() if times > 1] == []
    assert sum(len(part.MESSAGES) for part in PARTS) == len(MESSAGES)


def test_each_code_is_in_the_part_of_its_area() -> None:
    claimed = Counter(area for part in PARTS for area in part.AREAS)
    assert [area for area, times in claimed.items() if times > 1] == []
    misplaced = [
        (part.__name__, code)
        for part in PARTS
        for code in part.MESSAGES
        if code.split(".")[0] not in part.AREAS
    ]
    assert misplaced == []


def test_the_table_the_screens_read_holds_every_part() -> None:
    for part in PARTS:
        assert part.__name__.startswith("ui.messages.")
        for code, template in part.MESSAGES.items():
            assert MESSAGES[code] == template
    assert MESSAGES["sign_in.bad_credentials"] == "The user name or the password is wrong."
    assert ui.messages.MESSAGES is MESSAGES


def test_a_code_worded_twice_stops_the_assembly() -> None:
    with pytest.raises(ValueError, match=r"case\.not_found"):
        assemble({"case.not_found": "One."}, {"case.locked": "Two.", "case.not_found": "Again."})
    assert assemble({"a.x": "1"}, {"b.y": "2"}) == {"a.x": "1", "b.y": "2"}
