"""The exceptions lapor_rules raises.

Every exception derives from :class:`LaporRulesError`. Bad input raises a subclass that is
also a :class:`ValueError` (or a :class:`TypeError` for a value of the wrong type), so callers
can catch either the library's base class or the built-in they already handle.

Messages say what was wrong and where; they never contain complaint text or a whole NIK.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

__all__ = [
    "CalendarCoverageError",
    "FrozenModelError",
    "InvalidInputError",
    "InvalidNikError",
    "InvalidRecordError",
    "InvalidTypeError",
    "LaporRulesError",
    "ProvisionalDataError",
    "RuleSetError",
]


class LaporRulesError(Exception):
    """Base class of every error raised by lapor_rules."""


class InvalidInputError(LaporRulesError, ValueError):
    """An argument or model field has a value the rules cannot accept.

    Attributes:
        errors: structured details, one mapping per problem, with ``loc`` (the field path),
            ``type`` and ``msg``; the offending value itself is never included.
    """

    def __init__(self, message: str, *, errors: Iterable[Mapping[str, Any]] = ()) -> None:
        super().__init__(message)
        self.errors: tuple[Mapping[str, Any], ...] = tuple(errors)


class InvalidTypeError(LaporRulesError, TypeError):
    """An argument has the wrong type (for example a number where text is expected)."""


class FrozenModelError(LaporRulesError, AttributeError):
    """An attempt to change a field of an immutable result or input model."""


class CalendarCoverageError(InvalidInputError):
    """A date lies outside the span of years a calendar has data for (rule C4: fail closed)."""


class ProvisionalDataError(LaporRulesError, ValueError):
    """A strict calendar was asked about a provisional year (rule C4)."""


class InvalidNikError(InvalidInputError):
    """A NIK is not structurally valid.

    Attributes:
        reason: a short code for what is wrong (``length``, ``province``, ``birth_date``, ...).
    """

    def __init__(self, message: str, *, reason: str) -> None:
        super().__init__(message, errors=({"loc": ("nik",), "type": reason, "msg": message},))
        self.reason = reason


class RuleSetError(InvalidInputError):
    """A rule set or policy given as data is malformed or inconsistent."""


class InvalidRecordError(InvalidInputError):
    """One record of a collection (a recap's case records) is malformed.

    Attributes:
        index: the record's position in the collection, from 0.
        field: the first field at fault, or ``None`` when the record as a whole is.
    """

    def __init__(
        self,
        message: str,
        *,
        index: int,
        field: str | None = None,
        errors: Iterable[Mapping[str, Any]] = (),
    ) -> None:
        super().__init__(message, errors=errors)
        self.index = index
        self.field = field
