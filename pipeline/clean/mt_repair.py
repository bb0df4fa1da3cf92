"""Cleaning step: mt_repair (to be filled in by its issue)."""

from __future__ import annotations

from ..changes import Edit
from .context import DocContext


def find_edits(text: str, ctx: DocContext) -> list[Edit]:
    return []
