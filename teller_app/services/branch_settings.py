"""Branch settings: the bank's side of the agreement (乙方), set by IT centrally, pulled by the branch's terminals.

publish_branch_settings(central, branch, values, by)   `teller-admin branch set` with the owner's login
central_branch_settings(central, branch) -> dict|None  `teller-admin branch show`
bank_side(store) -> BankSide                           what this terminal prints (its pulled copy)
missing_fields(side) -> [field]                        blank fields: the agreement is refused while any is

A terminal's database login may not write branch settings (central migration c0009), so no terminal changes
its own branch's 乙方 or another branch's; the centre's copy wins over anything a terminal holds.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from teller_app.domain.errors import InputError
from teller_app.storage.schema import BranchSetting
from teller_app.storage.store import Store

# field → (its limit in characters, its name on the agreement)
FIELDS: dict[str, tuple[int, str]] = {
    "bank_name": (100, "银行名称"),
    "branch_name": (100, "营业机构名称"),
    "address": (200, "地址"),
    "phone": (40, "电话"),
}
WHO_SETS_IT = "IT sets it on the central database (teller-admin branch set); it arrives with the next sync"
_NAMESPACE = uuid.UUID("6f1c8a52-4d0e-4c6a-9f0b-3f0d6c1e2a77")


@dataclass(frozen=True)
class BankSide:
    """乙方 as this terminal holds it (blank strings when the centre has not sent it yet)."""

    bank_name: str = ""
    branch_name: str = ""
    address: str = ""
    phone: str = ""

    @property
    def name(self) -> str:
        """The name printed as 乙方: the bank's name and the branch's, e.g. 示范银行股份有限公司上海浦东支行."""
        return f"{self.bank_name}{self.branch_name}" if self.bank_name and self.branch_name else ""


def settings_id(branch: str) -> str:
    """One row per branch, the same id wherever it is written, so a new setting replaces the old."""
    return str(uuid.uuid5(_NAMESPACE, f"branch-settings:{branch}"))


def missing_fields(side: BankSide) -> list[str]:
    return [name for name in FIELDS if not str(getattr(side, name)).strip()]


def checked_values(values: dict[str, Any]) -> dict[str, str]:
    """Every field trimmed, present and within its limit, or InputError naming the field."""
    found: dict[str, str] = {}
    for name, (limit, _label) in FIELDS.items():
        value = " ".join(str(values.get(name) or "").split())
        if not value:
            raise InputError("branch.field_required", "The branch setting {field} is required", field=name)
        if len(value) > limit:
            raise InputError(
                "branch.field_too_long",
                "The branch setting {field} has {length} characters (at most {limit})",
                field=name,
                length=len(value),
                limit=limit,
            )
        found[name] = value
    return found


def bank_side(store: Store) -> BankSide:
    """The branch's 乙方 as pulled from the centre; all blank when nothing has arrived yet."""
    with store.reading() as session:
        row = session.scalars(
            sa.select(BranchSetting).where(BranchSetting.branch == store.identity.branch)
        ).first()
    if row is None:
        return BankSide()
    return BankSide(row.bank_name or "", row.branch_name or "", row.address or "", row.phone or "")


def publish_branch_settings(central: sa.Engine, branch: str, values: dict[str, Any], by: str) -> int:
    """Store the branch's settings centrally as their next version (every terminal of the branch pulls it);
    with a terminal's login the central database refuses it."""
    from teller_app.sync.central import require_central_schema
    from teller_app.sync.central_writes import publish_row

    checked = checked_values(values)
    require_central_schema(central)
    row = {"id": settings_id(branch), "branch": branch, **checked, "set_by": by}
    return publish_row(central, "branch_settings", row, by=by)


def central_branch_settings(central: sa.Engine, branch: str) -> dict[str, Any] | None:
    table = BranchSetting.__table__
    with central.connect() as conn:
        row = conn.execute(sa.select(table).where(table.c.branch == branch)).mappings().first()
    return dict(row) if row is not None else None
