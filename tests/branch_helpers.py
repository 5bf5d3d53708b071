"""The branch settings (乙方) a test terminal holds, as if pulled from the central database."""

from __future__ import annotations

BANK_SIDE = {
    "bank_name": "示范银行股份有限公司",
    "branch_name": "上海浦东支行",
    "address": "上海市浦东新区世纪大道 100 号",
    "phone": "021-5888 0000",
}


def give_branch_settings(store, **changes: str) -> None:
    """Store the branch's settings locally the way a pull does (no outbox entry: the centre owns them)."""
    from teller_app.services.branch_settings import settings_id
    from teller_app.storage.schema import BranchSetting

    branch = store.identity.branch
    with store.unit_of_work() as uow:
        uow.store_pulled(
            BranchSetting(
                id=settings_id(branch), branch=branch, version=1, set_by="it", **{**BANK_SIDE, **changes}
            )
        )
