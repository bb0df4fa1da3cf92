"""Local files and folders."""

from __future__ import annotations

import re
from pathlib import Path

from ..records import QuarantineRecord, RawDocument

DOCUMENT_SUFFIXES = (".html", ".htm", ".txt", ".warc", ".warc.gz")
MAX_FILE_BYTES = 50 * 1024 * 1024
_URL_LINE = re.compile(rb"^\s*(https?://\S+)\s*$")


def list_documents(folder: Path) -> list[Path]:
    """Documents under a folder, in a stable order; hidden files are skipped."""
    found = [
        p
        for p in folder.rglob("*")
        if p.is_file()
        and p.name.lower().endswith(DOCUMENT_SUFFIXES)
        and not any(part.startswith(".") for part in p.relative_to(folder).parts)
    ]
    return sorted(found)


def is_url_list(path: Path) -> bool:
    """A .txt (or .urls) file whose non-empty, non-comment lines are all URLs."""
    if not path.name.lower().endswith((".txt", ".urls")) or path.stat().st_size > MAX_FILE_BYTES:
        return False
    lines = [ln for ln in path.read_bytes().splitlines() if ln.strip() and not ln.lstrip().startswith(b"#")]
    return bool(lines) and all(_URL_LINE.match(ln) for ln in lines)


def read_url_list(path: Path) -> list[str]:
    urls = []
    for ln in path.read_text(encoding="utf-8", errors="replace").splitlines():
        ln = ln.strip()
        if ln and not ln.startswith("#"):
            urls.append(ln)
    return urls


def read_document(path: Path, source: str) -> RawDocument | QuarantineRecord:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return QuarantineRecord(source=source, stage="read", reason=f"file is {size} bytes, over the {MAX_FILE_BYTES} limit")
        content = path.read_bytes()
    except OSError as exc:
        return QuarantineRecord(source=source, stage="read", reason=f"cannot read file: {exc.strerror or exc}")
    media = "text/html" if path.name.lower().endswith((".html", ".htm")) else "text/plain"
    return RawDocument(source=source, content=content, media_type=media)
