"""Build result models from values the engine has already checked, without re-validation.

The engine computes every field of a result itself (dates from the rank table, closures that
were validated when the calendar was built), so validating them again would only cost time on
the hot path. This does what ``BaseModel.model_construct`` does, minus its per-field loop; the
caller must pass every field.
"""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel

__all__ = ["build"]

M = TypeVar("M", bound=BaseModel)

_set = object.__setattr__


def build(cls: type[M], values: dict[str, Any]) -> M:
    """Return an instance of ``cls`` holding ``values`` (every field, already valid)."""
    obj = cls.__new__(cls)
    _set(obj, "__dict__", values)
    _set(obj, "__pydantic_fields_set__", set(values))
    _set(obj, "__pydantic_extra__", None)
    _set(obj, "__pydantic_private__", None)
    return obj
