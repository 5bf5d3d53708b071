"""Use cases that the desktop app and the admin CLI call: open a case, record a step, approve, sync, report."""
