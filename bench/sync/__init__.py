"""Sync benchmarks: push vs raw COPY, catch-up after a day offline, pull cost vs central table size."""
