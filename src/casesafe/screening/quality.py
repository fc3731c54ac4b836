"""Message quality notes. They advise; they never change the decision."""

from __future__ import annotations

import re
from functools import lru_cache

from .types import QualityNote

_STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        [
            "the",
            "and",
            "is",
            "are",
            "was",
            "to",
            "of",
            "in",
            "that",
            "it",
            "for",
            "you",
            "with",
            "on",
            "this",
            "we",
            "have",
            "be",
            "will",
            "at",
            "your",
            "our",
        ]
    ),
    "es": frozenset(
        [
            "el",
            "la",
            "los",
            "las",
            "y",
            "es",
            "son",
            "que",
            "de",
            "en",
            "para",
            "con",
            "por",
            "una",
            "un",
            "su",
            "sus",
            "tu",
            "nosotros",
            "está",
            "estamos",
            "del",
            "al",
        ]
    ),
    "fr": frozenset(
        [
            "le",
            "la",
            "les",
            "et",
            "est",
            "sont",
            "que",
            "de",
            "des",
            "en",
            "pour",
            "avec",
            "une",
            "un",
            "sur",
            "vous",
            "nous",
            "dans",
            "du",
            "au",
        ]
    ),
    "pt": frozenset(
        [
            "o",
            "a",
            "os",
            "as",
            "e",
            "é",
            "são",
            "que",
            "de",
            "em",
            "para",
            "com",
            "uma",
            "um",
            "seu",
            "sua",
            "você",
            "nós",
            "do",
            "da",
            "no",
            "na",
        ]
    ),
    "vi": frozenset(
        [
            "và",
            "là",
            "của",
            "có",
            "không",
            "được",
            "cho",
            "những",
            "một",
            "các",
            "với",
            "người",
            "này",
            "chúng",
            "tôi",
            "bạn",
        ]
    ),
    "ht": frozenset(
        ["ak", "nan", "se", "pou", "yo", "li", "mwen", "ou", "nou", "pa", "sou", "ki", "gen", "te"]
    ),
}
LANGUAGE_NAMES = {
    "en": "English",
    "es": "Spanish",
    "fr": "French",
    "pt": "Portuguese",
    "vi": "Vietnamese",
    "ht": "Haitian Creole",
}
_ALIASES = {name.lower(): code for code, name in LANGUAGE_NAMES.items()} | {
    "spanish": "es",
    "español": "es",
}


def detect_language(text: str) -> str | None:
    words = re.findall(r"[^\W\d_]+", text.lower())
    if len(words) < 4:
        return None
    scores = {lang: sum(w in sw for w in words) for lang, sw in _STOPWORDS.items()}
    lang, best = max(scores.items(), key=lambda p: p[1])
    if best < 2 or best < 0.12 * len(words):
        return None
    return lang


@lru_cache(maxsize=4096)
def _syllables(word: str) -> int:
    word = word.lower()
    groups = re.findall(r"[aeiouy]+", word)
    count = len(groups)
    if word.endswith("e") and not word.endswith(("le", "ee")) and count > 1:
        count -= 1
    return max(1, count)


def reading_grade(text: str) -> float | None:
    """Flesch-Kincaid grade level; None when the text is too short to judge."""
    words = re.findall(r"[A-Za-z][A-Za-z'’]*", text)
    if len(words) < 12:
        return None
    sentences = max(1, len(re.findall(r"[.!?]+(?:\s|$)", text)) or 1)
    syllables = sum(_syllables(w) for w in words)
    return round(0.39 * len(words) / sentences + 11.8 * syllables / len(words) - 15.59, 1)


def quality_notes(
    text: str,
    *,
    platform_max_length: int | None = None,
    image_count: int = 0,
    images_with_alt_text: int = 0,
    family_language: str | None = None,
    max_grade: float = 8.0,
) -> tuple[QualityNote, ...]:
    notes: list[QualityNote] = []
    if platform_max_length and len(text) > platform_max_length:
        notes.append(
            QualityNote(
                "TOO_LONG",
                f"The message is {len(text)} characters; the platform allows {platform_max_length}.",
            )
        )
    grade = reading_grade(text)
    if grade is not None and grade > max_grade:
        notes.append(
            QualityNote(
                "READING_GRADE",
                f"Reading level is about grade {grade:g}; aim for grade {max_grade:g} or below with shorter sentences and words.",
            )
        )
    if image_count > images_with_alt_text:
        missing = image_count - images_with_alt_text
        notes.append(
            QualityNote(
                "ALT_TEXT_MISSING",
                f"{missing} attached image(s) have no alt text; describe each one for people using screen readers.",
            )
        )
    if family_language:
        want = _ALIASES.get(family_language.lower(), family_language.lower()[:2])
        got = detect_language(text)
        if got and want in LANGUAGE_NAMES and got != want:
            notes.append(
                QualityNote(
                    "LANGUAGE_MISMATCH",
                    f"The message looks like {LANGUAGE_NAMES[got]}, but the family prefers {LANGUAGE_NAMES[want]}.",
                )
            )
    letters = [c for c in text if c.isalpha()]
    if len(letters) > 20 and sum(c.isupper() for c in letters) > 0.7 * len(letters):
        notes.append(
            QualityNote("TONE_ALL_CAPS", "Text in capitals reads as shouting; use normal case.")
        )
    return tuple(notes)
