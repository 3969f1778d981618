"""``lapor-rules demo``: a readable tour of the library on built-in sample cases.

Each capability contributes one section: a function that writes to the output stream. The
sample data is fixed (received dates, ``now``), so the demo prints the same text every run.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any, TextIO

from lapor_rules.cli import privacy_cmd, recap_cmd, sla_cmd, triage_cmd

__all__ = ["DEMO_SECTIONS", "register"]

#: Sections of the demo, in order; each writes a titled block to the stream.
DEMO_SECTIONS: tuple[Callable[[TextIO], None], ...] = (
    triage_cmd.demo_section,
    sla_cmd.demo_section,
    privacy_cmd.demo_section,
    recap_cmd.demo_section,
)


def register(subparsers: Any) -> None:
    """Add the ``demo`` sub-command."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "demo",
        help="contoh pemakaian dengan kasus bawaan / a tour on built-in sample cases",
        description="Show triage, SLA deadlines and access decisions on built-in samples.",
    )
    parser.set_defaults(handler=_run)


def _run(args: argparse.Namespace, out: TextIO) -> int:
    for section in DEMO_SECTIONS:
        section(out)
        out.write("\n")
    return 0
