"""What the release workflow builds for Windows and macOS, read from its sources.

These packages are built and tested only by .github/workflows/release.yml (there
is no Windows or macOS here); .ci/run lints the workflow with actionlint. These
checks hold the promises the README makes about them to the files that keep them.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).parents[2]
ISS = (ROOT / "packaging" / "windows" / "reflect.iss").read_text(encoding="utf-8")
SPEC = (ROOT / "packaging" / "pyinstaller" / "reflect.spec").read_text(encoding="utf-8")
WORKFLOW = (ROOT / ".github" / "workflows" / "release.yml").read_text(encoding="utf-8")


def _setting(name: str) -> str:
    match = re.search(rf"^{name}=(.*)$", ISS, flags=re.M)
    assert match, name
    return match.group(1).strip()


def test_the_windows_installer_is_per_user_with_a_start_menu_entry() -> None:
    assert _setting("PrivilegesRequired") == "lowest"  # no administrator rights
    assert _setting("DefaultDirName") == r"{autopf}\Reflect"  # %LOCALAPPDATA%\Programs
    assert re.search(
        r'^Name: "\{autoprograms\}\\Reflect"; Filename: "\{app\}\\reflect.exe"', ISS, re.M
    )
    assert _setting("SetupIconFile").endswith(r"build\icons\reflect.ico")
    assert _setting("LicenseFile").endswith("LICENSE")


def test_uninstalling_keeps_the_journal_unless_the_box_is_ticked() -> None:
    code = ISS.split("[Code]", 1)[1]
    assert "DeleteJournalBox.Checked := False;" in code  # unticked by default
    assert "Form.ActiveControl := CancelButton;" in code
    # The journal folder is deleted in one place only, behind the user's tick.
    assert code.count("DelTree(") == 1
    assert re.search(r"if DeleteJournal then\s+DelTree\(JournalFolder\(\)", code)
    # The start-at-login value would point at a removed program: always removed.
    run_key = "'Software\\Microsoft\\Windows\\CurrentVersion\\Run'"
    assert f"RegDeleteValue(HKEY_CURRENT_USER, {run_key}, 'Reflect')" in code
    # Where platformdirs keeps Reflect's data on Windows (AppPaths.for_user).
    assert "ExpandConstant('{localappdata}\\Reflect')" in code


def test_the_mac_app_is_a_retina_bundle_with_its_icon() -> None:
    assert "BUNDLE(" in SPEC and 'name="Reflect.app"' in SPEC
    assert '"NSHighResolutionCapable": True' in SPEC
    assert '"NSRequiresAquaSystemAppearance": False' in SPEC  # follows dark mode
    assert 'icon_file("reflect.icns")' in SPEC
    assert "bundle_identifier=APP_ID" in SPEC
    assert 'version=windows_version_file() if sys.platform == "win32"' in SPEC


def test_every_package_is_installed_and_self_tested_then_checksummed() -> None:
    for job in ("linux-deb", "linux-flatpak", "windows", "macos"):
        section = WORKFLOW.split(f"\n  {job}:", 1)[1].split("\n  publish:", 1)[0]
        section = re.split(r"\n  [a-z-]+:\n", section, maxsplit=1)[0]
        assert "--self-test" in section, job
    assert "sha256sum -- * > SHA256SUMS" in WORKFLOW
    # Signing is conditional on the CI service's secrets, never on files in the repository.
    for secret in (
        "WINDOWS_CERTIFICATE_PFX_BASE64",
        "MACOS_SIGNING_IDENTITY",
        "APPLE_APP_PASSWORD",
    ):
        assert f"secrets.{secret}" in WORKFLOW
    assert (
        "notarytool submit" in (ROOT / "packaging" / "macos" / "sign_and_notarise.sh").read_text()
    )
