"""``lapor-rules recap FILE.jsonl``: table, JSON, language, policy file, errors by line."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from lapor_rules import Recap
from lapor_rules.cli import main

SAMPLE = Path(__file__).resolve().parents[1] / "examples" / "data" / "recap_sample.jsonl"
NOW = "2026-04-10T16:00+07:00"


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    status = main(["recap", *argv], out=out)
    return status, out.getvalue()


def test_table_in_indonesian_then_english() -> None:
    """RC2/RC3 via the CLI: the sample register as a table, Indonesian by default."""
    status, text = run(str(SAMPLE), "--now", NOW)
    assert status == 0
    assert text.startswith("Rekap pengaduan per 2026-04-10 16:00 WIB")
    assert "Jumlah pengaduan: 40" in text
    status, text = run(str(SAMPLE), "--now", NOW, "--lang", "en", "--breaches")
    assert status == 0
    assert "Complaints: 40" in text
    assert "overdue" in text


def test_json_is_the_recap_model() -> None:
    """RC2/RC4 via the CLI --json: the Recap model's JSON, which validates back into a Recap."""
    status, text = run(str(SAMPLE), "--now", NOW, "--json")
    assert status == 0
    recap = Recap.model_validate_json(text)
    assert recap.total == 40
    assert recap.followed_up + recap.in_process + recap.not_followed_up == 40


def test_zone_changes_the_calendar() -> None:
    """C5 through the CLI: --province 94 computes in WIT."""
    status, text = run(str(SAMPLE), "--now", NOW, "--province", "94")
    assert status == 0
    assert "WIT" in text.splitlines()[0]


def test_policy_file(tmp_path: Path) -> None:
    """AG1/AG3 via the CLI: a JSON policy file; its name is in the merged policy id."""
    policy = tmp_path / "denpasar.json"
    policy.write_text(
        json.dumps(
            {
                "name": "Dukcapil Kota Denpasar",
                "province": "51",
                "class_limits": {"simple": {"unit": "working_days", "n": 3}},
            }
        ),
        encoding="utf-8",
    )
    status, text = run(str(SAMPLE), "--now", NOW, "--policy", str(policy), "--lang", "en")
    assert status == 0
    assert "lapor-default+Dukcapil Kota Denpasar" in text
    assert "WITA" in text.splitlines()[0]


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        pytest.param(['{"id": "A", "received_at": "2026-03-02T09:00+07:00"}', "", "{oops"],
                     "line 3: not valid JSON", id="bad-json-line"),
        pytest.param(['{"id": "A", "received_at": "2026-03-02T09:00+07:00"}', "",
                      '{"id": "B", "received_at": "2026-03-02T09:00+07:00", '
                      '"forwarded_at": "2026-03-01T09:00+07:00"}'],
                     "line 3: record 1 (id 'B'): forwarded_at", id="out-of-order-line"),
    ],
)  # fmt: skip
def test_bad_register_names_the_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lines: list[str], message: str
) -> None:
    """RC8 via the CLI: exit 2, the message names the line and field."""
    register = tmp_path / "register.jsonl"
    register.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert run(str(register), "--now", NOW)[0] == 2
    err = capsys.readouterr().err
    assert message in err
    assert "2026-03-01" not in err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        pytest.param([str(SAMPLE), "--now", "2026-04-10T16:00"], "no UTC offset", id="naive-now"),
        pytest.param([str(SAMPLE), "--now", "yesterday"], "not an ISO 8601", id="bad-now"),
        pytest.param(["/nonexistent/register.jsonl"], "cannot read", id="missing-file"),
    ],
)
def test_bad_arguments_exit_2(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    """RC1 via the CLI: a naive or malformed --now and a missing file are clear errors."""
    assert run(*argv)[0] == 2
    assert message in capsys.readouterr().err


def test_demo_has_a_recap_section() -> None:
    """RC2/RC3: the demo shows the recap section."""
    out = io.StringIO()
    assert main(["demo"], out=out) == 0
    assert "== Rekap pengaduan / Complaint recap ==" in out.getvalue()


@pytest.mark.skipif(sys.version_info < (3, 11), reason="tomllib is Python 3.11+")
def test_policy_file_in_toml(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """AG1/AG4 via the CLI: a TOML policy file loads; a malformed one names the field."""
    good = tmp_path / "policy.toml"
    good.write_text('name = "Dukcapil Kota Jayapura"\nprovince = "91"\n', encoding="utf-8")
    status, text = run(str(SAMPLE), "--now", NOW, "--policy", str(good))
    assert status == 0
    assert "WIT" in text.splitlines()[0]
    bad = tmp_path / "bad.toml"
    bad.write_text('name = "X"\ncuti_bersama = "kadang"\n', encoding="utf-8")
    assert run(str(SAMPLE), "--now", NOW, "--policy", str(bad))[0] == 2
    err = capsys.readouterr().err
    assert "cuti_bersama" in err
    assert "kadang" not in err
