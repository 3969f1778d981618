"""The default decision rules, built from the triage rubric (``triage-rubric.md``).

Each rule is plain data: a condition over signal and fact ids, an effect (floors that only
raise), a bilingual message and the legal basis. In ``all_of``, ``"a|b"`` means "a or b".
Rule ids: ``U-`` set urgency, ``C-`` complexity, ``T-`` third-party data.
"""

from __future__ import annotations

from functools import lru_cache

from lapor_rules.citations import Citation, cite
from lapor_rules.text import Bilingual
from lapor_rules.triage.lexicon import DEFAULT_SIGNALS
from lapor_rules.triage.models import Complexity, Effect, Urgency
from lapor_rules.triage.rules import Condition, DecisionRule, RuleSet

__all__ = ["DEFAULT_RULES", "RULESET_VERSION", "default_ruleset"]

#: Version of the default rule set; bump it whenever a signal or rule changes.
RULESET_VERSION = "2026.12.223"

_C = Urgency.CRITICAL
_H = Urgency.HIGH
_M = Urgency.MEDIUM
_OVS = Complexity.OVERSIGHT
_CPX = Complexity.COMPLEX
_NOR = Complexity.NORMATIVE

_PASAL_69 = cite("UU 23/2006", "Pasal 69")
_PUNGLI = (cite("UU 24/2013", "Pasal 79A"), cite("UU 24/2013", "Pasal 95B"))
_LEAK = (cite("UU 24/2013", "Pasal 79"), cite("UU 24/2013", "Pasal 95A"))
_FALSIFY = cite("UU 24/2013", "Pasal 94")
_PUBLIC_SERVICE = cite("UU 25/2009", "Pasal 29", "perlakuan khusus bagi kelompok rentan")
_RIGHTS = cite("UU 23/2006", "Pasal 2")
_PDP = cite("UU 27/2022")

_BLOCKED = "blocked|nik_problem|refused_or_bounced|wait_past_standard|wait_far_past_standard"
_PROBLEM = "service_problem|blocked|nik_problem|refused_or_bounced|access_lost|no_identity"
_DOCS = "doc_identity|doc_akta|doc_death_letter"
_PENDING = (
    "service_problem|blocked|action_request|status_question|repeat_complaint|document_not_delivered"
)


def _rule(
    rule_id: str,
    id_: str,
    en: str,
    *,
    all_of: tuple[str, ...] = (),
    any_of: tuple[str, ...] = (),
    none_of: tuple[str, ...] = (),
    urgency: Urgency | None = None,
    complexity: Complexity | None = None,
    third_party: bool = False,
    priority: int = 0,
    citations: tuple[Citation, ...] = (),
    source: str = "triage-rubric.md",
) -> DecisionRule:
    return DecisionRule(
        id=rule_id,
        when=Condition(all_of=all_of, any_of=any_of, none_of=none_of),
        effect=Effect(urgency=urgency, complexity=complexity, third_party=third_party),
        message=Bilingual(id=id_, en=en),
        priority=priority,
        citations=citations,
        source=source,
    )


DEFAULT_RULES: tuple[DecisionRule, ...] = (
    # --- critical: life, health, safety, liberty, active misuse, immediate loss -------------
    _rule(
        "U-LIFE-HEALTH",
        "Nyawa atau kesehatan terancam sekarang dan layanan adminduk menghambat penanganan",
        "Life or health is at risk now and an adminduk problem blocks treatment",
        all_of=("health_emergency", _PROBLEM),
        # A treatment scheduled more than 2 working days ahead is high (U-LIFE-HEALTH-LATER),
        # unless the person is in care or in danger now (U-LIFE-HEALTH-NOW).
        none_of=("no_rush", "deadline_later", "patient_stable"),
        urgency=_C,
        priority=10,
        citations=(_RIGHTS,),
    ),
    _rule(
        "U-LIFE-HEALTH-NOW",
        "Pasien sedang dirawat atau dalam keadaan gawat dan layanan adminduk menghambat",
        "The patient is in care or in danger now and an adminduk problem blocks treatment",
        all_of=("health_now", _PROBLEM),
        # "Kondisi pasien stabil": in care, but in no danger now (high at most). A suggestion
        # drawn from a case ("Usul aja. Bulan lalu ... jenazahnya sempat ketahan di RS") asks
        # for a change, with nobody held now.
        none_of=("no_rush", "patient_stable", "suggestion_or_praise"),
        urgency=_C,
        priority=10,
        citations=(_RIGHTS,),
    ),
    _rule(
        "U-LIFE-HEALTH-DOCUMENT",
        "Nyawa atau kesehatan terancam sekarang dan penanganannya menunggu dokumen adminduk",
        "Life or health is at risk now and treatment waits for an adminduk document",
        all_of=("health_emergency|health_now", _DOCS),
        # With no problem told, a question ("berapa lama surat kematian keluar?") or a
        # request for someone else's data is asked ahead of time, not a blocked treatment.
        none_of=(
            "no_rush",
            "deadline_later",
            "patient_stable",
            "info_question",
            "third_party_request",
            "data_request",
            # "Saran saja: sebaiknya ada jalur prioritas untuk warga yang keluarganya dirawat
            # di RS": a suggestion for patients in general.
            "suggestion_or_praise",
        ),
        urgency=_C,
        priority=10,
        citations=(_RIGHTS,),
    ),
    _rule(
        "U-BURIAL",
        "Jenazah tidak bisa dimakamkan atau dipulangkan tanpa dokumen",
        "A body cannot be buried or repatriated without the document",
        all_of=("burial_blocked",),
        # A funeral already held, or a relative's past story told as a worry, is not now.
        none_of=("burial_done", "misuse_prevention", "not_happened"),
        urgency=_C,
        priority=9,
    ),
    _rule(
        "U-DEATH-DEADLINE",
        "Seseorang meninggal dan pemakaman atau pemulangannya jatuh hari ini atau besok",
        "Someone has died and the burial or repatriation falls today or tomorrow",
        all_of=("death", "deadline_imminent"),
        # "Kata penghulu tidak masalah, akad tetap jalan": the day goes ahead whatever.
        none_of=("no_rush",),
        urgency=_C,
        priority=9,
    ),
    _rule(
        "U-IDENTITY-MISUSE",
        "Identitas atau NIK pelapor sedang disalahgunakan orang lain",
        "The reporter's identity or NIK is being misused by someone else",
        all_of=("identity_misuse",),
        # Someone else's story or a resolved case told with a prevention question ("teman
        # saya pernah ..., saya jadi takut") is not misuse of the reporter's identity now.
        none_of=(
            "misuse_prevention",
            "duplicate_record",
            "stranger_in_record",
            "not_my_identity",
            "no_rush",
            "misuse_ended",
            "misuse_closed",
            "misuse_told_past",
            "not_happened",
            "misuse_generic",
            "misuse_unconfirmed",
        ),
        urgency=_C,
        complexity=_CPX,
        priority=9,
        citations=(cite("UU 24/2013", "Pasal 94"), _PDP),
    ),
    _rule(
        "U-IDENTITY-MISUSE-ENDED",
        "Penyalahgunaan identitas pelapor sudah berhenti, akibatnya masih ada (tinggi)",
        "Misuse of the reporter's identity has stopped; its effects remain (high)",
        # The rubric's critical is misuse "right now"; one told as over ("penagihan sudah
        # berhenti", "pelakunya sudah ditangkap") with a record still to clear is high.
        all_of=(
            "identity_misuse",
            "misuse_ended|misuse_told_past|misuse_closed",
            "access_lost|blocked|cannot|refused_or_bounced|nik_problem",
        ),
        none_of=("misuse_prevention", "not_my_identity", "no_rush"),
        urgency=_H,
        complexity=_CPX,
        priority=4,
        citations=(cite("UU 24/2013", "Pasal 94"), _PDP),
    ),
    _rule(
        "U-IDENTITY-MISUSE-ONGOING",
        "Penyalahgunaan identitas pelapor masih berlangsung (masih ditagih, diteror)",
        "Misuse of the reporter's identity is still going on (still billed, harassed)",
        all_of=("identity_misuse", "misuse_ongoing"),
        # "rumah saya terus didatangi penagih ... itu sudah beres": told as over.
        none_of=(
            "not_my_identity",
            "misuse_ended",
            "misuse_told_past",
            "misuse_closed",
            "stranger_in_record",
            # "Sudah saya cek ke OJK, bersih, tidak ada pinjaman apa pun atas NIK saya."
            "not_happened",
            # "banyak cerita data orang meninggal dipakai pinjol": misuse in general.
            "misuse_generic",
        ),
        urgency=_C,
        complexity=_CPX,
        priority=9,
        citations=(cite("UU 24/2013", "Pasal 94"), _PDP),
    ),
    _rule(
        "U-DATA-LEAK",
        "Data kependudukan bocor, dijual atau disebarluaskan",
        "Population data leaked, sold or disseminated",
        all_of=("data_leak",),
        # A leak taken down ("fotonya dihapus dari grup") is over; a leak by staff stays
        # high (U-LEAK-BY-STAFF).
        none_of=("not_happened", "not_sent", "misuse_prevention", "misuse_ended", "misuse_closed"),
        urgency=_C,
        complexity=_CPX,
        priority=8,
        citations=_LEAK,
    ),
    _rule(
        "C-LEAK-BY-STAFF",
        "Kebocoran data oleh petugas perlu pemeriksaan atasan atau inspektorat",
        "A data leak by staff needs examination by the supervisor or inspectorate",
        all_of=("data_leak|data_mishandled", "staff"),
        none_of=("not_sent",),
        complexity=_OVS,
        citations=_LEAK,
    ),
    _rule(
        "U-LEAK-BY-STAFF",
        "Petugas membocorkan atau menyebarkan data warga (dugaan pelanggaran, perlu pemeriksaan)",
        "An official leaked or spread a citizen's data (alleged misconduct, needs examination)",
        # A disclosure by staff is misconduct even when it is no longer being misused
        # (the rubric's alleged misconduct: high); U-DATA-LEAK makes a live leak critical.
        # Its complexity (oversight) is C-LEAK-BY-STAFF's, on the same condition.
        all_of=("data_leak|data_mishandled", "staff"),
        none_of=("not_happened", "not_sent"),
        urgency=_H,
        priority=5,
        citations=_LEAK,
    ),
    _rule(
        "U-MISHANDLED-BY-STAFF",
        "Petugas menyimpan atau meneruskan data warga di luar prosedur (dugaan pelanggaran)",
        "An official kept or passed on a citizen's data outside procedure (alleged misconduct)",
        # Cards photographed on an official's own phone are misconduct whether or not the
        # photos were misused since ("sejauh ini belum terjadi apa-apa").
        all_of=("data_mishandled", "staff"),
        urgency=_H,
        priority=5,
        citations=_LEAK,
    ),
    _rule(
        "U-DISASTER",
        "Korban bencana tanpa dokumen untuk bantuan",
        "Disaster victims without documents for aid",
        # The rubric's critical is victims without documents *for aid*: a KTP faded by a
        # flood, with no aid or shelter at stake, is a reprint (medium).
        all_of=("disaster", "disaster_aid", _PROBLEM + "|doc_identity|doc_akta|doc_death_letter"),
        # Victims who already received the aid are not blocked from it; thanks for help
        # given, or a name to correct on a reprint, are not a disaster now.
        none_of=(
            "aid_received",
            "suggestion_or_praise",
            "correction",
            "misuse_prevention",
            "not_happened",
            "disaster_told_past",
        ),
        urgency=_C,
        priority=7,
    ),
    _rule(
        "U-DISASTER-DOCUMENTS",
        "Korban bencana kehilangan dokumen yang dibutuhkan untuk sekolah, kerja atau layanan",
        "Disaster victims lost a document needed for school, work or a service",
        all_of=("disaster", _DOCS, "access_lost"),
        none_of=("aid_received", "suggestion_or_praise", "misuse_prevention"),
        urgency=_H,
        priority=4,
    ),
    _rule(
        "U-SAFETY",
        "Keselamatan atau kebebasan seseorang terancam",
        "Someone's safety or liberty is at risk",
        all_of=("safety_risk",),
        # "Tidak ada yang mendesak": the reporter tells of a danger long past.
        none_of=("no_rush",),
        urgency=_C,
        priority=7,
    ),
    _rule(
        "U-SELF-HARM",
        "Pelapor menyatakan ingin mengakhiri hidup: hubungi segera, rujuk layanan krisis",
        "The reporter says they want to end their life: contact now, refer to crisis help",
        all_of=("self_harm",),
        urgency=_C,
        priority=9,
    ),
    _rule(
        "U-DEADLINE-IMMINENT",
        "Kerugian yang tak terpulihkan jatuh hari ini atau dalam 2 hari kerja",
        "An irreversible loss falls today or within 2 working days",
        all_of=("deadline_imminent",),
        # A check on someone else ("kontrak dengan calon penyewa besok, tolong cek NIK-nya")
        # is a privacy decision, not the reporter's own loss; "Besok UTBK, KTP saya ada kok"
        # has nothing in the way.
        none_of=("no_rush", "third_party_request", "nothing_wrong"),
        urgency=_C,
        priority=6,
    ),
    # --- high ---------------------------------------------------------------------------
    _rule(
        "U-MISCONDUCT",
        "Dugaan pungli, calo, suap, pemerasan, pemalsuan atau penyalahgunaan wewenang",
        "Alleged illegal fee, broker, bribery, extortion, falsification or abuse of authority",
        all_of=("misconduct",),
        # A fake KTP or a debt in someone else's name in a misuse story is the fraudster's
        # doing, and "atas nama orang lain" in a duplicate-NIK story is the duplicate; they
        # need an official (U-MISCONDUCT-BY-STAFF) to be misconduct.
        none_of=("identity_misuse", "duplicate_record", "not_happened", "private_vendor"),
        urgency=_H,
        complexity=_OVS,
        priority=5,
        citations=(*_PUNGLI, _FALSIFY),
    ),
    _rule(
        "U-MISCONDUCT-BY-STAFF",
        "Dugaan pelanggaran oleh petugas (pungli, pemalsuan, penyalahgunaan wewenang)",
        "Alleged misconduct by an official (illegal fee, falsification, abuse of authority)",
        all_of=("misconduct", "staff"),
        none_of=("not_happened", "duplicate_record"),
        urgency=_H,
        complexity=_OVS,
        priority=5,
        citations=(*_PUNGLI, _FALSIFY),
    ),
    _rule(
        "U-DISCRIMINATION",
        "Orang rentan ditolak dilayani karena kondisinya (dugaan diskriminasi oleh petugas)",
        "A vulnerable person turned away because of their condition (alleged discrimination)",
        all_of=("turned_away_for_condition", "vulnerable_person|reporter_vulnerable"),
        urgency=_H,
        complexity=_OVS,
        priority=5,
        citations=(_PUBLIC_SERVICE,),
    ),
    _rule(
        "U-FILE-LOST",
        "Berkas atau dokumen asli pemohon hilang di kantor (kelalaian petugas)",
        "The applicant's file or original document was lost at the office (staff negligence)",
        all_of=("file_lost",),
        # Files that vanish in an upload error are the application's fault (C-APP-ERROR).
        none_of=("app_error",),
        urgency=_H,
        complexity=_OVS,
        priority=5,
        citations=(_PUBLIC_SERVICE,),
    ),
    _rule(
        "U-PAYMENT-OR-THREAT",
        "Permintaan bayaran atau ancaman dalam pengurusan dokumen (dugaan pungli, pemerasan)",
        "A demand for payment or a threat while getting a document (alleged illegal fee)",
        all_of=("payment_or_threat",),
        # In a misuse or hospital story the demand comes from a lender or a hospital; a
        # photocopy kiosk's price is a private vendor's.
        none_of=("identity_misuse", "health_emergency", "not_happened", "private_vendor"),
        urgency=_H,
        complexity=_OVS,
        priority=5,
        citations=_PUNGLI,
    ),
    _rule(
        "U-PAYMENT-BY-STAFF",
        "Petugas meminta bayaran atau mengancam (dugaan pungli, pemerasan)",
        "An official demands payment or threatens (alleged illegal fee, extortion)",
        all_of=("payment_or_threat", "staff"),
        none_of=("not_happened", "private_vendor"),
        urgency=_H,
        complexity=_OVS,
        priority=5,
        citations=_PUNGLI,
    ),
    _rule(
        "U-UNAUTHORISED-CHANGE",
        "Data kependudukan diubah tanpa persetujuan pemiliknya (dugaan manipulasi data)",
        "Population data changed without its owner's consent (alleged manipulation)",
        all_of=("unauthorised", "doc_identity|staff|correction"),
        none_of=("identity_misuse",),
        urgency=_H,
        complexity=_OVS,
        priority=5,
        citations=(_FALSIFY,),
    ),
    _rule(
        "U-STRANGER-BY-STAFF",
        "Orang asing dimasukkan ke KK pelapor oleh petugas (dugaan manipulasi data)",
        "A stranger entered into the reporter's KK by an official (alleged manipulation)",
        all_of=("stranger_in_record", "staff"),
        # Staff explaining it as a migration error report no misconduct (complex instead).
        none_of=("system_error_explained",),
        urgency=_H,
        complexity=_OVS,
        priority=5,
        citations=(_FALSIFY,),
    ),
    _rule(
        "U-WAIT-FAR",
        "Waktu tunggu sedikitnya dua kali waktu penerbitan menurut UU",
        "The wait is at least twice the statutory issuance time",
        all_of=("wait_far_past_standard|long_wait_words", _PENDING),
        urgency=_H,
        complexity=_NOR,
        priority=4,
        citations=(_PASAL_69,),
    ),
    _rule(
        "U-NIK-EXTERNAL",
        "NIK/KK bermasalah sehingga layanan di luar Dukcapil terhambat (konsolidasi data)",
        "A NIK/KK problem blocks a service outside Dukcapil (data consolidation)",
        # A death still unrecorded at Taspen or BPJS blocks the survivors the same way.
        all_of=("nik_problem|death_not_recorded", "external_agency"),
        none_of=("no_rush",),
        urgency=_H,
        complexity=_CPX,
        priority=4,
        citations=(_RIGHTS,),
    ),
    _rule(
        "U-DUPLICATE",
        "NIK atau data ganda: perlu perbaikan di basis data pusat",
        "Duplicate NIK or record: needs a fix in the central database",
        all_of=("duplicate_record",),
        urgency=_H,
        complexity=_CPX,
        priority=4,
    ),
    _rule(
        "U-VULNERABLE",
        "Orang rentan terhambat layanannya",
        "A vulnerable person's service is blocked",
        # A vulnerable person with no identity at all is blocked from every service.
        all_of=(
            "vulnerable_person|reporter_vulnerable|elderly_age",
            "blocked|nik_problem|refused_or_bounced|wait_far_past_standard|no_identity",
        ),
        none_of=("no_rush", "suggestion_or_praise"),
        urgency=_H,
        priority=3,
        citations=(_PUBLIC_SERVICE,),
    ),
    _rule(
        "U-LIFE-HEALTH-LATER",
        "Pengobatan terjadwal lebih dari 2 hari kerja lagi terhambat masalah adminduk",
        "A treatment scheduled more than 2 working days ahead is blocked by an adminduk problem",
        # A document merely named for a treatment months ahead ("operasi katarak bulan Mei,
        # KTP baru masih proses") blocks nothing yet: a problem must be told.
        all_of=("health_emergency", "deadline_later", _PROBLEM),
        # "BPJS saya aktif kok"; a document still within its standard time: nothing is
        # blocked yet (a deadline within 10 working days is U-DEADLINE-SOON's).
        none_of=("no_rush", "nothing_wrong", "wait_within_standard"),
        urgency=_H,
        priority=3,
        citations=(_RIGHTS,),
    ),
    _rule(
        "U-INFANT-BLOCKED",
        "Bayi atau balita terhambat: akta ditolak atau gagal, atau layanan lain terhambat",
        "An infant is blocked: the akta was refused or failed, or another service is blocked",
        # The rubric: an infant without akta is blocked only when the akta process failed
        # or the missing akta blocks another service; a pending akta is medium.
        all_of=(
            "infant",
            "refused_or_bounced|access_lost|file_lost|repeated_failure|nik_problem"
            "|birth_letter_lost",
        ),
        none_of=("suggestion_or_praise",),
        urgency=_H,
        priority=3,
        citations=(_PUBLIC_SERVICE,),
    ),
    _rule(
        "U-ACCESS-LOST",
        "Masalah data menghambat akses ke bansos, BPJS, sekolah, kerja, pensiun atau bank",
        "A data problem blocks access to aid, BPJS, school, work, pension or banking",
        # A service is actually blocked; a future need ("mau dipakai daftar") is not.
        all_of=("access_lost", _BLOCKED + "|cannot"),
        # A request for someone else's document (an inheritance, a debtor) is judged by
        # the privacy decision it needs, not as the reporter's lost access. A reporter who
        # says nothing is pressing ("tidak buru-buru", "kata HRD boleh menyusul") tells that
        # the need is not blocked (this and the deadline rules); a wait twice the standard
        # stays high.
        none_of=("no_rush", "copy_request", "third_party_request", "future_use"),
        urgency=_H,
        priority=3,
        citations=(_RIGHTS,),
    ),
    _rule(
        "U-REPEAT",
        "Pengaduan berulang tentang kasus yang sama tanpa penyelesaian",
        "A repeated complaint about the same case without resolution",
        any_of=("repeat_complaint", "prior_reports"),
        # The rubric's clause is a repeated complaint "with no answer".
        none_of=("answered",),
        urgency=_H,
        complexity=_NOR,
        priority=2,
        citations=(cite("UU 25/2009"),),
    ),
    _rule(
        "U-DEADLINE-SOON",
        "Tenggat dalam sekitar 10 hari kerja",
        "A deadline within about 10 working days",
        all_of=("deadline_soon", _PROBLEM),
        none_of=("no_rush",),
        urgency=_H,
        priority=2,
    ),
    _rule(
        "U-DEADLINE-FOR-DOCUMENT",
        "Dokumen dibutuhkan untuk tenggat dengan akibat (ujian, berangkat) dalam sekitar 10"
        " hari kerja",
        "A document is needed for a deadline with a consequence (exam, departure) within"
        " about 10 working days",
        # Before any problem is named: "tes masuk SMP tanggal 12, KIA belum punya".
        all_of=("deadline_soon", "deadline_consequence", _PENDING + "|" + _DOCS + "|correction"),
        none_of=("no_rush",),
        urgency=_H,
        priority=2,
    ),
    _rule(
        "U-DEADLINE-WORDS",
        "Dokumen dibutuhkan dalam waktu dekat (minggu ini, minggu depan)",
        "The document is needed soon (this week, next week)",
        # An application still within its standard time is pending too ("Perubahan KK sudah
        # saya ajukan Selasa lalu ... akad nikah Sabtu minggu ini").
        all_of=(
            "deadline_word_soon",
            _PENDING + "|refused_or_bounced|correction|wait_within_standard|wait_past_standard",
        ),
        none_of=("no_rush",),
        urgency=_H,
        priority=2,
    ),
    _rule(
        "U-CHILD-AKTA-FAILED",
        "Akta kelahiran anak ditolak, dibatalkan atau gagal diproses",
        "A child's birth certificate was refused, cancelled or failed",
        all_of=("child_akta", "refused_or_bounced", "repeated_failure|access_lost"),
        urgency=_H,
        complexity=_CPX,
        priority=2,
        citations=(cite("UU 23/2006", "Pasal 27"),),
    ),
    _rule(
        "U-CHILD-AKTA-REFUSED-AGAIN",
        "Akta kelahiran anak pelapor ditolak berulang kali",
        "The reporter's child's birth certificate was refused more than once",
        # "Anak saya lahir 12 Mei ... Permohonan akta kelahiran sudah dua kali ditolak": the
        # child and the akta are told apart; refused again, the routine route has failed.
        all_of=("own_child", "doc_akta", "refused_or_bounced", "repeated_failure"),
        none_of=("suggestion_or_praise",),
        urgency=_H,
        complexity=_CPX,
        priority=2,
        citations=(cite("UU 23/2006", "Pasal 27"),),
    ),
    _rule(
        "U-CHILD-AKTA-CLOSED",
        "Proses akta kelahiran anak pelapor gagal: permohonan ditutup atau dilempar antar-kantor",
        "The reporter's child's birth-certificate process failed: closed or bounced between"
        " offices",
        # The rubric's child without akta is blocked once the process has failed (closed
        # without the akta) or the family is bounced between offices; one refusal for a
        # fixable defect is not yet that.
        all_of=("own_child", "doc_akta", "process_failed"),
        none_of=("suggestion_or_praise",),
        urgency=_H,
        priority=2,
        citations=(cite("UU 23/2006", "Pasal 27"),),
    ),
    _rule(
        "U-CHILD-AKTA-LOST",
        "Akta kelahiran asli anak hilang (rubrik: dokumen asli hilang berarti terhambat)",
        "A child's original birth certificate is lost (rubric: a lost original is blocked)",
        all_of=("akta_lost", "child_akta|own_child|infant"),
        none_of=("suggestion_or_praise",),
        urgency=_H,
        complexity=_NOR,
        priority=2,
        citations=(cite("UU 23/2006", "Pasal 27"),),
    ),
    _rule(
        "U-CHILD-NO-AKTA-SCHOOL",
        "Anak belum punya akta kelahiran dan sekolah mensyaratkannya (layanan lain terhambat)",
        "A child has no birth certificate and a school requires it (another service blocked)",
        # The rubric: a child without akta is blocked when the missing akta blocks another
        # service (school). "SD minta akta untuk daftar" with no akta yet is that.
        all_of=("own_child|child_akta|infant", "child_no_akta", "school_requires"),
        none_of=("suggestion_or_praise", "no_rush"),
        urgency=_H,
        complexity=_NOR,
        priority=2,
        citations=(cite("UU 23/2006", "Pasal 27"),),
    ),
    # --- medium -------------------------------------------------------------------------
    _rule(
        "U-SERVICE-PROBLEM",
        "Masalah layanan konkret bagi pelapor",
        "A concrete service problem for the reporter",
        any_of=("blocked", "nik_problem", "refused_or_bounced"),
        urgency=_M,
    ),
    _rule(
        "U-SERVICE-COMPLAINT",
        "Keluhan tentang layanan yang dialami pelapor (bukan sekadar saran atau pujian)",
        "A complaint about a service the reporter experienced (not only a suggestion or praise)",
        any_of=("service_problem",),
        # A request for someone else's data tells that person's story ("kakak kandung sy,
        # yg udh 10 thn gk ada kabar"); nothing is blocked for the reporter.
        none_of=("suggestion_or_praise", "third_party_request", "data_request"),
        urgency=_M,
        priority=-1,
    ),
    _rule(
        "U-SERVICE-COMPLAINT-OWN-COPY",
        "Keluhan layanan saat meminta salinan atau data sendiri",
        "A service complaint while asking for one's own copy or data",
        all_of=("service_problem", "data_request"),
        none_of=(
            "suggestion_or_praise",
            "third_party_request",
            "other_person",
            "person_name",
            "identifier",
        ),
        urgency=_M,
        priority=-1,
    ),
    _rule(
        "U-STATUS",
        "Menanyakan status atau alasan keterlambatan permohonan sendiri",
        "Asks about the status of, or the delay in, the reporter's own application",
        all_of=("status_question", "doc_identity|doc_akta|doc_death_letter|action_request"),
        # "KK-nya sudah bisa diambil. Terima kasih, laporan ini boleh ditutup."
        none_of=("general_question", "report_closed"),
        urgency=_M,
        priority=-1,
    ),
    _rule(
        "U-ACTION-REQUEST",
        "Meminta tindakan atas dokumen sendiri (cetak ulang, pembaruan)",
        "Asks for action on the reporter's own document (reprint, update)",
        any_of=("action_request", "correction"),
        # A question about someone else's record is a privacy decision, not an action.
        none_of=("info_question", "suggestion_or_praise", "third_party_request", "data_request"),
        urgency=_M,
        priority=-1,
    ),
    _rule(
        "U-EXPLICIT-REQUEST",
        "Meminta dengan tegas agar dokumen sendiri dibetulkan atau diproses",
        "Explicitly asks for the reporter's own document to be corrected or processed",
        # A question about what to bring does not turn the request into information only.
        any_of=("explicit_request",),
        # "Tolong diganti brosurnya" asks about a leaflet, not the reporter's document.
        none_of=("facility_topic",),
        urgency=_M,
        complexity=_NOR,
        priority=-1,
    ),
    _rule(
        "U-CORRECTION-INTENT",
        "Mau membetulkan data di dokumen sendiri, walau ditanyakan sebagai cara atau syarat",
        "Wants data on their own document corrected, even when asked as how-to or requirements",
        # The rubric lists "typo or wrong data to correct" as medium: asking how to correct
        # one's own document is the request itself (a hypothetical "kalau mau ..." is not).
        all_of=("correction_intent", "doc_identity|doc_akta"),
        none_of=("general_question", "facility_topic"),
        urgency=_M,
        complexity=_NOR,
        priority=-1,
    ),
    _rule(
        "U-OWN-CASE",
        "Masalah konkret pada dokumen atau berkas sendiri (walau ditanyakan cara atau syaratnya)",
        "A concrete problem with one's own document or file (even asked as how or what to bring)",
        any_of=("own_case_problem",),
        none_of=("general_question", "facility_topic"),
        urgency=_M,
        complexity=_NOR,
        priority=-1,
    ),
    _rule(
        "U-PENDING",
        "Dokumen pelapor sedang diproses dan belum selesai",
        "The reporter's document is in process and not finished yet",
        # The rubric's medium: "document not finished yet, up to twice the standard time",
        # also when asked as when it will be ready or where to collect it.
        all_of=("wait_within_standard|wait_past_standard", _DOCS, "status_question|blocked"),
        none_of=("suggestion_or_praise",),
        urgency=_M,
        priority=-1,
        citations=(_PASAL_69,),
    ),
    _rule(
        "U-REPORT",
        "Laporan tentang layanan, bukan sekadar pertanyaan, saran atau pujian",
        "A report about a service, not only a question, suggestion or praise",
        none_of=(
            "info_question",
            "suggestion_or_praise",
            "third_party_request",
            "data_request",
            "question_mark",
            "not_a_complaint",
            "report_closed",
        ),
        urgency=_M,
        priority=-2,
    ),
    _rule(
        "U-SYSTEM-OUTAGE",
        "Sistem atau aplikasi layanan gangguan (tanpa kerugian perorangan: sedang)",
        "The service system or application is down (no individual harm: medium)",
        any_of=("app_error",),
        urgency=_M,
        priority=-1,
    ),
    # --- complexity ---------------------------------------------------------------------
    _rule(
        "C-STRANGER-IN-RECORD",
        "Orang yang tidak dikenal tercatat di KK pelapor: perlu penelusuran basis data",
        "A stranger is recorded in the reporter's KK: the database must be traced",
        any_of=("stranger_in_record",),
        complexity=_CPX,
    ),
    _rule(
        "C-NIK-DATABASE",
        "NIK/KK tidak aktif, tidak terdaftar atau tidak sesuai: perlu basis data pusat",
        "NIK/KK non-active, unregistered or mismatched: needs the central database",
        any_of=("nik_problem",),
        complexity=_CPX,
    ),
    _rule(
        "C-APP-ERROR",
        "Aplikasi error atau tidak menampilkan data: perlu pemilik sistem",
        "An application errors or shows nothing: needs the system's owners",
        any_of=("app_error",),
        complexity=_CPX,
    ),
    _rule(
        "C-REFUSED",
        "Dukcapil menolak permohonan karena ketentuan: perlu keputusan di luar rutinitas",
        "Dukcapil refused the application on a rule: needs a decision beyond routine",
        # A refusal for a defect the applicant can fix (a blurred scan, a missing paper) is
        # reviewed by the same unit (C-REFUSED-ROUTINE); a refusal by a bank, school or BPJS is
        # the consequence of a data problem, judged by that problem.
        all_of=("refused_or_bounced",),
        none_of=("fixable_reason", "external_agency"),
        complexity=_CPX,
    ),
    _rule(
        "C-REFUSED-REPEATED",
        "Permohonan ditolak berulang kali atau pemohon dilempar antar-unit: jalur rutin gagal",
        "The application was refused repeatedly or the applicant bounced between units:"
        " the routine route has failed",
        all_of=("refused_or_bounced|bounced", "bounced|repeated_failure"),
        complexity=_CPX,
    ),
    _rule(
        "C-REFUSED-ROUTINE",
        "Ditolak karena kekurangan yang bisa dilengkapi atau oleh instansi lain: satu unit"
        " menindaklanjuti dengan prosedur standar",
        "Refused for a defect the applicant can fix, or by another institution: one unit"
        " follows it up with a standard procedure",
        all_of=("refused_or_bounced", "fixable_reason|external_agency"),
        none_of=("bounced", "repeated_failure"),
        complexity=_NOR,
    ),
    _rule(
        "C-CROSS-REGION",
        "Perlu koordinasi antardaerah",
        "Needs coordination across regions",
        all_of=(
            "cross_region",
            _PROBLEM + "|action_request|repeat_complaint|document_not_delivered"
            "|wait_past_standard|wait_far_past_standard",
        ),
        complexity=_CPX,
    ),
    _rule(
        "C-COURT-AGENCY",
        "Perlu penetapan pengadilan, KUA atau keputusan di luar rutinitas",
        "Needs a court order, the KUA or a decision beyond routine",
        all_of=(
            "court_or_decision",
            _PROBLEM + "|" + _PENDING + "|correction|explicit_request|wait_past_standard",
        ),
        complexity=_CPX,
    ),
    _rule(
        "C-NO-IDENTITY",
        "Orang tanpa identitas atau catatan: perlu koordinasi (Dinsos, SPTJM, penelusuran)",
        "A person with no identity or record: needs coordination (social services, tracing)",
        all_of=("no_identity",),
        # "Sering ada pasien tanpa identitas, bagaimana prosedurnya?" asks for information.
        none_of=("general_question",),
        complexity=_CPX,
    ),
    _rule(
        "C-SYSTEM-WIDE",
        "Masalah menimpa banyak warga",
        "A problem affecting many residents",
        all_of=("system_wide", _PROBLEM + "|" + _PENDING + "|app_error"),
        complexity=_CPX,
    ),
    _rule(
        "C-CORRECTION",
        "Pembetulan data dengan prosedur standar",
        "A data correction with a standard procedure",
        any_of=("correction",),
        none_of=("facility_topic", "service_moved"),
        complexity=_NOR,
    ),
    _rule(
        "C-ACCOUNT",
        "Masalah akun atau login satu pemohon",
        "One applicant's account or login problem",
        any_of=("account_problem",),
        complexity=_NOR,
    ),
    _rule(
        "C-NOT-DELIVERED",
        "Dokumen belum sampai, salah kirim atau berkas kurang",
        "A document not delivered, sent wrong or a file missing",
        any_of=("document_not_delivered",),
        none_of=("status_question",),
        complexity=_NOR,
    ),
    _rule(
        "C-BLANKO",
        "Kekurangan blanko untuk pemohon",
        "Blank-card shortage for the applicant",
        # Waiting on a blank card is a shortage for this applicant even when asked as
        # "kapan ada blankonya?".
        any_of=("blanko_shortage",),
        complexity=_NOR,
    ),
    _rule(
        "C-ACTION",
        "Permintaan tindakan dengan prosedur standar satu unit",
        "A request for action by one unit with a standard procedure",
        any_of=("action_request",),
        none_of=("info_question", "suggestion_or_praise", "service_moved"),
        complexity=_NOR,
    ),
    _rule(
        "C-COUNTER-FAILED",
        "Loket tidak melayani pelapor (petugas tidak ada, tutup, kuota habis, alat rusak)",
        "The counter did not serve the reporter (no officer, closed, quota gone, broken device)",
        any_of=("counter_failed",),
        none_of=("status_question", "suggestion_or_praise", "general_question", "info_question"),
        urgency=_M,
        complexity=_NOR,
    ),
    _rule(
        "C-COUNTER-FAILED-AGAIN",
        "Loket berulang kali tidak melayani pelapor: unit harus bertindak, walau ditanya kapan",
        "The counter failed the reporter more than once: a unit must act, even asked as when",
        # The rubric's "the lower class has already failed": a second visit sent away is
        # no status question ("dua kali ... printernya rusak ... Kapan diperbaiki?").
        all_of=("counter_failed", "repeated_failure"),
        none_of=("suggestion_or_praise", "general_question"),
        urgency=_M,
        complexity=_NOR,
    ),
    _rule(
        "C-URGENT-ACTION",
        "Kasus mendesak: paling tidak satu unit harus bertindak (bukan sekadar informasi)",
        "An urgent case: at least one unit must act (not information only)",
        all_of=("urgent",),
        none_of=("status_question",),
        complexity=_NOR,
        priority=-1,
    ),
    _rule(
        "C-WAIT-PAST",
        "Dokumen melewati waktu penerbitan menurut UU: perlu ditindaklanjuti",
        "The document is past its statutory issuance time: follow it up",
        all_of=("wait_past_standard", _PENDING),
        none_of=("service_moved",),
        complexity=_NOR,
        citations=(_PASAL_69,),
    ),
    # --- third-party data ---------------------------------------------------------------
    _rule(
        "T-REQUEST",
        "Meminta data orang lain: perlu keputusan privasi",
        "Asks for another person's data: needs a privacy decision",
        all_of=("third_party_request",),
        complexity=_CPX,
        third_party=True,
        citations=(cite("UU 24/2013", "Pasal 79"), _PDP),
    ),
    _rule(
        "T-IDENTIFIED-OTHER",
        "Teks memuat data pengenal orang lain",
        "The text holds identifying data of someone else",
        all_of=("other_person|third_party_subject", "identifier|person_name"),
        third_party=True,
        citations=(cite("UU 24/2013", "Pasal 79"),),
    ),
    _rule(
        "T-DATA-REQUEST",
        "Meminta salinan, alamat atau status orang lain: perlu keputusan privasi",
        "Asks for another person's copy, address or status: needs a privacy decision",
        all_of=("data_request", "other_person|person_name|identifier"),
        complexity=_CPX,
        third_party=True,
        citations=(cite("UU 24/2013", "Pasal 79"), _PDP),
    ),
    _rule(
        "T-SEVERAL-IDS",
        "Teks memuat beberapa nomor identitas",
        "The text holds several identity numbers",
        all_of=("several_identifiers",),
        none_of=("own_child",),
        third_party=True,
        citations=(cite("UU 24/2013", "Pasal 79"),),
    ),
)


@lru_cache(maxsize=1)
def default_ruleset() -> RuleSet:
    """Build (once) the default :class:`RuleSet`."""
    return RuleSet(version=RULESET_VERSION, signals=DEFAULT_SIGNALS, rules=DEFAULT_RULES)
