"""Argument parsing shared by the command-line modules."""

from __future__ import annotations

import datetime as dt

from lapor_rules.errors import InvalidInputError

__all__ = ["parse_instant"]


def parse_instant(text: str, what: str = "RECEIVED_AT") -> dt.datetime:
    """Parse an ISO 8601 instant with an offset (``2026-03-17T10:00+07:00`` or ``...Z``).

    Args:
        text: the argument as typed.
        what: the argument's name, for the error message.

    Raises:
        InvalidInputError: not ISO 8601, or without an offset (naive).
    """
    raw = text.strip()
    if raw.endswith(("Z", "z")):
        raw = raw[:-1] + "+00:00"
    try:
        value = dt.datetime.fromisoformat(raw)
    except ValueError:
        raise InvalidInputError(
            f"{what} is not an ISO 8601 date-time, e.g. 2026-03-17T10:00+07:00"
        ) from None
    if value.tzinfo is None:
        raise InvalidInputError(
            f"{what} has no UTC offset: add one, e.g. 2026-03-17T10:00+07:00 (WIB)"
        )
    return value
