"""Rendering time of the Markdown shapes that once made the preview crawl.

Run: ``.venv/bin/python -m tests.benchmarks.bench_markdown`` (prints one line per
shape, each about 198 KB, the largest entry still parsed as Markdown).
"""

from __future__ import annotations

import time

from reflect.core.journal.markdown_render import MAX_MARKDOWN_CHARS, render_markdown

SIZE = MAX_MARKDOWN_CHARS - 2_000

SHAPES = {
    "term, 60k definitions": "Term\n" + "\n".join(": d" for _ in range(60_000)),
    "9k terms with definitions": "\n".join(f"Term {i}\n: def {i}" for i in range(9_000)),
    "60k '# h' headings": "\n".join("# h" for _ in range(60_000)),
    "60k '---' rules": "\n".join("---" for _ in range(60_000)),
    "60k '***' rules": "\n".join("***" for _ in range(60_000)),
    "30k setext headings": "\n".join("a\n===" for _ in range(30_000)),
    "30k table rows": "| a | b |\n|---|---|\n" + "\n".join("| x | y |" for _ in range(30_000)),
    "40k bullets": "\n".join("- item" for _ in range(40_000)),
    "66k backticks": "`a " * 66_000,
    "50k fences": "```\n" * 50_000,
    "prose": ("A quiet evening after a long shift. " * 10 + "\n\n") * 600,
}


def main() -> None:
    worst = 0.0
    for name, text in SHAPES.items():
        text = text[:SIZE]
        start = time.perf_counter()
        render_markdown(text)
        took = time.perf_counter() - start
        worst = max(worst, took)
        print(f"{name:28} {len(text):>7} chars {took:6.2f} s")
    print(f"{'worst':28} {'':>13} {worst:6.2f} s")


if __name__ == "__main__":
    main()
