"""Benchmarks of the printed documents."""
