"""Every public model survives JSON and pickle unchanged (issue 5: non-Python services, workers).

``EXAMPLES`` builds one realistic instance of each public model through the public API; a
test fails when a public model has no example, so a new model cannot skip the round trip.
"""

from __future__ import annotations

import datetime as dt
import pickle
from collections.abc import Callable
from zoneinfo import ZoneInfo

import pytest

import lapor_rules as lr
from lapor_rules._model import LaporModel
from lapor_rules.schemas import public_models

WIB = ZoneInfo("Asia/Jakarta")
RECEIVED = dt.datetime(2026, 3, 17, 15, 0, tzinfo=WIB)
PAUSE = (RECEIVED + dt.timedelta(days=1), RECEIVED + dt.timedelta(days=3))


def _request() -> lr.AccessRequest:
    return lr.AccessRequest.model_validate(
        {
            "requester": "family_member",
            "elements": ["nik", "alamat_sekarang", "sidik_jari"],
            "purpose": "kepentingan_pribadi",
            "channel": "private",
            "facts": ["identity_verified"],
        }
    )


def _case() -> lr.CaseRecord:
    return lr.CaseRecord(
        id="LPR-1",
        received_at=RECEIVED,
        forwarded_at=RECEIVED + dt.timedelta(days=1),
        responded_at=RECEIVED + dt.timedelta(days=20),
        complexity="normative",
        pauses=[lr.sla.Pause(start=PAUSE[0], end=PAUSE[1])],
    )


def _recap() -> lr.Recap:
    late = {"id": "LPR-2", "received_at": RECEIVED, "complexity": "simple"}
    return lr.summarize([_case(), late], now=RECEIVED + dt.timedelta(days=30))


def _decision() -> lr.AccessDecision:
    return lr.check_access(_request())


def _complaint() -> lr.Complaint:
    return lr.Complaint(
        "Bapak saya mau operasi besok tapi BPJS tidak aktif, NIK 3171011708450001 tdk terdaftar",
        received_at=RECEIVED,
        prior_reports=1,
        reporter=lr.Reporter(groups=["lansia"]),
    )


EXAMPLES: dict[str, Callable[[], LaporModel]] = {
    "AgencyPolicy": lambda: lr.AgencyPolicy.model_validate(
        {
            "name": "Dukcapil Kota Denpasar",
            "province": "51",
            "cuti_bersama": False,
            "extra_closures": [{"date": "2026-06-17", "name": "Hari Raya Galungan"}],
            "class_limits": {"complex": {"unit": "working_days", "n": 10}},
        }
    ),
    "AccessDecision": _decision,
    "AccessReason": lambda: _decision().reasons[0],
    "AccessRequest": _request,
    "Bilingual": lambda: lr.Bilingual(id="Hari kerja", en="Working day"),
    "CalendarDays": lambda: lr.CalendarDays(14),
    "CaseRecord": _case,
    "Citation": lambda: lr.Citation(instrument="UU 24/2013", article="Pasal 79 ayat (1)"),
    "Complaint": _complaint,
    "Reporter": lambda: lr.Reporter(groups=["disabilitas"], is_subject=False),
    "RuleSet": lr.RuleSet.default,
    "TriageReason": lambda: lr.triage(_complaint()).reasons[0],
    "TriageResult": lambda: lr.triage(_complaint()),
    "Closure": lambda: lr.WorkingCalendar.indonesia().closures(2027)[0],
    "Deadline": lambda: lr.deadline(RECEIVED, lr.WorkingDays(5), pauses=[PAUSE]),
    "Hours": lambda: lr.Hours(72),
    "NikInfo": lambda: lr.parse_nik("3171015708450001", today=dt.date(2026, 11, 23)),
    "OfficeHours": lr.OfficeHours,
    "PersonalDataFinding": lambda: lr.find_personal_data("hp 0812-3456-7890")[0],
    "Recap": _recap,
    "SlaPolicy": lr.SlaPolicy.default,
    "SlaStatus": lambda: lr.sla_status(
        RECEIVED, lr.WorkingDays(5), now=RECEIVED + dt.timedelta(days=20), pauses=[PAUSE]
    ),
    "WithheldElement": lambda: _decision().withheld[0],
    "WorkingDays": lambda: lr.WorkingDays(5),
}


def test_every_public_model_has_an_example() -> None:
    """A new public model must come with an example here (no silent gaps)."""
    assert set(public_models()) == set(EXAMPLES)


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_json_round_trip_is_lossless(name: str) -> None:
    """``model_dump_json`` -> ``model_validate_json`` gives an equal model.

    Computed fields such as ``reasons`` are accepted back and recomputed.
    """
    model = EXAMPLES[name]()
    assert type(model).__name__ == name
    again = type(model).model_validate_json(model.model_dump_json())
    assert again == model
    assert again.model_dump_json() == model.model_dump_json()


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_plain_data_and_pickle_round_trips(name: str) -> None:
    """``model_dump(mode="json")`` -> ``model_validate`` and pickle both give equal models."""
    model = EXAMPLES[name]()
    assert type(model).model_validate(model.model_dump(mode="json")) == model
    assert pickle.loads(pickle.dumps(model)) == model
