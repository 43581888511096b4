"""Qt item models over service results, keyed by id."""
