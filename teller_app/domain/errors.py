"""Typed errors of the core: a stable code and parameters that the UI and the CLI translate."""

from __future__ import annotations

from typing import Any


class TellerError(Exception):
    """An error the core expects and names. `code` is stable; `params` fill the translated message.

    The English `message` template uses named placeholders (`{name}`) so that translations carry the
    same placeholders. Subclasses set `kind`: "rule" (the procedure refuses), "input" (bad data from a
    person), "environment" (disk, key store, network: not the user's fault and not a bug).
    """

    kind = "rule"
    code = "error"
    message = "The operation was refused."

    def __init__(self, code: str | None = None, message: str | None = None, **params: Any) -> None:
        if code is not None:
            self.code = code
        if message is not None:
            self.message = message
        self.params = params
        super().__init__(self.render())

    def render(self) -> str:
        try:
            return self.message.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return self.message

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "code": self.code, "message": self.render(), "params": self.params}


class RuleError(TellerError):
    """The bank's procedure forbids this (a refused move, a missing approval, a wrong role)."""

    kind = "rule"


class InputError(TellerError):
    """What a person typed or imported is not acceptable; nothing was stored."""

    kind = "input"


class EnvironmentProblem(TellerError):
    """The machine or its surroundings failed: disk, key store, central database, printer."""

    kind = "environment"


class ConfigError(EnvironmentProblem):
    """A configuration or data file is broken; the message names the file, the key and the problem."""

    code = "config"
