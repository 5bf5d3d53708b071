"""In-app help: help for the current step (F1), the operation manual (操作手册) and the FAQ."""
