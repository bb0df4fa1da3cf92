"""Second development set: writes the set's docs/ and gold/ from the source modules in this folder
with the shared builder, ``evaluation/set_builder.py``."""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from set_builder import build  # noqa: E402

if __name__ == "__main__":
    build(HERE)
