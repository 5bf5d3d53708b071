"""Offline operation and sync with the central database: outbox push, pull, conflicts, numbers, anchors.

Entry points: `engine.SyncEngine` (one round), `loop.SyncLoop` (the background thread), `status.sync_status`
(status bar), `registration.register_terminal` (init), `conflicts` (supervisor queue), `numbers.take_account_number`.
"""
