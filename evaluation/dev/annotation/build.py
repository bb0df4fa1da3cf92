"""Build docs/<name>.txt and gold/<name>.json from marked/<name>.marked for the
development annotation set, with the held-out set's parser and gold writer
(``evaluation/annotation/build_gold.py``, imported, not copied), so the markup
(``⟦A|…⟧``, ``⟦M|…⟧``, ``⟦S start end stage|…⟧``, ``⟦A?|…⟧`` optional) and the
gold format are the same.

Run: .venv/bin/python evaluation/dev/annotation/build.py
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
HELD_OUT = HERE.parents[1] / "annotation" / "build_gold.py"


def _builder():
    spec = importlib.util.spec_from_file_location("heldout_build_gold", HELD_OUT)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main() -> None:
    bg = _builder()
    (HERE / "docs").mkdir(exist_ok=True)
    (HERE / "gold").mkdir(exist_ok=True)
    for path in sorted((HERE / "marked").glob("*.marked")):
        first, body = path.read_text(encoding="utf-8").split("\n", 1)
        lang = first.removeprefix("#lang").strip()
        text, mentions = bg.parse(body)
        (HERE / "docs" / f"{path.stem}.txt").write_text(text, encoding="utf-8")
        gold = bg.gold_for(path.stem, lang, text, mentions)
        out = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
        (HERE / "gold" / f"{path.stem}.json").write_text(out, encoding="utf-8")
        print("built", path.stem)


if __name__ == "__main__":
    main()
