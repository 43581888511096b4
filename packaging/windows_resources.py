"""The Windows executable's icon (.ico) and version resource, made from the project itself.

The icon is rendered from ``resources/icons/app.svg`` with Qt's SVG renderer at
build time (the sizes Windows asks for: 16–256), and the version resource
carries the package's version, so neither can drift from its source.
"""

from __future__ import annotations

import struct
from pathlib import Path

from bundle_contents import APP_ICON_SVG

from planner import __version__
from planner.freedesktop_icons import render_png

ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def write_icon(path: Path) -> Path:
    """An .ico holding PNG images (allowed since Windows Vista) of every size."""
    images = [render_png(APP_ICON_SVG, size) for size in ICO_SIZES]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    directory = b""
    for size, data in zip(ICO_SIZES, images, strict=True):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(header + directory + b"".join(images))
    return path


def _version_tuple() -> tuple[int, int, int, int]:
    numbers = [int(part) for part in __version__.split(".")[:4] if part.isdigit()]
    padded = [*numbers, 0, 0, 0, 0][:4]
    return padded[0], padded[1], padded[2], padded[3]


def write_version_info(path: Path) -> Path:
    """The VSVersionInfo text PyInstaller's ``version=`` reads."""
    version = _version_tuple()
    dotted = ".".join(str(number) for number in version)
    strings = {
        "CompanyName": "Race Planner developers",
        "FileDescription": "Race Planner: plan a motorsport season",
        "FileVersion": dotted,
        "InternalName": "race-planner",
        "LegalCopyright": "MIT licence",
        "OriginalFilename": "race-planner.exe",
        "ProductName": "Race Planner",
        "ProductVersion": __version__,
    }
    string_entries = ",\n".join(
        f"            StringStruct({key!r}, {value!r})" for key, value in strings.items()
    )
    text = f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={version}, prodvers={version}, mask=0x3f, flags=0x0,
                    OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([
      StringTable('040904B0', [
{string_entries}
      ])
    ]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path
