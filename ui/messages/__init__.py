"""Core error codes → sentences a teller understands (translatable), and what to do next.

The sentences are data, one part per area of the code (sign_in.py, case.py, identity.py, owners.py, account.py,
supervision.py, procedure.py, storage.py, central.py, screen.py); MESSAGES assembles them, and a code defined
in two parts stops the import, so each code has one sentence in one place.
"""

from __future__ import annotations

from teller_app.domain.errors import TellerError
from teller_app.log import get_logger
from ui.i18n import QT_TRANSLATE_NOOP, placeholders, tr
from ui.messages import (
    account,
    case,
    central,
    identity,
    owners,
    procedure,
    screen,
    sign_in,
    storage,
    supervision,
)

_log = get_logger("ui.messages")


def assemble(*parts: dict[str, str]) -> dict[str, str]:
    """One table of code → English template from the parts; a code in two parts is refused."""
    table: dict[str, str] = {}
    for part in parts:
        twice = sorted(table.keys() & part.keys())
        if twice:
            raise ValueError(f"error codes worded in two parts of ui/messages: {', '.join(twice)}")
        table.update(part)
    return table


PARTS = (
    sign_in,
    case,
    identity,
    owners,
    account,
    supervision,
    procedure,
    storage,
    central,
    screen,
)  # one module per area of the codes
# code → English template with the core's named placeholders. The UI shows tr("Errors", template).
MESSAGES: dict[str, str] = assemble(*(part.MESSAGES for part in PARTS))

_BY_KIND = {
    "rule": QT_TRANSLATE_NOOP("Errors", "The procedure does not allow this: {detail}"),
    "input": QT_TRANSLATE_NOOP("Errors", "Please check what you entered: {detail}"),
    "environment": QT_TRANSLATE_NOOP(
        "Errors", "A problem with this computer or the network stopped the operation: {detail}"
    ),
}


WARNINGS = {
    "identifier.organisation_code_check": QT_TRANSLATE_NOOP(
        "Warnings",
        "The organisation code inside the credit code has check character {found}, expected {expected}; "
        "compare it with the business licence.",
    ),
    "identifier.category_unpublished": QT_TRANSLATE_NOOP(
        "Warnings",
        "Category {category} of registration authority {authority} is not in the published table; compare the "
        "code with the certificate.",
    ),
}


def describe_warning(warning: object) -> str:
    """A warning of the core (IdentifierWarning: code, params) in the teller's language."""
    code = str(getattr(warning, "code", ""))
    params = dict(getattr(warning, "params", {}) or {})
    template = WARNINGS.get(code)
    if template is None:
        _log.warning("no translation for warning code %s", code)
        render = getattr(warning, "render", None)
        return str(render()) if callable(render) else code
    return tr("Warnings", template, **readable_params(params))


# Parameters that hold the system's own words (an operating system's, a database's or a parser's message,
# in English): a sentence may leave them out, since the Chinese screen shows no English, and then they go
# to the log, where IT reads them.
SYSTEM_WORDS = {"problem"}


def describe(error: BaseException) -> str:
    """One sentence for the teller. Known codes are translated; unknown ones keep the core's English."""
    if isinstance(error, TellerError):
        template = MESSAGES.get(error.code)
        if template is not None:
            if SYSTEM_WORDS & (set(error.params) - placeholders(template)):
                _log.warning("%s: %s", error.code, error.render())  # the system's own words, for IT
            return tr("Errors", template, **readable_params(error.params))
        _log.warning("no translation for error code %s", error.code)
        generic = _BY_KIND.get(error.kind, _BY_KIND["rule"])
        return tr("Errors", generic, detail=error.render())
    return tr("Errors", MESSAGES["ui.unexpected"])


# Parameters that hold a value of the core's vocabulary are shown by their translated names.
_VOCABULARY = {
    "step": "step",
    "current": "step",
    "expected": "step",
    "level": "risk_level",
    "risk_level": "risk_level",
    "role": "role",
    "account_type": "account_type",
    "kind": "customer_kind",
    "status": "case_status",
    "field": "field",
    "person": "person",
    "other": "person",
    "action": "action",
}


def readable_params(params: dict[str, object]) -> dict[str, object]:
    from ui import names

    tables = {
        "step": names.STEPS,
        "risk_level": names.RISK_LEVELS,
        "role": names.ROLES,
        "account_type": names.ACCOUNT_TYPES,
        "customer_kind": names.CUSTOMER_KINDS,
        "case_status": names.CASE_STATUSES,
        "field": names.FIELDS,
        "person": names.PEOPLE,
        "action": names.ACTIONS,
    }
    shown: dict[str, object] = {}
    identifier = params.get("identifier")
    if isinstance(identifier, str) and identifier in names.IDENTIFIERS:
        shown["name"] = tr("Names", names.IDENTIFIERS[identifier])
    for key, value in params.items():
        if key in shown:
            continue
        table = tables.get(_VOCABULARY.get(key, ""))
        text = str(value)
        if table is names.FIELDS and text not in table:
            text = text.rsplit(".", 1)[-1]  # a nested entry (shareholders.name) by its own name
        if table is not None and text in table:
            shown[key] = tr("Names", table[text])
        else:
            shown[key] = value
    return shown


def is_environment_problem(error: BaseException) -> bool:
    return isinstance(error, TellerError) and error.kind == "environment"
