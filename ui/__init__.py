"""Qt Designer forms (``*.ui``) of the app's dialogs, shipped in the package as ``planner.ui``.

Open them in Qt Designer (``pyside6-designer ui/preferences.ui``). The dialogs
build themselves from them at run time (``planner.gui.forms``); the code
keeps only the wiring and behaviour.
"""
