"""Pre-flight: may this go out, here, to them, now?

A pure function over :class:`PreflightFacts`, the agency :class:`Policy` and the
platform :class:`Catalogue`. It never reads the clock, the database or the network, so a
stored decision can be replayed from its facts and explained years later.

It fails closed: anything it cannot check (no policy, unknown platform, screening that
did not run, an unreadable date) is a reason to block, and an unexpected error inside a
check becomes ``CHECK_FAILED`` rather than an exception that a caller might swallow and
then send anyway. Every reason found is reported, not only the first, so the worker can
fix everything in one go.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from casesafe.policy._util import CATEGORY_WORDS, Unreadable, age_on, parse_date, words
from casesafe.policy.catalogue import Catalogue, Platform
from casesafe.policy.facts import (
    Boundary,
    Consent,
    DateLike,
    Outcome,
    Person,
    PreflightDecision,
    PreflightFacts,
    Reason,
)
from casesafe.policy.reasons import GUIDANCE_APPROVAL_OTHER, REASONS, Code
from casesafe.policy.schema import PlatformRule, Policy
from casesafe.policy.vocab import (
    ADULT_AGE,
    APPROVAL_STATES,
    AUDIENCES,
    BOUNDARY_KINDS,
    CHILD_CONSENT_GIVERS,
    MINOR_ROLES,
    PURPOSES,
)

_ALL = "*"
_SUMMARY = {
    Outcome.ALLOW: "This can go out.",
    Outcome.WARN: "This can go out once you have read the warnings and noted why it is still right.",
    Outcome.NEEDS_APPROVAL: "This needs a supervisor's approval before it goes out.",
    Outcome.BLOCK: "This cannot go out until the problems below are fixed.",
}


def screening_audience(policy: Policy | None, platform: str, audience: str, today: dt.date) -> str:
    """The audience to screen content for on this channel.

    A private message on a channel where PHI may travel (BAA in force) is screened as
    ``secure``, so health details the recipient is entitled to are not flagged twice.
    """
    if audience == "public" or policy is None:
        return audience
    rule = policy.rule_for(platform)
    return "secure" if rule is not None and rule.phi_in_force(today) else audience


@dataclass
class _Check:
    """The evaluation of one set of facts: collects reasons as each rule runs."""

    facts: PreflightFacts
    policy: Policy | None
    catalogue: Catalogue | None
    reasons: list[Reason] = field(default_factory=list)
    today: dt.date | None = None
    platform: Platform | None = None
    rule: PlatformRule | None = None

    def add(
        self,
        code: Code,
        message: str,
        person: Person | None = None,
        *,
        outcome: Outcome | None = None,
        guidance: str | None = None,
    ) -> None:
        info = REASONS[code]
        self.reasons.append(
            Reason(
                code=code.value,
                outcome=outcome or info.outcome,
                message=message,
                guidance=guidance or info.guidance,
                person_id=person.person_id if person else None,
            )
        )

    def date(self, value: DateLike, what: str, person: Person | None = None) -> dt.date | None:
        try:
            return parse_date(value)
        except Unreadable:
            # The raw value is not echoed: it may be a birth date, and reasons are stored.
            self.add(Code.INPUT_INVALID, f"The {what} is not a readable date.", person)
            raise

    # -- the inputs themselves ------------------------------------------------------
    def inputs(self) -> None:
        f = self.facts
        try:
            self.today = parse_date(f.today)
            if self.today is None:
                self.add(
                    Code.INPUT_INVALID,
                    "No date was given for today, so nothing dated can be checked.",
                )
        except Unreadable:
            self.add(
                Code.INPUT_INVALID, "Today's date is not readable, so nothing dated can be checked."
            )
        if self.policy is None:
            self.add(Code.POLICY_MISSING, "No agency social media policy is loaded.")
        elif (
            self.today is not None
            and self.policy.effective_from is not None
            and self.today < self.policy.effective_from
        ):
            # Deciding under rules that were not yet in force would misstate the record.
            self.add(
                Code.POLICY_MISSING,
                f"The loaded policy (version {self.policy.version}) only takes effect on "
                f"{self.policy.effective_from.isoformat()}.",
            )
        if self.catalogue is None:
            self.add(Code.POLICY_MISSING, "The platform catalogue is not loaded.")
        if f.actor is None or not f.actor.user_id:
            self.add(Code.INPUT_INVALID, "We do not know who is sending this.")
        if f.purpose not in PURPOSES:
            self.add(Code.INPUT_INVALID, f"The purpose '{f.purpose}' is not one CaseSafe knows.")
        if f.audience not in AUDIENCES:
            self.add(Code.INPUT_INVALID, f"The audience '{f.audience}' is not one CaseSafe knows.")
        if f.approval not in APPROVAL_STATES:
            self.add(
                Code.INPUT_INVALID, f"The approval state '{f.approval}' is not one CaseSafe knows."
            )
        if f.audience == "public" and f.recipients:
            self.add(
                Code.INPUT_INVALID,
                "A public post has no recipients; list the people it shows as subjects instead.",
            )
        if f.audience in ("private", "secure") and not f.recipients:
            self.add(
                Code.INPUT_INVALID, "A private message needs at least one recipient from the case."
            )

    # -- account, platform, purpose, audience ----------------------------------------
    def channel(self) -> None:
        f = self.facts
        account = f.account
        if account is None:
            self.add(Code.INPUT_INVALID, "No account was chosen to send from.")
            return
        if account.kind == "personal":
            self.add(
                Code.PERSONAL_ACCOUNT,
                "This is a personal account. Casework may only go out from the agency's own accounts.",
            )
        elif account.kind != "agency":
            self.add(
                Code.INPUT_INVALID, f"The account kind '{account.kind}' is not one CaseSafe knows."
            )
        if self.catalogue is not None:
            self.platform = self.catalogue.get(account.platform)
            if self.platform is None:
                self.add(
                    Code.PLATFORM_UNKNOWN,
                    f"CaseSafe does not know the platform '{account.platform}', so it cannot be checked.",
                )
        if self.policy is None:
            return
        self.rule = self.policy.rule_for(account.platform)
        name = self.platform.name if self.platform else account.platform
        if self.rule is None:
            self.add(Code.PLATFORM_NOT_APPROVED, f"The agency's policy does not approve {name}.")
            return
        if account.kind == "agency" and self.rule.account(account.account_id) is None:
            self.add(
                Code.ACCOUNT_NOT_APPROVED,
                f"Account '{account.account_id}' is not one of the agency accounts the policy lists for {name}.",
            )
        purpose_words = f.purpose.replace("_", " ")
        if f.purpose not in self.rule.purposes:
            allowed = ", ".join(words(sorted(self.rule.purposes)))
            self.add(
                Code.PURPOSE_NOT_APPROVED,
                f"The policy approves {name} for {allowed}, not for {purpose_words}.",
            )
        if f.audience not in self.rule.audiences:
            allowed = ", ".join(sorted(self.rule.audiences))
            self.add(
                Code.AUDIENCE_NOT_APPROVED,
                f"The policy approves {name} for {allowed} audiences, not {f.audience}.",
            )

    # -- content -------------------------------------------------------------------
    def content(self) -> bool:
        """Screening's verdict; returns whether the content carries health information."""
        f = self.facts
        screening = f.screening
        carries_phi = f.purpose == "health_information" or "health_information" in f.content_kinds
        if screening is None:
            self.add(
                Code.SCREENING_UNAVAILABLE,
                "The content could not be screened for private details, so it cannot be cleared.",
            )
            return carries_phi
        found = ", ".join(words(screening.reasons, CATEGORY_WORDS)) or "private details"
        if screening.decision == "block":
            self.add(
                Code.CONTENT_BLOCKED,
                f"The content gives away {found}. Remove them or use the redacted version.",
            )
        elif screening.decision == "warn":
            self.add(
                Code.CONTENT_WARNING,
                f"The content may identify someone ({found}). Check it before sending.",
            )
        elif screening.decision != "allow":
            self.add(
                Code.SCREENING_UNAVAILABLE,
                f"Screening returned '{screening.decision}', which is not a decision.",
            )
        return carries_phi or screening.phi_found or "HEALTH" in screening.reasons

    def phi(self, carries_phi: bool) -> None:
        if not carries_phi:
            return
        f = self.facts
        name = (
            self.platform.name
            if self.platform
            else (f.account.platform if f.account else "this channel")
        )
        if f.audience == "public" or (self.platform is not None and not self.platform.phi_possible):
            self.add(
                Code.PHI_NOT_ALLOWED_ON_CHANNEL,
                f"Health information can never go on {name}. Use a secure channel the agency has a BAA for.",
            )
        elif (
            self.rule is not None
            and self.today is not None
            and not self.rule.phi_in_force(self.today)
        ):
            why = (
                "the agency's BAA for it is not in force"
                if self.rule.phi_allowed
                else "the policy does not allow health information there"
            )
            self.add(
                Code.PHI_NOT_ALLOWED_ON_CHANNEL,
                f"Health information cannot go by {name}: {why}. Use a secure channel instead.",
            )

    # -- people --------------------------------------------------------------------
    def person_age(self, person: Person) -> int | None:
        birth = self.date(person.birth_date, f"birth date of {person.label}", person)
        if birth is not None and self.today is not None:
            if birth > self.today:
                self.add(
                    Code.INPUT_INVALID, f"{person.label}'s birth date is in the future.", person
                )
                return None
            return age_on(birth, self.today)
        if person.age is not None and person.age >= 0:
            return int(person.age)
        return None

    def is_minor(self, person: Person, age: int | None) -> bool:
        return age < ADULT_AGE if age is not None else person.role in MINOR_ROLES

    def minimum_age(self, person: Person, age: int | None) -> None:
        if self.platform is None or self.today is None:
            return
        region = self.policy.region if self.policy else "default"
        floors = [self.platform.minimum_age(region, self.today)]
        if self.rule is not None:
            floors.append(self.rule.minimum_age)
        known = [a for a in floors if a is not None]
        if not known:
            return
        floor = max(known)
        if age is None:
            if person.role in MINOR_ROLES:
                self.add(
                    Code.RECIPIENT_AGE_UNKNOWN,
                    f"{person.label}'s age is not on file, and {self.platform.name} is only for people "
                    f"{floor} or older.",
                    person,
                )
        elif age < floor:
            self.add(
                Code.RECIPIENT_UNDER_MIN_AGE,
                f"{person.label} is {age}; {self.platform.name} is only for people {floor} or older.",
                person,
            )

    def consent(
        self, person: Person, age: int | None, carries_phi: bool, *, shown: bool = False
    ) -> None:
        """Consent of a recipient, or (``shown``) of someone shown in what is sent.

        A recipient's consent must cover the channel, the purpose and any health
        information; a person shown must also have consented to each kind of content
        (photos, video) they appear in.
        """
        f = self.facts
        if self.policy is not None and f.purpose in self.policy.consent.not_required_for:
            return
        if f.account is None or self.today is None:
            return
        slug = f.account.platform
        needed_kinds = set(f.content_kinds) if shown else set()
        if carries_phi:
            needed_kinds.add("health_information")
        minor = self.is_minor(person, age)
        mine = [c for c in f.consents if c.person_id == person.person_id]
        givers = CHILD_CONSENT_GIVERS if minor else ("self", "guardian")
        valid = [c for c in mine if c.given_by_role in givers]
        on_channel = [c for c in valid if _covers(c.channels, slug)]
        name = self.platform.name if self.platform else slug
        if not on_channel:
            others = [
                c for c in mine if c.given_by_role not in givers and _covers(c.channels, slug)
            ]
            if minor and others:
                self.add(
                    Code.CONSENT_GIVER_INVALID,
                    f"The only agreement on file for {person.label} on {name} is from "
                    f"{', '.join(sorted({c.given_by_role for c in others}))}; a child's consent must come "
                    "from a parent, a guardian or the agency as guardian.",
                    person,
                )
            else:
                self.add(
                    Code.CONSENT_MISSING,
                    f"{person.label} has not consented to contact by {name}.",
                    person,
                )
            return
        states = [(c, self.consent_state(c, person)) for c in on_channel]
        in_scope = [(c, s) for c, s in states if _in_scope(c, f.purpose, needed_kinds)]
        if any(s == "active" for _, s in in_scope):
            self.assent(person, age, minor)
            return
        if in_scope:
            state = (
                "revoked"
                if any(s == "revoked" for _, s in in_scope)
                else next(s for _, s in in_scope)
            )
        elif any(s == "active" for _, s in states):
            state = "scope"
        else:
            state = "revoked" if any(s == "revoked" for _, s in states) else states[0][1]
        if state == "revoked":
            revoked = next(c for c, s in (in_scope or states) if s == "revoked")
            why = f" ({revoked.revoked_reason})" if revoked.revoked_reason else ""
            self.add(
                Code.CONSENT_REVOKED,
                f"{person.label}'s consent for {name} was withdrawn{why}.",
                person,
            )
        elif state == "expired":
            self.add(
                Code.CONSENT_EXPIRED, f"{person.label}'s consent for {name} has expired.", person
            )
        elif state == "not_yet":
            self.add(
                Code.CONSENT_MISSING,
                f"{person.label}'s consent for {name} is dated in the future.",
                person,
            )
        elif state == "unreadable":
            pass  # already reported as INPUT_INVALID
        else:
            active = [c for c, st in states if st == "active"]
            covered = {x for c in active for x in (*c.purposes, *c.content_kinds)}
            wanted = ", ".join(
                words(sorted(x for x in {f.purpose} | needed_kinds if x not in covered))
            )
            self.add(
                Code.CONSENT_SCOPE,
                f"{person.label} consented to {name}, but not for {wanted}.",
                person,
            )

    def consent_state(self, consent: Consent, person: Person) -> str:
        assert self.today is not None
        try:
            obtained = self.date(
                consent.obtained_on, f"date {person.label}'s consent was given", person
            )
            expires = self.date(consent.expires_on, f"expiry of {person.label}'s consent", person)
            revoked = self.date(
                consent.revoked_on, f"withdrawal date of {person.label}'s consent", person
            )
        except Unreadable:
            return "unreadable"
        if revoked is not None and revoked <= self.today:
            return "revoked"
        if expires is not None and expires < self.today:
            return "expired"
        if obtained is not None and obtained > self.today:
            return "not_yet"
        return "active"

    def assent(self, person: Person, age: int | None, minor: bool) -> None:
        threshold = self.policy.consent.youth_assent_from_age if self.policy else None
        f = self.facts
        if not minor or threshold is None or age is None or age < threshold or f.account is None:
            return
        for c in f.consents:
            if (
                c.person_id == person.person_id
                and c.given_by_role == "self"
                and _covers(c.channels, f.account.platform)
                and _covers(c.purposes, f.purpose)
                and self.consent_state(c, person) == "active"
            ):
                return
        self.add(
            Code.ASSENT_MISSING,
            f"{person.label} is {age}; the agency asks for the youth's own agreement as well, and none is recorded.",
            person,
        )

    # -- contact boundaries --------------------------------------------------------
    def boundaries(self) -> None:
        f = self.facts
        if f.account is None:
            return
        # Recipients are in contact with each other; a person shown in what is sent is in
        # (indirect) contact with each recipient, which no-contact orders usually cover.
        recipients = {p.person_id for p in f.recipients}
        people = {p.person_id: p for p in (*f.subjects, *f.recipients)}
        for boundary in f.boundaries:
            if boundary.from_person_id not in people or boundary.to_person_id not in people:
                continue
            if not {boundary.from_person_id, boundary.to_person_id} & recipients:
                continue
            if boundary.from_person_id == boundary.to_person_id:
                continue
            if not _covers(boundary.channels or (_ALL,), f.account.platform):
                continue
            if not self.boundary_active(boundary):
                continue
            a, b = people[boundary.from_person_id], people[boundary.to_person_id]
            source = "a court order" if boundary.source == "court_order" else "the case plan"
            until = f" until {boundary.ends_on}" if boundary.ends_on else ""
            if boundary.kind == "supervised_only":
                if f.supervised:
                    self.add(
                        Code.CONTACT_SUPERVISED_ONLY,
                        f"{a.label} and {b.label} may only be in contact with a supervisor present ({source}); "
                        "make sure the supervisor stays for the whole contact.",
                        a,
                        outcome=Outcome.WARN,
                    )
                else:
                    self.add(
                        Code.CONTACT_SUPERVISED_ONLY,
                        f"{a.label} and {b.label} may only be in contact under supervision ({source}{until}).",
                        a,
                    )
            else:
                if boundary.kind not in BOUNDARY_KINDS:
                    self.add(
                        Code.INPUT_INVALID,
                        f"Unknown kind of contact limit '{boundary.kind}'; treated as no contact.",
                    )
                self.add(
                    Code.CONTACT_RESTRICTED,
                    f"{a.label} may not have contact with {b.label} ({source}{until}).",
                    a,
                )

    def boundary_active(self, boundary: Boundary) -> bool:
        if self.today is None:
            return True  # cannot tell: treat the limit as in force
        try:
            starts = self.date(boundary.starts_on, "start of a contact limit")
            ends = self.date(boundary.ends_on, "end of a contact limit")
        except Unreadable:
            return True
        return (starts is None or starts <= self.today) and (ends is None or self.today <= ends)

    # -- approval ------------------------------------------------------------------
    def approval(self) -> None:
        f = self.facts
        if self.policy is None or f.account is None:
            return
        if not self.policy.approval_needed(f.account.platform, f.purpose, f.audience):
            return
        if f.approval == "approved":
            return
        guidance = (
            REASONS[Code.APPROVAL_REQUIRED].guidance
            if f.audience == "public"
            else GUIDANCE_APPROVAL_OTHER
        )
        what = (
            "Public posts"
            if f.audience == "public"
            else f"Messages for {f.purpose.replace('_', ' ')}"
        )
        detail = {
            "pending": " It is waiting for a supervisor.",
            "sent_back": " A supervisor sent it back; make the changes asked for and send it again.",
        }.get(f.approval, " Send it to a supervisor.")
        self.add(
            Code.APPROVAL_REQUIRED,
            f"{what} need a supervisor's approval.{detail}",
            guidance=guidance,
        )

    # -- all together --------------------------------------------------------------
    def run(self) -> None:
        f = self.facts
        self.inputs()
        self.channel()
        carries_phi = self.content()
        self.phi(carries_phi)
        for person in f.recipients:
            try:
                age = self.person_age(person)
            except Unreadable:
                age = None
                if person.role in MINOR_ROLES:
                    self.add(
                        Code.RECIPIENT_AGE_UNKNOWN,
                        f"{person.label}'s age cannot be worked out.",
                        person,
                    )
            self.minimum_age(person, age)
            self.consent(person, age, carries_phi)
        for person in f.subjects:
            try:
                age = self.person_age(person)
            except Unreadable:
                age = None
            self.consent(person, age, carries_phi, shown=True)
        self.boundaries()
        self.approval()


def _covers(values: Sequence[str], wanted: str) -> bool:
    return _ALL in values or wanted in values


def _in_scope(consent: Consent, purpose: str, kinds: Iterable[str]) -> bool:
    covered = set(consent.purposes) | set(consent.content_kinds)
    return _covers(consent.purposes, purpose) and (
        _ALL in covered or all(k in covered for k in kinds)
    )


def combine(reasons: Sequence[Reason]) -> Outcome:
    """Block beats needs_approval beats warn beats allow."""
    return max((r.outcome for r in reasons), key=lambda o: o.rank, default=Outcome.ALLOW)


def preflight(
    facts: PreflightFacts, policy: Policy | None, catalogue: Catalogue | None
) -> PreflightDecision:
    """Decide whether a message or post may go out; never raises, fails closed."""
    check = _Check(facts, policy, catalogue)
    try:
        check.run()
        reasons = _dedupe(check.reasons)
    except Exception as exc:  # noqa: BLE001 - any failure must block, not escape
        reasons = [
            *_dedupe(check.reasons),
            Reason(
                Code.CHECK_FAILED.value,
                Outcome.BLOCK,
                f"A check could not run ({type(exc).__name__}), so this cannot be cleared.",
                REASONS[Code.CHECK_FAILED].guidance,
            ),
        ]
    outcome = combine(reasons)
    stamp = policy.stamp() if isinstance(policy, Policy) else {}
    return PreflightDecision(
        outcome=outcome,
        message=_SUMMARY[outcome],
        reasons=tuple(reasons),
        policy_id=stamp.get("policy_id"),
        policy_version=stamp.get("policy_version"),
        policy_hash=stamp.get("policy_hash"),
        catalogue_version=getattr(catalogue, "version", None),
        platform=_safe_platform(facts),
        purpose=str(getattr(facts, "purpose", "")),
        audience=str(getattr(facts, "audience", "")),
        decided_on=check.today.isoformat() if check.today else None,
    )


def _safe_platform(facts: PreflightFacts) -> str | None:
    account = getattr(facts, "account", None)
    platform = getattr(account, "platform", None)
    return platform if isinstance(platform, str) else None


def _dedupe(reasons: Sequence[Reason]) -> list[Reason]:
    return list(dict.fromkeys(reasons))
