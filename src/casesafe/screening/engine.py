"""The screening engine: recognizers → overlap resolution → decision → redaction.

Build one :class:`Screener` per process and reuse it; the spaCy model and every regex are
compiled once. :func:`screen_text_safe` is the entry point for anything that sends or
publishes: it never raises and never returns ``allow`` when screening did not finish.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from typing import Any

from . import decide as _decide
from .errors import ScreeningError, ScreeningInputError, ScreeningTimeout
from .quality import quality_notes
from .redact import redact
from .text import nlp
from .text.case_aware import find_in_case
from .text.document import TextDoc
from .text.recognizers import REGISTRY, Candidate, Recognizer
from .types import (
    Audience,
    CaseContext,
    Category,
    Finding,
    NameKind,
    ScreeningConfig,
    ScreeningResult,
)

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_NAME_FIRST = ("person_name",)


def validate_text(text: object, max_chars: int) -> str:
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError:
            raise ScreeningInputError("the text is not valid UTF-8") from None
    if not isinstance(text, str):
        raise ScreeningInputError("the text must be a string")
    if not text.strip():
        raise ScreeningInputError("the text is empty")
    if len(text) > max_chars:
        raise ScreeningInputError(f"the text is {len(text)} characters; the limit is {max_chars}")
    if _CONTROL.search(text):
        raise ScreeningInputError("the text holds NUL or other binary control characters")
    if _SURROGATE.search(text):
        raise ScreeningInputError("the text is badly encoded (lone surrogate characters)")
    return text


def _coerce_case(case: CaseContext | Mapping[str, Any] | None) -> CaseContext | None:
    if case is None or isinstance(case, CaseContext):
        return case
    return CaseContext.from_dict(case)


class Screener:
    def __init__(self, config: ScreeningConfig | None = None, *, use_nlp: bool = True) -> None:
        self.config = config or ScreeningConfig()
        self.use_nlp = use_nlp
        self.recognizers: dict[str, Recognizer] = {rid: cls() for rid, cls in REGISTRY.items()}
        if use_nlp:
            nlp.get_nlp()

    # -- pipeline -------------------------------------------------------------------
    def _active(self, config: ScreeningConfig) -> Iterable[Recognizer]:
        for rid, rec in self.recognizers.items():
            if rid not in config.disabled_recognizers:
                yield rec

    def candidates(
        self,
        text: str,
        case: CaseContext | None,
        config: ScreeningConfig,
        deadline: float,
        parsed: nlp.NlpResult | None = None,
    ) -> list[Candidate]:
        doc = TextDoc(text=text, config=config, case=case)
        if self.use_nlp:
            parsed = parsed or nlp.analyze(text)
            doc.entities, doc.proper_starts = parsed.entities, parsed.proper_starts
        found: list[Candidate] = []
        if case is not None:
            found.extend(find_in_case(doc, case))
        ordered = sorted(self._active(config), key=lambda r: r.id not in _NAME_FIRST)
        person_spans = [(c.start, c.end) for c in found if c.category is Category.PERSON]
        doc.person_spans = person_spans
        for rec in ordered:
            if time.monotonic() > deadline:
                raise ScreeningTimeout("screening went over its time budget")
            results = list(rec.analyze(doc))
            if rec.category is Category.PERSON:
                person_spans.extend((c.start, c.end) for c in results)
            found.extend(results)
        return found

    @staticmethod
    def resolve(cands: Sequence[Candidate]) -> list[Candidate]:
        """Keep one finding per stretch of text: case knowledge first, then longer, then surer."""
        accepted: list[Candidate] = []
        for c in sorted(cands, key=lambda c: (-c.priority, -(c.end - c.start), -c.score, c.start)):
            clash = [a for a in accepted if c.start < a.end and a.start < c.end]
            if not clash:
                accepted.append(c)
            elif all(a.category is c.category for a in clash) and len(clash) == 1:
                a = clash[0]
                lo, hi = min(a.start, c.start), max(a.end, c.end)
                if not any(o is not a and lo < o.end and o.start < hi for o in accepted):
                    a.start, a.end = lo, hi
        accepted.sort(key=lambda c: c.start)
        _link_people(accepted)
        return accepted

    def _finding(self, text: str, c: Candidate, key: bytes) -> Finding:
        digest = hmac.new(
            key, text[c.start : c.end].lower().encode("utf-8", "surrogatepass"), hashlib.sha256
        )
        entity = None
        if c.entity_key:
            entity = (
                "e:"
                + hmac.new(
                    key, c.entity_key.encode("utf-8", "surrogatepass"), hashlib.sha256
                ).hexdigest()[:16]
            )
        return Finding(
            start=c.start,
            end=c.end,
            category=c.category,
            severity=c.severity,
            recognizer=c.recognizer,
            rule=c.rule,
            score=c.score,
            explanation=c.explanation,
            guidance=c.guidance,
            role=c.role,
            name_kind=c.name_kind,
            entity_key=entity,
            text_hmac=digest.hexdigest()[:32],
            score_before_context=c.score_before_context,
        )

    def screen(
        self,
        text: str,
        audience: str | Audience = Audience.PUBLIC,
        case: CaseContext | Mapping[str, Any] | None = None,
        config: ScreeningConfig | None = None,
        *,
        parsed: nlp.NlpResult | None = None,
    ) -> ScreeningResult:
        """Screen one text. ``parsed`` is the model's output from :meth:`prefetch`, if any."""
        started = time.monotonic()
        cfg = config or self.config
        text = validate_text(text, cfg.max_chars)
        aud = Audience.parse(audience)
        ctx = _coerce_case(case)
        deadline = started + cfg.time_budget_s
        cands = self.resolve(self.candidates(text, ctx, cfg, deadline, parsed))
        for c in cands:
            # "Ty's mom" redacts to "[CHILD 1]'s mom": the possessive stays outside the span.
            if c.end - c.start > 2 and text[c.end - 2 : c.end] in ("'s", "’s"):
                c.end -= 2
        findings = tuple(self._finding(text, c, cfg.hmac_key) for c in cands)
        if time.monotonic() > deadline:
            raise ScreeningTimeout("screening went over its time budget")
        verdict, reasons = _decide.decide(findings, aud, cfg.recipient_entitled)
        family_language = cfg.family_language or (ctx.preferred_language if ctx else None)
        notes = quality_notes(
            text,
            platform_max_length=cfg.platform_max_length,
            image_count=cfg.image_count,
            images_with_alt_text=cfg.images_with_alt_text,
            family_language=family_language,
        )
        return ScreeningResult(
            decision=verdict,
            audience=aud,
            findings=findings,
            reasons=reasons,
            redacted_text=redact(text, findings),
            quality=notes,
            elapsed_ms=(time.monotonic() - started) * 1000,
        )

    def prefetch(self, texts: Sequence[str]) -> list[nlp.NlpResult | None]:
        """Run the language model over many texts at once (for batches and bulk audits).

        Texts the engine would refuse anyway get ``None``; pass each result to
        :meth:`screen` as ``parsed=``.
        """
        if not self.use_nlp:
            return [None] * len(texts)
        ok = [
            i
            for i, t in enumerate(texts)
            if isinstance(t, str) and 0 < len(t) <= self.config.max_chars
        ]
        results = nlp.analyze_batch([texts[i] for i in ok])
        out: list[nlp.NlpResult | None] = [None] * len(texts)
        for i, r in zip(ok, results, strict=True):
            out[i] = r
        return out

    def screen_safe(
        self,
        text: str,
        audience: str | Audience = Audience.PUBLIC,
        case: CaseContext | Mapping[str, Any] | None = None,
        config: ScreeningConfig | None = None,
    ) -> ScreeningResult:
        try:
            return self.screen(text, audience, case, config)
        except ScreeningTimeout as exc:
            return failed_result(exc.code, str(exc), audience)
        except ScreeningError as exc:
            return failed_result(exc.code, str(exc), audience)
        except Exception:  # noqa: BLE001 - fail closed on anything unexpected
            return failed_result(
                "SCREENING_ERROR", "screening could not finish; treat the text as unsafe", audience
            )


def failed_result(code: str, message: str, audience: str | Audience) -> ScreeningResult:
    try:
        aud = Audience.parse(audience)
    except ScreeningError:
        aud = Audience.PUBLIC
    verdict, reasons = _decide.failure(code, message)
    return ScreeningResult(
        decision=verdict, audience=aud, findings=(), reasons=reasons, redacted_text=""
    )


def _link_people(cands: list[Candidate]) -> None:
    """A lone first name after a full name is the same person: give it the same key."""
    full: dict[str, str] = {}
    for c in cands:
        if c.category is Category.PERSON and c.recognizer != "case_aware" and c.entity_key:
            name = c.entity_key.split(":", 1)[1]
            if c.name_kind is NameKind.FULL and " " in name:
                full.setdefault(name.split()[0], c.entity_key)
                full.setdefault(name.split()[-1], c.entity_key)
    for c in cands:
        if c.category is Category.PERSON and c.recognizer != "case_aware" and c.entity_key:
            name = c.entity_key.split(":", 1)[1]
            if " " not in name and name in full:
                c.entity_key = full[name]


_DEFAULT: Screener | None = None


def default_screener() -> Screener:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Screener()
    return _DEFAULT


def with_agency(
    config: ScreeningConfig | None,
    public_contacts: Sequence[str] | None = None,
    agency_config: Mapping[str, Any] | None = None,
) -> ScreeningConfig | None:
    """Fold the agency's published contacts (a list, or the policy's mapping) into config."""
    contacts = list(public_contacts or ())
    if agency_config:
        raw = agency_config.get("public_contacts", agency_config)
        if isinstance(raw, Mapping):
            for values in raw.values():
                if isinstance(values, list | tuple):
                    contacts.extend(str(v) for v in values)
    if not contacts:
        return config
    base = config or default_screener().config
    domains = {c.split("@", 1)[1].lower() for c in contacts if "@" in c and not c.startswith("@")}
    domains |= {
        re.sub(r"^(?:https?://)?(?:www\.)?", "", c).split("/")[0].lower()
        for c in contacts
        if re.match(r"^(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+", c) and "@" not in c
    }
    return replace(
        base,
        agency_contacts=(*base.agency_contacts, *contacts),
        agency_domains=(*base.agency_domains, *sorted(domains)),
    )


def screen_text(
    text: str,
    audience: str | Audience = "public",
    case: CaseContext | Mapping[str, Any] | None = None,
    config: ScreeningConfig | None = None,
    *,
    public_contacts: Sequence[str] | None = None,
    agency_config: Mapping[str, Any] | None = None,
) -> ScreeningResult:
    """Screen one text; raises :class:`ScreeningError` subclasses on bad input.

    ``public_contacts`` (or ``agency_config["public_contacts"]``) are the agency's own
    published phones, emails, addresses, sites and handles, which never count as findings.
    """
    cfg = with_agency(config, public_contacts, agency_config)
    return default_screener().screen(text, audience, case, cfg)


def screen_text_safe(
    text: str,
    audience: str | Audience = "public",
    case: CaseContext | Mapping[str, Any] | None = None,
    config: ScreeningConfig | None = None,
    *,
    public_contacts: Sequence[str] | None = None,
    agency_config: Mapping[str, Any] | None = None,
) -> ScreeningResult:
    """Screen one text and never raise: any failure or timeout is a ``block``."""
    try:
        screener = default_screener()
        cfg = with_agency(config, public_contacts, agency_config)
    except Exception:  # noqa: BLE001 - e.g. the language model is missing
        return failed_result("SCREENING_ERROR", "the screening engine could not start", audience)
    return screener.screen_safe(text, audience, case, cfg)
