"""Regenerate the rule table in ``docs/triage.md`` (between its marker comments)."""

from __future__ import annotations

from pathlib import Path

from lapor_rules.triage import RuleSet
from lapor_rules.triage.render import BEGIN_MARKER, END_MARKER, ruleset_markdown

DOC = Path(__file__).resolve().parents[1] / "docs" / "triage.md"


def render_page(page: str) -> str:
    """Return ``page`` with the generated table replaced by the current one."""
    head, _, rest = page.partition(BEGIN_MARKER)
    _, _, tail = rest.partition(END_MARKER)
    table = ruleset_markdown(RuleSet.default())
    return f"{head}{BEGIN_MARKER}\n\n{table}\n{END_MARKER}{tail}"


def main() -> None:
    """Rewrite the page in place."""
    DOC.write_text(render_page(DOC.read_text(encoding="utf-8")), encoding="utf-8")


if __name__ == "__main__":
    main()
