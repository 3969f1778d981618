"""SLA limits: ``WorkingDays(n)``, ``CalendarDays(n)`` and ``Hours(n)`` (rules T2, T3, T4).

Limits are immutable, hashable and ordered within one unit (comparing different units raises
:class:`~lapor_rules.errors.InvalidTypeError`). They serialise to JSON with a ``unit``
discriminator, so a policy can be loaded from plain data::

    >>> WorkingDays(5).model_dump()
    {'n': 5, 'unit': 'working_days'}
    >>> parse_limit({"unit": "hours", "n": 72})
    Hours(72)
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Annotated, Any, ClassVar, Literal, Union

from pydantic import Field, TypeAdapter

from lapor_rules._model import LaporModel
from lapor_rules.errors import InvalidInputError, InvalidTypeError
from lapor_rules.text import Bilingual

__all__ = ["CalendarDays", "Hours", "Limit", "WorkingDays", "parse_limit"]


class _LimitBase(LaporModel):
    """Common behaviour of the three limit units."""

    n: int = Field(strict=True, ge=0, description="the count: days or hours, 0 or more")

    def __init__(self, n: int | None = None, /, **data: Any) -> None:
        if n is None:
            n = data.pop("n", None)
        if isinstance(n, bool) or not isinstance(n, int):
            raise InvalidTypeError(
                f"{type(self).__name__} needs a whole number (int, not {type(n).__name__})"
            )
        if n < 0:
            raise InvalidInputError(f"{type(self).__name__} cannot be negative")
        super().__init__(n=n, **data)

    __init__.__pydantic_base_init__ = True  # type: ignore[attr-defined]

    def _key(self, other: object) -> int | None:
        if not isinstance(other, _LimitBase):
            return None
        if type(other) is not type(self):
            raise InvalidTypeError(
                f"cannot compare {type(self).__name__} with {type(other).__name__}: different units"
            )
        return other.n

    def __lt__(self, other: object) -> bool:
        key = self._key(other)
        return NotImplemented if key is None else self.n < key

    def __le__(self, other: object) -> bool:
        key = self._key(other)
        return NotImplemented if key is None else self.n <= key

    def __gt__(self, other: object) -> bool:
        key = self._key(other)
        return NotImplemented if key is None else self.n > key

    def __ge__(self, other: object) -> bool:
        key = self._key(other)
        return NotImplemented if key is None else self.n >= key

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.n})"

    def __str__(self) -> str:
        return self.describe().id

    #: The unit in words, Indonesian and English (each unit sets it).
    words: ClassVar[tuple[str, str]]

    def describe(self) -> Bilingual:
        """The limit in words, e.g. ``5 hari kerja`` / ``5 working days``."""
        word_id, word_en = self.words
        return Bilingual(id=f"{self.n} {word_id}", en=f"{self.n} {word_en}")


class WorkingDays(_LimitBase):
    """``n`` working days (hari kerja), counted from the effective start day (rule T2).

    >>> WorkingDays(5) < WorkingDays(14)
    True
    """

    unit: Literal["working_days"] = "working_days"

    if TYPE_CHECKING:  # the constructor is positional: WorkingDays(5)

        def __init__(self, n: int, /) -> None: ...

    words: ClassVar[tuple[str, str]] = ("hari kerja", "working days")


class CalendarDays(_LimitBase):
    """``n`` calendar days (hari), rolled forward to a working day (rule T3).

    >>> str(CalendarDays(14))
    '14 hari kalender'
    """

    unit: Literal["calendar_days"] = "calendar_days"

    if TYPE_CHECKING:  # the constructor is positional: WorkingDays(5)

        def __init__(self, n: int, /) -> None: ...

    words: ClassVar[tuple[str, str]] = ("hari kalender", "calendar days")


class Hours(_LimitBase):
    """``n`` hours of elapsed clock time, with no calendar effect (rule T4).

    >>> Hours(72).describe().en
    '72 hours'
    """

    unit: Literal["hours"] = "hours"

    if TYPE_CHECKING:  # the constructor is positional: WorkingDays(5)

        def __init__(self, n: int, /) -> None: ...

    words: ClassVar[tuple[str, str]] = ("jam", "hours")


#: Any limit, discriminated by its ``unit`` field when loaded from plain data.
Limit = Annotated[Union[WorkingDays, CalendarDays, Hours], Field(discriminator="unit")]  # noqa: UP007

LIMIT_TYPES = (WorkingDays, CalendarDays, Hours)


@functools.lru_cache(maxsize=1)
def _adapter() -> TypeAdapter[WorkingDays | CalendarDays | Hours]:
    return TypeAdapter(Limit)


def parse_limit(data: Any) -> WorkingDays | CalendarDays | Hours:
    """Load a limit from plain data such as ``{"unit": "working_days", "n": 5}``.

    Raises:
        InvalidInputError: the data is not a limit.
    """
    from pydantic import ValidationError  # noqa: PLC0415

    from lapor_rules._model import validation_error  # noqa: PLC0415

    if isinstance(data, LIMIT_TYPES):
        return data
    try:
        return _adapter().validate_python(data)
    except ValidationError as exc:
        raise validation_error("Limit", exc) from None
