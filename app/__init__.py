"""Reportage: a long-form report as a slide reader and a presentation."""

__version__ = "0.1.0"
