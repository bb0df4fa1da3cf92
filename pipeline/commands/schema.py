"""``pipeline schema``: print the JSON Schema of the clean and annotation records."""

from __future__ import annotations

import json


def register(sub) -> None:
    p = sub.add_parser("schema", help="print the JSON Schema of the records")
    p.set_defaults(func=run)


def run(args) -> int:
    from ..records import json_schema

    print(json.dumps(json_schema(), ensure_ascii=False, indent=2, sort_keys=True))
    return 0
