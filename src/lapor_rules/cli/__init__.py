"""The ``lapor-rules`` command line: a thin shell over the library.

Each capability keeps its commands in one module of this package with a function
``register(subparsers)`` that adds its sub-commands; every sub-command's handler takes the
parsed arguments and an output stream and returns an exit status. Only this package prints.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from typing import TextIO

from lapor_rules._version import __version__
from lapor_rules.errors import LaporRulesError

__all__ = ["COMMAND_MODULES", "main"]

#: Modules that contribute sub-commands, in the order they appear in ``--help``.
COMMAND_MODULES: tuple[str, ...] = (
    "lapor_rules.cli.demo_cmd",
    "lapor_rules.cli.triage_cmd",
    "lapor_rules.cli.sla_cmd",
    "lapor_rules.cli.privacy_cmd",
    "lapor_rules.cli.recap_cmd",
    "lapor_rules.cli.schema_cmd",
)


def build_parser() -> argparse.ArgumentParser:
    """Build the argument parser with every registered sub-command."""
    parser = argparse.ArgumentParser(
        prog="lapor-rules",
        description=(
            "Aturan pengaduan adminduk: triase, tenggat SLA hari kerja, akses data. / "
            "Rules for population-administration complaints: triage, working-day SLA "
            "deadlines, data access."
        ),
    )
    parser.add_argument("--version", action="version", version=f"lapor-rules {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None, *, out: TextIO | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``) and return the status.

    Exit status 0 on success, 2 on bad input (the message goes to standard error).
    """
    stream = out if out is not None else sys.stdout
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        status: int = args.handler(args, stream)
    except LaporRulesError as exc:
        print(f"lapor-rules {args.command}: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # the reader stopped early (``lapor-rules demo | head``)
        _silence_stdout()
        return 0
    return status


def _silence_stdout() -> None:
    """Point stdout at devnull so the interpreter's final flush does not raise again."""
    import os  # noqa: PLC0415 - only needed on this rare path

    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
