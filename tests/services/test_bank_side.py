"""The bank's side of the agreement (乙方) comes from the branch settings IT sets at init; blank is refused."""

from __future__ import annotations

import pytest
from service_helpers import corporate_case_to_contract

from teller_app.domain.errors import InputError
from teller_app.services import printing


def test_the_agreement_prints_the_branchs_name_address_and_phone(store, staff) -> None:
    case = corporate_case_to_contract(store, staff["teller"])
    sheet = printing.case_sheet(store, case.id)
    assert sheet.branch.name == "示范银行股份有限公司上海浦东支行"
    assert sheet.branch.address == "上海市浦东新区世纪大道 100 号"
    assert sheet.branch.phone == "021-5888 0000"


@pytest.mark.parametrize("blank", ["TELLER_BRANCH_NAME", "TELLER_BRANCH_ADDRESS", "TELLER_BRANCH_PHONE"])
def test_a_blank_bank_side_is_refused_before_printing(store, staff, monkeypatch, tmp_path, blank) -> None:
    case = corporate_case_to_contract(store, staff["teller"])
    monkeypatch.delenv(blank)
    out = tmp_path / "agreement.pdf"
    with pytest.raises(InputError) as refused:
        printing.print_case(store, staff["teller"], case.id, "agreement", out)
    assert refused.value.code == "document.bank_side_missing"
    assert not out.exists()


def test_init_records_the_branchs_side_of_the_agreement(capsys, monkeypatch) -> None:
    import json

    from teller_app.cli import main
    from teller_app.config import Config

    for name in ("TELLER_BRANCH_NAME", "TELLER_BRANCH_ADDRESS", "TELLER_BRANCH_PHONE"):
        monkeypatch.delenv(name)
    code = main(
        [
            "--json",
            "init",
            "--branch",
            "B0101",
            "--terminal",
            "T01",
            "--branch-name",
            "示范银行北京分行营业部",
            "--branch-address",
            "北京市西城区金融大街 1 号",
            "--branch-phone",
            "010-6666 0000",
        ]
    )
    assert code == 0, capsys.readouterr()
    json.loads(capsys.readouterr().out)
    config = Config.load()
    assert (config.branch_name, config.branch_address, config.branch_phone) == (
        "示范银行北京分行营业部",
        "北京市西城区金融大街 1 号",
        "010-6666 0000",
    )
