"""Write ``tests/snapshots/id_closures_2020_2027.json`` from the installed ``holidays``.

Rule C3: the library keeps no copy of the decree tables, but a snapshot test fails when an
upgrade of ``holidays`` changes any 2020–2027 closure. After reviewing such a change (against
the SKB and Keppres texts), regenerate the snapshot with::

    PYTHONPATH=src python scripts/generate_calendar_snapshot.py
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from lapor_rules.calendar.sources import holidays_version, load_closures

FIRST, LAST = 2020, 2027
TARGET = Path(__file__).resolve().parents[1] / "tests" / "snapshots" / "id_closures_2020_2027.json"


def snapshot() -> dict[str, Any]:
    """The snapshot document: the holidays version it came from and every closure."""
    return {
        "description": (
            "Indonesian national holidays and cuti bersama 2020-2027 as the holidays package "
            "gives them (rule C3 snapshot; regenerate with scripts/generate_calendar_snapshot.py)"
        ),
        "holidays_version": holidays_version(),
        "years": [FIRST, LAST],
        "closures": [
            {
                "date": c.date.isoformat(),
                "name": c.name,
                "kind": c.kind.value,
                "estimated": c.estimated,
            }
            for c in load_closures(FIRST, LAST)
        ],
    }


def main() -> None:
    """Write the snapshot file."""
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    doc = snapshot()
    rows = doc.pop("closures")
    head = json.dumps(doc, ensure_ascii=False, indent=1)[:-2]
    body = ",\n".join("  " + json.dumps(r, ensure_ascii=False) for r in rows)
    TARGET.write_text(f'{head},\n "closures": [\n{body}\n ]\n}}\n', "utf-8")
    print(f"wrote {TARGET} ({len(rows)} closures, one a line for readable diffs)")


if __name__ == "__main__":
    main()
