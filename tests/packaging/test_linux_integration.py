"""Linux desktop integration files are valid, and the Flatpak sandbox has no network."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from reflect.core.app_id import APP_ID
from tests.helpers.scripts import load_script

PACKAGING = Path(__file__).parents[2] / "packaging"
DESKTOP = PACKAGING / "linux" / f"{APP_ID}.desktop"
METAINFO = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
FLATPAK = PACKAGING / "flatpak" / f"{APP_ID}.yml"


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        if os.environ.get("CI"):
            pytest.fail(f"{name} is required in CI (.ci/run installs it)")
        pytest.skip(f"{name} is not installed")
    return path


def test_desktop_file_is_valid_and_names_the_app_id() -> None:
    result = subprocess.run(
        [_tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == ""  # not even a hint
    text = DESKTOP.read_text()
    assert f"Icon={APP_ID}" in text
    assert "Exec=reflect" in text


def test_appstream_metainfo_is_valid_with_screenshots_and_release_notes() -> None:
    result = subprocess.run(
        [_tool("appstreamcli"), "validate", "--no-net", "--pedantic", str(METAINFO)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    text = METAINFO.read_text()
    assert f"<id>{APP_ID}</id>" in text
    assert "<screenshot" in text
    assert "<release version=" in text
    # Every screenshot the metainfo shows exists in the repository.
    for name in re.findall(r"packaging/screenshots/([\w.-]+\.png)", text):
        assert (PACKAGING / "screenshots" / name).exists(), name


def test_flatpak_manifest_grants_no_network() -> None:
    text = FLATPAK.read_text()
    active = "\n".join(line.split("#", 1)[0] for line in text.splitlines())
    finish_args = re.findall(r"^\s*-\s*(--[\w-]+(?:=[^\s]+)?)", active, flags=re.M)
    assert "--share=ipc" in finish_args  # the list was really parsed
    assert not any("network" in arg for arg in finish_args)
    assert "--share=network" not in active
    assert f"app-id: {APP_ID}" in text


def test_the_scalable_icon_is_an_svg() -> None:
    icon = Path(__file__).parents[2] / "resources" / "icons" / "reflect.svg"
    assert icon.read_text().lstrip().startswith("<svg")


def test_flatpak_python_packages_are_all_pinned_by_url_and_sha256() -> None:
    """flatpak-builder downloads exactly these files and checks them; pip then
    installs from them alone (--no-index). Every package Reflect runs on is there."""
    import json

    assert "- python-dependencies.json" in FLATPAK.read_text()
    module = json.loads((PACKAGING / "flatpak" / "python-dependencies.json").read_text())
    [command] = module["build-commands"]
    assert "--no-index" in command and "--find-links" in command
    filenames = []
    for source in module["sources"]:
        assert source["type"] == "file"
        assert source["url"].startswith("https://files.pythonhosted.org/packages/")
        assert re.fullmatch(r"[0-9a-f]{64}", source["sha256"])
        assert set(source.get("only-arches", ["x86_64"])) <= {"x86_64", "aarch64"}
        filenames.append(source["url"].rsplit("/", 1)[1])
    generator = load_script("packaging/flatpak/generate_sources.py")
    pins = generator.read_pins()
    for name, version in pins:
        wanted = (generator.normalise(name), version)
        found = [f for f in filenames if generator._name_version(f) == wanted]
        # A compiled package has a wheel per architecture; a pure one a single file.
        assert len(found) in (1, 2), (name, version, found)
        assert name in command
    third_party = load_script("packaging/legal/build_third_party.py")
    pinned = {generator.normalise(name) for name, _version in pins}
    for dist in third_party.runtime_closure():
        name = generator.normalise(dist.metadata["Name"])
        assert name in pinned or name in generator.FROM_BASE_APP, name
