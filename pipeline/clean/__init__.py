"""Cleaning: raw document -> clean record (text + the change log that made it).

The cleaner is a fixed sequence of steps. Each step is a function
``find_edits(text, ctx) -> list[Edit]`` over the text as the previous steps
left it; the :class:`~pipeline.changes.ChangeLog` turns every edit into a
change against ``source_text``. Steps never edit text themselves, so nothing
is lost and every rewrite can be shown to a reviewer.
"""

from __future__ import annotations

from typing import Callable

from ..changes import ChangeLog, Edit
from ..lang import detect_lang
from ..records import Change, CleanRecord, RawDocument
from ..settings import CleanSettings
from ..versions import versions
from . import boilerplate, encoding, html, junk, metadata, mt_repair, spam, term_repair, zh_repair
from .context import DocContext

Step = Callable[[str, DocContext], list[Edit]]

# The order matters: injected text goes before the text around it is repaired,
# so rejoining and punctuation repair see the article as it was written.
STEPS: list[tuple[str, Step]] = [
    ("encoding", encoding.find_edits),
    ("metadata", metadata.find_edits),
    ("boilerplate", boilerplate.find_edits),
    ("junk", junk.find_edits),
    ("spam", spam.find_edits),
    ("zh_repair", zh_repair.find_edits),
    ("mt_repair", mt_repair.find_edits),
    ("term_repair", term_repair.find_edits),
]


class CleaningError(Exception):
    """A document that cannot be cleaned; it is quarantined with this reason."""


def clean_document(raw: RawDocument, settings: CleanSettings | None = None) -> CleanRecord:
    settings = settings or CleanSettings()
    decoded = encoding.decode_document(raw)
    if not decoded.text.strip():
        raise CleaningError("document is empty after decoding")
    if html.looks_like_html(raw.media_type, decoded.text):
        page = html.extract_page(decoded.text)
        source_text, first_edits, meta = page.source_text, page.edits, dict(page.metadata)
        is_html = True
    else:
        source_text, first_edits, meta, is_html = decoded.text, [], {}, False
    log = ChangeLog(source_text)
    review: list[Change] = []
    ctx = DocContext(lang="en", settings=settings, metadata=meta, is_html=is_html, flags=list(decoded.flags))
    _apply(log, first_edits, ctx, review)
    ctx.removed_spam = [source_text[e.start : e.end] for e in first_edits
                        if e.kind == "spam" and e.confidence > 0 and e.confidence >= settings.review_threshold]
    ctx.lang = detect_lang(log.text)
    ctx.title = meta.pop("title", None)
    for _name, step in STEPS:
        _apply(log, step(log.text, ctx), ctx, review)
    if not log.text.strip():
        raise CleaningError("nothing is left of the document after cleaning")
    title = ctx.title or _first_line(log.text)
    meta["charset"] = decoded.charset
    return CleanRecord(
        doc_id=raw.doc_id,
        source=raw.source,
        lang=ctx.lang,  # type: ignore[arg-type]
        title=title,
        published=ctx.metadata.pop("published", None),
        authors=ctx.metadata.pop("authors", []),
        metadata={k: v for k, v in sorted(ctx.metadata.items()) if v not in (None, "", [])},
        raw_sha256=raw.sha256,
        source_text=source_text,
        text=log.text,
        changes=[Change(**c.as_dict()) for c in log.changes()],
        review=sorted(review, key=lambda c: (c.start, c.end, c.rule)),
        flags=sorted(set(ctx.flags)),
        versions=versions(),
    )


def _apply(log: ChangeLog, edits: list[Edit], ctx: DocContext, review: list[Change]) -> None:
    """Apply confident edits; list the others in ``review`` (in source coordinates).

    An edit with confidence 0 is a flag: it is never applied, whatever the threshold.
    """
    threshold = ctx.settings.review_threshold
    keep = []
    for e in edits:
        if e.confidence >= threshold and e.confidence > 0:
            keep.append(e)
            continue
        start, end = log.source_range(e.start, e.end)
        review.append(
            Change(
                start=start,
                end=end,
                before=log.source_text[start:end],
                after=e.after,
                kind=e.kind,
                rule=e.rule,
                confidence=round(e.confidence, 4),
            )
        )
    log.apply(keep)


def _first_line(text: str) -> str | None:
    for line in text.splitlines():
        if line.strip():
            return line.strip()
    return None
