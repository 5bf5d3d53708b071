"""Benchmarks of the case services (full onboardings, lists, search), each against a baseline in the same run."""
