"""The docstring examples of the calendar and SLA modules run and hold (T2, S4, P, C6)."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = [
    "lapor_rules.calendar.closure",
    "lapor_rules.calendar.hours",
    "lapor_rules.calendar.engine",
    "lapor_rules.sla.limits",
    "lapor_rules.sla.deadline",
    "lapor_rules.sla.status",
    "lapor_rules.sla.policy",
    "lapor_rules.testing.sla",
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    """Docstring examples (T2 deadline, S4 remaining days, P lookups, C6 hours) are true."""
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
