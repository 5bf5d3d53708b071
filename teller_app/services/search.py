"""Find cases by the customer's name, credit code or ID number (blind indexes, no decryption of the table),
or by the case or agreement number people quote (exact or its beginning)."""

from __future__ import annotations

from sqlalchemy import ColumnElement, case, or_, select

from teller_app.domain.case_numbers import number_searched
from teller_app.domain.permissions import Action, can
from teller_app.services.actors import Actor
from teller_app.services.case_lists import CaseListing, _listing
from teller_app.storage.customers import find_customers
from teller_app.storage.schema import Case as CaseRow
from teller_app.storage.store import Store

MAX_RESULTS = 50
SHORTEST_NUMBER_PREFIX = 6  # a branch code: a shorter beginning lists too much to be a search


def _like_prefix(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def find_cases(store: Store, actor: Actor, text: str) -> list[CaseListing]:
    """Cases whose number or agreement number is or begins with `text`, and cases of every customer whose
    credit code, ID number or name (normalised, exact) equals `text`.

    The text is tried as each: a credit code never equals a name, so one box serves all.
    Training users see only training cases.
    """
    if not can(actor.role, Action.VIEW_CASE):
        return []  # a role that does not view cases finds none
    text = (text or "").strip()
    if not text or len(text) > 200:
        return []
    number = number_searched(text)
    now = store.clock()
    with store.reading() as session:
        customer_ids: list[str] = []
        found = [
            *find_customers(session, store.blind, store.sealer, credit_code=text),
            *find_customers(session, store.blind, store.sealer, id_number=text),
            *find_customers(session, store.blind, store.sealer, name=text),
        ]
        for customer in found:
            if customer.id not in customer_ids:
                customer_ids.append(customer.id)
        matches: list[ColumnElement[bool]] = [CaseRow.customer_id.in_(customer_ids)] if customer_ids else []
        if number:
            matches.append(CaseRow.number == number)
            if len(number) >= SHORTEST_NUMBER_PREFIX:
                matches.append(CaseRow.number.like(_like_prefix(number), escape="\\"))
        if not matches:
            return []
        query = (
            select(CaseRow)
            .where(or_(*matches))
            .order_by(case((CaseRow.number == number, 0), else_=1), CaseRow.updated_at.desc())
            .limit(MAX_RESULTS)
        )
        if actor.training:
            query = query.where(CaseRow.training.is_(True))
        return [_listing(store, session, row, actor, now) for row in session.scalars(query)]
