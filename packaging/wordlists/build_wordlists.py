"""Build the word lists in ``resources/wordlists/`` from pinned, downloaded sources.

Sources (download them, then run this script with their paths):

- ``en-common.txt.gz``: English words from pyspellchecker 0.9.1's
  ``spellchecker/resources/en.json.gz`` (MIT licence; word frequencies from
  OpenSubtitles), keeping words seen at least ``MIN_FREQUENCY`` times, so that
  rare words, where most surnames and many given names sit, are left out.
  Most frequent first: the spell checker ranks its suggestions by this order.
  ``pip download --no-deps pyspellchecker==0.9.1``
- ``en-medical.txt.gz``: Debian's hunspell-en-med 0.0.20140410-4
  (``usr/share/hunspell/en_med_glut.dic``; OpenMedSpel by R. Robinson and
  Glutanimate, GPL-3.0-or-later): drug names, anatomy and clinical terms,
  lowercased, each word with the forms its Hunspell flags allow ("extubate/DNG"
  gives extubated, extubation, extubating). The flags are those of Debian's
  hunspell-en-us 2020.12.07 ``en_US.aff`` (SCOWL licence), the affix file the
  medical list is written for. ``apt-get download hunspell-en-med hunspell-en-us``
- ``en-spelling.txt.gz``: SCOWL 2020.12.07 (Kevin Atkinson; permissive SCOWL
  licence), Debian's ``wamerican-large`` and ``wbritish-large`` (size 70, the
  size meant for spell checking: size 50 lacks "messaging" and "wellness"),
  merged: US and UK spellings, capitals kept ("London", "Tuesday").
  ``apt-get download wamerican-large wbritish-large``

- ``de-common.txt.gz``, ``fr-common.txt.gz``, ``es-common.txt.gz``: the same
  wheel's ``de.json.gz``, ``fr.json.gz``, ``es.json.gz``, so that the identifier
  finder does not take an ordinary word of the language Reflect speaks for a name.
  French and Spanish keep words seen at least ``MIN_FREQUENCY`` times, as English
  does (only a sentence's first word is capitalised there). German keeps every
  word: German capitalises every noun, and most of them sit at these lists' floor
  count of 50 ("Gedanken", "Nachtdienst"), beside the surnames that are also
  German words (Müller, Schmidt, Weber: a title, "Herr Müller", still finds them).

Run::

    python packaging/wordlists/build_wordlists.py pyspellchecker-0.9.1-py3-none-any.whl \\
        en_med_glut.dic en_US.aff american-english-large british-english-large
"""

from __future__ import annotations

import gzip
import json
import re
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

MIN_FREQUENCY = 100
OUT = Path(__file__).resolve().parents[2] / "resources" / "wordlists"


#: The lowest frequency kept, per language (see the module docstring).
LANGUAGE_FLOOR = {"en": MIN_FREQUENCY, "de": 0, "fr": MIN_FREQUENCY, "es": MIN_FREQUENCY}


def common_words(wheel: Path, language: str = "en") -> list[str]:
    with zipfile.ZipFile(wheel) as archive:
        data = archive.read(f"spellchecker/resources/{language}.json.gz")
    frequencies: dict[str, int] = json.loads(gzip.decompress(data))
    floor = LANGUAGE_FLOOR[language]
    kept = [(n, w) for w, n in frequencies.items() if n >= floor and w.isalpha()]
    return [w for _n, w in sorted(kept, key=lambda pair: (-pair[0], pair[1]))]


@dataclass(frozen=True)
class Affix:
    strip: str
    add: str
    condition: re.Pattern[str]
    prefix: bool

    def apply(self, word: str) -> str | None:
        if not self.condition.search(word):
            return None
        if self.prefix:
            if not word.startswith(self.strip):
                return None
            return self.add + word[len(self.strip) :]
        if self.strip and not word.endswith(self.strip):
            return None
        return word[: len(word) - len(self.strip)] + self.add


def read_affixes(aff: Path) -> dict[str, tuple[bool, list[Affix]]]:
    """Flag -> (may combine with the other kind, its rules), from a Hunspell .aff file."""
    rules: dict[str, tuple[bool, list[Affix]]] = {}
    for line in aff.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) < 4 or parts[0] not in ("PFX", "SFX"):
            continue
        prefix = parts[0] == "PFX"
        if parts[1] not in rules:  # the header line: "SFX D Y 4"
            rules[parts[1]] = (parts[2] == "Y", [])
            continue
        strip = "" if parts[2] == "0" else parts[2]
        add = "" if parts[3] == "0" else parts[3].split("/", 1)[0]
        condition = parts[4] if len(parts) > 4 else "."
        pattern = re.compile(f"^{condition}" if prefix else f"{condition}$")
        rules[parts[1]][1].append(Affix(strip, add, pattern, prefix))
    return rules


def expand(word: str, flags: str, rules: dict[str, tuple[bool, list[Affix]]]) -> set[str]:
    """``word`` and every form its flags give, prefixes crossed with suffixes where allowed."""
    forms = {word}
    suffixed: list[tuple[str, bool]] = []
    for flag in flags:
        cross, affixes = rules.get(flag, (False, []))
        for affix in affixes:
            if not affix.prefix and (form := affix.apply(word)):
                forms.add(form)
                suffixed.append((form, cross))
    for flag in flags:
        cross, affixes = rules.get(flag, (False, []))
        for affix in affixes:
            if not affix.prefix:
                continue
            if form := affix.apply(word):
                forms.add(form)
            if cross:
                forms.update(f for base, ok in suffixed if ok and (f := affix.apply(base)))
    return forms


def medical_words(dic: Path, aff: Path) -> list[str]:
    rules = read_affixes(aff)
    words: set[str] = set()
    for line in dic.read_text(encoding="utf-8").splitlines()[1:]:
        word, _, flags = line.strip().partition("/")
        for form in expand(word, flags, rules):
            if form and form.replace("'", "").replace("-", "").isalpha():
                words.add(form.lower())
    return sorted(words)


def spelling_words(*lists: Path) -> list[str]:
    words: set[str] = set()
    for path in lists:
        words.update(w.strip() for w in path.read_text(encoding="utf-8").splitlines())
    words.discard("")
    return sorted(words)


def write(name: str, words: list[str]) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    payload = ("\n".join(words) + "\n").encode("utf-8")
    # mtime=0: the same sources give byte-identical files.
    (OUT / name).write_bytes(gzip.compress(payload, mtime=0))
    print(f"{name}: {len(words)} words")


if __name__ == "__main__":
    wheel, dic, aff, american, british = map(Path, sys.argv[1:6])
    for code in LANGUAGE_FLOOR:
        write(f"{code}-common.txt.gz", common_words(wheel, code))
    write("en-medical.txt.gz", medical_words(dic, aff))
    write("en-spelling.txt.gz", spelling_words(american, british))
