"""Record contracts (see ARCHITECTURE.md): what every step reads and writes.

``RawDocument`` is what a reader hands to the cleaner; ``CleanRecord`` and
``AnnotationRecord`` are the JSONL lines under ``clean/`` and ``annotations/``;
``QuarantineRecord`` says why a document was set aside.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any, Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, model_validator

from .changes import apply_changes

Lang = Literal["zh", "en"]
Label = Literal["STAGE", "ACTOR", "MECHANISM"]


class RawDocument(BaseModel):
    """One input document as read or fetched, before any cleaning."""

    model_config = ConfigDict(frozen=True)

    source: str = Field(description="URL, or the input path as given")
    content: bytes = Field(repr=False)
    media_type: str = Field(default="", description="text/html or text/plain, from headers or file name")
    http_charset: Optional[str] = None
    fetch: dict[str, Any] = Field(default_factory=dict, description="fetch metadata: url, final_url, status, headers, fetched_at")

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.content).hexdigest()

    @property
    def doc_id(self) -> str:
        """Stable id: URL-sourced documents by canonical URL, files by content."""
        key = self.source if self.source.startswith(("http://", "https://")) else self.sha256
        return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


class Change(BaseModel):
    model_config = ConfigDict(extra="forbid")

    start: int = Field(ge=0, description="offset in source_text (code points)")
    end: int = Field(ge=0)
    before: str
    after: str
    kind: str = Field(description="spam | boilerplate | junk | metadata | encoding | mt | normalize")
    rule: str = Field(description="rule id(s), '+'-joined when edits of several rules merged")
    confidence: float = Field(default=1.0, ge=0, le=1)


class CleanRecord(BaseModel):
    model_config = ConfigDict(extra="forbid")

    doc_id: str
    source: str
    lang: Lang
    title: Optional[str] = None
    published: Optional[str] = Field(default=None, description="ISO date YYYY-MM-DD, or YYYY-MM / YYYY")
    authors: list[str] = Field(default_factory=list)
    metadata: dict[str, Any] = Field(default_factory=dict)
    raw_sha256: str
    source_text: str
    text: str
    changes: list[Change] = Field(default_factory=list)
    review: list[Change] = Field(
        default_factory=list,
        description="low-confidence detections left in the text for a reviewer (against source_text)",
    )
    flags: list[str] = Field(default_factory=list, description="warnings such as replacement characters")
    versions: dict[str, str] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _changes_reproduce_text(self) -> "CleanRecord":
        if apply_changes(self.source_text, self.changes) != self.text:
            raise ValueError("changes applied to source_text do not give text")
        return self


class Span(BaseModel):
    model_config = ConfigDict(extra="forbid")

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    label: Label
    concept_id: Optional[str] = None
    attrs: dict[str, Any] = Field(default_factory=dict)


class Frame(BaseModel):
    """One sentence with at least one ACTOR and one MECHANISM."""

    model_config = ConfigDict(extra="forbid")

    start: int
    end: int
    actors: list[str] = Field(description="concept ids, or span text when the span has no concept id")
    mechanisms: list[str]
    stage: Optional[dict[str, Any]] = None


class AnnotationRecord(BaseModel):
    model_config = ConfigDict(extra="forbid")

    doc_id: str
    source: str
    lang: Lang
    text: str
    spans: list[Span] = Field(default_factory=list)
    frames: list[Frame] = Field(default_factory=list)
    versions: dict[str, str] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _spans_match_text(self) -> "AnnotationRecord":
        for s in self.spans:
            if not (0 <= s.start <= s.end <= len(self.text)) or self.text[s.start : s.end] != s.text:
                raise ValueError(f"span {s.label} {s.start}..{s.end} does not match the text")
        return self


class QuarantineRecord(BaseModel):
    model_config = ConfigDict(extra="forbid")

    doc_id: Optional[str] = None
    source: str
    stage: str = Field(description="read | clean | annotate")
    reason: str
    raw_sha256: Optional[str] = None


def dumps(record: BaseModel) -> str:
    """One canonical JSON line: sorted keys, no ASCII escaping, so output is byte-stable."""
    return json.dumps(record.model_dump(mode="json"), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def json_schema() -> dict:
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "policy-pipeline records",
        "$defs": {
            "CleanRecord": CleanRecord.model_json_schema(ref_template="#/$defs/CleanRecord/$defs/{model}"),
            "AnnotationRecord": AnnotationRecord.model_json_schema(
                ref_template="#/$defs/AnnotationRecord/$defs/{model}"
            ),
            "QuarantineRecord": QuarantineRecord.model_json_schema(),
        },
    }
