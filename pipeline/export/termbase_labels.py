"""Chinese and English labels of concepts, from the annotator's term base.

The exports only need ``id -> {type, zh, en}``. Aliases (older ids that still
resolve) get the labels of the concept they name. Without a loadable term
base the labels are unknown (an empty mapping), never an error: the export
then carries concept ids only.
"""

from __future__ import annotations

import functools


@functools.lru_cache(maxsize=1)
def concept_labels() -> dict[str, dict]:
    try:
        from ..annotate.termbase import default_termbase

        tb = default_termbase()
    except (ImportError, ValueError, OSError):
        return {}
    found = {
        c.id: {"type": c.type, "zh": c.zh.preferred, "en": c.en.preferred}
        for c in tb.concepts.values()
    }
    for alias, cid in tb.aliases.items():
        found.setdefault(alias, found[cid])
    return dict(sorted(found.items()))
