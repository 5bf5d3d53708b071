"""Supervision tables are branch-scoped too; indexes for the bank-wide evaluation report.

The post-review, findings, rectification, satisfaction, suggestion and incident tables (storage migration
0004) get the same statement triggers as the other branch-scoped business tables (c0003, c0004): a terminal's
login writes rows of its own branch only. The evaluation report aggregates cases by the time they were
opened and closed and steps by case, so those columns are indexed on the central database.

Revision ID: c0005
Revises: c0004
Create Date: 2026-12-01
"""

from __future__ import annotations

from alembic import op

revision = "c0005"
down_revision = "c0004"
branch_labels = None
depends_on = None

GUARDED = (
    "post_reviews",
    "review_findings",
    "rectifications",
    "satisfaction",
    "suggestions",
    "incidents",
)

REPORT_INDEXES = (
    ("ix_cases_report_created", "cases", "(created_at, branch)"),
    ("ix_cases_report_closed", "cases", "(closed_at, branch)"),
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in GUARDED:
        op.execute(f'DROP TRIGGER IF EXISTS "{table}_own_branch_insert" ON "{table}"')
        op.execute(f'DROP TRIGGER IF EXISTS "{table}_own_branch_update" ON "{table}"')
        op.execute(
            f'CREATE TRIGGER "{table}_own_branch_insert" AFTER INSERT ON "{table}" '
            "REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION teller_own_branch_only()"
        )
        op.execute(
            f'CREATE TRIGGER "{table}_own_branch_update" AFTER UPDATE ON "{table}" '
            "REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows "
            "FOR EACH STATEMENT EXECUTE FUNCTION teller_own_branch_only()"
        )
    for name, table, columns in REPORT_INDEXES:
        op.execute(f'CREATE INDEX IF NOT EXISTS "{name}" ON "{table}" {columns}')


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name, _table, _columns in REPORT_INDEXES:
        op.execute(f'DROP INDEX IF EXISTS "{name}"')
    for table in GUARDED:
        op.execute(f'DROP TRIGGER IF EXISTS "{table}_own_branch_insert" ON "{table}"')
        op.execute(f'DROP TRIGGER IF EXISTS "{table}_own_branch_update" ON "{table}"')
