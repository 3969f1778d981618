"""The generated tables in docs/ match the code (DESIGN: SOP documents cannot drift).

Covers the SLA policy table (rule P), the privacy rule table (PRIV-*), and the closures of
2025-2027 (rules C2-C4). Regenerate with ``python scripts/render_docs.py``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from lapor_rules import InvalidInputError, WorkingCalendar
from lapor_rules.calendar.render import closures_markdown
from lapor_rules.sop import generated_blocks, refresh_page

DOCS = Path(__file__).resolve().parents[1] / "docs"
PAGES = sorted({block.page for block in generated_blocks()})


@pytest.mark.parametrize("page", PAGES)
def test_generated_blocks_are_up_to_date(page: str) -> None:
    """Every generated block of the page equals its current rendering."""
    text = (DOCS / page).read_text(encoding="utf-8")
    assert refresh_page(page, text) == text, f"run: python scripts/render_docs.py ({page})"


def test_the_sop_pages_are_covered() -> None:
    """Issue 5: calendar, SLA stages, triage rules and privacy rules are generated pages."""
    assert {"calendar.md", "sla.md", "privacy.md", "triage.md"} <= set(PAGES)


def test_missing_markers_are_reported() -> None:
    """A page that lost a block's markers is an error, not a silent skip."""
    with pytest.raises(InvalidInputError, match="lacks the markers of generated block"):
        refresh_page("calendar.md", "# nothing here\n")


def test_c2_c4_closure_table_lists_kinds_estimates_and_provisional_note() -> None:
    """C2-C4: 2027 rows show kind and estimated dates, and the year is marked provisional."""
    text = closures_markdown(WorkingCalendar.indonesia(), 2027)
    assert "**Sementara / Provisional.**" in text
    assert "| 2027-03-10 | Rabu / Wed | libur nasional / national holiday | ya / yes |" in text
    assert "| 2027-03-09 | Selasa / Tue | cuti bersama |  |" in text
    assert "**Sementara" not in closures_markdown(WorkingCalendar.indonesia(), 2026)
    without = closures_markdown(WorkingCalendar.indonesia(cuti_bersama=False), 2026)
    assert "| cuti bersama |" not in without
