"""Performance figures, printed as JSON (not part of the pass/fail suite).

Run: ``.venv/bin/python -m tests.benchmarks`` (see README, "Benchmarks").
"""
