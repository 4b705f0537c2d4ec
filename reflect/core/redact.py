"""Public API path (ARCHITECTURE.md): ``from reflect.core.redact import find_identifiers``.

Identifier finding lives in ``reflect.core.privacy.redact``; this keeps the
documented import working for outside checks and scripts.
"""

from reflect.core.privacy.redact import Finding, find_identifiers, redact

__all__ = ["Finding", "find_identifiers", "redact"]
