"""WARC and WARC.gz archives (e.g. a Common Crawl extract), read with warcio.

Every ``response`` record whose HTTP payload is text/html, application/xhtml+xml
or text/plain becomes a RawDocument: ``source`` is the canonical form of
WARC-Target-URI, the content is the payload with transfer and content encodings
undone (charset is decided later, when cleaning), and ``fetch`` carries the
record's metadata (URL, status, HTTP headers, WARC-Date, record id, sha256).

Records that are not responses (warcinfo, request, metadata) are skipped.
Responses that cannot be used (other content types, non-200 status, revisit
records without a payload, unreadable records) are quarantined with the reason;
a corrupt or truncated archive quarantines the rest of that file and the
documents read before the damage are kept.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Iterator, Union

from ..records import QuarantineRecord, RawDocument

DOCUMENT_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
MAX_PAYLOAD_BYTES = 20 * 1024 * 1024
SKIPPED_TYPES = ("warcinfo", "request", "metadata", "conversion", "continuation")

Item = Union[RawDocument, QuarantineRecord]


def read_warc(path: Path, source: str) -> Iterator[Item]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    try:
        fh = open(path, "rb")
    except OSError as exc:
        yield QuarantineRecord(source=source, stage="read", reason=f"cannot open WARC: {exc.strerror or exc}")
        return
    with fh:
        if not _starts_like_warc(fh):
            yield QuarantineRecord(source=source, stage="read", reason="WARC archive is damaged or not a WARC file (no 'WARC/' version line)")
            return
        records = ArchiveIterator(fh)
        index = 0
        while True:
            try:
                record = next(records)
            except StopIteration:
                return
            except (ArchiveLoadFailed, OSError, EOFError, ValueError, AttributeError, TypeError) as exc:
                # warcio raises various errors on a truncated or corrupt archive
                where = f"{source}#record-{index + 1}"
                yield QuarantineRecord(source=where, stage="read", reason=f"WARC archive is damaged after record {index}: {exc}"[:500])
                return
            index += 1
            item = _record_item(record, source, index)
            if item is not None:
                yield item


def _starts_like_warc(fh) -> bool:
    import gzip
    import zlib

    head = fh.read(2)
    fh.seek(0)
    try:
        if head == b"\x1f\x8b":
            with gzip.GzipFile(fileobj=fh) as gz:
                first = gz.read(5)
        else:
            first = fh.read(5)
    except (OSError, EOFError, zlib.error):
        first = b""
    fh.seek(0)
    return first == b"WARC/"


def _record_item(record, source: str, index: int) -> Item | None:
    kind = record.rec_type
    if kind in SKIPPED_TYPES:
        return None
    target = record.rec_headers.get_header("WARC-Target-URI") or ""
    where = target or f"{source}#record-{index}"
    if kind == "revisit":
        return QuarantineRecord(source=where, stage="read", reason="WARC revisit record: the payload is not in this archive")
    if kind not in ("response", "resource"):
        return QuarantineRecord(source=where, stage="read", reason=f"WARC record type {kind!r} is not read")
    if not target.startswith(("http://", "https://")):
        return QuarantineRecord(source=where, stage="read", reason="WARC record has no http(s) WARC-Target-URI")
    try:
        return _document(record, target, source)
    except _Skip as exc:
        return QuarantineRecord(source=_canonical(target), stage="read", reason=str(exc))
    except Exception as exc:  # noqa: BLE001 - one bad record must not stop the archive
        return QuarantineRecord(source=_canonical(target), stage="read", reason=f"unreadable WARC record: {type(exc).__name__}: {exc}"[:500])


class _Skip(Exception):
    pass


def _document(record, target: str, source: str) -> RawDocument:
    http = record.http_headers
    if http is not None:
        status = int(http.get_statuscode() or 0)
        content_type = http.get_header("Content-Type") or ""
        headers = {k.lower(): v for k, v in http.headers if k.lower() not in ("set-cookie", "set-cookie2")}
    else:  # a 'resource' record: the block is the document
        status, content_type, headers = 200, record.rec_headers.get_header("Content-Type") or "", {}
    if status != 200:
        raise _Skip(f"WARC response has HTTP status {status}")
    media = content_type.split(";", 1)[0].strip().lower()
    if media not in DOCUMENT_TYPES:
        raise _Skip(f"WARC response content type {media or '(none)'} is not a text document")
    content = record.content_stream().read(MAX_PAYLOAD_BYTES + 1)
    if len(content) > MAX_PAYLOAD_BYTES:
        raise _Skip(f"WARC payload is over the {MAX_PAYLOAD_BYTES}-byte limit")
    url = _canonical(target)
    fetch = {
        "url": url,
        "final_url": url,
        "status": status,
        "headers": dict(sorted(headers.items())),
        "fetched_at": record.rec_headers.get_header("WARC-Date") or "",
        "sha256": hashlib.sha256(content).hexdigest(),
        "warc_record_id": record.rec_headers.get_header("WARC-Record-ID") or "",
        "warc_file": source,
    }
    return RawDocument(source=url, content=content, media_type=media, http_charset=_charset(content_type), fetch=fetch)


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset":
            return value.strip().strip("\"'").lower() or None
    return None


def _canonical(url: str) -> str:
    from ..scrape.urls import BadURL, canonicalize

    try:
        return canonicalize(url)
    except BadURL:
        return url
