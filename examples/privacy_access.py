"""Decide population-data requests and print the replies a complaint handler would send.

Run: ``python examples/privacy_access.py``. Three requests: a reporter asking who owns a NIK
(refused), a family member asking for an address and a fingerprint record (partly given),
and an institution without a cooperation agreement (referred to the formal procedure).
"""

from __future__ import annotations

from lapor_rules import AccessRequest, check_access

REQUESTS = {
    "NIK ini milik siapa? (reporter about another person)": AccessRequest(
        "public",
        ["nik", "nama_lengkap", "alamat_sekarang"],
        purpose="kepentingan_pribadi",
        channel="private",
    ),
    "Family member, verified": AccessRequest(
        "family_member",
        ["alamat_sekarang", "sidik_jari"],
        purpose="kepentingan_pribadi",
        channel="private",
        facts=["identity_verified"],
    ),
    "Bank without a PKS": AccessRequest(
        "institution", ["nik", "tanggal_lahir"], purpose="pelayanan_publik", channel="system"
    ),
}


def main() -> None:
    for title, request in REQUESTS.items():
        decision = check_access(request)
        print(f"### {title}")
        print(f"outcome: {decision.outcome.value}; rules: {', '.join(decision.rule_ids)}")
        print()
        print(decision.reply("id"))
        print()
        print(decision.reply("en"))
        print()


if __name__ == "__main__":
    main()
