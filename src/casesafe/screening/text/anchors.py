"""Words that tie a sentence to a particular person.

A health or case fact is a disclosure only when it is about somebody: a pronoun, a family
word, "the kids", "our placement". The lexicon and model recognizers ask this of a
sentence before reporting, and the entity model is not run on sentences that have neither
such a word nor a capital letter inside them (nothing it could report there would be kept).
"""

from __future__ import annotations

import re

SPECIFIC_ANCHOR_RE = re.compile(
    r"\b(?:he|she|him|her|hers|his|i|i'm|im|i've|my|me|you|your|you're|u|ur|mom|mother|mama|"
    r"dad|father|papa|son|daughter|baby|brother|sister|grandma|grandmother|grandpa|"
    r"grandfather|aunt|uncle|cousin|boyfriend|girlfriend|stepdad|stepmom|client|"
    r"the (?:kids|children|child|boys|girls|twins|siblings|family|parents)|kiddo|little one|"
    r"(?:our|my|your) (?:[\w-]+ )?(?:teen|girl|boy|guy|placement|foster (?:son|daughter|kid|child))|"
    r"(?:our|my|your) \d{1,2} ?(?:-? ?(?:year|yr|month|mo)s?[- ]old|yo|y/o)|"
    r"(?:bio|birth|foster) (?:mom|dad|parents?))\b",
    re.IGNORECASE,
)
