"""Process set-up shared by the CLI, the flows and the tests: project-local
Prefect home and jieba cache, and quiet logs on a successful run."""

from __future__ import annotations

import logging
import os

from .settings import CACHE_DIR, REPO_ROOT

_NOISE = ("database is locked",)


def configure_environment() -> None:
    """Set defaults before Prefect is imported; explicit settings win."""
    os.environ.setdefault("PREFECT_HOME", str(REPO_ROOT / ".prefect"))
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    os.environ.setdefault("PREFECT_SERVER_LOGGING_LEVEL", "WARNING")
    os.environ.setdefault("PREFECT_LOGGING_SERVER_LEVEL", "WARNING")
    os.environ.setdefault("PREFECT_UI_ENABLED", "false")
    os.environ.setdefault("PIPELINE_CACHE_DIR", str(CACHE_DIR))
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    logging.getLogger().addFilter(_drop_noise)
    for name in ("prefect", "prefect.server", "sqlalchemy", "uvicorn", "uvicorn.error", "alembic"):
        logging.getLogger(name).addFilter(_drop_noise)


def _drop_noise(record: logging.LogRecord) -> bool:
    try:
        message = record.getMessage()
    except Exception:  # pragma: no cover - a broken log record is still shown
        return True
    return not any(n in message for n in _NOISE)
