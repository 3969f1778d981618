"""The access request: who asks, for which elements, for what purpose, through which channel.

Codes follow ``privacy-policy.md``: roles, facts and channels in English, purposes in
Indonesian (the five uses of UU 24/2013 Pasal 58(4) and ``kepentingan_pribadi``). A request
is accepted as plain data, for example from JSON::

    AccessRequest.model_validate({"requester": "public", "elements": ["nik"],
                                  "purpose": "kepentingan_pribadi", "channel": "private",
                                  "facts": ["identity_verified"]})

An unknown code raises :class:`~lapor_rules.errors.InvalidInputError` naming the field.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum
from typing import Any

from pydantic import field_validator

from lapor_rules._model import LaporModel
from lapor_rules.privacy.elements import DataElement

__all__ = ["AccessChannel", "AccessFact", "AccessPurpose", "AccessRequest", "Requester"]


class Requester(str, Enum):
    """Who asks for the data (``privacy-policy.md``, "Requesters")."""

    SUBJECT = "subject"
    """The person the data is about."""
    GUARDIAN = "guardian"
    """Parent or legal guardian of a minor, or of a person unable to act."""
    FAMILY_MEMBER = "family_member"
    """A member of the same Kartu Keluarga."""
    PROXY = "proxy"
    """Holds a power of attorney (surat kuasa)."""
    OFFICER = "officer"
    """A provincial or Dukcapil official."""
    INSTITUTION = "institution"
    """A ministry, agency or Indonesian legal entity (lembaga pengguna)."""
    LAW_ENFORCEMENT = "law_enforcement"
    """Police, prosecutor or court."""
    PUBLIC = "public"
    """Anyone else, including a reporter asking about another person."""


class AccessFact(str, Enum):
    """A proof fact a request may state; a fact not stated is false."""

    IDENTITY_VERIFIED = "identity_verified"
    GUARDIANSHIP_PROVEN = "guardianship_proven"
    POWER_OF_ATTORNEY = "power_of_attorney"
    ACCESS_GRANT = "access_grant"
    """The officer holds hak akses."""
    WITHIN_AUTHORITY = "within_authority"
    """The officer acts within their region and task."""
    COOPERATION_AGREEMENT = "cooperation_agreement"
    """The institution has a PKS covering the elements."""
    MINISTERIAL_APPROVAL = "ministerial_approval"
    WRITTEN_CONSENT_OF_SUBJECT = "written_consent_of_subject"


class AccessPurpose(str, Enum):
    """Why the data is wanted: the five uses of Pasal 58(4), or the requester's own affairs.

    ``"own_interest"`` is accepted as an alias of ``kepentingan_pribadi`` (the spec uses both
    names); it is always output as ``kepentingan_pribadi``.
    """

    PELAYANAN_PUBLIK = "pelayanan_publik"
    PERENCANAAN_PEMBANGUNAN = "perencanaan_pembangunan"
    ALOKASI_ANGGARAN = "alokasi_anggaran"
    PEMBANGUNAN_DEMOKRASI = "pembangunan_demokrasi"
    PENEGAKAN_HUKUM = "penegakan_hukum"
    KEPENTINGAN_PRIBADI = "kepentingan_pribadi"

    @classmethod
    def _missing_(cls, value: object) -> AccessPurpose | None:
        if value == "own_interest":
            return cls.KEPENTINGAN_PRIBADI
        return None

    @property
    def in_pasal_58_4(self) -> bool:
        """Whether this is one of the five uses listed in Pasal 58(4)."""
        return self is not AccessPurpose.KEPENTINGAN_PRIBADI


class AccessChannel(str, Enum):
    """The channel the answer would travel through."""

    PUBLIC = "public"
    """Readable by others: a public LAPOR! page, social media."""
    PRIVATE = "private"
    """Only the requester."""
    SYSTEM = "system"
    """Machine to machine."""


class AccessRequest(LaporModel):
    """A request for population data about one person (or for aggregate data).

    >>> r = AccessRequest("subject", ["nik"], purpose="kepentingan_pribadi", channel="private",
    ...                   facts=["identity_verified"])
    >>> r.requester.value, [e.value for e in r.elements], [f.value for f in r.facts]
    ('subject', ['nik'], ['identity_verified'])

    Attributes:
        requester: who asks.
        elements: the elements asked for (at least one; repeats are dropped, order kept).
        purpose: why.
        channel: where the answer would go.
        facts: the proof facts stated (sorted, without repeats); any other fact is false.
    """

    requester: Requester
    elements: tuple[DataElement, ...]
    purpose: AccessPurpose
    channel: AccessChannel
    facts: tuple[AccessFact, ...] = ()

    def __init__(
        self,
        requester: Requester | str | None = None,
        elements: Iterable[DataElement | str] | None = None,
        /,
        **data: Any,
    ) -> None:
        if requester is not None:
            data["requester"] = requester
        if elements is not None:
            data["elements"] = elements
        super().__init__(**data)

    # Only maps positional arguments to fields: model_validate() need not call it.
    __init__.__pydantic_base_init__ = True  # type: ignore[attr-defined]

    @field_validator("elements", mode="before")
    @classmethod
    def _elements_as_list(cls, value: object) -> object:
        if isinstance(value, (str, bytes)):
            raise ValueError("give a list of element codes, not a single string")
        return value

    @field_validator("elements")
    @classmethod
    def _unique_elements(cls, value: tuple[DataElement, ...]) -> tuple[DataElement, ...]:
        if not value:
            raise ValueError("ask for at least one element")
        return tuple(dict.fromkeys(value))

    @field_validator("facts", mode="before")
    @classmethod
    def _facts_as_list(cls, value: object) -> object:
        if isinstance(value, (str, bytes)):
            raise ValueError("give a list of fact codes, not a single string")
        if isinstance(value, (set, frozenset)):
            return sorted(value, key=str)
        return value

    @field_validator("facts")
    @classmethod
    def _sorted_facts(cls, value: tuple[AccessFact, ...]) -> tuple[AccessFact, ...]:
        return tuple(sorted(set(value), key=lambda fact: fact.value))

    def has(self, fact: AccessFact) -> bool:
        """Whether the request states ``fact``."""
        return fact in self.facts
