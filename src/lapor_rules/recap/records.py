"""Complaint records for the recap: what a service exports from its case register.

A :class:`CaseRecord` holds the opaque case id, the received, forwarded, responded and closed
instants (timezone-aware), the complexity class and the pauses spent waiting on the reporter.
No complaint text and no reporter data: a recap needs none.

The instants must be in order: ``received_at <= forwarded_at <= responded_at <= closed_at``
(each one that is given), and a response needs a forwarding. Records that break the order are
errors naming the field, never the value.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, Literal

from pydantic import AwareDatetime, Field, ValidationInfo, field_validator

from lapor_rules._model import LaporModel
from lapor_rules.errors import InvalidInputError, InvalidRecordError, InvalidTypeError
from lapor_rules.sla.deadline import Pause

__all__ = ["CaseRecord", "ComplexityName", "iter_records", "safe_case_id"]

#: The SIPPN complaint classes (triage's ``Complexity`` values).
ComplexityName = Literal["simple", "normative", "complex", "oversight"]

_DIGIT_RUN = re.compile(r"\d{6}")


def safe_case_id(value: object) -> str:
    """The case id for an error message, or ``<hidden>`` if it might be personal data.

    Case ids are meant to be opaque register numbers; an id that is long or holds a run of six
    or more digits (it could be a NIK or a phone number) is not repeated.
    """
    if isinstance(value, str) and 0 < len(value) <= 40 and not _DIGIT_RUN.search(value):
        return repr(value)
    return "<hidden>"


def _not_before(value: dt.datetime | None, info: ValidationInfo, *earlier: str) -> None:
    if value is None:
        return
    for name in earlier:
        other = info.data.get(name)
        if other is not None and value < other:
            raise ValueError(f"{info.field_name} is earlier than {name}")


class CaseRecord(LaporModel):
    """One complaint case as the recap sees it.

    Attributes:
        id: an opaque case id (register number); shown in breach lists and errors.
        received_at: when the complaint was received (timezone-aware).
        forwarded_at: when it was verified and forwarded to the agency, if it was.
        responded_at: when the agency's response (tindak lanjut) was posted, if it was;
            needs ``forwarded_at``.
        closed_at: when the case was closed, if it was.
        complexity: ``simple``, ``normative``, ``complex`` or ``oversight`` (the resolution
            class), if classified.
        pauses: stretches when the case waited on the reporter (rule T5).

    >>> import datetime as dt
    >>> wib = dt.timezone(dt.timedelta(hours=7))
    >>> CaseRecord(id="A-1", received_at=dt.datetime(2026, 3, 2, 9, tzinfo=wib)).complexity is None
    True
    """

    id: str = Field(min_length=1, max_length=200, description="opaque case id")
    received_at: AwareDatetime
    forwarded_at: AwareDatetime | None = None
    responded_at: AwareDatetime | None = None
    closed_at: AwareDatetime | None = None
    complexity: ComplexityName | None = None
    pauses: tuple[Pause, ...] = ()

    @field_validator("forwarded_at")
    @classmethod
    def _forwarded_in_order(cls, value: dt.datetime | None, info: ValidationInfo) -> Any:
        _not_before(value, info, "received_at")
        return value

    @field_validator("responded_at")
    @classmethod
    def _responded_in_order(cls, value: dt.datetime | None, info: ValidationInfo) -> Any:
        if (
            value is not None
            and info.data.get("forwarded_at") is None
            and "forwarded_at" in (info.data)
        ):
            raise ValueError("responded_at is given without forwarded_at")
        _not_before(value, info, "received_at", "forwarded_at")
        return value

    @field_validator("closed_at")
    @classmethod
    def _closed_in_order(cls, value: dt.datetime | None, info: ValidationInfo) -> Any:
        _not_before(value, info, "received_at", "forwarded_at", "responded_at")
        return value

    @field_validator("complexity", mode="before")
    @classmethod
    def _enum_value(cls, value: Any) -> Any:
        return getattr(value, "value", value)  # triage's Complexity is a str enum

    @field_validator("pauses")
    @classmethod
    def _pauses_aware(cls, value: tuple[Pause, ...]) -> tuple[Pause, ...]:
        for k, p in enumerate(value):
            for end in ("start", "end"):
                instant: dt.datetime = getattr(p, end)
                if instant.tzinfo is None or instant.utcoffset() is None:
                    raise ValueError(f"pause {k} {end} is a naive datetime")
            if p.end < p.start:
                raise ValueError(f"pause {k} ends before it starts")
        return value


def _record_error(index: int, raw: object, exc: InvalidInputError) -> InvalidRecordError:
    case = raw.get("id") if isinstance(raw, Mapping) else getattr(raw, "id", None)
    fields = []
    for err in exc.errors:
        loc = err.get("loc", ())
        if loc:
            fields.append(str(loc[0]))
    field = fields[0] if fields else None
    detail = str(exc).removeprefix("invalid CaseRecord: ")
    return InvalidRecordError(
        f"record {index} (id {safe_case_id(case)}): {detail}",
        index=index,
        field=field,
        errors=exc.errors,
    )


def iter_records(cases: Iterable[CaseRecord | Mapping[str, Any]]) -> Iterator[CaseRecord]:
    """Validate ``cases`` one by one: :class:`CaseRecord` objects pass, mappings are validated.

    Raises:
        InvalidRecordError: a record is malformed; the message names its index, its id (unless
            the id could be personal data) and the field, never the field's value.
        InvalidTypeError: ``cases`` is not an iterable, or a record is neither a ``CaseRecord``
            nor a mapping.
    """
    if isinstance(cases, (str, bytes, Mapping)) or not isinstance(cases, Iterable):
        raise InvalidTypeError("cases must be an iterable of CaseRecord objects or mappings")
    for index, raw in enumerate(cases):
        if isinstance(raw, CaseRecord):
            yield raw
        elif isinstance(raw, Mapping):
            try:
                yield CaseRecord.model_validate(raw)
            except InvalidInputError as exc:
                raise _record_error(index, raw, exc) from None
        else:
            raise InvalidTypeError(
                f"record {index} must be a CaseRecord or a mapping, not {type(raw).__name__}"
            )
