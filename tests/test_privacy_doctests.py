"""The docstring examples of the privacy modules run and hold (PD-*, NIK-*, PRIV-*)."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = [
    "lapor_rules.privacy.personal_data",
    "lapor_rules.privacy.requests",
    "lapor_rules.privacy.nik",
    "lapor_rules.privacy.engine",
    "lapor_rules.testing.privacy",
]


@pytest.mark.parametrize("name", MODULES)
def test_privacy_docstring_examples(name: str) -> None:
    """PD-* / NIK-* / PRIV-THIRD-PARTY: the examples in the docstrings are true."""
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0
    assert result.failed == 0
