"""The log never receives personal data: numbers are masked and only allow-listed fields pass."""

from __future__ import annotations

from teller_app.log import get_logger, safe_fields, setup_logging


def test_identity_numbers_and_credit_codes_are_masked_in_the_log_file(tmp_path):
    path = setup_logging(tmp_path / "logs")
    log = get_logger("test")
    log.info("opened case for %s with %s", "11010519491231002X", "91350100M000100Y43")
    log.info("phone 13812345678 account 6222020200112233445")
    for handler in log.parent.handlers if log.parent else []:
        handler.flush()
    text = path.read_text(encoding="utf-8")
    assert "opened case" in text
    for secret in ("11010519491231002X", "91350100M000100Y43", "13812345678", "6222020200112233445"):
        assert secret not in text


def test_only_allow_listed_fields_survive():
    assert safe_fields({"case_id": "c1", "name": "张三", "id_number": "110"}) == {"case_id": "c1"}
