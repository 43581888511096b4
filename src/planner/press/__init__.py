"""Press-kit blocks: copy-ready plain text for a family's press releases (Qt-free)."""
