"""A terminal's database login writes its own branch's and its own terminal's rows only, in every table.

c0003 guarded the branch-scoped business tables. This revision closes the rest of the boundary, still with
statement-level triggers over the statement's transition tables (one pass over the rows the statement
wrote; COPY keeps working, which row-level security would forbid):

* `terminal_logins` gains the login's terminal code (packaging/sql/terminal_role.sql, `-v terminal=CODE`);
  a login recorded without one may write no terminal-scoped row at all.
* The login is looked up by `session_user` as well as `current_user`, so `SET ROLE teller_terminal` does
  not shed the limits; a member of teller_terminal that is bound to no branch may write nothing.
* users: rows of its own branch only (before and after), with a role from `branch_roles` (the roles a
  branch may hold, kept by the owner; seeded with every role the app knows).
* process definitions and `branch_roles`: the bank's data, written by the owner or an administrator only.
* audit events: its own branch and terminal code only; number blocks: its own terminal's, inside what the
  branch's sequence already reserved, overlapping no other block, the range never moved and the next
  serial never set back.
* number sequences and change streams: its own branch's only, never set back.
* change log: its own branch's stream only; applied ops, applied appends, chain anchors: its own terminal
  id only; conflicts: its own branch's (raised by itself); terminals: its own row only; key enrolments:
  its own branch's, raised by itself, and an update may only count a use.

Logins that are not a terminal's (the owner who migrates, an administrator) are not limited here.

Revision ID: c0004
Revises: c0003
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from teller_app.domain.roles import Role
from teller_app.sync.central_schema import branch_roles

revision = "c0004"
down_revision = "c0003"
branch_labels = None
depends_on = None

SCOPE = """
CREATE OR REPLACE FUNCTION teller_login_scope(OUT own_branch text, OUT own_terminal text, OUT limited boolean)
LANGUAGE plpgsql STABLE AS $$
BEGIN
    SELECT branch, terminal INTO own_branch, own_terminal FROM terminal_logins
    WHERE login IN (session_user, current_user) ORDER BY login = session_user DESC LIMIT 1;
    IF FOUND THEN
        limited := true;
        RETURN;
    END IF;
    IF session_user = 'teller_terminal' OR current_user = 'teller_terminal' OR EXISTS (
        SELECT 1 FROM pg_auth_members m
        JOIN pg_roles g ON g.oid = m.roleid
        JOIN pg_roles u ON u.oid = m.member
        WHERE g.rolname = 'teller_terminal' AND u.rolname IN (session_user, current_user)
    ) THEN
        RAISE EXCEPTION 'login % is a terminal login bound to no branch: it may write nothing', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    limited := false;
END $$
"""


def _refuse(what: str) -> str:
    return (
        f"RAISE EXCEPTION 'login % of branch % terminal % may not {what} (%)', session_user, s.own_branch, "
        "s.own_terminal, TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';"
    )


def _function(name: str, body: str) -> str:
    return f"""
CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    s record;
BEGIN
    s := teller_login_scope();
    IF NOT s.limited THEN
        RETURN NULL;
    END IF;
{body}
    RETURN NULL;
END $$
"""


# c0003's function, now by the scope above (session_user too); its triggers stay as they are.
OWN_BRANCH = _function(
    "teller_own_branch_only",
    f"""
    IF EXISTS (SELECT 1 FROM new_rows WHERE branch IS DISTINCT FROM s.own_branch) THEN
        {_refuse("write rows of another branch")}
    END IF;
    IF TG_OP = 'UPDATE' THEN
    IF EXISTS (SELECT 1 FROM old_rows WHERE branch IS DISTINCT FROM s.own_branch) THEN
        {_refuse("change rows of another branch")}
    END IF;
    END IF;""",
)

OWN_EVENTS = _function(
    "teller_own_terminal_events",
    f"""
    IF EXISTS (
        SELECT 1 FROM new_rows
        WHERE branch IS DISTINCT FROM s.own_branch OR terminal IS DISTINCT FROM s.own_terminal
    ) THEN
        {_refuse("write audit events of another branch or terminal")}
    END IF;""",
)

BRANCH_USERS = _function(
    "teller_users_of_own_branch",
    f"""
    IF EXISTS (SELECT 1 FROM new_rows WHERE branch IS DISTINCT FROM s.own_branch) THEN
        {_refuse("write users of another branch")}
    END IF;
    IF TG_OP = 'UPDATE' THEN
    IF EXISTS (SELECT 1 FROM old_rows WHERE branch IS DISTINCT FROM s.own_branch) THEN
        {_refuse("change users of another branch")}
    END IF;
    END IF;
    IF EXISTS (SELECT 1 FROM new_rows n WHERE NOT EXISTS (SELECT 1 FROM branch_roles r WHERE r.role = n.role)) THEN
        {_refuse("give a role a branch may not hold")}
    END IF;""",
)

BANK_DATA = _function(
    "teller_bank_data_only",
    f"""
    {_refuse("write data of the bank")}""",
)

OWN_BLOCKS = _function(
    "teller_own_number_blocks",
    f"""
    IF EXISTS (
        SELECT 1 FROM new_rows
        WHERE branch IS DISTINCT FROM s.own_branch OR terminal IS DISTINCT FROM s.own_terminal
    ) THEN
        {_refuse("write number blocks of another terminal")}
    END IF;
    IF TG_OP = 'UPDATE' THEN
        IF EXISTS (
            SELECT 1 FROM old_rows o LEFT JOIN new_rows n ON n.id = o.id
            WHERE n.id IS NULL OR o.branch IS DISTINCT FROM s.own_branch
               OR o.terminal IS DISTINCT FROM s.own_terminal
               OR n.first_serial <> o.first_serial OR n.last_serial <> o.last_serial
               OR n.series IS DISTINCT FROM o.series
               OR n.next_serial < o.next_serial OR n.next_serial > n.last_serial + 1
        ) THEN
            {_refuse("move a number block or set its next number back")}
        END IF;
        RETURN NULL;
    END IF;
    -- A new block: inside what the branch's sequence has reserved (locked, so a concurrent cut waits) and
    -- overlapping no other block of the branch.
    PERFORM 1 FROM number_sequences WHERE branch = s.own_branch FOR UPDATE;
    IF EXISTS (
        SELECT 1 FROM new_rows n
        LEFT JOIN number_sequences q ON q.branch = n.branch
        WHERE q.branch IS NULL OR n.first_serial < 1 OR n.last_serial < n.first_serial
           OR n.last_serial >= q.next_sequence OR n.next_serial <> n.first_serial
           OR EXISTS (
               SELECT 1 FROM number_blocks b
               WHERE b.branch = n.branch AND b.id <> n.id
                 AND b.first_serial <= n.last_serial AND n.first_serial <= b.last_serial
           )
    ) THEN
        {_refuse("take numbers the branch did not reserve for it")}
    END IF;""",
)

OWN_SEQUENCE = _function(
    "teller_own_number_sequence",
    f"""
    IF EXISTS (SELECT 1 FROM new_rows WHERE branch IS DISTINCT FROM s.own_branch) THEN
        {_refuse("write the number sequence of another branch")}
    END IF;
    IF TG_OP = 'UPDATE' THEN
    IF EXISTS (
        SELECT 1 FROM old_rows o LEFT JOIN new_rows n ON n.branch = o.branch
        WHERE n.branch IS NULL OR n.next_sequence < o.next_sequence
    ) THEN
        {_refuse("set a number sequence back")}
    END IF;
    END IF;""",
)

OWN_STREAM = _function(
    "teller_own_change_stream",
    f"""
    IF EXISTS (SELECT 1 FROM new_rows WHERE stream IS DISTINCT FROM s.own_branch) THEN
        {_refuse("write the change stream of another branch")}
    END IF;
    IF TG_OP = 'UPDATE' THEN
    IF EXISTS (
        SELECT 1 FROM old_rows o LEFT JOIN new_rows n ON n.stream = o.stream
        WHERE n.stream IS NULL OR n.last_position < o.last_position
    ) THEN
        {_refuse("set a change stream back")}
    END IF;
    END IF;""",
)

OWN_TERMINAL_ID = _function(
    "teller_own_terminal_id",
    f"""
    IF EXISTS (SELECT 1 FROM new_rows WHERE terminal_id IS DISTINCT FROM s.own_branch || ':' || s.own_terminal) THEN
        {_refuse("write rows of another terminal")}
    END IF;
    IF TG_OP = 'UPDATE' THEN
    IF EXISTS (
        SELECT 1 FROM old_rows WHERE terminal_id IS DISTINCT FROM s.own_branch || ':' || s.own_terminal
    ) THEN
        {_refuse("change rows of another terminal")}
    END IF;
    END IF;""",
)

OWN_TERMINAL_ROW = _function(
    "teller_own_terminal_row",
    f"""
    IF EXISTS (
        SELECT 1 FROM new_rows
        WHERE terminal_id IS DISTINCT FROM s.own_branch || ':' || s.own_terminal
           OR branch IS DISTINCT FROM s.own_branch OR terminal_code IS DISTINCT FROM s.own_terminal
    ) THEN
        {_refuse("write the record of another terminal")}
    END IF;
    IF TG_OP = 'UPDATE' THEN
    IF EXISTS (
        SELECT 1 FROM old_rows WHERE terminal_id IS DISTINCT FROM s.own_branch || ':' || s.own_terminal
    ) THEN
        {_refuse("change the record of another terminal")}
    END IF;
    END IF;""",
)

OWN_CONFLICTS = _function(
    "teller_own_conflicts",
    f"""
    IF EXISTS (SELECT 1 FROM new_rows WHERE branch IS DISTINCT FROM s.own_branch) THEN
        {_refuse("write conflicts of another branch")}
    END IF;
    IF TG_OP = 'INSERT' THEN
    IF EXISTS (
        SELECT 1 FROM new_rows WHERE terminal_id IS DISTINCT FROM s.own_branch || ':' || s.own_terminal
    ) THEN
        {_refuse("raise a conflict for another terminal")}
    END IF;
    END IF;
    IF TG_OP = 'UPDATE' THEN
    IF EXISTS (
        SELECT 1 FROM old_rows o LEFT JOIN new_rows n ON n.id = o.id
        WHERE n.id IS NULL OR o.branch IS DISTINCT FROM s.own_branch OR n.terminal_id <> o.terminal_id
           OR n.entity <> o.entity OR n.entity_id <> o.entity_id
    ) THEN
        {_refuse("change conflicts of another branch")}
    END IF;
    END IF;""",
)

OWN_ENROLMENTS = _function(
    "teller_own_key_enrolments",
    f"""
    IF EXISTS (SELECT 1 FROM new_rows WHERE branch IS DISTINCT FROM s.own_branch) THEN
        {_refuse("write key material of another branch")}
    END IF;
    IF TG_OP = 'INSERT' THEN
    IF EXISTS (
        SELECT 1 FROM new_rows
        WHERE created_by IS DISTINCT FROM s.own_branch || ':' || s.own_terminal OR uses <> 0
    ) THEN
        {_refuse("offer key material in the name of another terminal")}
    END IF;
    END IF;
    IF TG_OP = 'UPDATE' THEN
    IF EXISTS (
        SELECT 1 FROM old_rows o LEFT JOIN new_rows n ON n.id = o.id
        WHERE n.id IS NULL OR o.branch IS DISTINCT FROM s.own_branch OR n.uses < o.uses
           OR n.salt <> o.salt OR n.wrapped <> o.wrapped OR n.kdf <> o.kdf
           OR n.expires_at <> o.expires_at OR n.created_by <> o.created_by
    ) THEN
        {_refuse("change key material (an enrolment may only be used)")}
    END IF;
    END IF;""",
)

# (function, its SQL, the tables it guards). audit_events and number_blocks leave c0003's generic guard
# for their own, stricter one.
GUARDS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("teller_own_terminal_events", OWN_EVENTS, ("audit_events",)),
    ("teller_users_of_own_branch", BRANCH_USERS, ("users",)),
    ("teller_bank_data_only", BANK_DATA, ("process_definitions", "branch_roles", "terminal_logins")),
    ("teller_own_number_blocks", OWN_BLOCKS, ("number_blocks",)),
    ("teller_own_number_sequence", OWN_SEQUENCE, ("number_sequences",)),
    ("teller_own_change_stream", OWN_STREAM, ("change_streams",)),
    ("teller_own_terminal_id", OWN_TERMINAL_ID, ("applied_ops", "applied_appends", "chain_anchors")),
    ("teller_own_terminal_row", OWN_TERMINAL_ROW, ("terminals",)),
    ("teller_own_conflicts", OWN_CONFLICTS, ("conflicts",)),
    ("teller_own_key_enrolments", OWN_ENROLMENTS, ("key_enrolments",)),
)

# change_log has no update grant and is append-only in use; its guard checks the stream of new rows.
CHANGE_LOG = _function(
    "teller_own_change_log",
    f"""
    IF EXISTS (SELECT 1 FROM new_rows WHERE stream IS DISTINCT FROM s.own_branch) THEN
        {_refuse("publish on the change stream of another branch")}
    END IF;""",
)


def _triggers(table: str, function: str) -> list[str]:
    return [
        f'DROP TRIGGER IF EXISTS "{table}_own_branch_insert" ON "{table}"',
        f'DROP TRIGGER IF EXISTS "{table}_own_branch_update" ON "{table}"',
        f'CREATE TRIGGER "{table}_own_branch_insert" AFTER INSERT ON "{table}" '
        f"REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION {function}()",
        f'CREATE TRIGGER "{table}_own_branch_update" AFTER UPDATE ON "{table}" '
        "REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows "
        f"FOR EACH STATEMENT EXECUTE FUNCTION {function}()",
    ]


def upgrade() -> None:
    bind = op.get_bind()
    columns = {c["name"] for c in sa.inspect(bind).get_columns("terminal_logins")}
    if "terminal" not in columns:  # c0001 creates the tables as declared today, this column included
        op.add_column("terminal_logins", sa.Column("terminal", sa.String(32), nullable=True))
    branch_roles.create(bind, checkfirst=True)
    held = {r for (r,) in bind.execute(sa.select(branch_roles.c.role))}
    missing = [{"role": role.value} for role in Role if role.value not in held]
    if missing:
        bind.execute(branch_roles.insert(), missing)
    if bind.dialect.name != "postgresql":
        return
    op.execute(SCOPE)
    op.execute(OWN_BRANCH)
    op.execute(CHANGE_LOG)
    for function, sql, tables in GUARDS:
        op.execute(sql)
        for table in tables:
            for statement in _triggers(table, function):
                op.execute(statement)
    for statement in _triggers("change_log", "teller_own_change_log"):
        op.execute(statement)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        for _function_name, _sql, tables in GUARDS:
            for table in tables:
                if table in ("audit_events", "number_blocks"):
                    for statement in _triggers(table, "teller_own_branch_only"):
                        op.execute(statement)
                    continue
                op.execute(f'DROP TRIGGER IF EXISTS "{table}_own_branch_insert" ON "{table}"')
                op.execute(f'DROP TRIGGER IF EXISTS "{table}_own_branch_update" ON "{table}"')
        op.execute('DROP TRIGGER IF EXISTS "change_log_own_branch_insert" ON change_log')
        op.execute('DROP TRIGGER IF EXISTS "change_log_own_branch_update" ON change_log')
        for function_name, _sql, _tables in GUARDS:
            op.execute(f"DROP FUNCTION IF EXISTS {function_name}()")
        op.execute("DROP FUNCTION IF EXISTS teller_own_change_log()")
    branch_roles.drop(bind, checkfirst=True)
    op.drop_column("terminal_logins", "terminal")
