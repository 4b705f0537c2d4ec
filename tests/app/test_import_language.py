"""An import that fails says why in the user's language, parts and all.

A message about a damaged field is built from translated parts ("the date of"
around "check-in 1"); French and Spanish then contract the articles the parts
put side by side ("de le point" reads "du point"), so the sentence is one a
French or Spanish reader would write.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from reflect.core.portability.importers import load
from reflect.core.portability.importers.common import ImportFailed

pytestmark = pytest.mark.gui


def _export_with_a_bad_checkin_date(folder: Path) -> Path:
    path = folder / "export.json"
    path.write_text(
        json.dumps(
            {
                "format": "reflect-export",
                "version": 1,
                "entries": [],
                "events": [],
                "checkins": [
                    {"id": "3f2b8c1e-0000-4000-8000-000000000001", "created_at": "soon",
                     "distress": 3}
                ],
            }
        ),
        encoding="utf-8",
    )  # fmt: skip
    return path


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("en", "In this file, the date of check-in 1 is not a date and time Reflect understands."
               " Nothing was imported."),
        ("de", "In dieser Datei ist das Datum von Check-in 1 kein Datum mit Uhrzeit, das "
               "Reflect versteht. Nichts wurde importiert."),
        ("fr", "Dans ce fichier, la date du point 1 n’est pas une date et une heure que "
               "Reflect comprend. Rien n’a été importé."),
        ("es", "En este archivo, la fecha del registro 1 no es una fecha y hora que Reflect "
               "entienda. No se importó nada."),
    ],
)  # fmt: skip
def test_a_damaged_field_is_named_in_the_users_language(
    speak: Callable[[str], None], tmp_path: Path, code: str, expected: str
) -> None:
    speak(code)
    with pytest.raises(ImportFailed) as failed:
        load(_export_with_a_bad_checkin_date(tmp_path))
    assert failed.value.message.replace("\u00a0", " ") == expected
