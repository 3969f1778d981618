"""Regenerate the generated blocks of ``docs/*.md`` (rule tables, policy, closures).

Usage: ``python scripts/render_docs.py`` rewrites the pages; ``--check`` only reports the
pages that are out of date and exits 1 if any is. The blocks are listed in
:func:`lapor_rules.sop.generated_blocks`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from lapor_rules.sop import generated_blocks, refresh_page

DOCS = Path(__file__).resolve().parents[1] / "docs"


def stale_pages() -> dict[str, str]:
    """Return page name -> refreshed text, for every page whose text would change."""
    stale = {}
    for page in sorted({block.page for block in generated_blocks()}):
        current = (DOCS / page).read_text(encoding="utf-8")
        fresh = refresh_page(page, current)
        if fresh != current:
            stale[page] = fresh
    return stale


def main(argv: list[str] | None = None) -> int:
    """Rewrite (or with ``--check`` only list) the out-of-date pages."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report only; exit 1 if stale")
    args = parser.parse_args(argv)
    stale = stale_pages()
    for page, text in stale.items():
        if args.check:
            print(f"out of date: docs/{page}")
        else:
            (DOCS / page).write_text(text, encoding="utf-8")
            print(f"rewrote docs/{page}")
    return 1 if args.check and stale else 0


if __name__ == "__main__":
    sys.exit(main())
