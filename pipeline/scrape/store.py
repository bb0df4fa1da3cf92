"""The raw/ store: fetched bytes, content-addressed and never modified.

Layout under ``<out>/raw/``::

    objects/ab/<sha256>                 the body exactly as received (Content-Encoding
                                        decoded, nothing else touched); written once
    objects/ab/<sha256>.<urlkey>.json   fetch metadata for that body from that URL
                                        (url, final_url, status, headers, fetched_at, sha256)
    manifest.jsonl                      one line per canonical URL: the latest fetch
                                        (sha256, etag, last_modified, media_type, ...)

A re-run reads the manifest to send conditional requests; a 304 answer reuses
the stored bytes. ``manifest.jsonl`` can also be given to ``pipeline run
--input`` to process every stored document again without any network access.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import threading
from pathlib import Path
from typing import Any, Iterator

from ..records import QuarantineRecord, RawDocument

MANIFEST = "manifest.jsonl"
OBJECTS = "objects"
_LOCKS: dict[str, threading.Lock] = {}
_LOCKS_GUARD = threading.Lock()


def url_key(url: str) -> str:
    return hashlib.sha256(url.encode("utf-8")).hexdigest()[:16]


class RawStore:
    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        with _LOCKS_GUARD:
            self._lock = _LOCKS.setdefault(str(self.root.resolve()), threading.Lock())

    # -- objects ---------------------------------------------------------
    def object_path(self, sha256: str) -> Path:
        return self.root / OBJECTS / sha256[:2] / sha256

    def put(self, content: bytes) -> str:
        """Store ``content`` once under its sha256; returns the hash."""
        sha = hashlib.sha256(content).hexdigest()
        path = self.object_path(sha)
        if not path.exists():
            _write_atomic(path, content)
        return sha

    def get(self, sha256: str) -> bytes | None:
        path = self.object_path(sha256)
        if not path.exists():
            return None
        data = path.read_bytes()
        if hashlib.sha256(data).hexdigest() != sha256:
            return None  # damaged on disk: treat as missing, the fetcher downloads it again
        return data

    def put_metadata(self, meta: dict[str, Any]) -> Path:
        """Metadata of one (body, URL) pair; kept from the first time it was seen."""
        sha = meta["sha256"]
        path = self.object_path(sha).with_name(f"{sha}.{url_key(meta['url'])}.json")
        if not path.exists():
            _write_atomic(path, _json(meta).encode("utf-8") + b"\n")
        return path

    # -- manifest --------------------------------------------------------
    @property
    def manifest_path(self) -> Path:
        return self.root / MANIFEST

    def manifest(self) -> dict[str, dict]:
        return read_manifest(self.manifest_path)

    def update_manifest(self, entries: list[dict]) -> None:
        """Merge entries by URL (new wins) and rewrite the manifest atomically, sorted by URL."""
        if not entries:
            return
        with self._lock:
            current = self.manifest()
            for entry in entries:
                current[entry["url"]] = entry
            body = "".join(_json(current[url]) + "\n" for url in sorted(current))
            _write_atomic(self.manifest_path, body.encode("utf-8"))

    def document(self, entry: dict) -> RawDocument | None:
        """The stored document a manifest entry points to (None if its bytes are gone)."""
        content = self.get(entry.get("sha256") or "")
        if content is None:
            return None
        return RawDocument(
            source=entry["url"],
            content=content,
            media_type=entry.get("media_type", ""),
            http_charset=entry.get("http_charset"),
            fetch=fetch_metadata(entry),
        )


def fetch_metadata(entry: dict) -> dict:
    keys = ("url", "final_url", "status", "headers", "fetched_at", "sha256")
    return {k: entry[k] for k in keys if k in entry}


def read_manifest(path: Path) -> dict[str, dict]:
    found: dict[str, dict] = {}
    if not path.exists():
        return found
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            try:
                entry = json.loads(line)
            except json.JSONDecodeError:
                continue  # a torn line from an interrupted writer; the URL is fetched again
            if isinstance(entry, dict) and "url" in entry:
                found[entry["url"]] = entry
    return found


SELECTIONS = "selections"


def store_root(path: Path) -> Path | None:
    """The raw/ folder an index file belongs to (manifest.jsonl or selections/*.jsonl), if any."""
    for folder in (path.parent, path.parent.parent):
        if path.name.endswith(".jsonl") and (folder / OBJECTS).is_dir():
            return folder
    return None


def write_selection(root: Path, docs: list[RawDocument]) -> Path:
    """An index of some stored documents (one scrape run's), named by its content.

    ``pipeline run --input raw/selections/<name>.jsonl`` processes exactly these
    documents from the store; the ingest flow hands its scrape results on this way."""
    entries = {d.source: {"url": d.source, "sha256": d.sha256, "media_type": d.media_type,
                          "http_charset": d.http_charset, **fetch_metadata(d.fetch)} for d in docs}
    body = "".join(_json(entries[u]) + "\n" for u in sorted(entries))
    name = hashlib.sha256(body.encode("utf-8")).hexdigest()[:16]
    path = Path(root) / SELECTIONS / f"{name}.jsonl"
    if not path.exists():
        _write_atomic(path, body.encode("utf-8"))
    return path


def iter_stored(path: Path) -> Iterator[RawDocument | QuarantineRecord]:
    """Every stored document an index lists (``pipeline run --input raw/manifest.jsonl``)."""
    root = store_root(path)
    store = RawStore(root if root is not None else path.parent)
    for url, entry in sorted(read_manifest(path).items()):
        if entry.get("role", "document") != "document" or not entry.get("sha256"):
            continue
        doc = store.document(entry)
        if doc is None:
            yield QuarantineRecord(source=url, stage="read", reason="stored bytes are missing or damaged", raw_sha256=entry.get("sha256"))
        else:
            yield doc


def _json(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
