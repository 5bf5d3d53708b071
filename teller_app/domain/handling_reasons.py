"""Standard reasons for cancelling a case (撤销) and for handing it over to another teller (移交), from the
process definition's [case_handling] table; free text may always be added, and is required with "other".

    [case_handling]
    cancel_reasons = [{ code = "customer_withdrew", zh = "客户主动撤回申请", en = "The customer withdrew" }]
    hand_over_reasons = [{ code = "teller_absent", zh = "经办柜员离岗", en = "The teller is away" }]

A definition without the table offers only "other" with free text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from teller_app.domain.return_reasons import CODE_CHARACTERS

OTHER = "other"  # no standard reason fits: the free text says why


@dataclass(frozen=True)
class StandardReason:
    code: str
    zh: str
    en: str

    def words(self, language: str) -> str:
        return self.zh if language.startswith("zh") else self.en


@dataclass(frozen=True)
class HandlingReasons:
    cancel: tuple[StandardReason, ...] = ()
    hand_over: tuple[StandardReason, ...] = ()


def _list(reader: Any, raw: Any, where: str) -> tuple[StandardReason, ...]:
    if not isinstance(raw, list):
        reader.fail(where, "must be a list of tables")
    reasons: list[StandardReason] = []
    for index, item_raw in enumerate(raw):
        at = f"{where}[{index}]"
        item = reader.table(item_raw, at)
        reader.only_keys(item, at, required={"code", "zh", "en"})
        code = reader.text(item["code"], f"{at}.code")
        if not set(code) <= CODE_CHARACTERS or code == OTHER:
            reader.fail(f"{at}.code", "{code!r} may hold only a-z, 0-9 and _ and is not 'other'", code=code)
        if any(r.code == code for r in reasons):
            reader.fail(f"{at}.code", "{code!r} is listed twice", code=code)
        reasons.append(
            StandardReason(code, reader.text(item["zh"], f"{at}.zh"), reader.text(item["en"], f"{at}.en"))
        )
    return tuple(reasons)


def parse_handling_reasons(reader: Any, raw: Any) -> HandlingReasons:
    table = reader.table(raw, "case_handling")
    reader.only_keys(table, "case_handling", optional={"cancel_reasons", "hand_over_reasons"})
    return HandlingReasons(
        cancel=_list(reader, table.get("cancel_reasons", []), "case_handling.cancel_reasons"),
        hand_over=_list(reader, table.get("hand_over_reasons", []), "case_handling.hand_over_reasons"),
    )
