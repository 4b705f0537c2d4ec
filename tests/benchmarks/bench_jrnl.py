"""The same corpus through an encrypted jrnl journal, timed with the real jrnl CLI.

The journal file is written in jrnl's own text format and encrypted with jrnl's
own Jrnlv3Encryption class (what ``jrnl --encrypt`` writes); the password reaches
jrnl through a keyring backend, exactly as a user's stored password would.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from tests.benchmarks.corpus import RARE_WORD, entries

PASSWORD = "benchmark passphrase, long enough"


def available() -> bool:
    return shutil.which("jrnl", path=str(Path(sys.executable).parent)) is not None


def _write_journal(path: Path, size: int, config: dict[str, object]) -> None:
    from jrnl.encryption.Jrnlv3Encryption import Jrnlv3Encryption

    base = datetime(2020, 1, 1)
    parts = []
    for i, (title, body, _tags) in enumerate(entries(size)):
        when = base + timedelta(hours=6 * i)
        parts.append(f"[{when:%Y-%m-%d %I:%M:%S %p}] {title}.\n{body}\n\n")
    encryption = Jrnlv3Encryption("default", config)
    encryption.password = PASSWORD
    path.write_bytes(encryption.encrypt("".join(parts)))


def run(size: int, workdir: Path) -> dict[str, object]:
    journal = workdir / "journal.txt"
    config_file = workdir / "jrnl.yaml"
    from jrnl.__version__ import __version__

    config = {
        "version": __version__,
        "journals": {"default": {"journal": str(journal), "encrypt": True}},
        "editor": "",
        "encrypt": True,
        "template": False,
        "default_hour": 9,
        "default_minute": 0,
        "timeformat": "%F %r",
        "tagsymbols": "#@",
        "highlight": False,
        "linewrap": 79,
        "indent_character": "|",
        "colors": {"body": "none", "date": "none", "tags": "none", "title": "none"},
    }
    from ruamel.yaml import YAML  # jrnl's own YAML library (a JSON config counts as "old")

    with config_file.open("w") as handle:
        YAML().dump(config, handle)
    _write_journal(journal, size, config)
    jrnl = str(Path(sys.executable).parent / "jrnl")
    env = {
        **os.environ,
        "PYTHON_KEYRING_BACKEND": "tests.benchmarks.jrnl_keyring.EnvKeyring",
        "PYTHONPATH": str(Path(__file__).parents[2]),
        "REFLECT_BENCH_JRNL_PASSWORD": PASSWORD,
        "HOME": str(workdir),
        "XDG_CONFIG_HOME": str(workdir / "config"),
        "XDG_DATA_HOME": str(workdir / "data"),
    }
    base_cmd = [jrnl, "--config-file", str(config_file)]

    def timed(args: list[str]) -> float:
        start = time.perf_counter()
        subprocess.run(
            base_cmd + args, env=env, check=True, capture_output=True, stdin=subprocess.DEVNULL
        )
        return time.perf_counter() - start

    search = [timed(["-contains", RARE_WORD, "--short"]) for _ in range(3)]
    add = [
        timed([f"Benchmark entry {i}. A short new entry about the night shift."]) for i in range(3)
    ]
    return {
        "entries": size,
        "search_s": round(statistics.median(search), 3),
        "add_entry_s": round(statistics.median(add), 3),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1),
        "file_mb": round(journal.stat().st_size / 1e6, 1),
    }


if __name__ == "__main__":
    with tempfile.TemporaryDirectory(prefix="reflect-bench-jrnl-") as tmp:
        print(json.dumps(run(int(sys.argv[1]), Path(tmp))))
