"""Reply texts for the requester: outcome, reasons with their articles, what to do instead."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Final

from lapor_rules.privacy.elements import ELEMENTS, DataElement
from lapor_rules.text import Bilingual, Language

if TYPE_CHECKING:
    from lapor_rules.privacy.decision import AccessDecision

__all__ = ["compose_reply"]

_OPENING: Final = Bilingual(
    id="Terima kasih telah menghubungi kami.", en="Thank you for contacting us."
)
_CLOSING: Final = Bilingual(
    id="Terima kasih atas pengertian Anda.", en="Thank you for your understanding."
)

_OUTCOME: Final[dict[str, Bilingual]] = {
    "allow": Bilingual(
        id="Permintaan Anda dapat kami penuhi untuk data berikut: {granted}.",
        en="We can meet your request for the following data: {granted}.",
    ),
    "allow_partial": Bilingual(
        id=(
            "Permintaan Anda hanya dapat kami penuhi sebagian. Data yang dapat diberikan: "
            "{granted}. Data yang tidak dapat diberikan: {withheld}."
        ),
        en=(
            "We can meet your request only in part. Data we can give: {granted}. Data we "
            "cannot give: {withheld}."
        ),
    ),
    "deny": Bilingual(
        id="Mohon maaf, data yang Anda minta ({withheld}) tidak dapat kami berikan.",
        en="We are sorry, but we cannot give the data you asked for ({withheld}).",
    ),
    "refer": Bilingual(
        id=(
            "Mohon maaf, data yang Anda minta ({withheld}) belum dapat kami berikan saat ini, "
            "tetapi dapat diproses melalui prosedur resmi."
        ),
        en=(
            "We are sorry, but we cannot give the data you asked for ({withheld}) at this "
            "time; it can be processed through the formal procedure."
        ),
    ),
}

_BASIS: Final = Bilingual(id="Dasar: {citations}.", en="Basis: {citations}.")
_DERIVED: Final = Bilingual(
    id="Dasar: kebijakan turunan yang berhati-hati (hukum tidak mengatur secara tegas).",
    en="Basis: conservative derived policy (the law is silent).",
)


def _names(elements: Iterable[DataElement], lang: Language) -> str:
    info = [ELEMENTS[e] for e in elements]
    return ", ".join(row.name_id if lang == "id" else row.name_en for row in info)


def compose_reply(decision: AccessDecision, lang: Language = "id") -> str:
    """Compose the reply text of ``decision`` in ``lang`` (``"id"`` or ``"en"``).

    The text opens politely, states the outcome and the elements concerned, then for each
    rule (those that withheld elements first) gives its message, articles and advice.
    """
    _OPENING.get(lang)  # validates ``lang`` before any work
    withheld = [w.element for w in decision.withheld]
    lines = [
        _OPENING.get(lang),
        _OUTCOME[decision.outcome.value]
        .get(lang)
        .format(granted=_names(decision.granted, lang), withheld=_names(withheld, lang)),
    ]
    ordered = sorted(decision.reasons, key=lambda r: r.result.value == "granted")
    seen: set[str] = set()
    for reason in ordered:
        if reason.rule_id in seen:
            continue  # one rule that granted some elements and withheld others: say it once
        seen.add(reason.rule_id)
        paragraph = [reason.message.get(lang)]
        if reason.citations:
            cited = "; ".join(str(c) for c in reason.citations)
            paragraph.append(_BASIS.get(lang).format(citations=cited))
        elif reason.derived_policy:
            paragraph.append(_DERIVED.get(lang))
        paragraph.append(reason.advice.get(lang))
        lines.append(" ".join(paragraph))
    lines.append(_CLOSING.get(lang))
    return "\n\n".join(lines)
