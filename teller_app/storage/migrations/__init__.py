"""Alembic migrations of the store (env.py, versions/); run by `teller_app.storage.db.upgrade`."""
