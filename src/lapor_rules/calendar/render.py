"""Render a calendar's closures as Markdown for SOP documents (Indonesian first, English second).

``docs/calendar.md`` embeds :func:`closures_markdown` for the years agencies plan with; a test
fails when the page and the installed ``holidays`` data disagree, so a document cannot drift
from the code that computes deadlines.
"""

from __future__ import annotations

from lapor_rules.calendar.closure import ClosureKind
from lapor_rules.calendar.engine import WorkingCalendar

__all__ = ["closures_markdown"]

_WEEKDAYS = (
    ("Senin", "Mon"),
    ("Selasa", "Tue"),
    ("Rabu", "Wed"),
    ("Kamis", "Thu"),
    ("Jumat", "Fri"),
    ("Sabtu", "Sat"),
    ("Minggu", "Sun"),
)
_KINDS = {
    ClosureKind.NATIONAL_HOLIDAY: "libur nasional / national holiday",
    ClosureKind.CUTI_BERSAMA: "cuti bersama",
    ClosureKind.EXTRA: "penutupan tambahan / extra closure",
}


def closures_markdown(calendar: WorkingCalendar, year: int) -> str:
    """Every closure of ``year`` as a Markdown table, with the provisional note (rule C4).

    Columns: date, weekday, kind, whether the date is estimated, name (as the data source
    spells it), source. Weekend closures are listed too: they close no working day but are
    part of the decree.

    Raises:
        CalendarCoverageError: ``year`` is outside the calendar's years.
    """
    closures = calendar.closures(year)
    lines = [
        f"Data: {calendar.data_version}; zona / zone {calendar.timezone}; cuti bersama "
        + ("diterapkan / applied" if calendar.cuti_bersama else "tidak diterapkan / not applied")
        + ".",
        "",
    ]
    note = calendar.provisional_years.get(year)
    if note is not None:
        lines += [f"**Sementara / Provisional.** {note.id} / {note.en}", ""]
    lines += [
        "| tanggal / date | hari / day | jenis / kind | perkiraan / estimated | nama / name "
        "| sumber / source |",
        "|---|---|---|---|---|---|",
    ]
    for c in closures:
        day_id, day_en = _WEEKDAYS[c.date.weekday()]
        estimated = "ya / yes" if c.estimated else ""
        lines.append(
            f"| {c.date.isoformat()} | {day_id} / {day_en} | {_KINDS[c.kind]} | {estimated} "
            f"| {c.name} | {c.source} |"
        )
    weekdays = len({c.date for c in closures if c.date.weekday() < 5})
    lines += [
        "",
        f"{len(closures)} penutupan; {weekdays} hari Senin–Jumat tutup / {len(closures)} "
        f"closures; {weekdays} weekdays closed.",
    ]
    return "\n".join(lines)
