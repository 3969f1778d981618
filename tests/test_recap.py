"""Recap of complaint records: follow-up shares, stage compliance (S1, S2, P), errors."""

from __future__ import annotations

import datetime as dt
import pickle
from fractions import Fraction
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given

from lapor_rules import (
    CalendarCoverageError,
    CaseRecord,
    InvalidInputError,
    InvalidRecordError,
    InvalidTypeError,
    Recap,
    SlaPolicy,
    WorkingCalendar,
    WorkingDays,
    deadline,
    summarize,
)
from lapor_rules.recap.summary import _Summary
from lapor_rules.sla import Pause
from lapor_rules.testing import aware_datetimes, case_record_lists

WIB = ZoneInfo("Asia/Jakarta")


def at(d: int, h: int = 9, mi: int = 0, mo: int = 7) -> dt.datetime:
    """An instant in July 2025, WIB (a month without holidays)."""
    return dt.datetime(2025, mo, d, h, mi, tzinfo=WIB)


NOW = at(21, 10)  # Monday 21 July 2025 10:00 WIB

# Hand-built register; the comments give each stage's deadline under the default policy (P).
RECORDS: list[dict[str, Any]] = [
    # A: verification due Thu 10 Jul 16:00 (met); follow-up from Wed 9, due Wed 16 (met);
    #    normative 5 WD from Mon 7, due Mon 14 16:00, responded Tue 15 (missed).
    {"id": "A", "received_at": at(7), "forwarded_at": at(9, 10), "responded_at": at(15, 10),
     "complexity": "normative"},
    # B: forwarded Mon 14 09:00 after the 3 WD (missed) but before the 5 WD close (not late);
    #    follow-up due Mon 21 16:00, 44 of 50 office hours used at NOW (at risk).
    {"id": "B", "received_at": at(7), "forwarded_at": at(14, 9)},
    # C: never forwarded: verification due Fri 4 Jul 16:30 and simple (2 WD) due Thu 3 Jul
    #    16:00 are both breached; past the 5 WD reporting threshold (Tue 8 Jul).
    {"id": "C", "received_at": at(1, 10), "complexity": "simple"},
    # D: received Friday after closing: start day Mon 21; verification on track at NOW.
    {"id": "D", "received_at": at(18, 17)},
    # E: closed without a response: follow-up and resolution are closed early.
    {"id": "E", "received_at": at(7), "forwarded_at": at(8), "closed_at": at(9),
     "complexity": "complex"},
    # F: received after NOW: left out.
    {"id": "F", "received_at": at(22)},
    # G: forwarded Mon 14 17:00, after the 5 WD close (verified late); follow-up starts
    #    Tue 15, due Tue 22 (met by the response on Wed 16).
    {"id": "G", "received_at": at(7), "forwarded_at": at(14, 17), "responded_at": at(16, 9)},
]  # fmt: skip


@pytest.fixture(scope="module")
def recap() -> Recap:
    return summarize(RECORDS, now=NOW)


def test_shares_follow_the_definitions(recap: Recap) -> None:
    """RC1/RC2: followed up = responded by now; in process = forwarded; else not."""
    assert (recap.total, recap.received_after_now) == (6, 1)
    assert (recap.followed_up, recap.in_process, recap.not_followed_up) == (2, 2, 2)
    assert recap.share_followed_up == Fraction(1, 3)
    assert recap.share_in_process == Fraction(1, 3)
    assert recap.share_not_followed_up == Fraction(1, 3)
    assert recap.display_percentages() == (3334, 3333, 3333)  # largest remainder: 100.00
    assert recap.closed == 1
    assert recap.unclassified == 3


@pytest.mark.parametrize(
    ("stage", "counts", "compliance", "with_breaches"),
    [
        pytest.param("lapor_verification", (6, 2, 2, 1, 0, 1, 0), Fraction(1, 2),
                     Fraction(2, 5), id="P-verification-3WD-S1-S2"),
        pytest.param("lapor_follow_up", (4, 2, 0, 0, 1, 0, 1), Fraction(1), Fraction(1),
                     id="P-follow-up-5WD-at-risk-closed-early"),
        pytest.param("resolution_normative", (1, 0, 1, 0, 0, 0, 0), Fraction(0), Fraction(0),
                     id="P-normative-5WD-missed"),
        pytest.param("resolution_simple", (1, 0, 0, 0, 0, 1, 0), None, Fraction(0),
                     id="P-simple-2WD-breached"),
        pytest.param("resolution_complex", (1, 0, 0, 0, 0, 0, 1), None, None,
                     id="P-complex-closed-early"),
        pytest.param("resolution_oversight", (0, 0, 0, 0, 0, 0, 0), None, None,
                     id="P-oversight-empty"),
    ],
)  # fmt: skip
def test_stage_figures(
    recap: Recap,
    stage: str,
    counts: tuple[int, ...],
    compliance: Fraction | None,
    with_breaches: Fraction | None,
) -> None:
    """S1/S2 per stage under the P limits: total, met, missed, on track, at risk, breached."""
    s = recap.stage(stage)
    got = (s.total, s.met, s.missed, s.on_track, s.at_risk, s.breached, s.closed_early)
    assert got == counts
    assert s.compliance == compliance
    assert s.compliance_with_breaches == with_breaches


def test_breaches_late_verification_and_median(recap: Recap) -> None:
    """RC5/RC6/RC7: breaches list, the 5-working-day verification figures, the D2 median."""
    listed = {(b.case_id, b.stage, b.state) for b in recap.breaches}
    assert listed == {
        ("A", "resolution_normative", "missed"),
        ("B", "lapor_verification", "missed"),
        ("C", "lapor_verification", "breached"),
        ("C", "resolution_simple", "breached"),
        ("G", "lapor_verification", "missed"),
    }
    a = next(b for b in recap.breaches if b.case_id == "A")
    assert a.due_at == at(14, 16)
    assert a.overdue == dt.timedelta(hours=18)
    assert (recap.verified_late, recap.unverified_late) == (1, 1)
    # D2 on start days: A Mon 7 -> Tue 15 is 6 working days, G Mon 7 -> Wed 16 is 7.
    assert recap.responded == 2
    assert recap.median_working_days_to_response == 6.5


def test_t5_pause_turns_a_miss_into_a_met() -> None:
    """T5: a pause waiting on the reporter extends the verification deadline."""
    rec = {"id": "P1", "received_at": at(7), "forwarded_at": at(11, 10)}
    assert summarize([rec], now=NOW).stage("lapor_verification").missed == 1
    paused = {**rec, "pauses": [{"start": at(8, 9), "end": at(10, 9)}]}
    assert summarize([paused], now=NOW).stage("lapor_verification").met == 1


def test_t5_pauses_as_known_at_now() -> None:
    """RC1/T5: a pause after now is not counted; a running pause counts up to now."""
    rec = {"id": "P2", "received_at": at(7, 7, 30)}  # verification due Thu 10 Jul 16:00
    now = at(11, 9)
    assert summarize([rec], now=now).stage("lapor_verification").breached == 1
    later = {**rec, "pauses": [{"start": at(14, 9), "end": at(18, 9)}]}
    assert summarize([later], now=now).stage("lapor_verification").breached == 1
    running = {**rec, "pauses": [{"start": at(8, 7, 30), "end": at(25, 9)}]}
    recap = summarize([running], now=now)
    assert recap.stage("lapor_verification").on_track == 1
    assert recap == summarize([{**rec, "pauses": [{"start": at(8, 7, 30), "end": now}]}], now=now)


def test_s2_open_stage_breached_only_after_the_deadline() -> None:
    """S2: an unforwarded case is on track, at risk, then breached as now passes."""
    rec = [{"id": "X", "received_at": at(7, 7, 30)}]  # verification due Thu 10 Jul 16:00
    states = []
    for now in (at(7, 12), at(10, 12), at(10, 16), at(10, 16, 1)):
        s = summarize(rec, now=now).stage("lapor_verification")
        states.append((s.on_track, s.at_risk, s.breached))
    assert states == [(1, 0, 0), (0, 1, 0), (0, 1, 0), (0, 0, 1)]


def test_policy_limits_are_used() -> None:
    """P is data: a policy with a 10 WD verification turns B's miss into a met."""
    data = SlaPolicy.default().as_mapping()
    stages = [
        {**s, "limit": {"unit": "working_days", "n": 10}} if s["id"] == "lapor_verification"
        else s
        for s in data["stages"]
    ]  # fmt: skip
    policy = SlaPolicy.model_validate({**data, "stages": stages})
    r = summarize([RECORDS[1]], now=NOW, policy=policy)
    assert r.stage("lapor_verification").met == 1


# ------------------------------------------------------------------------------ properties


@given(case_record_lists(), aware_datetimes(2024, 2026))
def test_shares_are_exact_and_sum_to_one(records: list[CaseRecord], now: dt.datetime) -> None:
    """RC2: exact fractions summing to 1; displayed percentages sum to 100.00."""
    r = summarize(records, now=now)
    assert r.total + r.received_after_now == len(records)
    assert r.followed_up + r.in_process + r.not_followed_up == r.total
    if r.total:
        assert r.share_followed_up is not None
        assert r.share_in_process is not None
        assert r.share_not_followed_up is not None
        assert r.share_followed_up + r.share_in_process + r.share_not_followed_up == 1
        shown = r.display_percentages()
        assert shown is not None
        assert sum(shown) == 10000
        exact = (r.share_followed_up, r.share_in_process, r.share_not_followed_up)
        for units, share in zip(shown, exact, strict=True):
            assert abs(Fraction(units, 10000) - share) < Fraction(1, 10000)
    else:
        assert r.share_followed_up is None
        assert r.display_percentages() is None


@given(case_record_lists(), aware_datetimes(2024, 2026))
def test_stage_counts_partition_the_cases(records: list[CaseRecord], now: dt.datetime) -> None:
    """RC3/RC4 (S1/S2): every case in a stage has one state; compliance is met / finished."""
    r = summarize(records, now=now)
    assert r.stage("lapor_verification").total == r.total
    assert r.stage("lapor_follow_up").total == r.followed_up + r.in_process
    resolution = sum(s.total for s in r.stages if s.stage.startswith("resolution_"))
    assert resolution == r.total - r.unclassified
    for s in r.stages:
        states = s.met + s.missed + s.on_track + s.at_risk + s.breached + s.closed_early
        assert states == s.total
        if s.met + s.missed:
            assert s.compliance == Fraction(s.met, s.met + s.missed)
    assert len(r.breaches) == sum(s.missed + s.breached for s in r.stages)


@given(case_record_lists(), aware_datetimes(2024, 2026))
def test_on_time_record_never_lowers_compliance(
    records: list[CaseRecord], now: dt.datetime
) -> None:
    """RC4/S1: adding a case answered within every stage limit never lowers compliance."""
    before = summarize(records, now=now)
    on_time = CaseRecord(
        id="ON-TIME",
        received_at=now - dt.timedelta(minutes=2),
        forwarded_at=now - dt.timedelta(minutes=1),
        responded_at=now,
        complexity="simple",
    )
    after = summarize([*records, on_time], now=now)
    for old, new in zip(before.stages, after.stages, strict=True):
        assert new.met == old.met + (old.stage in {"lapor_verification", "lapor_follow_up",
                                                   "resolution_simple"})  # fmt: skip
        for field in ("compliance", "compliance_with_breaches"):
            was, now_value = getattr(old, field), getattr(new, field)
            if was is not None:
                assert now_value >= was


def _as_of(rec: CaseRecord, now: dt.datetime) -> CaseRecord:
    events = ("forwarded_at", "responded_at", "closed_at")
    update: dict[str, Any] = {e: None for e in events if (getattr(rec, e) or now) > now}
    update["pauses"] = tuple(
        Pause(start=p.start, end=min(p.end, now)) for p in rec.pauses if p.start < now
    )
    return rec.model_copy(update=update)


@given(case_record_lists(), aware_datetimes(2024, 2026))
def test_events_after_now_count_as_not_happened(
    records: list[CaseRecord], now: dt.datetime
) -> None:
    """RC1: a record's events after now weigh exactly as if they were not recorded."""
    full = summarize(records, now=now)
    known = summarize([_as_of(r, now) for r in records], now=now)
    assert full == known


@given(case_record_lists(max_size=20, with_pauses=False), aware_datetimes(2024, 2026))
def test_t2_fast_path_agrees_with_deadline(records: list[CaseRecord], now: dt.datetime) -> None:
    """T1/T2: the recap's precomputed due instants equal deadline() for every stage."""
    cal = WorkingCalendar.indonesia()
    policy = SlaPolicy.default()
    summary = _Summary(policy, cal, now, WorkingDays(5), 0.75)
    for rec in records:
        for limit in (WorkingDays(3), WorkingDays(5), WorkingDays(60)):
            expected = deadline(rec.received_at, limit, calendar=cal).due_at
            assert summary.due(rec.received_at, limit, ()) == expected
    r = summarize(records, now=now, calendar=cal)
    by_id = {rec.id: rec for rec in records}
    for b in r.breaches:
        rec = by_id[b.case_id]
        start = rec.forwarded_at if b.stage == "lapor_follow_up" else rec.received_at
        assert start is not None
        assert b.due_at == deadline(start, policy.limit(b.stage), calendar=cal).due_at


# ---------------------------------------------------------------------- serialisation


def test_recap_pickles_and_round_trips_json(recap: Recap) -> None:
    """RC2/RC4 (exact fractions): pickle and JSON round-trips leave a Recap unchanged."""
    assert pickle.loads(pickle.dumps(recap)) == recap
    assert Recap.model_validate_json(recap.model_dump_json()) == recap


@given(case_record_lists(max_size=5))
def test_case_record_json_round_trip(records: list[CaseRecord]) -> None:
    """RC8: CaseRecord JSON and pickle round-trips are exact."""
    for rec in records:
        assert CaseRecord.model_validate_json(rec.model_dump_json()) == rec
        assert pickle.loads(pickle.dumps(rec)) == rec


def test_text_table_in_both_languages(recap: Recap) -> None:
    """RC2 display: Indonesian first by default (decimal comma), English on request."""
    text_id = recap.to_text()
    assert "Sudah ditindaklanjuti" in text_id
    assert "33,34 %" in text_id
    assert "lapor_verification" in text_id
    assert "50,00 %" in text_id  # verification compliance 1/2
    text_en = recap.to_text("en")
    assert "Followed up" in text_en
    assert "33.34%" in text_en
    assert "Median working days from receipt to response: 6.5 (n = 2)" in text_en
    assert "ditanggapi: 6,5 (n = 2)" in text_id
    with pytest.raises(InvalidInputError, match="unknown language"):
        recap.to_text("fr")  # type: ignore[arg-type]


# ------------------------------------------------------------------------------- errors


@pytest.mark.parametrize(
    ("record", "field", "message"),
    [
        pytest.param({"forwarded_at": at(6)}, "forwarded_at",
                     "forwarded_at is earlier than received_at", id="forwarded-before-received"),
        pytest.param({"forwarded_at": at(9), "responded_at": at(8)}, "responded_at",
                     "responded_at is earlier than forwarded_at", id="responded-before-forwarded"),
        pytest.param({"responded_at": at(9)}, "responded_at",
                     "responded_at is given without forwarded_at", id="responded-not-forwarded"),
        pytest.param({"forwarded_at": at(9), "closed_at": at(8)}, "closed_at",
                     "closed_at is earlier than forwarded_at", id="closed-before-forwarded"),
        pytest.param({"received_at": "2025-07-07T09:00:00"}, "received_at",
                     "timezone", id="naive-received"),
        pytest.param({"forwarded_at": "2025-07-08T09:00:00"}, "forwarded_at",
                     "timezone", id="naive-forwarded"),
        pytest.param({"complexity": "urgent"}, "complexity", "complexity", id="unknown-class"),
        pytest.param({"reporter": "Budi"}, "reporter", "Extra inputs", id="unknown-field"),
        pytest.param({"pauses": [{"start": at(9), "end": at(8)}]}, "pauses",
                     "pause 0 ends before it starts", id="pause-reversed"),
    ],
)  # fmt: skip
def test_malformed_record_names_index_id_and_field(
    record: dict[str, Any], field: str, message: str
) -> None:
    """RC8: a bad record names its index, id and field, never the value."""
    good = {"id": "OK-1", "received_at": at(7)}
    bad = {"id": "LPR-7", "received_at": at(7), **record}
    with pytest.raises(InvalidRecordError) as info:
        summarize([good, bad], now=NOW)
    err = info.value
    assert isinstance(err, ValueError)
    assert (err.index, err.field) == (1, field)
    text = str(err)
    assert text.startswith("record 1 (id 'LPR-7'): ")
    assert message in text
    assert "Budi" not in text
    assert "2025" not in text  # no timestamp is echoed


def test_an_id_that_could_be_personal_data_is_not_echoed() -> None:
    """RC8/privacy: a case id holding a long digit run (a NIK?) is hidden in errors."""
    nik_like = "3171011501900001"
    with pytest.raises(InvalidRecordError) as info:
        summarize([{"id": nik_like, "received_at": at(7), "forwarded_at": at(6)}], now=NOW)
    assert nik_like not in str(info.value)
    assert "<hidden>" in str(info.value)


def test_coverage_error_names_the_record() -> None:
    """C4/RC8: a date outside the calendar's years names the record."""
    cal = WorkingCalendar.indonesia(years=range(2025, 2026))
    rec = {"id": "OLD-1", "received_at": dt.datetime(2019, 5, 6, 9, tzinfo=WIB)}
    with pytest.raises(CalendarCoverageError, match=r"^record 0 \(id 'OLD-1'\): "):
        summarize([rec], now=NOW, calendar=cal)


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        pytest.param({"now": dt.datetime(2025, 7, 21, 10)}, InvalidInputError, id="naive-now"),
        pytest.param({"now": "2025-07-21"}, InvalidTypeError, id="now-not-datetime"),
        pytest.param({"now": NOW, "policy": "default"}, InvalidTypeError, id="bad-policy"),
        pytest.param({"now": NOW, "calendar": "WIB"}, InvalidTypeError, id="bad-calendar"),
        pytest.param({"now": NOW, "warn_at": 1.5}, InvalidInputError, id="bad-warn-at"),
    ],
)
def test_bad_arguments(kwargs: dict[str, Any], error: type[Exception]) -> None:
    """RC1/RC8: a naive now and wrong argument types are clear errors."""
    with pytest.raises(error):
        summarize(RECORDS, **kwargs)


@pytest.mark.parametrize(
    "cases",
    [pytest.param("not records", id="string"), pytest.param([42], id="number-record")],
)
def test_wrong_collection_types(cases: Any) -> None:
    """RC8: records must be CaseRecord objects or mappings."""
    with pytest.raises(InvalidTypeError):
        summarize(cases, now=NOW)


def test_policy_without_the_lapor_stages_is_refused() -> None:
    """P: the recap needs the verification and follow-up stages in the policy."""
    default = SlaPolicy.default()
    rows = tuple(s for s in default.stages if s.id != "lapor_verification")
    policy = SlaPolicy(stages=rows, complexity=dict(default.complexity))
    with pytest.raises(InvalidInputError, match="lapor_verification"):
        summarize(RECORDS, now=NOW, policy=policy)


def test_late_verification_threshold_and_warning_are_parameters() -> None:
    """RC6/S2: the late-verification threshold and the warning threshold are parameters."""
    # G was forwarded Mon 14 Jul 17:00: late for 5 WD (due Mon 14 16:00), not for 6 WD.
    assert summarize(RECORDS, now=NOW, late_verification=WorkingDays(6)).verified_late == 0
    # B's follow-up is 88 % used at NOW: at risk at 0.75, on track at 0.9.
    relaxed = summarize(RECORDS, now=NOW, warn_at=0.9).stage("lapor_follow_up")
    assert (relaxed.on_track, relaxed.at_risk) == (1, 0)
    with pytest.raises(InvalidTypeError):
        summarize(RECORDS, now=NOW, late_verification=5)  # type: ignore[arg-type]


@given(case_record_lists(max_size=8), aware_datetimes(2024, 2026))
def test_text_renders_every_recap(records: list[CaseRecord], now: dt.datetime) -> None:
    """RC2 display: every recap renders in both languages, empty ones included."""
    r = summarize(records, now=now)
    for lang in ("id", "en"):
        text = r.to_text(lang)
        assert str(r.total) in text.splitlines()[2]
        assert all(s.stage in text for s in r.stages)
