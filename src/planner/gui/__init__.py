"""The Qt desktop app: a thin shell of docks, menus and views over the services."""
