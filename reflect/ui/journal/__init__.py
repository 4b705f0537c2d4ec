"""The journal page: entry list, editor (fields, formatting, notes, identifier
marks, Markdown highlighting and preview)."""
