"""Fifth development set (fresh author, hard shapes): writes evaluation/dev5/cleaning/docs/* and gold/*.json from the
marked-up sources in this folder (dev5_*.py), with the shared builder
(``evaluation/set_builder.py``). Run:
``.venv/bin/python evaluation/dev5/cleaning/build/build.py``.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "dev5_"
_spec = importlib.util.spec_from_file_location("set_builder", HERE.parents[2] / "set_builder.py")
set_builder = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(set_builder)


def _heldout_builder():
    return set_builder.heldout_builder()


def load_specs() -> list[dict]:
    return set_builder.load_specs(HERE, PREFIX)


def main() -> None:
    set_builder.build(HERE, PREFIX)


if __name__ == "__main__":
    main()
