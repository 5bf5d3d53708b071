"""Supervision: post-reviews with their findings and rectifications, satisfaction, suggestions, incidents.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 10:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "incidents",
        sa.Column("terminal", sa.String(length=32), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("drill", sa.Boolean(), nullable=False),
        sa.Column("origin", sa.String(length=16), nullable=False),
        sa.Column("level", sa.String(length=4), nullable=True),
        sa.Column("stage", sa.String(length=16), nullable=False),
        sa.Column("reported_by", sa.String(length=36), nullable=False),
        sa.Column("reported_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("assessed_by", sa.String(length=36), nullable=True),
        sa.Column("assessed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("responded_by", sa.String(length=36), nullable=True),
        sa.Column("responded_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("handled_by", sa.String(length=36), nullable=True),
        sa.Column("handled_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("reviewed_by", sa.String(length=36), nullable=True),
        sa.Column("reviewed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("notes", sa.LargeBinary(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("branch", sa.String(length=32), nullable=False),
        sa.Column("version", sa.Integer(), server_default="0", nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incidents")),
    )
    with op.batch_alter_table("incidents", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_incidents_branch"), ["branch"], unique=False)
        batch_op.create_index(batch_op.f("ix_incidents_stage"), ["stage"], unique=False)

    op.create_table(
        "post_reviews",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("maker_id", sa.String(length=36), nullable=False),
        sa.Column("reasons", sa.String(length=64), nullable=False),
        sa.Column("procedure_version", sa.String(length=32), nullable=False),
        sa.Column("sampled_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("reviewer_id", sa.String(length=36), nullable=True),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("rounds", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("branch", sa.String(length=32), nullable=False),
        sa.Column("version", sa.Integer(), server_default="0", nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_post_reviews")),
        sa.UniqueConstraint("case_id", name=op.f("uq_post_reviews_case_id")),
    )
    with op.batch_alter_table("post_reviews", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_post_reviews_branch"), ["branch"], unique=False)
        batch_op.create_index(batch_op.f("ix_post_reviews_maker_id"), ["maker_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_post_reviews_status"), ["status"], unique=False)

    op.create_table(
        "rectifications",
        sa.Column("review_id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("teller_id", sa.String(length=36), nullable=False),
        sa.Column("requested_by", sa.String(length=36), nullable=False),
        sa.Column("requested_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("answered_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("checked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("request", sa.LargeBinary(), nullable=True),
        sa.Column("answer", sa.LargeBinary(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("branch", sa.String(length=32), nullable=False),
        sa.Column("version", sa.Integer(), server_default="0", nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rectifications")),
    )
    with op.batch_alter_table("rectifications", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_rectifications_branch"), ["branch"], unique=False)
        batch_op.create_index(batch_op.f("ix_rectifications_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_rectifications_review_id"), ["review_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_rectifications_teller_id"), ["teller_id"], unique=False)

    op.create_table(
        "review_findings",
        sa.Column("review_id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("category", sa.String(length=32), nullable=False),
        sa.Column("severity", sa.String(length=16), nullable=False),
        sa.Column("recorded_by", sa.String(length=36), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("note", sa.LargeBinary(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("branch", sa.String(length=32), nullable=False),
        sa.Column("version", sa.Integer(), server_default="0", nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_findings")),
    )
    with op.batch_alter_table("review_findings", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_review_findings_branch"), ["branch"], unique=False)
        batch_op.create_index(batch_op.f("ix_review_findings_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_review_findings_review_id"), ["review_id"], unique=False)

    op.create_table(
        "satisfaction",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("teller_id", sa.String(length=36), nullable=False),
        sa.Column("score", sa.Integer(), nullable=True),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("comment", sa.LargeBinary(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("branch", sa.String(length=32), nullable=False),
        sa.Column("version", sa.Integer(), server_default="0", nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_satisfaction")),
        sa.UniqueConstraint("case_id", name=op.f("uq_satisfaction_case_id")),
    )
    with op.batch_alter_table("satisfaction", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_satisfaction_branch"), ["branch"], unique=False)
        batch_op.create_index(batch_op.f("ix_satisfaction_teller_id"), ["teller_id"], unique=False)

    op.create_table(
        "suggestions",
        sa.Column("author_id", sa.String(length=36), nullable=False),
        sa.Column("screen", sa.String(length=32), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("answered_by", sa.String(length=36), nullable=True),
        sa.Column("answered_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("closed_by", sa.String(length=36), nullable=True),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("text", sa.LargeBinary(), nullable=True),
        sa.Column("answer", sa.LargeBinary(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("branch", sa.String(length=32), nullable=False),
        sa.Column("version", sa.Integer(), server_default="0", nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_suggestions")),
    )
    with op.batch_alter_table("suggestions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_suggestions_author_id"), ["author_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_suggestions_branch"), ["branch"], unique=False)
        batch_op.create_index(batch_op.f("ix_suggestions_status"), ["status"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("suggestions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_suggestions_status"))
        batch_op.drop_index(batch_op.f("ix_suggestions_branch"))
        batch_op.drop_index(batch_op.f("ix_suggestions_author_id"))

    op.drop_table("suggestions")
    with op.batch_alter_table("satisfaction", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_satisfaction_teller_id"))
        batch_op.drop_index(batch_op.f("ix_satisfaction_branch"))

    op.drop_table("satisfaction")
    with op.batch_alter_table("review_findings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_review_findings_review_id"))
        batch_op.drop_index(batch_op.f("ix_review_findings_case_id"))
        batch_op.drop_index(batch_op.f("ix_review_findings_branch"))

    op.drop_table("review_findings")
    with op.batch_alter_table("rectifications", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rectifications_teller_id"))
        batch_op.drop_index(batch_op.f("ix_rectifications_review_id"))
        batch_op.drop_index(batch_op.f("ix_rectifications_case_id"))
        batch_op.drop_index(batch_op.f("ix_rectifications_branch"))

    op.drop_table("rectifications")
    with op.batch_alter_table("post_reviews", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_post_reviews_status"))
        batch_op.drop_index(batch_op.f("ix_post_reviews_maker_id"))
        batch_op.drop_index(batch_op.f("ix_post_reviews_branch"))

    op.drop_table("post_reviews")
    with op.batch_alter_table("incidents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_incidents_stage"))
        batch_op.drop_index(batch_op.f("ix_incidents_branch"))

    op.drop_table("incidents")
