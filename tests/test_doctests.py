"""Every docstring example in the package runs and holds (T2, S4, P, C6, PD-*, NIK-*, PRIV-*).

The modules are discovered, not listed, so a new module's examples are checked as soon as it
exists.
"""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import lapor_rules

#: Modules that run code when imported (``python -m lapor_rules``).
_SKIP = {"lapor_rules.__main__"}

MODULES = sorted(
    info.name
    for info in pkgutil.walk_packages(lapor_rules.__path__, prefix="lapor_rules.")
    if info.name not in _SKIP
)


def test_modules_are_discovered() -> None:
    """The discovery finds the capabilities' modules (guards against an empty parametrize)."""
    assert {"lapor_rules.sla.deadline", "lapor_rules.privacy.nik"} <= set(MODULES)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    """The examples in this module's docstrings are true."""
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
