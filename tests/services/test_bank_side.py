"""The bank's side of the agreement (乙方) comes from the branch settings the centre distributes; a terminal
without them, or with a blank field, refuses the agreement naming the field and who sets it."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from service_helpers import corporate_case_to_contract

from teller_app.domain.errors import InputError
from teller_app.services import printing
from teller_app.services.branch_settings import FIELDS
from teller_app.storage.schema import BranchSetting


def test_the_agreement_prints_the_branchs_settings(store, staff) -> None:
    case = corporate_case_to_contract(store, staff["teller"])
    sheet = printing.case_sheet(store, case.id)
    assert sheet.branch.name == "示范银行股份有限公司上海浦东支行"
    assert sheet.branch.address == "上海市浦东新区世纪大道 100 号"
    assert sheet.branch.phone == "021-5888 0000"


@pytest.mark.parametrize("blank", list(FIELDS))
def test_a_blank_bank_side_field_is_refused_before_printing(store, staff, tmp_path, blank) -> None:
    case = corporate_case_to_contract(store, staff["teller"])
    with store.unit_of_work() as uow:  # as a pull of a (bad) central row would leave it
        uow.session.execute(sa.update(BranchSetting).values({blank: ""}))
    out = tmp_path / "agreement.pdf"
    with pytest.raises(InputError) as refused:
        printing.print_case(store, staff["teller"], case.id, "agreement", out)
    assert refused.value.code == "document.bank_side_missing"
    assert refused.value.params["field"] == blank and "teller-admin branch set" in refused.value.render()
    assert not out.exists()


def test_a_terminal_without_branch_settings_refuses_the_agreement(store, staff, tmp_path) -> None:
    case = corporate_case_to_contract(store, staff["teller"])
    with store.unit_of_work() as uow:
        uow.session.execute(sa.delete(BranchSetting))
    with pytest.raises(InputError) as refused:
        printing.write_for_print(store, staff["teller"], case.id, "agreement", tmp_path / "a.pdf")
    assert refused.value.code == "document.bank_side_missing"
    assert refused.value.params["missing"] == list(FIELDS)
    with pytest.raises(InputError) as checklist:  # the checklist prints the bank's and branch's name
        printing.print_case(store, staff["teller"], case.id, "checklist", tmp_path / "c.pdf")
    assert checklist.value.params["missing"] == ["bank_name", "branch_name"]
    printing.print_case(store, staff["teller"], case.id, "flowchart", tmp_path / "f.pdf")  # no 乙方 on it


def test_another_branchs_settings_are_not_this_terminals(store, staff, tmp_path) -> None:
    case = corporate_case_to_contract(store, staff["teller"])
    with store.unit_of_work() as uow:
        uow.session.execute(sa.update(BranchSetting).values(branch="999999"))
    with pytest.raises(InputError) as refused:
        printing.print_case(store, staff["teller"], case.id, "agreement", tmp_path / "a.pdf")
    assert refused.value.code == "document.bank_side_missing"


def test_a_configuration_file_of_an_earlier_version_still_loads(teller_home) -> None:
    from teller_app.config import Config
    from teller_app.paths import app_paths

    paths = app_paths().ensure()
    paths.config_file.write_text('branch = "310115"\nbranch_name = "旧的乙方"\n', encoding="utf-8")
    config = Config.load(paths)
    assert config.branch == "310115" and not hasattr(config, "branch_name")
