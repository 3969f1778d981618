"""The complaint-handling SLA policy (sla-semantics §P): stage limits as data.

Each row is a :class:`StageLimit` with an id, a bilingual name, the event that starts its clock,
its limit (with its unit) and its source citation. :meth:`SlaPolicy.default` is the published
SP4N-LAPOR!/SIPPN/statutory table; an agency loads its own from plain data with
``SlaPolicy.model_validate({...})``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from pydantic import Field, model_validator
from typing_extensions import Self

from lapor_rules._model import LaporModel
from lapor_rules.citations import Citation, cite
from lapor_rules.errors import InvalidInputError, RuleSetError
from lapor_rules.sla.limits import CalendarDays, Limit, WorkingDays
from lapor_rules.text import Bilingual, Language

__all__ = ["COMPLEXITY_CLASSES", "SlaPolicy", "StageLimit"]

#: The SIPPN complaint classes, lowest first (the triage ``Complexity`` values).
COMPLEXITY_CLASSES = ("simple", "normative", "complex", "oversight")

_CALENDAR_NOTE = (
    "Undang-undang menyebut 'hari' tanpa 'kerja'; dibaca sebagai hari kalender (aturan T3), "
    "digeser ke hari kerja berikutnya bila jatuh pada hari libur. / The statute says 'hari' "
    "without 'kerja'; read as calendar days (rule T3), moved to the next working day when it "
    "falls on a closure."
)


class StageLimit(LaporModel):
    """One row of an SLA policy: a stage and its limit, unit and source.

    Attributes:
        id: a stable identifier (``lapor_follow_up``, ``resolution_complex`` …).
        name: what the stage is, Indonesian and English.
        starts_at: the event that starts the clock.
        limit: ``WorkingDays``, ``CalendarDays`` or ``Hours``.
        citation: where the limit comes from.
        source_note: how the source was read (for example "hari" as calendar days).
    """

    id: str
    name: Bilingual
    starts_at: Bilingual
    limit: Limit
    citation: Citation
    source_note: str = ""


def _row(
    id: str, name: tuple[str, str], starts: tuple[str, str], limit: Any, citation: Citation,
    *, note: str = "",
) -> StageLimit:  # fmt: skip
    return StageLimit(
        id=id,
        name=Bilingual(id=name[0], en=name[1]),
        starts_at=Bilingual(id=starts[0], en=starts[1]),
        limit=limit,
        citation=citation,
        source_note=note,
    )


_RECEIPT = ("diterimanya pengaduan", "receipt of the complaint")
_SIPPN = "Standar pelayanan SIPPN: klasifikasi pengaduan"


def _default_stages() -> tuple[StageLimit, ...]:
    lapor = cite("SP4N-LAPOR!", "", "SLA yang dipublikasikan LAPOR! / LAPOR! published SLA")
    return (
        _row("lapor_verification", ("Verifikasi dan penerusan oleh admin LAPOR!",
             "Verification and forwarding by the LAPOR! admin"), _RECEIPT, WorkingDays(3), lapor),
        _row("lapor_follow_up", ("Tindak lanjut oleh instansi", "Agency follow-up"),
             ("diteruskannya laporan ke instansi", "forwarding to the agency"),
             WorkingDays(5), lapor),
        _row("lapor_auto_close", ("Penutupan otomatis tanpa balasan pelapor",
             "Automatic closing with no reply from the reporter"),
             ("tanggapan instansi", "the agency's response"), WorkingDays(10), lapor),
        _row("resolution_simple", ("Penyelesaian pengaduan ringan", "Resolution, simple"),
             _RECEIPT, WorkingDays(2), cite("SIPPN", "", _SIPPN)),
        _row("resolution_normative", ("Penyelesaian pengaduan bersifat normatif",
             "Resolution, normative"), _RECEIPT, WorkingDays(5), cite("SIPPN", "", _SIPPN)),
        _row("resolution_complex", ("Penyelesaian pengaduan tidak berkadar pengawasan",
             "Resolution, complex (no oversight content)"), _RECEIPT, WorkingDays(14),
             cite("SIPPN", "", _SIPPN)),
        _row("resolution_oversight", ("Penyelesaian pengaduan berkadar pengawasan",
             "Resolution, with oversight content and examination"), _RECEIPT, WorkingDays(60),
             cite("SIPPN", "", _SIPPN)),
        _row("statutory_acknowledgement", ("Tanggapan kelengkapan berkas",
             "Statutory acknowledgement (completeness)"), _RECEIPT, CalendarDays(14),
             cite("UU 25/2009", "Pasal 44 ayat (3)"), note=_CALENDAR_NOTE),
        _row("statutory_decision", ("Keputusan atas pengaduan", "Statutory decision"),
             ("berkas dinyatakan lengkap", "the file is declared complete"), CalendarDays(60),
             cite("UU 25/2009", "Pasal 50 ayat (1)"), note=_CALENDAR_NOTE),
        _row("statutory_notice", ("Penyampaian keputusan kepada pengadu",
             "Statutory notice of the decision"), ("diputuskannya pengaduan", "the decision"),
             CalendarDays(14), cite("UU 25/2009", "Pasal 50 ayat (2)"), note=_CALENDAR_NOTE),
        _row("issuance_civil_letters", ("Penerbitan KK, KTP, surat pindah, surat kelahiran",
             "Issuing KK, KTP, moving and birth letters"),
             ("dipenuhinya semua persyaratan", "all requirements met"), CalendarDays(14),
             cite("UU 23/2006", "Pasal 69"), note=_CALENDAR_NOTE),
        _row("issuance_death_letter", ("Penerbitan surat keterangan kematian",
             "Issuing the death letter"),
             ("dipenuhinya semua persyaratan", "all requirements met"), CalendarDays(3),
             cite("UU 23/2006", "Pasal 69"), note=_CALENDAR_NOTE),
        _row("issuance_civil_deed", ("Penerbitan kutipan akta pencatatan sipil",
             "Issuing a civil-registration deed (akta)"),
             ("dipenuhinya semua persyaratan", "all requirements met"), CalendarDays(30),
             cite("UU 23/2006", "Pasal 69 ayat (3)"), note=_CALENDAR_NOTE),
    )  # fmt: skip


class SlaPolicy(LaporModel):
    """A table of stage limits, and which stage resolves each complexity class.

    >>> SlaPolicy.default().limit_for_complexity("complex")
    WorkingDays(14)
    >>> SlaPolicy.default().limit("lapor_follow_up")
    WorkingDays(5)

    Attributes:
        id: the policy's name.
        version: the policy's version (record it with every decision made under it).
        stages: the rows, each with a unique id.
        complexity: complexity class (``simple`` … ``oversight``) -> stage id.
    """

    id: str = "lapor-default"
    version: str = "2026.1"
    stages: tuple[StageLimit, ...]
    complexity: dict[str, str] = Field(default_factory=dict)

    #: Malformed policy data (a bad limit, a duplicate stage id, a complexity class that names
    #: no stage) raises :class:`~lapor_rules.errors.RuleSetError`, from the constructor,
    #: ``model_validate`` and ``model_validate_json`` alike.
    input_error: ClassVar[type[InvalidInputError]] = RuleSetError

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        ids = [s.id for s in self.stages]
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            raise ValueError(f"duplicate stage ids: {', '.join(duplicates)}")
        unknown = sorted(c for c, sid in self.complexity.items() if sid not in ids)
        if unknown:
            raise ValueError(f"complexity classes name unknown stages: {', '.join(unknown)}")
        return self

    @classmethod
    def default(cls) -> SlaPolicy:
        """The default policy: sla-semantics §P (LAPOR!, SIPPN classes, UU 25/2009, UU 23/2006)."""
        return cls(
            stages=_default_stages(),
            complexity={c: f"resolution_{c}" for c in COMPLEXITY_CLASSES},
        )

    def stage(self, stage_id: str) -> StageLimit:
        """The row with this id.

        Raises:
            InvalidInputError: no stage has this id.
        """
        for row in self.stages:
            if row.id == stage_id:
                return row
        known = ", ".join(s.id for s in self.stages)
        raise InvalidInputError(f"unknown stage id {stage_id!r}; known: {known}")

    def limit(self, stage_id: str) -> WorkingDays | CalendarDays | Any:
        """The limit of the stage with this id."""
        return self.stage(stage_id).limit

    def for_complexity(self, complexity: str) -> StageLimit:
        """The resolution stage of a complexity class (``simple`` … ``oversight``).

        Accepts the class name or triage's ``Complexity`` enum (a ``str`` enum).

        Raises:
            InvalidInputError: the class is not in this policy.
        """
        key = getattr(complexity, "value", complexity)
        if not isinstance(key, str) or key not in self.complexity:
            known = ", ".join(self.complexity) or "none"
            raise InvalidInputError(f"unknown complexity class; this policy knows: {known}")
        return self.stage(self.complexity[key])

    def limit_for_complexity(self, complexity: str) -> WorkingDays | CalendarDays | Any:
        """The resolution limit of a complexity class."""
        return self.for_complexity(complexity).limit

    def to_markdown(self, lang: Language = "id") -> str:
        """Render the table for SOP documents (Indonesian by default, or ``lang="en"``)."""
        head = (
            "| id | tahap | mulai dihitung sejak | batas | sumber | catatan |"
            if lang == "id"
            else "| id | stage | clock starts at | limit | source | note |"
        )
        lines = [head, "|---|---|---|---|---|---|"]
        notes: list[str] = []
        for row in self.stages:
            mark = ""
            if row.source_note:
                if row.source_note not in notes:
                    notes.append(row.source_note)
                mark = f"[{notes.index(row.source_note) + 1}]"
            lines.append(
                f"| `{row.id}` | {row.name.get(lang)} | {row.starts_at.get(lang)} | "
                f"{row.limit.describe().get(lang)} | {row.citation} | {mark} |"
            )
        if notes:
            lines.append("")
            lines.extend(f"[{k}] {note}" for k, note in enumerate(notes, 1))
        if self.complexity:
            lines.append("")
            lines.append("Kelas kompleksitas:" if lang == "id" else "Complexity classes:")
            lines.extend(f"- `{c}` → `{sid}`" for c, sid in self.complexity.items())
        return "\n".join(lines)

    def as_mapping(self) -> Mapping[str, Any]:
        """Plain data that :meth:`model_validate` accepts (the JSON form of the policy)."""
        data: Mapping[str, Any] = self.model_dump(mode="json")
        return data
