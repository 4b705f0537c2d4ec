"""Turn an entry's Markdown into HTML that is safe to show and to export.

Journal text is the user's own, but it may hold pasted material (an email, a web
page), and the HTML we make is shown in previews and written into exports. So the
output is treated as hostile: raw HTML in the input is escaped rather than passed
through, and the result is cleaned by nh3 against a short allow-list. Nothing in the
output can run code or fetch anything: no scripts, no event handlers, no images
(remote or ``data:``), no stylesheets, frames or objects. Links stay as links with
``rel="noopener noreferrer"`` and only http, https and mailto targets; the app never
follows them.

python-markdown has inputs that make it slow (thousands of unmatched ``[`` in one
paragraph grow roughly with the cube of their number) or recurse too deeply (lists
nested hundreds of levels). We defuse the slow patterns before parsing and fall back
to plain escaped paragraphs for anything still too big or too deep, so a strange
entry never freezes the preview.
"""

from __future__ import annotations

import html
import re

import markdown
import nh3

__all__ = ["MAX_MARKDOWN_CHARS", "render_markdown"]

#: Above this size the text is shown as plain paragraphs, not parsed as Markdown.
MAX_MARKDOWN_CHARS = 200_000

# More "[" than this in one paragraph makes the link parser crawl. Backslash-escaping
# them does not help (each escape is its own quadratic pass), so they are swapped for
# private-use placeholders before parsing and swapped back in the HTML afterwards.
_MAX_BRACKETS_PER_BLOCK = 200
# More nested quote or list markers than this at the start of a line recurse deeply.
_MAX_LINE_MARKERS = 16
_PLACEHOLDERS = {"[": "\ue000", ">": "\ue001", "-": "\ue002", "*": "\ue003", "+": "\ue004"}
_RESTORE = str.maketrans({v: k for k, v in _PLACEHOLDERS.items()})
# Private-use characters a user could not meaningfully have typed; removed from input
# so they cannot collide with the placeholders.
_STRIP_PUA = str.maketrans(dict.fromkeys(map(ord, _PLACEHOLDERS.values())))
# Deeper indentation than this only builds ever deeper lists or code blocks, and very
# deep nesting makes the parser recurse; clamp it.
_MAX_INDENT = 48
# The definition-list extension re-reads the text before each ": definition" line
# (a 198 KB entry of them took 13.8 s; one term with 60,000 took minutes). Past
# this many, such lines are shown as the plain lines they are.
_MAX_DEFINITIONS = 100
_DEFINITION_LINE = re.compile(r"^ {0,3}:[ \t]", re.MULTILINE)
# Headings, rules and setext underlines split the block they sit in, and each split
# copies the rest of the block: thousands of them in one block took minutes. Past
# this many, each gets blank lines around it (which renders the same, outside code
# blocks), so every split is small.
_MAX_SPLITTING_LINES = 100
_HASH_HEADING = re.compile(r"^ {0,3}#{1,6}(?:[ \t].*)?$", re.MULTILINE)
_RULE_OR_UNDERLINE = re.compile(r"^ {0,3}(?:[-*_=][ \t]*){3,}$", re.MULTILINE)

# Safe, offline extensions only: no attr_list (it would let text set attributes),
# no md_in_html, no footnotes (they need in-page anchors we refuse below).
_EXTENSIONS = ("tables", "fenced_code", "def_list", "abbr", "sane_lists")

_TAGS = frozenset(
    {
        "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6",
        "strong", "em", "b", "i", "code", "pre", "blockquote",
        "ul", "ol", "li", "dl", "dt", "dd", "abbr",
        "table", "thead", "tbody", "tr", "th", "td", "a",
    }
)  # fmt: skip
_ATTRIBUTES = {
    "a": {"href", "title"},
    "abbr": {"title"},
    "ol": {"start"},
    "th": {"align"},
    "td": {"align"},
}
_URL_SCHEMES = frozenset({"http", "https", "mailto"})
# Removed together with everything inside them, so their text never shows either.
_DROP_WITH_CONTENT = frozenset({"script", "style", "template", "iframe", "object", "noscript"})

_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_LEADING_WS = re.compile(r"^[ \t]+", re.MULTILINE)
_MARKER_RUN = re.compile(r"^(?:[ \t]*(?:>|[-*+](?=[ \t])))+", re.MULTILINE)
_MARKER = re.compile(r">|[-*+](?=[ \t])")


def render_markdown(text: str) -> str:
    """Render Markdown to sanitised HTML.

    Args:
        text: Markdown source; any raw HTML in it is shown as text, not interpreted.

    Returns:
        An HTML fragment with only harmless tags; it references nothing outside itself.
    """
    if not text.strip():
        return ""
    if len(text) > MAX_MARKDOWN_CHARS:
        body = _plain_paragraphs(text)
    else:
        source = _defuse(text)
        definitions = len(_DEFINITION_LINE.findall(source)) <= _MAX_DEFINITIONS
        try:
            body = _parser(definitions=definitions).convert(source).translate(_RESTORE)
        except RecursionError:
            body = _plain_paragraphs(text)
    return sanitize_html(body)


def sanitize_html(fragment: str) -> str:
    """Clean an HTML fragment against Reflect's allow-list (also used by exporters)."""
    return nh3.clean(
        fragment,
        tags=set(_TAGS),
        clean_content_tags=set(_DROP_WITH_CONTENT),
        attributes={tag: set(names) for tag, names in _ATTRIBUTES.items()},
        url_schemes=set(_URL_SCHEMES),
        # Relative links would point at files beside an export; there are none.
        url_relative="deny",
        link_rel="noopener noreferrer",
        strip_comments=True,
    )


def _parser(*, definitions: bool = True) -> markdown.Markdown:
    # A fresh parser each call: Markdown objects keep state and are not thread-safe,
    # and exports render off the UI thread while the preview renders on it.
    extensions = [e for e in _EXTENSIONS if definitions or e != "def_list"]
    md = markdown.Markdown(extensions=extensions, output_format="html")
    # Escape raw HTML instead of passing it through: with these two gone, "<b>" in the
    # text is serialised as "&lt;b&gt;".
    md.preprocessors.deregister("html_block")
    md.inlinePatterns.deregister("html")
    return md


def _defuse(text: str) -> str:
    """Rewrite the few inputs that make python-markdown slow or too deep."""
    text = text.translate(_STRIP_PUA).replace("\r\n", "\n").replace("\r", "\n")
    text = _LEADING_WS.sub(_clamp_indent, text)
    text = _MARKER_RUN.sub(_flatten_markers, text)
    splitting = len(_HASH_HEADING.findall(text)) + len(_RULE_OR_UNDERLINE.findall(text))
    if splitting > _MAX_SPLITTING_LINES:
        text = _HASH_HEADING.sub(lambda m: f"\n{m.group(0)}\n", text)
        text = _RULE_OR_UNDERLINE.sub(lambda m: f"{m.group(0)}\n", text)
    blocks = _BLANK_LINE.split(text)
    if all(block.count("[") <= _MAX_BRACKETS_PER_BLOCK for block in blocks):
        return text
    bracket = _PLACEHOLDERS["["]
    return "\n\n".join(
        block.replace("[", bracket) if block.count("[") > _MAX_BRACKETS_PER_BLOCK else block
        for block in blocks
    )


def _flatten_markers(match: re.Match[str]) -> str:
    run = match.group(0)
    if len(_MARKER.findall(run)) <= _MAX_LINE_MARKERS:
        return run
    # Shown as the characters typed, but no longer read as hundreds of nested levels.
    return "".join(_PLACEHOLDERS.get(ch, ch) for ch in run)


def _clamp_indent(match: re.Match[str]) -> str:
    indent = match.group(0).expandtabs(4)
    return indent[:_MAX_INDENT]


def _plain_paragraphs(text: str) -> str:
    paragraphs = (p.strip("\n") for p in _BLANK_LINE.split(text.replace("\r\n", "\n")))
    return "\n".join(
        "<p>" + html.escape(p, quote=False).replace("\n", "<br>\n") + "</p>"
        for p in paragraphs
        if p.strip()
    )
