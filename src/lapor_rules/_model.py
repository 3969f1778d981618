"""The base class of every public pydantic model.

Models are frozen, reject unknown fields, and never echo input values in validation errors:
a failed validation raises :class:`~lapor_rules.errors.InvalidInputError` (a ``ValueError``)
whose message names the model and the fields, not the data in them.
"""

from __future__ import annotations

import re
from typing import Any, ClassVar

from pydantic import BaseModel, ConfigDict, ValidationError, model_validator
from typing_extensions import Self

from lapor_rules.errors import FrozenModelError, InvalidInputError

__all__ = ["LaporModel", "validation_error"]


_DIGIT_RUN = re.compile(r"\d{6}")


def _safe_loc_part(part: str | int) -> str | int:
    """Return a field-path element, or ``<key>`` if it could be data (long, or digit-heavy)."""
    if isinstance(part, str) and (len(part) > 40 or _DIGIT_RUN.search(part)):
        return "<key>"
    return part


def validation_error(
    model_name: str,
    exc: ValidationError,
    error_class: type[InvalidInputError] = InvalidInputError,
) -> InvalidInputError:
    """Turn a pydantic ``ValidationError`` into an ``InvalidInputError`` without input values.

    Field paths are kept (they say where the problem is); a path element that looks like data
    rather than a field name (a dictionary key with a run of digits, or a very long one) is
    replaced by ``<key>``.
    """
    details = []
    parts = []
    for raw in exc.errors(include_input=False, include_url=False, include_context=False):
        loc_parts: tuple[str | int, ...] = tuple(_safe_loc_part(p) for p in raw["loc"])
        item: dict[str, Any] = {**raw, "loc": loc_parts}
        details.append(item)
        loc = ".".join(str(p) for p in loc_parts) or "(model)"
        parts.append(f"{loc}: {item['msg']}")
    summary = "; ".join(parts[:5]) + (f"; and {len(parts) - 5} more" if len(parts) > 5 else "")
    return error_class(f"invalid {model_name}: {summary}", errors=details)


class LaporModel(BaseModel):
    """Frozen, strict-about-fields pydantic model whose errors carry no personal data.

    A subclass may set ``input_error`` to a subclass of :class:`InvalidInputError` (policies
    and rule sets raise :class:`~lapor_rules.errors.RuleSetError`).
    """

    #: The error raised when validation fails.
    input_error: ClassVar[type[InvalidInputError]] = InvalidInputError

    model_config: ClassVar[ConfigDict] = ConfigDict(
        frozen=True,
        extra="forbid",
        hide_input_in_errors=True,
        validate_default=False,
    )

    def __init__(self, /, **data: Any) -> None:
        try:
            super().__init__(**data)
        except ValidationError as exc:
            raise validation_error(type(self).__name__, exc, self.input_error) from None

    # Validation from plain data (model_validate) must not re-enter __init__: its error would
    # be translated twice.
    __init__.__pydantic_base_init__ = True  # type: ignore[attr-defined]

    @model_validator(mode="before")
    @classmethod
    def _accept_computed_fields(cls, data: Any) -> Any:
        """Drop this model's computed fields from input: a model's own JSON validates back.

        ``model_dump_json`` includes computed fields (such as ``reasons``); they are derived
        from the other fields, so on input they are ignored rather than rejected as extra.
        """
        computed = cls.__pydantic_computed_fields__
        if computed and isinstance(data, dict) and not computed.keys().isdisjoint(data):
            return {k: v for k, v in data.items() if k not in computed}
        return data

    def __setattr__(self, name: str, value: Any) -> None:
        raise FrozenModelError(f"{type(self).__name__} is immutable: cannot set {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenModelError(f"{type(self).__name__} is immutable: cannot delete {name!r}")

    @classmethod
    def model_validate(cls, obj: Any, **kwargs: Any) -> Self:
        """Validate plain data (for example parsed JSON) into this model.

        Raises:
            InvalidInputError: the data does not fit the model; the message names the fields.
        """
        try:
            return super().model_validate(obj, **kwargs)
        except ValidationError as exc:
            raise validation_error(cls.__name__, exc, cls.input_error) from None

    @classmethod
    def model_validate_json(cls, json_data: str | bytes | bytearray, **kwargs: Any) -> Self:
        """Validate a JSON document into this model.

        Raises:
            InvalidInputError: the document does not fit the model; the message names the fields.
        """
        try:
            return super().model_validate_json(json_data, **kwargs)
        except ValidationError as exc:
            raise validation_error(cls.__name__, exc, cls.input_error) from None
