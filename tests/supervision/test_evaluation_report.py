"""The evaluation report (定期评估) on known data: exact figures, this period against the previous one."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

import pytest
from supervision_helpers import finished_case

from teller_app.domain.errors import InputError
from teller_app.services.evaluation_report import evaluate
from teller_app.services.report_periods import parse_period
from teller_app.storage.schema import (
    Account,
    Approval,
    Incident,
    PostReview,
    Rectification,
    ReviewFinding,
    Satisfaction,
)

Q4 = datetime(2026, 10, 5, 1, 0, tzinfo=UTC)
Q3 = datetime(2026, 8, 5, 1, 0, tzinfo=UTC)


def test_periods_quarter_half_year_and_chosen():
    q4 = parse_period("2026q4")
    assert (q4.start, q4.end, q4.previous().name) == (date(2026, 10, 1), date(2027, 1, 1), "2026Q3")
    assert parse_period("2026Q1").previous().name == "2025Q4"
    h2 = parse_period("2026H2")
    assert (h2.start, h2.end, h2.previous().name) == (date(2026, 7, 1), date(2027, 1, 1), "2026H1")
    chosen = parse_period("2026-11-01..2026-11-30")
    assert (chosen.start, chosen.end) == (date(2026, 11, 1), date(2026, 12, 1))
    assert (chosen.previous().start, chosen.previous().end) == (date(2026, 10, 2), date(2026, 11, 1))
    for bad in ("2026Q5", "Q4", "2026-12-01..2026-11-01", ""):
        with pytest.raises(InputError):
            parse_period(bad)


def known_quarters(store) -> None:
    for i, minutes in enumerate((10, 20, 30, 40, 50)):  # documents SLA 40 in 2026.2
        finished_case(
            store,
            case_id=f"q4-{i}",
            maker_id="u-zhang",
            opened_at=Q4,
            closed_at=Q4 + timedelta(hours=2 * (i + 1)),
            risk_level="high" if i < 2 else "low",
            steps={"documents": (Q4, Q4 + timedelta(minutes=minutes))},
            audit_actions=("case.skip_step",) if i == 0 else (),
        )
    finished_case(
        store,
        case_id="q3-0",
        maker_id="u-zhang",
        opened_at=Q3,
        closed_at=Q3 + timedelta(hours=1),
        steps={"documents": (Q3, Q3 + timedelta(minutes=60))},
    )
    finished_case(store, case_id="q4-training", maker_id="u-zhang", opened_at=Q4, closed_at=Q4, training=True)
    with store.unit_of_work(user_id="u-super") as uow:
        for i, (decision, reason) in enumerate(
            (("return", "documents_missing"), ("return", None), ("reject", None))
        ):
            uow.new(
                Approval,
                request_id=f"r{i}",
                case_id=f"q4-{i}",
                maker_id="u-zhang",
                checker_id="u-super",
                decision=decision,
                reason_code=reason,
                content_hash="0" * 64,
                decided_at=Q4,
            )
        uow.new(
            PostReview,
            id="rv1",
            case_id="q4-0",
            maker_id="u-zhang",
            reasons="high_risk",
            procedure_version="2026.2",
            sampled_at=Q4,
            status="closed",
            closed_at=Q4 + timedelta(days=3),
            rounds=1,
        )
        uow.new(
            PostReview,
            id="rv2",
            case_id="q4-1",
            maker_id="u-zhang",
            reasons="high_risk",
            procedure_version="2026.2",
            sampled_at=Q4,
            status="queued",
            rounds=0,
        )
        for category, severity in (
            ("document_missing", "major"),
            ("document_missing", "minor"),
            ("risk_rating", "severe"),
        ):
            uow.new(
                ReviewFinding,
                review_id="rv1",
                case_id="q4-0",
                category=category,
                severity=severity,
                recorded_by="u-rev",
                recorded_at=Q4 + timedelta(days=1),
            )
        uow.new(
            Rectification,
            review_id="rv1",
            case_id="q4-0",
            teller_id="u-zhang",
            requested_by="u-rev",
            requested_at=Q4 + timedelta(days=1),
            due_on=date(2026, 10, 8),
            status="accepted",
            answered_at=Q4 + timedelta(days=5),
        )
        for case_id, score in (("q4-0", 5), ("q4-1", 4), ("q4-2", None), ("q4-3", 3)):
            uow.new(Satisfaction, case_id=case_id, teller_id="u-zhang", score=score, recorded_at=Q4)
        uow.new(
            Account,
            account_number="A1",
            case_id="q4-0",
            account_type="basic",
            status="active",
            opened_at=Q4,
            filing_deadline=date(2026, 10, 6),
            filed_on=date(2026, 10, 6),
        )
        uow.new(
            Account,
            account_number="A2",
            case_id="q4-1",
            account_type="basic",
            status="active",
            opened_at=Q4,
            filing_deadline=date(2026, 10, 6),
            filed_on=date(2026, 10, 9),
        )
        uow.new(
            Account,
            account_number="A3",
            case_id="q4-2",
            account_type="basic",
            status="active",
            opened_at=Q4,
            filing_deadline=date(2026, 10, 6),
        )
        uow.new(
            Incident,
            terminal="T01",
            kind="offline",
            drill=False,
            origin="proposed",
            stage="handled",
            reported_by="system",
            reported_at=Q4,
            handled_at=Q4 + timedelta(minutes=150),
        )
        uow.new(
            Incident,
            terminal="T01",
            kind="data_leak",
            drill=True,
            origin="manual",
            stage="reviewed",
            reported_by="u-super",
            reported_at=Q4,
            reviewed_at=Q4 + timedelta(hours=1),
        )


def test_report_figures_on_known_data(store):
    known_quarters(store)
    report = evaluate(store.engine, parse_period("2026Q4"), branch="310115")
    now, before = report.current, report.previous
    assert (now.cases_opened, now.cases_finished, now.case_hours_average) == (5, 5, 6.0)
    (documents,) = now.steps
    assert (documents.count, documents.average, documents.median, documents.p90, documents.over_sla) == (
        5,
        30.0,
        30.0,
        46.0,
        1,
    )
    assert documents.over_sla_share == 0.2
    assert [(s.count, s.median, s.over_sla) for s in before.steps] == [(1, 60.0, 1)]
    assert (before.cases_opened, before.cases_finished) == (1, 1)
    assert now.decisions == {
        "return": {"documents_missing": 1, "unspecified": 1},
        "reject": {"unspecified": 1},
    }
    assert now.reviews == {"sampled": 2, "closed": 1, "open_at_end": 1}
    assert now.findings == {"document_missing": 2, "risk_rating": 1}
    assert now.findings_by_severity == {"major": 1, "minor": 1, "severe": 1}
    assert now.rectifications == {"requested": 1, "accepted": 1, "answered_late": 1}
    assert now.satisfaction == {"asked": 4, "skipped": 1, "average": 4.0, "scores": {"3": 1, "4": 1, "5": 1}}
    assert now.risk["high"] == 2 and now.risk["high_share"] == 0.4 and now.risk["cases_with_override"] == 1
    assert now.filings == {"due": 3, "filed_on_time": 1, "filed_late": 1, "not_filed": 1}
    assert now.incidents["reported"] == 1 and now.incidents["drills"] == 1
    assert now.incidents["offline_minutes"] == 150.0 and now.incidents["sync_incidents"] == 1
    assert evaluate(store.engine, parse_period("2026Q4"), branch="999999").current.cases_opened == 0


def _encrypted_columns() -> set[str]:
    from teller_app.storage.schema import Base

    return {
        f"{t.name}.{c.name}"
        for t in Base.metadata.tables.values()
        for c in t.columns
        if c.info.get("encrypted")
    }


def _copy_rows(store, central) -> None:
    """The local store's rows as the push would have put them centrally (plain copy, table by table)."""
    import sqlalchemy as sa

    from teller_app.storage.schema import Base

    with store.engine.connect() as source, central.begin() as target:
        target.exec_driver_sql("SET session_replication_role = replica")
        for name in (
            "cases",
            "case_steps",
            "approvals",
            "post_reviews",
            "review_findings",
            "rectifications",
            "satisfaction",
            "accounts",
            "incidents",
            "audit_events",
        ):
            table = Base.metadata.tables[name]
            rows = [dict(r._mapping) for r in source.execute(sa.select(table))]
            if rows:
                target.execute(table.insert(), rows)


def test_bank_wide_report_on_the_central_postgresql_gives_the_same_figures_and_reads_no_sealed_column(
    store, central_pg
):
    import sqlalchemy as sa

    known_quarters(store)
    _copy_rows(store, central_pg)
    statements: list[str] = []
    sa.event.listen(central_pg, "before_cursor_execute", lambda *a: statements.append(a[2]))
    period = parse_period("2026Q4")
    central = evaluate(central_pg, period)  # every branch
    local = evaluate(store.engine, period, branch="310115")
    assert central.current == local.current and central.previous == local.previous
    sealed = {c.split(".")[1] for c in _encrypted_columns()} - {"name"}
    for sql in statements:
        if sql.startswith("SET LOCAL "):
            continue
        assert "SELECT" in sql.upper() and not re.search(r"\b(INSERT|UPDATE|DELETE)\b", sql.upper())
        for column in sealed:
            assert not re.search(rf"\.{column}\b", sql), (
                f"the report read the sealed column {column}: {sql[:200]}"
            )


def test_report_pdf_and_csv_files(store, tmp_path):
    import csv

    from teller_app.documents.evaluation_report import write_csv, write_pdf

    known_quarters(store)
    report = evaluate(store.engine, parse_period("2026Q4"), branch="310115")
    pdf = write_pdf(report, tmp_path / "report.pdf")
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 10_000
    files = {p.name: p for p in write_csv(report, tmp_path / "csv")}
    assert sorted(files) == sorted(
        f"2026Q4-{name}.csv"
        for name in (
            "efficiency",
            "returns_and_rejections",
            "post_review",
            "satisfaction",
            "risk_control",
            "compliance",
            "system_support",
        )
    )
    with files["2026Q4-satisfaction.csv"].open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["指标", "2026Q4", "2026Q3"]
    assert ["平均分（1–5）", "4", "—"] in rows


def test_bank_wide_report_reads_steps_from_its_covering_index_and_groups_on_the_expression_with_statistics(
    central_pg,
):
    """Central migration c0008: the report's indexes exist, and the seconds-per-step expression the report
    groups on is exactly the one that has statistics (else the planner guesses a million groups, sorts
    millions of rows and the bank-wide report misses its 10 s)."""
    import importlib.util

    import sqlalchemy as sa

    from teller_app.sync.central import MIGRATIONS

    path = MIGRATIONS / "versions" / "c0008_report_step_index.py"
    spec = importlib.util.spec_from_file_location("c0008_report_step_index", path)
    assert spec is not None and spec.loader is not None
    migration = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(migration)
    with central_pg.connect() as conn:
        indexes = set(conn.scalars(sa.text("SELECT indexname FROM pg_indexes WHERE schemaname = 'public'")))
        statistics = set(conn.scalars(sa.text("SELECT stxname FROM pg_statistic_ext")))
    assert {name for name, _table, _columns in migration.REPORT_INDEXES} <= indexes
    assert "st_case_steps_report_seconds" in statistics
    statements: list[str] = []
    sa.event.listen(central_pg, "before_cursor_execute", lambda *a: statements.append(a[2]))
    evaluate(central_pg, parse_period("2026Q4"))
    grouped = migration.STEP_SECONDS.replace("completed_at", "s.completed_at").replace(
        "entered_at", "s.entered_at"
    )
    assert any(grouped in sql and "FROM case_steps s" in sql for sql in statements)
