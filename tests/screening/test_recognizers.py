"""Each recognizer, table-driven: what it must find and what it must leave alone."""

from __future__ import annotations

import pytest

from casesafe.screening import Screener, ScreeningConfig

from .conftest import spans

POSITIVES = [
    # (text, category, the exact matched text)
    ("Meet Darnell Hughes, 12, from Westbrook Middle School", "PERSON", "Darnell Hughes"),
    ("Meet Darnell Hughes, 12, from Westbrook Middle School", "AGE", "12"),
    ("Meet Darnell Hughes, 12, from Westbrook Middle School", "SCHOOL", "Westbrook Middle School"),
    ("This weekend Jaylen and his grandma baked bread.", "PERSON", "Jaylen"),
    ("We dropped the boys off with Grandma Pearl for the night.", "PERSON", "Grandma Pearl"),
    ("The Nguyen kids loved the zoo trip.", "PERSON", "Nguyen"),
    ("Ms. Okafor signed the form.", "PERSON", "Ms. Okafor"),
    ("Call her at (512) 555-0199 after six.", "PHONE", "(512) 555-0199"),
    ("my cell is 512.555.0199", "PHONE", "512.555.0199"),
    (
        "text five one two five five five zero one nine nine",
        "PHONE",
        "five one two five five five zero one nine nine",
    ),
    ("reach him on +1 737 555 0143", "PHONE", "+1 737 555 0143"),
    ("Email keisha.b1987@gmail.com with the form", "EMAIL", "keisha.b1987@gmail.com"),
    ("write to jayden dot t at yahoo dot com", "EMAIL", "t at yahoo dot com"),
    ("her insta is @lil_jay.2010", "HANDLE", "@lil_jay.2010"),
    ("add me on snap: jaylen_t04", "HANDLE", "jaylen_t04"),
    (
        "profile: https://www.facebook.com/maria.g.lopez.77",
        "HANDLE",
        "https://www.facebook.com/maria.g.lopez.77",
    ),
    (
        "join at https://zoom.us/j/93456712345?pwd=abc",
        "HANDLE",
        "https://zoom.us/j/93456712345?pwd=abc",
    ),
    ("SSN 123-45-6789 on the intake form", "ID", "123-45-6789"),
    ("Case 2023-JV-0457 is set for review", "ID", "2023-JV-0457"),
    ("Medicaid ID: 884512390 expires soon", "ID", "884512390"),
    ("meeting passcode is 449812", "ID", "449812"),
    ("DOB: 03/14/2014", "DOB", "03/14/2014"),
    ("she was born on March 14, 2014 in Dallas", "DOB", "March 14, 2014"),
    ("he was born in 2012", "DOB", "2012"),
    ("our 13-year-old loves soccer", "AGE", "13-year-old"),
    ("16yo boy looking for a family", "AGE", "16yo"),
    ("twins, 8, who love Legos", "AGE", "8"),
    ("she is 15 and loves art", "AGE", "15"),
    ("goes to lincoln elementary now", "SCHOOL", "lincoln elementary"),
    ("She plays for Troop 412", "SCHOOL", "Troop 412"),
    ("enrolled in Round Rock ISD", "SCHOOL", "Round Rock ISD"),
    ("They live at 1423 Oak Street, Apt 4 with an aunt.", "ADDRESS", "1423 Oak Street, Apt 4"),
    (
        "the yellow house on Guadalupe and 3rd is where they stay",
        "ADDRESS",
        "the yellow house on Guadalupe and 3rd",
    ),
    ("She's staying at Sunrise Apartments now.", "ADDRESS", "Sunrise Apartments"),
    ("Her mom lives in the Eastwood neighborhood.", "LOCATION", "Eastwood neighborhood"),
    (
        "He is seen weekly at the Riverside Behavioral Health clinic",
        "LOCATION",
        "Riverside Behavioral Health clinic",
    ),
    ("He was diagnosed with ADHD last spring.", "HEALTH", "diagnosed"),
    ("She takes Adderall in the morning.", "HEALTH", "Adderall"),
    ("His mom is pregnant again.", "HEALTH", "pregnant"),
    ("her drug screen came back positive", "HEALTH", "drug screen"),
    ("He started play therapy on Tuesdays.", "HEALTH", "play therapy"),
    ("The kids were removed from the home after the allegations.", "CASE_DETAIL", "removed"),
    ("She has had five placements in two years.", "CASE_DETAIL", "five placements"),
    ("Dad is in jail until March.", "CASE_DETAIL", "in jail"),
    ("There is a no-contact order against his uncle.", "CASE_DETAIL", "no-contact order"),
    ("Mom relapsed last week.", "CASE_DETAIL", "relapsed"),
    ("Her court hearing moved to Friday.", "CASE_DETAIL", "court"),
]


@pytest.mark.parametrize(("text", "category", "expected"), POSITIVES)
def test_recognizer_finds(screener: Screener, text: str, category: str, expected: str) -> None:
    found = spans(screener.screen(text, "public"), text)
    assert any(c == category and expected in s for c, s in found), found


# Precision traps: none of these may produce a finding of the given category.
NEGATIVES = [
    ("hope, faith and patience are what every family needs", "PERSON"),
    ("Our April and June info nights are open to all.", "PERSON"),
    ("Will you open your home to a teen?", "PERSON"),
    ("Join us at the Central Public Library on Thursday at 4pm.", "PERSON"),
    ("Join us at the Central Public Library on Thursday at 4pm.", "LOCATION"),
    ("Picnic at City Park, June 3rd adoption event, all welcome!", "LOCATION"),
    ("Picnic at City Park, June 3rd adoption event, all welcome!", "DOB"),
    ("Taylor Swift tickets raffle for our foster families", "PERSON"),
    ("Martin Luther King Jr. Day service project this Monday", "PERSON"),
    ("Call our main line at 1-800-555-0100 to learn about fostering.", "PHONE"),
    ("Questions? Email info@fostertexas.org", "EMAIL"),
    ("We meet at 6:30 pm, room 204, on 3/14.", "PHONE"),
    ("Join our training on trauma-informed parenting.", "HEALTH"),
    ("Many children in foster care have experienced trauma and neglect.", "CASE_DETAIL"),
    ("Become a foster parent: orientation is free.", "CASE_DETAIL"),
    ("The basketball court at the rec center is open.", "CASE_DETAIL"),
    ("We removed the post after a typo.", "CASE_DETAIL"),
    ("Kids ages 5-12 welcome at the craft fair.", "AGE"),
    ("Doors open at 10, lunch at 12, games until 3.", "AGE"),
    ("Our 25-year-old program has served thousands.", "AGE"),
    ("High school students can volunteer.", "SCHOOL"),
    ("Open House on Saturday at our office!", "ADDRESS"),
    ("COVID-19 boosters are free at the county clinic.", "ID"),
    ("Thanks @ 4pm everyone", "HANDLE"),
    ("Thank you to everyone who came out Saturday!", "PERSON"),
]


@pytest.mark.parametrize(("text", "category"), NEGATIVES)
def test_recognizer_leaves_alone(screener: Screener, text: str, category: str) -> None:
    found = spans(screener.screen(text, "public"), text)
    assert not any(c == category for c, _ in found), found


def test_agency_contacts_from_config_are_ignored(screener: Screener) -> None:
    config = ScreeningConfig(
        agency_contacts=("512-555-0100", "fostering@county.example", "@CountyFosters")
    )
    text = "Call 512-555-0100, email fostering@county.example or follow @CountyFosters."
    assert screener.screen(text, "public", config=config).findings == ()
    # the same numbers are private contact details without the agency's configuration
    assert {"PHONE", "HANDLE"} <= {
        f.category.value for f in screener.screen(text, "public").findings
    }


def test_luhn_card_numbers_only(screener: Screener) -> None:
    assert any(
        f.category.value == "ID"
        for f in screener.screen("card 4111 1111 1111 1111", "public").findings
    )
    assert not any(
        f.category.value == "ID"
        for f in screener.screen("ref 4111 1111 1111 1112", "public").findings
    )
