"""The words and patterns around a capitalised word that tell a person from a place, a
thing or a public figure — the evidence the name rules in names.py weigh.

Word lists live in data/name_context.yaml; the name lists in gazetteer.py.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from ..document import TextDoc, Token
from ..gazetteer import context_words

TITLES_REFERENCE = context_words("titles_reference")


HONORIFICS = context_words("honorifics")


CUE_BEFORE = re.compile(
    r"(?:\b(?:meet|named|name is|name's|called|hi|hey|hello|dear|thanks|thank you|with|"
    r"son|daughter|brother|sister|sibling|mom|mother|dad|father|grandson|granddaughter|"
    r"nephew|niece|cousin|boyfriend|girlfriend|baby|kiddo|foster son|foster daughter|"
    r"client|youth|child|kid|student|told|asked|saw|visited|picked up|dropped off|pick up|"
    r"picking up|drop off|dropping off|bring|take|taking|pick|for|tell|remind|"
    r"talked to|talked with|spoke with|spoke to|met with|call|text|tell|hi to|hello to|welcome|"
    r"celebrate|congratulate|congrats to|congratulations to|shout ?out to|proud of|"
    r"(?:guy|girl|boy|kiddo|young man|young lady|teen|sweetheart|cutie) is)\s*,?\s*)$",
    re.IGNORECASE,
)


NOT_NAME = context_words("not_name")


ORG_WORDS = re.compile(
    r"\b(?:school|elementary|middle|high|academy|library|park|center|centre|church|county|"
    r"street|st|avenue|ave|road|rd|drive|lane|blvd|boulevard|hwy|highway|pkwy|parkway|fc|"
    r"hospital|clinic|foundation|agency|department|"
    r"services|council|university|college|institute|association|coalition|network|"
    r"alliance|club|team|league|inc|llc|corp|company|bank|museum|zoo|hall|court|district|"
    r"apartments|shelter|ministries|church|temple|mosque|café|cafe|restaurant|grill|"
    r"pizza|market|store|mall|plaza|airport|station|bridge|river|lake|mountain|valley|"
    r"heights|village|city|town|square|month|day|week|act|awards?|gala|festival|fair|hotel|"
    r"night|party|drive|picnic|celebration|walk|5k|dinner|lunch|breakfast|potluck|reception|"
    r"ceremony|workshop|training|meeting|session|camp|conference|summit|expo|parade|"
    r"ballroom|lutheran|baptist|methodist|catholic|presbyterian|episcopal|parish|fellowship|"
    r"synagogue|chapel|ministry|biblioteca|centro|escuela|iglesia|nation|tribe|kids|"
    r"juvenile|detention|recovery|harbor|house|home|homes|lodge|ranch|camp|farm|program|"
    r"project|initiative|fund|trust|partners|group|services|press|news|radio|tv|magazine)\b",
    re.IGNORECASE,
)


FAMILY_REF = re.compile(
    r"\b(?:[Tt]he\s+)([A-Z][\w'’-]{1,30}?)(?:es|s)?(?:'s?)?\s+(?:family|kids|children|boys|girls|twins|"
    r"household|siblings|house|home|clan|crew|brothers|sisters|case)\b"
)


PARTICLES = frozenset({"de", "la", "del", "van", "von", "da", "di", "le", "st.", "o'"})


def is_cap(tok: Token) -> bool:
    t = tok.text
    return t[:1].isupper() and (len(t) == 1 or not t.isupper() or len(t) <= 12)


def name_key(word: str) -> str:
    """Lowercase, without a possessive, accents folded: the name lists are ASCII
    ("Quiñones" is the census's QUINONES, "José" its JOSE)."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    w = w.rstrip("'")
    if not w.isascii():
        folded = unicodedata.normalize("NFKD", w)
        w = "".join(c for c in folded if not unicodedata.combining(c))
    return w


def capitalised_runs(doc: TextDoc) -> Iterable[list[int]]:
    toks = doc.tokens
    i = 0
    while i < len(toks):
        if toks[i].start > 0 and doc.text[toks[i].start - 1] in "#@/.":
            i += 1
            continue
        if is_cap(toks[i]):
            j = i + 1
            while j < len(toks) and j - i < 4:
                gap = doc.text[toks[j - 1].end : toks[j].start]
                initial = len(toks[j - 1].text) == 1 and gap == ". "
                if gap not in (" ", "-") and not initial:
                    break
                if "\n" in gap:
                    break
                if is_cap(toks[j]) or (
                    toks[j].lower in PARTICLES and j + 1 < len(toks) and is_cap(toks[j + 1])
                ):
                    j += 1
                else:
                    break
            yield list(range(i, j))
            i = j
        else:
            i += 1


CUE_AFTER = re.compile(
    r"^(?:\s*\(\s*\d{1,2}\s*\)|,\s*\d{1,2}\b(?!,?\s*\d{4})|['’]s\b|\s+(?:is|was|has|had|loves|likes|wants|"
    r"needs|enjoys|dreams|runs|plays|says|said|asked|started|got|went|came|turns|turned|lives|"
    r"left|wets|called|texted|told|seems|feels|misses|cried|drew|scored|made|took|just|"
    r"can't|won't|didn't|doesn't|isn't|wasn't)\b)"
)


# "Hunter's dad", "Precious's family": a possessive naming a relative or belonging.
KIN_AFTER = re.compile(
    r"^['’]s\s+(?:(?:birth|bio|foster|new|old|little|big|baby|older|younger)\s+)?(?:mom|mother|mama|dad|"
    r"father|papa|parents?|family|brother|sister|siblings?|grandma|grandpa|grandmother|grandfather|"
    r"aunt|uncle|cousin|caseworker|teacher|therapist|school|class|birthday|room|bike|phone|number|"
    r"tiktok|instagram|insta|snap|snapchat|account|profile|case|placement|visit|appointment)\b",
    re.IGNORECASE,
)


# "Jordan, your therapist...": a name addressed at the start of a message.
ADDRESSED = re.compile(
    r"^\s*[,!:]+\s*(?:your|you|you're|u|ur|i|i'm|we|this|just|remember|don't|dont|please|pls|can|"
    r"did|are|happy|congrats|congratulations|thank|thanks|great|good|so|hope|call|text)\b",
    re.IGNORECASE,
)


# Texting leaves the comma out: "Roz i need to know", "Grace congrats on making varsity".
# Words that open such sentences themselves ("Hope you're well") are left out by the caller.
ADDRESSED_BARE = re.compile(
    r"^\s+(?:you|u|ur|i|i'm|im|text me|call me|congrats|congratulations|happy birthday|"
    r"thank you|thanks)\b",
    re.IGNORECASE,
)
OPENING_WORDS = frozenset(
    [
        "hope",
        "will",
        "may",
        "mark",
        "miss",
        "love",
        "trust",
        "wish",
        "bless",
        "thank",
        "pray",
        "can",
        "did",
        "would",
        "could",
        "should",
    ]
)


AGE_AFTER = re.compile(
    r"^(?:\s*\(\s*(?:our |my |a |the |just |now )?\d{1,2}(?:\s*\)|\s*,|\s*(?:yo|y/o|yrs?|years?|"
    r"months?|mos?|weeks?)\b|[- ](?:year|month|week))|,\s*\d{1,2}\b(?!,?\s*\d{4})|\s+is\s+\d{1,2}\b)"
)


PRONOUNS = frozenset({"ours", "mine", "yours", "hers", "his", "theirs", "both", "all", "each"})


VOCATIVE = re.compile(r"^\s*(?:,|!|:(?!\d))")


INITIAL_SURNAME = re.compile(r"(?<![\w.])([A-Z])\.\s?([A-Z][a-z'’-]{2,})")


HONORIFIC_ANY = re.compile(
    r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Officer|Coach|Detective|Deputy|Sgt|Sergeant|Pastor|Principal)"
    r"\.?\s+([A-Z](?:[\w'’-]{1,30}|\.|\b))"
)


PLURAL_FAMILY = re.compile(
    r"\b[Tt]he\s+([A-Z][a-z'’-]{1,30}?)(?<!['’])(?:es|s)\b(?!['’]?\s*(?:family|kids|children))"
)


PEOPLE_AFTER = re.compile(
    r"['’]?\s+(?:who|down the|next door|across|are|were|have|had|took|live|lived|said|say|"
    r"adopted|fostered|foster|welcomed|opened|came|will|just|youngest|oldest|eldest|kids|"
    r"children|boys|girls|baby|son|daughter|house|home|place)\b"
)


LOWER_FAMILY = re.compile(
    r"\b(?:the\s+)?([a-z]{3,}?)(?:es|s)?['’]?s?\s+(?:family|kids|children|household|twins|siblings|boys|girls|uncle|aunt|grandma)\b"
)


# A lowercase known first name needs a person-like neighbour on one side.
# A greeting that opens a sentence is a cue for the word after it ("hey shanice its ur
# worker"), not a name itself: the sentence-start branch skips it.
LOWER_CUE = re.compile(
    r"(?:(?:(?:^|[.!?]\s+)(?!(?:hi|hey|yo|dear|meet|thanks|congrats)\s)|\b(?:hi|hey|yo|dear|"
    r"meet|named|for|reminder:?|tell|and|with|thanks|congrats|call|text|ask|me and|like)\s+)"
    r"([a-z]{3,})\b"
    r"|\b([a-z]{3,})(?=\s*(?:['’]s\b|\(\d|\s+(?:and|is|was|has|had|wants|needs|says|said|gave|makes|made"
    r"|looks|loves|likes|do|does|did|got|went|came|should|would|could|can|will|just|called|texted)\b)))"
)


GREETING_LOWER = re.compile(
    r"(?:^|[.!?]\s+)(?:hey|hi|hello|yo|morning|gm)\s+([a-z][a-z'-]{2,14})(?=\s*[,!])"
)


GREETING_NOT_NAMES = context_words("greeting_not_names")


_SEP = r"(?:\s*,\s*(?:and\s+|&\s*)?|\s+(?:and|&|y)\s+|\s*&\s*)"


NEXT_IN_LIST = re.compile(rf"{_SEP}([A-Z][\w'’-]{{1,30}})")


PREV_IN_LIST = re.compile(rf"([A-Z][\w'’-]{{1,30}}){_SEP}$")


@lru_cache(maxsize=8)
def figure_index(figures: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """Multi-word figures, and their leading parts of two words or more."""
    multi = frozenset(f for f in figures if " " in f)
    heads = frozenset(
        " ".join(parts[:k]) for f in multi if (parts := f.split()) for k in range(2, len(parts))
    )
    return multi, heads


@lru_cache(maxsize=8)
def titled_figures(figures: frozenset[str]) -> frozenset[str]:
    """Surnames of figures known with a title: "Mr. Rogers", "Dr. Seuss"."""
    return frozenset(
        parts[-1]
        for f in figures
        if len(parts := f.split()) > 1 and parts[0].rstrip(".") in ("mr", "mister", "dr")
    )


def is_public_figure(words: list[str], figures: frozenset[str]) -> bool:
    """'Michelle Obama', 'Simone Biles Owens', or the first two words of a longer name."""
    text = " ".join(words)
    if text in figures:
        return True
    multi, heads = figure_index(figures)
    if len(words) >= 2 and text in heads:
        return True
    return any(" ".join(words[:k]) in multi for k in range(2, len(words)))


# A sentence that presents someone in a public role: an author at a reading, a donor's
# foundation, the developer of a method, an athlete, a performer. Their names are public.
PUBLIC_ROLE = re.compile(
    r"\b(?:author|authors|novel|novelist|poet|illustrator|bestsell\w*|book signing|reads from|"
    r"(?:his|her|their|the [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)?) foundation|developed by|"
    r"created by|founded by|founder of|keynote|guest speaker|speaker series|presented by|"
    r"nba|wnba|nfl|mlb|mls|nhl|olympi\w+|all-star|quarterback|hall of fame|grammy|"
    r"singer|rapper|songwriter|actor|actress|comedian|celebrity|astronaut)\b",
    re.IGNORECASE,
)


KIN_BEFORE = re.compile(
    r"\b(?:son|daughter|brother|sister|mom|mother|dad|father|aunt|uncle|cousin|grandma|"
    r"grandpa|grandmother|grandfather|foster (?:son|daughter|child|kid|youth|mom|dad)|"
    r"client|youth|child|kid|student)\s*,?\s*$",
    re.IGNORECASE,
)


def possessive(doc: TextDoc, tok: Token) -> bool:
    return re.search(r"['’]s$", tok.text) is not None or doc.text.startswith(("'s", "’s"), tok.end)


# A role a child dreams of is not a role they hold: "wants to be a singer", "dreams of
# playing in the NBA".
ASPIRATION = re.compile(
    r"\b(?:dream\w*|wants?|wanted|wanting|hopes?|hoping|wish\w*|loves?|likes?|enjoys?|"
    r"plays?|playing|future|someday|one day|grows? up|growing up)\b[^.!?]{0,30}$",
    re.IGNORECASE,
)
ROLE_REACH = 40  # characters either side of the name, inside its sentence
# Their work, named beside them: "The Connected Child by Karyn Purvis", "Aarón Sánchez's recipe".
_WORK = r"(?:book|novel|memoir|biography|song|album|film|movie|documentary|podcast|ted talk|poem|recipe|show|series)"
WORK_BY = re.compile(rf"\b{_WORK}s?\b[^.!?]{{0,60}}\bby\s+$", re.IGNORECASE)
# After a possessive only published work: "Jaylen's book report" is a child's homework.
THEIR_WORK = re.compile(
    r"^\s+(?:new |latest |first |famous |best-?selling )?"
    r"(?:memoir|novel|album|documentary|podcast|ted talk|recipe|biography)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?]+\s")
_ABBREVIATION = re.compile(r"\b(?:dr|mr|mrs|ms|st|jr|sr|prof|rev)$", re.IGNORECASE)


def _clause_before(text: str, start: int, reach: int = ROLE_REACH) -> str:
    """Up to ``reach`` characters before ``start``, cut at a sentence end ("Dr." is none)."""
    lo = max(0, start - reach)
    cut = lo
    for m in _SENTENCE_END.finditer(text, lo, start):
        if not _ABBREVIATION.search(text, lo, m.start()):
            cut = m.end()
    return text[cut:start]


def in_public_role(doc: TextDoc, start: int, end: int) -> bool:
    """A name presented in a public role right beside it ("Olympian Simone Manuel", "Drew
    Brees and his foundation", "developed by Dr. Karyn Purvis"), and not as someone's
    relative or client, not with a child's age ("Jaylen Brooks, 12"), not after "Meet".

    The role must sit in the name's own sentence, within a few words: a recruitment post
    that says "he dreams of playing in the NBA" two sentences later is about a child.
    """
    _, e = doc.sentence_bounds(end)
    before = _clause_before(doc.text, start)
    after = doc.text[end : min(e, end + ROLE_REACH)]
    if (
        KIN_AFTER.match(doc.text[end : end + 30])
        or KIN_BEFORE.search(doc.text[max(0, start - 30) : start])
        or AGE_AFTER.match(after)
        or re.search(r"\bmeet\s+$", before, re.IGNORECASE)
    ):
        return False
    if WORK_BY.search(_clause_before(doc.text, start, 2 * ROLE_REACH)):
        return True
    if doc.text[end - 2 : end] in ("'s", "’s") or after[:2] in ("'s", "’s"):
        # "Jaylen's book report on Olympians": what follows a possessive is the name's
        # own thing; only published work makes it a public person's.
        return THEIR_WORK.match(after.removeprefix("'s").removeprefix("’s")) is not None
    return any(
        not ASPIRATION.search(segment[: m.start()])
        for segment in (before, after)
        for m in PUBLIC_ROLE.finditer(segment)
    )


# "on" is left out: "Spotlight on Ravi", "Cheer on Gabriel Ruiz" present people.
IN_PLACE_PREP = re.compile(r"\b(?:in|at|near|outside|inside|downtown)\s+$", re.IGNORECASE)


# "Hays, Travis and Williamson counties", "the Killeen-area schools", "Bexar County": a
# run of capitalised words that ends in a kind of place names places, not people.
PLACE_KIND_AFTER = re.compile(
    r"^(?:(?:\s*,\s*(?:(?:and|or|&)\s+)?|\s+(?:and|or|&)\s+)[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)*"
    r",?\s*-?\s*(?i:count(?:y|ies)|parish(?:es)?|area|region|metro|valley)\b"
)


PLACE_PREP = re.compile(
    r"\b(?:in|at|on|near|around|outside|inside|via|downtown)\s+(?:the\s+)?$", re.IGNORECASE
)


PUBLIC_TITLES = context_words("public_titles")


COMMON_PLURAL_STEMS = context_words("common_plural_stems")


COMMON_LOWER = context_words("common_lower")
