"""Race Planner: plan a motorsport season, feed it to phones, print it."""

__version__ = "0.1.0"
