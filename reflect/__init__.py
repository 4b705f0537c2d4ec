"""Reflect: a private, offline journal for clinicians after an adverse event."""

__version__ = "0.1.0"
