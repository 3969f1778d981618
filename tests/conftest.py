"""Shared test configuration: Hypothesis profiles and the optional shared evaluation data.

Profiles: ``dev`` (default, quick), ``ci`` (derandomised so CI runs are repeatable, more
examples) and ``thorough`` (for a long local run). Choose with ``HYPOTHESIS_PROFILE``; CI
sets ``CI=true`` and gets ``ci``.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile("dev", max_examples=60, deadline=None)
settings.register_profile(
    "ci",
    max_examples=150,
    deadline=None,
    derandomize=True,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("thorough", max_examples=2000, deadline=None)
_default_profile = "ci" if os.environ.get("CI", "").lower() in {"1", "true", "yes"} else "dev"
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", _default_profile))

#: ``../shared/data`` beside the repository: real complaints we may evaluate on but not ship.
SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


@pytest.fixture(scope="session")
def shared_data_dir() -> Path:
    """Return the shared evaluation data folder, skipping the test when it is absent."""
    if not (SHARED_DATA / "complaints_dev.jsonl").is_file():
        pytest.skip("../shared/data is not available on this machine")
    return SHARED_DATA
