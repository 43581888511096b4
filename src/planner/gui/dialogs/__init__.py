"""Dialogs: they gather what the user types; edits go through undo commands."""
