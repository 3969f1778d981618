"""Check NIKs the way a service form would: structure, region, never the number in output.

Run: ``python examples/privacy_nik.py``. The NIKs are synthetic.
"""

from __future__ import annotations

import datetime as dt

from lapor_rules import InvalidNikError, parse_nik

TODAY = dt.date(2026, 11, 23)
SAMPLES = (
    "31.7101.170845.0001",  # valid, written with dots
    "6501015708900002",  # valid, Kalimantan Utara, a woman (day + 40)
    "3171013002450001",  # 30 February
    "3171011708450000",  # serial 0000
)


def main() -> None:
    for sample in SAMPLES:
        try:
            info = parse_nik(sample, today=TODAY)
        except InvalidNikError as exc:
            print(f"invalid ({exc.reason}): {exc}")
            continue
        print(f"valid: {info}  {info.sex}, born {info.birth_date.year}, zone {info.zone}")


if __name__ == "__main__":
    main()
