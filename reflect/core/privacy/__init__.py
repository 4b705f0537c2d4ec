"""Finding and hiding what could identify someone: ``redact`` (the finder and the
redaction), ``patterns`` (numbers, dates, addresses), ``lexicon`` (word lists).
Depends on nothing but the kernel."""
