"""A case is opened only with a valid intake: whatever is refused leaves no case, no audit event, no outbox entry."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from teller_app.domain.errors import TellerError
from teller_app.domain.steps import Step
from teller_app.services import cases
from teller_app.storage.schema import Case
from teller_app.storage.schema_system import AuditEvent, OutboxEntry

KINDS = ["enterprise_legal_person", "individual", "individual_business", "public_institution", "nonsense"]
TYPES = ["basic", "general", "special", "temporary", "personal_ii", ""]
NAMES = st.one_of(
    st.just(""),
    st.text(max_size=12),
    st.text(st.characters(min_codepoint=0x4E00, max_codepoint=0x4E20), min_size=1, max_size=120),
    st.sampled_from(["上海\u202e云帆", "上海\x00云帆", "　上海云帆贸易有限公司　"]),
)
INTAKES = st.fixed_dictionaries(
    {"customer_kind": st.sampled_from(KINDS), "account_type": st.sampled_from(TYPES), "customer_name": NAMES},
    optional={
        "present": st.sampled_from(["legal_representative", "agent", "someone"]),
        "basic_account_number": st.sampled_from(
            ["J2900012345678", "J29", "", "Ｊ２９０００１２３４５６７８"]
        ),
        "basic_account_branch": st.sampled_from(["", "310115", "中国工商银行上海分行" * 8]),
        "temporary_until": st.sampled_from(["", "2027-06-30", "2099-01-01", "not a date"]),
        "special_category": st.sampled_from(["", "social_security_fund", "nonsense"]),
    },
)


def _rows(store) -> tuple[int, int, int]:
    with store.reading() as session:
        return tuple(  # type: ignore[return-value]
            session.scalar(select(func.count()).select_from(model))
            for model in (Case, AuditEvent, OutboxEntry)
        )


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(intake=INTAKES, advance=st.booleans())
@example(  # at least one that opens: the property is not only about refusals
    intake={
        "customer_kind": "enterprise_legal_person",
        "account_type": "basic",
        "customer_name": " 上海云帆 ",
    },
    advance=True,
)
def test_an_intake_opens_a_case_with_its_intake_complete_or_leaves_nothing(store, staff, intake, advance):
    before = _rows(store)
    try:
        case = cases.open_case_with_intake(store, staff["teller"], intake, advance=advance)
    except TellerError:
        assert _rows(store) == before  # refused: not a row more anywhere
        return
    after = _rows(store)
    assert after[0] == before[0] + 1 and after[1] > before[1] and after[2] > before[2]
    assert Step.INTAKE in case.completed
    name = case.data_for(Step.INTAKE)["customer_name"]
    assert name == name.strip() and name  # stored normalised


def test_a_valid_intake_opens_its_case_with_the_intake_complete(store, staff):
    intake = {
        "customer_kind": "enterprise_legal_person",
        "account_type": "basic",
        "customer_name": " 上海云帆 ",
    }
    case = cases.open_case_with_intake(store, staff["teller"], intake, advance=True)
    assert case.step is Step.IDENTITY and case.data_for(Step.INTAKE)["customer_name"] == "上海云帆"
