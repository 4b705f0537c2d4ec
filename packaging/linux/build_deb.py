"""Build ``reflect_<version>_<arch>.deb`` from the PyInstaller one-folder bundle.

Why the bundle and not the wheel in a private venv: the bundle carries its own
Python and Qt, so one package installs on every Debian and Ubuntu release whose C
library is at least the one it was built on (the release workflow builds on Ubuntu
22.04, glibc 2.35), whatever Python the system has, and installing it
needs no network (a venv would have to download or vendor every wheel at install
time). The price is size: 73 MB to download, 245 MB installed (the 0.1.0
package built here, read with ``ls -l`` and ``dpkg-deb --info``; the README too).

Layout (the standard places a desktop looks in):

    /opt/reflect/                                  the bundle (Reflect's own files)
    /usr/bin/reflect -> /opt/reflect/reflect       so `reflect` works in a terminal
    /usr/share/applications/<APP_ID>.desktop       the menu entry
    /usr/share/metainfo/<APP_ID>.metainfo.xml      AppStream (software centres)
    /usr/share/icons/hicolor/<size>/apps/<APP_ID>.{png,svg}
    /usr/share/doc/reflect/copyright               licence pointers (Debian policy)

No maintainer scripts: dpkg's file triggers (from desktop-file-utils and the
icon theme) refresh the menu and icon caches. Removing the package removes
every file above and never touches a user's journal, which lives in their home
folder. Run (after building the bundle and the icons)::

    python packaging/linux/build_deb.py build/pyinstaller/dist/reflect build/icons build/deb
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from reflect.core.app_id import APP_ID  # noqa: E402 - after the path is set

PACKAGE = "reflect"
INSTALL_DIR = Path("opt") / PACKAGE
# Libraries the bundle does not carry: Qt's xcb and Wayland platform plugins and
# OpenGL, as the README's Troubleshooting lists them for the Python route.
DEPENDS = (
    "libc6 (>= {glibc}), libegl1, libgl1, libglib2.0-0, libfontconfig1, libfreetype6, "
    "libdbus-1-3, libxkbcommon0, libxkbcommon-x11-0, libxcb-cursor0, libxcb-icccm4, "
    "libxcb-keysyms1, libxcb-shape0, libxcb-xinerama0, libxcb-randr0, "
    "libxcb-render-util0, libxcb-image0, libxcb-xfixes0, libxcb-sync1, libx11-xcb1"
)


def version() -> str:
    namespace: dict[str, str] = {}
    exec((ROOT / "reflect" / "__init__.py").read_text(), namespace)
    return namespace["__version__"]


def architecture() -> str:
    return subprocess.run(
        ["dpkg", "--print-architecture"], check=True, capture_output=True, text=True
    ).stdout.strip()


def glibc_version() -> str:
    return os.confstr("CS_GNU_LIBC_VERSION").split()[-1]  # "glibc 2.36" -> "2.36"


def _installed_size_kib(tree: Path) -> int:
    total = sum(p.lstat().st_size for p in tree.rglob("*") if not p.is_dir())
    return (total + 1023) // 1024


def control(tree: Path, arch: str) -> str:
    return "\n".join(
        (
            f"Package: {PACKAGE}",
            f"Version: {version()}",
            f"Architecture: {arch}",
            "Maintainer: The Reflect developers <reflect@users.noreply.github.com>",
            f"Installed-Size: {_installed_size_kib(tree)}",
            # The bundle's Python and Qt need the C library they were built against.
            f"Depends: {DEPENDS.format(glibc=glibc_version())}",
            "Section: utils",
            "Priority: optional",
            "Homepage: https://github.com/reflectjournal/reflect",
            "Description: private, offline, encrypted journal for clinicians",
            " Reflect is a quiet place for physicians, nurses and other clinicians to",
            " write in the weeks and months after care goes wrong. Entries are",
            " encrypted on this computer (SQLCipher); Reflect never uses the network.",
            " It is guided by the stages of recovery of the second victim experience,",
            " with prompts, check-ins, support lines, reminders and an export for a",
            " therapist.",
            "",
        )
    )


COPYRIGHT = """\
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: Reflect
Source: https://github.com/reflectjournal/reflect

Files: *
Copyright: The Reflect developers
License: GPL-3+
 Reflect is free software: you can redistribute it and/or modify it under the
 terms of the GNU General Public License as published by the Free Software
 Foundation, either version 3 of the License, or (at your option) any later
 version.
 .
 On Debian systems, the complete text of the GNU General Public License
 version 3 can be found in `/usr/share/common-licenses/GPL-3'. The licences
 of the components bundled in /opt/reflect (Qt, SQLCipher, OpenSSL, the word
 lists and others) are in
 /opt/reflect/_internal/reflect/_resources/legal/THIRD-PARTY.txt
 and in Reflect's Help > About Reflect.
"""


def stage(bundle: Path, icons: Path, tree: Path) -> None:
    """Lay the package's files out under ``tree`` as they will be installed."""
    if tree.exists():
        shutil.rmtree(tree)
    shutil.copytree(bundle, tree / INSTALL_DIR, symlinks=True)
    (tree / "usr" / "bin").mkdir(parents=True)
    os.symlink(f"/{INSTALL_DIR}/reflect", tree / "usr" / "bin" / "reflect")
    share = tree / "usr" / "share"
    for source, folder in (
        (ROOT / "packaging" / "linux" / f"{APP_ID}.desktop", share / "applications"),
        (ROOT / "packaging" / "linux" / f"{APP_ID}.metainfo.xml", share / "metainfo"),
    ):
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, folder / source.name)
    shutil.copytree(icons / "hicolor", share / "icons" / "hicolor")
    doc = share / "doc" / PACKAGE
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(COPYRIGHT, encoding="utf-8")
    for path in tree.rglob("*"):
        if path.is_symlink():
            continue
        executable = path.is_dir() or os.access(path, os.X_OK)
        path.chmod(0o755 if executable else 0o644)


def build(bundle: Path, icons: Path, out: Path) -> Path:
    arch = architecture()
    tree = out / "tree"
    stage(bundle, icons, tree)
    (tree / "DEBIAN").mkdir()
    (tree / "DEBIAN" / "control").write_text(control(tree, arch), encoding="utf-8")
    target = out / f"{PACKAGE}_{version()}_{arch}.deb"
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(tree), str(target)],
        check=True,
        capture_output=True,
    )
    shutil.rmtree(tree)
    return target


def main(argv: list[str]) -> int:
    if len(argv) != 4:
        print(__doc__)
        return 2
    print(build(Path(argv[1]), Path(argv[2]), Path(argv[3])))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
