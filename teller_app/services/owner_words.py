"""Beneficial owners' records (the 2024 rules' fields) worded in Chinese for the printed documents."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from teller_app import reference_data
from teller_app.domain.id_documents import LONG_TERM
from teller_app.domain.owner_details import ONGOING

ID_TYPES_ZH = {
    "resident_id": "居民身份证",
    "foreign_permanent_residence_id": "外国人永久居留身份证",
    "passport": "护照",
    "hk_macao_permit": "港澳居民来往内地通行证",
    "taiwan_permit": "台湾居民来往大陆通行证",
}


def owner_record_zh(owner: Mapping[str, Any]) -> dict[str, str]:
    """An owner's record worded in Chinese for the printed documents (codes by their names)."""

    def text(name: str) -> str:
        value = owner.get(name)
        return value.strip() if isinstance(value, str) else ""

    nationality = text("nationality")
    known = reference_data.countries().get(nationality)
    until = "长期" if text("id_expiry") == LONG_TERM else text("id_expiry")
    period = f"{text('id_valid_from') or '—'} 至 {until or '—'}"
    document = f"{ID_TYPES_ZH.get(text('id_type'), text('id_type'))} {text('id_number')}".strip()
    ended = text("relationship_until")
    relation = ""
    if text("relationship_from"):
        end = "存续至今" if ended == ONGOING else f"{ended or '—'} 终止"
        relation = f"{text('relationship_from')} 形成，{end}"
    return {
        "sex": {"male": "男", "female": "女"}.get(text("sex"), ""),
        "birth_date": text("birth_date"),
        "nationality": f"{known.name_zh if known else nationality}（{nationality}）" if nationality else "",
        "id_document": f"{document}，有效期限 {period}" if document else "",
        "relationship": relation,
        "contact": text("contact"),
        "address": text("address"),
        "control_means": text("control_means"),
    }
