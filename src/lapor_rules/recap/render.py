"""Plain-text rendering of a :class:`~lapor_rules.recap.Recap` (Indonesian or English)."""

from __future__ import annotations

from fractions import Fraction
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from lapor_rules.regions import ZONES
from lapor_rules.text import Language

if TYPE_CHECKING:
    from lapor_rules.recap.summary import Recap

__all__ = ["percent", "render_text"]

_LABELS: dict[str, dict[str, str]] = {
    "id": {
        "title": "Rekap pengaduan per {now}",
        "policy": "Kebijakan SLA: {policy} (versi {version}); data libur: {data}",
        "total": "Jumlah pengaduan: {n}",
        "future": "Diterima setelah waktu rekap (tidak dihitung): {n}",
        "status": "Status",
        "count": "Jumlah",
        "share": "Persen",
        "followed_up": "Sudah ditindaklanjuti",
        "in_process": "Dalam proses",
        "not_followed_up": "Belum ditindaklanjuti",
        "closed": "Ditutup: {n}",
        "stages": "Kepatuhan SLA per tahap",
        "late": "Diverifikasi lebih dari {limit}: {n}; belum diverifikasi dan sudah lewat: {m}",
        "median": "Median hari kerja dari diterima sampai ditanggapi: {m} (n = {n})",
        "breaches": "Pelanggaran tenggat: {n}",
        "unclassified": "Tanpa kelas kompleksitas (tanpa tahap penyelesaian): {n}",
        "provisional": "PERHATIAN: sebagian tenggat memakai data libur sementara (C4)",
        "none": "-",
    },
    "en": {
        "title": "Complaint recap at {now}",
        "policy": "SLA policy: {policy} (version {version}); holiday data: {data}",
        "total": "Complaints: {n}",
        "future": "Received after the recap time (not counted): {n}",
        "status": "Status",
        "count": "Count",
        "share": "Share",
        "followed_up": "Followed up",
        "in_process": "In process",
        "not_followed_up": "Not followed up",
        "closed": "Closed: {n}",
        "stages": "SLA compliance per stage",
        "late": "Verified later than {limit}: {n}; not verified and already past it: {m}",
        "median": "Median working days from receipt to response: {m} (n = {n})",
        "breaches": "Deadline breaches: {n}",
        "unclassified": "Without a complexity class (no resolution stage): {n}",
        "provisional": "NOTE: some deadlines use provisional holiday data (C4)",
        "none": "-",
    },
}


_COLUMNS: dict[str, tuple[str, ...]] = {
    "id": (
        "tahap", "batas", "jumlah", "tepat", "telat", "sesuai", "berisiko", "lewat",
        "tutup", "kepatuhan", "+lewat",
    ),
    "en": (
        "stage", "limit", "total", "met", "missed", "on track", "at risk", "breached",
        "closed", "compliance", "+breached",
    ),
}  # fmt: skip


def percent(
    value: int | Fraction | None, lang: Language = "id", *, hundredths: bool = False
) -> str:
    """A share as a percentage with 2 decimals (``95,07 %`` in Indonesian, ``95.07%`` in English).

    Args:
        value: a fraction of 1, or (with ``hundredths=True``) hundredths of a percent.
        lang: ``"id"`` (decimal comma) or ``"en"`` (decimal point).
        hundredths: ``value`` is already in hundredths of a percent.
    """
    if value is None:
        return "-"
    units = int(value) if hundredths else round(Fraction(value) * 10000)
    text = f"{units // 100}.{units % 100:02d}"
    return f"{text.replace('.', ',')} %" if lang == "id" else f"{text}%"


def _table(rows: list[tuple[str, ...]], left: int = 1) -> list[str]:
    """Align ``rows`` (the first is the header): ``left`` text columns, then numbers."""
    widths = [max(len(r[k]) for r in rows) for k in range(len(rows[0]))]
    out = []
    for n, row in enumerate(rows):
        cells = [c.ljust(widths[k]) if k < left else c.rjust(widths[k]) for k, c in enumerate(row)]
        out.append("  ".join(cells).rstrip())
        if n == 0:
            out.append("  ".join("-" * w for w in widths))
    return out


def render_text(recap: Recap, lang: Language = "id") -> str:
    """Render ``recap`` as plain text: the follow-up shares, then SLA figures per stage."""
    if lang not in _LABELS:
        from lapor_rules.errors import InvalidInputError  # noqa: PLC0415

        raise InvalidInputError(f"unknown language {lang!r}: use 'id' or 'en'")
    t = _LABELS[lang]
    abbr = ZONES.get(recap.timezone, ("", 0))[0]  # type: ignore[call-overload]
    local = recap.now.astimezone(ZoneInfo(recap.timezone))
    lines = [
        t["title"].format(now=f"{local:%Y-%m-%d %H:%M} {abbr}"),
        t["policy"].format(
            policy=recap.policy_id, version=recap.policy_version, data=recap.data_version
        ),
        t["total"].format(n=recap.total),
    ]
    if recap.received_after_now:
        lines.append(t["future"].format(n=recap.received_after_now))
    lines.append("")
    shares = recap.display_percentages()
    status_rows: list[tuple[str, ...]] = [(t["status"], t["count"], t["share"])]
    for k, key in enumerate(("followed_up", "in_process", "not_followed_up")):
        share = percent(shares[k], lang, hundredths=True) if shares else "-"
        status_rows.append((t[key], str(getattr(recap, key)), share))
    lines.extend(_table(status_rows))
    lines.append(t["closed"].format(n=recap.closed))
    lines.append("")
    lines.append(t["stages"])
    stage_rows: list[tuple[str, ...]] = [_COLUMNS[lang]]
    for s in recap.stages:
        stage_rows.append(
            (
                s.stage,
                s.limit.describe().get(lang),
                str(s.total),
                str(s.met),
                str(s.missed),
                str(s.on_track),
                str(s.at_risk),
                str(s.breached),
                str(s.closed_early),
                percent(s.compliance, lang),
                percent(s.compliance_with_breaches, lang),
            )
        )
    lines.extend(_table(stage_rows))
    lines.append("")
    median = recap.median_working_days_to_response
    median_text = t["none"] if median is None else f"{median:g}"
    if lang == "id":
        median_text = median_text.replace(".", ",")
    lines.append(
        t["late"].format(
            limit=recap.late_verification_limit.describe().get(lang),
            n=recap.verified_late,
            m=recap.unverified_late,
        )
    )
    lines.append(t["median"].format(m=median_text, n=recap.responded))
    lines.append(t["breaches"].format(n=len(recap.breaches)))
    if recap.unclassified:
        lines.append(t["unclassified"].format(n=recap.unclassified))
    if recap.provisional:
        lines.append(t["provisional"])
    return "\n".join(lines) + "\n"


def render_breaches(recap: Recap, lang: Language = "id") -> str:
    """Render the breach list as a plain-text table: case, stage, state, deadline, lateness."""
    from lapor_rules.sla.deadline import duration_text  # noqa: PLC0415

    if lang == "id":
        head = ("kasus", "tahap", "status", "tenggat", "terlambat")
        states = {"breached": "melewati tenggat", "missed": "selesai terlambat"}
    else:
        head = ("case", "stage", "state", "deadline", "overdue")
        states = {"breached": "breached", "missed": "missed"}
    if not recap.breaches:
        return ""
    zone = ZoneInfo(recap.timezone)
    rows: list[tuple[str, ...]] = [head]
    for b in recap.breaches:
        rows.append(
            (
                b.case_id,
                b.stage,
                states[b.state],
                f"{b.due_at.astimezone(zone):%Y-%m-%d %H:%M}",
                duration_text(b.overdue).get(lang),
            )
        )
    return "\n".join(_table(rows, left=4)) + "\n"
