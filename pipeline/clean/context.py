"""What a cleaning step may know about the document it works on."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional

from ..settings import CleanSettings


@dataclass
class DocContext:
    lang: str  # "zh" | "en"
    settings: CleanSettings = field(default_factory=CleanSettings)
    title: Optional[str] = None
    metadata: dict[str, Any] = field(default_factory=dict)
    is_html: bool = False
    flags: list[str] = field(default_factory=list)
    # Spam the HTML pass removed (hidden elements, link blocks): names found there are chased in the text.
    removed_spam: list[str] = field(default_factory=list)
