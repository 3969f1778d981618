"""Hypothesis strategies for services that test code built on lapor_rules.

Importable only when Hypothesis is installed (``pip install 'lapor-rules[test]'``)::

    from hypothesis import given
    from lapor_rules.testing import aware_datetimes

The strategies live in one module per capability and are re-exported here.
"""

from __future__ import annotations

try:
    import hypothesis  # noqa: F401
except ImportError as exc:  # pragma: no cover - exercised only without hypothesis
    raise ImportError(
        "lapor_rules.testing needs Hypothesis: pip install 'lapor-rules[test]'"
    ) from exc

from lapor_rules.testing.privacy import (
    access_requests,
    emails,
    invalid_niks,
    nik_texts,
    phone_numbers,
    valid_niks,
)

__all__: list[str] = [
    "access_requests",
    "emails",
    "invalid_niks",
    "nik_texts",
    "phone_numbers",
    "valid_niks",
]
