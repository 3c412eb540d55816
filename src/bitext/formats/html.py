"""A self-contained side-by-side HTML view of an aligned pair (no network, no files).

Each document keeps its headings and paragraphs; every sentence is a ``span`` that names its
link, and hovering it highlights its counterpart on the other side. Automatic links with a
low score (or none) are underlined for review and counted in the header; sentences without
counterpart are greyed; the sentences of a link with notes from a translation tool
(comments, context, references) are marked, the notes in their tooltip.
"""

from __future__ import annotations

import html
from typing import BinaryIO

from bitext.formats.base import CorpusInfo
from bitext.lang.rules import sentence_separator
from bitext.model import Alignment, Document, Sentence

_STYLE = """
body{font:16px/1.6 system-ui,"Noto Sans KR","Apple SD Gothic Neo",sans-serif;margin:0;
 color:#1d1d1f;background:#fafafa}
header{padding:1rem 2rem;background:#23395d;color:#fff}
header h1{font-size:1.2rem;margin:0}
header p{margin:.3rem 0 0;font-size:.85rem;opacity:.85}
main{display:grid;grid-template-columns:1fr 1fr;gap:2rem;padding:1.5rem 2rem}
section{background:#fff;border-radius:8px;padding:1rem 1.5rem;box-shadow:0 1px 3px #0002}
section h2{font-size:.8rem;text-transform:uppercase;letter-spacing:.08em;color:#667}
h3{font-size:1.05rem;margin:1.4rem 0 .4rem}
p{margin:.5rem 0 1rem}
:lang(ko),:lang(ja),:lang(zh){word-break:keep-all;line-break:strict}
.s{border-radius:3px;padding:1px 0;cursor:default;transition:background .1s}
.s.low{border-bottom:2px dotted #d9822b}
.s.none{color:#8a8a8e}
.s.hl{background:#ffe58f}
.s.noted{box-shadow:inset 0 -2px #7a9cc6}
.legend{font-size:.8rem;color:#555;padding:0 2rem 1.5rem}
.legend span{margin-right:1.5rem}
"""

_SCRIPT = """
document.querySelectorAll('.s[data-link]').forEach(function (s) {
  var peers = document.querySelectorAll('.s[data-link="' + s.dataset.link + '"]');
  s.addEventListener('mouseenter', function () { peers.forEach(function (p) {
    p.classList.add('hl'); }); });
  s.addEventListener('mouseleave', function () { peers.forEach(function (p) {
    p.classList.remove('hl'); }); });
});
"""


def write_html(
    source: Document, target: Document, alignment: Alignment, info: CorpusInfo, stream: BinaryIO
) -> int:
    """Write the page; return the number of links shown."""
    marks = _marks(alignment, info)
    shown = [s.id for document in (source, target) for s in document.body_sentences()]
    to_review = len({marks[i][0] for i in shown if i in marks and "low" in marks[i][1].split()})
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{html.escape(info.source_lang)}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{html.escape(source.header.title)}</title><style>{_STYLE}</style></head>",
        "<body><header>",
        f"<h1>{html.escape(source.header.title)}</h1>",
        f"<p>{html.escape(target.header.title)} · {len(alignment.links)} links, "
        f"{to_review} to review first (underlined: automatic, scored below "
        f"{info.review_bar:g} or not scored) · "
        f"{html.escape(alignment.source_doc)} ↔ {html.escape(alignment.target_doc)}</p>",
        "</header><main>",
        _column(source, info.source_lang, marks),
        _column(target, info.target_lang, marks),
        '</main><div class="legend"><span>Hover a sentence to see its counterpart.</span>'
        '<span style="border-bottom:2px dotted #d9822b">automatic, low score: review</span>'
        '<span style="color:#8a8a8e">no counterpart</span>'
        '<span style="box-shadow:inset 0 -2px #7a9cc6">notes from a translation tool '
        "(hover)</span></div>",
        f"<script>{_SCRIPT}</script></body></html>",
    ]
    stream.write("\n".join(parts).encode("utf-8"))
    return len(alignment.links)


# A sentence's mark: its link id, its CSS class, its tooltip (its link's notes).
_Mark = tuple[str, str, str]


def _marks(alignment: Alignment, info: CorpusInfo) -> dict[str, _Mark]:
    """For each sentence id: its link id, its CSS class and its tooltip."""
    marks = {}
    for link in alignment.links:
        low = info.needs_review(link.status, link.score)
        css = "s none" if not (link.source and link.target) else ("s low" if low else "s")
        tooltip = "\n".join(
            f"{note.kind.value}{' ' + note.name if note.name else ''}: {note.text}"
            for note in link.notes
        )
        for identifier in (*link.source, *link.target):
            marks[identifier] = (link.id, css + (" noted" if tooltip else ""), tooltip)
    return marks


def _column(document: Document, lang: str, marks: dict[str, _Mark]) -> str:
    out = [f'<section lang="{html.escape(lang)}"><h2>{html.escape(lang)}</h2>']
    between = sentence_separator(lang)
    for division in document.body:
        if division.head is not None:
            out.append(f"<h3>{_sentences(division.head.sentences, marks, between)}</h3>")
        for paragraph in division.paragraphs:
            out.append(f"<p>{_sentences(paragraph.sentences, marks, between)}</p>")
    out.append("</section>")
    return "\n".join(out)


def _sentences(sentences: tuple[Sentence, ...], marks: dict[str, _Mark], between: str) -> str:
    spans = []
    for sentence in sentences:
        identifier, text = sentence.id, sentence.text
        link, css, tooltip = marks.get(identifier, ("", "s none", ""))
        data = f' data-link="{html.escape(link)}"' if link else ""
        data += f' title="{html.escape(tooltip)}"' if tooltip else ""
        spans.append(
            f'<span class="{css}" id="{html.escape(identifier)}"{data}>{html.escape(text)}</span>'
        )
    return between.join(spans)
