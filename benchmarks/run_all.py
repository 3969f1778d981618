"""Run every ``benchmarks/bench_*.py`` script in turn and print µs per call.

Each benchmark module has a ``main() -> None`` that prints a table of its hot paths beside a
reference implementation measured in the same run. Usage: ``python benchmarks/run_all.py``.
"""

from __future__ import annotations

import importlib.util
import platform
import sys
from pathlib import Path


def main() -> None:
    """Run all benchmark modules found beside this file."""
    here = Path(__file__).resolve().parent
    print(f"Python {platform.python_version()} on {platform.machine()} ({platform.system()})")
    for path in sorted(here.glob("bench_*.py")):
        spec = importlib.util.spec_from_file_location(path.stem, path)
        if spec is None or spec.loader is None:  # pragma: no cover - defensive
            continue
        module = importlib.util.module_from_spec(spec)
        sys.modules[path.stem] = module
        spec.loader.exec_module(module)
        print(f"\n## {path.stem}")
        module.main()


if __name__ == "__main__":
    main()
