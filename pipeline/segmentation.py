"""jieba, set up once: its dictionary cache goes to the project's cache folder
(``PIPELINE_CACHE_DIR``, default ``.cache/``), not the system temp dir, and its
start-up chatter is silenced."""

from __future__ import annotations

import functools
import logging

from .settings import CACHE_DIR


def point_at_project_cache(tokenizer) -> None:
    cache_dir = CACHE_DIR / "jieba"
    cache_dir.mkdir(parents=True, exist_ok=True)
    tokenizer.tmp_dir = str(cache_dir)
    tokenizer.cache_file = str(cache_dir / "jieba.cache")


@functools.lru_cache(maxsize=1)
def default_jieba():
    """The ``jieba`` module with its global tokenizer initialised from the project cache."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    point_at_project_cache(jieba.dt)
    jieba.initialize()
    return jieba
