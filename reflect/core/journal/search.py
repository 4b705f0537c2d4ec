"""Turn what someone types into the search box into a safe FTS5 query.

Supported: plain words (all must match), prefixes (``repl*``), and phrases in
double quotes (``"night shift"``). Everything else is treated as literal text,
so no input can produce an FTS5 syntax error.
"""

from __future__ import annotations

import re

_TOKEN = re.compile(r'"([^"]*)"?|(\S+)')
_WORD_CHARS = re.compile(r"[\w']+", re.UNICODE)


def _quote(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def build_fts_query(text: str) -> str:
    """Return an FTS5 MATCH expression, or ``""`` when there is nothing to search for."""
    parts: list[str] = []
    for match in _TOKEN.finditer(text):
        phrase, word = match.group(1), match.group(2)
        if phrase is not None:
            words = _WORD_CHARS.findall(phrase)
            if words:
                parts.append(_quote(" ".join(words)))
            continue
        prefix = word.endswith("*")
        pieces = _WORD_CHARS.findall(word)
        if not pieces:
            continue
        # "don't" or "e-mail" split into pieces: keep them together as a phrase.
        quoted = _quote(" ".join(pieces))
        parts.append(quoted + ("*" if prefix else ""))
    return " ".join(parts)
