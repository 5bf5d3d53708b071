"""What a half of CoreBackend (cases, accounts, printing, training …) may use of the backend it is mixed into.

Each half inherits `BackendPart`: for mypy that is the `BackendNeeds` protocol, so a call to anything not named
here is an error and CoreBackend must provide all of it; at run time it is plain `object`, adding nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    import threading

    from teller_app.config import Config
    from teller_app.paths import AppPaths
    from teller_app.services.sign_in import SignInService
    from teller_app.storage.store import Store
    from ui.backend import CaseView, SessionInfo


class BackendNeeds(Protocol):
    """The backend's own parts (ui/core/backend.py) and the case view (ui/core/cases.py) the halves share."""

    paths: AppPaths
    _opening: threading.Lock  # held while a store or the sandbox opens or closes

    def config(self) -> Config: ...

    def store(self) -> Store:
        """The store the screens work on: the training sandbox in training mode, else the terminal's."""
        ...

    def real_store(self) -> Store:
        """The terminal's own store, in training mode too."""
        ...

    def sign_in_service(self) -> SignInService: ...

    def _actor(self, session: SessionInfo) -> Any:
        """The core's acting user for a usable session."""
        ...

    def _central(self) -> Any:
        """The central database's engine."""
        ...

    def sync_now(self) -> None: ...

    def _propose_incidents(self, failed: list[str]) -> None: ...

    def _view(self, store: Store, actor: Any, case: Any, shown: str | None = None) -> CaseView:
        """The screens' view of a case (CaseCalls)."""
        ...


if TYPE_CHECKING:
    BackendPart = BackendNeeds
else:
    BackendPart = object
