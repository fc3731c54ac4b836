"""Shared context vocabularies: what ties a detail to a person, what marks a public event."""

from __future__ import annotations

import re

NUMBER_WORDS = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
]
NUMBER_WORD_RE = "|".join(NUMBER_WORDS)

MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
]
WEEKDAYS = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thur",
    "thurs",
    "fri",
    "sat",
    "sun",
]
MONTH_RE = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
DATE_RE = (
    r"(?:\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2}"
    rf"|{MONTH_RE}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH_RE}(?:,?\s+\d{{4}})?"
    rf"|{MONTH_RE}\s+\d{{4}}|\d{{1,2}}/\d{{1,2}})"
)

# Words that tie a detail to a particular person rather than to a topic.
PERSON_ANCHOR_RE = re.compile(
    r"\b(?:he|she|him|her|hers|his|they|them|their|i|i'm|im|my|me|we|our|you|your|"
    r"mom|mother|mama|dad|father|papa|parent|parents|son|daughter|child|kid|kiddo|baby|"
    r"infant|toddler|boy|girl|teen|youth|brother|sister|sibling|siblings|twins|grandma|"
    r"grandmother|grandpa|grandfather|aunt|uncle|cousin|client|family|caregiver|"
    r"foster (?:mom|dad|parent|parents|son|daughter)|bio (?:mom|dad)|birth (?:mom|dad|"
    r"mother|father|parent|parents)|stepdad|stepmom|boyfriend|girlfriend|husband|wife|"
    r"partner|who)\b",
    re.IGNORECASE,
)

# Phrases that make a sentence about a topic, an event or children in general.
GENERIC_TOPIC_RE = re.compile(
    r"\b(?:training|trainings|workshop|webinar|course|seminar|conference|"
    r"info(?:rmation)? session|orientation|panel|awareness(?: month| week| day)?|learn(?:ing)? (?:about|more)|"
    r"information|info|resources?|tips|guide|support group|support groups|"
    r"(?:many|most|some|all|every|any|these|those|other|our) (?:children|kids|youth|teens|"
    r"families|parents|foster parents|young people|caregivers)|"
    r"(?:children|kids|youth|teens|families|parents) (?:who|in care|in foster care|"
    r"often|may|can|with)|research|studies|statistics|policy|law|bill|campaign|"
    r"hiring|volunteers?|donat\w+|fundrais\w+|join us|register|rsvp|sign up|experience in|"
    r"\d+(?:\.\d+)? ?%|percent of|statewide|nationwide|by the numbers|"
    r"thank you|thanks to|shout ?out to|grateful to|presiding|programs?|"
    r"(?:teens|youth|kids|young people|young adults) (?:who are )?aging out|"
    r"(?:kids|children|youth|families|parents|dads|moms) in (?:kinship|foster|relative) care)\b",
    re.IGNORECASE,
)

RESIDENCE_CUE_RE = re.compile(
    r"\b(?:lives?|living|lived|stays?|staying|stayed|moved|moving|move|placed|placement|"
    r"resides?|residing|home|house|apartment|apt|trailer|duplex|shelter|group home|"
    r"address|hiding|sleeping|couch.?surfing|spotted|seen|found|picked up|drop(?:ped)? off|"
    r"grew up|from|near|neighbou?rhood|side of town|block|street|road|area)\b",
    re.IGNORECASE,
)

PUBLIC_EVENT_RE = re.compile(
    r"\b(?:event|events|join us|open house|info(?:rmation)? (?:session|night|meeting)|"
    r"orientation|training|workshop|fair|festival|picnic|celebration|ceremony|"
    r"rsvp|register|registration|free|everyone|public|community|all are welcome|welcome|"
    r"drop in|our office|our offices|our agency|headquarters|hq)\b",
    re.IGNORECASE,
)

PUBLIC_VENUE_RE = re.compile(
    r"\b(?:public library|library|city park|state park|national park|community center|"
    r"community centre|recreation center|rec center|city hall|town hall|museum|zoo|"
    r"stadium|arena|convention center|civic center|fairgrounds|church|cathedral|temple|"
    r"mosque|synagogue|mall|plaza|theater|theatre|auditorium|ymca|ywca|botanical garden|"
    r"aquarium|capitol|courthouse lawn|amphitheater|park)\b",
    re.IGNORECASE,
)


def anchored_to_person(sentence: str) -> bool:
    return PERSON_ANCHOR_RE.search(sentence) is not None


# A sentence put to everyone: advice, a question to a group. Its "you" is anyone.
GENERAL_ADDRESS_RE = re.compile(
    r"\b(?:you all|y'?all|how do (?:you|we|i)|psa|"
    r"tips? for|(?:for|to) (?:new|first-time|prospective) (?:foster|adoptive|kinship|resource) "
    r"(?:parents|families|caregivers))\b",
    re.IGNORECASE,
)


def generic_topic(sentence: str) -> bool:
    return (
        GENERIC_TOPIC_RE.search(sentence) is not None
        or GENERAL_ADDRESS_RE.search(sentence) is not None
    )
