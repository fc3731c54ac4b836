"""Find what the case record already knows: its people, their schools, homes and places.

One index per case, built once and cached by the case's fingerprint: a dict from each
normalised first token to the term sequences starting with it, plus a deletion index for
one-edit misspellings (SymSpell-style), so matching costs a few dict lookups per token
however many people the case lists.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from ..types import CaseContext, CasePerson, Category, NameKind
from .document import TextDoc, Token
from .gazetteer import context_words, gazetteer
from .recognizers.base import SEVERITY_BY_CATEGORY, Candidate
from .recognizers.contact import phone_digits

_COMMON = context_words("case_common_words")
_TINY_WORDS = frozenset(
    [
        "am",
        "an",
        "as",
        "at",
        "be",
        "by",
        "do",
        "go",
        "he",
        "hi",
        "if",
        "in",
        "is",
        "it",
        "me",
        "my",
        "no",
        "of",
        "oh",
        "ok",
        "on",
        "or",
        "so",
        "to",
        "up",
        "us",
        "we",
        "ya",
        "yo",
    ]
)
_STREET_ABBR = {
    "street": "st",
    "avenue": "ave",
    "road": "rd",
    "drive": "dr",
    "lane": "ln",
    "boulevard": "blvd",
    "court": "ct",
    "place": "pl",
    "circle": "cir",
    "terrace": "ter",
    "parkway": "pkwy",
    "highway": "hwy",
}
_ROLE_WORDS = {
    "child": "the child",
    "sibling": "a sibling",
    "parent": "a parent",
    "relative": "a relative",
    "foster_parent": "a foster parent",
    "caseworker": "the caseworker",
    "restricted_contact": "a person the case plan restricts contact with",
    "other": "a person",
}
_WORD = re.compile(r"[^\W_](?:[\w'’-]*[^\W_])?", re.UNICODE)  # as TextDoc tokenises


def norm_token(word: str) -> str:
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    elif w.endswith("'"):
        w = w[:-1]
    return w


def _tokens(text: str) -> tuple[str, ...]:
    return tuple(norm_token(t) for t in _WORD.findall(text))


@dataclass(frozen=True, slots=True)
class Term:
    tokens: tuple[str, ...]
    category: Category
    rule: str
    key: str
    role: str | None
    name_kind: NameKind | None
    weak: bool = False  # a common word: needs a capital letter in the text


@dataclass
class CaseIndex:
    by_first: dict[str, list[Term]] = field(default_factory=dict)
    deletes: dict[str, set[str]] = field(default_factory=dict)
    phones: dict[str, Term] = field(default_factory=dict)
    literal: list[tuple[re.Pattern[str], Term]] = field(default_factory=list)

    def add(self, term: Term) -> None:
        if not term.tokens or not all(term.tokens):
            return
        if term.category is Category.PERSON and len(term.tokens) == 1 and len(term.tokens[0]) < 2:
            return  # a one-letter "name" would match every "a" and "I"
        if len(term.tokens) == 1 and term.tokens[0] in _TINY_WORDS:
            term = Term(
                term.tokens, term.category, term.rule, term.key, term.role, term.name_kind, True
            )
        bucket = self.by_first.setdefault(term.tokens[0], [])
        if any(t.tokens == term.tokens and t.key == term.key for t in bucket):
            return
        bucket.append(term)
        for tok in term.tokens:
            if len(tok) >= 5 and tok not in _COMMON:
                for variant in _deletions(tok):
                    self.deletes.setdefault(variant, set()).add(tok)


def _deletions(word: str) -> set[str]:
    return {word} | {word[:i] + word[i + 1 :] for i in range(len(word))}


def _osa(a: str, b: str, limit: int) -> int:
    """Optimal-string-alignment distance, stopping early past ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


def _is_weak(tok: str) -> bool:
    gz = gazetteer()
    return tok in _COMMON or tok in gz.word_names


def _person_terms(
    index: CaseIndex, person: CasePerson, i: int, surname_count: dict[str, int]
) -> None:
    role = person.role
    key = f"case:{i}"
    names = _tokens(person.name)
    if not names:
        return
    first, last = names[0], names[-1] if len(names) > 1 else None
    index.add(Term(names, Category.PERSON, "case_full_name", key, role, NameKind.FULL))
    index.add(
        Term(
            (first,), Category.PERSON, "case_first_name", key, role, NameKind.FIRST, _is_weak(first)
        )
    )
    if last:
        index.add(Term((first, last), Category.PERSON, "case_full_name", key, role, NameKind.FULL))
        index.add(Term((first, last[0]), Category.PERSON, "case_initial", key, role, NameKind.FULL))
        shared = surname_count.get(last, 0) > 1
        index.add(
            Term(
                (last,),
                Category.PERSON,
                "case_surname",
                f"case-family:{last}" if shared else key,
                "family" if shared else role,
                NameKind.SURNAME,
                _is_weak(last),
            )
        )
    gz = gazetteer()
    alias_tokens = [_tokens(a) for a in person.aliases]
    for toks in alias_tokens:
        # "Grandpa Joe" or "Lee-Lee" is a nickname; an alias with the surname is a full name.
        kind = NameKind.FULL if last and last in toks[1:] else NameKind.NICKNAME
        index.add(
            Term(
                toks,
                Category.PERSON,
                "case_alias",
                key,
                role,
                kind,
                len(toks) == 1 and _is_weak(toks[0]),
            )
        )
        if last and len(toks) == 1:
            index.add(Term((*toks, last), Category.PERSON, "case_alias", key, role, NameKind.FULL))
    seeds = {first} | {t[0] for t in alias_tokens if len(t) == 1}
    for seed in seeds:
        for variant in gz.variants.get(seed, ()):
            if len(variant) < 3 and variant not in {t[0] for t in alias_tokens if t}:
                continue
            index.add(
                Term(
                    (variant,),
                    Category.PERSON,
                    "case_nickname",
                    key,
                    role,
                    NameKind.NICKNAME,
                    _is_weak(variant),
                )
            )
            if last:
                index.add(
                    Term(
                        (variant, last), Category.PERSON, "case_nickname", key, role, NameKind.FULL
                    )
                )
    if person.school:
        _add_place(
            index, person.school, Category.SCHOOL, "case_school", f"school:{person.school.lower()}"
        )
    if person.address:
        _add_address(index, person.address, key + ":address", role)
    if person.phone:
        digits = re.sub(r"\D", "", person.phone)
        if len(digits) >= 7:
            index.phones[digits[-10:]] = Term(
                (digits,), Category.PHONE, "case_phone", key + ":phone", role, None
            )
    if person.email:
        index.literal.append(
            (
                re.compile(re.escape(person.email), re.IGNORECASE),
                Term(("@",), Category.EMAIL, "case_email", key + ":email", role, None),
            )
        )
    for handle in person.handles:
        h = handle.lstrip("@")
        if len(h) >= 3:
            index.literal.append(
                (
                    re.compile(rf"(?<![\w.])@?{re.escape(h)}(?![\w])", re.IGNORECASE),
                    Term(("@",), Category.HANDLE, "case_handle", key + ":handle", role, None),
                )
            )
    if person.birth_date:
        d = person.birth_date
        month = d.strftime("%B").lower()
        forms = [
            rf"{month}\s+{d.day}(?:st|nd|rd|th)?(?:,?\s+{d.year})?",
            rf"{month[:3]}\.?\s+{d.day}(?:st|nd|rd|th)?(?:,?\s+{d.year})?",
            rf"{d.day}(?:st|nd|rd|th)?\s+(?:of\s+)?{month}(?:,?\s+{d.year})?",
            rf"0?{d.month}[/.-]0?{d.day}[/.-](?:{d.year}|{d.year % 100:02d})",
            d.isoformat(),
        ]
        pattern = re.compile(r"(?<![\w/])(?:" + "|".join(forms) + r")(?![\w/])", re.IGNORECASE)
        index.literal.append(
            (pattern, Term(("dob",), Category.DOB, "case_birth_date", key + ":dob", role, None))
        )


_PLACE_TAILS = (
    ("independent", "school", "district"),
    ("school", "district"),
    ("elementary", "school"),
    ("middle", "school"),
    ("high", "school"),
    ("junior", "high"),
    ("group", "home"),
    ("emergency", "shelter"),
    ("family", "shelter"),
    ("youth", "shelter"),
    ("foster", "home"),
    ("treatment", "center"),
    ("elementary",),
    ("middle",),
    ("high",),
    ("school",),
    ("academy",),
    ("isd",),
    ("clinic",),
    ("center",),
    ("shelter",),
    ("apartments",),
    ("home",),
    ("house",),
    ("ranch",),
    ("hospital",),
)


def _add_place(index: CaseIndex, text: str, category: Category, rule: str, key: str) -> None:
    toks = _tokens(text)
    index.add(Term(toks, category, rule, key, None, None))
    # "Lincoln Elementary School" is also "Lincoln Elementary", "Lincoln"-less heads like
    # "Bright Path" (for "Bright Path group home") and "maplegrove" written as one word.
    heads = [toks]
    for tail in _PLACE_TAILS:
        for form in list(heads):
            if len(form) > len(tail) and form[-len(tail) :] == tail:
                heads.append(form[: -len(tail)])
    for head in heads[1:]:
        gz = gazetteer()
        if len(head) == 1 and (
            head[0] in _COMMON
            or len(head[0]) < 5
            or head[0] in gz.first_names
            or head[0] in gz.surnames
            or head[0] in gz.word_names
        ):
            continue  # "Lincoln" alone is a president before it is a school
        index.add(Term(head, category, rule, key, None, None, len(head) == 1))
        if len(head) == 2:
            index.add(Term((head[0] + head[1],), category, rule, key, None, None))


def _add_address(index: CaseIndex, address: str, key: str, role: str | None) -> None:
    street = address.split(",")[0]
    toks = _tokens(street)
    if not toks:
        return
    variants = [toks]
    if toks[-1] in _STREET_ABBR:
        variants.append((*toks[:-1], _STREET_ABBR[toks[-1]]))
    for v in list(variants):
        if v[0].isdigit() and len(v) > 2:
            variants.append(v[1:])  # "lives on Oak Street" without the number
    for v in variants:
        index.add(Term(tuple(v), Category.ADDRESS, "case_address", key, role, None))


@lru_cache(maxsize=128)
def _build(case: CaseContext) -> CaseIndex:
    index = CaseIndex()
    surname_count: dict[str, int] = {}
    for p in case.people:
        toks = _tokens(p.name)
        if len(toks) > 1:
            surname_count[toks[-1]] = surname_count.get(toks[-1], 0) + 1
    for i, person in enumerate(case.people):
        _person_terms(index, person, i, surname_count)
    for place in case.places:
        if re.search(r"school|elementary|middle|high|academy|isd\b", place, re.I):
            cat, rule = Category.SCHOOL, "case_school"
        elif re.search(
            r"group home|shelter|apartments?|foster home|residential|house\b|ranch\b", place, re.I
        ):
            cat, rule = Category.ADDRESS, "case_placement"
        else:
            cat, rule = Category.LOCATION, "case_place"
        _add_place(index, place, cat, rule, f"place:{place.lower()}")
    return index


def build_index(case: CaseContext) -> CaseIndex:
    return _build(case)


def _candidates_for(index: CaseIndex, tok: str) -> list[tuple[str, bool]]:
    out: list[tuple[str, bool]] = []
    if tok in index.by_first:
        out.append((tok, False))
    if len(tok) >= 5 and tok not in _COMMON:
        limit = 2 if len(tok) >= 9 else 1
        seen: set[str] = set()
        for variant in _deletions(tok):
            for term_tok in index.deletes.get(variant, ()):
                if term_tok != tok and term_tok not in seen and term_tok in index.by_first:
                    seen.add(term_tok)
                    if _osa(tok, term_tok, limit) <= limit:
                        out.append((term_tok, True))
    return out


def _tok_matches(index: CaseIndex, text_tok: str, term_tok: str) -> tuple[bool, bool]:
    if text_tok == term_tok:
        return True, False
    if len(term_tok) == 1:
        return False, False
    if len(text_tok) >= 5 and len(term_tok) >= 5 and text_tok not in _COMMON:
        limit = 2 if len(term_tok) >= 9 else 1
        if _osa(text_tok, term_tok, limit) <= limit:
            return True, True
    return False, False


_FOLLOWS_VERB = frozenset(
    ["you", "we", "they", "it", "i", "he", "she", "this", "that", "the", "be", "not"]
)


def find_in_case(doc: TextDoc, case: CaseContext) -> Iterable[Candidate]:
    index = build_index(case)
    toks: list[Token] = doc.tokens
    norm = [norm_token(t.text) for t in toks]
    i = 0
    while i < len(toks):
        best: tuple[int, Term, bool] | None = None
        for first_tok, fuzzy_first in _candidates_for(index, norm[i]):
            for term in index.by_first[first_tok]:
                n = len(term.tokens)
                if i + n > len(toks):
                    continue
                fuzzy = fuzzy_first
                ok = True
                for k in range(1, n):
                    hit, fz = _tok_matches(index, norm[i + k], term.tokens[k])
                    if not hit or "\n" in doc.text[toks[i + k - 1].end : toks[i + k].start]:
                        ok = False
                        break
                    fuzzy = fuzzy or fz
                if not ok:
                    continue
                if n == 1 and not _single_ok(doc, i, term, fuzzy):
                    continue
                if (
                    best is None
                    or n > len(best[1].tokens)
                    or (n == len(best[1].tokens) and fuzzy < best[2])
                ):
                    best = (n, term, fuzzy)
        if best is None:
            i += 1
            continue
        n, term, fuzzy = best
        start, end = toks[i].start, toks[i + n - 1].end
        if term.rule == "case_initial" and doc.text[end : end + 1] == ".":
            end += 1
        yield _candidate(start, end, term, fuzzy)
        i += n
    for pattern, term in index.literal:
        for m in pattern.finditer(doc.text):
            yield _candidate(m.start(), m.end(), term, False)
    if index.phones:
        for m in re.finditer(r"(?:\+?\d[\d\s().\-–]{5,}\d)", doc.text):
            digits = phone_digits(m.group())
            for tail, term in index.phones.items():
                if len(digits) >= 7 and (
                    digits[-10:] == tail
                    or (len(tail) >= 7 and digits[-7:] == tail[-7:] and len(digits) == 7)
                ):
                    yield _candidate(m.start(), m.end(), term, False)


def _single_ok(doc: TextDoc, i: int, term: Term, fuzzy: bool) -> bool:
    tok = doc.tokens[i]
    if term.category is not Category.PERSON:
        return not term.weak or tok.text[:1].isupper() or len(term.tokens[0]) >= 5
    if term.tokens[0] in ("st", "dr"):
        return False
    if term.weak or fuzzy:
        if not tok.text[:1].isupper():
            return False
        nxt = doc.tokens[i + 1].lower if i + 1 < len(doc.tokens) else ""
        if doc.is_sentence_initial(tok.start) and nxt in _FOLLOWS_VERB:
            return False  # "Will you join us", "Hope we see you"
    return not (fuzzy and term.name_kind is NameKind.SURNAME and not tok.text[:1].isupper())


def _candidate(start: int, end: int, term: Term, fuzzy: bool) -> Candidate:
    role_words = _ROLE_WORDS.get(
        term.role or "", "the family" if term.role == "family" else "this case"
    )
    what = {
        Category.PERSON: f"This names {role_words} in this case",
        Category.SCHOOL: "This is a school in this case's record",
        Category.LOCATION: "This is a place in this case's record",
        Category.ADDRESS: f"This is the address of {role_words} in this case",
        Category.PHONE: f"This is the phone number of {role_words} in this case",
        Category.EMAIL: f"This is the email address of {role_words} in this case",
        Category.HANDLE: f"This is a social media handle of {role_words} in this case",
        Category.DOB: f"This is the birth date of {role_words} in this case",
    }.get(term.category, "This is in the case record")
    if fuzzy:
        what += " (spelled differently)"
    kind = term.name_kind
    if term.category is Category.PERSON and kind in (NameKind.FIRST, NameKind.NICKNAME):
        guidance = "privacy.first-name-consent"
    else:
        guidance = {
            Category.PERSON: "privacy.no-full-names",
            Category.SCHOOL: "privacy.no-school",
            Category.LOCATION: "privacy.no-location",
            Category.ADDRESS: "privacy.no-address",
            Category.PHONE: "privacy.no-contact-details",
            Category.EMAIL: "privacy.no-contact-details",
            Category.HANDLE: "privacy.no-handles",
            Category.DOB: "privacy.no-birth-dates",
        }.get(term.category, "privacy.no-full-names")
    if term.role == "restricted_contact":
        guidance = "youth.contact-boundaries"
    return Candidate(
        start=start,
        end=end,
        category=term.category,
        recognizer="case_aware",
        rule=term.rule + ("_fuzzy" if fuzzy else ""),
        score=0.8 if fuzzy else 0.95,
        explanation=what + ".",
        guidance=guidance,
        severity=SEVERITY_BY_CATEGORY[term.category],
        role=term.role,
        name_kind=kind,
        entity_key=term.key,
        priority=3,
    )
