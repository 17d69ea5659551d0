"""`questions --json`: every screening question (id, area, text, why, allowed values and their labels)."""

from __future__ import annotations

import json
import sys

from app.cli.inputs import language, load


def run(args) -> int:
    content = load(args, language(args))
    out = []
    for area, q in content.all_questions():
        out.append(
            {
                "id": q.id,
                "area": area.id,
                "text": q.text,
                "why": q.why,
                "multiple": q.multiple,
                "values": [c.value for c in content.choices_of(q)],
                "labels": {c.value: c.label for c in content.choices_of(q)},
            }
        )
    json.dump(out, sys.stdout, ensure_ascii=False, indent=2)
    print()
    return 0
