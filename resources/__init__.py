"""Bundled data: the circuit library, icons, translations and fonts (no code)."""
