"""Build the held-out screening corpus (holdout.jsonl next to this file).

Written after the main corpus and kept out of the repository until the final measurement,
so the engine could not be tuned to it: it measures how the engine generalises. Same
format, markup and decision rule as bench/data/build_corpus.py (imported from there).

Run: ``python bench/data/holdout/build_holdout.py [--check]``
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
for candidate in (HERE.parent, Path("/work/main/bench/data")):
    if (candidate / "build_corpus.py").exists():
        sys.path.insert(0, str(candidate))
        break

from heldout_builder import write_or_check  # noqa: E402

CASES: dict[str, dict] = {
    "hcase1": {
        "case_id": "2025-JV-0777",
        "people": [
            {
                "name": "Jeremiah Blackwood",
                "aliases": ["Jay-Jay"],
                "role": "child",
                "birth_date": "2015-06-11",
                "school": "Dellwood Elementary",
            },
            {"name": "Nora Blackwood", "aliases": ["Nono"], "role": "sibling"},
            {
                "name": "Tasha Blackwood",
                "aliases": [],
                "role": "parent",
                "phone": "361-555-0146",
                "address": "88 Sandpiper Loop, Unit B",
            },
            {"name": "Wade Kessler", "aliases": [], "role": "restricted_contact"},
            {
                "name": "Miriam Oduya",
                "aliases": [],
                "role": "foster_parent",
                "address": "3304 Tanglewood Trail",
            },
        ],
        "places": ["Dellwood Elementary"],
    },
    "hcase2": {
        "case_id": "2024-DP-0391",
        "people": [
            {
                "name": "Paola Cisneros",
                "aliases": ["Pao"],
                "role": "child",
                "birth_date": "2010-01-27",
                "school": "Bowie Middle School",
            },
            {"name": "Ernesto Cisneros", "aliases": [], "role": "parent"},
            {"name": "Rosario Vela", "aliases": ["Abuela Chayo"], "role": "relative"},
            {"name": "Kim Sorensen", "aliases": [], "role": "foster_parent"},
        ],
        "places": ["Casa Esperanza shelter", "Bowie Middle School"],
    },
    "hcase3": {
        "case_id": "2023-JV-1604",
        "people": [
            {
                "name": "Dakota Feldman",
                "aliases": ["Kody"],
                "role": "child",
                "birth_date": "2009-09-03",
                "school": "Travis Early College High School",
            },
            {"name": "Heather Feldman", "aliases": [], "role": "parent"},
            {"name": "Robert Feldman", "aliases": ["Uncle Rob"], "role": "relative"},
            {"name": "Alicia Moreau", "aliases": [], "role": "caseworker"},
        ],
        "places": ["Pathways Youth Ranch", "Travis Early College High School"],
    },
}

ITEMS: list[tuple] = []


def add(kind, audience, text, case=None, decision=None):
    ITEMS.append((kind, audience, text, case, decision))


REC, MP, MY, MFP = "recruitment_post", "message_parent", "message_youth", "message_foster_parent"
FF, NOTE, ANN, EV, OTH = "foster_forum", "internal_note", "announcement", "event", "other"
PUB, PRIV, SEC = "public", "private", "secure"

# ------------------------------------------------------------------ recruitment posts
add(
    REC,
    PUB,
    "Say hello to [[FIRST:Lorenzo]]! At [[AGE:12]] he already bakes the best banana bread in the county and wants a family who loves board games as much as he does.",
)
add(
    REC,
    PUB,
    "[[PERSON:Kaylani Brooks-Ibarra]] ([[AGE:13]]) is a straight-A student at [[SCHOOL:Eisenhower Middle]] and a future vet. She [[CASE_DETAIL:has been in foster care since she was 6]].",
)
add(
    REC,
    PUB,
    "Brave, silly [[FIRST:Omari]] ([[AGE:7 yrs]]) [[HEALTH:has type 1 diabetes]] and manages his [[HEALTH:insulin pump]] like a pro. He needs a family ready to learn carb counting!",
)
add(
    REC,
    PUB,
    "Waiting teen: [[FIRST:Yesenia]], [[AGE:sixteen]]. Loves mariachi, plays violin in the [[SCHOOL:Lanier High orchestra]]. Call 1-800-555-0199 to ask about her.",
)
add(
    REC,
    PUB,
    "Forever family needed for [[FIRST:Tobias]] and [[FIRST:Ruby]], [[AGE:brother and sister ages 5 and 3]]. They [[CASE_DETAIL:were removed after their mother's overdose]] and need a calm, patient home.",
)
add(
    REC,
    PUB,
    "Meet [[FIRST:Khalil]] — [[AGE:15yo]], gamer, artist, [[HEALTH:on the autism spectrum]], and a loyal friend. He'd love to stay near his brother in [[LOCATION:Taylor]].",
)
add(
    REC,
    PUB,
    "[[FIRST:Ivy]] is [[AGE:4]] and loves puddles and puppies. [[FIRST:Ivy]] [[HEALTH:was born prematurely and gets physical therapy twice a week]].",
)
add(
    REC,
    PUB,
    "Thinking about adopting an older child? Teens like the ones in our Heart Gallery need a place to come home to for holidays, graduations and everything after.",
)
add(
    REC,
    PUB,
    "Single dads can foster too! Join our Tuesday night chat for men considering fostering, 7 pm at the Westside Branch Library.",
)
add(
    REC,
    PUB,
    "Do you have a spare room and a big heart? Call (512) 555-0100 or visit tricountycfs.org/foster to start your foster care journey today.",
)
add(
    REC,
    PUB,
    "Charity begins at home, and so does healing. Become a licensed foster parent in 12 weeks. Info sessions every month.",
)
add(
    REC,
    PUB,
    "Shoutout to Dallas Cowboys legend Emmitt Smith for recording our new foster parent recruitment video! 🏈",
)

# ------------------------------------------------------------------ messages to parents
add(
    MP,
    PRIV,
    "[[FIRST:Tasha]], the school nurse at [[SCHOOL:Dellwood]] called, [[FIRST:Jay-Jay]] [[HEALTH:had another nosebleed]]. He's ok. Visit still on for Thursday.",
    "hcase1",
)
add(
    MP,
    PRIV,
    "Ms. [[PERSON:Blackwood]], per the [[CASE_DETAIL:safety plan]], [[FIRST:Wade]] cannot be at the apartment during the kids' weekend visit.",
    "hcase1",
)
add(
    MP,
    PRIV,
    "hola [[FIRST:ernesto]], [[FIRST:pao]] quiere verte. la [[CASE_DETAIL:visita supervisada]] es el martes a las 4",
    "hcase2",
)
add(
    MP,
    PRIV,
    "Mr. [[PERSON:Cisneros]], your [[CASE_DETAIL:court-ordered anger management class]] starts Monday at the county annex. Please bring ID.",
    "hcase2",
)
add(
    MP,
    PRIV,
    "[[FIRST:Heather]], [[FIRST:Kody]] asked me to tell you he made honor roll at [[SCHOOL:Travis Early College]]! 🎉",
    "hcase3",
)
add(
    MP,
    PRIV,
    "Hi [[FIRST:Monique]], this is your new worker. Your [[CASE_DETAIL:six-month review hearing]] is coming up. Can we meet Friday to prepare?",
)
add(
    MP,
    PRIV,
    "[[PERSON:Mr. Adebayo]], [[FIRST:Tolu]]'s [[HEALTH:sickle cell clinic appointment]] got moved to the 21st. I'll arrange the transport.",
)
add(
    MP,
    PRIV,
    "[[FIRST:Crystal]] the [[CASE_DETAIL:hair follicle test]] came back and I need to talk to you about it in person.",
)
add(
    MP,
    PRIV,
    "Your daughter's [[HEALTH:counselor says the nightmares are less frequent]]. That's real progress, [[FIRST:Ms. Leticia]].",
)
add(
    MP,
    PRIV,
    "Call [[PERSON:Gwen Ostrowski]] at legal aid, [[PHONE:(737) 555-0131]], about [[CASE_DETAIL:your custody petition]].",
)
add(MP, PRIV, "Thanks for being on time today, it really helps the kids.")
add(MP, PRIV, "Your bus pass is at the front desk, ask for an envelope with your name on it.")
add(MP, PRIV, "Happy Father's Day. Hope you get some rest this weekend.")
add(
    MP,
    PRIV,
    "The parenting class on Thursday is canceled due to the storm. It'll be rescheduled for next week.",
)

# ------------------------------------------------------------------ messages to youth
add(
    MY,
    PRIV,
    "[[FIRST:pao]] u left your retainer at [[FIRST:abuela chayo]]'s lol. she'll bring it sunday",
    "hcase2",
)
add(
    MY,
    PRIV,
    "[[FIRST:Paola]], I know [[ADDRESS:Casa Esperanza]] is loud. I'm working on finding you a quieter placement.",
    "hcase2",
)
add(
    MY,
    PRIV,
    "[[FIRST:kody]]!! [[FIRST:uncle rob]] got approved to take you fishing saturday 🎣",
    "hcase3",
)
add(
    MY,
    PRIV,
    "[[FIRST:Dakota]], your [[CASE_DETAIL:probation officer]] wants proof you've been going to [[SCHOOL:Travis]]. Can you grab an attendance printout?",
    "hcase3",
)
add(
    MY,
    PRIV,
    "[[FIRST:Leilani]], your [[HEALTH:birth control shot]] is due next week. I can drive you to the clinic Wednesday.",
)
add(
    MY,
    PRIV,
    "yo [[FIRST:DeAndre]] text me ur new number when u get it, the old one [[PHONE:210-555-0163]] is disconnected",
)
add(
    MY,
    PRIV,
    "[[FIRST:Kimi]], great job in [[HEALTH:group therapy]] today. [[PERSON:Dr. Alvarez]] said you really opened up.",
)
add(
    MY,
    PRIV,
    "hey [[FIRST:joaquin]] your snapchat [[HANDLE:joaquin_vibes06]] is public, please switch it to friends only",
)
add(MY, PRIV, "Don't forget your work permit paperwork! The store manager needs it by Monday.")
add(MY, PRIV, "Your photo for the youth leadership award came out great. Congrats!! 🏆")
add(MY, PRIV, "We can talk about anything you want at our next meeting, no pressure.")
add(
    MY,
    PRIV,
    "The bus to the teen retreat leaves at 8 sharp from the office parking lot. Bring a sleeping bag!",
)

# ------------------------------------------------------------------ messages to foster parents
add(
    MFP,
    PRIV,
    "[[FIRST:Miriam]], [[FIRST:Nono]] [[HEALTH:has lice]], the school sent her home. Sorry! The treatment kit is in her bag.",
    "hcase1",
)
add(
    MFP,
    PRIV,
    "Please don't post [[FIRST:Jeremiah]]'s school concert video, his dad [[FIRST:Wade]] [[CASE_DETAIL:is not supposed to know where he is]].",
    "hcase1",
)
add(
    MFP,
    PRIV,
    "[[FIRST:Kim]], [[FIRST:Paola]] can go to her cousin's quinceañera if you or I am there. [[CASE_DETAIL:Dad is not allowed]].",
    "hcase2",
)
add(
    MFP,
    PRIV,
    "[[FIRST:Winston]] ([[AGE:3]]) [[HEALTH:gets Miralax every morning]], and he's [[HEALTH:allergic to amoxicillin]], please tell the daycare.",
)
add(
    MFP,
    PRIV,
    "Heads up: [[FIRST:Skylar]]'s [[CASE_DETAIL:bio mom was released from TDCJ]] yesterday. Let me know if she tries to contact you.",
)
add(
    MFP,
    PRIV,
    "[[CASE_DETAIL:Emergency placement]] needs a home tonight: [[AGE:11-year-old]] boy, [[CASE_DETAIL:police removal]], no known medical issues. Can you take him?",
)
add(MFP, PRIV, "The new placement's [[ID:Medicaid # is 7720 1493 8]], use that at the urgent care.")
add(
    MFP,
    PRIV,
    "[[FIRST:Brooke]] is welcome to text her brother at [[PHONE:(254)555-0188]], that's the [[PERSON:Lutz]] family's home line.",
)
add(MFP, PRIV, "Quarterly foster parent meeting is at noon on the 15th. Lunch is on us!")
add(MFP, PRIV, "Please send me your receipts for the school clothes by Friday.")
add(MFP, PRIV, "Thanks for taking such good care of everyone during the holidays.")
add(MFP, PRIV, "Is Tuesday or Wednesday better for your annual home review?")

# ------------------------------------------------------------------ forums
add(
    FF,
    PUB,
    "Our little guy [[FIRST:Jay-Jay]] lost his first tooth tonight!! Tooth fairy came through 🦷",
    "hcase1",
)
add(
    FF,
    PUB,
    "Does anyone know how to help a [[AGE:9yo]] who keeps asking when he can go back to [[ADDRESS:the apartment on Sandpiper]]? [[CASE_DETAIL:Mom's case plan]] isn't going well.",
    "hcase1",
)
add(
    FF,
    PUB,
    "Our [[AGE:14 year old]] placement came from [[ADDRESS:Casa Esperanza]] with nothing but a trash bag of clothes. Where do you get teen clothes on short notice?",
    "hcase2",
)
add(
    FF,
    PUB,
    "Our teen [[FIRST:Dakota]] [[CASE_DETAIL:ran away]] from [[ADDRESS:Pathways]] last year but has been doing amazing with us. Proud foster mom moment 🥹",
    "hcase3",
)
add(
    FF,
    PUB,
    "Has anyone dealt with a kiddo on [[HEALTH:Strattera]]? Ours is [[AGE:10]] and super irritable.",
)
add(
    FF,
    PUB,
    "Just found out our foster daughter [[HEALTH:has a heart murmur]]. Cardiology appt next month. Nervous!",
)
add(
    FF,
    PUB,
    "Can't believe [[PERSON:Dominic Ferreira]]'s [[CASE_DETAIL:grandma lost her kinship license]]. He's been with her 3 years!",
)
add(
    FF,
    PUB,
    "Anyone else's placement [[CASE_DETAIL:come into care because of domestic violence]]? Looking for books for a [[AGE:6yo]] about feeling safe.",
)
add(
    FF,
    PUB,
    "We're in [[LOCATION:Georgetown]] and have a spare car seat and a pack-n-play if anyone needs one.",
    decision="allow",
)
add(FF, PUB, "What are your best tips for the first night with a new placement?")
add(
    FF, PUB, "Does the agency reimburse for summer camp? Asking for our kiddo who is begging to go."
)
add(
    FF,
    PUB,
    "Shoutout to our licensing worker who came out on a Saturday to finish our renewal. Angels exist!",
)
add(FF, PUB, "Will there be another trauma-informed care class this fall? I missed the spring one.")
add(FF, PUB, "Tips for hair care on a toddler with curly hair? Coconut oil? Leave-in?")

# ------------------------------------------------------------------ internal notes
add(
    NOTE,
    SEC,
    "[[PERSON:Jeremiah Blackwood]] ([[DOB:6/11/2015]]) [[CASE_DETAIL:placed]] with [[PERSON:Oduya]] at [[ADDRESS:3304 Tanglewood Trl]]. [[FIRST:Tasha]] informed by phone at [[PHONE:361-555-0146]].",
    "hcase1",
)
add(
    NOTE,
    SEC,
    "[[PERSON:R. Vela]] (maternal grandmother) [[CASE_DETAIL:home study approved]]. [[FIRST:Paola]] may transition from [[ADDRESS:Casa Esperanza]] next week.",
    "hcase2",
)
add(
    NOTE,
    SEC,
    "[[PERSON:Dakota Feldmen]] [[HEALTH:UDS positive for cannabis]]. Discussed with [[PERSON:A. Moreau]]. [[CASE_DETAIL:Probation notified]].",
    "hcase3",
)
add(
    NOTE,
    SEC,
    "Family: [[PERSON:Brandon Lowery]] (father), SSN [[ID:433-71-2290]]; [[PERSON:Kelsey Lowery]] (mother), [[DOB:DOB 2/2/1994]]. [[CASE_DETAIL:Both arrested for child endangerment]].",
)
add(
    NOTE,
    SEC,
    "[[PERSON:Aurelio Saenz]], [[AGE:14]], [[HEALTH:admitted]] to [[LOCATION:Cross Creek Hospital]] for [[HEALTH:psychosis]]. Meds: [[HEALTH:olanzapine 5mg]].",
)
add(
    NOTE,
    SEC,
    "Cause [[ID:2025-CV-1123-B]]; [[CASE_DETAIL:TPR trial set]]. Attorney ad litem: [[PERSON:Renee Kovacs]], [[EMAIL:rkovacs@kovacslawtx.com]].",
)
add(
    NOTE,
    SEC,
    "[[PERSON:Ms. Huang]] reports that [[FIRST:Mei]] [[CASE_DETAIL:disclosed being left alone for two days]]. Referral to intake.",
)
add(
    NOTE,
    SEC,
    "Home at [[ADDRESS:the green duplex across from the Valero on Slaughter Ln]]. No working smoke detectors, [[CASE_DETAIL:needles in the bathroom]].",
)
add(
    NOTE,
    SEC,
    "Youth's [[HANDLE:instagram.com/yungkiing.512]] shows him [[CASE_DETAIL:holding a gun]]. Shared with supervisor.",
)
add(
    NOTE,
    SEC,
    "[[FIRST:Zion]] [[CASE_DETAIL:AWOL]] 2nd time this month; [[CASE_DETAIL:NCMEC report]] [[ID:#2025-118043]] filed.",
)
add(
    NOTE,
    SEC,
    "Visit log: [[FIRST:Grandma Bea]] and [[FIRST:Josie]] baked cookies. Appropriate interaction, no concerns. Next visit in two weeks.",
)
add(NOTE, SEC, "Quarterly audit of case files is due at the end of the month.")

# ------------------------------------------------------------------ announcements
add(
    ANN,
    PUB,
    "Our Round Rock office is now open Saturdays from 9 to 1 for foster parent paperwork drop-off.",
)
add(ANN, PUB, "Thank you to H-E-B for donating 300 Thanksgiving meal kits to kinship families!")
add(
    ANN,
    PUB,
    "Senator Cornyn visited our transition center to hear from youth aging out of care about housing.",
)
add(
    ANN,
    PUB,
    "New hotline hours: 24 hours a day, 7 days a week at 1-800-555-0199. Every call matters.",
)
add(
    ANN,
    PUB,
    "Joy, Hope and Grace: our theme for this year's holiday gift drive. Drop off unwrapped gifts at 88 Mill Road.",
)
add(
    ANN,
    PUB,
    "Congratulations to our staff for completing 1,200 hours of trauma-informed training this year!",
)
add(
    ANN,
    PUB,
    "Friendly reminder: never share photos of children in care with their faces visible on personal accounts.",
)
add(
    ANN,
    PUB,
    "The Texas Legislature increased kinship stipends starting September 1. Here's what families need to know.",
)
add(
    ANN,
    PUB,
    "Drew Brees and his foundation funded 50 laptops for college-bound youth in care. Thank you!",
)
add(ANN, PUB, "Office closed Friday, July 4. Have a safe and happy holiday!")
add(
    ANN,
    PUB,
    "Please welcome [[FIRST:Marisela]] and [[FIRST:Tony]], [[AGE:ages 9 and 12]], who were adopted by their aunt on Friday! After [[CASE_DETAIL:two years in foster care]] they're home. 🎉",
)
add(
    ANN,
    PUB,
    "Congrats to [[PERSON:Trevon Hayes]] from [[SCHOOL:Anderson High]], this year's youth in care scholarship winner!",
)

# ------------------------------------------------------------------ events
add(
    EV,
    PUB,
    "Fall Festival for foster and adoptive families, October 25, 3–6 pm at the Pflugerville Rec Center. Costumes encouraged!",
)
add(
    EV,
    PUB,
    "Grandparents raising grandchildren support group, every Monday at 10 am, St. Luke's Methodist fellowship hall.",
)
add(
    EV,
    PUB,
    "Prospective adoptive parent orientation, January 14 at 6 pm. Register at tricountycfs.org/training.",
)
add(
    EV,
    PUB,
    "Youth in care college tour to Texas State University, March 8. Bus leaves 7 am. Lunch included.",
)
add(EV, PUB, "Movie in the park: Coco, Friday at 8 pm at Dove Springs District Park. Free popcorn!")
add(
    EV,
    PUB,
    "Volunteer day to paint the family visit rooms, Saturday at 9 am. Pizza lunch provided!",
)
add(
    EV,
    PUB,
    "Surprise party for [[FIRST:Nayeli]]'s [[AGE:quinceañera]] at her foster home, [[ADDRESS:1214 Cypress Bend]], Saturday at 6! 💃",
)
add(
    EV,
    PUB,
    "Cheer on [[PERSON:Gabriel Ruiz]] at the regional wrestling meet for [[SCHOOL:Del Valle High]]! He [[CASE_DETAIL:just aged out of care]] and is headed to state!",
)

# ------------------------------------------------------------------ other
add(
    OTH,
    PRIV,
    "Bio mom's new email: [[EMAIL:jessicamarie.t (at) yahoo (dot) com]]. She wants updates on the [[CASE_DETAIL:reunification plan]].",
)
add(
    OTH,
    PUB,
    "My cousin's kids [[CASE_DETAIL:got taken by CPS]] from [[ADDRESS:the Pine Terrace apartments]] today, anybody know how to get them placed with family? Their names are [[FIRST:Lyric]] and [[FIRST:Messiah]].",
)
add(
    OTH,
    PRIV,
    "The gate code for [[ADDRESS:the foster home on Ridgeline]] is [[ID:*2291]], text me when you're there.",
)
add(
    OTH,
    PRIV,
    "Call back [[PERSON:Mrs. Pettigrew]] at [[PHONE:five one two - five five five - zero one nine nine]] re: her grandson's [[CASE_DETAIL:placement]].",
)
add(OTH, PUB, "Beautiful sunset over Lake Travis tonight. Grateful for this team 🧡")
add(OTH, PRIV, "Who took my stapler? Please return it to desk 14 😂")


# ----------------------------------------------------------------------------- build
if __name__ == "__main__":
    sys.exit(write_or_check(CASES, ITEMS, HERE, "holdout.jsonl", "ho"))
