"""What goes into the PyInstaller bundle, shared by the Linux, Windows and macOS specs.

The specs import this module (it sits beside them) and call ``analysis_options()``
for the Analysis and ``trim()`` on its result. Everything that decides the
bundle's contents lives here, so the three platforms cannot drift apart.

Trimming: PyInstaller's PySide6 hooks already collect only the Qt modules the
app imports (QtCore, QtGui, QtWidgets, QtPrintSupport, QtUiTools) plus QtSvg, named here
because the app's SVG icons are read by Qt's SVG icon engine and image format
plugins, which Python never imports. What the hooks add beyond that and the
app never uses is filtered out by name below: Wayland, EGL/KMS and VNC
platforms, input-device plugins, image formats other than SVG and ICO, the
network plugins, and every Qt translation except Swedish ``qtbase``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from PyInstaller.utils.hooks import collect_data_files, collect_submodules

PACKAGING_DIR = Path(__file__).resolve().parent
LAUNCHER = str(PACKAGING_DIR / "launcher.py")
APP_ICON_SVG = PACKAGING_DIR.parent / "resources" / "icons" / "app.svg"
BUNDLE_NAME = "race-planner"
WINDOW_EXECUTABLE = "race-planner"
CLI_EXECUTABLE = "planner"

HIDDEN_IMPORTS = [
    # Commands are found with pkgutil.iter_modules at run time.
    *collect_submodules("planner.cli"),
    # Imported only to be located: paths.resource_path() reads its folder from __file__.
    "planner.resources",
    # Loaded by Alembic from the migration scripts, which are shipped as files.
    "alembic.op",
    "alembic.context",
    "alembic.runtime.migration",
    "alembic.ddl.sqlite",
    "sqlalchemy.dialects.sqlite",
    # Dialog layouts are Qt Designer forms read at run time (planner.gui.forms).
    "PySide6.QtUiTools",
    "planner.ui",
    # The SVG icon engine and image format plugins need Qt's SVG library.
    "PySide6.QtSvg",
]

# Python packages the app never imports but that hooks or optional imports drag in.
EXCLUDES = [
    "tkinter",
    "_tkinter",
    "unittest",
    "pydoc_data",
    "IPython",
    "numpy",
    "PIL",
    "psycopg",
    "psycopg2",
    "greenlet",  # SQLAlchemy's asyncio support only
    "pytest",
    "PySide6.QtNetwork",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtTest",
    "PySide6.QtDBus",
    "PySide6.QtSql",
]


def data_files() -> list[tuple[str, str]]:
    """Resources (circuits, icons, compiled translations, fonts) and the migrations as files.

    Alembic reads ``env.py`` and ``versions/*.py`` from disk, so they travel as
    source files; the ``.ts`` translation sources stay behind (only ``.qm`` is read).
    """
    resources = collect_data_files("planner", excludes=["**/*.ts", "**/__pycache__/**"])
    migrations = collect_data_files(
        "planner.db.migrations", include_py_files=True, excludes=["**/__pycache__/**"]
    )
    return sorted({*resources, *migrations})


def analysis_options() -> dict[str, Any]:
    return {
        "scripts": [LAUNCHER],
        "datas": data_files(),
        "hiddenimports": HIDDEN_IMPORTS,
        "excludes": EXCLUDES,
        "noarchive": False,
        "optimize": 0,  # asserts stay: the app uses them to state invariants
    }


# Paths (as placed in the bundle, "/"-separated) of Qt files the app never uses.
_UNUSED_QT = [
    r"PySide6/Qt/plugins/platforms/lib(qwayland|qeglfs|qlinuxfb|qminimalegl|qvnc|qvkkhrdisplay|qminimal)",
    r"PySide6/Qt/plugins/(wayland-|egldeviceintegrations|generic|networkinformation|tls|sqldrivers)",
    r"PySide6/Qt/plugins/(vectorimageformats|qmltooling|qmllint|designer)/",
    r"PySide6/Qt/plugins/platformthemes/libqgtk3",
    r"PySide6/Qt/plugins/imageformats/(?!(lib)?q(svg|ico))",
    r"PySide6/Qt/translations/(?!qtbase_sv\.qm$)",
    r"PySide6/translations/(?!qtbase_sv\.qm$)",
]
# Shared libraries (by file name, wherever PyInstaller put them) that only the plugins
# dropped above need: Qt's Wayland, EGLFS and network libraries and the GTK theme's
# stack (GTK, cairo, pango). The CUPS stack (libcups and what it brings: Avahi,
# GnuTLS, Kerberos) stays out too: the print support plugin is kept and uses the
# target's own libcups when there is one (a desktop with printers has it); PDF
# export needs neither.
# (libQt6OpenGLWidgets stays: libQt6UiTools, which reads the dialogs' Designer forms,
# links it.)
_UNUSED_LIBRARIES = [
    r"libQt6(Wayland|Wl|EglFS|EglFs|Network|Qml|Quick|Pdf)",
    r"lib(atk|atk-bridge|atspi|gtk|gdk|gdk_pixbuf|cairo|cairo-gobject|pango|pangocairo|pangoft2)-",
    r"lib(cairo|cairo-gobject|thai|datrie|fribidi|pixman-1|epoxy)\.so",
    r"lib(cups|avahi-client|avahi-common|gnutls|gssapi_krb5|krb5|krb5support|k5crypto|com_err)\.so",
    r"lib(keyutils|nettle|hogweed|gmp|idn2|unistring|p11-kit|tasn1)\.so",
]
_UNUSED_PATTERN = re.compile(
    "|".join(f"(?:{p})" for p in _UNUSED_QT)
    + "|"
    + "|".join(f"(?:(^|/){p})" for p in _UNUSED_LIBRARIES)
)


def is_unused(destination: str) -> bool:
    return _UNUSED_PATTERN.search(destination.replace("\\", "/")) is not None


def trim(entries: Iterable[Any]) -> list[Any]:
    """Drop the Qt files listed above from a TOC (binaries or datas)."""
    return [entry for entry in entries if not is_unused(entry[0])]
