"""The licence and the third-party notices ship with Reflect and stay complete."""

from __future__ import annotations

from pathlib import Path

from reflect.core import resources
from tests.helpers.scripts import load_script

ROOT = Path(__file__).parents[2]


def test_the_licence_is_the_gpl_3_and_ships_in_resources() -> None:
    licence = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert "GNU GENERAL PUBLIC LICENSE" in licence
    assert "Version 3, 29 June 2007" in licence
    assert resources.read_text("legal/LICENSE") == licence


def test_the_notice_names_every_package_reflect_runs_on() -> None:
    """A new dependency fails this until build_third_party.py is run again."""
    notice = resources.read_text("legal/THIRD-PARTY.txt")
    closure = load_script("packaging/legal/build_third_party.py").runtime_closure()
    names = {dist.metadata["Name"] for dist in closure}
    assert {"PySide6", "cryptography", "sqlcipher3", "Markdown"} <= names
    for name in names:
        assert f"\n  {name} " in notice, f"{name} is missing from THIRD-PARTY.txt"


def test_the_notice_covers_what_has_no_package_of_its_own() -> None:
    notice = resources.read_text("legal/THIRD-PARTY.txt")
    for component in ("SQLCipher", "OpenSSL", "ICU", "SCOWL", "OpenMedSpel", "pyspellchecker"):
        assert component in notice
    # The word lists' licences, by name, as the issue and the README say.
    assert "OpenMedSpel medical word list: GPL-3.0-or-later" in notice
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in notice  # Qt's LGPL, in full
    assert "Apache License" in notice  # OpenSSL's
    assert "Permission to use, copy, modify, distribute and sell these word" in notice  # SCOWL
