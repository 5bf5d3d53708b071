"""Online pre-applications (线上预约) imported from a JSON or CSV file: each becomes a case at intake, channel online.

Fields per application: customer_kind, account_type, customer_name, and optionally credit_code,
id_number, phone, address, legal_representative_name, legal_representative_id, agent_present (true/false),
reference (the online system's id, kept in the intake data), and the intake entries an account type
needs (INTAKE_FIELDS: basic_account_number and basic_account_branch, temporary_until, special_category …).
A case opens only with a valid intake: a row whose intake is refused is reported by its row number and
leaves no case behind; identity entries the case cannot take yet are reported under `notes`. The other
rows are imported, at the identity step.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from teller_app.domain.errors import InputError, TellerError
from teller_app.domain.permissions import Action
from teller_app.services import cases
from teller_app.services.actors import Actor, check_may
from teller_app.storage.store import Store

MAX_FILE_BYTES = 5_000_000
MAX_ROWS = 2_000
# Intake entries an application may carry besides kind, type, name and who is present (step_checks.py).
INTAKE_FIELDS = (
    "reference",
    "special_category",
    "basic_account_number",
    "basic_account_branch",
    "temporary_until",
    "temporary_purpose",
)


@dataclass
class ImportReport:
    imported: list[str] = field(default_factory=list)  # case ids
    refused: list[dict[str, Any]] = field(default_factory=list)  # {row, code, message}
    notes: list[dict[str, Any]] = field(default_factory=list)  # {row, case_id, code, message}

    def as_dict(self) -> dict[str, Any]:
        return {
            "imported": len(self.imported),
            "case_ids": self.imported,
            "refused": self.refused,
            "notes": self.notes,
        }


def read_applications(path: Path) -> list[dict[str, Any]]:
    """Rows of a .json (a list of objects) or .csv (a header line) file; InputError for anything else."""
    try:
        raw = Path(path).read_bytes()
    except OSError as error:
        raise InputError(
            "import.unreadable", "{file} cannot be read: {problem}", file=str(path), problem=str(error)
        ) from None
    if len(raw) > MAX_FILE_BYTES:
        raise InputError(
            "import.too_large", "{file} is larger than {limit} bytes", file=str(path), limit=MAX_FILE_BYTES
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError("import.not_utf8", "{file} is not UTF-8 text", file=str(path)) from None
    if Path(path).suffix.lower() == ".json":
        try:
            rows = json.loads(text)
        except json.JSONDecodeError as error:
            raise InputError(
                "import.not_json", "{file} is not valid JSON: {problem}", file=str(path), problem=str(error)
            ) from None
        if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
            raise InputError("import.not_a_list", "{file} must hold a list of applications", file=str(path))
    else:
        rows = [dict(r) for r in csv.DictReader(io.StringIO(text))]
    if len(rows) > MAX_ROWS:
        raise InputError(
            "import.too_many_rows",
            "{file} holds more than {limit} applications",
            file=str(path),
            limit=MAX_ROWS,
        )
    return rows


def _flag(value: Any) -> bool:
    return value is True or str(value).strip().lower() in ("1", "true", "yes", "y", "是")


def _text(row: Mapping[str, Any], key: str) -> str:
    value = row.get(key)
    return str(value).strip() if value not in (None, "") else ""


def import_applications(store: Store, actor: Actor, rows: list[dict[str, Any]]) -> ImportReport:
    """Open one case per application (channel online), with the intake and identity entries as drafts."""
    check_may(actor, Action.IMPORT_APPLICATIONS)
    report = ImportReport()
    for number, row in enumerate(rows, start=1):
        try:
            agent = _flag(row.get("agent_present"))
            intake: dict[str, Any] = {
                "customer_kind": _text(row, "customer_kind"),
                "account_type": _text(row, "account_type"),
                "customer_name": _text(row, "customer_name"),
                "present": "agent" if agent else "legal_representative",
            }
            intake.update({k: _text(row, k) for k in INTAKE_FIELDS if _text(row, k)})
            # A case is opened only with a valid intake: a row whose intake is refused leaves no case.
            case = cases.open_case_with_intake(store, actor, intake, advance=True, channel="online")
            identity = {
                k: _text(row, k) for k in ("credit_code", "id_number", "phone", "address") if _text(row, k)
            }
            if _text(row, "legal_representative_name"):
                identity["legal_representative"] = {  # type: ignore[assignment]
                    "name": _text(row, "legal_representative_name"),
                    "id_number": _text(row, "legal_representative_id"),
                }
            report.imported.append(case.id)
            if identity:
                try:
                    cases.save_step(store, actor, case.id, "identity", identity, complete=False)
                except TellerError as error:
                    report.notes.append(
                        {"row": number, "case_id": case.id, "code": error.code, "message": error.render()}
                    )
        except TellerError as error:
            report.refused.append({"row": number, "code": error.code, "message": error.render()})
    return report
