"""Build the labelled child-welfare screening corpus (bench/data/corpus.jsonl).

Every text below was written for this project. Labels are written inline as
``[[CATEGORY:surface text]]``; this script strips the markup and computes exact Python
string offsets, so the spans can never drift from the text. ``FIRST`` is a PERSON span
that is a lone first name or nickname (it matters only for the expected decision).

The expected decision for a public post follows the contract's decision table:

* any direct identifier (PERSON other than a lone first name/nickname, ADDRESS, PHONE,
  EMAIL, HANDLE, ID, DOB), or any HEALTH or CASE_DETAIL -> ``block``
* a lone first name or nickname -> ``warn``
* quasi identifiers (AGE, LOCATION, SCHOOL) of two or more different kinds -> ``warn``
* a single kind of quasi identifier, or nothing -> ``allow``

Run: ``python bench/data/build_corpus.py`` (writes corpus.jsonl, cases/*.json and
agency_config.json next to this file); ``--check`` only verifies corpus.jsonl is current.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent

CATEGORIES = [
    "PERSON",
    "ADDRESS",
    "PHONE",
    "EMAIL",
    "HANDLE",
    "ID",
    "DOB",
    "AGE",
    "LOCATION",
    "SCHOOL",
    "HEALTH",
    "CASE_DETAIL",
]
DIRECT = {"PERSON", "ADDRESS", "PHONE", "EMAIL", "HANDLE", "ID", "DOB"}
QUASI = {"AGE", "LOCATION", "SCHOOL"}
SENSITIVE = {"HEALTH", "CASE_DETAIL"}
KINDS = {
    "recruitment_post",
    "message_parent",
    "message_youth",
    "message_foster_parent",
    "foster_forum",
    "internal_note",
    "announcement",
    "event",
    "other",
}
AUDIENCES = {"public", "private", "secure"}

MARKUP = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]")

# The agency's own published contacts. The evaluation hands these to the engine as
# public contacts: finding them in a post is not a leak.
AGENCY_CONFIG = {
    "agency_name": "Tri-County Children and Family Services",
    "public_contacts": {
        "phones": ["(512) 555-0100", "1-800-555-0199", "512-555-0123"],
        "emails": ["fostercare@tricountycfs.org", "info@tricountycfs.org"],
        "addresses": ["1200 Commerce Street, Suite 300", "88 Mill Road"],
        "urls": [
            "tricountycfs.org",
            "tricountycfs.org/foster",
            "tricountycfs.org/careers",
            "facebook.com/TriCountyFosters",
        ],
        "handles": ["@TriCountyFosters", "@TriCountyCFS"],
    },
    "notes": "Agency main line, recruitment line, office addresses, site and accounts.",
}

# ----------------------------------------------------------------------------- cases
CASES: dict[str, dict] = {
    "case01": {
        "case_id": "2023-JV-0457",
        "people": [
            {
                "name": "Tyler Gonzalez",
                "aliases": ["Ty", "TJ"],
                "role": "child",
                "birth_date": "2014-03-14",
                "school": "Lincoln Elementary",
            },
            {
                "name": "Mia Gonzalez",
                "aliases": ["Mimi"],
                "role": "sibling",
                "birth_date": "2017-08-02",
                "school": "Lincoln Elementary",
            },
            {
                "name": "Rosa Gonzalez",
                "aliases": [],
                "role": "parent",
                "address": "4418 Alderbrook Dr, Apt 12",
                "phone": "512-555-0183",
            },
            {"name": "Derek Pruitt", "aliases": ["D"], "role": "restricted_contact"},
            {
                "name": "Angela Whitfield",
                "aliases": ["Angie"],
                "role": "foster_parent",
                "address": "1907 Cedar Hollow Rd",
                "phone": "(512) 555-0164",
            },
            {"name": "Jenna Morales", "aliases": [], "role": "caseworker"},
        ],
        "places": ["Lincoln Elementary", "New Horizons clinic"],
    },
    "case02": {
        "case_id": "2024-DP-1182",
        "people": [
            {
                "name": "Aaliyah Washington",
                "aliases": ["Liyah", "Lee-Lee"],
                "role": "child",
                "birth_date": "2009-11-23",
                "school": "Eastside High School",
            },
            {"name": "Marcus Washington", "aliases": [], "role": "parent"},
            {
                "name": "Pearl Jenkins",
                "aliases": ["Grandma Pearl", "Nana"],
                "role": "relative",
                "phone": "(737) 555-0122",
                "address": "310 Lockhart Street",
            },
            {"name": "Linda Okafor", "aliases": [], "role": "foster_parent"},
            {"name": "Keisha Boone", "aliases": [], "role": "caseworker"},
        ],
        "places": ["Bright Path group home", "Eastside High School"],
    },
    "case03": {
        "case_id": "2022-JV-2091",
        "people": [
            {
                "name": "Bao Nguyen",
                "aliases": ["Bobby"],
                "role": "child",
                "birth_date": "2012-05-30",
                "school": "Roosevelt Middle School",
            },
            {
                "name": "Linh Nguyen",
                "aliases": ["Lily"],
                "role": "sibling",
                "birth_date": "2015-01-09",
                "school": "Hawthorne Elementary",
            },
            {"name": "Minh Nguyen", "aliases": [], "role": "sibling", "birth_date": "2020-07-17"},
            {
                "name": "Thu Nguyen",
                "aliases": [],
                "role": "parent",
                "address": "the yellow house on Guadalupe and 3rd",
                "phone": "512-555-0139",
            },
            {"name": "Khoa Tran", "aliases": ["Uncle Khoa"], "role": "relative"},
        ],
        "places": ["Sunrise Family Shelter", "Roosevelt Middle School", "Hawthorne Elementary"],
    },
    "case04": {
        "case_id": "2024-JV-0033",
        "people": [
            {
                "name": "Destiny Robinson",
                "aliases": ["Dee"],
                "role": "child",
                "birth_date": "2008-09-12",
                "school": "Jefferson High School",
                "phone": "737-555-0191",
            },
            {"name": "Tameka Robinson", "aliases": [], "role": "parent"},
            {"name": "Jamal Carter", "aliases": ["JC"], "role": "restricted_contact"},
            {
                "name": "Carol Lindqvist",
                "aliases": [],
                "role": "foster_parent",
                "address": "27 Birchwood Lane",
            },
        ],
        "places": ["Jefferson High School", "Westlake Women's Clinic"],
    },
    "case05": {
        "case_id": "2023-DP-0719",
        "people": [
            {
                "name": "Santiago Herrera",
                "aliases": ["Santi"],
                "role": "child",
                "birth_date": "2017-04-03",
                "school": "Maple Grove Elementary",
            },
            {
                "name": "Valentina Herrera",
                "aliases": ["Vale"],
                "role": "sibling",
                "birth_date": "2017-04-03",
                "school": "Maple Grove Elementary",
            },
            {
                "name": "Lucía Herrera",
                "aliases": ["Lucia"],
                "role": "parent",
                "phone": "(830) 555-0158",
            },
            {"name": "Javier Herrera", "aliases": [], "role": "parent"},
            {"name": "Carmen Ortiz", "aliases": ["Tía Carmen"], "role": "relative"},
        ],
        "places": ["Maple Grove Elementary", "Eastgate Pediatrics"],
    },
    "case06": {
        "case_id": "2025-JV-0112",
        "people": [
            {
                "name": "Kayden Two Bears",
                "aliases": ["Kay"],
                "role": "child",
                "birth_date": "2013-02-26",
                "school": "Cedar Creek Middle School",
            },
            {"name": "Shawna Two Bears", "aliases": [], "role": "parent"},
            {"name": "Joseph Two Bears", "aliases": ["Grandpa Joe"], "role": "relative"},
            {
                "name": "Priya Mehta",
                "aliases": [],
                "role": "foster_parent",
                "address": "5120 Quail Run Court",
                "phone": "512-555-0117",
            },
        ],
        "places": ["Cedar Creek Middle School"],
    },
    "case07": {
        "case_id": "2021-JV-1450",
        "people": [
            {
                "name": "Olivia Kowalski",
                "aliases": ["Liv", "Livvy"],
                "role": "child",
                "birth_date": "2008-06-21",
                "school": "Northview High School",
            },
            {"name": "Brian Kowalski", "aliases": [], "role": "parent"},
            {"name": "Shannon Reilly", "aliases": [], "role": "caseworker"},
        ],
        "places": ["Hope Harbor group home", "Northview High School"],
    },
    "case08": {
        "case_id": "2024-DP-0608",
        "people": [
            {
                "name": "Malik Johnson-Reyes",
                "aliases": ["Leek"],
                "role": "child",
                "birth_date": "2019-10-05",
                "school": "Little Sprouts Preschool",
            },
            {"name": "Jasmine Reyes", "aliases": ["Jas"], "role": "parent"},
            {"name": "Andre Johnson", "aliases": ["Dre"], "role": "restricted_contact"},
            {
                "name": "Deborah Schaefer",
                "aliases": ["Deb"],
                "role": "foster_parent",
                "phone": "(512) 555-0148",
            },
        ],
        "places": ["St. Mary's Children's Hospital", "Little Sprouts Preschool"],
    },
    "case09": {
        "case_id": "2023-JV-0981",
        "people": [
            {
                "name": "Fatima Al-Sayed",
                "aliases": ["Tima"],
                "role": "child",
                "birth_date": "2011-12-01",
                "school": "Garfield Middle School",
            },
            {"name": "Omar Al-Sayed", "aliases": [], "role": "sibling"},
            {"name": "Huda Al-Sayed", "aliases": [], "role": "parent"},
            {"name": "Yusuf Haddad", "aliases": [], "role": "relative"},
        ],
        "places": ["Garfield Middle School"],
    },
    "case10": {
        "case_id": "2025-DP-0205",
        "people": [
            {
                "name": "Ethan Miller",
                "aliases": ["Bug"],
                "role": "child",
                "birth_date": "2014-08-19",
                "school": "Oak Hills Middle School",
            },
            {"name": "Krystal Miller", "aliases": [], "role": "parent"},
            {"name": "Cody Miller", "aliases": [], "role": "parent"},
            {"name": "Brenda Sue Hollis", "aliases": ["Aunt Brenda"], "role": "relative"},
            {
                "name": "Gloria Benavides",
                "aliases": [],
                "role": "foster_parent",
                "address": "742 Pecan Street",
            },
        ],
        "places": ["Oak Hills Middle School", "Pinecrest Behavioral Health"],
    },
}

ITEMS: list[tuple] = []


def add(kind: str, audience: str, text: str, case: str | None = None, decision: str | None = None):
    ITEMS.append((kind, audience, text, case, decision))


REC, MP, MY, MFP = "recruitment_post", "message_parent", "message_youth", "message_foster_parent"
FF, NOTE, ANN, EV, OTH = "foster_forum", "internal_note", "announcement", "event", "other"
PUB, PRIV, SEC = "public", "private", "secure"

# ------------------------------------------------------------------ recruitment posts
add(
    REC,
    PUB,
    "Meet [[FIRST:Jaylen]]! This [[AGE:11-year-old]] loves Legos, dinosaurs and anything with wheels. Could your family be his forever family? Call our recruitment line at (512) 555-0100 to learn more. #AdoptUSKids #FosterCare",
)
add(
    REC,
    PUB,
    "Meet [[PERSON:Darius Whitaker]], [[AGE:14]], a [[SCHOOL:Harding Middle School]] [[AGE:eighth grader]] who dreams of being a chef. He [[CASE_DETAIL:came into care after his mom's arrest]] and is ready for a family. 💛",
)
add(
    REC,
    PUB,
    "Sweet [[FIRST:Esperanza]] ([[AGE:7]]) is a bright, giggly girl who [[HEALTH:has cerebral palsy]] and [[HEALTH:uses a wheelchair]]. She's looking for a patient, loving home in the [[LOCATION:Brookhaven]] area.",
)
add(
    REC,
    PUB,
    "Brothers [[FIRST:Kofi]] and [[FIRST:Kwame]], [[AGE:9 and 12]], want to stay together! Both boys play on the [[SCHOOL:Eastside Eagles]] little league team. Inquire at fostercare@tricountycfs.org",
)
add(
    REC,
    PUB,
    "Our girl [[FIRST:Haylee]] turns [[AGE:13]] on [[DOB:June 4]]! [[CASE_DETAIL:She's been in 6 placements since 2019]] and deserves stability. Share this post!",
)
add(
    REC,
    PUB,
    "Waiting child spotlight: [[FIRST:Marisol]], [[AGE:15]]. [[FIRST:Marisol]] is funny, artistic and loves K-pop. Learn more about adopting a teen at tricountycfs.org/foster.",
)
add(
    REC,
    PUB,
    "Can you open your heart to a teen? [[PERSON:Tre'Von Mitchell]] (DOB [[DOB:02/19/2009]]) is a talented point guard at [[SCHOOL:Ridgeview High]]. Call [[PERSON:Ms. Patterson]] at [[PHONE:512.555.0176]].",
)
add(
    REC,
    PUB,
    "[[FIRST:Noelani]] is a [[AGE:10yo]] who loves hula and swimming. She [[HEALTH:takes Adderall for ADHD]] and does best as the only child in the home.",
)
add(
    REC,
    PUB,
    "Help us find a home for [[FIRST:Benji]]! [[AGE:Age 5]]. [[FIRST:Benji]] is [[HEALTH:nonverbal and autistic]] and lights up around music. He was [[CASE_DETAIL:removed due to severe neglect]]. #fosteringhope",
)
add(
    REC,
    PUB,
    "Siblings [[FIRST:Ana]], [[FIRST:Lucas]] and [[FIRST:Sofi]] ([[AGE:4, 6 and 11]]) from [[LOCATION:Millbrook]] need a family who can keep them together. They [[CASE_DETAIL:have been apart since their removal last year]].",
)
add(
    REC,
    PUB,
    "Featured youth: [[FIRST:Ximena]], [[AGE:16]], aspiring nurse, volunteer at the animal shelter, and the best big sister. Ask about [[FIRST:Ximena]] at our main line, 512-555-0100.",
)
add(
    REC,
    PUB,
    "[[FIRST:Deshawn]] is [[AGE:13]] and attends [[SCHOOL:Carver Middle]], where he is on the robotics team. [[FIRST:Deshawn]]'s [[CASE_DETAIL:parental rights were terminated last fall]].",
)
add(
    REC,
    PUB,
    "Meet [[FIRST:Kiara]] 🌸 [[AGE:12]] | loves slime, cheer & her dog Biscuit | [[HEALTH:in weekly trauma therapy]] | needs a 2-parent home in [[LOCATION:Oak Park]]",
)
add(
    REC,
    PUB,
    "looking for a forever family for [[FIRST:tommy]] ([[AGE:8]]), he [[HEALTH:has fetal alcohol syndrome]] and [[CASE_DETAIL:was born substance exposed]] but he is the sweetest boy!!",
)
add(
    REC,
    PUB,
    "Teen boys need homes too. [[PERSON:Rashad Bell]], [[AGE:17]], [[CASE_DETAIL:on probation]] and working at a car wash, is looking for a mentor family before he ages out.",
)
add(
    REC,
    PUB,
    "Photolisting: [[FIRST:Amara]] ([[AGE:age 14]]) — creative, loves braiding hair and baking. [[FIRST:Amara]] would thrive with a family that values her Nigerian heritage.",
)
add(
    REC,
    PUB,
    "This is [[FIRST:Wyatt]]. He's [[AGE:6]], obsessed with trains, and [[HEALTH:needs a family comfortable with his seizure meds (Keppra)]]. Message us!",
)
add(
    REC,
    PUB,
    "[[FIRST:Jade]], [[AGE:15]], and her baby brother [[FIRST:Milo]], [[AGE:2]], are waiting for a family together. [[FIRST:Jade]] runs track for the [[SCHOOL:Valley View Vipers]].",
)
add(
    REC,
    PUB,
    "Waiting child: [[PERSON:Emily R.]] — [[AGE:11]] — [[SCHOOL:Greenfield School District]]. [[FIRST:Emily]] [[CASE_DETAIL:was adopted before and the adoption disrupted]].",
)
add(
    REC,
    PUB,
    "Adopt [[FIRST:Mateo]]! He is a [[AGE:9-year-old]] who loves soccer and Messi. [[FIRST:Mateo]] lives in [[ADDRESS:a group home on Fairview Ave]] now and wants a family of his own.",
)
add(
    REC,
    PUB,
    "Meet our amazing [[FIRST:Isaiah]] ([[AGE:14]]). [[FIRST:Isaiah]] is a gifted artist; he [[HEALTH:is hard of hearing and wears hearing aids]].",
)
add(
    REC,
    PUB,
    "Could you be [[FIRST:Precious]]'s family? [[FIRST:Precious]] is [[AGE:10]] and in [[SCHOOL:4th grade at Whitman Elementary]]. Call 1-800-555-0199.",
)
add(
    REC,
    PUB,
    "Sisters [[FIRST:Luz]] and [[FIRST:Estrella]] ([[AGE:twins, 8]]) love dancing. They are [[CASE_DETAIL:currently placed separately]] and we want to reunite them in one home.",
)
add(
    REC,
    PUB,
    "Foster Spotlight 🎉 [[PERSON:Connor O'Malley]], [[AGE:16yo]], [[SCHOOL:St. Brendan's Academy]] junior, Eagle Scout in [[SCHOOL:Troop 212]].",
)
add(
    REC,
    PUB,
    "Seeking a family for [[FIRST:Hana]] ([[AGE:3]]), [[HEALTH:born with Down syndrome]], who loves peekaboo and bubbles.",
)
add(
    REC,
    PUB,
    "[[FIRST:Dmitri]] ([[AGE:13]]) came to the US from Ukraine and is learning English fast. He [[CASE_DETAIL:entered care after his father's deportation]] and would love a bilingual home.",
)
add(
    REC,
    PUB,
    "Meet [[FIRST:Zoey]]! She is [[AGE:9]] and goes to [[SCHOOL:Sunnyside Elementary]] in [[LOCATION:Kyle]]. Zoey's favorite things: unicorns, mac and cheese, and Taylor Swift songs.",
)
add(
    REC,
    PUB,
    "Looking for a loving home for [[FIRST:Juan Pablo]] ([[AGE:12]]). He [[HEALTH:is on Risperdal and sees a psychiatrist monthly]]. Call [[PHONE:(830) 555-0112]] ext 4.",
)
add(
    REC,
    PUB,
    "[[FIRST:Aiyana]], [[AGE:15]], is a proud member of the Lakota nation and a talented beadworker. She hopes to stay connected with her tribe and her younger siblings.",
)
add(
    REC,
    PUB,
    "Our sweet [[FIRST:Lucy]] has been waiting 900 days for a family. [[FIRST:Lucy]] is [[AGE:11]] and [[HEALTH:has a mild intellectual disability]]. Will you be the one?",
)
add(
    REC,
    PUB,
    "Meet [[FIRST:Trinity]] & [[FIRST:Josiah]]! [[AGE:Ages 6 & 4]]. They [[CASE_DETAIL:were found alone in a motel room]] and have blossomed in foster care.",
)
add(
    REC,
    PUB,
    "Spotlight on [[FIRST:Ravi]]: [[AGE:age 10]], chess club champ at [[SCHOOL:Maplewood Elementary]], future astronaut. Email [[EMAIL:r.sharma.recruit@gmail.com]] to learn about him.",
)
# clean recruitment posts (precision traps)
add(
    REC,
    PUB,
    "May is National Foster Care Month! Every child deserves a safe, loving home. Learn how you can help at tricountycfs.org/foster. #NationalFosterCareMonth",
)
add(
    REC,
    PUB,
    "Thinking about fostering? Join our free information session on Thursday, April 10 at 6:30 pm at the Central Public Library, Meeting Room B. No RSVP needed.",
)
add(
    REC,
    PUB,
    "Teens in foster care need families who bring hope, faith and patience. Could that be you? Call our main line at (512) 555-0100.",
)
add(
    REC,
    PUB,
    "We need foster homes for sibling groups and teens. Single parents, renters, LGBTQ+ families and empty nesters are all welcome to apply!",
)
add(
    REC,
    PUB,
    "Our foster parent orientation meets at 1200 Commerce Street, Suite 300 every second Saturday from 9 to noon. Childcare provided.",
)
add(
    REC,
    PUB,
    "Grace, patience and a good sense of humor: that's all it takes to start. Email fostercare@tricountycfs.org to get your info packet.",
)
add(
    REC,
    PUB,
    "Foster parents receive 24/7 support, monthly reimbursement and free training. Questions? DM us @TriCountyFosters",
)
add(
    REC,
    PUB,
    "Will you join us? Respite care providers give foster families a weekend to recharge. Sign-up is open through June 30.",
)
add(
    REC,
    PUB,
    '"Being a foster mom changed my life." Hear from real foster families at our Riverside Park picnic on Saturday, 11am–2pm.',
)
add(
    REC,
    PUB,
    "Olympic champion Simone Biles spent time in foster care as a child. Today she reminds us that every kid can soar. Become a foster parent: tricountycfs.org/foster",
)
add(
    REC,
    PUB,
    "Did you know? Over 300 children in our region are waiting for a family. Most are between ages 9 and 17, and many are brothers and sisters.",
)
add(
    REC,
    PUB,
    "Wendy's Wonderful Kids recruiters, funded by the Dave Thomas Foundation for Adoption, help teens find permanent families. Ask us how it works.",
)
add(
    REC,
    PUB,
    "Kinship caregivers: grandparents, aunts, uncles and family friends raising kids can join support groups and get a monthly stipend. Call 1-800-555-0199.",
)
add(
    REC,
    PUB,
    "Summer is here! ☀️ Licensed foster families get free passes to the Riverside Zoo and the Science Museum through our community partners.",
)
add(
    REC,
    PUB,
    "Faith communities make great partners. Hope Church, Grace Fellowship and St. Joseph's Parish all host our info nights this spring.",
)
add(
    REC,
    PUB,
    "Foster parenting 101: you don't need to own a home, be married or have a big income. You need time, stability and an open heart. 💙",
)
add(
    REC,
    PUB,
    "Patrick Mahomes stopped by our holiday toy drive last year and signed footballs for every kid. Thank you, #15! This year's drive starts December 1.",
)
add(
    REC,
    PUB,
    "Join our Facebook Live Q&A with experienced foster parents on Tuesday at 7pm. Bring your questions about licensing, home studies and more!",
)
add(
    REC,
    PUB,
    "Every teen deserves someone to call on Thanksgiving. Mentors and weekend hosts make a real difference. Learn more at tricountycfs.org.",
)
add(
    REC,
    PUB,
    "Foster care is about reunification first. Foster families support parents too, and many stay in touch for years. Want to be that support? Info session in the Eastgate Community Center, 6pm Monday.",
)
add(
    REC,
    PUB,
    "Adoption is free through the public system, and adoptive families may qualify for a monthly subsidy and Medicaid coverage for the child until 18.",
)
add(
    REC,
    PUB,
    "Some of our waiting kids love soccer, some love anime, all of them need a family. See the Heart Gallery at the county fair, August 8–17, Expo Hall B.",
)
add(
    REC,
    PUB,
    "Meet our foster family of the year! They've welcomed 14 children into their home since 2016. Nominate a foster family you admire by May 31.",
)

# ------------------------------------------------------------------ messages to parents
add(
    MP,
    PRIV,
    "Hi [[FIRST:Rosa]], this is [[PERSON:Jenna Morales]] from CFS. Your visit with [[FIRST:Ty]] and [[FIRST:Mimi]] is confirmed for Saturday at 10 at our office. Please bring the [[CASE_DETAIL:drug screen results from your treatment program]].",
    "case01",
)
add(
    MP,
    PRIV,
    "[[FIRST:rosa]] the kids asked about you today. [[FIRST:mimi]] drew you a picture. Don't forget [[CASE_DETAIL:your court date]] is next week, call me if you need a ride.",
    "case01",
)
add(
    MP,
    SEC,
    "Ms. [[PERSON:Gonzalez]], [[FIRST:Tyler]]'s [[HEALTH:ADHD evaluation]] at [[LOCATION:New Horizons]] came back. The doctor recommends [[HEALTH:starting Focalin 5 mg]]. We need your signature on the consent form.",
    "case01",
)
add(
    MP,
    PRIV,
    "Good morning [[FIRST:Mr. Marcus]]. [[FIRST:Liyah]] wants to set up a video call with you. I checked with the facility and [[CASE_DETAIL:inmate video visits]] at [[LOCATION:Coffield]] are Tuesdays. Does that work?",
    "case02",
)
add(
    MP,
    PRIV,
    "Hi Ms. [[PERSON:Nguyen]], reminder that [[FIRST:Bobby]], [[FIRST:Lily]] and [[FIRST:Minh]] will be picked up from the [[ADDRESS:Sunrise Family Shelter]] at 3:30 for your visit. See you then.",
    "case03",
)
add(
    MP,
    PRIV,
    "[[FIRST:Thu]], the school called. [[FIRST:Lily]] has been missing a lot of days at [[SCHOOL:Hawthorne]]. Can we talk about it before the [[CASE_DETAIL:family team meeting]]?",
    "case03",
)
add(
    MP,
    PRIV,
    "[[FIRST:Tameka]], [[FIRST:Dee]]'s [[HEALTH:prenatal appointment]] is Thursday at [[LOCATION:Westlake Women's Clinic]]. She asked if you could come with her. Let me know.",
    "case04",
)
add(
    MP,
    PRIV,
    "Hola [[FIRST:Lucía]], le recuerdo que la visita con [[FIRST:Santi]] y [[FIRST:Vale]] es el sábado a las 11 en el parque. Traiga bocadillos si puede. 😊",
    "case05",
)
add(
    MP,
    PRIV,
    "Sra. [[PERSON:Herrera]], the twins' teacher at [[SCHOOL:Maple Grove]] says they are doing great in reading. Wanted to share some good news!",
    "case05",
)
add(
    MP,
    PRIV,
    "[[FIRST:Shawna]], I spoke with [[FIRST:Grandpa Joe]] and he is willing to be [[CASE_DETAIL:a kinship placement]] for [[FIRST:Kay]]. We'll need to do a [[CASE_DETAIL:home study]] at his place first.",
    "case06",
)
add(
    MP,
    PRIV,
    "Mr. [[PERSON:Kowalski]], [[FIRST:Olivia]] does not want a visit this month. Per the [[CASE_DETAIL:court order, visits stay supervised]], so I can't arrange anything at your home.",
    "case07",
)
add(
    MP,
    PRIV,
    "hi [[FIRST:jas]], [[FIRST:leek]] had a good week at preschool. his [[HEALTH:asthma inhaler]] is almost empty, can you bring the [[HEALTH:refill]] from [[LOCATION:St. Mary's]] to visit on friday?",
    "case08",
)
add(
    MP,
    PRIV,
    "[[FIRST:Jasmine]], reminder: [[FIRST:Andre]] [[CASE_DETAIL:is not allowed at visits per the protective order]]. If he shows up, the visit ends. I know it's hard. Call me anytime.",
    "case08",
)
add(
    MP,
    PRIV,
    "Assalamu alaikum [[FIRST:Huda]]. [[FIRST:Fatima]] and [[FIRST:Omar]] are settling in well. [[FIRST:Yusuf]] asked to visit on Eid, which we can arrange if you agree.",
    "case09",
)
add(
    MP,
    PRIV,
    "[[FIRST:Krystal]], [[FIRST:Ethan]] [[HEALTH:started seeing a counselor]] at [[LOCATION:Pinecrest]] this week. He said it helped. Your [[CASE_DETAIL:next UA]] is due Monday.",
    "case10",
)
add(
    MP,
    PRIV,
    "Hi, this is your caseworker. The [[CASE_DETAIL:permanency hearing]] has been moved to 9am on the 14th. Courtroom 3B. Please be on time.",
)
add(
    MP,
    PRIV,
    "Mr. [[PERSON:Abernathy]], I got your message. I can't tell you where [[FIRST:Cassidy]] is placed, but I can pass along a letter. [[CASE_DETAIL:Visits resume after your parenting class completion]].",
)
add(
    MP,
    PRIV,
    "[[FIRST:Keanu]], your [[CASE_DETAIL:case plan review]] is Thursday. Please bring proof of your AA attendance. You're doing really well.",
)
add(
    MP,
    PRIV,
    "Good afternoon, Ms. [[PERSON:Okonkwo]]. We received the [[HEALTH:paternity test results]]. I would like to go over them with you in person, not by text.",
)
add(
    MP,
    PRIV,
    "hey its [[FIRST:Marcy]] from the agency!! visit moved to 4, same place. bring [[FIRST:Jayden]]'s blue blanket pls 💙",
)
add(
    MP,
    PRIV,
    "Ms. [[PERSON:Petrosyan]], your son's [[HEALTH:hearing aid]] broke at school. The audiologist at [[LOCATION:Brightwater Clinic]] can see him Monday.",
)
add(
    MP,
    PRIV,
    "[[FIRST:Dana]], I know you're upset. The [[CASE_DETAIL:judge ordered a psychological evaluation]] before reunification. It's not a punishment. We'll get through this.",
)
add(
    MP,
    PRIV,
    "Mrs. [[PERSON:Lindgren]], thank you for calling. Your grandson can call you from [[CASE_DETAIL:his placement]] on Sundays. The number he will call from is [[PHONE:(254) 555-0137]].",
)
add(
    MP,
    SEC,
    "Hi [[PERSON:Mr. Pham]], your [[ID:Medicaid ID 500382271]] is needed for the children's dental appointment. Please send it through the secure portal, not by text.",
)
add(
    MP,
    PRIV,
    "Please call me back at [[PHONE:512 555 0166]] (that's my work cell) about [[FIRST:Emmanuel]]'s [[CASE_DETAIL:placement change]].",
)
add(
    MP,
    PRIV,
    "[[FIRST:Brittany]] your [[CASE_DETAIL:drug court]] review is at 1:30 on Wednesday. I'll meet you outside room 210.",
)
add(
    MP,
    PRIV,
    "[[PERSON:Mrs. Castellanos]], the [[CASE_DETAIL:CPS investigation]] is closed as unfounded. I'm sorry it took so long. The kids can come home Friday.",
)
add(
    MP,
    PRIV,
    "Hi [[FIRST:Wendell]]! Your daughter asked for her soccer cleats. Could you drop them off at our office at 88 Mill Road this week?",
)
add(
    MP,
    SEC,
    "[[FIRST:Patrice]], [[FIRST:Noah]]'s [[HEALTH:lead test came back at 12 µg/dL]]. The pediatrician wants a retest in 3 months and a home inspection.",
)
add(
    MP,
    PRIV,
    "Hello [[PERSON:Ms. Yazzie]], the [[CASE_DETAIL:ICWA notice]] went to the tribe today. You should hear from their child welfare office soon.",
)
add(
    MP,
    PRIV,
    "[[FIRST:Terrence]], the visit is canceled because [[FIRST:Amani]] [[HEALTH:has the flu]]. We'll make it up next week. Sorry!",
)
add(
    MP,
    PRIV,
    "The court-appointed attorney for your case is [[PERSON:Lorraine Whitcomb]]. Her number is [[PHONE:(830) 555-0193]]. Your [[ID:cause number is 24-CV-10877]].",
)
# clean parent messages
add(
    MP,
    PRIV,
    "Hi! Just confirming we're still on for Tuesday at 2. Let me know if the time needs to change.",
)
add(MP, PRIV, "Thanks for coming today. The kids were so happy. See you next week, same time.")
add(
    MP,
    PRIV,
    "Reminder: our office is closed Monday for the holiday. If it's an emergency, call the main line at (512) 555-0100 and press 0.",
)
add(
    MP,
    PRIV,
    "You can find free parenting classes on the agency website at tricountycfs.org. Let me know which one you pick and I'll sign you up.",
)
add(MP, PRIV, "Great news, the paperwork went through! I'll explain the next steps when we meet.")
add(MP, PRIV, "Running 10 min late, sorry! Traffic on the highway is terrible.")
add(
    MP,
    PRIV,
    "Here is the bus schedule for route 7. The stop by the Central Public Library is closest to our office.",
)
add(MP, PRIV, "I'll bring the forms for you to sign. Do you want them in English or Spanish?")
add(MP, PRIV, "Happy Mother's Day! I know today can be hard. I'm thinking of you.")
add(
    MP,
    PRIV,
    "Yes, you can bring a birthday cake to the visit. Please no candles in the visit room though 🎂",
)

# ------------------------------------------------------------------ messages to youth
add(
    MY,
    PRIV,
    "hey [[FIRST:liyah]]! its ms. [[PERSON:boone]]. [[FIRST:nana]] said you can stay at her place this weekend if your grades at [[SCHOOL:eastside]] stay up 😉",
    "case02",
)
add(
    MY,
    PRIV,
    "[[FIRST:Aaliyah]], I know you miss your dad. I'm working on a [[CASE_DETAIL:video visit with the prison]]. Hang in there.",
    "case02",
)
add(
    MY,
    PRIV,
    "[[FIRST:Lee-Lee]] u left ur charger at [[ADDRESS:Bright Path]] lol. [[FIRST:Ms. Linda]] has it",
    "case02",
)
add(
    MY,
    PRIV,
    "[[FIRST:dee]] i got your text. Your [[HEALTH:ultrasound]] is at 2 on friday, I'll pick you up from [[SCHOOL:jefferson]] at 1:15",
    "case04",
)
add(
    MY,
    PRIV,
    "[[FIRST:Destiny]], please don't reply to [[FIRST:JC]] on Snapchat. [[CASE_DETAIL:He's not allowed to contact you]] and I need screenshots of anything he sends.",
    "case04",
)
add(
    MY,
    PRIV,
    "Hey [[FIRST:Liv]], congrats on getting into community college!! 🎓 Let's meet at [[ADDRESS:Hope Harbor]] Thursday to do your [[CASE_DETAIL:transition plan]].",
    "case07",
)
add(
    MY,
    PRIV,
    "[[FIRST:livvy]] I saw your art account [[HANDLE:@liv.k.draws]], it's amazing, but maybe take down the post that shows your [[SCHOOL:Northview]] hoodie?",
    "case07",
)
add(
    MY,
    PRIV,
    "[[FIRST:Tima]], your brother [[FIRST:Omar]] says hi. He wants to FaceTime after school. Is 4:30 ok?",
    "case09",
)
add(
    MY,
    PRIV,
    "[[FIRST:Kay]], [[FIRST:Grandpa Joe]] is coming to your game at [[SCHOOL:Cedar Creek]] Saturday! He's so proud of you.",
    "case06",
)
add(
    MY,
    PRIV,
    "[[FIRST:Bug]] you did so good [[CASE_DETAIL:talking to the judge]] today. I know [[CASE_DETAIL:testing about what happened at home]] was scary.",
    "case10",
)
add(
    MY,
    PRIV,
    "hi [[FIRST:bobby]], do u want [[FIRST:uncle khoa]] to take you to the dentist or should I?",
    "case03",
)
add(
    MY,
    PRIV,
    "[[FIRST:Jordan]], your [[HEALTH:therapist]] [[PERSON:Dr. Kim]] moved your session to 3pm. Don't forget to [[HEALTH:take your Zoloft]] in the morning.",
)
add(
    MY,
    PRIV,
    "yo [[FIRST:marcus]] its ur worker, did u get the bus pass? lmk. also [[CASE_DETAIL:ur PO]] called me",
)
add(
    MY,
    PRIV,
    "[[FIRST:Sienna]] I'm so proud of you for [[HEALTH:30 days sober]]!! 🥳 Want to grab tacos after group?",
)
add(
    MY,
    PRIV,
    "Hey [[FIRST:Andrés]]! Your new [[ID:state ID number is 41 882 9031]], keep the card somewhere safe ok?",
)
add(
    MY,
    PRIV,
    "[[FIRST:Kenji]], I set up your email [[EMAIL:kenji.w2008@outlook.com]] for your job applications. Password is in the envelope.",
)
add(
    MY,
    PRIV,
    "[[FIRST:Brianna]]! your [[HEALTH:pregnancy test was negative]], the nurse will call you about options for [[HEALTH:birth control]] if you want.",
)
add(
    MY,
    PRIV,
    "hey [[FIRST:tay]], i know you didnt want to move. the [[CASE_DETAIL:new placement]] is with a family in [[LOCATION:Round Rock]] and they have a dog 🐶",
)
add(
    MY,
    PRIV,
    "[[FIRST:Mohammed]], please text me at [[PHONE:five one two, five five five, oh one four four]] when you get to work.",
)
add(
    MY,
    PRIV,
    "[[FIRST:Ezra]] the [[CASE_DETAIL:independent living program]] meets at 5 today, remember your laptop and your SSN card?",
)
add(
    MY,
    PRIV,
    "Hi [[FIRST:Camila]], the Zoom link for your family visit: [[HANDLE:https://zoom.us/j/93847261055?pwd=Rk9xTT]] passcode [[ID:448812]]",
)
add(
    MY,
    PRIV,
    "[[FIRST:Tavi]]!! happy [[AGE:16th birthday]] 🎂🎉 I put $20 on your card. [[FIRST:Mrs. P]] says you're making lasagna tonight",
)
add(
    MY,
    PRIV,
    "[[FIRST:Jaz]] remember no posting pics from the [[ADDRESS:shelter on Lamar]], it's for everyone's safety ok?",
)
add(
    MY,
    PRIV,
    "[[FIRST:quinn]] your [[HEALTH:HIV test]] results are in. I can't text them. Can you come by the office tomorrow?",
)
add(
    MY,
    PRIV,
    "[[FIRST:Thandiwe]], I found your [[SCHOOL:Ridgemont High]] transcript. You only need 2 credits to graduate!!",
)
add(
    MY,
    PRIV,
    "[[FIRST:Ahmad]], your [[CASE_DETAIL:asylum hearing]] is next month. The lawyer from the clinic will call you.",
)
# clean youth messages
add(MY, PRIV, "You got this! Good luck on your driver's test today 🚗")
add(MY, PRIV, "Proud of you for finishing the semester. Want to celebrate with pizza on Friday?")
add(
    MY,
    PRIV,
    "The youth advisory board meets the first Monday of every month. Free food and a $25 gift card!",
)
add(MY, PRIV, "Did you get a chance to look at the scholarship application? Deadline is March 1.")
add(
    MY,
    PRIV,
    "Here is the link to the free summer job program: tricountycfs.org/youth. Apply by May 15!",
)
add(MY, PRIV, "Thanks for telling me how you feel. I hear you. Let's talk tomorrow after school?")
add(
    MY,
    PRIV,
    "If you ever feel unsafe, call or text 988 any time, day or night. You are not alone 💜",
)
add(MY, PRIV, "Haha yes the new Spider-Man movie is good. No spoilers!!")
add(MY, PRIV, "Can you send me a pic of the permission slip? I'll sign it and get it back to you.")
add(MY, PRIV, "I'm at the front desk whenever you're ready. No rush.")
add(
    MY,
    PRIV,
    "Remember: never share your location or your school on TikTok. Keep your account private!",
)
add(MY, PRIV, "Will you be at the teen cooking class Wednesday? We're making empanadas.")

# ------------------------------------------------------------------ messages to foster parents
add(
    MFP,
    PRIV,
    "hey [[FIRST:angela]]! just a heads up, [[FIRST:tyler]] has his [[HEALTH:therapy appt]] at [[LOCATION:new horizons]] tmrw 4pm. if [[FIRST:derek]] shows up at pickup [[CASE_DETAIL:call 911, he is not allowed contact]]",
    "case01",
)
add(
    MFP,
    PRIV,
    "[[FIRST:Angie]], can you drop [[FIRST:TJ]] at [[ADDRESS:4418 Alderbrook]] for the [[CASE_DETAIL:unsupervised visit]] Sunday? Mom's in [[ADDRESS:apt 12]].",
    "case01",
)
add(
    MFP,
    PRIV,
    "Mrs. [[PERSON:Whitfield]], [[FIRST:Tylor]] told his teacher he wasn't getting lunch money. Just checking in, I'm sure it's a misunderstanding.",
    "case01",
)
add(
    MFP,
    PRIV,
    "[[FIRST:Linda]], thank you for taking [[FIRST:Aaliyah]] on short notice. Her [[HEALTH:inhaler and her Lexapro]] are in the blue bag.",
    "case02",
)
add(
    MFP,
    PRIV,
    "[[FIRST:Carol]] — [[FIRST:Destiny]] [[HEALTH:is 22 weeks along]], so no roller coasters at the church trip please 🙂 Also [[FIRST:Jamal]] [[CASE_DETAIL:can't come to the house]], call the police if he does.",
    "case04",
)
add(
    MFP,
    PRIV,
    "hi! [[FIRST:santi]] forgot his backpack at [[SCHOOL:maple grove]] again lol. [[FIRST:tia carmen]] will grab it tmrw",
    "case05",
)
add(
    MFP,
    PRIV,
    "The [[PERSON:Herreras]]' [[CASE_DETAIL:reunification trial]] starts in two weeks. We'll do a step-down schedule so [[FIRST:Vale]] and [[FIRST:Santi]] adjust.",
    "case05",
)
add(
    MFP,
    PRIV,
    "[[FIRST:Priya]], [[FIRST:Kayden]]'s grandpa wants to drop off a birthday gift at [[ADDRESS:5120 Quail Run Ct]]. Is that OK with you?",
    "case06",
)
add(
    MFP,
    PRIV,
    "[[FIRST:Deb]], [[FIRST:Malik]] has a [[HEALTH:follow up]] at [[LOCATION:St. Mary's Children's Hospital]] for his [[HEALTH:sickle cell]] on the 9th. I can drive if you need.",
    "case08",
)
add(
    MFP,
    PRIV,
    "[[FIRST:Debbie]], if anyone named [[FIRST:Dre]] calls [[PHONE:(512) 555-0148]] asking about [[FIRST:Leek]], hang up and call me. [[CASE_DETAIL:He has a no-contact order]].",
    "case08",
)
add(
    MFP,
    PRIV,
    "[[FIRST:Gloria]], [[FIRST:Ethan]]'s [[HEALTH:psychiatrist increased his Abilify]]. Watch for tiredness. [[FIRST:Aunt Brenda]] wants to visit Saturday.",
    "case10",
)
add(
    MFP,
    PRIV,
    "[[PERSON:Mrs. Benavides]], [[PERSON:Ethan Miller]]'s school ([[SCHOOL:Oak Hills]]) needs a new emergency contact form with your number.",
    "case10",
)
add(
    MFP,
    PRIV,
    "[[FIRST:Gabe]] ([[AGE:5]]) [[HEALTH:wets the bed most nights]], so please put the mattress cover on. He [[CASE_DETAIL:was removed at 2am]] and he's scared of the dark.",
)
add(
    MFP,
    PRIV,
    "[[CASE_DETAIL:New placement]] tonight: [[FIRST:Kaylee]], [[AGE:14 months]]. [[HEALTH:Allergic to peanuts]]. [[CASE_DETAIL:Mom was arrested for meth possession]]. I'll be there by 9.",
)
add(
    MFP,
    PRIV,
    "Hi Ms. [[PERSON:Abiodun]], [[FIRST:Chidi]]'s [[ID:Medicaid number is 711 430 289 B]]. The pharmacy needs it for the [[HEALTH:amoxicillin]].",
)
add(
    MFP,
    PRIV,
    "[[FIRST:Nevaeh]]'s bio mom asked to be Facebook friends with you. Please don't accept; [[CASE_DETAIL:contact is supervised only]].",
)
add(
    MFP,
    PRIV,
    "The twins' [[DOB:birthday is October 2]]. Bio dad wants to send a cake. I'll coordinate.",
)
add(
    MFP,
    PRIV,
    "[[FIRST:Riley]] has a [[CASE_DETAIL:forensic interview]] at the [[LOCATION:Children's Advocacy Center]] on Tuesday at 10. No need to stay, it takes about two hours.",
)
add(
    MFP,
    PRIV,
    "[[FIRST:Diego]] [[HEALTH:tested positive for strep]] so no daycare until Thursday. The doctor sent a note.",
)
add(
    MFP,
    PRIV,
    "Can you bring [[FIRST:Zara]] to the office Thursday? [[CASE_DETAIL:Her CASA volunteer]] wants to meet her.",
)
add(
    MFP,
    PRIV,
    "[[FIRST:Hunter]]'s [[CASE_DETAIL:dad just got out of jail]] and might try to find him. Keep his pics off your Facebook, please.",
)
add(
    MFP,
    PRIV,
    "reminder [[FIRST:abby]]'s [[HEALTH:EpiPen]] has to go to school with her every day!!",
)
add(
    MFP,
    PRIV,
    "FYI [[FIRST:Jace]]'s new school is [[SCHOOL:Pioneer Elementary]]. Enrollment code is [[ID:PX-55821]].",
)
add(
    MFP,
    PRIV,
    "[[FIRST:Mariam]] [[HEALTH:started her period]] this week and was embarrassed to tell you. Could you pick up supplies?",
)
add(
    MFP,
    PRIV,
    "The licensing inspector is coming to your home at [[ADDRESS:2211 W. Ash St.]] on Monday at 1.",
)
add(
    MFP,
    PRIV,
    "[[FIRST:Jonah]] and [[FIRST:Eli]] are [[AGE:brothers, 7 and 9]]; could you take them both for respite this weekend?",
)
add(
    MFP,
    PRIV,
    "[[FIRST:Sadie]] called her [[CASE_DETAIL:old foster mom]], [[PERSON:Mrs. Talbot]], last night. That's fine, they're [[CASE_DETAIL:approved contacts]].",
)
# clean foster-parent messages
add(
    MFP,
    PRIV,
    "Your license renewal training is due by June. There are online options on the agency portal.",
)
add(MFP, PRIV, "Thank you for everything you do! The kids are lucky to have you. 🙏")
add(
    MFP,
    PRIV,
    "Mileage reimbursement forms are due the 5th of each month. You can drop them at the front desk.",
)
add(
    MFP,
    PRIV,
    "The foster parent support group is at 7pm tonight at the Eastgate Community Center. Pizza provided!",
)
add(
    MFP, PRIV, "I'll be there around 3 for the monthly home visit. Let me know if that still works."
)
add(
    MFP,
    PRIV,
    "Great question! Yes, you can take a placement on a day trip out of county without asking. Out-of-state travel needs approval.",
)
add(
    MFP,
    PRIV,
    "Reminder that the clothing allowance was approved. You should see it on your next check.",
)
add(
    MFP,
    PRIV,
    "Free tickets for foster families to the Round Rock Express game on Sunday! Reply if you want some.",
)
add(
    MFP,
    PRIV,
    "Please remember to keep medications locked up. It's part of the licensing checklist.",
)
add(
    MFP,
    PRIV,
    "The holiday gift drive list is due December 1. Put clothing sizes and one wish item per kid.",
)
add(MFP, PRIV, "Hope you had a restful weekend! Any questions about the new respite policy?")
add(MFP, PRIV, "Our CPR and first aid class is Saturday at 9am at 88 Mill Road, second floor.")

# ------------------------------------------------------------------ foster parent forums
add(
    FF,
    PUB,
    "Our placement's little sister [[FIRST:Mia]] [[CASE_DETAIL:just got moved to a different home]] and my guy ([[AGE:10]]) is crushed. Any tips? (not naming names obviously lol) #fosterparentlife",
    "case01",
)
add(
    FF,
    PUB,
    "Anybody else have the [[PERSON:Nguyen]] kids before? The oldest ([[AGE:12]]) goes to [[SCHOOL:Roosevelt Middle]] and I need advice on homework battles 😩",
    "case03",
)
add(
    FF,
    PUB,
    "We picked up 3 littles from the [[ADDRESS:yellow house on Guadalupe and 3rd]] last night. [[CASE_DETAIL:No food in the fridge, mom was passed out]]. Praying for this family 🙏",
    "case03",
)
add(
    FF,
    PUB,
    "Prayers for our girl [[FIRST:Tima]], who [[HEALTH:had surgery today for her appendix]]. She's a fighter 💪",
    "case09",
)
add(
    FF,
    PUB,
    "so proud of our teen [[FIRST:liv]] who just got her acceptance letter!!! 4 years [[CASE_DETAIL:in care]] and she never gave up 🎓",
    "case07",
)
add(
    FF,
    PUB,
    "Update on our kiddo: [[FIRST:Kay]] made the [[SCHOOL:Cedar Creek]] basketball team! His grandpa cried. Foster wins 🏀",
    "case06",
)
add(
    FF,
    PUB,
    "Need a sitter recommendation near [[LOCATION:Hyde Park]] for a [[AGE:4yo]] placement with [[HEALTH:severe autism]]. Must be approved by the agency!",
)
add(
    FF,
    PUB,
    "vent post: bio dad [[CASE_DETAIL:failed another drug test]] and the kids are devastated. [[CASE_DETAIL:Court is Monday]]. how do you all handle this",
)
add(
    FF,
    PUB,
    "Anyone know a good pediatric dentist in [[LOCATION:Cedar Park]] that takes STAR Kids Medicaid? Our [[AGE:3-year-old]] placement has [[HEALTH:8 cavities]].",
)
add(
    FF,
    PUB,
    "Our foster son [[FIRST:Xavier]] ([[AGE:15]]) [[HEALTH:was diagnosed with bipolar disorder]] today. Looking for support groups!",
)
add(
    FF,
    PUB,
    "I'm fostering [[PERSON:Jalen Brooks]], his [[CASE_DETAIL:mom is in county jail]] until spring. He really wants to write her. Is that allowed?",
)
add(
    FF,
    PUB,
    "lil man ([[AGE:2]]) finally said 'mama' to me after 6 months. [[CASE_DETAIL:TPR hearing]] is next week. So many feelings.",
)
add(
    FF,
    PUB,
    "Hey all, our placement's [[CASE_DETAIL:CASA]] is [[PERSON:Beverly Tran]] and she's wonderful, if you get her you're lucky!",
)
add(
    FF,
    PUB,
    "Does anyone have experience with [[HEALTH:reactive attachment disorder]]? Our [[AGE:7yo]] is struggling.",
)
add(
    FF,
    PUB,
    "our [[AGE:16 y/o]] placement [[HEALTH:is 5 months pregnant]]. what do you wish you knew about supporting a [[HEALTH:pregnant]] teen in care?",
)
add(
    FF,
    PUB,
    "Shout out to the [[PERSON:Okafors]] down the street who took in two brothers [[CASE_DETAIL:from an emergency removal]] at midnight. Real heroes!!",
)
add(
    FF,
    PUB,
    "Can someone explain [[CASE_DETAIL:kinship vs. fictive kin placements]]? My neighbor's grandkids might be coming to her after [[CASE_DETAIL:the removal]].",
)
add(
    FF,
    PUB,
    "The [[AGE:9 yr old]] we have [[HEALTH:has PTSD]] from [[CASE_DETAIL:what her stepdad did]]. Fireworks are coming up. Tips??",
)
add(
    FF,
    PUB,
    "Our kiddo's caseworker is [[PERSON:Ms. Rutherford]] at the north office and honestly she never calls back. Anyone else?",
)
add(
    FF,
    PUB,
    "Just got a call for a sibling set: [[AGE:newborn]] and [[AGE:22 months]], [[CASE_DETAIL:positive tox screen at birth]]. Said yes 😅 Need a double stroller!",
)
add(
    FF,
    PUB,
    "Placement update: [[FIRST:J]] is [[CASE_DETAIL:going home to his grandma]] Friday. I'm happy and sad. Reunification is the goal, but ugh.",
)
add(
    FF,
    PUB,
    "Our teen got caught vaping at [[SCHOOL:Lakeview High]]. [[CASE_DETAIL:His PO]] says it's a violation?? help",
)
add(
    FF,
    PUB,
    "Does anyone's placement take [[HEALTH:Vyvanse]]? Ours ([[AGE:11]]) stopped eating lunch.",
)
add(
    FF,
    PUB,
    "Looking for a Black hairstylist near [[LOCATION:Pflugerville]] who's great with 4C hair for our [[AGE:8 y.o.]] daughter in care 💇🏾‍♀️",
)
add(
    FF,
    PUB,
    "Please pray for [[PERSON:baby Amelia Rose]], our foster daughter, who is [[HEALTH:in the NICU withdrawing from opioids]].",
)
add(
    FF,
    PUB,
    "Text me if you have a crib to spare, [[PHONE:737-555-0185]]. Got an [[CASE_DETAIL:emergency placement]] tonight!",
)
# clean forum posts
add(
    FF,
    PUB,
    "What's everyone's favorite way to celebrate a 'gotcha day' that respects the child's feelings about their first family?",
)
add(
    FF,
    PUB,
    "PSA: our agency's clothing closet at 88 Mill Road is restocked with winter coats in all sizes!",
)
add(
    FF,
    PUB,
    "Book recommendation: 'The Connected Child' changed how we parent. Highly recommend for new foster parents.",
)
add(FF, PUB, "How do you all explain court to little ones without making promises you can't keep?")
add(
    FF,
    PUB,
    "First placement coming next month! What should we buy ahead of time and what can wait?",
)
add(
    FF,
    PUB,
    "Reminder: never post photos of your placements' faces on public pages, even with a sticker over part of it. Ask your worker first.",
)
add(
    FF,
    PUB,
    "Any good respite providers in the tri-county area? We're licensed and can swap weekends.",
)
add(FF, PUB, "Just finished our 20 hours of training. Grace under pressure is real, y'all.")
add(
    FF,
    PUB,
    "Has anyone used the new agency app to submit mileage? The old paper form was easier, honestly.",
)
add(
    FF,
    PUB,
    "Trauma-informed parenting webinar tonight at 8pm via the state's training portal. Free CEUs!",
)
add(
    FF,
    PUB,
    "What do your teens do for summer jobs? Looking for ideas that won't interfere with visits.",
)
add(FF, PUB, "Hot take: the hardest part of fostering isn't the kids, it's the paperwork 😂")
add(
    FF,
    PUB,
    "We're hosting a potluck for foster families at Riverside Park pavilion 3 on June 7 at noon. Bring a dish!",
)
add(
    FF,
    PUB,
    "Taylor Swift tickets giveaway for teens in care, anyone know if it's legit? The post came from a random account.",
)

# ------------------------------------------------------------------ internal notes
add(
    NOTE,
    SEC,
    "[[PERSON:Tyler G.]] ([[DOB:DOB 3/14/2014]]) disclosed that [[FIRST:Derek]] [[CASE_DETAIL:hit him with a belt]] last weekend at [[ADDRESS:the Alderbrook apartment]]. [[CASE_DETAIL:Safety plan updated]]; [[FIRST:Derek]] [[CASE_DETAIL:has a no-contact order]].",
    "case01",
)
add(
    NOTE,
    SEC,
    "Case [[ID:2023-JV-0457]]: [[FIRST:Mimi]] [[HEALTH:seen for ear infection]], [[HEALTH:amoxicillin 250mg]]. Foster mom [[PERSON:Angela W.]] reports good appetite.",
    "case01",
)
add(
    NOTE,
    SEC,
    "Home visit at [[ADDRESS:310 Lockhart St]] ([[FIRST:Grandma Pearl]]). Home is clean, 2 bedrooms. [[FIRST:Pearl]] is willing to take [[FIRST:Aaliyah]] if [[CASE_DETAIL:background check clears]].",
    "case02",
)
add(
    NOTE,
    SEC,
    "[[PERSON:Marcus Washington]] [[CASE_DETAIL:incarcerated]] at [[LOCATION:Coffield Unit]], release est. 2027. [[ID:TDCJ #02291847]].",
    "case02",
)
add(
    NOTE,
    SEC,
    "Spoke with [[PERSON:Khoa Tran]] (uncle) by phone [[PHONE:(512) 555-0172]]. He can take [[FIRST:Minh]] ([[AGE:4]]) but not the older two. Mother still at [[ADDRESS:Sunrise shelter]], [[CASE_DETAIL:testing positive for fentanyl]].",
    "case03",
)
add(
    NOTE,
    SEC,
    "[[PERSON:Bao Nguen]] [[HEALTH:screened for depression (PHQ-9 score 16)]]. Referred to school counselor at [[SCHOOL:Roosevelt MS]].",
    "case03",
)
add(
    NOTE,
    SEC,
    "[[PERSON:Destiny Robinson]], [[DOB:DOB 09/12/2008]], [[HEALTH:G1P0]], EDD [[DOB:3/2]]. [[CASE_DETAIL:Alleged father]] [[PERSON:Jamal Carter]] — [[CASE_DETAIL:referred to law enforcement]].",
    "case04",
)
add(
    NOTE,
    SEC,
    "Parent [[PERSON:Lucia Herrera]] completed [[CASE_DETAIL:parenting classes]] and [[HEALTH:12 weeks of outpatient counseling]]. Recommend [[CASE_DETAIL:monitored return]] of [[FIRST:Santiago]] and [[FIRST:Valentina]].",
    "case05",
)
add(
    NOTE,
    SEC,
    "[[PERSON:Kayden Two Bears]] [[ID:tribal enrollment #88-1420]]. [[CASE_DETAIL:ICWA applies]]; tribe notified. Placed with [[PERSON:Mehta]] family, [[ADDRESS:5120 Quail Run Court]].",
    "case06",
)
add(
    NOTE,
    SEC,
    "[[FIRST:Olivia]] (k/a [[FIRST:Liv]]) [[CASE_DETAIL:ran away]] from [[ADDRESS:Hope Harbor]] [[DOB:11/3]], returned [[DOB:11/5]]. [[CASE_DETAIL:Reported to NCMEC and police]] within 24h.",
    "case07",
)
add(
    NOTE,
    SEC,
    "[[PERSON:Malik J-R]] [[HEALTH:admitted]] to [[LOCATION:St. Mary's]] for [[HEALTH:sickle cell crisis]]. Mom [[PERSON:Jasmine Reyes]] at bedside, supervised by staff.",
    "case08",
)
add(
    NOTE,
    SEC,
    "[[PERSON:Fatima Al Sayed]] reports cousin [[FIRST:Yusuf]] [[CASE_DETAIL:touched her inappropriately]]. [[CASE_DETAIL:Forensic interview scheduled]]; [[PERSON:Haddad]] barred from home.",
    "case09",
)
add(
    NOTE,
    SEC,
    "[[FIRST:Bug]] ([[FIRST:Ethan]]) placed with [[PERSON:Benavides]] at [[ADDRESS:742 Pecan St]]. [[CASE_DETAIL:Removal due to meth lab in the garage]] of the [[PERSON:Miller]] home.",
    "case10",
)
add(
    NOTE,
    SEC,
    "Client SSN [[ID:521-33-9087]], [[DOB:DOB 07/04/1989]]. [[CASE_DETAIL:Prior CPS history]] in [[LOCATION:Bexar County]].",
)
add(
    NOTE,
    SEC,
    "[[PERSON:Kimberly Stokes]], [[CASE_DETAIL:substantiated for physical abuse]]. Children [[FIRST:Cole]] ([[AGE:5]]) and [[FIRST:Harper]] ([[AGE:3]]) placed in [[CASE_DETAIL:emergency foster care]].",
)
add(
    NOTE,
    SEC,
    "Docket [[ID:2024-CP-00931]]. [[CASE_DETAIL:Adjudication hearing set for next month]].",
)
add(
    NOTE,
    SEC,
    "[[PERSON:Tomás Villanueva]], [[AGE:16]], [[CASE_DETAIL:detained]] at [[LOCATION:Gardner Betts juvenile center]] on [[CASE_DETAIL:assault charge]]. [[ID:JJ# 77410]].",
)
add(
    NOTE,
    SEC,
    "Collateral call with [[PERSON:Dr. Patel]] at [[LOCATION:Lone Star Pediatrics]] re: [[FIRST:Amina]]'s [[HEALTH:failure to thrive]]. Weight still below 3rd percentile.",
)
add(
    NOTE,
    SEC,
    "[[PERSON:J. Whitehorse]] [[CASE_DETAIL:positive for THC and alcohol]]. [[CASE_DETAIL:Visit suspended]] pending treatment intake at [[LOCATION:Serenity House]].",
)
add(
    NOTE,
    SEC,
    "Mother's new address: [[ADDRESS:1508 E. Cesar Chavez, #4]], phone [[PHONE:(512) 555-0155]]. Email [[EMAIL:lupita.ramos88@yahoo.com]].",
)
add(
    NOTE,
    SEC,
    "[[PERSON:Shanice Ford]] ([[ID:Medicaid 601 224 758]]) [[HEALTH:HIV+ on Biktarvy]], adherent. [[CASE_DETAIL:Disclosure to foster parents approved by court]].",
)
add(
    NOTE,
    SEC,
    "Youth's IG is [[HANDLE:@princess.kay_2011]], posting location. Asked her to make it private. Adult male [[HANDLE:@bigdaddy_tx]] commenting, [[CASE_DETAIL:reported for suspected grooming]].",
)
add(
    NOTE,
    SEC,
    "Relative search: found maternal aunt [[PERSON:Rochelle Dubois]] on Facebook, [[LOCATION:Lafayette, LA]]. [[CASE_DETAIL:Willing to be a placement]].",
)
add(
    NOTE,
    SEC,
    "[[PERSON:Gary Lindholm]] [[CASE_DETAIL:registered sex offender]], [[CASE_DETAIL:living in the home]] with [[AGE:6-year-old]] [[FIRST:Ava]]. [[CASE_DETAIL:Immediate removal]].",
)
add(
    NOTE,
    SEC,
    "Call from [[PERSON:Principal Okoye]] at [[SCHOOL:Dobie Middle School]]: [[FIRST:Marcus]] [[CASE_DETAIL:had bruises on both arms]]. Intake [[ID:#INT-5582913]].",
)
add(
    NOTE,
    SEC,
    "[[FIRST:Kenzie]] ([[AGE:13]]) [[HEALTH:on suicide watch]] at [[LOCATION:Austin State Hospital]] since [[DOB:2/18]]. [[HEALTH:Prozac 20mg]] started.",
)
add(
    NOTE,
    SEC,
    "[[PERSON:Ray Delgado]] passcode for visitation portal: [[ID:RD-4471-xq]]. Do not share with [[CASE_DETAIL:the restricted father]].",
)
add(
    NOTE,
    SEC,
    "Virtual visit via [[HANDLE:meet.google.com/ykd-pqrs-tuv]]; youth logged on from [[LOCATION:Kyle]] library. Mom appropriate, no concerns.",
)
add(
    NOTE,
    SEC,
    "[[PERSON:Ms. Ahmadi]] requested a Farsi interpreter for the [[CASE_DETAIL:family group conference]].",
)
# clean internal notes
add(NOTE, SEC, "Unit meeting moved to 2pm Wednesday. Please bring your caseload updates.")
add(
    NOTE,
    SEC,
    "Reminder: all client searches on social media require supervisor approval before you look.",
)
add(
    NOTE,
    SEC,
    "Training on the new records system is mandatory for all staff by the end of the quarter.",
)
add(NOTE, SEC, "Supervisors: approve pending public posts in the queue before Friday's campaign.")

# ------------------------------------------------------------------ announcements
add(
    ANN,
    PUB,
    "Our offices will be closed Thursday, November 27 and Friday, November 28 for Thanksgiving. For emergencies call 1-800-555-0199.",
)
add(
    ANN,
    PUB,
    "Welcome to our new Director of Family Services! She brings 20 years of experience in kinship care and family preservation.",
)
add(
    ANN,
    PUB,
    "The Tri-County Children and Family Services main office has moved to 1200 Commerce Street, Suite 300. Same phone: (512) 555-0100.",
)
add(
    ANN,
    PUB,
    "Report child abuse or neglect any time at 1-800-252-5400 or online. If a child is in immediate danger, call 911.",
)
add(
    ANN,
    PUB,
    "April is Child Abuse Prevention Month. Wear blue on Friday, April 4 and share a photo with #GoBlueDay!",
)
add(
    ANN,
    PUB,
    "Governor Abbott signed the kinship support bill today, expanding monthly payments to relatives raising children. A big win for families!",
)
add(
    ANN,
    PUB,
    "Thank you to the Rotary Club of Georgetown for donating 200 backpacks full of school supplies for kids in care!",
)
add(
    ANN,
    PUB,
    "June is Reunification Month. This year, 412 children in our region went home safely to their families. 💚",
)
add(
    ANN,
    PUB,
    "We're hiring caseworkers in all three counties. Starting salary $52,000, student loan forgiveness eligible. Apply at tricountycfs.org/careers.",
)
add(
    ANN,
    PUB,
    "Severe weather alert: all in-person visits are canceled today. Caseworkers will call families to reschedule.",
)
add(
    ANN,
    PUB,
    "Our new family visit center opens Monday at 88 Mill Road with four comfortable visit rooms and a playground.",
)
add(
    ANN,
    PUB,
    "Congratulations to the Class of 2025! Forty-two youth in care graduated high school this spring. We are so proud of every one of you.",
)
add(
    ANN,
    PUB,
    "Faith, Hope and Love Ministries is hosting a free coat giveaway for families Saturday from 10 to 1.",
)
add(
    ANN,
    PUB,
    "The county commissioners approved funding for two new family advocates. Thank you, Commissioner Diaz and the full court!",
)
add(
    ANN,
    PUB,
    "Today we honor our caseworkers. Thank you for the late nights, the long drives and the care you bring to every family.",
)
add(
    ANN,
    PUB,
    "New: youth in care can now get a free state ID and birth certificate through our Transition Center. Ask your worker!",
)
add(
    ANN,
    PUB,
    "Our phones will be down from 6 to 8 pm tonight for maintenance. Use info@tricountycfs.org for non-urgent questions.",
)
add(
    ANN,
    PUB,
    "Mark your calendars: National Adoption Day is Saturday, November 22. Families will finalize adoptions at the courthouse that morning.",
)
add(
    ANN,
    PUB,
    "A huge thank you to Whole Foods Market on Lamar for hosting our diaper drive. 10,000 diapers collected!",
)
add(
    ANN,
    PUB,
    "Safety tip for families: turn off location tagging on your kids' photos before posting. Learn how at tricountycfs.org/safety.",
)
add(
    ANN,
    PUB,
    "Holiday gift drive update: 600 gifts delivered! Thanks to Hope Lutheran, Temple Beth Shalom and the Islamic Center for their help.",
)
add(
    ANN,
    PUB,
    "Austin FC players visited our teen center to play FIFA and talk about goals. Thank you for showing up! ⚽",
)
add(
    ANN,
    PUB,
    "Will and June Parker Foundation grants are now open to kinship families for childcare costs. Applications due March 31.",
)
add(
    ANN,
    PUB,
    "Our parent partners, parents who once had a case with us, now mentor families going through the system. Interested? Call 512-555-0123.",
)
add(
    ANN,
    PUB,
    "The new foster parent handbook is available in English, Spanish and Vietnamese on our website.",
)
add(
    ANN,
    PUB,
    "LeBron James' I PROMISE school model inspired our new education liaison program for youth in care.",
)
add(ANN, PUB, "Closed Monday for Memorial Day. Hotline staff are available 24/7 at 1-800-555-0199.")
add(
    ANN,
    PUB,
    "Thank you to everyone who ran in the 5K for Kids at Zilker Park! You raised $18,500 for youth in care.",
)
add(
    ANN,
    PUB,
    "Free tax preparation for foster and kinship families every Tuesday in February at the Central Public Library.",
)
add(
    ANN,
    PUB,
    "Patience, Charity and Faith are the names of our three new therapy dogs at the visit center! 🐕",
)
# announcements that leak
add(
    ANN,
    PUB,
    "Congratulations to [[PERSON:Jasmine Okoro]], who graduated from [[SCHOOL:McCallum High]] after [[CASE_DETAIL:five years in foster care]]! 🎓",
)
add(
    ANN,
    PUB,
    "Happy adoption day to [[FIRST:Caleb]] ([[AGE:6]]) and his new family! After [[CASE_DETAIL:3 years in care and 4 placements]], he's home for good. ❤️",
)
add(
    ANN,
    PUB,
    "We're celebrating [[FIRST:Nia]], [[AGE:17]], who won the district science fair at [[SCHOOL:Crockett High]]! She's our youth of the month.",
)
add(
    ANN,
    PUB,
    "Shout out to foster dad [[PERSON:Luis Ortega]] for taking in [[AGE:four siblings, ages 2 to 10]] last week! Heroes live among us.",
)
add(
    ANN,
    PUB,
    "Please share: [[PERSON:Jordan Ellis]], [[AGE:15]], [[CASE_DETAIL:missing from care since Tuesday]], last seen near [[LOCATION:Southpark Meadows]]. Call 911.",
)
add(
    ANN,
    PUB,
    "Big thanks to [[PERSON:the Hendersons]] who have fostered [[CASE_DETAIL:medically fragile]] infants for 12 years!",
)
add(
    ANN,
    PUB,
    "Join us in congratulating [[FIRST:Maya]] on her reunification with her mom after [[CASE_DETAIL:mom completed rehab]]! 🎉",
)

# ------------------------------------------------------------------ events
add(
    EV,
    PUB,
    "Foster Family Fun Day 🎈 Saturday, May 17, 10am–2pm at Riverside Park. Bounce house, face painting and free lunch!",
)
add(
    EV,
    PUB,
    "Back-to-school supply giveaway for kinship families: August 2, 9am–noon at the Eastgate Community Center.",
)
add(
    EV,
    PUB,
    "Information session for prospective foster parents, Tuesday, June 10 at 6 pm, Central Public Library, 2nd floor auditorium.",
)
add(
    EV,
    PUB,
    "Teen Life Skills Workshop: cooking on a budget. Wednesday at 4:30 pm at our Transition Center, 88 Mill Road.",
)
add(
    EV,
    PUB,
    "Heart Gallery exhibit opening night at the Blanton Museum, Friday at 7. Portraits of waiting children, shared with consent.",
)
add(
    EV,
    PUB,
    "Join us at the county fair! Find our booth in the Exhibit Hall, August 8 through 17, to learn about fostering.",
)
add(
    EV,
    PUB,
    "Candlelight vigil for Child Abuse Prevention Month: April 24, 7:30 pm, on the courthouse lawn.",
)
add(
    EV,
    PUB,
    "Kinship caregiver support group meets every 2nd and 4th Thursday, 6–7:30 pm. Dinner and childcare provided.",
)
add(
    EV,
    PUB,
    "Holiday party for youth in care, December 13, 1–4 pm at the Boys & Girls Club on Fifth Street. RSVP by Dec 5.",
)
add(
    EV,
    PUB,
    "Adoption Day at the courthouse, Saturday, November 22, 9 am. Families, judges and volunteers welcome!",
)
add(
    EV,
    PUB,
    "Trauma-informed care training for foster parents: Saturdays in March, 9am–1pm, virtual. Register at tricountycfs.org/training.",
)
add(
    EV,
    PUB,
    "Family movie night: Inside Out 2 under the stars at Mueller Lake Park, Friday at dusk. Bring a blanket!",
)
add(
    EV,
    PUB,
    "Walk for Foster Care 5K, Sunday, October 5, 8 am start, Town Lake trail. Strollers and dogs welcome.",
)
add(
    EV,
    PUB,
    "Job fair for youth aging out of care, March 20, 1–5 pm at Austin Community College Highland campus.",
)
add(
    EV,
    PUB,
    "Foster parent appreciation breakfast, Friday, May 30 at 8 am at the Marriott downtown. Keynote by a former youth in care.",
)
add(
    EV,
    PUB,
    "Spanish-language information night for families interested in fostering: jueves 12 de junio, 6 pm, Biblioteca Central.",
)
add(
    EV,
    PUB,
    "Free CPR class for caregivers, Saturday, July 12, 9–11 am, Fire Station 4 community room.",
)
add(
    EV,
    PUB,
    "Pumpkin patch trip for foster families, October 18, 10am. Meet at the Round Rock Premium Outlets parking lot.",
)
add(
    EV,
    PUB,
    "Webinar: Helping kids in care stay safe online. Thursday at noon. Hosted by our digital safety team.",
)
add(
    EV,
    PUB,
    "Annual gala 'A Night of Hope' benefiting youth in care, September 27, 6 pm, Driskill Hotel ballroom.",
)
add(
    EV,
    PUB,
    "Father's Day fishing derby for dads and kids in kinship care, June 14, 7–11 am at Walter E. Long Lake.",
)
add(
    EV,
    PUB,
    "Youth advisory board listening session with the state ombudsman, Tuesday 5 pm, Zoom link on our website.",
)
add(
    EV,
    PUB,
    "Coffee and conversation for new caseworkers, first Monday of every month, 8:30 am in Conference Room C.",
)
add(
    EV,
    PUB,
    "Join Mayor Watson at the ribbon cutting for the new family visit center, Monday, 10 am.",
)
add(
    EV,
    PUB,
    "Summer camp registration for kids in care opens April 1. Camps run June and July; scholarships available.",
)
# events that leak
add(
    EV,
    PUB,
    "Come celebrate [[FIRST:Jayden]]'s [[AGE:10th birthday]] with his foster family at [[ADDRESS:their home on Willow Bend Dr]]! Cake at 3 🎂",
)
add(
    EV,
    PUB,
    "Family visit for the [[PERSON:Castillo]] kids moved to [[LOCATION:Riverside Park pavilion 2]], Saturday at noon.",
)
add(
    EV,
    PUB,
    "Graduation party for [[PERSON:Tanisha Greene]] ([[SCHOOL:LBJ Early College]]) Friday at 6! She [[CASE_DETAIL:aged out of care]] and made it.",
)
add(
    EV,
    PUB,
    "Birthday bowling for [[FIRST:Marco]] and [[FIRST:Luca]], turning [[AGE:7]] on [[DOB:Sept 9]], at [[LOCATION:Dart Bowl]]. Foster families welcome!",
)
add(
    EV,
    PUB,
    "Support group for teen moms in care: [[FIRST:Kassandra]] will share her story about [[HEALTH:her pregnancy]] at [[AGE:15]]. Thursday at 5.",
)

# ------------------------------------------------------------------ other
add(
    OTH,
    PUB,
    "Saw my neighbor [[PERSON:Ricky Dawson]] get [[CASE_DETAIL:his kids taken by CPS]] today. The little one is only [[AGE:3]]. 😢",
)
add(
    OTH,
    PRIV,
    "Email from [[EMAIL:tiffany dot harlan at gmail dot com]] asking about her [[CASE_DETAIL:case]]. Forwarding to you.",
)
add(
    OTH,
    PRIV,
    "Voicemail from [[FIRST:Grandma Dot]], call back at [[PHONE:254-555-0129]] about picking up [[FIRST:Kiki]].",
)
add(
    OTH,
    PUB,
    "Check out my girl [[FIRST:Ariana]]'s TikTok! [[HANDLE:tiktok.com/@ari_dances_09]] 💃 [[SCHOOL:Reagan HS]] dance team!",
)
add(
    OTH,
    PRIV,
    "The [[CASE_DETAIL:CASA report]] for [[PERSON:B. Okafor]] is attached. [[ID:Cause No. 23-0472-FC]].",
)
add(
    OTH,
    PRIV,
    "[[PERSON:Officer Grimes]] called: [[FIRST:Trey]] [[CASE_DETAIL:was picked up for shoplifting]] at the mall. [[PERSON:Mrs. Quintanilla]] is on her way.",
)
add(
    OTH,
    PUB,
    "My foster son's bio mom keeps messaging me from [[HANDLE:facebook.com/shawna.pruitt.7]]. Should I block her?",
)
add(
    OTH,
    PRIV,
    "fax the [[HEALTH:immunization records]] for [[PERSON:Liam O'Connell]] ([[DOB:DOB 1-22-2016]]) to the school nurse at [[PHONE:512-555-0190]]",
)
add(
    OTH,
    PRIV,
    "Reach [[PERSON:Maria Elena Soto]] at [[EMAIL:maria.e.soto [at] hotmail [dot] com]], she's the bio aunt and [[CASE_DETAIL:wants to be considered for placement]].",
)
add(
    OTH,
    PUB,
    "Parent's Venmo is [[HANDLE:@Crystal-Mayfield-12]] if anyone wants to help with the [[CASE_DETAIL:lawyer fees to get her kids back]].",
)
add(
    OTH,
    PRIV,
    "Door code for [[ADDRESS:the Willow Creek emergency shelter]] is [[ID:4417#]]. Don't text it to youth.",
)
add(
    OTH,
    PRIV,
    "[[FIRST:Deja]] texted from [[PHONE:+1 737 555 0108]] — she's [[CASE_DETAIL:run away again]], at a friend's in [[LOCATION:Del Valle]].",
)
# clean other
add(OTH, PUB, "The weather is perfect for the lake today. Have a great weekend, everyone!")
add(OTH, PRIV, "Can someone cover the front desk from 12 to 1? I have a dentist appointment.")
add(OTH, PUB, "Reminder from our IT team: we will never ask for your password by email.")
add(OTH, PRIV, "The copier on the 2nd floor is jammed again. Facilities has been notified.")
add(OTH, PUB, "Happy Fourth of July from all of us at Tri-County! Stay safe and hydrated.")
add(
    OTH,
    PUB,
    "Serena Williams said it best: 'Every woman's success should be an inspiration to another.' Happy Women's History Month!",
)
add(OTH, PRIV, "Lunch order for the unit meeting: 12 burritos, 6 veggie. Pick up at noon.")
add(OTH, PUB, "April showers bring May flowers 🌷 and our spring volunteer drive is underway!")
add(
    OTH,
    PUB,
    "Summer reading list for families: The Snowy Day, Wonder, and Hair Love. All available at the public library.",
)
add(OTH, PRIV, "Parking lot B will be repaved Saturday. Please park in lot A or on Mill Road.")


# ------------------------------------------------------------------ more case-file messages
add(
    MP,
    PRIV,
    "[[PERSON:gonzales]] family: visit is at the park by the library, sat 10am. [[FIRST:rosa]] pls confirm",
    "case01",
)
add(
    NOTE,
    SEC,
    "Mom ([[PERSON:R. Gonzalez]]) called from [[PHONE:512-555-0183]] asking for [[FIRST:Tyler]]'s new school. Did not disclose. [[CASE_DETAIL:Placement address is confidential]].",
    "case01",
)
add(
    MY,
    PRIV,
    "[[FIRST:ty]] your [[FIRST:mimi]] misses u!! video call tonight at 7 with [[FIRST:ms angie]]?",
    "case01",
)
add(
    OTH,
    PRIV,
    "Foster home: [[ADDRESS:1907 Cedar Hollow Road]], [[PHONE:512 555 0164]]. Emergency contact for the [[PERSON:Gonzalez]] siblings.",
    "case01",
)
add(
    MFP,
    PRIV,
    "[[FIRST:Linda]], [[FIRST:Aaliya]] can go to her grandma's on Saturday. [[FIRST:Pearl]]'s number is [[PHONE:737.555.0122]] if you need to coordinate.",
    "case02",
)
add(
    FF,
    PUB,
    "Our teen girl placement's grandma wants to take her for the weekend but [[CASE_DETAIL:the agency hasn't approved overnights]] yet. How long did it take for you all?",
    "case02",
)
add(
    NOTE,
    SEC,
    "[[FIRST:Liyah]] [[CASE_DETAIL:AWOL from Bright Path]] for 6 hours, found at [[FIRST:Nana]]'s. No injuries.",
    "case02",
)
add(
    MP,
    PRIV,
    "Chị [[FIRST:Thu]] ơi, [[FIRST:Bé Minh]] has a [[HEALTH:fever of 102]] and won't be at the visit today. I'm sorry.",
    "case03",
)
add(
    MFP,
    PRIV,
    "The [[PERSON:nguyens]]' uncle wants to bring pho to the visit. That's fine with me, is it fine with you?",
    "case03",
)
add(
    MY,
    PRIV,
    "[[FIRST:Dee]], [[FIRST:tameka]] wants to come to the [[HEALTH:baby shower]]. your call, no pressure 💕",
    "case04",
)
add(
    FF,
    PUB,
    "My [[AGE:16yo]] placement's ex keeps texting her from new numbers. [[CASE_DETAIL:There's a protective order]]. Do I call her caseworker or the police first?",
    "case04",
)
add(
    MFP,
    PRIV,
    "[[FIRST:Carol]], school is [[SCHOOL:Jefferson High]] not Jeffersonville. I typed it wrong on the enrollment form, sorry!",
    "case04",
)
add(
    MY,
    PRIV,
    "[[FIRST:santiago]] and [[FIRST:valentina]], happy [[AGE:8th birthday]] from your caseworker!! 🎈🎈",
    "case05",
)
add(
    NOTE,
    SEC,
    "[[PERSON:Javier Herrera]] [[CASE_DETAIL:deported]] [[DOB:1/15]]; [[CASE_DETAIL:contact via consulate only]]. Children's birth certificates requested from Jalisco.",
    "case05",
)
add(
    MFP,
    PRIV,
    "[[FIRST:tia carmen]] said she can do pickup at [[SCHOOL:maplegrove]] on tuesdays and thursdays",
    "case05",
)
add(MY, PRIV, "[[FIRST:kay]] did you get the bus pass I left with Ms. [[PERSON:Mehta]]?", "case06")
add(
    NOTE,
    SEC,
    "[[FIRST:Shawna]] [[CASE_DETAIL:entered inpatient treatment]] at [[LOCATION:Red Hawk Recovery]] on [[DOB:3/2]]. [[FIRST:Grandpa Joe]] approved for [[CASE_DETAIL:supervised visits]].",
    "case06",
)
add(
    MP,
    PRIV,
    "[[PERSON:Mr. Two Bears]], the tribe's worker will join the staffing for [[FIRST:Kayden]] on Thursday by phone.",
    "case06",
)
add(
    MY,
    PRIV,
    "hey [[FIRST:olivia]]! your [[CASE_DETAIL:extended foster care]] paperwork is signed. you can stay at [[ADDRESS:hope harbor]] till your apartment is ready",
    "case07",
)
add(
    MP,
    PRIV,
    "[[FIRST:Brian]], [[FIRST:Livvy]] said she'll call you on her birthday. Please don't message her on Instagram directly. [[CASE_DETAIL:The court order says calls only]].",
    "case07",
)
add(
    MFP,
    PRIV,
    "[[FIRST:Deb]], [[FIRST:jasmine]] wants to take [[FIRST:malik]] to the zoo for her visit. I'll supervise. Ok?",
    "case08",
)
add(
    FF,
    PUB,
    "Our [[AGE:5 y/o]] foster son's dad [[CASE_DETAIL:is not allowed near him]] but keeps showing up at preschool pickup. What do your agencies do?",
    "case08",
)
add(
    NOTE,
    SEC,
    "[[PERSON:Huda Al-Sayed]] requests [[CASE_DETAIL:placement with relative]] [[PERSON:Yusuf Haddad]] be reconsidered. Denied pending investigation.",
    "case09",
)
add(
    MFP,
    PRIV,
    "[[FIRST:Fatima]] is fasting for Ramadan, so please plan for a late dinner. [[FIRST:Omar]] isn't fasting yet.",
    "case09",
)
add(
    MP,
    PRIV,
    "Ms. [[PERSON:Miller]], [[FIRST:Ethan]]'s teacher at [[SCHOOL:Oak Hills]] wants to meet you both. Thursday at 3:15?",
    "case10",
)
add(
    FF,
    PUB,
    "Our kiddo's [[FIRST:aunt brenda]] showed up at [[SCHOOL:oak hills]] unannounced. [[CASE_DETAIL:She's not an approved contact]]. Anybody had this happen?",
    "case10",
)
add(
    MY,
    PRIV,
    "[[FIRST:ethan]] if [[FIRST:cody]] messages you, show me, ok? you're not in trouble.",
    "case10",
)
# clean messages that come with a case file (the engine must not invent findings)
add(MP, PRIV, "See you Tuesday at 10! Bring a snack if you like.", "case01")
add(MFP, PRIV, "Thanks for the update. I'll call the school tomorrow morning.", "case02")
add(MY, PRIV, "Good luck on your math test today, you studied hard 💪", "case03")
add(MP, PRIV, "Yes, Saturday works. Same place as last time.", "case05")
add(MFP, PRIV, "The visit went well. Thank you for being so flexible this week!", "case06")
add(
    MY,
    PRIV,
    "Congrats on the new job! Let me know when your first paycheck comes so we can set up your budget.",
    "case07",
)
add(MP, PRIV, "I got your voicemail and I'll call you back after my 2 o'clock meeting.", "case08")
add(MY, PRIV, "Eid Mubarak! Hope you have a wonderful day with your family.", "case09")
add(
    MFP, PRIV, "The homework packet is in the front office. Pick it up any time before 5.", "case10"
)
# more direct identifiers in many formats
add(
    NOTE,
    SEC,
    "Dad's cell: [[PHONE:(915)555-0177]]; work: [[PHONE:915 555 0178 x22]]. Prefers texts after 6.",
)
add(
    OTH,
    PRIV,
    "youth's new number is [[PHONE:seven three seven - five five five - zero one six two]] btw",
)
add(
    MP,
    PRIV,
    "[[FIRST:Alejandra]] you can reach the family advocate at [[PHONE:+1-512-555-0194]] or [[EMAIL:familyadvocate.jgarza@tricountycfs.org]].",
)
add(
    NOTE,
    SEC,
    "Grandfather [[PERSON:Walter Pickens]] email [[EMAIL:wpickens1951 at aol dot com]], lives at [[ADDRESS:RR 2 Box 118, Elgin]].",
)
add(
    MY,
    PRIV,
    "[[FIRST:Nico]] your Switch friend code is showing in your profile pic, [[ID:SW-4821-9937-0012]]. take it down, ppl can find u",
)
add(
    OTH,
    PUB,
    "Follow my foster daughter on IG [[HANDLE:@brooklynn_grace.x]]! She's [[AGE:12]] and an amazing singer 🎤",
)
add(
    NOTE,
    SEC,
    "[[PERSON:Hector Aguilar]] [[DOB:born 04/30/2011]], [[ID:SSN 621 48 1937]], [[ID:Medicaid 884211065]].",
)
add(
    MP,
    SEC,
    "Telehealth session for [[FIRST:Brayden]]: [[HANDLE:doxy.me/drwellsclinic]], Thursday 4pm. [[HEALTH:Medication check for Intuniv]].",
)
add(
    NOTE,
    SEC,
    "Youth's Discord is [[HANDLE:shadowwolf#2217]]; adult stranger [[CASE_DETAIL:asked for nude photos]]. Screenshots saved, [[CASE_DETAIL:reported to police]].",
)
add(
    OTH,
    PRIV,
    "New address for bio mom: [[ADDRESS:the blue trailer behind the Dollar General on FM 969]]. No phone yet.",
)
add(
    NOTE,
    SEC,
    "[[FIRST:Rowan]] ([[DOB:d.o.b. 12 Jan 2013]]) [[ID:school ID 2207719]]. Records release signed.",
)
add(
    MY,
    PRIV,
    "[[FIRST:Serenity]] the court zoom is [[HANDLE:zoom.us/j/5551239876]] — [[ID:passcode: kids2024]]. I'll be on too.",
)
add(
    MFP,
    PRIV,
    "The daycare pickup code for [[FIRST:Ellie]] is [[ID:8812]]. Her [[DOB:birthday is 7/19]], they may ask.",
)
add(
    NOTE,
    SEC,
    "[[PERSON:Darnell Price]], [[AGE:17]], [[ADDRESS:Room 14, Lakeside Boys Ranch]]. [[CASE_DETAIL:Placement disrupted twice this year]].",
)
add(
    OTH,
    PRIV,
    "her snap is [[HANDLE:jaylah.xoxo]] and she [[CASE_DETAIL:is meeting an older guy]] she met online, pls check",
)
add(
    NOTE,
    SEC,
    "[[PERSON:Mrs. Eleanor Fitzgerald-Hayes]] (kinship) at [[ADDRESS:Apt 3C, 415 W. 38th St]], [[PHONE:(512) 555-0111]].",
)
# single quasi identifiers: allowed with a note
add(
    FF,
    PUB,
    "How do you handle screen time with a [[AGE:13-year-old]]? Our house rules aren't working.",
)
add(
    FF,
    PUB,
    "Any recs for a good swim school in [[LOCATION:Leander]]? Asking for our whole crew of foster kids 🏊",
)
add(
    OTH,
    PUB,
    "So proud of our foster daughter, who made the honor roll at [[SCHOOL:Dobie Middle School]] this semester!",
)
add(
    FF,
    PUB,
    "What chores are reasonable for a [[AGE:6 year old]]? Our caseworker says follow the same rules as for bio kids.",
)
add(MFP, PRIV, "I'm in [[LOCATION:Manor]] for another visit, so I'll be a bit late to yours.")
add(FF, PUB, "Our [[AGE:10-year-old]] wants a phone. What age did you all allow one?")
# quasi identifiers that combine: warn
add(
    FF,
    PUB,
    "Our [[AGE:14yo]] just joined the [[SCHOOL:Westwood High]] marching band and we couldn't be prouder 🎺",
)
add(
    EV,
    PUB,
    "Come cheer on our [[AGE:11-year-old]] foster son at his [[LOCATION:Buda]] little league game this Saturday!",
)
add(
    FF,
    PUB,
    "Looking for tutors near [[LOCATION:Hutto]] for our [[AGE:9yo]] who's behind in reading.",
)


# ----------------------------------------------------------------------------- build
def parse(marked: str) -> tuple[str, list[dict]]:
    """Strip ``[[CAT:text]]`` markup; return the plain text and its spans."""
    out: list[str] = []
    spans: list[dict] = []
    pos = 0
    length = 0
    for m in MARKUP.finditer(marked):
        before = marked[pos : m.start()]
        if "[[" in before or "]]" in before:
            raise ValueError(f"broken markup near {before!r} in {marked!r}")
        out.append(before)
        length += len(before)
        tag, surface = m.group(1), m.group(2)
        category = "PERSON" if tag == "FIRST" else tag
        if category not in CATEGORIES:
            raise ValueError(f"unknown category {tag!r} in {marked!r}")
        if surface != surface.strip():
            raise ValueError(f"span with surrounding space {surface!r}")
        span = {"start": length, "end": length + len(surface), "category": category}
        if tag == "FIRST":
            span["first_name_only"] = True
        spans.append(span)
        out.append(surface)
        length += len(surface)
        pos = m.end()
    rest = marked[pos:]
    if "[[" in rest or "]]" in rest:
        raise ValueError(f"broken markup in {marked!r}")
    out.append(rest)
    text = "".join(out)
    return text, spans


def public_decision(spans: list[dict]) -> str:
    cats = {s["category"] for s in spans}
    full_person = any(s["category"] == "PERSON" and not s.get("first_name_only") for s in spans)
    if full_person or (cats & (DIRECT - {"PERSON"})) or (cats & SENSITIVE):
        return "block"
    if "PERSON" in cats:
        return "warn"
    if len(cats & QUASI) >= 2:
        return "warn"
    return "allow"


def build() -> list[dict]:
    records = []
    seen_texts: set[str] = set()
    for n, (kind, audience, marked, case, decision) in enumerate(ITEMS, start=1):
        if kind not in KINDS or audience not in AUDIENCES:
            raise ValueError(f"bad kind/audience in item {n}")
        text, spans = parse(marked)
        if text in seen_texts:
            raise ValueError(f"duplicate text: {text!r}")
        seen_texts.add(text)
        expected = decision or public_decision(spans)
        record = {
            "id": f"cw-{n:04d}",
            "kind": kind,
            "audience": audience,
            "text": text,
        }
        if case:
            if case not in CASES:
                raise ValueError(f"unknown case {case}")
            record["case_ref"] = f"cases/{case}.json"
        record["spans"] = [
            {
                "start": s["start"],
                "end": s["end"],
                "category": s["category"],
                **({"first_name_only": True} if s.get("first_name_only") else {}),
            }
            for s in spans
        ]
        record["expected_public_decision"] = expected
        records.append(record)
    return records


def main() -> int:
    records = build()
    if "--check" in sys.argv[1:]:
        # Verify the committed corpus.jsonl is exactly what the script generates.
        expected = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
        actual = (HERE / "corpus.jsonl").read_text(encoding="utf-8")
        if expected != actual:
            print("corpus.jsonl is stale: run bench/data/build_corpus.py")
            return 1
        print(f"corpus.jsonl is up to date ({len(records)} items)")
        return 0
    (HERE / "cases").mkdir(exist_ok=True)
    for name, case in CASES.items():
        (HERE / "cases" / f"{name}.json").write_text(
            json.dumps(case, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
    (HERE / "agency_config.json").write_text(
        json.dumps(AGENCY_CONFIG, indent=2) + "\n", encoding="utf-8"
    )
    with (HERE / "corpus.jsonl").open("w", encoding="utf-8") as fh:
        for record in records:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    kinds = Counter(r["kind"] for r in records)
    cats = Counter(s["category"] for r in records for s in r["spans"])
    decisions = Counter(r["expected_public_decision"] for r in records)
    clean = sum(1 for r in records if not r["spans"])
    with_case = sum(1 for r in records if "case_ref" in r)
    print(
        f"{len(records)} items, {clean} clean ({clean / len(records):.0%}), {with_case} with a case file"
    )
    print("kinds:", dict(sorted(kinds.items())))
    print("spans:", dict(sorted(cats.items())), "total", sum(cats.values()))
    print("expected public decisions:", dict(decisions))
    return 0


if __name__ == "__main__":
    sys.exit(main())
