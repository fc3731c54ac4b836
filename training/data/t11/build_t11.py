"""Training data set t11 for CaseSafe's learned HEALTH / CASE_DETAIL / PERSON tagger. Focus: case facts said in everyday words (moves, visits, court, PO, using, locked up, adopting) with look-alike clean traps.

Written for this project from the labelling rules only. Run: python training/data/t11/build_t11.py [--check]
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2] / "bench" / "data"))
from heldout_builder import write_or_check  # noqa: E402

OUT = "t11.jsonl"
PREFIX = "t11"

REC = "recruitment_post"
MP = "message_parent"
MY = "message_youth"
MFP = "message_foster_parent"
FF = "foster_forum"
NOTE = "internal_note"
ANN = "announcement"
EV = "event"
OTH = "other"
PUB = "public"
PRI = "private"
SEC = "secure"

CASES: dict[str, dict] = {
    "kowalczyk": {
        "case_id": "2025-JV-0318",
        "people": [
            {
                "name": "Nadia Kowalczyk",
                "aliases": ["Nadi"],
                "role": "child",
                "birth_date": "2011-06-02",
                "school": "Brookfield Middle School",
            },
            {
                "name": "Irena Kowalczyk",
                "aliases": [],
                "role": "parent",
                "address": "77 Sunnyvale Terrace, Unit 4B",
                "phone": "(469) 555-0147",
            },
            {"name": "Troy Haskell", "aliases": ["T"], "role": "restricted_contact"},
            {
                "name": "Delphine Achterberg",
                "aliases": ["Miss Dee"],
                "role": "foster_parent",
                "address": "2290 Wren Hollow Lane",
            },
            {"name": "Omar Seddiqi", "aliases": [], "role": "caseworker"},
        ],
        "places": ["Brookfield Middle School", "Sunnyvale Terrace"],
    },
    "tuilagi": {
        "case_id": "2024-DP-2207",
        "people": [
            {
                "name": "Sione Tuilagi",
                "aliases": ["Sio"],
                "role": "child",
                "birth_date": "2008-09-19",
                "school": "Carver Ridge High School",
            },
            {
                "name": "Malia Tuilagi",
                "aliases": ["Lia"],
                "role": "sibling",
                "birth_date": "2013-04-27",
                "school": "Pinecrest Elementary",
            },
            {"name": "Vailea Tuilagi", "aliases": [], "role": "parent"},
            {
                "name": "Losa Fonoti",
                "aliases": ["Grandma Losa"],
                "role": "relative",
                "phone": "214-555-0191",
            },
            {"name": "Hector Villasenor", "aliases": ["Mr. V"], "role": "other"},
            {"name": "Bethany Crowe", "aliases": [], "role": "caseworker"},
        ],
        "places": ["Carver Ridge High School", "Pinecrest Elementary"],
    },
    "delacroix": {
        "case_id": "2023-CP-1164",
        "people": [
            {
                "name": "Jasper Delacroix",
                "aliases": ["Jazz", "JJ"],
                "role": "child",
                "birth_date": "2019-02-11",
                "school": "Little Acorns Preschool",
            },
            {"name": "Remy Delacroix", "aliases": [], "role": "parent"},
            {
                "name": "Priya Sandoval-Hart",
                "aliases": [],
                "role": "foster_parent",
                "address": "508 Larkspur Court",
            },
            {"name": "Neil Sandoval-Hart", "aliases": [], "role": "foster_parent"},
            {"name": "Tamsin O'Rourke", "aliases": [], "role": "caseworker"},
        ],
        "places": ["Little Acorns Preschool"],
    },
}

ITEMS: list[tuple] = [
    # ---------------------------------------------------------------- batch 1
    (
        MY,
        PRI,
        "ms [[FIRST:tamsin]] i [[CASE_DETAIL:got moved again]] lol this is house #4. can u bring my charger from the old place",
        None,
        None,
    ),
    (
        MY,
        PRI,
        "idk why [[CASE_DETAIL:i cant see my dad anymore]], he didnt even do nothing this time",
        None,
        None,
    ),
    (
        FF,
        PUB,
        "Update for everyone who prayed: [[CASE_DETAIL:the judge said no]] to sending our little guy home yet. Back to waiting. 😞",
        None,
        None,
    ),
    (
        MY,
        PRI,
        "cant come to group tmrw [[CASE_DETAIL:my PO]] wants me at the office at 3",
        None,
        None,
    ),
    (
        MY,
        PRI,
        "guess what!!! [[CASE_DETAIL:im going back with my mom next month]] 🥹🥹",
        None,
        None,
    ),
    (
        MP,
        PRI,
        "[[FIRST:Wendell]], I know it was upsetting that [[CASE_DETAIL:the lady from CPS came to school]] to talk to [[FIRST:Kiara]]. That was a routine check, and I'll explain it all when we meet Thursday.",
        None,
        None,
    ),
    (
        MFP,
        PRI,
        "Hi [[FIRST:Rhonda]], bad news — [[CASE_DETAIL:the visit got canceled again]], mom didn't confirm. Can you let [[FIRST:Eli]] know gently before pickup?",
        None,
        None,
    ),
    (
        MY,
        PRI,
        "nah [[CASE_DETAIL:hes locked up]] till like summer so dont even ask me about him",
        None,
        None,
    ),
    (
        FF,
        PUB,
        "Heartbroken tonight. Our girls' mom [[CASE_DETAIL:is using again]] and they were so excited for Sunday. How do you explain that to a 6 year old?",
        None,
        None,
    ),
    (
        FF,
        PUB,
        "[[CASE_DETAIL:WE'RE ADOPTING HIM IN MARCH]]!!! 💙 Three years of court dates and it's finally happening.",
        None,
        None,
    ),
    (
        MFP,
        PRI,
        "[[FIRST:Gus]], just so you know [[CASE_DETAIL:the case is closing]] at the end of the month. We'll do a last home visit on the 22nd.",
        None,
        None,
    ),
    (
        MP,
        PRI,
        "Ms. [[PERSON:Abiodun]], per the order you are [[CASE_DETAIL:not allowed to contact him]] directly, including through his friends. Please send anything through me.",
        None,
        None,
    ),
    (
        FF,
        PUB,
        "Our foster son's [[CASE_DETAIL:mom's rights were terminated]] this morning and he keeps asking if he did something wrong. Any book recommendations?",
        None,
        None,
    ),
    (
        MY,
        PRI,
        "[[CASE_DETAIL:im staying with grandma till things settle]] so text me not my moms phone",
        None,
        None,
    ),
    # clean traps
    (
        OTH,
        PUB,
        "Got moved to a new desk at work and now I sit next to the printer. Pray for me.",
        None,
        None,
    ),
    (
        OTH,
        PUB,
        "Anyone else watching that cooking show where the judge said no to every single dessert? Brutal season.",
        None,
        None,
    ),
    (
        ANN,
        PUB,
        "Grandma's visiting for Thanksgiving so the office will close early Wednesday. Happy holidays from all of us at Tri-County!",
        None,
        None,
    ),
    (
        OTH,
        PRI,
        "can you send me the PO number for the printer paper order? accounting keeps asking",
        None,
        None,
    ),
    (
        OTH,
        PUB,
        "The visit to the aquarium got canceled again because of the storm. We'll reschedule the teen outing for next month.",
        None,
        None,
    ),
    (
        ANN,
        PUB,
        "Reminder: the building is locked up after 6pm. If you need to drop off paperwork, use the slot by the front door.",
        None,
        None,
    ),
    (
        OTH,
        PRI,
        "is anyone still using the old laptop in room 2? IT wants it back",
        None,
        None,
    ),
    (
        OTH,
        PUB,
        "Our phone case shop is closing at the end of the month after twelve years. Thank you, neighbors! Everything is 50% off.",
        None,
        None,
    ),
    (
        REC,
        PUB,
        "Some kids can't go home yet. Some just need a safe place to stay until things settle. Could that place be yours? Learn more at tricountycfs.org/foster.",
        None,
        None,
    ),
    (
        REC,
        PUB,
        "Thinking about adopting? Join our info night in March and hear from families who adopted teens through the foster care system.",
        None,
        None,
    ),
    # case: kowalczyk
    (
        NOTE,
        SEC,
        "[[PERSON:Nadia K.]] upset at [[ADDRESS:the Achterberg home]] tonight, says she [[CASE_DETAIL:hasn't seen her mom in three weeks]]. CW [[PERSON:Seddiqi]] to follow up on [[CASE_DETAIL:why the visits stopped]].",
        "kowalczyk",
        None,
    ),
    (
        MY,
        PRI,
        "mr [[PERSON:seddiqi]] when do i get to see my mom?? miss [[FIRST:dee]] said ask you. and is [[FIRST:troy]] [[CASE_DETAIL:still not allowed at the apartment]]",
        "kowalczyk",
        None,
    ),
    (
        MFP,
        PRI,
        "[[FIRST:Delphine]], the [[CASE_DETAIL:supervised visit with mom]] is back on for Saturday at the library, 10 to noon. [[FIRST:Troy]] [[CASE_DETAIL:can't be there]]; if he shows up, leave and call me.",
        "kowalczyk",
        None,
    ),
    (
        FF,
        PUB,
        "Our [[AGE:14yo]] [[FIRST:Nadi]] made honor roll at [[SCHOOL:Brookfield]]! [[CASE_DETAIL:Third school since she came into care]] and she still pulled it off 🎉",
        "kowalczyk",
        None,
    ),
    (
        MP,
        PRI,
        "Ms. [[PERSON:Kowalczyk]], [[CASE_DETAIL:the judge kept the visits supervised]] for now. If the next two drug tests are clean we can ask for unsupervised at the March hearing.",
        "kowalczyk",
        None,
    ),
    # case: tuilagi
    (
        MY,
        PRI,
        "[[FIRST:sio]] its [[FIRST:bethany]]. [[CASE_DETAIL:ur PO]] says u missed check in again. [[CASE_DETAIL:one more and its a violation]], call me back today pls",
        "tuilagi",
        None,
    ),
    (
        MY,
        PRI,
        "miss crowe can [[FIRST:lia]] come stay w me at grandma [[FIRST:losa]]s too? [[CASE_DETAIL:she got moved again]] and she hates it there",
        "tuilagi",
        None,
    ),
    (
        NOTE,
        SEC,
        "Spoke w/ [[PERSON:Losa Fonoti]] — willing to take both kids. [[CASE_DETAIL:Mom using again per grandma]]; [[CASE_DETAIL:no contact since the 3rd]]. [[CASE_DETAIL:Kinship home study]] requested.",
        "tuilagi",
        None,
    ),
    (
        FF,
        PUB,
        "Shoutout to [[FIRST:Sione]] from [[SCHOOL:Carver Ridge]] football who [[CASE_DETAIL:finished probation]] this week and walked out of the courthouse grinning. Proud of you kid.",
        "tuilagi",
        None,
    ),
    # case: delacroix
    (
        FF,
        PUB,
        "We're adopting [[FIRST:Jazz]] in March!!! [[CASE_DETAIL:His dad signed the papers]] last week and we finally have a date. 😭💙",
        "delacroix",
        None,
    ),
    (
        MFP,
        PRI,
        "[[FIRST:Priya]], quick update: [[FIRST:Remy]] [[CASE_DETAIL:is still locked up]] so there won't be a visit this month. I'll send [[FIRST:JJ]]'s drawing to him through the facility.",
        "delacroix",
        None,
    ),
    (
        NOTE,
        SEC,
        "[[PERSON:J. Delacroix]] — [[CASE_DETAIL:father incarcerated, release date unknown]]. [[CASE_DETAIL:Adoption finalization]] with [[PERSON:Sandoval-Hart]] family set for [[CASE_DETAIL:the March docket]].",
        "delacroix",
        None,
    ),
    # more everyday phrasing
    (
        MY,
        PRI,
        "my new foster lady is ok i guess. [[CASE_DETAIL:this is my 3rd house since summer]] so im not unpacking",
        None,
        None,
    ),
    (
        MY,
        PRI,
        "hey [[FIRST:dom]] its [[FIRST:keandra]] from the agency. [[CASE_DETAIL:court moved to the 18th]], ill pick u up at 8",
        None,
        None,
    ),
    (
        MP,
        PRI,
        "Mr. [[PERSON:Szabo]], I understand you're frustrated. [[CASE_DETAIL:The kids stay where they are until the next hearing]], but your Tuesday calls can keep going.",
        None,
        None,
    ),
    (
        MFP,
        PRI,
        "FYI [[FIRST:Ximena]]'s [[CASE_DETAIL:dad got picked up last night]] — if he calls the house don't put her on.",
        None,
        None,
    ),
    (
        FF,
        PUB,
        "Day 400 of being a foster mom. [[CASE_DETAIL:Bio dad finally showed up to a visit]] and our boy talked about it all night. Cautiously hopeful.",
        None,
        None,
    ),
    (
        FF,
        PUB,
        "Our little one [[CASE_DETAIL:goes home to his mom on Friday]]. I'm happy for them and I'm also a mess. Is that normal??",
        None,
        None,
    ),
    (
        MY,
        PRI,
        "i aint allowed to go to my aunts no more cuz [[CASE_DETAIL:her boyfriend is on the list]]",
        None,
        None,
    ),
    (
        MP,
        PRI,
        "Hi [[FIRST:Tavita]], the [[CASE_DETAIL:drug test the court ordered]] is Monday at 9. If you miss it, it counts as a positive.",
        None,
        None,
    ),
    (
        NOTE,
        SEC,
        "Call w/ mom: states [[CASE_DETAIL:she's been clean 90 days]], asking for more visits. [[HEALTH:Last UA negative]]. Will bring to staffing.",
        None,
        None,
    ),
    (
        MY,
        PRI,
        "[[FIRST:moe]] said [[CASE_DETAIL:his brother ran off from the group home again]] and nobody knows where he at",
        None,
        None,
    ),
    (
        FF,
        PUB,
        "Does anyone know how long it takes after [[CASE_DETAIL:the judge says reunification]]? Our girls' mom did everything on her plan and we want to prepare them.",
        None,
        None,
    ),
    (
        MFP,
        PRI,
        "[[FIRST:Marguerite]], thanks for taking [[FIRST:Teo]] on short notice. [[CASE_DETAIL:His last home fell through]] and he's pretty shaken.",
        None,
        None,
    ),
    (
        MY,
        PRI,
        "ya [[CASE_DETAIL:my mom aint getting us back]]. judge said. whatever",
        None,
        None,
    ),
    (
        MP,
        PRI,
        "[[FIRST:Corinne]], [[CASE_DETAIL:the report about the bruises was screened out]]. Nobody is coming to take the kids. I'm closing my part of it this week.",
        None,
        None,
    ),
    (
        FF,
        PUB,
        "Our [[AGE:9 year old]] asked why [[CASE_DETAIL:she can't live with her sister]]. Their worker says they're in different homes because no one could take both.",
        None,
        None,
    ),
    (
        MY,
        PRI,
        "they said [[CASE_DETAIL:i gotta do anger class for court]] before i can get my phone back smh",
        None,
        None,
    ),
    (
        MFP,
        PRI,
        "Hi [[FIRST:Benedikt]], the [[CASE_DETAIL:GAL]] wants to meet [[FIRST:Odalys]] at your house next week. Her name is [[PERSON:Fern Oyelaran]], she'll call to set it up.",
        None,
        None,
    ),
    (
        MY,
        PRI,
        "ms [[FIRST:pat]] [[CASE_DETAIL:i swear i didnt run away]], i was at my cousins the whole time ask [[FIRST:kev]]",
        None,
        None,
    ),
    (
        FF,
        PUB,
        "Placement call at 2am. [[AGE:Two brothers, 3 and 5]], [[CASE_DETAIL:police brought them in from a traffic stop]]. Running to Walmart for car seats. Foster life.",
        None,
        None,
    ),
    # traps
    (
        OTH,
        PUB,
        "My mom moved again — third apartment this year! She swears this one is the last. Housewarming Saturday.",
        None,
        None,
    ),
    (
        OTH,
        PUB,
        "Will the judge on Sunday's bake-off finally let someone win with a pie? Asking for my whole family group chat.",
        None,
        None,
    ),
    (
        ANN,
        PUB,
        "Court Appointed Special Advocates are everyday people who speak up for kids in court. Volunteer training starts in January. Ask us how to apply.",
        None,
        None,
    ),
    (
        OTH,
        PRI,
        "lol my little brother locked himself out of the car again, dad is NOT happy",
        None,
        None,
    ),
    (
        REC,
        PUB,
        "Grace, hope and a spare bedroom: that's a great start. Respite families give kids in care a weekend away. Call 1-800-555-0199.",
        None,
        None,
    ),
    (
        EV,
        PUB,
        "National Adoption Day at the county courthouse, Saturday Nov 22. Families finalizing adoptions, cake, face painting and a photo booth. Open to the public.",
        None,
        None,
    ),
    (
        OTH,
        PUB,
        "Visiting hours at the zoo changed for winter, so the Saturday group trip now leaves at 10 instead of 9.",
        None,
        None,
    ),
    (
        FF,
        PUB,
        "Question for veteran foster parents: what's in your go-bag for late night placement calls? Diapers, toothbrushes, snacks... what am I missing?",
        None,
        None,
    ),
    (
        ANN,
        PUB,
        "We're moving! Starting May 1 our west office is at 88 Mill Road. Same phone number, more parking.",
        None,
        None,
    ),
    (
        OTH,
        PRI,
        "can't make the potluck, staying with grandma till the power is back on at my place",
        None,
        None,
    ),
    (
        FF,
        PUB,
        "Tip for new foster parents: write down everything after every visit, even the small stuff. You will not remember it in six months.",
        None,
        None,
    ),
    (
        OTH,
        PUB,
        "The case for keeping libraries open late: teens need somewhere to go. Come to the council meeting Tuesday and say so.",
        None,
        None,
    ),
    (
        REC,
        PUB,
        "Reunification is the goal for most kids in care. Foster parents can be a bridge: sharing photos, cheering at school plays, texting updates to mom.",
        None,
        None,
    ),
    (
        OTH,
        PRI,
        "bill came in for the van repair, can you put it on the agency card? may need a second quote",
        None,
        None,
    ),
    (
        ANN,
        PUB,
        "Our foster parent support group meets the first Monday of each month. Topics this winter: visits, transitions, and caring for yourself.",
        None,
        None,
    ),
    (
        OTH,
        PUB,
        "Judge Judy reruns all afternoon on my day off. No regrets.",
        None,
        None,
    ),
    (
        MY,
        PRI,
        "can u take me to get my permit thursday? the dmv is open late and i may finally get to drive lol",
        None,
        None,
    ),
    # more with health mixed in
    (
        MFP,
        PRI,
        "[[FIRST:Hollis]], the [[CASE_DETAIL:visit got moved to the agency]] since dad [[CASE_DETAIL:showed up drunk last time]]. Also [[FIRST:Quinn]] [[HEALTH:needs her inhaler]] before PE.",
        None,
        None,
    ),
    (
        FF,
        PUB,
        "Anyone dealt with [[CASE_DETAIL:the caseworker changing four times in a year]]? Our [[AGE:teen]] has had to retell her story every time and it's wrecking her.",
        None,
        None,
    ),
    (
        MY,
        PRI,
        "[[FIRST:rashad]] u good? heard [[CASE_DETAIL:ur mom got arrested]] again. text me",
        None,
        None,
    ),
    (
        MP,
        PRI,
        "[[FIRST:Yusra]], good news: [[CASE_DETAIL:the court agreed to overnights]] starting the weekend of the 9th. [[FIRST:Amir]] [[HEALTH:should bring his ADHD meds]] in the labeled bottle.",
        None,
        None,
    ),
    (
        NOTE,
        SEC,
        "[[PERSON:Ignatius Mbeki-Lowe]], [[AGE:12]]. [[CASE_DETAIL:Disrupted from 4th placement]] after [[CASE_DETAIL:second runaway]]. Temp at [[ADDRESS:Harbor Light Shelter]].",
        None,
        None,
    ),
    (
        FF,
        PUB,
        "Can we talk about how [[CASE_DETAIL:the visit got canceled AGAIN]] and nobody told us until we were in the parking lot? Third time this month.",
        None,
        None,
    ),
    (
        MY,
        PRI,
        "[[CASE_DETAIL:my caseworker said my case closes when i turn 18]] so what happens to my room",
        None,
        None,
    ),
    (
        MP,
        PRI,
        "Mrs. [[PERSON:Halvorsen]], [[CASE_DETAIL:your grandson will stay with you till things settle]] with his mom. I'll drop off the kinship paperwork Monday.",
        None,
        None,
    ),
    (
        OTH,
        PUB,
        "So proud of my cousin who graduated from the police academy today! Officer in the family 💙",
        None,
        None,
    ),
]

if __name__ == "__main__":
    raise SystemExit(write_or_check(CASES, ITEMS, HERE, OUT, PREFIX) or 0)
