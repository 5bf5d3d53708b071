"""The array literals a push sends (op ids, entities, versions …) arrive at PostgreSQL as the values they
were, whatever they hold: quotes, backslashes, braces, commas, NULLs, Chinese, empty strings."""

from __future__ import annotations

import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from teller_app.sync.wire import int_array, text_array

TEXTS = st.lists(
    st.one_of(
        st.none(),
        st.text(
            alphabet=st.characters(blacklist_characters="\x00", blacklist_categories=("Cs",)), max_size=12
        ),
    ),
    max_size=8,
)
SAMPLES = [
    [],
    ["e2fee699-590e-47e6-a4dd-3240c8948f42", "cases", "applied"],
    [None, None, None],
    ["a", None, "b"],
    ['he said "no"', "back\\slash", "{brace}", "com,ma", "", "NULL", " 空 格 "],
    ['"', "\\", '\\"'],
    ["back\\slash", "C:\\ends with\\"],
    ["{", "}", ","],
]


def test_text_arrays_arrive_as_the_values_sent(pg_url):
    engine = sa.create_engine(pg_url)
    try:
        with engine.connect() as conn:
            for values in SAMPLES:
                sent = conn.exec_driver_sql("SELECT %s::text[]", (text_array(values),)).scalar()
                assert sent == values, values

            @settings(
                max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
            )
            @given(TEXTS)
            def round_trip(values: list[str | None]) -> None:
                assert conn.exec_driver_sql("SELECT %s::text[]", (text_array(values),)).scalar() == values

            round_trip()
    finally:
        engine.dispose()


def test_int_arrays_arrive_as_the_values_sent(pg_url):
    engine = sa.create_engine(pg_url)
    try:
        with engine.connect() as conn:
            for values in ([], [0, 1, -7, 2**31 - 1], [None, 3, None], [None]):
                assert conn.exec_driver_sql("SELECT %s::int[]", (int_array(values),)).scalar() == values
    finally:
        engine.dispose()


def test_a_text_array_quotes_only_what_needs_it():
    assert text_array(["a", "b"]) == '{"a","b"}'
    assert text_array([None, None]) == "{NULL,NULL}"
    assert text_array(['x"y', None]) == '{"x\\"y",NULL}'
    assert text_array([]) == "{}"
