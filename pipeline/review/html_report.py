"""The diff as one self-contained HTML page: inline CSS and script, no network.

Each changed document shows its change list and the old and new text side by
side, spans highlighted (green added, red removed, amber changed, underlined
in the label's colour when unchanged) and text edits struck through or
underlined. Filters by label and by kind of change hide rows, highlights and
documents.

Safety: every piece of document-derived text (text, span text, ids, sources,
concept ids, attrs, refs) goes through ``html.escape``; the script never
touches document text. A Content-Security-Policy allows only the page's own
script and style (by hash), so even a missed escape could not run a script.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
from dataclasses import dataclass
from typing import Optional

from ..records import AnnotationRecord, Span
from .diff import CHANGE_KINDS, AnnotationDiff, DocumentDiff
from .html_assets import CSS, JS
from .textalign import text_opcodes

LABELS = ("ACTOR", "MECHANISM", "STAGE")
FILTER_KINDS = CHANGE_KINDS + ("text",)
OPEN_ROWS = 25
_RANK = {"same": 0, "changed": 1, "added": 2, "removed": 2}


def esc(value: object) -> str:
    return html.escape(str(value), quote=True)


@dataclass(frozen=True)
class Mark:
    """A highlighted span on one side; ``token`` is ``id:kind:LABEL[+LABEL]`` for the script."""

    start: int
    end: int
    token: str
    css: str  # c-added | c-removed | c-changed | c-same
    label: str


def render_report(diff: AnnotationDiff, title: Optional[str] = None) -> str:
    title = title or f"Annotation diff: {diff.old_ref} → {diff.new_ref}"
    docs = diff.changed_documents
    unchanged = [d for d in diff.documents if d.status == "unchanged"]
    body = [
        f"<header><h1>{esc(title)}</h1><div class=\"refs\">old: {esc(diff.old_ref)} · new: {esc(diff.new_ref)}</div></header>",
        _summary(diff.summary),
        _filters(),
        "<main>",
        *(_document(i, d) for i, d in enumerate(docs)),
        "" if docs else "<p class=\"empty\">No document changed.</p>",
        _unchanged(unchanged),
        "</main>",
    ]
    csp = (
        "default-src 'none'; img-src data:; "
        f"style-src '{_sha256(CSS)}'; script-src '{_sha256(JS)}'"
    )
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
        f"<meta http-equiv=\"Content-Security-Policy\" content=\"{esc(csp)}\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        f"<title>{esc(title)}</title>\n<style>{CSS}</style></head>\n<body>\n"
        + "\n".join(body)
        + f"\n<script>{JS}</script>\n</body></html>\n"
    )


def _sha256(source: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii")


def _summary(s: dict) -> str:
    def table(title: str, rows: list[tuple[str, list]], header: list[str]) -> str:
        head = "".join(f"<th>{esc(h)}</th>" for h in [title, *header])
        body = "".join("<tr>" + f"<td>{esc(name)}</td>" + "".join(f"<td>{esc(v)}</td>" for v in vals) + "</tr>" for name, vals in rows)
        return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"

    cols = ["old", "new", "added", "removed", "changed"]
    concepts = [(k, [v[c] for c in cols]) for k, v in s["by_concept"].items() if v["added"] or v["removed"] or v["changed"]]
    return "<div class=\"summary\" id=\"summary\">" + "".join([
        table("documents", [(k, [v]) for k, v in s["documents"].items()], ["count"]),
        table("spans", [(k, [v]) for k, v in s["spans"].items()], ["count"]),
        table("label", [(k, [v[c] for c in cols]) for k, v in s["by_label"].items()], cols),
        table("concept (with changes)", concepts, cols) if concepts else "",
    ]) + "</div>"


def _filters() -> str:
    def boxes(name: str, values) -> str:
        return "".join(
            f"<label><input type=\"checkbox\" name=\"{name}\" value=\"{esc(v)}\" checked> {esc(v)}</label>" for v in values
        )

    return (
        "<form id=\"filters\" autocomplete=\"off\">"
        f"<fieldset><legend>label</legend>{boxes('label', LABELS)}</fieldset>"
        f"<fieldset><legend>kind of change</legend>{boxes('kind', FILTER_KINDS)}</fieldset>"
        "<label><input type=\"checkbox\" id=\"show-unchanged\"> list unchanged documents</label>"
        "<span id=\"shown-count\"></span></form>"
    )


def _document(n: int, d: DocumentDiff) -> str:
    old_marks, new_marks, rows = _marks_and_rows(n, d)
    doc_kinds = []
    if d.text_changed:
        doc_kinds.append("text")
    if d.status in ("added", "removed") and not rows:
        doc_kinds.append(d.status)
    badges = f"<span class=\"badge {esc(d.status)}\">{esc(d.status)}</span>"
    if d.text_changed:
        badges += "<span class=\"badge text\">text changed</span>"
    ops = text_opcodes(d.old.text, d.new.text) if d.text_changed else []
    old_edits = [(i1, i2) for tag, i1, i2, _, _ in ops if tag != "equal"]
    new_edits = [(j1, j2) for tag, _, _, j1, j2 in ops if tag != "equal"]
    return (
        f"<section class=\"doc\" id=\"doc-{esc(d.doc_id)}\" data-doc-id=\"{esc(d.doc_id)}\" "
        f"data-status=\"{esc(d.status)}\" data-doc-kinds=\"{' '.join(doc_kinds)}\">"
        f"<h2>{esc(d.doc_id)}<span class=\"source\">{esc(d.source)}</span>{badges}</h2>"
        f"{_change_table(rows)}"
        "<div class=\"sides\">"
        f"{_side('old', d.old, old_marks, old_edits, 'tdel')}{_side('new', d.new, new_marks, new_edits, 'tins')}"
        "</div></section>"
    )


def _change_table(rows: list[str]) -> str:
    """Long change lists (a new document's every span) start folded."""
    if not rows:
        return ""
    opened = " open" if len(rows) <= OPEN_ROWS else ""
    return (
        f"<details class=\"changes\"{opened}><summary>{len(rows)} span changes</summary>"
        f"<table class=\"changes\"><tbody>{''.join(rows)}</tbody></table></details>"
    )


def _marks_and_rows(n: int, d: DocumentDiff) -> tuple[list[Mark], list[Mark], list[str]]:
    old_marks: list[Mark] = []
    new_marks: list[Mark] = []
    rows: list[str] = []
    k = 0

    def token(kind: str, labels: list[str]) -> str:
        return f"d{n}i{k}:{kind}:{'+'.join(dict.fromkeys(labels))}"

    for s in d.spans_added:
        t = token("added", [s.label])
        new_marks.append(Mark(s.start, s.end, t, "c-added", s.label))
        rows.append(_row(t, "added", "+ added", None, s))
        k += 1
    for s in d.spans_removed:
        t = token("removed", [s.label])
        old_marks.append(Mark(s.start, s.end, t, "c-removed", s.label))
        rows.append(_row(t, "removed", "− removed", s, None))
        k += 1
    for c in d.spans_changed:
        tokens = [token(kind, [c.old.label, c.new.label]) for kind in c.kinds]
        old_marks += [Mark(c.old.start, c.old.end, t, "c-changed", c.old.label) for t in tokens]
        new_marks += [Mark(c.new.start, c.new.end, t, "c-changed", c.new.label) for t in tokens]
        rows.append(_row(" ".join(tokens), "changed", "~ " + ", ".join(c.kinds), c.old, c.new))
        k += 1
    for side, marks in (("old", old_marks), ("new", new_marks)):
        rec = getattr(d, side)
        if rec is None:
            continue
        touched = {(m.start, m.end, m.label) for m in marks}
        for s in rec.spans:
            if (s.start, s.end, s.label) not in touched:
                marks.append(Mark(s.start, s.end, token("same", [s.label]), "c-same", s.label))
                k += 1
    return old_marks, new_marks, rows


def _row(tokens: str, css: str, kind_text: str, old: Optional[Span], new: Optional[Span]) -> str:
    def cell(s: Optional[Span]) -> str:
        if s is None:
            return "<td class=\"empty\">—</td>"
        attrs = f" <span class=\"concept\">{esc(json.dumps(s.attrs, ensure_ascii=False, sort_keys=True))}</span>" if s.attrs else ""
        return (
            f"<td><span class=\"lab {esc(s.label)}\">{esc(s.label)}</span> “{esc(s.text)}” "
            f"<span class=\"concept\">{esc(s.start)}..{esc(s.end)} {esc(s.concept_id or '—')}</span>{attrs}</td>"
        )

    return f"<tr class=\"k-{css}\" data-items=\"{esc(tokens)}\"><td class=\"kind\">{esc(kind_text)}</td>{cell(old)}{cell(new)}</tr>"


def _side(name: str, rec: Optional[AnnotationRecord], marks: list[Mark], edits: list[tuple[int, int]], edit_css: str) -> str:
    if rec is None:
        return f"<div class=\"side {name}\"><h3>{name}</h3><p class=\"empty\">(not in this run)</p></div>"
    return f"<div class=\"side {name}\"><h3>{name}</h3><pre class=\"text\">{render_text(rec.text, marks, edits, edit_css)}</pre></div>"


def render_text(text: str, marks: list[Mark], edits: list[tuple[int, int]], edit_css: str) -> str:
    """The text cut at every span and edit boundary; each piece escaped, then wrapped."""
    cuts = {0, len(text)}
    for m in marks:
        cuts.update((m.start, m.end))
    for a, b in edits:
        cuts.update((a, b))
    bounds = sorted(c for c in cuts if 0 <= c <= len(text))
    out = []
    for a, b in zip(bounds, bounds[1:]):
        piece = esc(text[a:b])
        if any(e1 <= a and b <= e2 for e1, e2 in edits):
            piece = f"<span class=\"{edit_css}\">{piece}</span>"
        covering = [m for m in marks if m.start <= a and b <= m.end and m.start < m.end]
        if covering:
            top = max(covering, key=lambda m: (_RANK[m.css[2:]], -(m.end - m.start)))
            tokens = " ".join(dict.fromkeys(m.token for m in covering))
            piece = f"<mark class=\"{top.css} l-{esc(top.label)}\" data-items=\"{esc(tokens)}\">{piece}</mark>"
        out.append(piece)
    return "".join(out)


def _unchanged(docs: list[DocumentDiff]) -> str:
    if not docs:
        return ""
    items = "".join(f"<li><code>{esc(d.doc_id)}</code> {esc(d.source)}</li>" for d in docs)
    return f"<details class=\"unchanged\"><summary>{len(docs)} unchanged documents</summary><ul>{items}</ul></details>"
