"""Exports of a deck: PNG images (through the one renderer), plain text, PDF."""
