"""Swedish catalogues, one module per part of the app (each defines MESSAGES)."""
