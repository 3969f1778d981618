"""Every runnable example in examples/ runs to the end and prints something.

Docs and an example for every feature: the scripts are discovered, not listed, so a new
example is checked as soon as it exists.
"""

from __future__ import annotations

import runpy
from pathlib import Path

import pytest

EXAMPLES = sorted((Path(__file__).resolve().parents[1] / "examples").glob("*.py"))


def test_examples_exist() -> None:
    """The discovery finds the examples folder's scripts."""
    assert len(EXAMPLES) >= 4


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_example_runs(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The script runs as ``python examples/NAME.py`` would, without an error."""
    runpy.run_path(str(path), run_name="__main__")
    assert capsys.readouterr().out.strip()


def test_testing_module_explains_a_missing_hypothesis(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without Hypothesis, importing lapor_rules.testing fails with the install hint."""
    import importlib  # noqa: PLC0415
    import sys  # noqa: PLC0415

    for name in [
        m
        for m in sys.modules
        if m == "lapor_rules.testing" or m.startswith(("lapor_rules.testing.", "hypothesis"))
    ]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "hypothesis", None)  # makes "import hypothesis" fail
    with pytest.raises(ImportError, match=r"pip install 'lapor-rules\[test\]'"):
        importlib.import_module("lapor_rules.testing")


def test_readme_python_example_runs() -> None:
    """The README's usage example runs as written (T2, PRIV-THIRD-PARTY, triage)."""
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    blocks = readme.split("```python\n")[1:]
    assert blocks, "README has no python example"
    for block in blocks:
        exec(compile(block.split("```", 1)[0], "README.md", "exec"), {})
