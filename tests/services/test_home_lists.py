"""The home page's lists: cases finished today, the branch's open cases for a supervisor, search by number."""

from __future__ import annotations

from teller_app.domain.case_numbers import agreement_number, number_searched
from teller_app.services import case_lists, cases, search


def _open(store, teller, name="甲公司"):
    return cases.open_case(store, teller, "enterprise_legal_person", "basic", customer_name=name)


def test_a_case_is_found_by_its_number_exactly_and_by_its_beginning(store, staff) -> None:
    teller = staff["teller"]
    first, second = _open(store, teller, "甲公司"), _open(store, teller, "乙公司")
    assert [c.case_id for c in search.find_cases(store, teller, first.number)] == [first.id]
    by_day = search.find_cases(store, teller, "310115-20260302")
    assert {c.case_id for c in by_day} == {first.id, second.id}
    assert all(c.case_number.startswith("310115-20260302-T01-") for c in by_day)
    assert search.find_cases(store, teller, "310115-20260303") == []  # another day: nothing


def test_a_case_is_found_by_its_agreement_number_and_its_beginning(store, staff) -> None:
    teller = staff["teller"]
    case = _open(store, teller)
    assert [c.case_id for c in search.find_cases(store, teller, agreement_number(case.number))] == [case.id]
    assert [c.case_id for c in search.find_cases(store, teller, "310115-XY20260302-T01")] == [case.id]


def test_a_typed_number_is_folded_from_full_width_and_lower_case() -> None:
    assert number_searched("３１０１１５－ｘｙ２０２６０３０２") == "310115-20260302"
    assert number_searched(" 310115-20260302-t01 ") == "310115-20260302-T01"
    assert number_searched("上海云帆") == "" and number_searched("%") == ""


def test_a_search_for_a_wildcard_or_a_short_beginning_lists_nothing(store, staff) -> None:
    teller = staff["teller"]
    _open(store, teller)
    for text in ("3%", "310115-2026030_-T01-0001", "310", "_"):
        assert search.find_cases(store, teller, text) == [], text


def test_finished_today_lists_cancelled_cases_of_today_on_the_terminals_clock(
    store, staff, clock, terminal_in_beijing
) -> None:
    teller = staff["teller"]
    kept, cancelled = _open(store, teller, "甲公司"), _open(store, teller, "乙公司")
    cases.cancel_case(store, teller, cancelled.id, "客户改日再来")
    finished = case_lists.list_finished_today(store, teller)
    assert [c.case_id for c in finished] == [cancelled.id]
    assert finished[0].case_number == cancelled.number and finished[0].closed_at == clock()
    assert [c.case_id for c in case_lists.list_my_cases(store, teller)] == [kept.id]
    clock.advance(hours=7)  # 09:00Z + 7 h = 00:00 next day in Beijing: yesterday's case is no longer today's
    assert case_lists.list_finished_today(store, teller) == []
    assert case_lists.list_finished_today(store, staff["teller2"]) == []


def test_a_supervisor_sees_every_open_case_of_the_branch_with_who_holds_it(store, staff, clock) -> None:
    mine = _open(store, staff["teller"], "甲公司")
    clock.advance(minutes=30)
    theirs = _open(store, staff["teller2"], "乙公司")
    cases.cancel_case(store, staff["teller2"], _open(store, staff["teller2"], "丙公司").id, "重复开立")
    branch = case_lists.branch_open_cases(store, staff["supervisor"])
    assert [(c.case_id, c.holder_name) for c in branch] == [(mine.id, "u-teller"), (theirs.id, "u-teller2")]
    assert branch[0].opened_at < branch[1].opened_at and branch[0].step_since is not None
    for role in ("teller", "risk", "auditor"):
        assert case_lists.branch_open_cases(store, staff[role]) == [], role


def test_a_case_numbered_before_the_number_column_is_found_by_number_once_filled(store, staff) -> None:
    import sqlalchemy as sa

    from teller_app.services.case_store import fill_missing_numbers

    teller = staff["teller"]
    case = _open(store, teller)
    with store.engine.begin() as conn:  # as a case opened before migration 0008 left it
        conn.execute(sa.text("UPDATE cases SET number = NULL WHERE id = :id"), {"id": case.id})
    assert search.find_cases(store, teller, case.number) == []
    queued = "SELECT count(*) FROM outbox WHERE entity = 'cases' AND entity_id = :id"
    with store.engine.connect() as conn:
        before = conn.execute(sa.text(queued), {"id": case.id}).scalar()
    assert fill_missing_numbers(store) == 1
    assert [c.case_id for c in search.find_cases(store, teller, case.number)] == [case.id]
    assert fill_missing_numbers(store) == 0  # done once
    with store.engine.connect() as conn:  # the central copy gets the number too: the change is queued
        assert conn.execute(sa.text(queued), {"id": case.id}).scalar() == before + 1
