"""The docstring examples of the recap and agency modules run and hold (RC8, AG1, AG3)."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = [
    "lapor_rules.recap.records",
    "lapor_rules.recap.summary",
    "lapor_rules.agency",
    "lapor_rules.testing.recap",
    "lapor_rules.sla.batch",
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    """Docstring examples (RC8 records, AG1 zone, AG3 class override) are true."""
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
