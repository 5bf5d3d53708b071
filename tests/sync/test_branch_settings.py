"""Branch settings (乙方) on the real PostgreSQL central database: IT sets them there with the owner's login,
every terminal of the branch pulls them and prints them on the agreement; a terminal's login may not write
them, for its own branch or another."""

from __future__ import annotations

import json

import pytest
import sqlalchemy as sa
from onboarding_flow import TELLER, customer, onboard_to_contract
from terminal_logins import login_of_terminal

from teller_app.domain.errors import InputError
from teller_app.services import printing
from teller_app.services.branch_settings import BankSide, bank_side, publish_branch_settings, settings_id

BRANCH = "B0101"
SETTINGS = {
    "bank_name": "示范银行股份有限公司",
    "branch_name": "北京金融街支行",
    "address": "北京市西城区金融大街 1 号",
    "phone": "010-6666 0000",
}


def _set_by_it(pg_url: str, capsys, **changes: str) -> dict:
    from teller_app.cli import main

    values = {**SETTINGS, **changes}
    code = main(
        [
            "--json",
            "branch",
            "set",
            pg_url,
            "--branch",
            BRANCH,
            "--bank-name",
            values["bank_name"],
            "--branch-name",
            values["branch_name"],
            "--address",
            values["address"],
            "--phone",
            values["phone"],
        ]
    )
    out = capsys.readouterr().out
    assert code == 0, out
    return json.loads(out)


def _pdf_text(qapp, data: bytes, tmp_path) -> str:
    from PySide6.QtPdf import QPdfDocument

    path = tmp_path / "read.pdf"
    path.write_bytes(data)
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    text = "".join(document.getAllText(page).text() for page in range(document.pageCount()))
    document.close()
    return "".join(text.split())


def test_settings_set_on_central_reach_a_second_terminal_and_print_on_its_agreement(
    qapp, pg_url, open_terminals, tmp_path, capsys
) -> None:
    first = open_terminals(pg_url, BRANCH, "T01", bank_side=False)
    second = open_terminals(pg_url, BRANCH, "T02", bank_side=False)
    assert first.sync.run_once().online and second.sync.run_once().online
    case_id = onboard_to_contract(second.store, customer(1))
    with pytest.raises(InputError) as refused:  # nothing from the centre yet: refused, naming the field
        printing.print_case(second.store, TELLER, case_id, "agreement", tmp_path / "none.pdf")
    assert refused.value.code == "document.bank_side_missing" and refused.value.params["field"] == "bank_name"
    assert not (tmp_path / "none.pdf").exists()

    assert _set_by_it(pg_url, capsys)["version"] == 1
    assert second.sync.run_once().online
    assert bank_side(second.store) == BankSide(**SETTINGS)
    out = printing.print_case(second.store, TELLER, case_id, "agreement", tmp_path / "agreement.pdf")
    text = _pdf_text(qapp, out.read_bytes(), tmp_path)
    for value in ("示范银行股份有限公司北京金融街支行", "北京市西城区金融大街1号", "010-66660000"):
        assert value in text

    _set_by_it(pg_url, capsys, phone="010-6666 8888")  # a change reaches every terminal of the branch
    assert first.sync.run_once().online and second.sync.run_once().online
    assert bank_side(first.store).phone == bank_side(second.store).phone == "010-6666 8888"
    with first.store.reading() as session:  # pulled, never queued to go back up
        from teller_app.storage.schema import OutboxEntry

        assert not session.scalars(
            sa.select(OutboxEntry).where(OutboxEntry.entity == "branch_settings")
        ).all()


def test_a_terminal_login_may_not_write_its_branchs_or_another_branchs_settings(pg_url) -> None:
    from teller_app.sync.central import connect_central

    with login_of_terminal(pg_url, BRANCH, "T01") as terminal_url:
        engine = connect_central(terminal_url)
        try:
            for branch in (BRANCH, "B0202"):  # the shipped grants: read only
                with pytest.raises(sa.exc.DBAPIError) as refused:
                    publish_branch_settings(engine, branch, SETTINGS, by="forged")
                assert "permission denied" in str(refused.value)
            admin = sa.create_engine(pg_url, isolation_level="AUTOCOMMIT")
            with admin.connect() as conn:  # a DBA's mistaken grant: the database still refuses
                conn.exec_driver_sql("GRANT INSERT, UPDATE ON branch_settings, change_log TO teller_terminal")
            admin.dispose()
            for branch in (BRANCH, "B0202"):
                with pytest.raises(sa.exc.DBAPIError) as refused:
                    publish_branch_settings(engine, branch, SETTINGS, by="forged")
                assert "may not write data of the bank" in str(refused.value)
        finally:
            engine.dispose()
    owner = connect_central(pg_url)
    try:
        with owner.connect() as conn:
            rows = conn.execute(sa.text("SELECT count(*) FROM branch_settings")).scalar()
        assert rows == 0
        assert publish_branch_settings(owner, BRANCH, SETTINGS, by="it") == 1  # the owner may
        with owner.connect() as conn:
            found = conn.execute(
                sa.text("SELECT id, branch_name FROM branch_settings WHERE branch = :b"), {"b": BRANCH}
            ).one()
        assert tuple(found) == (settings_id(BRANCH), "北京金融街支行")
    finally:
        owner.dispose()


def test_a_blank_field_is_refused_at_the_centre(pg_url) -> None:
    from teller_app.sync.central import connect_central

    owner = connect_central(pg_url)
    try:
        with pytest.raises(InputError) as refused:
            publish_branch_settings(owner, BRANCH, {**SETTINGS, "address": "  "}, by="it")
        assert refused.value.code == "branch.field_required" and refused.value.params["field"] == "address"
    finally:
        owner.dispose()
