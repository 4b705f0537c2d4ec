"""The Debian package: built from the bundle, installed on this machine, used, removed.

Runs only where it can install a package: as root, with dpkg and apt, and with
REFLECT_BUNDLE naming a built PyInstaller bundle. ``.ci/run`` builds the bundle
and runs this file (``-m installs``); everywhere else it skips.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QIcon

from reflect.core.app_id import APP_ID
from reflect.core.clock import FakeClock
from reflect.core.vault.crypto import KdfParams
from reflect.core.vault.lifecycle import Vault
from tests.helpers.scripts import load_script

ROOT = Path(__file__).parents[2]
pytestmark = [pytest.mark.installs, pytest.mark.slow, pytest.mark.gui]
PASSPHRASE = "a journal that outlives its package"


def _run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, env=env, timeout=600)


@pytest.fixture(scope="module")
def deb(tmp_path_factory: pytest.TempPathFactory, qapp: object) -> Path:
    bundle = os.environ.get("REFLECT_BUNDLE")
    if not bundle:
        pytest.skip("REFLECT_BUNDLE is not set (.ci/run sets it after building the bundle)")
    if os.geteuid() != 0 or not shutil.which("apt-get") or not shutil.which("dpkg-deb"):
        pytest.skip("installing a .deb needs root, apt-get and dpkg-deb")
    if _run("dpkg", "-s", "reflect").returncode == 0:
        pytest.fail("a reflect package is already installed here; remove it first")
    out = tmp_path_factory.mktemp("deb")
    load_script("packaging/icons/make_icons.py").make_all(out / "icons")
    return load_script("packaging/linux/build_deb.py").build(Path(bundle), out / "icons", out)


@pytest.fixture
def installed(deb: Path) -> Iterator[tuple[list[str], set[str]]]:
    """Install the package; yield (its paths, those that existed before); purge it
    afterwards even if the test failed."""
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    names = [
        line.split(" -> ")[0].split(maxsplit=5)[-1].lstrip(".") or "/"
        for line in _run("dpkg-deb", "--contents", str(deb)).stdout.splitlines()
    ]
    paths = [name.rstrip("/") or "/" for name in names]
    existed = {path for path in paths if os.path.lexists(path)}
    result = _run("apt-get", "install", "-y", "--no-install-recommends", str(deb), env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    try:
        yield paths, existed
    finally:
        _run("apt-get", "purge", "-y", "reflect", env=env)


def test_the_package_is_named_and_laid_out_as_debian_expects(deb: Path) -> None:
    assert re.fullmatch(r"reflect_\d+\.\d+\.\d+_[a-z0-9]+\.deb", deb.name), deb.name
    info = _run("dpkg-deb", "--info", str(deb)).stdout
    assert "Package: reflect" in info and "libxcb-cursor0" in info
    listing = _run("dpkg-deb", "--contents", str(deb)).stdout
    for path in (
        "./opt/reflect/reflect",
        "./usr/bin/reflect -> /opt/reflect/reflect",
        f"./usr/share/applications/{APP_ID}.desktop",
        f"./usr/share/metainfo/{APP_ID}.metainfo.xml",
        f"./usr/share/icons/hicolor/scalable/apps/{APP_ID}.svg",
        f"./usr/share/icons/hicolor/256x256/apps/{APP_ID}.png",
        "./usr/share/doc/reflect/copyright",
        "reflect/_resources/legal/THIRD-PARTY.txt",
    ):
        assert path in listing, path
    assert " root/root " in listing  # owned by root, not by whoever built it


def test_installed_it_runs_shows_in_the_menu_and_removes_cleanly(
    installed: tuple[list[str], set[str]], tmp_path: Path
) -> None:
    paths, existed = installed
    home = tmp_path / "home"
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    assert shutil.which("reflect", path=env["PATH"]) == "/usr/bin/reflect"
    result = _run("reflect", "--self-test", env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test passed" in result.stdout
    assert "ok   licence and notices" in result.stdout

    desktop = f"/usr/share/applications/{APP_ID}.desktop"
    check = _run("desktop-file-validate", desktop)
    assert check.returncode == 0 and check.stdout.strip() == "", check.stdout
    assert f"Icon={APP_ID}" in Path(desktop).read_text()
    # The icon name resolves in the system's hicolor theme, as a menu looks it up.
    search_paths, theme = QIcon.themeSearchPaths(), QIcon.themeName()
    try:
        QIcon.setThemeSearchPaths(["/usr/share/icons"])
        QIcon.setThemeName("hicolor")
        icon = QIcon.fromTheme(APP_ID)
        assert not icon.isNull()
        image = icon.pixmap(48, 48).toImage()
        assert image.width() == 48 and image.pixelColor(24, 8).name() == "#2d6a6e"
    finally:
        QIcon.setThemeSearchPaths(search_paths)
        QIcon.setThemeName(theme)

    # A journal in the user's folder, as the installed app keeps it.
    journal = home / ".local" / "share" / "Reflect" / "journal"
    created, _ = Vault.create(
        journal, PASSPHRASE, kdf=KdfParams.cheap_for_tests(), clock=FakeClock()
    )
    created.journal.add_entry(title="Kept", body="Still here after the package is gone.")
    created.lock()

    env_apt = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    removed = _run("apt-get", "purge", "-y", "reflect", env=env_apt)
    assert removed.returncode == 0, removed.stdout + removed.stderr
    assert _run("dpkg", "-s", "reflect").returncode != 0
    # Every file and folder the package brought is gone; folders that were here
    # before (/usr/bin, the icon theme's) stay.
    assert len(paths) > 100 and "/opt/reflect/reflect" in paths
    left = [p for p in paths if p not in existed and os.path.lexists(p)]
    assert left == []
    assert not Path("/opt/reflect").exists()
    # The user's journal is untouched and opens.
    again = Vault.unlock(journal, PASSPHRASE, clock=FakeClock())
    assert [e.title for e in again.journal.list_entries()] == ["Kept"]
    again.lock()
