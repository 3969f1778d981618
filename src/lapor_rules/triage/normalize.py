"""Normalisation of informal Indonesian complaint text into tokens with an offset map.

The text is split into words and digit runs (one linear regex pass). Each token is lowered,
runs of three or more identical letters are squeezed ("lamaaaa" -> "lama"), and common
abbreviations, slang, Javanese words and number words are mapped to standard forms. Every
normalised token keeps the ``start``/``end`` offsets of the original characters it came from,
so evidence always points into the original text. Clause numbers mark sentence and clause
boundaries (``. ! ? ;``, line breaks, and contrastive conjunctions such as "tapi").
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType

__all__ = ["SLANG", "Tokens", "normalize", "normalize_phrase"]

# Words, digit runs, and a literal backslash-n (escaped line breaks in exported data).
_TOKEN = re.compile(r"\\n|\d+|[^\W\d_]+")
_SQUEEZE = re.compile(r"([^\W\d_])\1{2,}")
_BREAK_CHARS = frozenset(".!?;\n")
_BREAK = re.compile(r"[.!?;\n]")
#: Tokens that open a new clause (negation and hypotheticals do not reach across them).
CLAUSE_OPENERS = frozenset(
    {"tapi", "tetapi", "namun", "sedangkan", "padahal", "melainkan", "sekarang", "karena"}
)

#: Informal token -> standard token(s). Keys are lower-case, already squeezed.
SLANG: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        # pronouns and function words
        "yg": ("yang",),
        "sy": ("saya",),
        "aq": ("saya",),
        "aku": ("saya",),
        "gw": ("saya",),
        "gue": ("saya",),
        "kulo": ("saya",),
        "dgn": ("dengan",),
        "dg": ("dengan",),
        "krn": ("karena",),
        "karna": ("karena",),
        "krna": ("karena",),
        "soalnya": ("karena",),
        "utk": ("untuk",),
        "tuk": ("untuk",),
        "buat": ("untuk",),
        "dr": ("dari",),
        "dri": ("dari",),
        "tgl": ("tanggal",),
        "tg": ("tanggal",),
        "kalo": ("kalau",),
        "klo": ("kalau",),
        "klw": ("kalau",),
        "kl": ("kalau",),
        "kalu": ("kalau",),
        "bila": ("kalau",),
        "jika": ("kalau",),
        "apabila": ("kalau",),
        "pdhl": ("padahal",),
        "pdhal": ("padahal",),
        "tp": ("tapi",),
        "tpi": ("tapi",),
        "sampe": ("sampai",),
        "smpai": ("sampai",),
        "smp": ("sampai",),
        "hingga": ("sampai",),
        "ampe": ("sampai",),
        "skrg": ("sekarang",),
        "skrng": ("sekarang",),
        "skr": ("sekarang",),
        "sekrg": ("sekarang",),
        "kmrn": ("kemarin",),
        "kemaren": ("kemarin",),
        "kmarin": ("kemarin",),
        "bsk": ("besok",),
        "besuk": ("besok",),
        "lg": ("lagi",),
        "jg": ("juga",),
        "aja": ("saja",),
        "sj": ("saja",),
        "tlg": ("tolong",),
        "mhn": ("mohon",),
        "bgmn": ("bagaimana",),
        "gmn": ("bagaimana",),
        "gimana": ("bagaimana",),
        "bgm": ("bagaimana",),
        "gmana": ("bagaimana",),
        "knp": ("kenapa",),
        "knpa": ("kenapa",),
        "napa": ("kenapa",),
        "mengapa": ("kenapa",),
        "nanya": ("tanya",),
        "nanyak": ("tanya",),
        "ngurus": ("mengurus",),
        "urus": ("mengurus",),
        "nunggu": ("menunggu",),
        "tunggu": ("menunggu",),
        "bikin": ("membuat",),
        "buat2": ("membuat",),
        "udh": ("sudah",),
        "udah": ("sudah",),
        "sdh": ("sudah",),
        "sdah": ("sudah",),
        "dah": ("sudah",),
        "uda": ("sudah",),
        "sampun": ("sudah",),
        "blm": ("belum",),
        "blom": ("belum",),
        "belom": ("belum",),
        "blum": ("belum",),
        "dereng": ("belum",),
        "durung": ("belum",),
        # negation (Indonesian slang and Javanese)
        "tdk": ("tidak",),
        "tdak": ("tidak",),
        "tida": ("tidak",),
        "bel": ("belum",),
        "tak": ("tidak",),
        "gak": ("tidak",),
        "ga": ("tidak",),
        "gk": ("tidak",),
        "g": ("tidak",),
        "nggak": ("tidak",),
        "ngga": ("tidak",),
        "ngak": ("tidak",),
        "ngk": ("tidak",),
        "nggk": ("tidak",),
        "enggak": ("tidak",),
        "engga": ("tidak",),
        "ndak": ("tidak",),
        "nda": ("tidak",),
        "gag": ("tidak",),
        "mboten": ("tidak",),
        "boten": ("tidak",),
        "ora": ("tidak",),
        "ra": ("tidak",),
        "nggih": ("ya",),
        "inggih": ("ya",),
        "y": ("ya",),
        "iya": ("ya",),
        # time units
        "bln": ("bulan",),
        "bl": ("bulan",),
        "hr": ("hari",),
        "hri": ("hari",),
        "thn": ("tahun",),
        "th": ("tahun",),
        "taun": ("tahun",),
        "mgg": ("minggu",),
        "mg": ("minggu",),
        "mingu": ("minggu",),
        "sebulan": ("1", "bulan"),
        "seminggu": ("1", "minggu"),
        "sepekan": ("1", "minggu"),
        "pekan": ("minggu",),
        "setahun": ("1", "tahun"),
        "sehari": ("1", "hari"),
        "hrs": ("harus",),
        # number words
        "satu": ("1",),
        "dua": ("2",),
        "tiga": ("3",),
        "empat": ("4",),
        "lima": ("5",),
        "enam": ("6",),
        "tujuh": ("7",),
        "delapan": ("8",),
        "sembilan": ("9",),
        "sepuluh": ("10",),
        "sebelas": ("11",),
        "pertama": ("1",),
        # documents and services
        "ktpel": ("ktp",),
        "ektp": ("ktp",),
        "ekitir": ("kitir",),
        "akte": ("akta",),
        "akt": ("akta",),
        "ksk": ("kk",),
        "kia": ("kia",),
        "blangko": ("blanko",),
        "balanko": ("blanko",),
        "blanko": ("blanko",),
        "disdukcapil": ("dukcapil",),
        "dispendukcapil": ("dukcapil",),
        "dispenduk": ("dukcapil",),
        "capil": ("dukcapil",),
        "skolah": ("sekolah",),
        "sekolahan": ("sekolah",),
        "rs": ("rumah", "sakit"),
        "rsud": ("rumah", "sakit"),
        "rsu": ("rumah", "sakit"),
        "rsi": ("rumah", "sakit"),
        "pak": ("bapak",),
        "bpk": ("bapak",),
        "bp": ("bapak",),
        "bu": ("ibu",),
        "ortu": ("orang", "tua"),
        "sodara": ("saudara",),
        "bpjs": ("bpjs",),
        "no": ("nomor",),
        "nmr": ("nomor",),
        "nomer": ("nomor",),
        "nama2": ("nama",),
        "alm": ("almarhum",),
        "almh": ("almarhum",),
        "almarhumah": ("almarhum",),
        "kartu": ("kartu",),
        "duplikat": ("ganda",),
        "dobel": ("ganda",),
        "double": ("ganda",),
        "nonaktif": ("tidak", "aktif"),
        "online": ("online",),
        "onlen": ("online",),
        "sllu": ("selalu",),
        "slalu": ("selalu",),
        "bgt": ("banget",),
        "bngt": ("banget",),
        "dll": ("dan", "lain"),
        # informal verbs and nouns
        "pake": ("pakai",),
        "dipake": ("dipakai",),
        "make": ("memakai",),
        "makai": ("memakai",),
        "ngajuin": ("mengajukan",),
        "ngajukan": ("mengajukan",),
        "minjem": ("meminjam",),
        "minjam": ("meminjam",),
        "pinjem": ("pinjam",),
        "duit": ("uang",),
        "ilang": ("hilang",),
        "ngilang": ("hilang",),
        "liat": ("lihat",),
        "tau": ("tahu",),
        "ngungsi": ("mengungsi",),
        "rb": ("ribu",),
        "jt": ("juta",),
        "nyebut": ("menyebut",),
        "motret": ("memotret",),
        "dikubur": ("dikuburkan",),
        "tlp": ("telepon",),
        "telpon": ("telepon",),
        "ditelpon": ("ditelepon",),
        "makasih": ("terima", "kasih"),
        "terimakasih": ("terima", "kasih"),
        "trims": ("terima", "kasih"),
        "tks": ("terima", "kasih"),
        "jd": ("jadi",),
        "jdi": ("jadi",),
        "lhr": ("lahir",),
        "tny": ("tanya",),
        "kel": ("kelurahan",),
        "kec": ("kecamatan",),
        "msh": ("masih",),
        "mash": ("masih",),
        # Javanese ngoko, Sundanese and Betawi words of the complaint register
        "dienggo": ("dipakai",),
        "dinggo": ("dipakai",),
        "dianggo": ("dipakai",),
        "nganggo": ("memakai",),
        "wong": ("orang",),
        "tiyang": ("orang",),
        "jare": ("katanya",),
        "jarene": ("katanya",),
        "cenah": ("katanya",),
        "nduwe": ("punya",),
        "duwe": ("punya",),
        "gadah": ("punya",),
        "saiki": ("sekarang",),
        "sakniki": ("sekarang",),
        "wis": ("sudah",),
        "uwis": ("sudah",),
        "wes": ("sudah",),
        "udeh": ("sudah",),
        "geus": ("sudah",),
        "teu": ("tidak",),
        "henteu": ("tidak",),
        "kagak": ("tidak",),
        "kaga": ("tidak",),
        "acan": ("belum",),
        "mergo": ("karena",),
        "amargi": ("karena",),
        "tos": ("sudah",),
        "sasih": ("bulan",),
        "abdi": ("saya",),
        "isih": ("masih",),
        "tasih": ("masih",),
        "ket": ("sejak",),
        "wingi": ("kemarin",),
        "lawas": ("lama",),
        "tulung": ("tolong",),
        "arep": ("mau",),
        "ngancam": ("mengancam",),
        "diancem": ("diancam",),
        "ngancem": ("mengancam",),
        "utang": ("hutang",),
        "kedaftar": ("terdaftar",),
        "kadaftar": ("terdaftar",),
        "lairan": ("melahirkan",),
        "babaran": ("melahirkan",),
        "bojo": ("istri",),
        "bojoku": ("istri", "saya"),
        "ku": ("saya",),
        "nyong": ("saya",),
        "pisan": ("sekali",),
        "dibales": ("dibalas",),
        # Javanese (ngoko and krama)
        "niki": ("ini",),
        "iki": ("ini",),
        "sonten": ("sore",),
        "enjing": ("pagi",),
        "dinten": ("hari",),
        "mangke": ("nanti",),
        "benjang": ("besok",),
        "mbenjing": ("besok",),
        "sesuk": ("besok",),
        "wau": ("tadi",),
        "wulan": ("bulan",),
        "sasi": ("bulan",),
        "langkung": ("lebih",),
        "luwih": ("lebih",),
        "ngentosi": ("menunggu",),
        "nengga": ("menunggu",),
        "ngenteni": ("menunggu",),
        "dados": ("jadi",),
        "dadi": ("jadi",),
        "wonten": ("ada",),
        "onok": ("ada",),
        "enten": ("ada",),
        "sedo": ("meninggal",),
        "seda": ("meninggal",),
        "dimakamaken": ("dimakamkan",),
        "dikuburaken": ("dikuburkan",),
        "badhe": ("mau",),
        "ajeng": ("mau",),
        "nyuwun": ("mohon",),
        "pirsa": ("tanya",),
        "pripun": ("bagaimana",),
        "piye": ("bagaimana",),
        "menapa": ("apa",),
        "opo": ("apa",),
        "pundi": ("mana",),
        "setunggal": ("1",),
        "siji": ("1",),
        "kalih": ("2",),
        "loro": ("2",),
        "sekawan": ("4",),
        "papat": ("4",),
        "gangsal": ("5",),
        "limo": ("5",),
        "enem": ("6",),
        "pitu": ("7",),
        "wolu": ("8",),
        "sanga": ("9",),
        "sedasa": ("10",),
        # Javanese krama of deaths and burials, waits; Sundanese fees
        "kula": ("saya",),
        "dalu": ("malam",),
        "ndalu": ("malam",),
        "disarekaken": ("dimakamkan",),
        "sarekaken": ("dimakamkan",),
        "kasarekaken": ("dimakamkan",),
        "disarekake": ("dimakamkan",),
        "kedah": ("harus",),
        "kudu": ("harus",),
        "saking": ("dari",),
        "nanging": ("tapi",),
        "ananging": ("tapi",),
        "pirang": ("beberapa",),
        "wiwit": ("sejak",),
        "kawit": ("sejak",),
        "rawuh": ("datang",),
        "mayar": ("bayar",),
        "dibayar": ("dibayar",),
        "rebu": ("ribu",),
        "ka": ("ke",),
        "upami": ("kalau",),
        "kwitansi": ("kuitansi",),
        "kuitansina": ("kuitansi",),
        "dipasihkeun": ("diberikan",),
        "dipasihan": ("diberi",),
        "atanapi": ("atau",),
        "ieu": ("ini",),
        "hoyong": ("mau",),
        "gancang": ("cepat",),
        "cepet": ("cepat",),
        "pelayanane": ("pelayanannya",),
        "suratna": ("suratnya",),
    }
)

#: Verb roots written apart from the passive prefix ("di proses", "di batalkan"): joined.
DI_VERBS = frozenset(
    {
        "proses", "bantu", "batalkan", "batalin", "tolak", "perbaiki", "validasi", "verifikasi",
        "cetak", "kirim", "kirimkan", "blokir", "tindak", "tindaklanjuti", "tangani", "respon",
        "layani", "ganti", "ubah", "rubah", "hapus", "tunda", "persulit", "lempar", "arahkan",
        "suruh", "minta", "mintai", "pungut", "kenakan", "terima", "terbitkan", "setujui", "acc",
        "update", "input", "upload", "ambil", "cek", "coret", "pimpong", "pingpong", "oper",
        "tahan", "sebar", "sebarkan", "jual", "pakai", "gunakan", "salahgunakan", "tagih", "bayar",
        "perbarui", "betulkan", "close", "tutup", "abaikan", "palsukan", "manipulasi", "catat",
        "hilangkan", "pisah", "pecah", "gabung", "satukan", "kembalikan",
    }
)  # fmt: skip

#: Placeholder words in vocabulary phrases: ``#num`` matches any number, ``#id`` a long
#: identifier number (ten digits or more).
PLACEHOLDERS = frozenset({"#num", "#id"})

#: Javanese applicative verb endings ("ajukne", "urusno", "gawekke") after the clitic "tak".
_JAVANESE_APPLICATIVE = ("ne", "no", "ke", "ake", "aken")

_LONG_NUMBER = 10  # a digit run at least this long is an identifier, normalised to "#id"


@dataclass(frozen=True, slots=True)
class Tokens:
    """Normalised tokens with their offsets into the original text.

    Attributes:
        words: the normalised tokens.
        starts: start offset of each token's original characters.
        ends: end offset of each token's original characters.
        clauses: clause number of each token (non-decreasing).
        sentences: sentence number of each token (non-decreasing).
    """

    words: tuple[str, ...]
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    clauses: tuple[int, ...]
    sentences: tuple[int, ...]

    def __len__(self) -> int:
        return len(self.words)

    def __repr__(self) -> str:
        return f"Tokens(count={len(self.words)})"


@lru_cache(maxsize=65536)
def _norm_word(raw: str) -> tuple[str, ...]:
    word = raw.lower()
    if word.isdecimal():
        return ("#id",) if len(word) >= _LONG_NUMBER else (str(int(word)),)
    if len(word) > 2:
        word = _SQUEEZE.sub(r"\1", word)
    mapped = SLANG.get(word)
    if mapped is not None:
        return mapped
    return (word,)


def normalize(text: str) -> Tokens:  # noqa: PLR0915 - the hot loop, kept flat for speed
    """Tokenise and normalise ``text``, keeping an offset map into it.

    Linear in the length of the text. Punctuation between tokens decides clause and
    sentence boundaries; it is not kept as tokens.
    """
    words: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    clauses: list[int] = []
    sentences: list[int] = []
    add_word, add_start, add_end = words.append, starts.append, ends.append
    add_clause, add_sentence = clauses.append, sentences.append
    openers = CLAUSE_OPENERS
    norm = _norm_word
    # Lower-case once when that keeps every offset (almost always); else per token.
    lowered = text.lower()
    source = lowered if len(lowered) == len(text) else text
    breaks = [m.start() for m in _BREAK.finditer(text)]
    n_breaks = len(breaks)
    next_break = 0
    clause = 0
    sentence = 0
    prev_end = 0
    pending_di = False
    pending_tak = False
    for match in _TOKEN.finditer(source):
        start, end = match.span()
        raw = match.group()
        if next_break < n_breaks and breaks[next_break] < start:
            clause += 1
            sentence += 1
            pending_di = False
            while next_break < n_breaks and breaks[next_break] < start:
                next_break += 1
        adjacent = start == prev_end
        gap_start = prev_end
        prev_end = end
        if raw == "\\n":
            clause += 1
            sentence += 1
            pending_di = False
            continue
        if pending_di and text[gap_start:start].isspace():
            verb = norm(raw)[0]
            if verb in DI_VERBS:
                # "di proses" -> "diproses", replacing the pending "di" token.
                words[-1] = "di" + verb
                ends[-1] = end
                pending_di = False
                continue
        pending_di = raw == "di" or (len(raw) == 2 and raw.lower() == "di")
        if pending_tak and raw.lower().endswith(_JAVANESE_APPLICATIVE) and len(raw) > 4:
            # Javanese "tak ajukne" (I submitted it) is not Indonesian "tak" (not).
            words[-1] = "saya"
        pending_tak = raw == "tak" or (len(raw) == 3 and raw.lower() == "tak")
        if raw == "2" and adjacent and words and words[-1].isalpha():
            # Reduplication written with a digit: "tiba2" -> "tiba tiba".
            add_word(words[-1])
            add_start(start)
            add_end(end)
            add_clause(clause)
            add_sentence(sentence)
            continue
        for word in norm(raw):
            if word == "belum" and words and words[-1] == "tidak" and not adjacent:
                # Sundanese "teu acan", Javanese "ora durung": one "not yet".
                words[-1] = "belum"
                ends[-1] = end
                continue
            if word in openers:
                clause += 1
            add_word(word)
            add_start(start)
            add_end(end)
            add_clause(clause)
            add_sentence(sentence)
    return Tokens(tuple(words), tuple(starts), tuple(ends), tuple(clauses), tuple(sentences))


def normalize_phrase(phrase: str) -> tuple[str, ...]:
    """Normalise a vocabulary phrase the same way as complaint text.

    A trailing ``*`` on a word (``blokir*``) is kept: it marks a prefix match. The
    placeholders ``#num`` (any number) and ``#id`` (a long identifier number) are kept.
    """
    out: list[str] = []
    for raw in phrase.split():
        if raw.endswith("*") or raw in PLACEHOLDERS:
            out.append(raw.lower())
            continue
        for match in _TOKEN.finditer(raw):
            if match.group() != "\\n":
                out.extend(_norm_word(match.group()))
    return tuple(out)
