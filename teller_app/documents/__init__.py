"""Printed documents of a case (DESIGN.md §7): agreement, checklist, risk form, confirmation, flowchart."""
