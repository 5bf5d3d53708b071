"""The bank-wide evaluation report reads each period's steps from one covering index.

The report's time per step reads, for the two periods compared, every step completed in them: its case,
step name and the times it was entered and completed (and the branch for one branch's report). Indexed by
completion time with those columns included, the data of a whole year is not read to report two quarters,
and the step rows themselves are not visited (an index-only scan). The cases' procedure version and
training flag, which the steps are joined to, are covered by the case id the same way, and the overrides
(skipped steps, voided approvals) are read from an index of the audit events by action and time.

The whole seconds a step took are grouped on; without statistics on that expression the planner guesses a
million groups and sorts millions of rows instead of aggregating them in parallel, so the expression gets
its own statistics (CREATE STATISTICS on an expression: PostgreSQL 14 or later), gathered by ANALYZE.

Revision ID: c0008
Revises: c0007
Create Date: 2026-12-01
"""

from __future__ import annotations

from alembic import op

revision = "c0008"
down_revision = "c0007"
branch_labels = None
depends_on = None

REPORT_INDEXES = (
    (
        "ix_case_steps_report_completed",
        "case_steps",
        "(completed_at) INCLUDE (entered_at, step, case_id, branch)",
    ),
    ("ix_cases_report_version", "cases", "(id) INCLUDE (procedure_version, training)"),
    ("ix_audit_events_report_action", "audit_events", "(action, occurred_at) INCLUDE (case_id, branch)"),
)
# The expression exactly as evaluation_steps.step_figures groups on it.
STEP_SECONDS = "CAST(ROUND(date_part('epoch', completed_at - entered_at)) AS INTEGER)"


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name, table, columns in REPORT_INDEXES:
        op.execute(f'CREATE INDEX IF NOT EXISTS "{name}" ON "{table}" {columns}')
    op.execute(
        f"CREATE STATISTICS IF NOT EXISTS st_case_steps_report_seconds ON ({STEP_SECONDS}) FROM case_steps"
    )
    op.execute("ANALYZE case_steps")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP STATISTICS IF EXISTS st_case_steps_report_seconds")
    for name, _table, _columns in REPORT_INDEXES:
        op.execute(f'DROP INDEX IF EXISTS "{name}"')
