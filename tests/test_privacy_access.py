"""Access decisions: rule table PRIV-*, outcome combination, reasons, replies, monotonicity.

The spec is privacy-policy.md, "Rules" and "Outcomes".
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from lapor_rules import InvalidInputError, InvalidTypeError, LaporRulesError
from lapor_rules.privacy import (
    ACCESS_RULES,
    AccessChannel,
    AccessDecision,
    AccessDenied,
    AccessFact,
    AccessOutcome,
    AccessPurpose,
    AccessRequest,
    DataElement,
    ElementResult,
    Requester,
    check_access,
    require_access,
)
from lapor_rules.testing.privacy import access_requests

E = DataElement
F = AccessFact


@dataclass(frozen=True)
class Case:
    """One row of the policy test table."""

    name: str
    requester: str
    elements: tuple[str, ...]
    purpose: str = "kepentingan_pribadi"
    channel: str = "private"
    facts: tuple[str, ...] = ()
    outcome: str = ""
    fires: frozenset[str] = frozenset()


def _request(case: Case) -> AccessRequest:
    return AccessRequest.model_validate(
        {
            "requester": case.requester,
            "elements": list(case.elements),
            "purpose": case.purpose,
            "channel": case.channel,
            "facts": list(case.facts),
        }
    )


def _case(
    name: str, outcome: str, fires: str, requester: str, *elements: str, **kw: object
) -> Case:
    return Case(
        name=name,
        requester=requester,
        elements=elements,
        outcome=outcome,
        fires=frozenset(fires.split()),
        **kw,  # type: ignore[arg-type]
    )


IV = ("identity_verified",)

#: Positive table: each case names the rules that decide and the outcome.
FIRES = [
    _case("agg-only", "allow", "PRIV-AGG", "public", "agregat"),
    _case("agg-public-channel", "allow", "PRIV-AGG", "public", "agregat", channel="public"),
    _case(
        "public-channel-subject",
        "deny",
        "PRIV-PUBLIC-CHANNEL",
        "subject",
        "nik",
        channel="public",
        facts=IV,
    ),
    _case(
        "public-channel-with-agg",
        "allow_partial",
        "PRIV-PUBLIC-CHANNEL PRIV-AGG",
        "officer",
        "nik",
        "agregat",
        channel="public",
        facts=("access_grant", "within_authority"),
    ),
    _case(
        "subject-all-incl-protected",
        "allow",
        "PRIV-SUBJECT",
        "subject",
        "nik",
        "sidik_jari",
        "alamat_sekarang",
        facts=IV,
    ),
    _case(
        "guardian",
        "allow",
        "PRIV-GUARDIAN",
        "guardian",
        "tanggal_lahir",
        "cacat_fisik_mental",
        facts=("identity_verified", "guardianship_proven"),
    ),
    _case(
        "family-mixed",
        "allow_partial",
        "PRIV-FAMILY",
        "family_member",
        "alamat_sekarang",
        "cacat_fisik_mental",
        facts=IV,
    ),
    _case("family-plain", "allow", "PRIV-FAMILY", "family_member", "nomor_kk", facts=IV),
    _case("family-protected-only", "deny", "PRIV-FAMILY", "family_member", "aib", facts=IV),
    _case(
        "proxy",
        "allow_partial",
        "PRIV-PROXY",
        "proxy",
        "nik",
        "tanda_tangan",
        facts=("identity_verified", "power_of_attorney"),
    ),
    _case("subject-unverified", "refer", "PRIV-VERIFY", "subject", "nik"),
    _case("guardian-unproven", "refer", "PRIV-VERIFY", "guardian", "nik", facts=IV),
    _case("proxy-no-kuasa", "refer", "PRIV-VERIFY", "proxy", "nik", facts=IV),
    _case("family-unverified", "refer", "PRIV-VERIFY", "family_member", "nik"),
    _case(
        "officer",
        "allow",
        "PRIV-OFFICER",
        "officer",
        "nik",
        "sidik_jari",
        channel="system",
        facts=("access_grant", "within_authority"),
    ),
    _case(
        "officer-outside",
        "deny",
        "PRIV-OFFICER-SCOPE",
        "officer",
        "nik",
        facts=("access_grant",),
    ),
    _case("officer-no-grant", "deny", "PRIV-OFFICER-SCOPE", "officer", "nik"),
    _case(
        "institution",
        "allow",
        "PRIV-INSTITUTION",
        "institution",
        "nik",
        "alamat_sekarang",
        purpose="pelayanan_publik",
        channel="system",
        facts=("cooperation_agreement",),
    ),
    _case(
        "institution-protected-refer",
        "allow_partial",
        "PRIV-INSTITUTION",
        "institution",
        "nik",
        "sidik_jari",
        purpose="perencanaan_pembangunan",
        facts=("cooperation_agreement",),
    ),
    _case(
        "institution-only-protected",
        "refer",
        "PRIV-INSTITUTION",
        "institution",
        "iris_mata",
        purpose="alokasi_anggaran",
        facts=("cooperation_agreement",),
    ),
    _case(
        "institution-approved",
        "allow",
        "PRIV-INSTITUTION",
        "institution",
        "iris_mata",
        purpose="pembangunan_demokrasi",
        facts=("cooperation_agreement", "ministerial_approval"),
    ),
    _case(
        "institution-nopks",
        "refer",
        "PRIV-INSTITUTION-NOPKS",
        "institution",
        "nik",
        purpose="pelayanan_publik",
    ),
    _case(
        "law",
        "allow_partial",
        "PRIV-LAW",
        "law_enforcement",
        "nik",
        "sidik_jari",
        purpose="penegakan_hukum",
    ),
    _case(
        "law-approved",
        "allow",
        "PRIV-LAW",
        "law_enforcement",
        "nik",
        "sidik_jari",
        purpose="penegakan_hukum",
        facts=("ministerial_approval",),
    ),
    _case(
        "consent",
        "allow_partial",
        "PRIV-CONSENT",
        "public",
        "nik",
        "cacat_fisik_mental",
        facts=("identity_verified", "written_consent_of_subject"),
    ),
    _case(
        "third-party-spec-example",
        "deny",
        "PRIV-THIRD-PARTY",
        "public",
        "nik",
        "alamat_sekarang",
        facts=IV,
    ),
    _case(
        "third-party-with-agg",
        "allow_partial",
        "PRIV-THIRD-PARTY PRIV-AGG",
        "public",
        "alamat_sekarang",
        "agregat",
    ),
    _case(
        "default-law-wrong-purpose",
        "deny",
        "PRIV-DEFAULT",
        "law_enforcement",
        "nik",
        purpose="kepentingan_pribadi",
    ),
    _case(
        "default-institution-wrong-purpose",
        "deny",
        "PRIV-DEFAULT",
        "institution",
        "nik",
        facts=("cooperation_agreement",),
    ),
]

#: Negative table: (rule that must NOT fire, a request close to its conditions).
NOT_FIRES = [
    ("PRIV-AGG", _case("individual", "", "", "public", "nik")),
    ("PRIV-PUBLIC-CHANNEL", _case("private", "", "", "subject", "nik", facts=IV)),
    ("PRIV-PUBLIC-CHANNEL", _case("agg-public", "", "", "public", "agregat", channel="public")),
    ("PRIV-SUBJECT", _case("unverified", "", "", "subject", "nik")),
    ("PRIV-SUBJECT", _case("public-verified", "", "", "public", "nik", facts=IV)),
    ("PRIV-GUARDIAN", _case("no-proof", "", "", "guardian", "nik", facts=IV)),
    ("PRIV-FAMILY", _case("unverified", "", "", "family_member", "nik")),
    ("PRIV-PROXY", _case("no-kuasa", "", "", "proxy", "nik", facts=IV)),
    ("PRIV-VERIFY", _case("verified", "", "", "subject", "nik", facts=IV)),
    ("PRIV-VERIFY", _case("public", "", "", "public", "nik")),
    ("PRIV-OFFICER", _case("outside", "", "", "officer", "nik", facts=("access_grant",))),
    (
        "PRIV-OFFICER-SCOPE",
        _case("granted", "", "", "officer", "nik", facts=("access_grant", "within_authority")),
    ),
    (
        "PRIV-INSTITUTION",
        _case("own-purpose", "", "", "institution", "nik", facts=("cooperation_agreement",)),
    ),
    (
        "PRIV-INSTITUTION-NOPKS",
        _case(
            "with-pks",
            "",
            "",
            "institution",
            "nik",
            purpose="pelayanan_publik",
            facts=("cooperation_agreement",),
        ),
    ),
    (
        "PRIV-LAW",
        _case("other-purpose", "", "", "law_enforcement", "nik", purpose="pelayanan_publik"),
    ),
    (
        "PRIV-CONSENT",
        _case("unverified", "", "", "public", "nik", facts=("written_consent_of_subject",)),
    ),
    (
        "PRIV-THIRD-PARTY",
        _case(
            "consented",
            "",
            "",
            "public",
            "nik",
            facts=("identity_verified", "written_consent_of_subject"),
        ),
    ),
    ("PRIV-DEFAULT", _case("law", "", "", "law_enforcement", "nik", purpose="penegakan_hukum")),
]


@pytest.mark.parametrize("case", FIRES, ids=[c.name for c in FIRES])
def test_priv_rule_fires(case: Case) -> None:
    """PRIV-*: each table row decides the elements it should, with the spec's outcome."""
    decision = check_access(_request(case))
    assert set(decision.rule_ids) == case.fires
    assert decision.outcome.value == case.outcome


@pytest.mark.parametrize(
    ("rule_id", "case"), NOT_FIRES, ids=[f"{r}-{c.name}" for r, c in NOT_FIRES]
)
def test_priv_rule_does_not_fire(rule_id: str, case: Case) -> None:
    """PRIV-*: a rule does not fire when one of its conditions fails."""
    assert rule_id not in check_access(_request(case)).rule_ids


def test_priv_every_rule_has_a_firing_and_a_non_firing_case() -> None:
    """PRIV-*: the tables above cover every rule id of ACCESS_RULES both ways."""
    ids = {rule.id for rule in ACCESS_RULES}
    fired = set().union(*(case.fires for case in FIRES))
    assert fired == ids
    assert {rule_id for rule_id, _ in NOT_FIRES} == ids


def test_priv_rule_table_matches_the_spec_order() -> None:
    """Rules: the table has the spec's 15 rows in the spec's order; ids are unique."""
    assert [rule.id for rule in ACCESS_RULES] == [
        "PRIV-AGG",
        "PRIV-PUBLIC-CHANNEL",
        "PRIV-SUBJECT",
        "PRIV-GUARDIAN",
        "PRIV-FAMILY",
        "PRIV-PROXY",
        "PRIV-VERIFY",
        "PRIV-OFFICER",
        "PRIV-OFFICER-SCOPE",
        "PRIV-INSTITUTION",
        "PRIV-INSTITUTION-NOPKS",
        "PRIV-LAW",
        "PRIV-CONSENT",
        "PRIV-THIRD-PARTY",
        "PRIV-DEFAULT",
    ]
    derived = {rule.id for rule in ACCESS_RULES if rule.derived_policy}
    assert derived == {"PRIV-PROXY", "PRIV-VERIFY"}
    assert all(rule.basis for rule in ACCESS_RULES if not (rule.derived_policy or rule.default))


# --- reasons -------------------------------------------------------------------------------


def test_priv_third_party_reason_cites_pasal_79_and_names_missing_facts() -> None:
    """PRIV-THIRD-PARTY: the reason cites Pasal 79 and 95A and says consent was missing."""
    decision = check_access(
        AccessRequest("public", ["nik"], purpose="kepentingan_pribadi", channel="private")
    )
    (reason,) = decision.reasons
    assert reason.rule_id == "PRIV-THIRD-PARTY"
    assert reason.result is ElementResult.DENIED
    assert {str(c) for c in reason.citations} >= {
        "UU 24/2013 Pasal 79 ayat (1)",
        "UU 24/2013 Pasal 95A",
    }
    assert set(reason.facts_missing) == {F.IDENTITY_VERIFIED, F.WRITTEN_CONSENT_OF_SUBJECT}
    assert reason.message.id
    assert reason.message.en
    assert decision.withheld[0].rule_id == "PRIV-THIRD-PARTY"


def test_priv_verify_reason_names_the_missing_proof() -> None:
    """PRIV-VERIFY: a guardian without proof is referred; the missing fact is named."""
    decision = check_access(
        AccessRequest(
            "guardian",
            ["nik"],
            purpose="kepentingan_pribadi",
            channel="private",
            facts=["identity_verified"],
        )
    )
    assert decision.outcome is AccessOutcome.REFER
    (reason,) = decision.reasons
    assert reason.facts_missing == (F.GUARDIANSHIP_PROVEN,)
    assert reason.derived_policy


def test_priv_institution_reason_records_facts_used_and_unlock() -> None:
    """PRIV-INSTITUTION: facts used include the PKS and purpose; protected needs approval."""
    request = AccessRequest(
        "institution",
        ["nik", "sidik_jari"],
        purpose="pelayanan_publik",
        channel="system",
        facts=["cooperation_agreement"],
    )
    decision = check_access(request)
    granted, referred = decision.reasons
    assert granted.facts_used == ("cooperation_agreement", "purpose=pelayanan_publik")
    assert referred.result is ElementResult.REFERRED
    assert referred.facts_missing == (F.MINISTERIAL_APPROVAL,)
    assert decision.granted == (E.NIK,)
    assert [(w.element, w.result) for w in decision.withheld] == [
        (E.SIDIK_JARI, ElementResult.REFERRED)
    ]


def test_priv_default_reason_says_no_rule_granted() -> None:
    """PRIV-DEFAULT: deny by default still carries a reason that says so."""
    decision = check_access(
        AccessRequest("law_enforcement", ["nik"], purpose="kepentingan_pribadi", channel="private")
    )
    assert decision.outcome is AccessOutcome.DENY
    assert decision.default_applied
    (reason,) = decision.reasons
    assert reason.default_applied
    assert "No rule grants access" in reason.message.en


def test_priv_default_applies_with_a_custom_table_without_default_row() -> None:
    """PRIV-DEFAULT: a custom table that matches nothing still denies, with a reason."""
    custom = ACCESS_RULES[:1]  # PRIV-AGG only
    decision = check_access(
        AccessRequest(
            "subject",
            ["nik", "agregat"],
            purpose="kepentingan_pribadi",
            channel="private",
            facts=["identity_verified"],
        ),
        rules=custom,
    )
    assert decision.outcome is AccessOutcome.ALLOW_PARTIAL
    assert decision.rule_ids == ("PRIV-AGG", "PRIV-DEFAULT")
    assert decision.reasons[1].default_applied


def test_priv_subject_reply_mentions_3x24_hours() -> None:
    """PRIV-SUBJECT: the subject is told access comes within 3×24 jam (UU 27/2022 Pasal 32)."""
    decision = check_access(
        AccessRequest(
            "subject",
            ["nik"],
            purpose="kepentingan_pribadi",
            channel="private",
            facts=["identity_verified"],
        )
    )
    assert decision.outcome is AccessOutcome.ALLOW
    assert "3×24 jam" in decision.reply()
    assert "3×24 hours" in decision.reply("en")
    assert "UU 27/2022 Pasal 32" in decision.reply()


# --- replies -------------------------------------------------------------------------------


def test_priv_third_party_reply_refuses_politely_and_offers_alternatives() -> None:
    """PRIV-THIRD-PARTY: the reply says no, cites the article and says what to do instead."""
    decision = check_access(
        AccessRequest(
            "public", ["nik", "alamat_sekarang"], purpose="kepentingan_pribadi", channel="private"
        )
    )
    text_id = decision.reply()
    text_en = decision.reply("en")
    assert text_id.startswith("Terima kasih")
    assert "tidak dapat kami berikan" in text_id
    assert "Pasal 79 ayat (1)" in text_id
    assert "persetujuan tertulis" in text_id
    assert "alamat sekarang" in text_id
    assert "cannot give" in text_en
    assert "written consent" in text_en


def test_priv_public_channel_reply_invites_a_private_channel() -> None:
    """PRIV-PUBLIC-CHANNEL: the reply invites the requester to a private channel."""
    decision = check_access(
        AccessRequest(
            "subject",
            ["nik"],
            purpose="kepentingan_pribadi",
            channel="public",
            facts=["identity_verified"],
        )
    )
    assert "kanal pribadi" in decision.reply()
    assert "private channel" in decision.reply("en")


def test_priv_nopks_reply_names_permendagri_102_2019() -> None:
    """PRIV-INSTITUTION-NOPKS: the reply says to apply under Permendagri 102/2019."""
    decision = check_access(
        AccessRequest("institution", ["nik"], purpose="pelayanan_publik", channel="system")
    )
    assert decision.outcome is AccessOutcome.REFER
    assert "Permendagri 102/2019" in decision.reply()
    assert "formal procedure" in decision.reply("en")


def test_priv_partial_reply_lists_both_sides_once() -> None:
    """Outcomes: allow_partial names what can and cannot be given; each rule speaks once."""
    decision = check_access(
        AccessRequest(
            "family_member",
            ["alamat_sekarang", "sidik_jari"],
            purpose="kepentingan_pribadi",
            channel="private",
            facts=["identity_verified"],
        )
    )
    text = decision.reply()
    assert "Data yang dapat diberikan: alamat sekarang" in text
    assert "Data yang tidak dapat diberikan: sidik jari" in text
    assert text.count("Anggota keluarga dalam satu KK") == 1


def test_priv_reply_rejects_unknown_language() -> None:
    """Bad input: reply(lang) accepts only "id" and "en"."""
    decision = check_access(
        AccessRequest("public", ["agregat"], purpose="pelayanan_publik", channel="public")
    )
    with pytest.raises(InvalidInputError, match="language"):
        decision.reply("fr")  # type: ignore[arg-type]


# --- requests as plain data ----------------------------------------------------------------


def test_priv_plain_form_from_the_spec() -> None:
    """Requests: the spec's plain form validates, and round-trips through JSON."""
    request = AccessRequest.model_validate(
        {
            "requester": "public",
            "elements": ["nik", "alamat_sekarang"],
            "purpose": "kepentingan_pribadi",
            "channel": "private",
            "facts": ["identity_verified"],
        }
    )
    assert request.requester is Requester.PUBLIC
    assert request.elements == (E.NIK, E.ALAMAT_SEKARANG)
    assert AccessRequest.model_validate_json(request.model_dump_json()) == request
    decision = check_access(request)
    assert AccessDecision.model_validate_json(decision.model_dump_json()) == decision


def test_priv_own_interest_is_an_alias() -> None:
    """Purposes: "own_interest" is accepted as kepentingan_pribadi."""
    request = AccessRequest("subject", ["nik"], purpose="own_interest", channel="private")
    assert request.purpose is AccessPurpose.KEPENTINGAN_PRIBADI
    assert request.model_dump(mode="json")["purpose"] == "kepentingan_pribadi"


@pytest.mark.parametrize(
    ("data", "field"),
    [
        pytest.param({"requester": "neighbour"}, "requester", id="unknown-role"),
        pytest.param({"elements": ["nik", "nomor_hp"]}, "elements", id="unknown-element"),
        pytest.param({"purpose": "penasaran"}, "purpose", id="unknown-purpose"),
        pytest.param({"channel": "twitter"}, "channel", id="unknown-channel"),
        pytest.param({"facts": ["knows_the_officer"]}, "facts", id="unknown-fact"),
        pytest.param({"elements": []}, "elements", id="no-elements"),
        pytest.param({"elements": "nik"}, "elements", id="string-not-list"),
        pytest.param({"extra": 1}, "extra", id="unknown-field"),
    ],
)
def test_priv_unknown_codes_are_clear_validation_errors(
    data: dict[str, object], field: str
) -> None:
    """Requests: an unknown code is an InvalidInputError (a ValueError) naming the field."""
    base: dict[str, object] = {
        "requester": "public",
        "elements": ["nik"],
        "purpose": "kepentingan_pribadi",
        "channel": "private",
    }
    with pytest.raises(InvalidInputError) as info:
        AccessRequest.model_validate({**base, **data})
    assert isinstance(info.value, ValueError)
    assert field in str(info.value)


def test_priv_repeated_elements_and_facts_are_normalised() -> None:
    """Requests: repeats are dropped, element order kept, facts sorted."""
    request = AccessRequest(
        "officer",
        ["nik", "agama", "nik"],
        purpose="pelayanan_publik",
        channel="system",
        facts={"within_authority", "access_grant"},
    )
    assert request.elements == (E.NIK, E.AGAMA)
    assert request.facts == (F.ACCESS_GRANT, F.WITHIN_AUTHORITY)


def test_priv_check_access_needs_a_request() -> None:
    """Bad input: a dict is a TypeError pointing to model_validate."""
    with pytest.raises(InvalidTypeError, match="model_validate"):
        check_access({"requester": "public"})  # type: ignore[arg-type]


def test_priv_require_access_raises_access_denied() -> None:
    """Outcomes: require_access raises AccessDenied unless the outcome is allow."""
    request = AccessRequest("public", ["nik"], purpose="kepentingan_pribadi", channel="private")
    with pytest.raises(AccessDenied) as info:
        require_access(request)
    assert isinstance(info.value, LaporRulesError)
    assert isinstance(info.value, PermissionError)
    assert info.value.decision.outcome is AccessOutcome.DENY
    assert "PRIV-THIRD-PARTY" in str(info.value)
    allowed = AccessRequest("public", ["agregat"], purpose="pelayanan_publik", channel="public")
    assert require_access(allowed).outcome is AccessOutcome.ALLOW


# --- properties ----------------------------------------------------------------------------


def _combined(decision: AccessDecision) -> AccessOutcome:
    results = {r.result for r in decision.reasons}
    if results == {ElementResult.GRANTED}:
        return AccessOutcome.ALLOW
    if ElementResult.GRANTED in results:
        return AccessOutcome.ALLOW_PARTIAL
    if ElementResult.REFERRED in results:
        return AccessOutcome.REFER
    return AccessOutcome.DENY


@given(access_requests())
def test_priv_property_outcome_combination(request: AccessRequest) -> None:
    """Outcomes: every element decided once; outcome combined exactly as the spec says."""
    decision = check_access(request)
    decided = [e for reason in decision.reasons for e in reason.elements]
    assert sorted(decided) == sorted(request.elements)
    assert set(decision.granted) | {w.element for w in decision.withheld} == set(request.elements)
    assert not set(decision.granted) & {w.element for w in decision.withheld}
    assert decision.outcome is _combined(decision)
    assert decision.reasons  # every outcome, the default included, carries reasons


@given(access_requests(), st.sampled_from(tuple(AccessFact)))
def test_priv_property_more_proof_never_turns_allow_into_deny(
    request: AccessRequest, fact: AccessFact
) -> None:
    """Monotonicity: stating one more proof fact never turns an allow into a deny."""
    assume(fact not in request.facts)
    before = check_access(request).outcome
    after = check_access(request.model_copy(update={"facts": (*request.facts, fact)})).outcome
    if before is AccessOutcome.ALLOW:
        assert after is not AccessOutcome.DENY


@given(access_requests(), st.sampled_from(tuple(DataElement)))
def test_priv_property_more_elements_never_turn_deny_into_allow(
    request: AccessRequest, element: DataElement
) -> None:
    """Monotonicity: asking for one more element never turns a deny into an allow."""
    assume(element not in request.elements)
    before = check_access(request).outcome
    more = AccessRequest(
        request.requester,
        (*request.elements, element),
        purpose=request.purpose,
        channel=request.channel,
        facts=request.facts,
    )
    if before is AccessOutcome.DENY:
        assert check_access(more).outcome is not AccessOutcome.ALLOW


@given(access_requests(channels=(AccessChannel.PUBLIC,)))
def test_priv_property_public_channel_never_gives_individual_data(request: AccessRequest) -> None:
    """PRIV-PUBLIC-CHANNEL: on a public channel only aggregate data is ever granted."""
    assert set(check_access(request).granted) <= {E.AGREGAT}


@given(
    access_requests(
        requesters=(Requester.FAMILY_MEMBER, Requester.PROXY, Requester.PUBLIC),
    )
)
def test_priv_property_protected_never_to_family_proxy_or_public(request: AccessRequest) -> None:
    """PRIV-FAMILY / PRIV-PROXY / PRIV-CONSENT: protected elements are always withheld."""
    assert not any(e.protected for e in check_access(request).granted)


@given(access_requests())
def test_priv_property_replies_in_both_languages(request: AccessRequest) -> None:
    """Outcomes: every decision has a polite reply in Indonesian and English."""
    decision = check_access(request)
    assert decision.reply("id").startswith("Terima kasih")
    assert decision.reply("en").startswith("Thank you")


@given(access_requests())
def test_priv_property_cache_returns_the_same_decision(request: AccessRequest) -> None:
    """Engine: a repeated request gets an equal decision (the cache is transparent)."""
    from lapor_rules.privacy.engine import _decide  # noqa: PLC0415 (internal, for the oracle)

    assert check_access(request) == _decide(request, ACCESS_RULES)


def test_priv_validation_error_is_wrapped_once() -> None:
    """Requests: model_validate errors name the field once (no nested "Value error")."""
    with pytest.raises(InvalidInputError) as info:
        AccessRequest.model_validate(
            {"requester": "x", "elements": ["nik"], "purpose": "own_interest", "channel": "private"}
        )
    message = str(info.value)
    assert message.startswith("invalid AccessRequest: requester:")
    assert message.count("invalid AccessRequest") == 1
    assert info.value.errors[0]["loc"] == ("requester",)


def test_priv_elements_table_has_the_31_elements_and_the_protected_five() -> None:
    """Elements: 31 Pasal 58(2) elements a..ee plus agregat; Pasal 84(1) protects five."""
    individual = [e for e in DataElement if not e.aggregate]
    assert len(individual) == 31
    assert [e.letter for e in individual][:3] == ["a", "b", "c"]
    assert individual[-1].letter == "ee"
    assert {e for e in DataElement if e.protected} == {
        E.CACAT_FISIK_MENTAL,
        E.SIDIK_JARI,
        E.IRIS_MATA,
        E.TANDA_TANGAN,
        E.AIB,
    }
    assert not E.NIK.protected
    assert not E.NOMOR_KK.protected
    assert E.AGREGAT.letter == "(3)"
    assert "Pasal 84" in E.SIDIK_JARI.info.source


def test_priv_unlock_fact_is_listed_as_used() -> None:
    """PRIV-LAW: ministerial approval that granted a protected element is a fact used."""
    decision = check_access(
        AccessRequest(
            "law_enforcement",
            ["nik", "sidik_jari"],
            purpose="penegakan_hukum",
            channel="system",
            facts=["ministerial_approval"],
        )
    )
    (reason,) = decision.reasons
    assert decision.outcome is AccessOutcome.ALLOW
    assert "ministerial_approval" in reason.facts_used
    assert "purpose=penegakan_hukum" in reason.facts_used


def _oracle(request: AccessRequest) -> dict[DataElement, tuple[str, ElementResult]]:
    """First matching row per element by a plain scan of the table (no index, no cache)."""
    stated = set(request.facts)
    decided: dict[DataElement, tuple[str, ElementResult]] = {}
    for element in request.elements:
        decided[element] = ("PRIV-DEFAULT", ElementResult.DENIED)
        for rule in ACCESS_RULES:
            scope = rule.scope == "any" or (rule.scope == "aggregate") == (element is E.AGREGAT)
            if (
                scope
                and (rule.requesters is None or request.requester in rule.requesters)
                and (rule.channels is None or request.channel in rule.channels)
                and (rule.purposes is None or request.purpose in rule.purposes)
                and rule.facts <= stated
                and not rule.absent_facts & stated
            ):
                result = rule.result
                if element.protected:
                    unlock = rule.protected_unlock
                    result = (
                        ElementResult.GRANTED
                        if unlock is not None and unlock in stated
                        else rule.protected_result
                    )
                decided[element] = (rule.id, result)
                break
    return decided


@given(access_requests())
def test_priv_property_engine_agrees_with_a_plain_scan(request: AccessRequest) -> None:
    """Rules: the indexed engine decides every element as a plain first-match scan does."""
    decision = check_access(request)
    engine = {e: (r.rule_id, r.result) for r in decision.reasons for e in r.elements}
    assert engine == _oracle(request)


def test_priv_public_api_names_are_importable_from_lapor_rules() -> None:
    """DESIGN public API: the privacy names are importable from lapor_rules directly."""
    import lapor_rules  # noqa: PLC0415

    for name in (
        "AccessRequest",
        "AccessDecision",
        "check_access",
        "DataElement",
        "parse_nik",
        "NikInfo",
        "is_valid_nik",
        "mask_nik",
        "find_personal_data",
        "redact",
        "PersonalDataFinding",
        "PersonalDataKind",
    ):
        assert name in lapor_rules.__all__
        assert getattr(lapor_rules, name) is not None
