"""Pin every Python package the Flatpak build installs: URL and sha256 of each file.

Flatpak builds have no network, so flatpak-builder downloads each file listed in
``python-dependencies.json`` before the build and checks its sha256; pip then
installs from those files only (``--no-index``). This script writes that module
from ``pins.txt`` (``name==version`` lines), asking PyPI's Simple API (JSON,
PEP 691) for the files of each version:

- a pure-Python wheel (``py3-none-any``) when there is one, for every architecture;
- otherwise the CPython 3.12 wheel (the runtime's Python: the KDE 6.8 runtime is
  built on freedesktop-sdk 24.08) for x86_64 and for aarch64, each marked
  ``only-arches``;
- otherwise the sdist, built in the sandbox.

PySide6 and shiboken6 are not pinned here: the PySide BaseApp
(``io.qt.PySide.BaseApp``, named in the manifest) provides them.

Refresh the pins from the virtual environment the tests ran in, then the module::

    .venv/bin/python packaging/flatpak/generate_sources.py --freeze
    .venv/bin/python packaging/flatpak/generate_sources.py
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
PINS = HERE / "pins.txt"
MODULE = HERE / "python-dependencies.json"
SIMPLE = "https://pypi.org/simple/{name}/"
PYTHON_TAG = "cp312"
ARCHES = {"x86_64": "x86_64", "aarch64": "aarch64"}
FROM_BASE_APP = {"pyside6", "pyside6-essentials", "pyside6-addons", "shiboken6"}
# What `pip install .` of Reflect itself needs in the sandbox (the build backend).
BUILD_TOOLS = ("hatchling", "packaging", "pathspec", "pluggy", "trove-classifiers")


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def read_pins(path: Path = PINS) -> list[tuple[str, str]]:
    pins = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, version = line.split("==")
            pins.append((name.strip(), version.strip()))
    return pins


def _name_version(filename: str) -> tuple[str, str] | None:
    if filename.endswith(".whl"):
        parts = filename.split("-")
        return normalise(parts[0]), parts[1]
    if filename.endswith(".tar.gz"):
        stem, _, version = filename[: -len(".tar.gz")].rpartition("-")
        return normalise(stem), version
    return None


def _cp312_ok(filename: str) -> bool:
    tags = filename[:-4].split("-")[-3:]
    python, abi = tags[0], tags[1]
    if python == PYTHON_TAG and abi == PYTHON_TAG:
        return True
    # abi3 wheels built for an older CPython run on 3.12.
    return abi == "abi3" and python.startswith("cp3") and int(python[3:]) <= 12


def choose_files(
    name: str, version: str, files: list[dict[str, object]]
) -> list[dict[str, object]]:
    """The flatpak-builder sources for one pinned package."""
    mine = [
        f
        for f in files
        if _name_version(str(f["filename"])) == (normalise(name), version) and not f.get("yanked")
    ]

    def source(file: dict[str, object], arch: str | None = None) -> dict[str, object]:
        hashes = file["hashes"]
        assert isinstance(hashes, dict)
        entry: dict[str, object] = {"type": "file", "url": file["url"], "sha256": hashes["sha256"]}
        if arch:
            entry["only-arches"] = [arch]
        return entry

    pure = [f for f in mine if str(f["filename"]).endswith("-none-any.whl")]
    if pure:
        return [source(pure[0])]
    chosen = []
    for arch, platform in ARCHES.items():
        wheels = [
            f
            for f in mine
            if str(f["filename"]).endswith(".whl")
            and _cp312_ok(str(f["filename"]))
            and "manylinux" in str(f["filename"])
            and platform in str(f["filename"])
        ]
        if wheels:
            chosen.append(source(sorted(wheels, key=lambda f: str(f["filename"]))[-1], arch))
    if len(chosen) == len(ARCHES):
        return chosen
    sdists = [f for f in mine if str(f["filename"]).endswith(".tar.gz")]
    if not sdists:
        raise SystemExit(f"no usable file for {name}=={version}")
    return [source(sdists[0])]


def fetch_files(name: str) -> list[dict[str, object]]:
    request = urllib.request.Request(
        SIMPLE.format(name=normalise(name)),
        headers={"Accept": "application/vnd.pypi.simple.v1+json"},
    )
    with urllib.request.urlopen(request, timeout=60) as response:
        files: list[dict[str, object]] = json.load(response)["files"]
        return files


def build_module(pins: list[tuple[str, str]]) -> dict[str, object]:
    sources: list[dict[str, object]] = []
    for name, version in pins:
        sources += choose_files(name, version, fetch_files(name))
    names = " ".join(name for name, _version in pins)
    return {
        "name": "python-dependencies",
        "buildsystem": "simple",
        "build-commands": [
            'pip3 install --verbose --exists-action=i --no-index --find-links="file://${PWD}" '
            f"--prefix=${{FLATPAK_DEST}} --no-build-isolation {names}"
        ],
        "sources": sources,
    }


def freeze() -> None:
    """Write pins.txt from this environment: Reflect's runtime closure + the build tools."""
    spec = importlib.util.spec_from_file_location(
        "build_third_party", HERE.parent / "legal" / "build_third_party.py"
    )
    assert spec is not None and spec.loader is not None
    legal = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(legal)
    lines = ["# Generated by generate_sources.py --freeze: what the tests ran with."]
    for dist in legal.runtime_closure():
        if normalise(dist.metadata["Name"]) not in FROM_BASE_APP:
            lines.append(f"{dist.metadata['Name']}=={dist.version}")
    lines.append("# The build backend, for `pip install .` of Reflect itself (newest on PyPI).")
    for tool in BUILD_TOOLS:
        versions = [
            str(f["filename"]).split("-")[1]
            for f in fetch_files(tool)
            if str(f["filename"]).endswith("-none-any.whl") and not f.get("yanked")
        ]
        newest = max(versions, key=lambda v: [int(p) if p.isdigit() else -1 for p in v.split(".")])
        lines.append(f"{tool}=={newest}")
    PINS.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--freeze", action="store_true", help="rewrite pins.txt first")
    args = parser.parse_args(argv[1:])
    if args.freeze:
        freeze()
    module = build_module(read_pins())
    MODULE.write_text(json.dumps(module, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {MODULE} ({len(module['sources'])} files)")  # type: ignore[arg-type]
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
