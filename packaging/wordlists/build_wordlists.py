"""Build the two word lists the identifier finder reads (resources/wordlists/).

Sources, pinned (download them, then run this with their paths):

- ``en-common.txt.gz``: English words from pyspellchecker 0.9.1's
  ``spellchecker/resources/en.json.gz`` (MIT licence; word frequencies from
  OpenSubtitles), keeping words seen at least ``MIN_FREQUENCY`` times, so that
  rare words, where most surnames and many given names sit, are left out.
  ``pip download --no-deps pyspellchecker==0.9.1``
- ``en-medical.txt.gz``: Debian's hunspell-en-med 0.0.20140410-4
  (``usr/share/hunspell/en_med_glut.dic``; OpenMedSpel by R. Robinson and
  Glutanimate, GPL-3.0-or-later): drug names, anatomy and clinical terms, with the
  Hunspell affix flags removed. ``apt-get download hunspell-en-med``

Run: ``python packaging/wordlists/build_wordlists.py WHEEL.whl en_med_glut.dic``
"""

from __future__ import annotations

import gzip
import json
import sys
import zipfile
from pathlib import Path

MIN_FREQUENCY = 100
OUT = Path(__file__).resolve().parents[2] / "resources" / "wordlists"


def common_words(wheel: Path) -> list[str]:
    with zipfile.ZipFile(wheel) as archive:
        data = archive.read("spellchecker/resources/en.json.gz")
    frequencies: dict[str, int] = json.loads(gzip.decompress(data))
    return sorted(w for w, n in frequencies.items() if n >= MIN_FREQUENCY and w.isalpha())


def medical_words(dic: Path) -> list[str]:
    words = set()
    for line in dic.read_text(encoding="utf-8").splitlines()[1:]:
        word = line.split("/", 1)[0].strip()
        if word and not word.startswith(" ") and word.replace("'", "").replace("-", "").isalpha():
            words.add(word.lower())
    return sorted(words)


def write(name: str, words: list[str]) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    payload = ("\n".join(words) + "\n").encode("utf-8")
    # mtime=0: the same sources give byte-identical files.
    (OUT / name).write_bytes(gzip.compress(payload, mtime=0))
    print(f"{name}: {len(words)} words")


if __name__ == "__main__":
    write("en-common.txt.gz", common_words(Path(sys.argv[1])))
    write("en-medical.txt.gz", medical_words(Path(sys.argv[2])))
