"""Decoding bytes to text, and repair of mojibake left in text."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..changes import Edit
from ..records import RawDocument
from .context import DocContext


@dataclass
class Decoded:
    text: str
    charset: str
    flags: list[str] = field(default_factory=list)


def decode_document(raw: RawDocument) -> Decoded:
    data = raw.content
    if data.startswith(b"\xef\xbb\xbf"):
        return Decoded(data[3:].decode("utf-8", errors="replace"), "utf-8-sig")
    for charset in (raw.http_charset, "utf-8", "gb18030"):
        if not charset:
            continue
        try:
            return Decoded(data.decode(charset), charset)
        except (UnicodeDecodeError, LookupError):
            continue
    return Decoded(data.decode("utf-8", errors="replace"), "utf-8", ["replacement-characters"])


def find_edits(text: str, ctx: DocContext) -> list[Edit]:
    return []
