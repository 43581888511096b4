"""Linux desktop integration: the menu entry, the icon, the AppStream data and .ics files.

Where each file goes follows the freedesktop.org specifications:

- Desktop Entry: ``$XDG_DATA_HOME/applications/se.raceplanner.RacePlanner.desktop``
- Icon Theme: ``icons/hicolor/scalable/apps/<id>.svg`` and ``icons/hicolor/NxN/apps/<id>.png``
- AppStream: ``metainfo/<id>.metainfo.xml``
- Shared MIME-info: ``mime/packages/<id>.xml`` (``.ics`` is ``text/calendar``)

for the user (``--user``: ``$XDG_DATA_HOME``, by default ``~/.local/share``) or
for everyone (``/usr/local/share``). The entry's ``Exec`` names the
``race-planner`` program that runs this code (the bundle's, or the one beside
this Python), so the menu starts the very app that installed it.

PNG icons are rendered from ``resources/icons/app.svg`` at install time (by
the caller's ``render_png``, Qt's SVG renderer): one source for the icon, no
binary copies in the repository to drift from it. This module is Qt-free.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from planner.paths import resource_path

APP_ID = "se.raceplanner.RacePlanner"
WINDOW_PROGRAM = "race-planner"
PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
SYSTEM_DATA_HOME = Path("/usr/local/share")

RenderPng = Callable[[Path, int], bytes]


def user_data_home() -> Path:
    """``$XDG_DATA_HOME`` when set to an absolute path, else ``~/.local/share`` (XDG spec)."""
    value = os.environ.get("XDG_DATA_HOME", "")
    if value and Path(value).is_absolute():
        return Path(value)
    return Path.home() / ".local" / "share"


def data_home(*, user: bool) -> Path:
    return user_data_home() if user else SYSTEM_DATA_HOME


@dataclass(frozen=True)
class DesktopFiles:
    """Every file the integration owns under one data folder (``share``)."""

    data_home: Path

    @property
    def desktop_entry(self) -> Path:
        return self.data_home / "applications" / f"{APP_ID}.desktop"

    @property
    def metainfo(self) -> Path:
        return self.data_home / "metainfo" / f"{APP_ID}.metainfo.xml"

    @property
    def mime_package(self) -> Path:
        return self.data_home / "mime" / "packages" / f"{APP_ID}.xml"

    @property
    def icon_theme(self) -> Path:
        return self.data_home / "icons" / "hicolor"

    @property
    def scalable_icon(self) -> Path:
        return self.icon_theme / "scalable" / "apps" / f"{APP_ID}.svg"

    def png_icon(self, size: int) -> Path:
        return self.icon_theme / f"{size}x{size}" / "apps" / f"{APP_ID}.png"

    def all(self) -> list[Path]:
        return [
            self.desktop_entry,
            self.metainfo,
            self.mime_package,
            self.scalable_icon,
            *(self.png_icon(size) for size in PNG_SIZES),
        ]


@dataclass
class IntegrationReport:
    """What an install or uninstall did: files written or removed, caches refreshed."""

    files: list[Path] = field(default_factory=list)
    caches: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def window_program() -> str:
    """The absolute path of the ``race-planner`` that belongs to this running planner.

    In the bundle it sits beside the executable; in a virtual environment or a
    pip install beside the interpreter's scripts; else whatever is on PATH.
    """
    suffix = ".exe" if sys.platform == "win32" else ""
    if getattr(sys, "frozen", False):
        candidates = [Path(sys.executable).parent / f"{WINDOW_PROGRAM}{suffix}"]
    else:
        import sysconfig

        candidates = [
            Path(sys.executable).parent / f"{WINDOW_PROGRAM}{suffix}",
            Path(sysconfig.get_path("scripts")) / f"{WINDOW_PROGRAM}{suffix}",
        ]
    for candidate in candidates:
        if candidate.is_file():
            return str(candidate.absolute())
    found = shutil.which(WINDOW_PROGRAM)
    return str(Path(found).absolute()) if found else WINDOW_PROGRAM


def quote_exec_argument(argument: str) -> str:
    """Quote a program path for a desktop entry's ``Exec`` key (Desktop Entry spec, "Exec").

    Quoted arguments escape ``"``, backquote, ``$`` and backslash with a
    backslash; the key's string value then escapes each backslash again.
    """
    reserved = set(" \t\n\"'\\><~|&;$*?#()`")
    if not any(character in reserved for character in argument):
        return argument
    escaped = "".join(f"\\{c}" if c in '"`$\\' else c for c in argument)
    return f'"{escaped}"'.replace("\\", "\\\\")


def desktop_entry_text(program: str) -> str:
    """The shipped desktop entry with ``Exec`` (and ``TryExec``) naming ``program``."""
    template = resource_path("desktop", f"{APP_ID}.desktop").read_text(encoding="utf-8")
    lines: list[str] = []
    for line in template.splitlines():
        if line.startswith("Exec="):
            lines.append(f"Exec={quote_exec_argument(program)} %f")
        else:
            lines.append(line)
    return "\n".join(lines) + "\n"


def _write_atomically(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_bytes(data)
    temporary.replace(path)


def _refresh_caches(files: DesktopFiles, report: IntegrationReport) -> None:
    """Tell the desktop about the change, with whichever cache tools the system has."""
    commands = [
        ("update-desktop-database", ["-q", str(files.desktop_entry.parent)]),
        ("update-mime-database", [str(files.mime_package.parent.parent)]),
        ("gtk-update-icon-cache", ["-q", "-t", "-f", str(files.icon_theme)]),
    ]
    for tool, arguments in commands:
        executable = shutil.which(tool)
        if executable is None:
            continue
        result = subprocess.run(
            [executable, *arguments], capture_output=True, text=True, check=False
        )
        if result.returncode == 0:
            report.caches.append(tool)
        else:
            report.warnings.append(f"{tool}: {result.stderr.strip() or result.returncode}")


def install(*, user: bool, render_png: RenderPng, program: str | None = None) -> IntegrationReport:
    """Write every file (replacing earlier ones), then refresh the desktop's caches."""
    files = DesktopFiles(data_home(user=user))
    report = IntegrationReport()
    svg = resource_path("icons", "app.svg")
    contents: dict[Path, bytes] = {
        files.desktop_entry: desktop_entry_text(program or window_program()).encode("utf-8"),
        files.metainfo: resource_path("desktop", f"{APP_ID}.metainfo.xml").read_bytes(),
        files.mime_package: resource_path("desktop", f"{APP_ID}.mime.xml").read_bytes(),
        files.scalable_icon: svg.read_bytes(),
    }
    for size in PNG_SIZES:
        contents[files.png_icon(size)] = render_png(svg, size)
    for path, data in contents.items():
        _write_atomically(path, data)
        report.files.append(path)
    _refresh_caches(files, report)
    return report


def uninstall(*, user: bool) -> IntegrationReport:
    """Remove every file the install wrote (those present), then refresh the caches."""
    files = DesktopFiles(data_home(user=user))
    report = IntegrationReport()
    for path in files.all():
        if path.exists():
            path.unlink()
            report.files.append(path)
    _refresh_caches(files, report)
    return report
