"""Context rules that decide whether a word is about a person, and the agency's contacts."""

from __future__ import annotations

import pytest

from casesafe.screening import CaseContext, Screener, Verdict, screen_text, screen_text_safe

from .conftest import spans

AGENCY = {
    "public_contacts": {
        "phones": ["(512) 555-0100"],
        "emails": ["info@county-cfs.example.org"],
        "addresses": ["1200 Commerce Street, Suite 300"],
        "urls": ["county-cfs.example.org"],
        "handles": ["@CountyFosters"],
    }
}


@pytest.mark.parametrize(
    "text",
    [
        "Orientation is at 1200 Commerce Street, Suite 300 on Saturday.",
        "Call (512) 555-0100 or write to info@county-cfs.example.org.",
        "Follow @CountyFosters for events.",
        "Learn more at county-cfs.example.org/foster today.",
    ],
)
def test_agency_config_keyword_keeps_published_contacts_clean(text: str) -> None:
    result = screen_text(text, "public", agency_config=AGENCY)
    assert result.decision is Verdict.ALLOW, spans(result, text)
    assert screen_text_safe(
        text, "public", public_contacts=["(512) 555-0100", "1200 Commerce Street"]
    ).decision in (
        Verdict.ALLOW,
        Verdict.BLOCK,
    )


def test_a_family_phone_still_blocks_next_to_the_agency_line() -> None:
    text = "Call (512) 555-0100 or the mom at 737-555-0188"
    result = screen_text(text, "public", agency_config=AGENCY)
    assert [s for c, s in spans(result, text) if c == "PHONE"] == ["737-555-0188"]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a sensitive word about a topic or an event is not about a person
        ("April is Child Abuse Prevention Month: wear blue on Friday.", "CASE_DETAIL"),
        ("Please keep medications locked up; it is on the licensing checklist.", "CASE_DETAIL"),
        ("Join our free workshop on supporting kids with ADHD.", "HEALTH"),
        # a public official with a title is not a private person
        ("Join Mayor Watson at the ribbon cutting on Monday.", "PERSON"),
        ("Governor Abbott signed the kinship bill today.", "PERSON"),
        # places named after people
        ("We met at St. Mary's for the blood drive.", "PERSON"),
        ("Thanks to Whole Foods Market on Lamar for the diapers.", "PERSON"),
        # hashtags and acronyms
        ("Share the news! #FosterCare #AdoptUSKids", "PERSON"),
        ("PSA: the clothing closet is open Tuesdays.", "PERSON"),
    ],
)
def test_precision_rules(screener: Screener, text: str, category: str) -> None:
    found = spans(screener.screen(text, "public"), text)
    assert not any(c == category for c, _ in found), found


@pytest.mark.parametrize(
    ("text", "category", "expected"),
    [
        ("Noelani is a 10yo who loves hula.", "PERSON", "Noelani"),
        ("Keanu, your review is Thursday.", "PERSON", "Keanu"),
        ("Brothers Kofi and Kwame want to stay together.", "PERSON", "Kwame"),
        ("Children Cole (5) and Harper (3) were placed last night.", "PERSON", "Cole"),
        ("yo marcus its ur worker, did u get the bus pass?", "PERSON", "marcus"),
        ("gonzales family: the visit is at the park by the library", "PERSON", "gonzales"),
        ("J. Whitehorse tested positive for THC.", "PERSON", "J. Whitehorse"),
        ("Shout out to the Okafors down the street!", "PERSON", "Okafors"),
        ("Kenzie (13) is at Austin State Hospital since 2/18.", "DOB", "2/18"),
        (
            "Kenzie (13) is at Austin State Hospital since 2/18.",
            "LOCATION",
            "Austin State Hospital",
        ),
        ("Relative found in Lafayette, LA and willing to help her.", "LOCATION", "Lafayette, LA"),
        ("The door code for the Willow Creek shelter is 4417#.", "ID", "4417"),
        ("Her state ID number is 41 882 9031, keep it safe.", "ID", "41 882 9031"),
        ("Drop TJ at 4418 Alderbrook for the visit Sunday.", "ADDRESS", "4418 Alderbrook"),
        ("Jade runs track for the Valley View Vipers.", "SCHOOL", "Valley View Vipers"),
        ("Referred to the counselor at Roosevelt MS.", "SCHOOL", "Roosevelt MS"),
        ("Our 3-year-old placement has 8 cavities.", "HEALTH", "cavities"),
        ("Court is Monday and bio dad failed another drug test.", "CASE_DETAIL", "Court is"),
        ("Her TPR hearing is next week.", "CASE_DETAIL", "TPR hearing"),
        ("The oldest (12) goes to Roosevelt Middle.", "AGE", "12"),
        ("Kaylee, 14 months, arrived tonight.", "AGE", "14 months"),
    ],
)
def test_generalised_rules_find(
    screener: Screener, text: str, category: str, expected: str
) -> None:
    found = spans(screener.screen(text, "public"), text)
    assert any(c == category and expected in s for c, s in found), found


def test_name_like_reference_warns_not_blocks(screener: Screener) -> None:
    text = "Grandma Pearl is picking the kids up from practice."
    result = screener.screen(text, "public")
    assert result.decision is Verdict.WARN
    assert any(f.name_kind and f.name_kind.value == "reference" for f in result.findings)


def test_case_place_heads_and_joined_forms(screener: Screener) -> None:
    case = CaseContext.from_dict(
        {
            "people": [
                {"name": "Santi Herrera", "role": "child", "school": "Maple Grove Elementary"}
            ],
            "places": ["Bright Path group home"],
        }
    )
    for text, category, expected in [
        ("santi left his backpack at maple grove", "SCHOOL", "maple grove"),
        ("pickup at maplegrove on tuesdays", "SCHOOL", "maplegrove"),
        ("he ran from Bright Path last night", "ADDRESS", "Bright Path"),
    ]:
        found = spans(screener.screen(text, "private", case), text)
        assert (category, expected) in found, found


@pytest.mark.parametrize(
    ("text", "category", "expected"),
    [
        ("Can you pick up Lily from the library at 3?", "PERSON", "Lily"),
        (
            "The Robinsons' youngest starts kindergarten at Hillcrest next week.",
            "PERSON",
            "Robinsons",
        ),
        (
            "The Robinsons' youngest starts kindergarten at Hillcrest next week.",
            "SCHOOL",
            "Hillcrest",
        ),
        ("She lives on Maple Ave near the store.", "ADDRESS", "Maple Ave"),
        ("He can't have contact with his uncle.", "CASE_DETAIL", "contact with"),
        ("She was considered for placement with her aunt.", "CASE_DETAIL", "placement"),
    ],
)
def test_everyday_phrasings_are_found(
    screener: Screener, text: str, category: str, expected: str
) -> None:
    found = spans(screener.screen(text, "public"), text)
    assert any(c == category and expected in s for c, s in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Reminder: Family Fun Night is Friday at 6 at the Riverside Community Center.",
        "Practice at Memorial Stadium moved to 5.",
        "Our Annual Holiday Party is December 12!",
        "You can find free parenting classes on our website.",
    ],
)
def test_event_announcements_stay_clean(screener: Screener, text: str) -> None:
    assert screener.screen(text, "public").decision is Verdict.ALLOW


@pytest.mark.parametrize(
    "text",
    [
        "Our office at 400 Main Street will close early on Friday for staff training.",
        "Learn how trauma affects the developing brain in this free webinar.",
        "Meet our mentors who help teens aging out of care through our program.",
        "Congratulations to the Community Partner of the Year!",
    ],
)
def test_agency_news_stays_clean(screener: Screener, text: str) -> None:
    assert screener.screen(text, "public").decision is Verdict.ALLOW, spans(
        screener.screen(text, "public"), text
    )


def test_a_terse_note_about_a_named_person_reports_weak_health_words() -> None:
    # Notes drop the subject: the sentence "PHQ-9 = 21, referred to psych." names nobody,
    # but the note is about the person it names.
    text = "HV w/ Marisol Ybarra. PHQ-9 = 21, referred to psych. F/u in two weeks."
    found = {t for c, t in spans(screen_text(text, audience="public"), text) if c == "HEALTH"}
    assert "PHQ-9" in found


def test_a_public_figures_own_story_is_not_a_disclosure() -> None:
    story = "Simone Biles has talked openly about growing up in foster care."
    assert not spans(screen_text(story, audience="public"), story)
    # ... but the same fact about a private person is
    private = "Jaylen Brooks has talked about his ADHD diagnosis with his teacher."
    assert ("HEALTH", "ADHD") in spans(screen_text(private, audience="public"), private)


def test_the_agencys_own_public_figures_count_for_stories_too(screener: Screener) -> None:
    # A name the agency lists as public (configuration) is neither a private person nor,
    # telling her own story, a disclosure about one.
    from casesafe.screening import ScreeningConfig

    config = ScreeningConfig(public_figures=("Marisela Okonjo",))
    story = "Marisela Okonjo talked about her ADHD diagnosis and her therapy."
    assert not screener.screen(story, "public", config=config).findings
    assert screener.screen(story, "public").findings  # an unknown name is a private person
