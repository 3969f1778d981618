"""Build result models from values the engine already guarantees valid (internal).

Pydantic's ``model_construct`` is generic and costs several microseconds per object; the
access engine builds a handful of result objects per call from rows and enums it owns, so it
sets the same attributes ``model_construct`` would set (``__dict__``, the fields-set, no extra
and no private attributes) directly. Only for models without validators that transform input,
with every field given.
"""

from __future__ import annotations

from typing import Any, TypeVar

from lapor_rules._model import LaporModel

__all__ = ["build"]

_M = TypeVar("_M", bound=LaporModel)
_setattr = object.__setattr__
_new = object.__new__


def build(cls: type[_M], /, **values: Any) -> _M:
    """Return an instance of ``cls`` holding ``values`` (every field) without validating."""
    obj = _new(cls)
    _setattr(obj, "__dict__", values)
    _setattr(obj, "__pydantic_fields_set__", set(cls.__pydantic_fields__))
    _setattr(obj, "__pydantic_extra__", None)
    _setattr(obj, "__pydantic_private__", None)
    return obj
