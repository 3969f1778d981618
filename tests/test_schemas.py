"""JSON Schemas of the public models and the ``schema`` command (issue 5)."""

from __future__ import annotations

import io
import json

import pytest

from lapor_rules import InvalidInputError
from lapor_rules.cli import main
from lapor_rules.schemas import json_schema, public_models


def test_every_public_model_has_a_json_schema() -> None:
    models = public_models()
    assert "Bilingual" in models
    assert "Citation" in models
    for name in models:
        for mode in ("validation", "serialization"):
            schema = json_schema(name, mode=mode)
            assert schema["type"] == "object", name
            json.dumps(schema)


def test_unknown_model_is_a_clear_error() -> None:
    with pytest.raises(InvalidInputError, match="unknown model 'Nope'; known models: "):
        json_schema("Nope")


def test_cli_lists_models_and_prints_a_schema() -> None:
    out = io.StringIO()
    assert main(["schema"], out=out) == 0
    assert any(line.startswith("Bilingual") for line in out.getvalue().splitlines())
    out = io.StringIO()
    assert main(["schema", "Citation"], out=out) == 0
    schema = json.loads(out.getvalue())
    assert schema["required"] == ["instrument"]


def test_cli_unknown_model_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema", "Nope"], out=io.StringIO()) == 2
    assert "unknown model" in capsys.readouterr().err
