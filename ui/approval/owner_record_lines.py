"""A beneficial owner's record (the 2024 rules' fields) in words for the supervisor's approval summary."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QLocale

from ui.i18n import tr


def _country(code: str) -> str:
    from teller_app import reference_data

    known = reference_data.countries().get(code)
    if known is None:
        return code
    english = QLocale().language() != QLocale.Language.Chinese
    return f"{known.name_en} ({code})" if english and known.name_en else f"{known.name_zh}（{code}）"


def owner_record_parts(record: dict[str, str]) -> list[str]:
    """Each part of the record as the supervisor reads it; codes shown by their names."""
    from ui.wizard.owner_record_form import ID_TYPE_NAMES

    parts: list[str] = []
    sex = {"male": tr("Summary", "male"), "female": tr("Summary", "female")}.get(record.get("sex", ""))
    if sex:
        parts.append(sex)
    if record.get("birth_date"):
        parts.append(tr("Summary", "born {date}", date=record["birth_date"]))
    if record.get("nationality"):
        parts.append(tr("Summary", "nationality {country}", country=_country(record["nationality"])))
    id_type = record.get("id_type", "")
    if id_type or record.get("id_number"):
        name = tr("Owners", ID_TYPE_NAMES[id_type]) if id_type in ID_TYPE_NAMES else id_type
        parts.append(f"{name} {record.get('id_number', '')}".strip())
    if record.get("id_valid_from") or record.get("id_expiry"):
        until = record.get("id_expiry", "—")
        until = tr("Summary", "long-term") if until == "long_term" else until
        parts.append(
            tr("Summary", "valid {start} to {end}", start=record.get("id_valid_from", "—"), end=until)
        )
    if record.get("relationship_from"):
        end = record.get("relationship_until", "—")
        if end == "ongoing":
            parts.append(
                tr("Summary", "owner since {start}, still an owner", start=record["relationship_from"])
            )
        else:
            parts.append(
                tr("Summary", "owner from {start} to {end}", start=record["relationship_from"], end=end)
            )
    if record.get("control_means"):
        parts.append(tr("Summary", "controls by: {means}", means=record["control_means"]))
    if record.get("contact"):
        parts.append(tr("Summary", "contact {value}", value=record["contact"]))
    if record.get("address"):
        parts.append(record["address"])
    return parts


def owner_record_html(record: tuple[tuple[str, str], ...], gaps: tuple[str, ...]) -> str:
    """The record under the owner's line; what it lacks in red (the step would not have completed)."""
    from ui.names import field_label

    html = ""
    parts = owner_record_parts(dict(record))
    if parts:
        html += f"<div style='margin-left:1em;color:#444'>{escape(' · '.join(parts))}</div>"
    if gaps:
        missing = tr("Summary", ", ").join(field_label(g) for g in gaps)
        html += (
            "<div style='margin-left:1em;color:#b00020'>"
            + escape(tr("Summary", "The owner's record lacks: {fields}", fields=missing))
            + "</div>"
        )
    return html
