"""Generated blocks of the SOP documents: rule tables rendered from the code.

Agencies cite rule ids, stage limits and closures in their SOP documents, so the tables in
``docs/`` are rendered from the same data the rules run on. Each :class:`GeneratedBlock` names
a page, a block name and the function that renders it; in the page the block sits between
``<!-- generated:NAME -->`` and ``<!-- /generated:NAME -->``. :func:`refresh_page` replaces
every block of a page's text with the current rendering (pure: the caller reads and writes
files, e.g. ``python scripts/render_docs.py``), and a test fails when a page is out of date.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from lapor_rules.errors import InvalidInputError

__all__ = ["GeneratedBlock", "generated_blocks", "refresh_page"]

#: Years whose closures ``docs/calendar.md`` lists.
CALENDAR_YEARS = (2025, 2026, 2027)


@dataclass(frozen=True, slots=True)
class GeneratedBlock:
    """One generated block: the page (relative to ``docs/``), its name and its renderer."""

    page: str
    name: str
    render: Callable[[], str]

    @property
    def start_marker(self) -> str:
        """The comment that opens the block."""
        return f"<!-- generated:{self.name} -->"

    @property
    def end_marker(self) -> str:
        """The comment that closes the block."""
        return f"<!-- /generated:{self.name} -->"


def _sla_policy() -> str:
    from lapor_rules.sla import SlaPolicy  # noqa: PLC0415 - render on demand

    policy = SlaPolicy.default()
    return f"{policy.to_markdown('id')}\n\n**English**\n\n{policy.to_markdown('en')}"


def _privacy_rules() -> str:
    from lapor_rules.privacy.render import render_privacy_rules_markdown  # noqa: PLC0415

    return render_privacy_rules_markdown().rstrip("\n")


def _triage_rules() -> str:
    from lapor_rules.triage import RuleSet  # noqa: PLC0415
    from lapor_rules.triage.render import ruleset_markdown  # noqa: PLC0415

    return ruleset_markdown(RuleSet.default()).strip("\n")


def _closures(year: int) -> Callable[[], str]:
    def render() -> str:
        from lapor_rules.calendar import WorkingCalendar  # noqa: PLC0415
        from lapor_rules.calendar.render import closures_markdown  # noqa: PLC0415

        return closures_markdown(WorkingCalendar.indonesia(), year)

    return render


def generated_blocks() -> tuple[GeneratedBlock, ...]:
    """Every generated block of the documentation, page by page."""
    return (
        GeneratedBlock("sla.md", "sla-policy", _sla_policy),
        GeneratedBlock("privacy.md", "privacy-rules", _privacy_rules),
        GeneratedBlock("triage.md", "triage-rules", _triage_rules),
        *(GeneratedBlock("calendar.md", f"closures-{y}", _closures(y)) for y in CALENDAR_YEARS),
    )


def refresh_page(page: str, text: str) -> str:
    """Return ``text`` (the content of ``docs/<page>``) with its generated blocks re-rendered.

    Raises:
        InvalidInputError: a block registered for ``page`` has no markers in ``text``.
    """
    for block in generated_blocks():
        if block.page != page:
            continue
        head, found, rest = text.partition(block.start_marker)
        _, found_end, tail = rest.partition(block.end_marker)
        if not (found and found_end):
            raise InvalidInputError(
                f"docs/{page} lacks the markers of generated block {block.name!r}"
            )
        text = f"{head}{block.start_marker}\n{block.render()}\n{block.end_marker}{tail}"
    return text
