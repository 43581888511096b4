"""``planner desktop install/uninstall --user`` into a temporary home, as a user runs it."""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from planner.freedesktop import APP_ID, PNG_SIZES, quote_exec_argument

PLANNER = [sys.executable, "-m", "planner"]


def _run(home: Path, *arguments: str, xdg_data_home: Path | None = None) -> str:
    env = {key: value for key, value in os.environ.items() if not key.startswith("XDG_")}
    env["HOME"] = str(home)
    env["QT_QPA_PLATFORM"] = "offscreen"
    if xdg_data_home is not None:
        env["XDG_DATA_HOME"] = str(xdg_data_home)
    result = subprocess.run(
        [*PLANNER, *arguments], capture_output=True, text=True, env=env, check=False, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def _tool(name: str) -> str:
    path = shutil.which(name)
    assert path, f"{name} is missing: scripts/install-system-packages.sh installs it"
    return path


def test_user_install_puts_every_file_where_the_freedesktop_specs_say(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    output = _run(home, "desktop", "install", "--user")

    share = home / ".local" / "share"  # no XDG_DATA_HOME: the spec's default
    entry = share / "applications" / f"{APP_ID}.desktop"
    metainfo = share / "metainfo" / f"{APP_ID}.metainfo.xml"
    mime_package = share / "mime" / "packages" / f"{APP_ID}.xml"
    scalable = share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    pngs = {
        size: share / "icons/hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        for size in PNG_SIZES
    }
    for path in (entry, metainfo, mime_package, scalable, *pngs.values()):
        assert path.is_file(), f"{path} was not installed"
        assert str(path) in output
    for size, path in pngs.items():
        assert _png_size(path) == (size, size)
    assert scalable.read_text(encoding="utf-8").lstrip().startswith("<svg")

    text = entry.read_text(encoding="utf-8")
    assert "MimeType=text/calendar;" in text
    assert f"Icon={APP_ID}" in text
    exec_line = next(line for line in text.splitlines() if line.startswith("Exec="))
    program = exec_line.removeprefix("Exec=").removesuffix(" %f").strip('"')
    assert Path(program).is_absolute() and Path(program).name == "race-planner"
    subprocess.run([_tool("desktop-file-validate"), str(entry)], check=True)
    subprocess.run(
        [_tool("appstreamcli"), "validate", "--no-net", str(metainfo)],
        check=True,
        capture_output=True,
    )
    # The caches a file manager reads: .ics opens with Race Planner.
    cache = share / "applications" / "mimeinfo.cache"
    if shutil.which("update-desktop-database"):
        assert f"text/calendar={APP_ID}.desktop;" in cache.read_text(encoding="utf-8")

    removed = _run(home, "desktop", "uninstall", "--user")
    for path in (entry, metainfo, mime_package, scalable, *pngs.values()):
        assert not path.exists(), f"{path} was left behind"
        assert str(path) in removed
    if cache.exists():
        assert APP_ID not in cache.read_text(encoding="utf-8")


def test_user_install_honours_xdg_data_home(tmp_path: Path) -> None:
    home = tmp_path / "home"
    data_home = tmp_path / "elsewhere"
    home.mkdir()
    _run(home, "desktop", "install", "--user", xdg_data_home=data_home)
    assert (data_home / "applications" / f"{APP_ID}.desktop").is_file()
    assert (data_home / "icons/hicolor/48x48/apps" / f"{APP_ID}.png").is_file()
    assert not (home / ".local").exists()


@pytest.mark.parametrize(
    ("program", "quoted"),
    [
        ("/opt/race-planner/race-planner", "/opt/race-planner/race-planner"),
        ("/home/a b/race-planner", '"/home/a b/race-planner"'),
        ('/tmp/x"$y/race-planner', '"/tmp/x\\\\"\\\\$y/race-planner"'),
    ],
)
def test_exec_paths_are_quoted_as_the_desktop_entry_spec_says(program: str, quoted: str) -> None:
    assert quote_exec_argument(program) == quoted


def test_the_shipped_entry_and_metainfo_validate() -> None:
    root = Path(__file__).resolve().parents[2] / "resources" / "desktop"
    subprocess.run([_tool("desktop-file-validate"), str(root / f"{APP_ID}.desktop")], check=True)
    subprocess.run(
        [_tool("appstreamcli"), "validate", "--no-net", str(root / f"{APP_ID}.metainfo.xml")],
        check=True,
        capture_output=True,
    )
