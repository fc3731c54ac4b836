"""HEALTH and CASE_DETAIL phrases marked by the project's trained entity model.

The lexicons know words; the model (``training/train_entity_model.py``) learned the phrasing
around such facts from the project's labelled messages, so it can mark "got moved to a
new home again" or "started on something for her mood" with no listed word in them. Its
marks pass the same test as a weak lexicon term: only a sentence about somebody counts, and
a sentence about a topic or an occasion ("mental health awareness month", "medication logs
must be kept for every child in your home") only with a named person in it.
Where a lexicon term overlaps, the lexicon's finding is kept (with its named group) and
only widened to the model's phrase.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from ...types import Category
from ..document import TextDoc
from .base import Candidate, Recognizer, register
from .sensitive import lexicon_exclusions, reportable

SCORE = 0.65


class LearnedRecognizer(Recognizer):
    label: ClassVar[str]
    priority = 0  # below the lexicons: their named groups explain a finding better

    def analyze(self, doc: TextDoc) -> Iterable[Candidate]:
        ents = [e for e in doc.entities if e.label == self.label]
        if not ents:
            return
        excluded = lexicon_exclusions(doc)
        for ent in ents:
            if any(ent.start < e and s < ent.end for s, e in excluded):
                continue
            # Judged as a weak lexicon term is: only in a sentence about somebody, and in a
            # sentence about a topic or an occasion only next to a named person.
            if reportable(doc, ent.start, ent.end, strong=False, occasions=True) is None:
                continue
            yield self.candidate(ent.start, ent.end, "entity_model", SCORE)


@register
class LearnedHealthRecognizer(LearnedRecognizer):
    id = "health_model"
    category = Category.HEALTH
    label = "HEALTH"
    guidance = "phi.secure-channel-only"
    explanation = (
        "This sounds like health information about someone (CaseSafe's trained model "
        "recognised the wording); health information needs a secure channel."
    )


@register
class LearnedCaseDetailRecognizer(LearnedRecognizer):
    id = "case_detail_model"
    category = Category.CASE_DETAIL
    label = "CASE_DETAIL"
    guidance = "case.details-in-person"
    explanation = (
        "This sounds like a detail of a child-welfare case (CaseSafe's trained model "
        "recognised the wording); case details stay out of public posts and ordinary messages."
    )
