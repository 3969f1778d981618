"""JSON Schemas of the public models, for services written in other languages.

Every public input and result model (each a frozen pydantic model exported from
``lapor_rules``) has a JSON Schema, so a non-Python service can validate what it sends and
receives. ``lapor-rules schema [MODEL]`` prints them.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from types import MappingProxyType
from typing import Any

from lapor_rules._model import LaporModel
from lapor_rules.errors import InvalidInputError

__all__ = ["json_schema", "public_models"]


@cache
def public_models() -> Mapping[str, type[LaporModel]]:
    """Return the public pydantic models of ``lapor_rules`` by name, sorted by name."""
    import lapor_rules  # noqa: PLC0415 - the package imports this module's users, not this module

    found: dict[str, type[LaporModel]] = {}
    for name in sorted(lapor_rules.__all__):
        obj = getattr(lapor_rules, name)
        if isinstance(obj, type) and issubclass(obj, LaporModel):
            found[name] = obj
    return MappingProxyType(found)


def json_schema(model: str, *, mode: str = "validation") -> dict[str, Any]:
    """Return the JSON Schema of the public model named ``model``.

    Args:
        model: a public model name, e.g. ``"AccessRequest"``.
        mode: ``"validation"`` (what the model accepts) or ``"serialization"`` (what
            ``model_dump_json`` produces).

    Raises:
        InvalidInputError: no public model has that name, or ``mode`` is unknown.
    """
    models = public_models()
    if model not in models:
        raise InvalidInputError(f"unknown model {model!r}; known models: {', '.join(models)}")
    if mode not in ("validation", "serialization"):
        raise InvalidInputError("mode must be 'validation' or 'serialization'")
    schema: dict[str, Any] = models[model].model_json_schema(
        mode="validation" if mode == "validation" else "serialization"
    )
    return schema
