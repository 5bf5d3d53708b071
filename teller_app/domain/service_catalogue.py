"""Services a customer may choose with the account (网上银行, 回单箱 …) and their fees, from the process definition.

The contract step offers this list; the case records the codes chosen; the agreement prints each with its
fee in the 服务项目与收费 table. A fee left out follows the bank's published schedule (按乙方收费公示标准).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from teller_app.domain.account_types import AccountType
from teller_app.domain.errors import InputError


@dataclass(frozen=True)
class Service:
    code: str
    zh: str
    en: str
    fee: Decimal | None = None  # yuan; None: the published schedule
    unit: str = ""  # 元/年, 元/笔 …
    note_zh: str = ""
    account_types: frozenset[AccountType] = frozenset(AccountType)

    def words(self, language: str) -> str:
        return self.zh if language.startswith("zh") else self.en


def parse_services(reader: Any, raw: Any, key: str = "services") -> tuple[Service, ...]:
    """[[services]] tables: code, zh, en, and optionally fee, unit, note_zh, account_types."""
    if not isinstance(raw, list):
        reader.fail(key, "must be a list of tables ([[{key}]])", key=key)
    found: list[Service] = []
    for index, item_raw in enumerate(raw):
        where = f"{key}[{index}]"
        item = reader.table(item_raw, where)
        reader.only_keys(
            item, where, required={"code", "zh", "en"}, optional={"fee", "unit", "note_zh", "account_types"}
        )
        code = reader.text(item["code"], f"{where}.code")
        if any(s.code == code for s in found):
            reader.fail(f"{where}.code", "{code!r} is listed twice", code=code)
        fee = reader.money(item["fee"], f"{where}.fee") if "fee" in item else None
        types = (
            frozenset(
                reader.choice(AccountType, v, f"{where}.account_types")
                for v in reader.texts(item["account_types"], f"{where}.account_types")
            )
            if "account_types" in item
            else frozenset(AccountType)
        )
        found.append(
            Service(
                code=code,
                zh=reader.text(item["zh"], f"{where}.zh"),
                en=reader.text(item["en"], f"{where}.en"),
                fee=fee,
                unit=reader.text(item.get("unit", ""), f"{where}.unit", allow_empty=True),
                note_zh=reader.text(item.get("note_zh", ""), f"{where}.note_zh", allow_empty=True),
                account_types=types,
            )
        )
    return tuple(found)


def offered(services: Iterable[Service], account_type: AccountType) -> tuple[Service, ...]:
    return tuple(s for s in services if account_type in s.account_types)


def chosen_services(
    codes: Any, services: Iterable[Service], account_type: AccountType
) -> tuple[Service, ...]:
    """The services the case chose, in the catalogue's order; a code not offered is refused."""
    if codes is None:
        return ()
    if not isinstance(codes, list | tuple):
        raise InputError("step.list_expected", "{field} must be a list", field="services")
    catalogue: Mapping[str, Service] = {s.code: s for s in offered(services, account_type)}
    for code in codes:
        if str(code) not in catalogue:
            raise InputError(
                "contract.service_unknown",
                "{service} is not a service offered with this account",
                service=str(code),
            )
    wanted = {str(c) for c in codes}
    return tuple(s for s in catalogue.values() if s.code in wanted)
