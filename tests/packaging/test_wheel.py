"""The wheel alone, installed in a fresh virtual environment, runs and finds everything."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]

pytestmark = [pytest.mark.slow, pytest.mark.network]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(out), str(ROOT)],
        check=True,
        capture_output=True,
    )
    [built] = out.glob("reflect_journal-*.whl")
    return built


def test_the_wheel_carries_the_resources(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    assert "reflect/_resources/content/stages.toml" in names
    assert "reflect/_resources/icons/reflect.svg" in names
    assert "reflect/py.typed" in names
    assert "reflect/_resources/legal/LICENSE" in names
    assert "reflect/_resources/legal/THIRD-PARTY.txt" in names
    assert not any(name.startswith("tests/") for name in names)


def test_installed_from_the_wheel_alone_it_runs_its_self_test(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    bin_dir = venv / ("Scripts" if sys.platform == "win32" else "bin")
    subprocess.run(
        [str(bin_dir / "python"), "-m", "pip", "install", "-q", str(wheel)],
        check=True,
        capture_output=True,
        cwd=tmp_path,
    )
    outside = tmp_path / "elsewhere"  # not the source tree: only the wheel is importable
    outside.mkdir()
    version = subprocess.run(
        [str(bin_dir / "reflect"), "--version"], capture_output=True, text=True, cwd=outside
    )
    assert version.returncode == 0 and version.stdout.startswith("Reflect "), version
    test = subprocess.run(
        [str(bin_dir / "reflect"), "--self-test"],
        capture_output=True,
        text=True,
        cwd=outside,
        env={"PATH": str(bin_dir), "HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"},
    )
    assert test.returncode == 0, test.stdout + test.stderr
    assert "self-test passed" in test.stdout
    assert "FAIL" not in test.stdout
