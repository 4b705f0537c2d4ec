"""What the user wrote: entries, search and the data they are made of.

- ``repository``: ``Journal``, the entries (and, through the guide's store, the
  events, check-ins and guide data) behind one SQLCipher connection.
- ``search``: turning what the user types into an FTS5 query.
- ``models``: the plain data classes (``Entry``, ``Event``, ``CheckIn``...).
- ``markdown_render``: safe Markdown to HTML for the preview and exports.

``from reflect.core.journal import Journal`` (the public API) works from here;
``Journal`` is loaded on first use, so that importing a small module of this
package (``models``) never pulls the whole repository in (nor a cycle).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reflect.core.journal.repository import Journal

__all__ = ["Journal"]


def __getattr__(name: str) -> object:
    if name == "Journal":
        from reflect.core.journal.repository import Journal

        return Journal
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
