"""Keystroke benchmark: a whole corporate basic account by keyboard only, keys counted (python -m bench.keystrokes)."""
