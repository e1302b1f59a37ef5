"""The parts of the report importer: reading blocks, scoring them, quotes, dialogue, writing.

Pure Python, no Qt: `app.deck.importer` puts the parts together. Every step is
linear in the report's length, so a megabyte of text imports in seconds.
"""
