"""The guide content in other languages: a layer of translated strings over English.

English (``resources/content/*.toml``) is the source. A language's folder
(``resources/content/<code>/``) holds files of the same names and shapes holding
only what is translated, so every missing string falls back to English, key by
key. A *key* is a path to one translatable value: ``("prompt", "s1-ground-1",
"text")``, ``("stage", "3", "what_helps")`` (a list of strings is one key). Lists
of tables are matched by their ``id`` (or a stage's ``number``), never by
position, so prompt ids, the 14-day no-repeat and exercise drafts survive a
change of language.

What is never translated: identifiers and vocabularies (``NOT_TRANSLATED``),
sources, and the support lines (each line is written in its own country's
language and checked against its service's page). Of ``support.toml`` only what
belongs to no one country is translated (``support_keys``): the country names,
shown in a menu, and the international directory's words, which anyone anywhere
may be reading. The PHQ-2 and GAD-2 wording
(``INSTRUMENT_KEYS``) may be replaced only by a validated published translation,
named in ``instrument_source``; a language without one shows no weekly screen.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from reflect.core.guide.content import ContentError
from reflect.core.guide.content_sources import (
    ContentSource,
    FolderSource,
    ResourceSource,
    parse_toml,
)

KeyPath = tuple[str, ...]

NOT_TRANSLATED = frozenset({"id", "kind", "phase", "country", "source", "contact", "number"})
SUPPORT_FILE = "support.toml"
#: The international directory's fields a language translates (its name is its own).
SUPPORT_DIRECTORY_FIELDS = ("hours", "notes")
INTERNATIONAL = "INT"
CHECKIN_FILE = "checkin.toml"
INSTRUMENT_KEYS = frozenset({"phq2_items", "gad2_items", "phq_attribution", "frequency_options"})
INSTRUMENT_SOURCE = "instrument_source"


def _identity(table: Mapping[str, Any], index: int) -> str:
    for key in ("id", "number"):
        if key in table:
            return str(table[key])
    return str(index)


def translatable_keys(base: Mapping[str, Any]) -> dict[KeyPath, Any]:
    """Every translatable value of an English file, by key."""
    found: dict[KeyPath, Any] = {}

    def walk(value: Any, path: KeyPath) -> None:
        if isinstance(value, Mapping):
            for key, item in value.items():
                if key not in NOT_TRANSLATED:
                    walk(item, (*path, key))
        elif isinstance(value, list) and value and all(isinstance(v, Mapping) for v in value):
            for index, item in enumerate(value):
                walk(item, (*path, _identity(item, index)))
        elif isinstance(value, str) or (
            isinstance(value, list) and all(isinstance(v, str) for v in value)
        ):
            found[path] = value

    walk(base, ())
    return found


def support_keys(base: Mapping[str, Any]) -> dict[KeyPath, Any]:
    """The translatable values of ``support.toml``: country names and the words of
    the lines for no one country ("INT"), never a country's own service."""
    found: dict[KeyPath, Any] = {}
    for code, country in base.get("countries", {}).items():
        found[("countries", code)] = country
    for line in base.get("line", []):
        if line.get("country") == INTERNATIONAL:
            for field in SUPPORT_DIRECTORY_FIELDS:
                if isinstance(line.get(field), str):
                    found[("line", str(line["id"]), field)] = line[field]
    return found


def translatable(name: str, base: Mapping[str, Any]) -> dict[KeyPath, Any]:
    """Every value of the English file ``name`` that a language may translate."""
    return support_keys(base) if name == SUPPORT_FILE else translatable_keys(base)


def layer_keys(name: str, layer: Mapping[str, Any], base: Mapping[str, Any]) -> set[KeyPath]:
    """The keys a language's file translates (checked against English's shape)."""
    return set(_flatten_layer(name, layer, base))


def overlay(name: str, base: dict[str, Any], layer: Mapping[str, Any]) -> dict[str, Any]:
    """English ``base`` with the language's ``layer`` laid over it, key by key.

    Raises ContentError if the layer carries a key English does not have, a value
    of another shape, or anything that is never translated.
    """
    values = _flatten_layer(name, layer, base)
    result: dict[str, Any] = _copy(base)
    for path, value in values.items():
        _set(result, path, value)
    return result


def transformed(name: str, base: dict[str, Any], change: Callable[[str], str]) -> dict[str, Any]:
    """Every translatable string of the file ``name`` passed through ``change`` (the
    pseudo language)."""
    result: dict[str, Any] = _copy(base)
    for path, value in translatable(name, base).items():
        _set(result, path, change(value) if isinstance(value, str) else [change(v) for v in value])
    return result


def _flatten_layer(
    name: str, layer: Mapping[str, Any], base: Mapping[str, Any]
) -> dict[KeyPath, Any]:
    english = translatable(name, base)
    anywhere = translatable_keys(base)
    values: dict[KeyPath, Any] = {}

    def fail(path: KeyPath, why: str) -> ContentError:
        return ContentError(f"{name}: {'.'.join(path) or 'the file'}: {why}")

    def walk(value: Any, path: KeyPath) -> None:
        if isinstance(value, Mapping):
            for key, item in value.items():
                if key == INSTRUMENT_SOURCE and not path and name == CHECKIN_FILE:
                    continue
                if key in ("id", "number") and path and isinstance(item, str | int):
                    continue  # the id that names a table, already in the path
                if key in NOT_TRANSLATED:
                    raise fail((*path, key), "is never translated")
                walk(item, (*path, key))
        elif isinstance(value, list) and value and all(isinstance(v, Mapping) for v in value):
            for index, item in enumerate(value):
                walk(item, (*path, _identity(item, index)))
        else:
            if path not in english and path in anywhere:
                raise fail(path, "is never translated (a line is in its own country's language)")
            if path not in english:
                raise fail(path, "is not in the English file (removed or renamed there?)")
            if type(value) is not type(english[path]) or (
                isinstance(value, list) and not all(isinstance(v, str) for v in value)
            ):
                raise fail(path, "has another shape than in English")
            values[path] = value

    walk(layer, ())
    if name == CHECKIN_FILE and any(p[0] in INSTRUMENT_KEYS for p in values):
        source = layer.get(INSTRUMENT_SOURCE)
        if not isinstance(source, str) or not source.strip():
            raise ContentError(
                f"{name}: the PHQ-2 and GAD-2 may only be replaced by a validated published "
                f"translation, named in {INSTRUMENT_SOURCE}"
            )
    return values


def is_instrument(name: str, key: KeyPath) -> bool:
    """A PHQ-2/GAD-2 key: translated only with a validated source, so never "missing"."""
    return name == CHECKIN_FILE and key[0] in INSTRUMENT_KEYS


def has_validated_instruments(layer: Mapping[str, Any] | None) -> bool:
    """True if a language's check-in file brings the validated PHQ-2 and GAD-2."""
    if layer is None:
        return False
    return all(key in layer for key in INSTRUMENT_KEYS) and bool(layer.get(INSTRUMENT_SOURCE))


def _copy(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {k: _copy(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_copy(v) for v in value]
    return value


def _set(target: Any, path: KeyPath, value: Any) -> None:
    node = target
    for step in path[:-1]:
        node = _child(node, step)
    last = path[-1]
    if isinstance(node, list):
        index = next(i for i, item in enumerate(node) if _identity(item, i) == last)
        node[index] = value
    else:
        node[last] = value


def _child(node: Any, step: str) -> Any:
    if isinstance(node, list):
        return next(item for i, item in enumerate(node) if _identity(item, i) == step)
    return node[step]


def untranslated_keys(language: str, root: Path | None = None) -> set[tuple[str, ...]]:
    """The keys English has that ``language`` leaves to English, each prefixed with
    its file's name (the PHQ-2/GAD-2 aside: they need a validated translation).

    Raises:
        ContentError: the language carries a key English does not have, or a value
            of another shape (removed or renamed in English?).
    """
    source: ContentSource = ResourceSource() if root is None else FolderSource(root)
    missing: set[tuple[str, ...]] = set()
    for name in source.names():
        base = parse_toml(name, source.read(name))
        text = source.read_optional(f"{language}/{name}")
        layer = parse_toml(f"{language}/{name}", text) if text is not None else {}
        have = layer_keys(name, layer, base)
        for key in translatable(name, base):
            if key not in have and not is_instrument(name, key):
                missing.add((name, *key))
    return missing
