"""Write ``resources/legal/THIRD-PARTY.txt`` and ``resources/legal/LICENSE``.

THIRD-PARTY.txt names every component that ships inside a Reflect package, its
licence, and the licence text or notice itself:

- the Python packages Reflect installs (the runtime dependency closure of
  ``reflect-journal``, read from the installed distributions: their licence
  files are copied verbatim), and
- what those packages carry inside them without Python metadata of its own, and
  the word lists and interpreter: hand-kept notices in ``packaging/legal/notices/``
  (copied from Debian's copyright files of the same components; see each file).

Run it after changing a dependency (tests/packaging/test_legal.py fails until the
notice names every package Reflect depends on)::

    .venv/bin/python packaging/legal/build_third_party.py

resources/legal/LICENSE is a copy of the top-level LICENSE (GPL-3.0-or-later), so
that every package, which ships ``resources/``, carries it; a test keeps the two equal.
"""

from __future__ import annotations

import importlib.metadata as metadata
import re
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NOTICES = Path(__file__).resolve().parent / "notices"
OUT = ROOT / "resources" / "legal"

# Components without Python metadata, in the order a reader meets them.
EXTRA_NOTICES = (
    ("Qt 6, Qt for Python (PySide6, shiboken6)", "LGPL-3.0-only", "qt.txt"),
    ("ICU, shipped inside Qt", "Unicode (MIT-style)", "icu.txt"),
    ("SQLCipher and SQLite, inside sqlcipher3", "BSD-3-Clause; public domain", "sqlcipher.txt"),
    ("OpenSSL 3, inside sqlcipher3 and cryptography", "Apache-2.0", "openssl.txt"),
    ("SCOWL word lists", "SCOWL licence (permissive)", "scowl.txt"),
    ("OpenMedSpel medical word list", "GPL-3.0-or-later", "openmedspel.txt"),
    ("pyspellchecker word frequencies", "MIT", "pyspellchecker.txt"),
    ("Python (bundles only)", "PSF-2.0", "python.txt"),
)
# Packages whose metadata names no licence: what their licence file says.
DECLARED = {"sqlcipher3": "Zlib"}
_LICENCE_FILE = re.compile(r"(?i)(licen[cs]e|copying|notice|authors)")


def _key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def runtime_closure(root: str = "reflect-journal") -> list[metadata.Distribution]:
    """The installed distributions Reflect needs at run time (no extras), sorted."""
    found: dict[str, metadata.Distribution] = {}
    todo = [root]
    while todo:
        name = todo.pop()
        if _key(name) in found:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # a platform-only dependency (tzdata on Windows) not installed here
        found[_key(name)] = dist
        for requirement in dist.requires or []:
            if "extra ==" in requirement:
                continue
            todo.append(re.split(r"[ ;<>=!~\[(]", requirement, maxsplit=1)[0])
    found.pop(_key(root), None)
    return sorted(found.values(), key=lambda d: _key(d.metadata["Name"]))


def _licence(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    if _key(meta["Name"]) in DECLARED:
        return DECLARED[_key(meta["Name"])]
    return meta.get("License-Expression") or (meta.get("License") or "").split("\n")[0] or "?"


def _licence_texts(dist: metadata.Distribution) -> list[str]:
    texts = []
    for file in dist.files or []:
        parts = file.parts
        if parts and parts[0].endswith(".dist-info") and _LICENCE_FILE.search(file.name):
            texts.append(Path(str(dist.locate_file(file))).read_text(encoding="utf-8"))
    return texts


def build() -> str:
    lines = [
        "Reflect: third-party components and their licences",
        "=" * 51,
        "",
        "Reflect itself is free software under the GNU General Public License,",
        "version 3 or (at your option) any later version: see LICENSE.",
        "Reflect's icons were drawn for Reflect and share its licence. Reflect",
        "ships no fonts: it uses the fonts of your system.",
        "",
        "Python packages (licence as the package declares it):",
        "",
    ]
    dists = runtime_closure()
    for dist in dists:
        lines.append(f"  {dist.metadata['Name']} {dist.version}: {_licence(dist)}")
    # Installed only on their own system, so not read from this environment.
    lines.append("  tzdata (Windows only): Apache-2.0")
    lines.append("  pyobjc-core, pyobjc-framework-Cocoa (macOS only): MIT")
    lines += ["", "Inside those packages, and the word lists:", ""]
    for title, licence, _file in EXTRA_NOTICES:
        lines.append(f"  {title}: {licence}")
    for dist in dists:
        texts = _licence_texts(dist)
        if not texts:
            continue  # PySide6 and shiboken6: their notice is Qt's, below
        lines += ["", "", "-" * 72, f"{dist.metadata['Name']} {dist.version}", "-" * 72, ""]
        lines += [text.rstrip() + "\n" for text in texts]
    for title, _licence_name, file in EXTRA_NOTICES:
        lines += ["", "", "-" * 72, title, "-" * 72, ""]
        lines.append((NOTICES / file).read_text(encoding="utf-8").rstrip())
    return "\n".join(lines) + "\n"


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "THIRD-PARTY.txt").write_text(build(), encoding="utf-8")
    shutil.copyfile(ROOT / "LICENSE", OUT / "LICENSE")
    print(f"wrote {OUT / 'THIRD-PARTY.txt'} and {OUT / 'LICENSE'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
