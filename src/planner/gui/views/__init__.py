"""The widgets the main window shows: navigator, season, month, weekend, next up."""
