"""The therapist export as one self-contained HTML file.

Entry bodies go through reflect.core.journal.markdown_render (Markdown -> nh3-sanitised HTML);
every other piece of text is escaped here. The frame is our own fixed markup: one
inline stylesheet, an inline SVG chart drawn from numbers only, no scripts, and a
Content-Security-Policy that forbids the page from loading anything at all, so
opening it never reaches the network.
"""

from __future__ import annotations

import html

from reflect.core.journal.markdown_render import render_markdown
from reflect.core.language import language_tag, tr_core
from reflect.core.portability.exporters.therapist import (
    CHECK_INS,
    NO_CHECKINS,
    NO_STAGES,
    WHERE_I_WAS,
    ExportDocument,
    TrendPoint,
    demote_headings,
    format_day,
    stage_mark_text,
    trend_headers,
)
from reflect.core.portability.exporters.therapist_weekly import weekly_html

__all__ = ["entry_body_html", "to_html", "trend_svg"]

_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; form-action 'none'"

_CSS = """
body { font-family: Georgia, 'Times New Roman', serif; color: #222; background: #fff;
       max-width: 42em; margin: 2em auto; padding: 0 1.2em; line-height: 1.55; }
header.cover { border-bottom: 1px solid #bbb; margin-bottom: 2em; padding-bottom: 1em; }
.private { font-family: Helvetica, Arial, sans-serif; font-size: 0.9em; color: #555;
           letter-spacing: 0.02em; }
h1 { font-size: 1.8em; margin-bottom: 0.2em; }
h2 { font-size: 1.3em; margin-top: 2em; }
section.entry { page-break-before: always; }
.entry-meta { font-family: Helvetica, Arial, sans-serif; color: #555; font-size: 0.9em; }
table { border-collapse: collapse; margin: 1em 0; }
th, td { border: 1px solid #ccc; padding: 0.25em 0.6em; text-align: left; }
blockquote { border-left: 3px solid #ccc; margin-left: 0; padding-left: 1em; color: #444; }
pre { background: #f4f4f4; padding: 0.6em; white-space: pre-wrap; }
svg.chart { max-width: 100%; height: auto; }
@media print { body { margin: 0; } }
"""


def to_html(document: ExportDocument) -> str:
    """Render the whole document as a standalone HTML page."""
    esc = html.escape
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{html.escape(language_tag())}"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">',
        '<meta name="referrer" content="no-referrer">',
        '<meta name="generator" content="Reflect">',
        f"<title>{esc(document.title)}</title>",
        f"<style>{_CSS}</style></head><body>",
        '<header class="cover">',
        f"<h1>{esc(document.title)}</h1>",
        f'<p class="private">{esc(document.private_label)}</p>',
        f"<p>{esc(document.date_range_label)}</p>",
        "</header>",
    ]
    if document.include_stage_timeline:
        parts.append(f"<h2>{esc(tr_core(WHERE_I_WAS))}</h2>")
        if document.stages:
            parts.append("<ul>")
            for mark in document.stages:
                parts.append(f"<li>{esc(stage_mark_text(mark))}</li>")
            parts.append("</ul>")
        else:
            parts.append(f"<p>{esc(tr_core(NO_STAGES))}</p>")
    if document.include_trends:
        parts.append(f"<h2>{esc(tr_core(CHECK_INS))}</h2>")
        if document.trends:
            parts.append(trend_svg(document.trends))
            parts.append(_trend_table(document.trends))
        else:
            parts.append(f"<p>{esc(tr_core(NO_CHECKINS))}</p>")
    if document.include_weekly:
        parts.append(
            weekly_html(document.weekly, document.support_names, document.weekly_note, format_day)
        )
    for entry in document.entries:
        parts.append('<section class="entry">')
        parts.append(f"<h2>{esc(entry.date_label)} — {esc(entry.heading)}</h2>")
        if entry.stage_label:
            parts.append(f'<p class="entry-meta">{esc(entry.stage_label)}</p>')
        parts.append(entry_body_html(entry.body_markdown))
        parts.append("</section>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def entry_body_html(markdown_text: str) -> str:
    """An entry body as sanitised HTML, its headings pushed below the entry heading."""
    return render_markdown(demote_headings(markdown_text))


def _trend_table(points: tuple[TrendPoint, ...]) -> str:
    rows = "".join(
        f"<tr><td>{html.escape(format_day(p.day))}</td><td>{p.distress:.1f}</td>"
        f"<td>{'' if p.sleep is None else f'{p.sleep:.1f}'}</td></tr>"
        for p in points
    )
    return (
        "<table><thead><tr>"
        + "".join(f"<th>{html.escape(h)}</th>" for h in trend_headers())
        + "</tr>"
        f"</thead><tbody>{rows}</tbody></table>"
    )


_SMALL = 'font-size="11" fill="#555"'


def trend_svg(points: tuple[TrendPoint, ...], width: int = 600, height: int = 220) -> str:
    """A plain line chart of daily distress (0-10), drawn from numbers only."""
    left, right, top, bottom = 36, 12, 12, 28
    plot_w, plot_h = width - left - right, height - top - bottom
    first, last = points[0].day, points[-1].day
    span = max((last - first).days, 1)

    def x(point: TrendPoint) -> float:
        return left + plot_w * ((point.day - first).days / span if len(points) > 1 else 0.5)

    def y(value: float) -> float:
        return top + plot_h * (1 - value / 10)

    grid = "".join(
        f'<line x1="{left}" y1="{y(v):.1f}" x2="{width - right}" y2="{y(v):.1f}" stroke="#ddd"/>'
        f'<text x="{left - 6}" y="{y(v) + 4:.1f}" {_SMALL} text-anchor="end">{v}</text>'
        for v in (0, 5, 10)
    )
    line = " ".join(f"{x(p):.1f},{y(p.distress):.1f}" for p in points)
    dots = "".join(
        f'<circle cx="{x(p):.1f}" cy="{y(p.distress):.1f}" r="3" fill="#2f5d8a"/>' for p in points
    )
    labels = (
        f'<text x="{left}" y="{height - 8}" {_SMALL}>{html.escape(format_day(first))}</text>'
        f'<text x="{width - right}" y="{height - 8}" {_SMALL} text-anchor="end">'
        f"{html.escape(format_day(last))}</text>"
    )
    return (
        f'<svg class="chart" role="img" '
        f'aria-label="{html.escape(tr_core("Distress over time, 0 to 10"))}" '
        f'viewBox="0 0 {width} {height}" width="{width}" height="{height}">'
        f"{grid}"
        f'<polyline fill="none" stroke="#2f5d8a" stroke-width="2" points="{line}"/>'
        f"{dots}{labels}</svg>"
    )
