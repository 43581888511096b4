"""The PyInstaller bundle in dist/race-planner/, run as a family would: no Python, no venv.

Runs after ``packaging/build-bundle.sh`` (``.ci/run`` builds the bundle, then
runs ``pytest -m bundle``); without a bundle every test here is skipped and
says so. ``RACE_PLANNER_BUNDLE`` points at a bundle elsewhere.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = Path(os.environ.get("RACE_PLANNER_BUNDLE", ROOT / "dist" / "race-planner"))
SCREENSHOT = ROOT / "build" / "bundle-window.png"

pytestmark = [
    pytest.mark.bundle,
    pytest.mark.skipif(
        not (BUNDLE / "planner").is_file(),
        reason=f"no bundle in {BUNDLE}: build it with packaging/build-bundle.sh",
    ),
]


def _clean_env(home: Path, **extra: str) -> dict[str, str]:
    """What a desktop session offers: system PATH only (no venv, no PYTHONPATH)."""
    env = {
        "HOME": str(home),
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "LANG": "C.UTF-8",
        "RACE_PLANNER_DATA_DIR": str(home / "data"),
        "XDG_DATA_HOME": str(home / "share"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_RUNTIME_DIR": str(home / "runtime"),
    }
    (home / "runtime").mkdir(parents=True, exist_ok=True, mode=0o700)
    env.update(extra)
    return env


def _planner(home: Path, *arguments: str) -> str:
    result = subprocess.run(
        [str(BUNDLE / "planner"), *arguments],
        capture_output=True,
        text=True,
        env=_clean_env(home, QT_QPA_PLATFORM="offscreen"),
        cwd=home,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, f"planner {' '.join(arguments)}:\n{result.stderr}"
    return result.stdout


@pytest.fixture
def home(tmp_path: Path) -> Path:
    path = tmp_path / "home"
    path.mkdir()
    return path


def test_the_bundle_holds_what_the_app_needs_and_not_what_it_does_not() -> None:
    internal = BUNDLE / "_internal"
    for needed in (
        "planner/resources/circuits.json",
        "planner/resources/icons/app.svg",
        "planner/resources/translations/race_planner_sv.qm",
        "planner/resources/fonts/DejaVuSans.ttf",
        "planner/resources/desktop/se.raceplanner.RacePlanner.desktop",
        "planner/ui/preferences.ui",
        "planner/db/migrations/env.py",
        "planner/db/migrations/versions/0001_initial_schema.py",
        "PySide6/Qt/translations/qtbase_sv.qm",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
    ):
        assert (internal / needed).is_file(), f"{needed} is missing from the bundle"
    # Every dialog's Qt Designer form.
    forms = sorted((ROOT / "ui").glob("*.ui"))
    assert len(forms) >= 18
    for form in forms:
        assert (internal / "planner" / "ui" / form.name).is_file(), f"{form.name} is missing"
    for unused in ("libQt6Network", "libQt6Qml", "libQt6Quick", "libQt6WaylandClient", "libgtk"):
        assert not list(internal.rglob(f"{unused}*")), f"{unused} should be trimmed"
    assert not list((internal / "PySide6/Qt/translations").glob("qtbase_de*"))
    assert (BUNDLE / "race-planner").is_file()
    assert (BUNDLE / "install.sh").is_file()


def test_every_qt_library_in_the_bundle_finds_the_libraries_it_links() -> None:
    # A library trimmed from the bundle that another one links fails only when that one
    # loads (QtUiTools, the dialogs' form loader, links QtOpenGLWidgets): ask the loader.
    internal = BUNDLE / "_internal"
    libraries = sorted(internal.glob("PySide6/Qt/lib/libQt6*.so.6")) + sorted(
        internal.glob("PySide6/Qt*.abi3.so")
    )
    assert any(path.name.startswith("libQt6UiTools") for path in libraries)
    environment = {**os.environ, "LD_LIBRARY_PATH": str(internal / "PySide6" / "Qt" / "lib")}
    missing = {}
    for library in libraries:
        linked = subprocess.run(
            ["ldd", str(library)], capture_output=True, text=True, env=environment, check=False
        ).stdout
        absent = [line.split()[0] for line in linked.splitlines() if "not found" in line]
        if absent:
            missing[library.name] = absent
    assert missing == {}


def test_bundled_planner_version_names_database_data_folder_qt_and_python(home: Path) -> None:
    output = _planner(home, "--db", str(home / "family.sqlite3"), "--version")
    assert output.splitlines()[0].startswith("Race Planner ")
    assert f"Database: {home / 'family.sqlite3'}" in output
    assert f"Data folder: {home / 'data'}" in output
    assert "Qt 6." in output
    assert "Python 3." in output


def test_bundled_planner_builds_the_demo_exports_a_feed_and_prints_a_weekend(home: Path) -> None:
    db = str(home / "family.sqlite3")
    assert "Demo seasons added" in _planner(home, "--db", db, "demo")
    feed = home / "gt4.ics"
    _planner(home, "--db", db, "export", "ics", "--out", str(feed), "--series", "GT4 Europe")
    text = feed.read_text(encoding="utf-8")
    assert text.startswith("BEGIN:VCALENDAR")
    assert "BEGIN:VTIMEZONE" in text
    assert text.count("BEGIN:VEVENT") >= 5
    sheet = home / "hockenheim.pdf"
    _planner(
        home, "--db", db, "--lang", "sv", "print", "weekend", "--series", "GT4 Europe",
        "--season", "2023", "--round", "5", "--out", str(sheet), "--lang", "sv",
    )  # fmt: skip
    pdf_text = subprocess.run(
        ["pdftotext", str(sheet), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Hockenheim" in pdf_text
    assert "september" in pdf_text  # Swedish month names: the bundle's catalogues work
    fonts = subprocess.run(["pdffonts", str(sheet)], capture_output=True, text=True, check=True)
    assert "DejaVuSans" in fonts.stdout  # the bundled font, embedded


def test_bundled_install_script_puts_the_bundle_on_the_desktop(home: Path) -> None:
    env = _clean_env(home, QT_QPA_PLATFORM="offscreen")
    subprocess.run([str(BUNDLE / "install.sh")], env=env, check=True, capture_output=True)
    entry = home / "share" / "applications" / "se.raceplanner.RacePlanner.desktop"
    exec_line = next(
        line for line in entry.read_text(encoding="utf-8").splitlines() if line.startswith("Exec=")
    )
    assert exec_line == f"Exec={(BUNDLE / 'race-planner').absolute()} %f"
    assert (home / "share/icons/hicolor/128x128/apps/se.raceplanner.RacePlanner.png").is_file()
    subprocess.run([str(BUNDLE / "uninstall.sh")], env=env, check=True, capture_output=True)
    assert not entry.exists()


@pytest.fixture
def x_display(tmp_path: Path) -> Iterator[str]:
    """A private Xvfb server; its display name."""
    if shutil.which("Xvfb") is None:
        pytest.fail("Xvfb is missing: scripts/install-system-packages.sh installs it")
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1400x900x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    with os.fdopen(read_end) as pipe:
        number = pipe.readline().strip()
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def _grab(display: str, path: Path) -> bytes:
    subprocess.run(
        ["import", "-display", display, "-window", "root", str(path)],
        check=True,
        capture_output=True,
        timeout=30,
    )
    return path.read_bytes()


def test_bundled_window_starts_under_xvfb_on_the_demo_seasons(home: Path, x_display: str) -> None:
    env = _clean_env(home, DISPLAY=x_display, QT_QPA_PLATFORM="xcb")
    output = home / "window-output.txt"
    with output.open("wb") as sink:
        window = subprocess.Popen(
            [str(BUNDLE / "race-planner")], env=env, stdout=sink, stderr=subprocess.STDOUT
        )
    shot = home / "window.png"
    try:
        # The first start creates the demo seasons; once the log says the database is
        # open, wait until the screen stops changing.
        log = home / "data" / "race-planner.log"
        deadline = time.monotonic() + 120
        previous = b""
        while time.monotonic() < deadline:
            time.sleep(1)
            if window.poll() is not None:
                pytest.fail(f"the bundled window quit: {output.read_text(errors='replace')}")
            if not log.exists() or " opened " not in log.read_text(encoding="utf-8"):
                continue
            current = _grab(x_display, shot)
            if current == previous:
                break
            previous = current
        else:
            pytest.fail("the bundled window never settled")
    finally:
        window.terminate()
        window.wait(timeout=30)
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(shot, SCREENSHOT)

    from PySide6.QtGui import QImage

    image = QImage(str(shot))
    assert not image.isNull()
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
    }
    assert len(colours) > 50, "the screen is (nearly) blank: no window was drawn"
    assert "Traceback" not in log.read_text(encoding="utf-8")
