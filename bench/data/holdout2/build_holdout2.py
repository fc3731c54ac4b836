"""Build the second held-out screening corpus (holdout2.jsonl next to this file).

Written from the contract and the labelling rules only, without looking at the engine or
its word lists, with names, places, drugs and phrasings that appear in neither the main
corpus nor the first held-out set: it measures how the engine generalises to text its
authors have never seen. Same format, markup and decision rule as
bench/data/build_corpus.py (imported from there).

Run: ``python bench/data/holdout2/build_holdout2.py [--check]`` (``--check`` verifies
holdout2.jsonl is current and prints the statistics without writing anything).
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

OUT = "holdout2.jsonl"
PREFIX = "h2"

CASES: dict[str, dict] = {
    "h2case1": {
        "case_id": "2025-DP-1182",
        "people": [
            {
                "name": "Anh Thu Vo",
                "aliases": ["Thu", "Tutu"],
                "role": "child",
                "birth_date": "2013-11-02",
                "school": "Harlow Intermediate School",
            },
            {"name": "Quang Vo", "aliases": ["Quangie"], "role": "sibling"},
            {
                "name": "Lien Vo",
                "aliases": [],
                "role": "parent",
                "phone": "737-555-0162",
                "address": "4410 Larkspur Court, Apt 12",
            },
            {"name": "Duane Hatfield", "aliases": [], "role": "restricted_contact"},
            {"name": "Colleen Marchetti", "aliases": [], "role": "foster_parent"},
        ],
        "places": ["Harlow Intermediate School", "Blue Heron Counseling"],
    },
    "h2case2": {
        "case_id": "2024-JV-2210",
        "people": [
            {
                "name": "Hodan Warsame",
                "aliases": ["Dodi"],
                "role": "child",
                "birth_date": "2011-04-19",
                "school": "Kestrel Ridge Middle School",
            },
            {"name": "Abdirahman Warsame", "aliases": ["Abdi"], "role": "sibling"},
            {
                "name": "Fadumo Warsame",
                "aliases": [],
                "role": "parent",
                "phone": "(737) 555-0147",
            },
            {"name": "Asha Nur", "aliases": ["Eedo Asha"], "role": "relative"},
            {"name": "Lindsay Trujillo", "aliases": [], "role": "caseworker"},
        ],
        "places": ["Kestrel Ridge Middle School", "Harmon Pediatric Clinic"],
    },
    "h2case3": {
        "case_id": "2025-JV-0315",
        "people": [
            {
                "name": "Tyrese Boyd",
                "aliases": ["Reese", "T-Bone"],
                "role": "child",
                "birth_date": "2008-08-30",
                "school": "Bastrop High School",
            },
            {"name": "Lakeisha Boyd", "aliases": [], "role": "parent"},
            {
                "name": "Odell Boyd",
                "aliases": ["Pop-Pop", "Granddaddy Odell"],
                "role": "relative",
                "address": "617 FM 969",
            },
            {"name": "Curtis Vance", "aliases": [], "role": "restricted_contact"},
        ],
        "places": ["Juniper Hall", "Bastrop High School"],
    },
    "h2case4": {
        "case_id": "2024-DP-0964",
        "people": [
            {
                "name": "Wren Zielinski",
                "aliases": ["Wrenny"],
                "role": "child",
                "birth_date": "2019-02-14",
                "school": "Little Acorns Preschool",
            },
            {"name": "Mateusz Zielinski", "aliases": ["Matty"], "role": "sibling"},
            {"name": "Danielle Zielinski", "aliases": ["Dani"], "role": "parent"},
            {"name": "Piotr Zielinski", "aliases": [], "role": "parent"},
            {"name": "Rosalind Thibodeaux", "aliases": ["Roz"], "role": "foster_parent"},
        ],
        "places": ["Little Acorns Preschool", "Bluewater Family Medicine"],
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
    "Meet [[FIRST:Dariel]]! This [[AGE:10-year-old]] goofball can name every Pokémon ever made and is teaching himself ukulele from YouTube videos.",
)
add(
    REC,
    PUB,
    "[[PERSON:Marisabel Quiñones]], [[AGE:14]], wants to be a marine biologist and swims for the [[SCHOOL:Smithville Tigers]]. She [[HEALTH:takes Lamictal for her seizures]] and manages it herself.",
)
add(
    REC,
    PUB,
    "Ready for a teen who'll beat you at chess? [[FIRST:Desmond]] ([[AGE:17]]) still hopes for a family to spend holidays with. [[CASE_DETAIL:He has moved 9 times since entering care]].",
)
add(
    REC,
    PUB,
    "Brothers [[FIRST:Kai]] and [[FIRST:Ezekiel]], [[AGE:8 and 11]], come as a pair! They live in [[LOCATION:Bastrop]] now and want to stay close to their grandparents.",
)
add(
    REC,
    PUB,
    "Sunshine in human form: [[FIRST:Paisley]], [[AGE:3]], [[HEALTH:was born with spina bifida]] and [[HEALTH:walks with forearm crutches]]. She will race you down the hallway anyway.",
)
add(
    REC,
    PUB,
    "[[FIRST:Ta'Nyah]] ([[AGE:12]]) is a poet, a big sister and a future lawyer. She [[HEALTH:is working through complex trauma with her EMDR therapist]] and deserves a steady home.",
)
add(
    REC,
    PUB,
    "More than 400 kids in our region are waiting for a permanent family. Learn about adopting from foster care at tricountycfs.org/foster.",
)
add(
    REC,
    PUB,
    "[[FIRST:Abdullahi]], [[AGE:9]], loves soccer and takes his prayer rug everywhere. A Muslim family who speaks Somali would be a dream match for him.",
)
add(
    REC,
    PUB,
    "Featured youth: [[PERSON:Jaxon Redcloud]] from [[LOCATION:Giddings]], a [[AGE:15-year-old]] welder-in-training who [[HEALTH:has an Asperger's diagnosis]] and a huge heart.",
)
add(
    REC,
    PUB,
    "Twin girls [[FIRST:Amaya]] and [[FIRST:Anaya]] ([[AGE:6]]) [[CASE_DETAIL:came into care after their dad's arrest]] and are hoping for a home together. Call 1-800-555-0199.",
)
add(
    REC,
    PUB,
    "[[FIRST:Kuba]] ([[AGE:13]]) builds drones out of junk parts. He [[HEALTH:has type 2 diabetes]] and takes [[HEALTH:metformin]] with breakfast, no big deal to him.",
)
add(
    REC,
    PUB,
    "Will you be the reason a teen graduates with family in the audience? Grace, patience and a sense of humor are all the experience you need. Call 512-555-0123.",
)
add(
    REC,
    PUB,
    "[[FIRST:Itzel]] is [[AGE:almost two]] and giggles at everything. She [[HEALTH:was exposed to opioids before birth]] and [[HEALTH:gets early intervention speech services]].",
)
add(
    REC,
    PUB,
    "Help us find a home for [[PERSON:Rashida and Kamal Mansour]], [[AGE:siblings aged 12 and 7]]. [[CASE_DETAIL:Parental rights were terminated in March]] and they are ready for adoption.",
)
add(
    REC,
    PUB,
    "Foster homes are needed in every zip code, especially homes open to teens and big sibling groups. Free info session Thursday at 6:30 pm, 88 Mill Road.",
)
add(
    REC,
    PUB,
    "Meet [[FIRST:Rocco]] ([[AGE:11]]), who [[HEALTH:is legally blind]] and reads braille faster than most kids read print. His dream: a family with a loud, friendly dog.",
)
add(
    REC,
    PUB,
    "Teen mom-to-be [[FIRST:Journee]] ([[AGE:16]]) [[HEALTH:is due in October]] and is looking for a family who will welcome her and her baby.",
)

add(
    REC,
    PUB,
    "Track star [[PERSON:Oksana Petrenko]] (born [[DOB:Oct. 9, 2009]]) runs the 800 for [[SCHOOL:Dripping Springs High]] and hopes to find a family before she turns 18.",
)

# ------------------------------------------------------------------ messages to parents
add(
    MP,
    PRIV,
    "chị [[FIRST:Lien]], [[FIRST:Thu]]'s [[HEALTH:allergist]] wants to do [[HEALTH:skin prick testing]] next week. Can you sign the consent at your visit Tuesday?",
    "h2case1",
)
add(
    MP,
    PRIV,
    "Ms. [[PERSON:Vo]], per the [[CASE_DETAIL:no-contact order]] [[FIRST:Duane]] may not attend the visit or wait in the parking lot. If he shows up the visit ends.",
    "h2case1",
)
add(
    MP,
    PRIV,
    "[[FIRST:lien]] the interpreter for ur [[CASE_DETAIL:family service plan]] meeting is confirmed for friday 10am, same room as last time",
    "h2case1",
)
add(
    MP,
    PRIV,
    "Ms. [[PERSON:Warsami]], [[FIRST:Dodi]] [[HEALTH:was seen at urgent care for a sprained wrist]] after PE. She has a brace and is fine, just grumpy.",
    "h2case2",
)
add(
    MP,
    PRIV,
    "Salaam [[FIRST:Fadumo]], [[FIRST:Abdi]]'s [[HEALTH:hemoglobin came back low]] so the doctor started him on [[HEALTH:iron drops]]. He is ok, just tired.",
    "h2case2",
)
add(
    MP,
    SEC,
    "[[FIRST:Fadumo]], your [[CASE_DETAIL:hair strand test]] came back negative 🙌 I'm putting in the request to [[CASE_DETAIL:move to unsupervised visits]].",
    "h2case2",
)
add(
    MP,
    PRIV,
    "Ms [[PERSON:Boyd]], [[FIRST:Reese]] [[CASE_DETAIL:went missing]] from [[ADDRESS:Juniper Hall]] last night and a [[CASE_DETAIL:runaway report]] is filed with [[LOCATION:Bastrop PD]]. If he contacts you please call me right away.",
    "h2case3",
)
add(
    MP,
    PRIV,
    "[[FIRST:Lakeisha]], [[FIRST:Tyrese]]'s [[CASE_DETAIL:probation officer]] wants a family meeting before the [[CASE_DETAIL:detention hearing]] on the 14th.",
    "h2case3",
)
add(
    MP,
    PRIV,
    "Hey [[FIRST:Dani]], [[FIRST:Wrenny]]'s [[HEALTH:ear tube surgery]] went great and she's already asking for popsicles. ENT wants a follow up in 3 wks.",
    "h2case4",
)
add(
    MP,
    PRIV,
    "Mr. [[PERSON:Zielinski]], the [[CASE_DETAIL:permanency hearing]] is reset to Nov 20. Your [[CASE_DETAIL:court-appointed attorney]] will call you this week.",
    "h2case4",
)
add(
    MP,
    PRIV,
    "[[FIRST:piotr]] pls bring the [[HEALTH:nebulizer]] and the [[HEALTH:budesonide vials]] to the visit, [[FIRST:matty]] left them at ur place",
    "h2case4",
)
add(
    MP,
    PRIV,
    "Hi, just confirming our meeting tomorrow at 2. Call the main line at (512) 555-0100 if anything changes.",
)
add(
    MP,
    PRIV,
    "Good morning! The parenting class you asked about meets Wednesdays at 88 Mill Road, no sign-up needed.",
)
add(
    MP,
    SEC,
    "Ms. [[PERSON:Jean-Louis]], I'm sorry to tell you the [[CASE_DETAIL:investigation finding is Reason to Believe for neglectful supervision]]. You can request an administrative review within 45 days.",
)
add(
    MP,
    PRIV,
    "[[FIRST:Yolanda]], we got the [[HEALTH:psych eval]] back for [[FIRST:Beto]]. The psychologist thinks [[HEALTH:it's ADHD combined type plus generalized anxiety]], let's go over it in person.",
)
add(
    MP,
    PRIV,
    "Thank you for coming today. You did a great job with the kids, and I know that wasn't easy.",
)

add(
    MP,
    PRIV,
    "Mr. [[PERSON:Huynh]], I have your email as [[EMAIL:dhuynh.nails@outlook.com]], is that still right? The [[CASE_DETAIL:court report]] goes out Friday.",
)
add(
    MP,
    PRIV,
    "Questions about licensing? Email fostercare@tricountycfs.org or call 512-555-0123 and ask for the licensing desk.",
)

# ------------------------------------------------------------------ messages to youth
add(
    MY,
    PRIV,
    "hey [[FIRST:reese]] u ok? nobody is mad, just want to know ur safe. text me back or call [[FIRST:pop-pop]]",
    "h2case3",
)
add(
    MY,
    PRIV,
    "[[FIRST:Tyrese]], your [[CASE_DETAIL:juvenile court date]] got moved to the 22nd. Wear the collared shirt and we'll go over the [[CASE_DETAIL:terms of your probation]] before.",
    "h2case3",
)
add(
    MY,
    PRIV,
    "Hi [[FIRST:Hodan]]! Proud of you for [[HEALTH:finishing your 8 weeks of DBT group]] at [[LOCATION:Harmon]]. Want to get boba Saturday?",
    "h2case2",
)
add(
    MY,
    PRIV,
    "[[FIRST:dodi]] dont forget ur [[HEALTH:Concerta]] before school tmrw, [[FIRST:eedo asha]] said u skipped it twice 😬",
    "h2case2",
)
add(
    MY,
    PRIV,
    "[[FIRST:Thu]], I know moving to [[PERSON:Mrs. Marchetti]]'s house was a lot. [[CASE_DETAIL:Your visits with your mom stay the same]], every Tuesday.",
    "h2case1",
)
add(
    MY,
    PRIV,
    "Hey [[FIRST:Nasir]], got your text. I can't follow you on IG ([[HANDLE:@nasir.wrld]]) from my work account but you can always reach me here 👍",
)
add(
    MY,
    SEC,
    "[[FIRST:Kiona]], your [[HEALTH:Nexplanon]] appointment at [[LOCATION:the Planned Parenthood on Ben White]] is Wednesday 3:15. I'll pick you up from practice.",
)
add(
    MY,
    PRIV,
    "hi [[FIRST:jojo]]! ur [[ID:student ID is 200487113]] for the bus pass, screenshot it so u have it",
)
add(
    MY,
    PRIV,
    "[[FIRST:Santino]], the [[CASE_DETAIL:transition plan meeting]] for [[AGE:your 18th]] is May 2 at our office. Bring whoever you want on your team!",
)
add(
    MY,
    PRIV,
    "Reminder: the teen cooking class is tonight at 6 at 88 Mill Road. Pizza dough from scratch!",
)
add(MY, PRIV, "Great job this week!! So proud of you 💪")
add(MY, PRIV, "Hope you had fun at the Spurs game! Did Wemby dunk on anybody?")
add(
    MY,
    PRIV,
    "[[FIRST:Delfina]], your [[HEALTH:strep test was positive]], so the nurse is calling in [[HEALTH:cefdinir]]. Take all of it even when you feel better ok?",
)
add(
    MY,
    PRIV,
    "hey [[FIRST:malachi]] ur [[CASE_DETAIL:PO]] called, said u missed check in again. if u miss the next one its a [[CASE_DETAIL:violation]] and they can [[CASE_DETAIL:put u back in detention]]. call me",
)
add(
    MY,
    PRIV,
    "[[FIRST:Yareli]], the [[HEALTH:sertraline]] refill is ready at the pharmacy. The [[HEALTH:psychiatrist]] wants to see you in 4 weeks to check the dose.",
)
add(
    MY,
    PRIV,
    "What size shoes do you wear now? Trying to get everyone's back-to-school stuff together.",
)

add(
    MY,
    PRIV,
    "[[FIRST:dodi]] i made u a new email for ur college apps: [[EMAIL:hodan.warsame.2011@gmail.com]], password is in ur backpack",
    "h2case2",
)
add(
    MY,
    PRIV,
    "[[FIRST:Brisa]], [[HANDLE:@brisa.xo__]] is public again 😬 please switch it back to private, one pic shows ur [[SCHOOL:Lehman High]] uniform",
)

# ------------------------------------------------------------------ messages to foster parents
add(
    MFP,
    PRIV,
    "[[FIRST:Colleen]], the allergist confirmed [[FIRST:Thu]] [[HEALTH:is allergic to tree nuts]]; please keep the [[HEALTH:Auvi-Q]] in her backpack.",
    "h2case1",
)
add(
    MFP,
    PRIV,
    "Heads up [[FIRST:colleen]], [[FIRST:duane]] [[CASE_DETAIL:has been messaging]] [[FIRST:thu]] on snapchat even though there's a [[CASE_DETAIL:protective order]]. Screenshot everything, don't reply.",
    "h2case1",
)
add(
    MFP,
    PRIV,
    "[[FIRST:Roz]], [[FIRST:Wren]] needs her [[HEALTH:Orapred]] twice a day for 5 days after this [[HEALTH:asthma flare]]. Pharmacy says it's ready after 3.",
    "h2case4",
)
add(
    MFP,
    PRIV,
    "Hi [[PERSON:Mrs. Thibodeaux]], [[PERSON:Piotr Zielinski]] [[CASE_DETAIL:was arrested Saturday]], so Sunday's visit is cancelled. Please don't share details with the kids yet.",
    "h2case4",
)
add(
    MFP,
    PRIV,
    "[[FIRST:rosalind]] [[FIRST:matty]]'s [[HEALTH:speech eval]] at [[LOCATION:Bluewater Family Medicine]] is thursday 9:40, can u take him or should I",
    "h2case4",
)
add(
    MFP,
    PRIV,
    "[[FIRST:Bernadette]], [[FIRST:Ousmane]]'s [[HEALTH:blood lead level came back at 12]]. The pediatrician wants a recheck in 3 months.",
)
add(
    MFP,
    PRIV,
    "Please give [[FIRST:Rafa]] his [[HEALTH:guanfacine]] at bedtime, not in the morning, it knocks him out lol",
)
add(
    MFP,
    PRIV,
    "Mr. and Mrs. [[PERSON:Haverford]], the [[CASE_DETAIL:placement disruption]] paperwork is done. I'll pick up [[FIRST:Tavion]] Friday at 4 and take him to [[CASE_DETAIL:the emergency shelter]].",
)
add(
    MFP,
    PRIV,
    "[[FIRST:Marguerite]], when the [[HEALTH:CGM]] alarms at night it means [[FIRST:Elian]]'s [[HEALTH:blood sugar is dropping]]. Give 15g of fast carbs and recheck in 15 min.",
)
add(
    MFP,
    SEC,
    "[[FIRST:Dolores]], [[FIRST:Beatriz]] [[CASE_DETAIL:made an outcry of sexual abuse by her stepdad]] at school today. Investigator [[PERSON:Ron Whitlock]] will call you. Please don't question her about it.",
)
add(
    MFP,
    PRIV,
    "Your mileage reimbursement went out today. Thanks for all the driving this month!",
)
add(
    MFP,
    PRIV,
    "The trauma-informed parenting training is Saturday 9–12 at 1200 Commerce Street, Suite 300. Childcare provided!",
)
add(
    MFP,
    PRIV,
    "Can you send me the receipts for the school supplies by Friday? Finance needs them for the quarter.",
)
add(
    MFP,
    PRIV,
    "FYI the eye doctor said [[FIRST:Quinton]] [[HEALTH:has amblyopia]] and has to [[HEALTH:patch his left eye]] two hours a day. Glasses come in next week.",
)
add(
    MFP,
    PRIV,
    "Hi [[FIRST:Asha]], the judge signed the [[CASE_DETAIL:kinship placement extension]] today, so [[FIRST:Hodan]] and [[FIRST:Abdi]] stay with you through June.",
    "h2case2",
)
add(
    MFP,
    PRIV,
    "[[FIRST:roz]] [[FIRST:dani]] asked if she can call [[FIRST:wren]] on her bday, [[DOB:feb 14]]. thats fine as long as it's on speaker",
    "h2case4",
)

add(
    MFP,
    PRIV,
    "[[FIRST:Colleen]], [[FIRST:Tutu]] has missed 3 days at [[SCHOOL:Harlow Intermediate]] this month. Is she ok?",
    "h2case1",
)

# ------------------------------------------------------------------ foster-parent forum
add(
    FF,
    PUB,
    "What's everyone's go-to meal for the first night with a new kiddo? I'm thinking tacos.",
)
add(FF, PUB, "Has anyone been to the Thinkery's free family night? Worth the parking hassle?")
add(
    FF,
    PUB,
    "Our [[AGE:5yo]] [[HEALTH:was just diagnosed with FASD]] and I'm drowning in reading. Book recs for parents, please?",
)
add(
    FF,
    PUB,
    "Any tips for [[HEALTH:night terrors]]? Our new placement ([[AGE:7]]) [[CASE_DETAIL:came from a home with a lot of DV]] and wakes up screaming most nights.",
)
add(
    FF,
    PUB,
    "Looking for a child psychiatrist in [[LOCATION:San Marcos]] who takes STAR Health. Ours retired and our teen [[HEALTH:needs her lithium levels monitored]].",
)
add(
    FF,
    PUB,
    "Shout out to the volunteers who ran the clothing closet Saturday. My kids came home with winter coats!",
)
add(
    FF,
    PUB,
    "Our kiddo's bio mom [[CASE_DETAIL:relapsed on heroin]] and the [[CASE_DETAIL:plan just changed to adoption]]. How do you help a [[AGE:9-year-old]] grieve a parent who's still alive?",
)
add(
    FF,
    PUB,
    "Who else has a teen on [[HEALTH:Seroquel]]? The [[HEALTH:weight gain]] is rough for ours and she's really self-conscious.",
)
add(FF, PUB, "Free diapers (size 4 and 5) to anyone fostering, porch pickup, message me.")
add(
    FF,
    PUB,
    "The [[CASE_DETAIL:termination trial]] for our two littles is finally over. Adoption day in the spring!!",
)
add(
    FF,
    PUB,
    "Does STAR Health cover sedation dentistry for a kid with [[HEALTH:sensory processing disorder]]? Our [[AGE:4 y/o]] can't handle the chair.",
)
add(
    FF,
    PUB,
    "Any recommendations for a hair braider who's good with little ones? Saturdays preferred.",
)
add(
    FF,
    PUB,
    "[[LOCATION:Luling]] foster mama here, anyone want to start a carpool to the visitation center in [[LOCATION:Seguin]]?",
)
add(
    FF,
    PUB,
    "Our son ([[AGE:14]]) is [[HEALTH:moving to a residential treatment center]] next week after [[HEALTH:his third psych hospitalization]]. I feel like I failed him.",
)
add(FF, PUB, "Grace, patience and coffee. That's the post. ☕")
add(
    FF,
    PUB,
    "Our [[AGE:toddler]] placement [[HEALTH:has hep C antibodies from birth]] and the daycare is freaking out. What are our rights here?",
)
add(
    FF,
    PUB,
    "[[FIRST:Makena]] (our [[AGE:6 month old]]) [[CASE_DETAIL:goes home to her mom on Friday]]. Happy and crushed at the same time.",
)

add(
    FF,
    PUB,
    "Selling our outgrown crib and changing table, cheap! DM me on IG [[HANDLE:@fostering.the.floreses]]",
)

# ------------------------------------------------------------------ internal notes
add(
    NOTE,
    SEC,
    "[[PERSON:Anh Thu Vo]] ([[DOB:DOB 11/02/2013]]) seen at [[LOCATION:Blue Heron Counseling]]; [[HEALTH:dx adjustment disorder w/ anxiety]], [[HEALTH:CBT weekly]].",
    "h2case1",
)
add(
    NOTE,
    SEC,
    "Case [[ID:2025-DP-1182]]. Mother [[CASE_DETAIL:completed parenting classes]]; [[CASE_DETAIL:UA 6/3 neg]]. Recommend [[CASE_DETAIL:monitored return]] at the [[CASE_DETAIL:permanency hearing]].",
    "h2case1",
)
add(
    NOTE,
    SEC,
    "[[PERSON:Hatfield]] [[CASE_DETAIL:violated the protective order]] by showing up at [[ADDRESS:4410 Larkspur Ct]] on 6/12. [[CASE_DETAIL:Police report]] [[ID:#24-118730]].",
    "h2case1",
)
add(
    NOTE,
    SEC,
    "[[PERSON:H. Warsame]] [[HEALTH:BMI 31]], [[HEALTH:A1c 6.2]]; referred to peds endocrine for [[HEALTH:prediabetes]].",
    "h2case2",
)
add(
    NOTE,
    SEC,
    "Intake [[ID:INT-77402215]]: nurse at [[SCHOOL:Kestrel Ridge]] reports [[FIRST:Abdirahman]] [[CASE_DETAIL:had a loop-shaped bruise on his thigh]]; [[CASE_DETAIL:child states mom hit him with a phone cord]].",
    "h2case2",
)
add(
    NOTE,
    SEC,
    "[[PERSON:Tyrese Boyd]], [[AGE:16]], [[CASE_DETAIL:adjudicated delinquent for burglary of a habitation]]; [[CASE_DETAIL:disposition: 12 mo probation]] with [[CASE_DETAIL:ankle monitor]].",
    "h2case3",
)
add(
    NOTE,
    SEC,
    "[[FIRST:Granddaddy Odell]] assessed for [[CASE_DETAIL:kinship placement]]; [[CASE_DETAIL:criminal history: 1998 DWI]], waiver submitted. Home at [[ADDRESS:617 FM 969]] has room for both boys.",
    "h2case3",
)
add(
    NOTE,
    SEC,
    "[[PERSON:Vance]] [[CASE_DETAIL:released from jail]] in [[LOCATION:Hays County]] 8/2; [[CASE_DETAIL:bond conditions prohibit contact]] with [[FIRST:T-Bone]] or the [[PERSON:Boyd]] household.",
    "h2case3",
)
add(
    NOTE,
    SEC,
    "[[PERSON:Wren Zielinski]] [[HEALTH:ex-28-weeker]], [[HEALTH:hx BPD (bronchopulmonary dysplasia)]], [[HEALTH:on Pulmicort nebs]]. [[ID:Medicaid #7731 0045 9]].",
    "h2case4",
)
add(
    NOTE,
    SEC,
    "[[PERSON:Danielle Z.]] [[CASE_DETAIL:positive for benzos and oxycodone]] on [[DOB:2/14/19]]; [[CASE_DETAIL:infant removed at the hospital]] and [[HEALTH:treated for NAS]]. The [[PERSON:Zielinsky]] kids have been together since.",
    "h2case4",
)
add(
    NOTE,
    SEC,
    "[[PERSON:Mohamed Jama]] dob [[DOB:3.9.2006]], [[ID:SSN 604-18-2297]]. [[CASE_DETAIL:Extended foster care agreement]] signed; living at [[ADDRESS:Bridgeway supervised independent living, apt 3C]].",
)
add(
    NOTE,
    SEC,
    "Kinship home study for [[PERSON:Agnieszka Wróbel]], maternal aunt, [[ADDRESS:2250 Caddo St]]. [[CASE_DETAIL:FBI fingerprint check cleared]]; pool fence still needed.",
)
add(
    NOTE,
    SEC,
    "[[FIRST:Chayton]] ([[AGE:6]]) [[CASE_DETAIL:SANE exam]] at [[LOCATION:Dell Children's]] 4/18, findings pending. [[CASE_DETAIL:Law enforcement notified]], [[PERSON:Det. Ochoa]] assigned.",
)
add(
    NOTE,
    SEC,
    "[[PERSON:Imelda Funes]] [[HEALTH:28 wks]], [[HEALTH:gestational diabetes on insulin]]; [[CASE_DETAIL:FBSS case opened]], [[CASE_DETAIL:safety plan with MGM]].",
)
add(
    NOTE, PRIV, "Supervisors: unit meeting moved to Thursday 1:30 in the 2nd floor conference room."
)
add(
    NOTE,
    PRIV,
    "Reminder to all staff: annual HIPAA and confidentiality training is due by the end of the month.",
)

add(
    NOTE,
    SEC,
    "[[FIRST:Lakeisha]]'s email for [[CASE_DETAIL:service plan]] copies: [[EMAIL:lakeisha.boyd84@yahoo.com]]. She wants them in English and Spanish.",
    "h2case3",
)
add(
    NOTE,
    SEC,
    "[[FIRST:Reese]] located at [[ADDRESS:the Motel 6 on Hwy 71]] with [[PERSON:Vance]]'s cousin; [[CASE_DETAIL:returned to placement]] at 2:10 am. [[ID:NCMEC case 1498823]] closed.",
    "h2case3",
)

# ------------------------------------------------------------------ announcements
add(
    ANN,
    PUB,
    "Flu shot clinic for staff and foster families: Tuesday, Oct 7, 8am–noon at 1200 Commerce Street, Suite 300. No appointment needed.",
)
add(
    ANN,
    PUB,
    "Our offices will be closed Monday, May 26 for Memorial Day. For after-hours emergencies call 1-800-555-0199.",
)
add(
    ANN,
    PUB,
    "Thank you to Victor Wembanyama and the Spurs Foundation for the 200 backpacks donated to kids in care this fall!",
)
add(
    ANN,
    PUB,
    "Summer Reading Challenge: pick up a free book bundle for your family at the San Marcos Public Library, June 2–30.",
)
add(
    ANN,
    PUB,
    "New training series: Trust-Based Relational Intervention (TBRI), developed by Dr. Karyn Purvis. Sessions start April 12. Register at tricountycfs.org/foster.",
)
add(
    ANN,
    PUB,
    "We're hiring bilingual caseworkers (Spanish, Vietnamese, Somali)! Apply at tricountycfs.org/careers.",
)
add(
    ANN,
    PUB,
    "May is National Foster Care Month. Wear blue on May 9 and tag @TriCountyFosters in your photo!",
)
add(
    ANN,
    PUB,
    "Notice: phone lines at our Mill Road office will be down Saturday for maintenance. Email info@tricountycfs.org instead.",
)
add(
    ANN,
    PUB,
    "Big thanks to Joy Mountain Coffee Roasters for donating the coffee for our caseworker appreciation breakfast!",
)
add(
    ANN,
    PUB,
    "Free Youth Mental Health First Aid certification for foster and kinship caregivers, August 16 at the Bastrop Convention Center.",
)
add(
    ANN,
    PUB,
    "Congratulations to the [[PERSON:Pierre-Louis]] family, who [[CASE_DETAIL:finalized the adoption]] of [[FIRST:Mackenzie]] and [[FIRST:Jude]] yesterday! 🎉",
)
add(
    ANN,
    PUB,
    "Art Walk fundraiser this Friday on the courthouse square: local artists are donating 20% of sales to our teen programs.",
)
add(
    ANN,
    PUB,
    "Our board meeting is open to the public: Thursday, March 13 at 5:30 pm, 88 Mill Road. Agenda at tricountycfs.org.",
)
add(
    ANN,
    PUB,
    "Employee of the month: [[PERSON:Tamsin Achterberg]] from our Bastrop unit! Thank you for everything you do.",
)

add(
    ANN,
    PUB,
    "Free admission for foster families at the Austin Zoo every Sunday in February!",
)

# ------------------------------------------------------------------ events
add(
    EV,
    PUB,
    "Family Fun Day at Bastrop State Park, Saturday Sept 20, 10–2. Hot dogs, fishing and face painting for all foster and adoptive families!",
)
add(
    EV,
    PUB,
    "Foster Parent Info Night, Tuesday at 6:30 pm, Wimberley Community Center. Bring your questions; we'll bring cookies.",
)
add(
    EV,
    PUB,
    "Teen Night at the Thinkery: Friday Jan 24, 6–9 pm. Youth 13–18 in care and their caregivers get in free.",
)
add(EV, PUB, "Spring Egg Hunt, April 19 at Pease Park. Rain or shine!")
add(
    EV,
    PUB,
    "Kinship caregiver support group: first Monday of every month, 7 pm, online. Link at tricountycfs.org.",
)
add(
    EV,
    PUB,
    "Back-to-school backpack drive: drop donations at 1200 Commerce Street, Suite 300 through August 8.",
)
add(
    EV,
    PUB,
    "Holiday Party at the Bullock Texas State History Museum, Dec 13, 4–7 pm. Santa arrives at 5!",
)
add(
    EV,
    PUB,
    "Caregiver training: Understanding Attachment and Trauma, Saturday Nov 8, 9 am–1 pm at the Dripping Springs Community Library.",
)
add(
    EV,
    PUB,
    "Run for Hope 5K supporting kids in foster care! Sunday, Oct 5 at Old Settlers Park. Register at tricountycfs.org.",
)
add(
    EV,
    PUB,
    "Birthday party for [[FIRST:Zuri]] turning [[AGE:5]] at [[LOCATION:Jumpin' Jax trampoline park]] Saturday, all her foster sibs welcome!",
)
add(
    EV,
    PUB,
    "Meet the author: Jason Reynolds reads from his new novel at BookPeople, Sunday at 3 pm. Our teens get signed copies!",
)

add(
    EV,
    PUB,
    "Coffee with our licensing team: Wednesday, Feb 5, 8–9:30 am at Kerbey Lane Cafe in San Marcos. Ask anything!",
)

# ------------------------------------------------------------------ other
add(OTH, PRIV, "Does anyone have a spare phone charger? Mine died on the drive back from Luling.")
add(
    OTH,
    PRIV,
    "Found a wallet in the visitation room with [[PERSON:Marquise Holloway]]'s license, [[ID:DL 31887720]]. It's at the front desk.",
)
add(
    OTH,
    PRIV,
    "Forwarding: bio dad's number is [[PHONE:737 555 0134]], he prefers texts. [[CASE_DETAIL:Visits are still supervised]].",
)
add(
    OTH,
    PRIV,
    "The copier on the second floor is jammed again. Please don't try to fix it, facilities is on the way.",
)
add(
    OTH,
    SEC,
    "New link for the [[CASE_DETAIL:family group conference]]: [[HANDLE:zoom.us/j/82215590347]] code [[ID:771903]]",
)
add(
    OTH,
    PUB,
    "So proud of my grandson [[PERSON:Tyrell Simmons]] for [[CASE_DETAIL:completing his juvenile probation]]! He graduates from [[SCHOOL:Hays High]] in May!",
)
add(
    OTH,
    PRIV,
    "Mark your calendars: the staff potluck is Friday at noon. Sign-up sheet is by the break room.",
)


# ----------------------------------------------------------------------------- build
if __name__ == "__main__":
    sys.exit(write_or_check(CASES, ITEMS, HERE, OUT, PREFIX))
