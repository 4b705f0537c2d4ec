"""render_markdown: Markdown in, harmless HTML out (previews and therapist exports)."""

from __future__ import annotations

import re
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reflect.core.journal.markdown_render import MAX_MARKDOWN_CHARS, render_markdown


def test_plain_markdown_renders_as_expected() -> None:
    html = render_markdown(
        "# After the review\n\nI felt **heavy** and *tired*.\n\n- slept\n- walked"
    )
    assert "<h1>After the review</h1>" in html
    assert "<strong>heavy</strong>" in html
    assert "<em>tired</em>" in html
    assert "<li>slept</li>" in html


def test_empty_text_gives_empty_html() -> None:
    assert render_markdown("") == ""
    assert render_markdown("  \n\n ") == ""


@pytest.mark.parametrize(
    "source",
    [
        "<script>alert(1)</script>",
        "before <script>alert(1)</script> after",
        "<SCRIPT SRC=http://evil.example/x.js></SCRIPT>",
        "```\n<script>alert(1)</script>\n```",
        "<div><script>alert(1)</script></div>\n\nnext",
    ],
)
def test_script_tags_never_survive(source: str) -> None:
    html = render_markdown(source)
    assert "<script" not in html.lower()


def test_raw_html_is_shown_as_text_not_interpreted() -> None:
    html = render_markdown('Hello <b onclick="steal()">there</b> <div style="x">box</div>')
    assert "<b" not in html
    assert "<div" not in html
    assert "&lt;b onclick" in html  # the user sees what they typed
    assert "onclick=" not in html.replace("&lt;b onclick=", "")


def test_javascript_and_other_schemes_lose_their_href() -> None:
    html = render_markdown(
        "[a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) [c](data:text/html,hi) "
        "[d](vbscript:x) [e](file:///etc/passwd) [f](relative/page.html)"
    )
    assert "href" not in html
    for word in ("javascript", "data:", "vbscript", "file:", "relative/page"):
        assert word not in html.lower()
    assert html.count("<a ") == 6  # the link text stays readable


def test_safe_links_kept_inert() -> None:
    html = render_markdown("[guide](https://example.org/a) <mailto:me@example.org> [x](http://a.b)")
    assert 'href="https://example.org/a"' in html
    assert 'href="mailto:me@example.org"' in html
    assert html.count('rel="noopener noreferrer"') == 3


@pytest.mark.parametrize(
    "source",
    [
        "![chart](https://tracker.example/pixel.png)",
        "![chart](http://tracker.example/pixel.png)",
        "![x](data:image/png;base64,iVBORw0KGgo=)",
        "![x](/local/file.png)",
        '<img src="https://tracker.example/p.png">',
        "![ref][r]\n\n[r]: https://tracker.example/p.png",
    ],
)
def test_images_are_dropped_entirely(source: str) -> None:
    html = render_markdown(source)
    assert "<img" not in html
    # Raw HTML may still be shown as text ("&lt;img src=..."), but no real tag has a src.
    assert not re.search(r"<[^>]*\bsrc=", html)


def test_no_tag_that_fetches_or_styles_survives() -> None:
    source = (
        '<link rel="stylesheet" href="https://x.example/s.css">\n\n<iframe src="https://x.example"></iframe>\n\n'
        '<object data="https://x.example/o"></object>\n\n<style>body{background:url(https://x.example)}</style>'
    )
    html = render_markdown(source)
    assert not re.search(r"<(link|iframe|object|style|embed)\b", html, re.IGNORECASE)


def test_tables_and_code_work() -> None:
    html = render_markdown("| a | b |\n|---|---|\n| 1 | 2 |\n\n```\nx < y\n```")
    assert "<table>" in html
    assert "<td>1</td>" in html
    assert "x &lt; y" in html


def test_attribute_lists_are_not_honoured() -> None:
    html = render_markdown('Paragraph\n{: onclick="x()" style="color:red" }')
    assert not re.search(r"<[^>]*\b(onclick|style)=", html)
    assert "{: onclick" in html  # left as the text the user typed


@pytest.mark.parametrize(
    ("name", "source"),
    [
        ("unmatched brackets", "[" * 100_000),
        ("image openers", "![a](" * 20_000),
        ("deep quotes", ">" * 100_000 + " x"),
        ("deep list markers", "- " * 50_000 + "x"),
        ("deep indented list", "\n".join("    " * i + "- x" for i in range(3000))),
        ("over the size limit", "word " * (MAX_MARKDOWN_CHARS // 4)),
    ],
)
def test_huge_and_pathological_input_finishes_and_keeps_the_text(name: str, source: str) -> None:
    started = time.perf_counter()
    html = render_markdown(source)
    # Without the defences the first case alone takes over a minute on this machine.
    assert time.perf_counter() - started < 20, name
    assert html
    assert "<script" not in html


def test_over_the_limit_text_is_still_escaped() -> None:
    source = "<script>x</script> " + "a" * MAX_MARKDOWN_CHARS
    html = render_markdown(source)
    assert "<script" not in html
    assert "&lt;script&gt;" in html


def test_placeholder_characters_in_input_do_not_leak_as_markup() -> None:
    html = render_markdown("odd \ue000 \ue001 text " + "[" * 300)
    assert "[" * 300 in html
    assert "\ue000" not in html


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("<>[]()!*_`#-&;:/\"' \nabcjsvrpt=")), max_size=300))
def test_arbitrary_text_never_yields_active_content(source: str) -> None:
    html = render_markdown(source)
    lowered = html.lower()
    assert "<script" not in lowered
    assert "<img" not in lowered
    assert not re.search(r"<[a-z]+[^>]*\son\w+=", lowered)
    assert 'href="javascript' not in lowered


# --- shapes that made the parser crawl (audit item 13) -------------------------------


def test_many_definitions_are_shown_as_plain_lines_not_parsed() -> None:
    """One term with thousands of ": definition" lines took minutes to parse."""
    html = render_markdown("Term\n" + "\n".join(": d" for _ in range(2000)))
    assert "<dl>" not in html and ": d" in html


def test_a_few_definitions_still_make_a_definition_list() -> None:
    assert "<dl>" in render_markdown("Term\n: what it means")


def test_spacing_out_headings_and_rules_changes_nothing_in_the_result(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Past the limit, blank lines go around headings and rules; the HTML is the same."""
    import reflect.core.journal.markdown_render as md

    lines = []
    for n in range(40):
        lines += [f"# Heading {n}", "some words", "---", "more *words*", "Title", "===", "- a"]
    text = "\n".join(lines)
    as_written = render_markdown(text)
    monkeypatch.setattr(md, "_MAX_SPLITTING_LINES", 0)
    assert render_markdown(text) == as_written
    assert as_written.count("<h1>") == 40
