"""What the case tests share: a morning at the counter, the bank's usual approval authority, a new case."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest

from teller_app.domain.account_types import AccountType
from teller_app.domain.case import Case, open_case
from teller_app.domain.customers import CustomerKind
from teller_app.domain.errors import RuleError
from teller_app.domain.risk_levels import RiskLevel
from teller_app.domain.roles import Role

T0 = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)
CHECKERS = frozenset({Role.SUPERVISOR, Role.RISK_OFFICER, Role.BRANCH_MANAGER})
AUTHORITY = {
    RiskLevel.LOW: CHECKERS,
    RiskLevel.MEDIUM: CHECKERS,
    RiskLevel.MEDIUM_HIGH: CHECKERS,
    RiskLevel.HIGH: frozenset({Role.RISK_OFFICER, Role.BRANCH_MANAGER}),
}


def new_case(
    kind: CustomerKind = CustomerKind.ENTERPRISE_LEGAL_PERSON, account: AccountType = AccountType.BASIC
) -> Case:
    """A case just opened by teller-1 under procedure 2026.1."""
    return open_case(
        case_id="case-1",
        customer_kind=kind,
        account_type=account,
        procedure_version="2026.1",
        maker="teller-1",
        now=T0,
    )


def refused(call: Callable[[], Any]) -> str:
    """The code of the RuleError the call is refused with (the test fails if it is not refused)."""
    with pytest.raises(RuleError) as error:
        call()
    return error.value.code
