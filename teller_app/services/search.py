"""Find customers and their cases by name, credit code or ID number through the blind indexes (no decryption of the table)."""

from __future__ import annotations

from sqlalchemy import select

from teller_app.domain.permissions import Action, can
from teller_app.services.actors import Actor
from teller_app.services.case_lists import CaseListing, _listing
from teller_app.storage.customers import find_customers
from teller_app.storage.schema import Case as CaseRow
from teller_app.storage.store import Store

MAX_RESULTS = 50


def find_cases(store: Store, actor: Actor, text: str) -> list[CaseListing]:
    """Cases of every customer whose credit code, ID number or name (normalised, exact) equals `text`.

    The text is tried as each of the three: a credit code never equals a name, so one box serves all.
    Training users see only training cases.
    """
    if not can(actor.role, Action.VIEW_CASE):
        return []  # a role that does not view cases finds none
    text = (text or "").strip()
    if not text or len(text) > 200:
        return []
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
        if not customer_ids:
            return []
        query = (
            select(CaseRow)
            .where(CaseRow.customer_id.in_(customer_ids))
            .order_by(CaseRow.updated_at.desc())
            .limit(MAX_RESULTS)
        )
        if actor.training:
            query = query.where(CaseRow.training.is_(True))
        return [_listing(store, session, row, actor, now) for row in session.scalars(query)]
