"""Bilingual text: every rule message and reply comes in Indonesian first, English second."""

from __future__ import annotations

from typing import Literal

from lapor_rules._model import LaporModel
from lapor_rules.errors import InvalidInputError

__all__ = ["Bilingual", "Language"]

Language = Literal["id", "en"]


class Bilingual(LaporModel):
    """A message in Indonesian (``id``) and English (``en``).

    >>> Bilingual(id="Hari kerja", en="Working day").get("en")
    'Working day'
    """

    id: str
    en: str

    def get(self, lang: Language = "id") -> str:
        """Return the text in ``lang`` (``"id"`` or ``"en"``)."""
        if lang == "id":
            return self.id
        if lang == "en":
            return self.en
        raise InvalidInputError(f"unknown language {lang!r}: use 'id' or 'en'")

    def __str__(self) -> str:
        return self.id
