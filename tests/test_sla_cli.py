"""The ``deadline`` and ``calendar`` commands and the SLA demo section (thin CLI shell)."""

from __future__ import annotations

import io
import json

import pytest

from lapor_rules.cli import main
from lapor_rules.cli._args import parse_instant
from lapor_rules.cli.sla_cmd import demo_section


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    status = main(list(argv), out=out)
    return status, out.getvalue()


def test_t2_deadline_command_human_output() -> None:
    """T2/T6: the human output shows the deadline, skipped closures and the reasons."""
    status, text = run("deadline", "2026-03-17T10:00+07:00", "--working-days", "5")
    assert status == 0
    assert "Tenggat / Deadline:       2026-03-31 16:00 WIB" in text
    assert "cuti_bersama     Cuti Bersama Hari Raya Idul Fitri" in text
    assert "[T1]" in text
    assert "[C3]" in text


def test_c5_deadline_command_json_by_province() -> None:
    """C5/T6: --province picks the zone; --json gives the Deadline model as JSON."""
    status, text = run(
        "deadline", "2026-03-17T10:00+09:00", "--working-days", "5", "--province", "91", "--json"
    )
    assert status == 0
    data = json.loads(text)
    assert data["due_at"] == "2026-03-31T16:00:00+09:00"
    assert data["timezone"] == "Asia/Jayapura"
    assert data["reasons"][0]["rule"] == "T1"


@pytest.mark.parametrize(
    ("flag", "due"),
    [
        pytest.param("--calendar-days", "2025-06-05T16:00:00+07:00", id="T3"),
        pytest.param("--hours", "2025-06-02T13:00:00+07:00", id="T4"),
    ],
)
def test_t3_t4_deadline_command_other_units(flag: str, due: str) -> None:
    """T3/T4: --calendar-days and --hours."""
    status, text = run("deadline", "2025-06-02T03:00Z", flag, "3", "--json")
    assert status == 0
    assert json.loads(text)["due_at"] == due


def test_c2_deadline_command_without_cuti_bersama() -> None:
    """C2: --no-cuti-bersama opens the office on cuti bersama days."""
    _, text = run("deadline", "2026-03-17T10:00+07:00", "--working-days", "5", "--no-cuti-bersama")
    assert "2026-03-25 16:00 WIB" in text


@pytest.mark.parametrize(
    "argv",
    [
        pytest.param(["deadline", "2026-03-17T10:00", "--working-days", "5"], id="naive"),
        pytest.param(["deadline", "17/03/2026", "--working-days", "5"], id="not-iso"),
        pytest.param(["deadline", "2026-03-17T10:00Z", "--working-days", "-1"], id="negative"),
        pytest.param(["deadline", "2019-03-17T10:00Z", "--working-days", "5"], id="C4-outside"),
        pytest.param(["calendar", "2026", "--zone", "CET"], id="unknown-zone"),
        pytest.param(["calendar", "2026", "--province", "99"], id="unknown-province"),
        pytest.param(["calendar", "2040"], id="C4-year-outside"),
    ],
)
def test_bad_cli_input_exits_2_with_a_message(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """T inputs/C4/C5 bad input: exit status 2 and a message on standard error."""
    status, text = run(*argv)
    assert status == 2
    assert text == ""
    assert "error:" in capsys.readouterr().err


def test_c2_c4_calendar_command_lists_kind_estimated_and_source() -> None:
    """C2/C4: every closure of the year with kind, estimated flag and source; provisional."""
    status, text = run("calendar", "2027", "--json")
    assert status == 0
    data = json.loads(text)
    assert data["provisional"] is True
    row = next(c for c in data["closures"] if c["date"] == "2027-03-10")
    assert row["estimated"] is True
    assert row["kind"] == "national_holiday"
    assert row["source"].startswith("holidays ")
    _, human = run("calendar", "2025", "--zone", "WITA")
    assert "2025-08-18" in human
    assert "Asia/Makassar" in human


def test_cli_parse_instant_accepts_z_suffix() -> None:
    """T inputs: RECEIVED_AT is ISO 8601 with an offset or Z (aware)."""
    assert parse_instant("2026-03-17T03:00Z").utcoffset() is not None


def test_t1_c5_demo_section_shows_wib_and_wit() -> None:
    """Demo: Lebaran 2026 with 5 working days, WIB and WIT, with the skipped closures."""
    out = io.StringIO()
    demo_section(out)
    text = out.getvalue()
    assert "2026-03-31 16:00 WIB" in text
    assert "2026-04-01 16:00 WIT" in text
    assert "Cuti Bersama Hari Suci Nyepi" in text
    status, demo = run("demo")
    assert status == 0
    assert "Tenggat SLA / SLA deadlines" in demo
