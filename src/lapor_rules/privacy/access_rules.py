"""The access rule table (``privacy-policy.md``, "Rules"), as data.

Each :class:`AccessRule` row states when it matches an element (scope, requesters, facts,
channels, purposes), what it decides for ordinary and for protected elements, the articles
it relies on, its messages, and whether it is *derived policy* (the conservative reading
where the law is silent). :mod:`lapor_rules.privacy.engine` evaluates the rows in order, per
element: the first row that matches decides. The last row, PRIV-DEFAULT, matches everything
and denies (deny by default). :func:`~lapor_rules.privacy.render.render_privacy_rules_markdown`
renders the table into ``docs/privacy.md``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Literal

from lapor_rules.citations import Citation, cite
from lapor_rules.privacy.decision import ElementResult
from lapor_rules.privacy.requests import AccessChannel, AccessFact, AccessPurpose, Requester
from lapor_rules.text import Bilingual

__all__ = ["ACCESS_RULES", "RULESET_VERSION", "AccessRule"]

#: Version of the rule table; changes whenever a row changes.
RULESET_VERSION: Final = "privacy-2026.11"

_GRANTED: Final = ElementResult.GRANTED
_DENIED: Final = ElementResult.DENIED
_REFERRED: Final = ElementResult.REFERRED


@dataclass(frozen=True, slots=True)
class AccessRule:
    """One row of the access rule table.

    Attributes:
        id: stable rule id (``PRIV-…``).
        when: the condition in words, for documents.
        scope: ``aggregate`` (the aggregate element alone), ``individual`` (any Pasal 58(2)
            element) or ``any``.
        requesters: the roles it applies to; ``None`` for every role.
        facts: facts that must all be stated.
        absent_facts: facts that must not be stated (``institution`` *without* PKS).
        channels: the channels it applies to; ``None`` for every channel.
        purposes: the purposes it applies to; ``None`` for every purpose.
        result: the result for an element that is not protected.
        protected_result: the result for a protected element (Pasal 84(1)).
        protected_unlock: a fact that, when stated, grants protected elements too.
        basis: the articles relied on.
        message: why the rule decides as it does.
        advice: what the requester can do instead, or must expect.
        derived_policy: the rule is derived policy, not an explicit article.
        default: this is the deny-by-default row.
        source: where the row comes from.
    """

    id: str
    when: Bilingual
    scope: Literal["aggregate", "individual", "any"]
    requesters: frozenset[Requester] | None
    facts: frozenset[AccessFact]
    channels: frozenset[AccessChannel] | None
    purposes: frozenset[AccessPurpose] | None
    result: ElementResult
    protected_result: ElementResult
    protected_unlock: AccessFact | None
    basis: tuple[Citation, ...]
    message: Bilingual
    advice: Bilingual
    derived_policy: bool = False
    default: bool = False
    absent_facts: frozenset[AccessFact] = frozenset()
    source: str = "privacy-policy.md, Rules"


def _b(id_text: str, en_text: str) -> Bilingual:
    return Bilingual(id=id_text, en=en_text)


_R = Requester
_F = AccessFact
_PASAL_58_4: Final = frozenset(p for p in AccessPurpose if p.in_pasal_58_4)
_PROOF_ROLES: Final = frozenset((_R.SUBJECT, _R.GUARDIAN, _R.FAMILY_MEMBER, _R.PROXY))
_NONE: Final[frozenset[AccessFact]] = frozenset()

#: The rule table, in evaluation order.
ACCESS_RULES: Final[tuple[AccessRule, ...]] = (
    AccessRule(
        id="PRIV-AGG",
        when=_b("hanya data agregat", "aggregate data only"),
        scope="aggregate",
        requesters=None,
        facts=_NONE,
        channels=None,
        purposes=None,
        result=_GRANTED,
        protected_result=_GRANTED,
        protected_unlock=None,
        basis=(cite("UU 24/2013", "Pasal 58 ayat (3)"),),
        message=_b(
            "Data agregat (statistik tanpa data perorangan) dapat diberikan.",
            "Aggregate data (statistics without any individual's data) may be given.",
        ),
        advice=_b(
            "Data agregat tersedia untuk umum atau dengan surat permohonan.",
            "Aggregate data is public or available on a written request.",
        ),
    ),
    AccessRule(
        id="PRIV-PUBLIC-CHANNEL",
        when=_b(
            "data perorangan apa pun, kanal publik",
            "any individual element, public channel",
        ),
        scope="individual",
        requesters=None,
        facts=_NONE,
        channels=frozenset((AccessChannel.PUBLIC,)),
        purposes=None,
        result=_DENIED,
        protected_result=_DENIED,
        protected_unlock=None,
        basis=(
            cite("UU 24/2013", "Pasal 79 ayat (1)"),
            cite("UU 24/2013", "Pasal 79 ayat (3)"),
            cite("UU 24/2013", "Pasal 95A"),
        ),
        message=_b(
            "Data perseorangan tidak boleh disampaikan melalui kanal yang dapat dibaca orang "
            "lain, siapa pun yang meminta.",
            "Individual data may not be given through a channel others can read, whoever asks.",
        ),
        advice=_b(
            "Silakan ajukan kembali melalui kanal pribadi (pesan langsung, surel resmi, atau "
            "datang ke kantor Dinas Dukcapil dengan membawa KTP-el).",
            "Please ask again through a private channel (direct message, official e-mail, "
            "or in person at the Dukcapil office with your KTP-el).",
        ),
    ),
    AccessRule(
        id="PRIV-SUBJECT",
        when=_b("`subject`, identitas terverifikasi", "`subject`, identity verified"),
        scope="individual",
        requesters=frozenset((_R.SUBJECT,)),
        facts=frozenset((_F.IDENTITY_VERIFIED,)),
        channels=None,
        purposes=None,
        result=_GRANTED,
        protected_result=_GRANTED,
        protected_unlock=None,
        basis=(
            cite("UU 23/2006", "Pasal 2 huruf e"),
            cite("UU 27/2022", "Pasal 7"),
            cite("UU 27/2022", "Pasal 32"),
        ),
        message=_b(
            "Pemilik data berhak mengakses seluruh data tentang dirinya, termasuk data "
            "pribadi yang dilindungi.",
            "The data subject may access all data about themselves, protected data included.",
        ),
        advice=_b(
            "Akses diberikan paling lambat 3×24 jam sejak permintaan.",
            "Access is given within 3×24 hours of the request.",
        ),
    ),
    AccessRule(
        id="PRIV-GUARDIAN",
        when=_b(
            "`guardian`, identitas terverifikasi, perwalian terbukti",
            "`guardian`, identity verified, guardianship proven",
        ),
        scope="individual",
        requesters=frozenset((_R.GUARDIAN,)),
        facts=frozenset((_F.IDENTITY_VERIFIED, _F.GUARDIANSHIP_PROVEN)),
        channels=None,
        purposes=None,
        result=_GRANTED,
        protected_result=_GRANTED,
        protected_unlock=None,
        basis=(cite("UU 27/2022", "Pasal 25 ayat (2)"), cite("UU 23/2006", "Pasal 26")),
        message=_b(
            "Orang tua atau wali yang sah bertindak untuk anak atau orang yang tidak mampu, "
            "sama seperti pemilik data.",
            "A parent or legal guardian acts for the child or the person unable to act, as "
            "the data subject would.",
        ),
        advice=_b(
            "Akses diberikan paling lambat 3×24 jam sejak permintaan.",
            "Access is given within 3×24 hours of the request.",
        ),
    ),
    AccessRule(
        id="PRIV-FAMILY",
        when=_b(
            "`family_member`, identitas terverifikasi",
            "`family_member`, identity verified",
        ),
        scope="individual",
        requesters=frozenset((_R.FAMILY_MEMBER,)),
        facts=frozenset((_F.IDENTITY_VERIFIED,)),
        channels=None,
        purposes=None,
        result=_GRANTED,
        protected_result=_DENIED,
        protected_unlock=None,
        basis=(
            cite("UU 23/2006", "Pasal 2 huruf e"),
            cite("UU 24/2013", "Pasal 84"),
            cite("UU 23/2006", "Pasal 85 ayat (3)"),
        ),
        message=_b(
            "Anggota keluarga dalam satu KK berhak atas informasi data keluarganya, kecuali "
            "data pribadi yang dilindungi (cacat, sidik jari, iris mata, tanda tangan, aib).",
            "A member of the same KK may have the family's registration data, except protected "
            "personal data (disability, fingerprints, iris, signature, aib).",
        ),
        advice=_b(
            "Data yang dilindungi hanya dapat diminta oleh pemilik data sendiri atau walinya.",
            "Protected data can be asked for only by the data subject or their guardian.",
        ),
    ),
    AccessRule(
        id="PRIV-PROXY",
        when=_b(
            "`proxy`, identitas terverifikasi, surat kuasa",
            "`proxy`, identity verified, power of attorney",
        ),
        scope="individual",
        requesters=frozenset((_R.PROXY,)),
        facts=frozenset((_F.IDENTITY_VERIFIED, _F.POWER_OF_ATTORNEY)),
        channels=None,
        purposes=None,
        result=_GRANTED,
        protected_result=_DENIED,
        protected_unlock=None,
        basis=(cite("UU 25/2009", "Pasal 42 ayat (1)", note="derived policy for data"),),
        message=_b(
            "Penerima kuasa dapat menerima data yang bukan data pribadi yang dilindungi.",
            "A holder of a power of attorney may receive the data that is not protected.",
        ),
        advice=_b(
            "Data yang dilindungi hanya dapat diminta oleh pemilik data sendiri atau walinya.",
            "Protected data can be asked for only by the data subject or their guardian.",
        ),
        derived_policy=True,
    ),
    AccessRule(
        id="PRIV-VERIFY",
        when=_b(
            "`subject`, `guardian`, `family_member` atau `proxy` tanpa bukti yang diperlukan",
            "`subject`, `guardian`, `family_member` or `proxy` without the required proof",
        ),
        scope="individual",
        requesters=_PROOF_ROLES,
        facts=_NONE,
        channels=None,
        purposes=None,
        result=_REFERRED,
        protected_result=_REFERRED,
        protected_unlock=None,
        basis=(),
        message=_b(
            "Identitas atau hubungan Anda dengan pemilik data perlu diverifikasi terlebih dahulu.",
            "Your identity or your relation to the data subject must be verified first.",
        ),
        advice=_b(
            "Silakan datang ke kantor Dinas Dukcapil dengan membawa KTP-el Anda dan, bila "
            "bertindak untuk orang lain, KK, surat kuasa atau bukti perwalian.",
            "Please come to the Dukcapil office with your KTP-el and, when acting for someone "
            "else, the KK, the power of attorney or proof of guardianship.",
        ),
        derived_policy=True,
    ),
    AccessRule(
        id="PRIV-OFFICER",
        when=_b(
            "`officer` dengan hak akses, dalam kewenangannya",
            "`officer` with access grant, within authority",
        ),
        scope="individual",
        requesters=frozenset((_R.OFFICER,)),
        facts=frozenset((_F.ACCESS_GRANT, _F.WITHIN_AUTHORITY)),
        channels=None,
        purposes=None,
        result=_GRANTED,
        protected_result=_GRANTED,
        protected_unlock=None,
        basis=(cite("UU 24/2013", "Pasal 79 ayat (2)"), cite("UU 24/2013", "Pasal 86 ayat (1)")),
        message=_b(
            "Petugas provinsi atau Dukcapil yang diberi hak akses oleh Menteri dapat mengakses "
            "data dalam kewenangannya.",
            "A provincial or Dukcapil officer granted access by the Minister may access data "
            "within their authority.",
        ),
        advice=_b(
            "Data tidak boleh disebarluaskan di luar kewenangan (Pasal 79 ayat (3), 95A).",
            "The data may not be disseminated beyond that authority (Pasal 79(3), 95A).",
        ),
    ),
    AccessRule(
        id="PRIV-OFFICER-SCOPE",
        when=_b(
            "`officer` tanpa hak akses atau di luar kewenangan",
            "`officer` without grant or outside authority",
        ),
        scope="individual",
        requesters=frozenset((_R.OFFICER,)),
        facts=_NONE,
        channels=None,
        purposes=None,
        result=_DENIED,
        protected_result=_DENIED,
        protected_unlock=None,
        basis=(
            cite("UU 24/2013", "Pasal 79 ayat (3)"),
            cite("UU 24/2013", "Pasal 86 ayat (1a)"),
            cite("UU 24/2013", "Pasal 95A"),
        ),
        message=_b(
            "Petugas tanpa hak akses, atau di luar wilayah dan tugasnya, tidak boleh mengakses "
            "atau menyebarluaskan data kependudukan.",
            "An officer without an access grant, or outside their region and task, may not "
            "access or disseminate population data.",
        ),
        advice=_b(
            "Ajukan hak akses melalui atasan kepada Dirjen Dukcapil, atau teruskan permintaan "
            "kepada petugas yang berwenang.",
            "Apply for an access grant through your superior to the Dirjen Dukcapil, or pass "
            "the request to the officer in charge.",
        ),
    ),
    AccessRule(
        id="PRIV-INSTITUTION",
        when=_b(
            "`institution` dengan PKS, tujuan sesuai Pasal 58 ayat (4)",
            "`institution` with PKS, purpose in Pasal 58(4)",
        ),
        scope="individual",
        requesters=frozenset((_R.INSTITUTION,)),
        facts=frozenset((_F.COOPERATION_AGREEMENT,)),
        channels=None,
        purposes=_PASAL_58_4,
        result=_GRANTED,
        protected_result=_REFERRED,
        protected_unlock=_F.MINISTERIAL_APPROVAL,
        basis=(
            cite("UU 24/2013", "Pasal 79 ayat (2)"),
            cite("PP 40/2019", "Pasal 10 ayat (5)"),
            cite("PP 40/2019", "Pasal 56 ayat (1)"),
        ),
        message=_b(
            "Lembaga pengguna dengan perjanjian kerja sama (PKS) dapat memanfaatkan data untuk "
            "tujuan yang disetujui; data pribadi yang dilindungi memerlukan persetujuan "
            "Menteri.",
            "A user institution with a cooperation agreement (PKS) may use the data for the "
            "approved purpose; protected personal data needs the Minister's approval.",
        ),
        advice=_b(
            "Untuk data yang dilindungi, ajukan persetujuan Menteri Dalam Negeri melalui Dirjen "
            "Dukcapil.",
            "For protected data, apply for the Minister of Home Affairs' approval through the "
            "Dirjen Dukcapil.",
        ),
    ),
    AccessRule(
        id="PRIV-INSTITUTION-NOPKS",
        when=_b("`institution` tanpa PKS", "`institution` without PKS"),
        scope="individual",
        requesters=frozenset((_R.INSTITUTION,)),
        facts=_NONE,
        channels=None,
        purposes=None,
        result=_REFERRED,
        protected_result=_REFERRED,
        protected_unlock=None,
        basis=(cite("PP 40/2019", "Pasal 10 ayat (5)"), cite("Permendagri 102/2019", "Pasal 7")),
        message=_b(
            "Lembaga hanya dapat memanfaatkan data kependudukan berdasarkan perjanjian kerja "
            "sama (PKS) dengan Dukcapil.",
            "An institution may use population data only under a cooperation agreement (PKS) "
            "with Dukcapil.",
        ),
        advice=_b(
            "Ajukan permohonan hak akses secara tertulis kepada Dirjen Dukcapil sesuai "
            "Permendagri 102/2019 jo. Permendagri 17/2023.",
            "Apply in writing to the Dirjen Dukcapil for access under Permendagri 102/2019 as "
            "amended by Permendagri 17/2023.",
        ),
        absent_facts=frozenset((_F.COOPERATION_AGREEMENT,)),
    ),
    AccessRule(
        id="PRIV-LAW",
        when=_b(
            "`law_enforcement`, tujuan penegakan hukum",
            "`law_enforcement`, purpose penegakan hukum",
        ),
        scope="individual",
        requesters=frozenset((_R.LAW_ENFORCEMENT,)),
        facts=_NONE,
        channels=None,
        purposes=frozenset((AccessPurpose.PENEGAKAN_HUKUM,)),
        result=_GRANTED,
        protected_result=_REFERRED,
        protected_unlock=_F.MINISTERIAL_APPROVAL,
        basis=(
            cite("UU 24/2013", "Pasal 58 ayat (4) huruf e"),
            cite("PP 40/2019", "Pasal 56 ayat (4)"),
        ),
        message=_b(
            "Aparat penegak hukum dapat memanfaatkan data untuk penegakan hukum; data pribadi "
            "yang dilindungi hanya dengan persetujuan Menteri.",
            "Law enforcement may use the data for law enforcement; protected personal data only "
            "with the Minister's approval.",
        ),
        advice=_b(
            "Untuk data yang dilindungi, ajukan persetujuan Menteri Dalam Negeri.",
            "For protected data, apply for the Minister of Home Affairs' approval.",
        ),
    ),
    AccessRule(
        id="PRIV-CONSENT",
        when=_b(
            "`public` dengan persetujuan tertulis pemilik data dan identitas terverifikasi",
            "`public` with the subject's written consent and verified identity",
        ),
        scope="individual",
        requesters=frozenset((_R.PUBLIC,)),
        facts=frozenset((_F.WRITTEN_CONSENT_OF_SUBJECT, _F.IDENTITY_VERIFIED)),
        channels=None,
        purposes=None,
        result=_GRANTED,
        protected_result=_DENIED,
        protected_unlock=None,
        basis=(cite("UU 14/2008", "Pasal 18 ayat (2) huruf a"),),
        message=_b(
            "Dengan persetujuan tertulis pemilik data, data yang bukan data pribadi yang "
            "dilindungi dapat diberikan.",
            "With the data subject's written consent, the data that is not protected may be given.",
        ),
        advice=_b(
            "Data yang dilindungi hanya dapat diminta oleh pemilik data sendiri atau walinya.",
            "Protected data can be asked for only by the data subject or their guardian.",
        ),
    ),
    AccessRule(
        id="PRIV-THIRD-PARTY",
        when=_b("`public` selain itu", "`public` otherwise"),
        scope="individual",
        requesters=frozenset((_R.PUBLIC,)),
        facts=_NONE,
        channels=None,
        purposes=None,
        result=_DENIED,
        protected_result=_DENIED,
        protected_unlock=None,
        basis=(
            cite("UU 24/2013", "Pasal 79 ayat (1)"),
            cite("UU 24/2013", "Pasal 79 ayat (3)"),
            cite("UU 24/2013", "Pasal 95A"),
            cite("UU 14/2008", "Pasal 17 huruf h"),
        ),
        message=_b(
            "Data kependudukan milik orang lain wajib dijaga kerahasiaannya dan tidak dapat "
            "kami berikan; penyebarluasan tanpa hak diancam pidana.",
            "Another person's population data must be kept confidential and cannot be given; "
            "disseminating it without right is a criminal offence.",
        ),
        advice=_b(
            "Mintalah pemilik data mengurusnya sendiri atau memberikan persetujuan tertulis; "
            "untuk sengketa (misalnya utang), tempuh jalur hukum melalui aparat penegak hukum.",
            "Ask the data owner to deal with it themselves or to give written consent; for a "
            "dispute (a debt, for example), go through the police or the courts.",
        ),
    ),
    AccessRule(
        id="PRIV-DEFAULT",
        when=_b("tidak ada aturan di atas yang cocok", "nothing above matched"),
        scope="any",
        requesters=None,
        facts=_NONE,
        channels=None,
        purposes=None,
        result=_DENIED,
        protected_result=_DENIED,
        protected_unlock=None,
        basis=(),
        message=_b(
            "Tidak ada aturan yang memberikan akses atas data ini untuk permintaan ini, "
            "sehingga akses ditolak (tolak secara baku).",
            "No rule grants access to this data for this request, so access is denied (deny "
            "by default).",
        ),
        advice=_b(
            "Periksa kembali peran, tujuan dan bukti yang Anda miliki, lalu ajukan permintaan "
            "baru melalui kanal resmi.",
            "Check your role, purpose and proofs, then make a new request through an official "
            "channel.",
        ),
        default=True,
    ),
)
