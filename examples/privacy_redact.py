"""Redact personal data from a complaint before it is logged or published.

Run: ``python examples/privacy_redact.py``. The NIK, KK number, phone and e-mail below are
synthetic.
"""

from __future__ import annotations

from lapor_rules import find_personal_data, redact

COMPLAINT = (
    "Selamat siang, KTP-el saya (NIK 3171011708450001) belum jadi padahal sudah 3 bulan. "
    "No KK 3171-0117-0845-0002. Sudah bayar Rp 300.000 di RT 03/RW 05. "
    "Mohon hubungi 0812-3456-7890 atau budi.santoso@example.com."
)


def main() -> None:
    print(redact(COMPLAINT))
    print()
    for finding in find_personal_data(COMPLAINT):
        # Only the kind, the offsets and the masked form: never the value itself.
        print(f"{finding.kind.value:9} {finding.start:4}-{finding.end:<4} {finding.masked}")


if __name__ == "__main__":
    main()
