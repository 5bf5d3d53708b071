"""The terminal's own room: the start-of-day check (日初检查) of this workstation, its details in words, and the
terminal's settings."""
