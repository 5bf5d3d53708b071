"""Migration scripts, oldest first; each revision says what it changes."""
