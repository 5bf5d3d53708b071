"""Supervision screens: the supervisor's dashboard, the reviewer's queue, feedback, incidents, the report,
the sync conflict queue."""
