"""Screenshots of every main screen in each translated language, light theme.

Run from the repository root:

    .venv/bin/python packaging/screenshots/shoot_languages.py          # de, fr, es
    .venv/bin/python packaging/screenshots/shoot_languages.py fr       # one language

Each shoot_*.py script runs in a copy of this folder (some write next to
themselves) with ``REFLECT_LANGUAGE`` set, offscreen; the light pictures land in
``packaging/screenshots/<code>/`` under the English names, so a screen can be
compared across languages by its file name. Dark is shot for English only: the
theme does not change with the language, the words do.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SCRIPTS = ("shoot_app.py", "shoot_journal.py", "shoot_guide.py", "shoot_export.py",
           "shoot_data.py", "shoot_reminders.py", "shoot_sync.py")  # fmt: skip


def shoot(code: str) -> list[Path]:
    target = HERE / code
    if target.exists():
        shutil.rmtree(target)
    target.mkdir()
    env = {**os.environ, "REFLECT_LANGUAGE": code, "QT_QPA_PLATFORM": "offscreen"}
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "screenshots"
        shutil.copytree(HERE, copy, ignore=shutil.ignore_patterns("*.png", "??"))
        for script in SCRIPTS:
            subprocess.run(
                [sys.executable, str(copy / script)],
                cwd=ROOT,
                env=env,
                check=True,
                stdout=subprocess.DEVNULL,
            )
        written = []
        for picture in sorted(copy.glob("*-light.png")):
            written.append(Path(shutil.copy2(picture, target / picture.name)))
    return written


def main(argv: list[str]) -> int:
    codes = argv[1:] or ["de", "fr", "es"]
    for code in codes:
        for path in shoot(code):
            print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
