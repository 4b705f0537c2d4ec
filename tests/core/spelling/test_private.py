"""The spell checker reads its shipped lists and writes nothing, anywhere."""

from __future__ import annotations

import builtins
import io
import os
from typing import Any

import pytest

from reflect.core.spelling.checker import SpellChecker
from reflect.core.spelling.dictionary import load_dictionary

_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC


def test_loading_checking_and_suggesting_never_open_a_file_for_writing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    writes: list[str] = []
    real_open, real_os_open = builtins.open, os.open

    def guarded_open(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if any(flag in mode for flag in "wax+"):
            writes.append(str(file))
        return real_open(file, mode, *args, **kwargs)

    def guarded_os_open(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if flags & _WRITE_FLAGS:
            writes.append(str(path))
        return real_os_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", guarded_open)
    monkeypatch.setattr(io, "open", guarded_open)
    monkeypatch.setattr(os, "open", guarded_os_open)
    load_dictionary.cache_clear()
    try:
        checker = SpellChecker.for_language("en", ["Bronwyn"])
        assert [w.text for w in checker.misspelled("Bronwyn wrote teh note")] == ["teh"]
        assert checker.suggestions("teh")[0] == "the"
    finally:
        load_dictionary.cache_clear()
    assert writes == []
