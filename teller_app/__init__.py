"""Teller App core: the bank's account-opening procedure, storage, sync and documents, with no Qt."""

__version__ = "0.1.0"
