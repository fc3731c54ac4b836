"""Name rules added for text the engine had not seen: census names, public roles, places."""

from __future__ import annotations

import pytest

from casesafe.screening import Screener
from casesafe.screening.text.gazetteer import census_names, gazetteer

from .conftest import spans


def test_census_lists_are_installed_and_words_stay_out() -> None:
    first, last = census_names()
    assert len(first) > 5000 and len(last) > 88000
    gz = gazetteer()
    # a census first name that is not an English word becomes a known first name ...
    assert "dolores" in gz.first_names and "imelda" in gz.first_names
    # ... one that is a word ("Will", "Hope", "Foster") does not
    for word in ("will", "hope", "foster", "king"):
        assert word not in gz.first_names or word in gz.word_names, word
    # the derived lists (scripts/word_lists.py) are package data
    assert len(gz.english_words) > 60000 and "childcare" in gz.english_words
    assert {"texas", "saudi arabia", "chicago"} <= gz.major_places
    assert "groesbeck" in gz.places and "texas" not in gz.places


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # names the project's lists did not hold, found through the census lists
        ("Dolores, Beatriz told her teacher today.", "Dolores"),
        ("Imelda Funes is due in March.", "Imelda Funes"),
        ("Mohamed Jama called about the visit.", "Mohamed Jama"),
        # "on" before a name presents a person more often than a street
        ("Spotlight on Ravi: age 10, chess champ.", "Ravi"),
        ("Cheer on Gabriel Ruiz at the wrestling meet!", "Gabriel Ruiz"),
        # accents folded for the lists; an unknown first name before a plain surname
        ("Marisabel Quiñones, 14, wants to be a vet.", "Marisabel Quiñones"),
        # a capitalised word with an age right after it
        ("Ta'Nyah (12) is a poet and a big sister.", "Ta'Nyah"),
        ("Makena (our 6 month old) goes home on Friday.", "Makena"),
        # a public role nearby does not hide a relative
        ("The author's son Ezequiel Barros is in our care.", "Ezequiel Barros"),
        # a role the child dreams of, or one in another sentence, is not a public role
        (
            "Meet Jaylen Brooks! He loves basketball and dreams of playing in the NBA.",
            "Jaylen Brooks",
        ),
        ("Jaylen Brooks, 12, wants to be a singer when he grows up.", "Jaylen Brooks"),
        ("Jaylen Brooks's book report on an Olympic swimmer is due Friday.", "Jaylen Brooks"),
        # an ordinary word or a place used as a name, with a person cue
        ("Meet Journey! She is 7 and loves puzzles.", "Journey"),
        ("Say hello to Dallas, 11, our newest chess champion.", "Dallas"),
        # a lowercase name the entity model reads as a person
        ("omg keziah you have to see this video", "keziah"),
        # texting leaves out the comma after a name; a greeting or a welcome is a cue
        ("Zev i need you to call me back tonight", "Zev"),
        ("Come celebrate Journee at her adoption party!", "Journee"),
        ("This sweet guy is Obadiah and he loves trains.", "Obadiah"),
        # a greeting that opens a lowercase text is a cue, not a name
        ("hey marisol its ur worker, call me back", "marisol"),
    ],
)
def test_names_are_found(screener: Screener, text: str, expected: str) -> None:
    found = spans(screener.screen(text, "public"), text)
    assert ("PERSON", expected) in found or any(
        c == "PERSON" and expected in s for c, s in found
    ), found


@pytest.mark.parametrize(
    "text",
    [
        # people presented in a public role
        "Meet the author: Jason Reynolds reads from his new novel on Sunday.",
        "Thank you to Drew Brees and his foundation for the laptops.",
        "A training on TBRI, developed by Dr. Karyn Purvis, starts in April.",
        "Olympian Simone Manuel visits the library on Friday.",
        "Book rec for new foster parents: The Connected Child by Karyn Purvis.",
        "Teen cooking class: tacos from Aarón Sánchez's recipe on Thursday at 5.",
        # places named like people
        "She is at a friend's in Del Valle tonight.",
        # a phone number in brackets is not an age; "Ours (11)" is not a name
        "Call (512) 555-0100 to learn more.",
        "Does anyone else's placement take Vyvanse? Ours (11) stopped eating lunch.",
        # a possessive is not a plural family name
        "Has anyone been to the Thinkery's free family night?",
        # lowercase words that are census names
        "Her favourite things: unicorns, mac and cheese, and slime.",
        # public figures, characters and brands from data/public_figures.txt
        "Our teens loved the Patrick Mahomes camp, and Lin-Manuel Miranda sent a video!",
        "Halloween party: come dressed as Miles Morales or Dolly Parton.",
        "Lin-Manuel Miranda fans: the teen theater camp is doing Hamilton songs.",
        # places: states, counties, big cities, towns after "in"
        "Did you know Ohio needs more foster homes for teens?",
        "Foster families are needed in Bexar, Comal and Guadalupe counties.",
        "Flights to Hong Kong were delayed again.",
        "The mobile clinic parks in Groesbeck on Tuesdays.",
        # ordinary words capitalised at the start of a sentence or in a title
        "Reminder: Childcare is provided at every class.",
        "Workshop: Trauma-Informed Parenting, Tuesday at 6 pm.",
        "Staff meeting moved to Thursday. Agenda: home study backlog and mileage.",
        # a word that opens a sentence before "you" is not a name left without its comma
        "Hope you are all staying warm this week!",
        # a title with a public figure's or a character's name; a brand with an initial
        "Our book club is reading Dr. Bruce Perry's new book this month.",
        "Anyone tried the Chuck E. Cheese sensory hour on Sundays?",
        "Free sandwiches from Chick-fil-A. Questions? Call the front desk.",
        # a state or a street is not a family or a person
        "The Texas Legislature raised kinship payments this year.",
        "Our toy drive is at the grocery store on Martin Luther King Jr. Blvd.",
    ],
)
def test_no_private_person(screener: Screener, text: str) -> None:
    found = spans(screener.screen(text, "public"), text)
    assert not any(c == "PERSON" for c, _ in found), found


def test_a_question_to_the_group_is_not_about_a_particular_person(screener: Screener) -> None:
    question = "How do you all prepare little ones for court without scaring them?"
    assert not spans(screener.screen(question, "public"), question)
    # ... but a child described in it still is
    text = "Our 16-year-old has an eating disorder and just started a day program."
    assert ("HEALTH", "eating disorder") in spans(screener.screen(text, "public"), text)
