"""Regenerate the UI's translation catalogues in ``resources/i18n``.

1. ``pyside6-lupdate`` reads every ``tr()`` and ``QCoreApplication.translate()``
   in ``reflect/ui`` and ``reflect/app``, and every ``tr_core()`` in
   ``reflect/core`` (core's user-facing words; core stays Qt-free), into
   ``reflect_<code>.ts`` for each language of ``reflect.core.language`` (new
   strings arrive marked unfinished; strings that left the code are dropped).
2. The pseudo language's catalogue is filled in here: every string lengthened and
   accented (``reflect.core.language.pseudo``), so that it is always complete and
   a screen in it shows what escaped translation (a string built outside ``tr()``,
   or under a context the code does not run with) and what a layout clips.
3. ``pyside6-lrelease`` compiles each ``.ts`` into the ``.qm`` the app loads.

Both files are committed, so a wheel, a bundle and a checkout load the same
catalogues without a build step. Translators edit the ``.ts`` files (Qt Linguist:
``.venv/bin/pyside6-linguist resources/i18n/reflect_de.ts``), then run::

    .venv/bin/python packaging/i18n/update_catalogues.py

``tests/ui/test_catalogues.py`` fails when the code has a string a shipped
catalogue lacks, when an offered language has an unfinished entry, or when a
``.qm`` is older than its ``.ts``.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from reflect.core import language  # noqa: E402 - after the path is set

I18N = ROOT / "resources" / "i18n"
BIN = Path(sys.executable).parent


def sources() -> list[Path]:
    return sorted(
        p
        for folder in ("reflect/ui", "reflect/app", "reflect/core")
        for p in (ROOT / folder).rglob("*.py")
    )


def codes() -> list[str]:
    return [lang.code for lang in (*language.LANGUAGES, *language.IN_PROGRESS)] + [language.PSEUDO]


def extract(ts: Path, code: str) -> None:
    """Run lupdate for one catalogue (creating it if new). English, the source, has
    a catalogue of its plural forms only ("%n entry(s)" -> "1 entry", "%n entries")."""
    listing = ts.with_suffix(".files")
    listing.write_text("\n".join(str(p) for p in sources()) + "\n", encoding="utf-8")
    try:
        subprocess.run(
            [
                str(BIN / "pyside6-lupdate"),
                f"@{listing}",
                "-no-obsolete",
                # Core's words (reflect.core.language.tr_core), read like tr().
                "-tr-function-alias",
                "tr+=tr_core",
                "-locations",
                "none",
                "-source-language",
                "en",
                "-target-language",
                "en" if code == language.PSEUDO else code,
                *(["-pluralonly"] if code == language.SOURCE else []),
                "-ts",
                str(ts),
            ],
            check=True,
            capture_output=True,
        )
    finally:
        listing.unlink()


def fill_pseudo(ts: Path) -> None:
    tree = ET.parse(ts)
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        forms = translation.findall("numerusform")
        if message.get("numerus") == "yes":
            for form in forms or [ET.SubElement(translation, "numerusform")]:
                form.text = language.pseudo(source)
        else:
            translation.text = language.pseudo(source)
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def compile_catalogue(ts: Path) -> None:
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
        check=True,
        capture_output=True,
    )


def update(folder: Path = I18N) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for code in codes():
        ts = folder / f"reflect_{code}.ts"
        extract(ts, code)
        if code == language.PSEUDO:
            fill_pseudo(ts)
        compile_catalogue(ts)
        written += [ts, ts.with_suffix(".qm")]
    return written


def main() -> int:
    for path in update():
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
