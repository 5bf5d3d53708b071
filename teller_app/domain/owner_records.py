"""Beneficial owners as plain data for the owners step: shareholder trees and computed owners, exact shares as text."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from teller_app.domain.errors import InputError
from teller_app.domain.owner_details import owners_with_records
from teller_app.domain.owners import (
    MAX_LAYERS,
    ZERO,
    BeneficialOwner,
    Holder,
    HolderKind,
    Person,
    find_beneficial_owners,
)


def _share_from_data(value: object, where: str) -> Decimal | None:
    if value is None:
        return None
    if isinstance(value, str):
        try:
            return Decimal(value.strip())
        except ArithmeticError:
            pass
    elif isinstance(value, (int, Decimal)) and not isinstance(value, bool):
        return Decimal(value)
    raise InputError(
        "owners.share_not_decimal",
        'The share at {where} must be an exact decimal such as "0.25", not {value}',
        where=where,
        value=repr(value),
    )


def holders_from_data(items: object, where: str = "holders", _depth: int = 0) -> tuple[Holder, ...]:
    """Holders from form or stored data: objects with id, name, kind, equity (exact text such as "0.25"),
    optional profit, voting, controls and holders. Floats are refused: they are not exact."""
    if _depth > MAX_LAYERS:
        raise InputError(
            "owners.too_many_layers", "The holdings go deeper than {limit} layers", limit=MAX_LAYERS
        )
    if not isinstance(items, (list, tuple)) or not all(isinstance(item, dict) for item in items):
        raise InputError("owners.not_a_holder", "{parent} must be a list of shareholders", parent=where)
    holders = []
    for index, item in enumerate(items):
        here = f"{where}[{index}]"
        kind = str(item.get("kind"))
        if kind not in {member.value for member in HolderKind}:
            raise InputError(
                "owners.unknown_holder_kind", "{holder} has an unknown kind {kind}", holder=here, kind=kind
            )
        equity = _share_from_data(item.get("equity"), f"{here}.equity")
        holders.append(
            Holder(
                id=str(item.get("id") or ""),
                name=str(item.get("name") or ""),
                kind=HolderKind(kind),
                equity=equity if equity is not None else ZERO,
                profit=_share_from_data(item.get("profit"), f"{here}.profit"),
                voting=_share_from_data(item.get("voting"), f"{here}.voting"),
                controls=item.get("controls") is True,
                holders=holders_from_data(item.get("holders") or [], f"{here}.holders", _depth + 1),
            )
        )
    return tuple(holders)


def holders_to_data(holders: Sequence[Holder]) -> list[dict[str, object]]:
    """The inverse of holders_from_data: JSON-ready, shares as exact text."""
    return [
        {
            "id": holder.id,
            "name": holder.name,
            "kind": holder.kind.value,
            "equity": str(holder.equity),
            "profit": None if holder.profit is None else str(holder.profit),
            "voting": None if holder.voting is None else str(holder.voting),
            "controls": holder.controls,
            "holders": holders_to_data(holder.holders),
        }
        for holder in holders
    ]


def owners_to_data(owners: Iterable[BeneficialOwner]) -> list[dict[str, object]]:
    """The computed owners with their reasons, shares (exact text) and paths, for the step data."""
    return [
        {
            "id": owner.id,
            "name": owner.name,
            "reasons": [reason.value for reason in owner.reasons],
            "equity": str(owner.equity),
            "profit": str(owner.profit),
            "voting": str(owner.voting),
            "paths": [list(path) for path in owner.paths],
        }
        for owner in owners
    ]


def _people(raw: object, found: dict[str, Mapping[str, Any]]) -> dict[str, Mapping[str, Any]]:
    for item in raw if isinstance(raw, (list, tuple)) else []:
        if isinstance(item, Mapping):
            if item.get("id"):
                found[str(item["id"])] = item
            _people(item.get("holders"), found)
    return found


def identified_owners(
    data: Mapping[str, Any], holders: Sequence[Holder], today: date, countries: Collection[str]
) -> list[dict[str, Any]]:
    """The beneficial owners of the step's entries (the senior manager where nobody qualifies), each with
    the record the teller entered for that person and what it still lacks (owner_details.py)."""
    manager = data.get("senior_manager")
    senior = None
    if isinstance(manager, Mapping) and manager.get("name"):
        senior = Person(
            str(manager.get("id") or "senior_manager"), str(manager["name"]), str(manager.get("title", ""))
        )
    owners = find_beneficial_owners(holders, senior_manager=senior)
    people = _people(data.get("shareholders"), {})
    if senior is not None and isinstance(manager, Mapping):
        people[senior.id] = manager
    return owners_with_records(owners_to_data(owners), people, today, countries)
