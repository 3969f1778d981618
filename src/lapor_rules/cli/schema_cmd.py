"""``lapor-rules schema [MODEL]``: list the public models or print one's JSON Schema."""

from __future__ import annotations

import argparse
import json
from typing import Any, TextIO

from lapor_rules.schemas import json_schema, public_models

__all__ = ["register"]


def register(subparsers: Any) -> None:
    """Add the ``schema`` sub-command."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "schema",
        help="JSON Schema model publik / JSON Schema of a public model",
        description="Without MODEL, list the public models; with it, print its JSON Schema.",
    )
    parser.add_argument("model", nargs="?", help="model name, e.g. AccessRequest")
    parser.add_argument(
        "--mode",
        choices=("validation", "serialization"),
        default="validation",
        help="schema of accepted input (validation) or of produced JSON (serialization)",
    )
    parser.set_defaults(handler=_run)


def _run(args: argparse.Namespace, out: TextIO) -> int:
    if args.model is None:
        for name, model in public_models().items():
            summary = (model.__doc__ or "").strip().splitlines()[0]
            out.write(f"{name:<20} {summary}\n")
        return 0
    out.write(json.dumps(json_schema(args.model, mode=args.mode), indent=2, ensure_ascii=False))
    out.write("\n")
    return 0
