"""The Chinese screen shows no English: where a core error carries the system's own words (an operating
system's, a database's or a parser's message), the teller's sentence leaves them out and the log keeps them."""

from __future__ import annotations

import logging
import re

import pytest

from teller_app.domain.errors import EnvironmentProblem, InputError
from ui.i18n import placeholders
from ui.messages import MESSAGES, SYSTEM_WORDS, describe

SYSTEM_TEXT = "disk I/O error (SQLITE_IOERR_WRITE)"
# The errors a teller can meet at the counter whose problem is the system's text.
AT_THE_COUNTER = [
    "storage.write_failed",
    "sync.round_refused",
    "sync.bad_payload",
    "keystore.os_write",
    "import.unreadable",
    "import.not_json",
    "input.not_json",
]


@pytest.mark.parametrize("code", AT_THE_COUNTER)
def test_a_teller_s_sentence_leaves_the_system_s_words_to_the_log(code, chinese, caplog) -> None:
    assert not (placeholders(MESSAGES[code]) & SYSTEM_WORDS), code
    error = EnvironmentProblem(
        code, "{problem}", problem=SYSTEM_TEXT, file="申请导出", field="备注", entity="案件"
    )
    with caplog.at_level(logging.WARNING):
        sentence = describe(error)
    assert not re.search(r"[A-Za-z]{2,}", sentence), sentence  # not one English word on the Chinese screen
    assert SYSTEM_TEXT in caplog.text  # where IT finds why


def test_a_sentence_that_names_the_problem_logs_nothing_more(english, caplog) -> None:
    # (its `source` parameter, the file, once clashed with tr()'s own argument: describe() raised TypeError)
    error = InputError(
        "procedure.invalid", "{problem}", problem="stages.intake: not a table", source="x.toml", key="k"
    )
    with caplog.at_level(logging.WARNING):
        sentence = describe(error)
    assert "not a table" in sentence and "not a table" not in caplog.text
