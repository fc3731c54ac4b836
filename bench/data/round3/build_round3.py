"""Build the round-3 unseen screening corpus (round3.jsonl next to this file).

Written at the end of session 2 for the next round, from the contract
(/work/shared/spec/screening.md) and the labelling rules in bench/README.md only, by
someone who never opened the engine, its word lists or its tests, never read the items of
the holdout2 or sealed sets, and never ran the engine or a benchmark on these texts. Names,
places, drugs, diagnoses and phrasings were chosen to differ from the earlier sets. Same
format, markup and decision rule as bench/data/build_corpus.py (imported from there).

Run: ``python bench/data/round3/build_round3.py [--check]`` (``--check`` verifies
round3.jsonl is current and prints the statistics without writing anything).
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

OUT = "round3.jsonl"
PREFIX = "r3"

CASES: dict[str, dict] = {
    "r3case1": {
        "case_id": "2025-CV-30871",
        "people": [
            {
                "name": "Makenna Rae Dufresne",
                "aliases": ["Kenna", "Mak"],
                "role": "child",
                "birth_date": "2012-09-23",
                "school": "Pecan Grove Middle School",
            },
            {
                "name": "Beau Dufresne",
                "aliases": ["Bubba"],
                "role": "sibling",
                "birth_date": "2016-01-30",
            },
            {
                "name": "Shyanne Dufresne",
                "aliases": [],
                "role": "parent",
                "address": "216 Yaupon Trail, Lot 9",
                "phone": "737-555-0148",
            },
            {"name": "Travis Kimbrell", "aliases": ["TK"], "role": "restricted_contact"},
            {
                "name": "Guadalupe Barrientos",
                "aliases": ["Lupe"],
                "role": "foster_parent",
                "address": "9024 Sotol Ridge Dr",
            },
            {"name": "Priya Chandrasekar", "aliases": [], "role": "caseworker"},
        ],
        "places": ["Pecan Grove Middle School", "Sunfield Pediatric Therapy"],
    },
    "r3case2": {
        "case_id": "2024-JC-11936",
        "people": [
            {
                "name": "Oluwaseun Bakare",
                "aliases": ["Seun", "Shawny"],
                "role": "child",
                "birth_date": "2009-05-07",
                "school": "Ridgeline Early College High School",
            },
            {"name": "Folasade Bakare", "aliases": ["Sade"], "role": "parent"},
            {"name": "Kehinde Bakare", "aliases": ["Uncle K"], "role": "relative"},
            {"name": "Marguerite Ostrowski", "aliases": ["Miss Margo"], "role": "foster_parent"},
            {"name": "Delano Pruneda", "aliases": [], "role": "other"},
        ],
        "places": ["Ridgeline Early College High School", "Caldera County Juvenile Probation"],
    },
    "r3case3": {
        "case_id": "2025-DP-07714",
        "people": [
            {
                "name": "Yaretzi Tlapanco",
                "aliases": ["Yari"],
                "role": "child",
                "birth_date": "2018-12-11",
                "school": "Little Sprouts Learning Center",
            },
            {
                "name": "Emiliano Tlapanco",
                "aliases": ["Nano"],
                "role": "sibling",
                "birth_date": "2021-03-04",
            },
            {
                "name": "Citlali Tlapanco",
                "aliases": [],
                "role": "parent",
                "address": "7702 Cenizo Loop, Apt 3C",
                "phone": "512-555-0173",
            },
            {"name": "Rigoberto Saucedo", "aliases": ["Rigo"], "role": "restricted_contact"},
            {"name": "Herminia Tlapanco", "aliases": ["Abuela Mina"], "role": "relative"},
        ],
        "places": ["Little Sprouts Learning Center", "Brushy Creek Family Clinic"],
    },
    "r3case4": {
        "case_id": "2023-JV-55210",
        "people": [
            {
                "name": "Tegan Holloway-Birch",
                "aliases": ["Teeg"],
                "role": "child",
                "birth_date": "2008-02-14",
                "school": "Lone Oak Academy",
            },
            {"name": "Rhiannon Birch", "aliases": [], "role": "parent"},
            {"name": "Casey Holloway", "aliases": [], "role": "restricted_contact"},
            {"name": "Dominic Ferreira-Lutz", "aliases": ["Dom"], "role": "caseworker"},
            {"name": "Anneliese Vogt", "aliases": [], "role": "other"},
        ],
        "places": [
            "Lone Oak Academy",
            "Harbor Light Girls' Home",
            "Blackjack Creek Psychiatric Center",
        ],
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
    "Say hi to [[FIRST:Thandi]]! She's [[AGE:12]], reads everything Rick Riordan ever wrote, and wants to be a marine biologist. [[FIRST:Thandi]] does best as the youngest in the home. Call 1-800-555-0199 to ask about her.",
)
add(
    REC,
    PUB,
    "Brothers [[FIRST:Lorcan]] ([[AGE:10]]) and [[FIRST:Fionn]] ([[AGE:7]]) are a package deal 🏈🎮. [[FIRST:Lorcan]] [[HEALTH:has Type 1 diabetes and wears a Dexcom]], and we provide the insulin training. #TexasFosters",
)
add(
    REC,
    PUB,
    "meet [[FIRST:kalani]] 🌺 [[AGE:14yo]] | plays ukulele | [[SCHOOL:JV softball at Bluebonnet Ridge High]] | [[CASE_DETAIL:waiting 3 yrs since TPR]] | could u be her person?",
)
add(
    REC,
    PUB,
    "[[FIRST:Hunter]] is a goofy [[AGE:eight-year-old]] who would wear his Wembanyama jersey every day if we let him. He [[HEALTH:was diagnosed with PANDAS last spring]] and [[HEALTH:is doing great on antibiotics and IVIG]].",
)
add(
    REC,
    PUB,
    "Help us find a family for [[PERSON:Rustam Nazarov]], [[AGE:16]]. [[FIRST:Rustam]] is a gifted welder in the CTE program at [[SCHOOL:Pflugerville ISD]] and wants to stay close to his little sister after [[CASE_DETAIL:his aunt's placement ended]].",
)
add(
    REC,
    PUB,
    "[[FIRST:Destiny]], [[AGE:11]], lights up any room. She [[HEALTH:uses a gait trainer and AFOs]], [[HEALTH:gets PT twice a week]], and she will beat you at Uno every single time.",
)
add(
    REC,
    PUB,
    "Every teen deserves someone in their corner. Older youth in care don't age out of needing family. Come to an info session and see what fostering a teenager really looks like: tricountycfs.org/foster",
)
add(
    REC,
    PUB,
    "Sibling group of 4 ([[AGE:ages 3-13]]) from [[LOCATION:Caldwell County]] hoping to stay together. The oldest, [[FIRST:Marisela]], [[CASE_DETAIL:has been parenting her siblings since their mom was incarcerated]].",
)
add(
    REC,
    PUB,
    "Meet [[FIRST:Jovanni]]! [[AGE:9]], Pokémon master, future chef. [[FIRST:Jovanni]] [[HEALTH:has a g-tube for overnight feeds]] and our nurses will train you. DM @TriCountyFosters",
)
add(
    REC,
    PUB,
    "Did you know Texas needs more homes for sibling groups than for any other group? One family can keep brothers and sisters together. Info night Tuesday, 6:30 pm, 88 Mill Road.",
)
add(
    REC,
    PUB,
    "[[FIRST:Ekow]] ([[AGE:15]]) wants a family who loves soccer as much as he does. [[FIRST:Ekow]] [[CASE_DETAIL:has had 9 placements]], mostly because of [[HEALTH:his PTSD and night terrors]]. He's ready to unpack for good.",
)
add(
    REC,
    PUB,
    "Forever family wanted for [[FIRST:Paisley]] & [[FIRST:Brooks]] ([[AGE:twins, 5]]) 💕 they were [[CASE_DETAIL:born exposed to fentanyl]] and [[HEALTH:get early intervention speech therapy]] but they are THRIVING!",
)
add(
    REC,
    PUB,
    "This handsome guy is [[FIRST:Dov]]. He's [[AGE:13]], loves klezmer and robotics, and [[HEALTH:is on the autism spectrum]]. [[FIRST:Dov]] goes to [[SCHOOL:Cedar Bluff Middle]] and wants to stay there.",
)
add(
    REC,
    PUB,
    "Grace, patience and a sense of humor: that's what our foster parents say they needed most. Well, that and a lot of laundry detergent. 😂 #FosterFriday",
)
add(
    REC,
    PUB,
    "Waiting teen [[FIRST:Tallulah]] ([[AGE:17]]) wants a family before she [[CASE_DETAIL:ages out in March]]. She's [[HEALTH:seven months along]] and excited to be a mom, so we need a home for both of them.",
)
add(
    REC,
    PUB,
    "[[FIRST:Amaru]] is [[AGE:6]] and all energy! He [[HEALTH:takes guanfacine at bedtime]] and needs a home without other little ones. Ask for [[PERSON:Yolanda Briscoe]] at 512-555-0123.",
)
add(
    REC,
    PUB,
    "Foster parents needed in Hays, Travis and Williamson counties! Free training, 24/7 support and a monthly reimbursement. Call our main line at (512) 555-0100.",
)
add(
    REC,
    PUB,
    "Spotlight: [[FIRST:Zainab]], [[AGE:14]], henna artist and spelling bee finalist at [[SCHOOL:Wells Branch Middle]]. She [[CASE_DETAIL:came into care after her father's arrest]] and would love a family that shares her faith.",
)
add(
    REC,
    PUB,
    "[[FIRST:Skyler]] ([[AGE:12]]) needs a home where he can just be himself. He [[HEALTH:has Tourette's]] and [[HEALTH:sees a neurologist]] at [[LOCATION:Dell Children's]] every 3 months. He turns 13 on [[DOB:Valentine's Day]]!",
)
add(
    REC,
    PUB,
    "Summer is almost here, and so is National Adoption Day! Watch this page for photos from the courthouse celebration on Saturday, November 22.",
)

# ------------------------------------------------------------------ messages to parents
add(
    MP,
    PRIV,
    "[[FIRST:Shyanne]], this is [[PERSON:Priya Chandrasekar]]. [[FIRST:Kenna]] and [[FIRST:Bubba]] are excited for Sunday. Reminder that [[CASE_DETAIL:visits stay supervised until the judge reviews the hair follicle test]].",
    "r3case1",
)
add(
    MP,
    PRIV,
    "ms [[PERSON:dufresne]] please call me back, [[FIRST:makenna]]'s [[HEALTH:tonsillectomy consent]] needs your signature before friday or they'll bump her surgery",
    "r3case1",
)
add(
    MP,
    PRIV,
    "[[FIRST:Shyanne]], I need to let you know [[FIRST:TK]] showed up at [[FIRST:Beau]]'s daycare yesterday. [[CASE_DETAIL:The protective order]] covers the daycare too, so they called police.",
    "r3case1",
)
add(
    MP,
    PRIV,
    "Hola [[FIRST:Citlali]], [[FIRST:Yari]] tiene [[HEALTH:cita con el alergólogo]] el martes a las 9 en [[LOCATION:Brushy Creek Family Clinic]]. ¿Puede venir? Después hablamos de [[CASE_DETAIL:su plan de servicio]].",
    "r3case3",
)
add(
    MP,
    PRIV,
    "citlali the [[CASE_DETAIL:FBSS worker]] will come by [[ADDRESS:the Cenizo Loop apartment]] thursday. remember [[FIRST:rigo]] [[CASE_DETAIL:can't be there or it goes back to court]]",
    "r3case3",
)
add(
    MP,
    PRIV,
    "Mr. [[PERSON:Okonkwo-Hale]], [[FIRST:Chidera]]'s [[HEALTH:bloodwork showed a lead level of 14]]. The pediatrician wants a recheck in 4 weeks, and [[CASE_DETAIL:our investigator has to see the apartment before she can come back]].",
)
add(
    MP,
    PRIV,
    "Hi [[FIRST:Darnell]]. Your [[CASE_DETAIL:permanency hearing]] moved to the 19th, 2:00, courtroom 4B. Your attorney, Ms. [[PERSON:Halvorsen]], will call you. [[CASE_DETAIL:Keep going to NA]], it shows.",
)
add(
    MP,
    PRIV,
    "[[FIRST:Mirela]], I know [[CASE_DETAIL:the removal]] was the worst day of your life. [[FIRST:Ilinca]] is safe, and her foster family speaks Romanian. Your first visit is Wednesday at the office.",
)
add(
    MP,
    PRIV,
    "Reminder: the Nurturing Parenting group meets Monday at 6 pm in Room B at 1200 Commerce Street. Childcare is provided. Text me if you need a bus pass.",
)
add(
    MP,
    PRIV,
    "Sra. [[PERSON:Quintanilla]], salieron los resultados de [[FIRST:Beto]]: [[HEALTH:tiene anemia]] y le van a dar [[HEALTH:sulfato ferroso]]. Nada grave, pero quería que lo supiera.",
)
add(
    MP,
    PRIV,
    "[[FIRST:Kehinde]], this is the worker from CFS. [[FIRST:Seun]] asked if his [[FIRST:Uncle K]] could come to the [[CASE_DETAIL:detention hearing]]. You're on the approved list, so yes.",
    "r3case2",
)
add(
    MP,
    PRIV,
    "Mrs. [[PERSON:Bakare]], [[FIRST:Oluwaseun]] was [[CASE_DETAIL:released from detention]] tonight and is at [[FIRST:Miss Margo]]'s. [[CASE_DETAIL:His PO]], Mr. [[PERSON:Pruneda]], will call you about [[CASE_DETAIL:the ankle monitor]].",
    "r3case2",
)
add(
    MP,
    PRIV,
    "hey [[FIRST:shanice]] its ur worker. [[CASE_DETAIL:the ua came back positive for meth again]]. i have to tell the judge. can we talk before court tmrw",
)
add(
    MP,
    PRIV,
    "Good afternoon Mr. [[PERSON:Thorsby]]. Per the [[CASE_DETAIL:safety plan]], [[FIRST:Wren]] and [[FIRST:Odie]] stay with their grandmother in [[LOCATION:Spicewood]] until [[CASE_DETAIL:the investigation into the bruising is closed]].",
)
add(
    MP,
    PRIV,
    "Good morning! Our office will be closed Monday for Memorial Day. If you have an emergency, call the main line at (512) 555-0100 and follow the prompts.",
)
add(
    MP,
    PRIV,
    "[[FIRST:Nkechi]], [[FIRST:Obi]]'s [[HEALTH:sickle cell crisis]] kept him at [[LOCATION:St. David's South]] overnight. He's stable and asking for you. I can drive you up there at 5.",
)
add(
    MP,
    PRIV,
    "Ms. [[PERSON:Vang]], you can send [[FIRST:Pa Nhia]] letters through me and I'll make sure she gets them. [[CASE_DETAIL:The no-contact order only allows letters through the agency]].",
)
add(
    MP,
    PRIV,
    "Hi [[FIRST:Chase]], your son's [[HEALTH:IEP meeting for his dyslexia]] is set for the 12th at [[SCHOOL:Kelso Elementary]]. The foster mom will be there too. Can you make it?",
)
add(
    MP,
    PRIV,
    "Text STOP to opt out of appointment reminders. Msg & data rates may apply. Questions? Call 512-555-0123.",
)
add(
    MP,
    PRIV,
    "[[FIRST:Brandi]] the [[CASE_DETAIL:kinship home study on your sister's place]] passed!! [[FIRST:Kash]] can move there friday after school. send his [[HEALTH:Vyvanse and the nebulizer]] with him",
)
add(
    MP,
    PRIV,
    "oye [[FIRST:Yesica]], la caseworker dijo que [[CASE_DETAIL:el judge ya firmó el order]] y los niños can come home el viernes if the [[CASE_DETAIL:last drug test]] sale limpio. 🙏",
)

# ------------------------------------------------------------------ messages to youth
add(
    MY,
    PRIV,
    "[[FIRST:Seun]] proud of you for the [[CASE_DETAIL:clean drug test]] 👏 keep it up. [[CASE_DETAIL:Court]] is 8:30 thurs, wear the collared shirt",
    "r3case2",
)
add(
    MY,
    PRIV,
    "[[FIRST:teeg]] I got your text. You're not in trouble for [[CASE_DETAIL:running from]] [[ADDRESS:Harbor Light]] but I need to know you're safe. where are you staying??",
    "r3case4",
)
add(
    MY,
    PRIV,
    "[[FIRST:Tegan]], your [[HEALTH:appointment with the new psychiatrist]] at [[LOCATION:Blackjack Creek]] is Monday. If [[HEALTH:the lamotrigine rash]] comes back before then, tell staff right away.",
    "r3case4",
)
add(
    MY,
    PRIV,
    "hey [[FIRST:tavo]] it's Ms. [[PERSON:Ochoa]]. the judge [[CASE_DETAIL:approved your request to stay in your placement]] ✅ so you get to stay at [[SCHOOL:Akins]] too!!",
)
add(
    MY,
    PRIV,
    "[[FIRST:Will]], your allergist called: [[HEALTH:the peanut challenge came back negative]], so you can finally try a PB&J at home! 🥜",
)
add(
    MY,
    PRIV,
    "Hey! Teen advisory board pizza night is Thursday 6-8 at the main office. Bring a friend who's in care too. RSVP by replying Y.",
)
add(
    MY,
    PRIV,
    "[[FIRST:Honesty]] you did so good at your [[CASE_DETAIL:forensic interview]] today. nobody is mad at you. [[FIRST:Ms. Tamsin]] will pick you up from [[SCHOOL:Mendez Middle]] tomorrow",
)
add(
    MY,
    PRIV,
    "Hola [[FIRST:Yesenia]], ¿cómo te sientes? La doctora dijo que [[HEALTH:la prueba de embarazo salió positiva]]. Cuando quieras hablamos, sin juicio. 💛",
)
add(
    MY,
    PRIV,
    "[[FIRST:Hamza]], your [[CASE_DETAIL:CASA]], [[PERSON:Rebecca Lindqvist]], wants to meet you at the library Saturday. She's cool, I promise.",
)
add(
    MY,
    PRIV,
    "[[FIRST:Kenna]] its [[FIRST:Priya]]. i know ur mad about [[CASE_DETAIL:not going home yet]]. the judge wants your mom to [[CASE_DETAIL:finish treatment first]]. ur still gonna see [[FIRST:Bubba]] sunday 💜",
    "r3case1",
)
add(
    MY,
    PRIV,
    "Reminder: ETV applications for college are due June 1! Ask me if you need help with the FAFSA. You've got this 🎓",
)
add(
    MY,
    PRIV,
    "[[FIRST:Xochitl]] I called [[LOCATION:the Planned Parenthood on Ben White]] for you, they have a 3:15 opening for [[HEALTH:the birth control shot]]. want me to drive? or snap me at [[HANDLE:xochi.tl_444]]",
)
add(
    MY,
    PRIV,
    "[[FIRST:dante]] u cant be posting ur location on [[HANDLE:@dante.szn_]] anymore. [[CASE_DETAIL:your dad's people are looking for you]] and [[CASE_DETAIL:he's not allowed to know where you're placed]]",
)
add(
    MY,
    PRIV,
    "[[FIRST:Ayaan]], the [[HEALTH:EEG]] is at 7 am so no sleep after midnight, sorry lol. They're checking whether [[HEALTH:the absence seizures]] are back.",
)
add(
    MY,
    PRIV,
    "Hey everyone, free back-to-school haircuts this Saturday at the Mueller rec center, 10-2. No appointment needed ✂️",
)
add(
    MY,
    PRIV,
    "[[FIRST:Roz]] i need to know who the guy is that [[CASE_DETAIL:bought you the phone and the hotel room]]. you are not in trouble. [[CASE_DETAIL:what he's doing is trafficking]].",
)
add(
    MY,
    PRIV,
    "[[FIRST:Tiago]], I'm sorry about the move. The [[PERSON:Pettigrews]] [[CASE_DETAIL:gave notice]] and it's not because of you. [[CASE_DETAIL:Your new placement]] is in [[LOCATION:Leander]], same school.",
)
add(
    MY,
    PRIV,
    "[[FIRST:Summer]] text me your new number when u get it, the old one ([[PHONE:737-555-0119]]) isn't working. also happy early bday for the [[DOB:28th]] 🎂",
)

# ------------------------------------------------------------------ messages to foster parents
add(
    MFP,
    PRIV,
    "[[FIRST:Lupe]], [[FIRST:Mak]]'s [[HEALTH:OT eval]] at [[LOCATION:Sunfield]] came back: [[HEALTH:sensory processing disorder]]. They want weekly sessions. Can you do Tuesdays after school?",
    "r3case1",
)
add(
    MFP,
    PRIV,
    "Mrs. [[PERSON:Barrientos]], please don't let [[FIRST:Kenna]] post the birthday video. It shows [[ADDRESS:your house number on Sotol Ridge]] and [[FIRST:Travis]] [[CASE_DETAIL:isn't supposed to know where she lives]].",
    "r3case1",
)
add(
    MFP,
    PRIV,
    "Hi! [[FIRST:Nano]] is coming to you with [[HEALTH:amoxicillin for an ear infection]], 5 ml twice a day, plus [[FIRST:Yari]]'s [[HEALTH:EpiPen]]. [[FIRST:Abuela Mina]] will call tonight; [[CASE_DETAIL:she's approved for phone contact only]].",
    "r3case3",
)
add(
    MFP,
    PRIV,
    "[[FIRST:Gwen]], the [[CASE_DETAIL:GAL for the boys]], [[PERSON:Arturo Benavídez]], will do a home visit Thursday between 4 and 6.",
)
add(
    MFP,
    PRIV,
    "Hey [[FIRST:Rich]], [[FIRST:Kiki]]'s [[HEALTH:strep test was positive]]. Keep her home from [[SCHOOL:Gateway Montessori]] till she's been on the antibiotic 24 hrs.",
)
add(
    MFP,
    PRIV,
    "To the [[PERSON:Lindgren-Achebe]] family: thank you for taking [[FIRST:Baby J]] on such short notice. He was [[CASE_DETAIL:removed at the hospital after his mom tested positive at delivery]]. [[HEALTH:Withdrawal scoring every 3 hours]] for now; the NICU will show you.",
)
add(
    MFP,
    PRIV,
    "Foster parents: your annual CPR recertification is due. Classes are the first Saturday of each month at 88 Mill Road, 9 am to noon.",
)
add(
    MFP,
    PRIV,
    "[[FIRST:Delphine]], heads up: [[FIRST:Remy]]'s [[CASE_DETAIL:bio dad was just released from TDCJ]] and [[CASE_DETAIL:has asked for visits]]. Nothing changes until the judge rules.",
)
add(
    MFP,
    PRIV,
    "[[FIRST:Cormac]] and [[FIRST:Siobhan]], the [[HEALTH:neuropsych testing]] for [[FIRST:Eli]] takes two mornings. Please don't give him his [[HEALTH:Concerta]] on those days.",
)
add(
    MFP,
    PRIV,
    "[[FIRST:Miss Margo]], [[FIRST:Seun]]'s [[CASE_DETAIL:curfew is 8pm per his probation]]. If he's late, call [[PERSON:Delano Pruneda]] at [[PHONE:(737) 555-0182]], not the police.",
    "r3case2",
)
add(
    MFP,
    SEC,
    "[[ADDRESS:Harbor Light]] staff: [[FIRST:Teeg]] is back. She [[CASE_DETAIL:was found]] at [[LOCATION:a truck stop in Buda]]. [[HEALTH:The ER cleared her]] but please make sure she goes to [[HEALTH:the STI follow-up]] on Friday.",
    "r3case4",
)
add(
    MFP,
    PRIV,
    "Thank you to every family who brought school supplies to the resource room this month! The shelves are full again.",
)
add(
    MFP,
    PRIV,
    "[[FIRST:Hope]], [[FIRST:Dusty]]'s [[HEALTH:cast comes off]] on the 3rd and ortho says [[HEALTH:the fracture]] is healing well. [[CASE_DETAIL:The investigator still wants photos of the arm]].",
)
add(
    MFP,
    PRIV,
    "[[FIRST:Gulnara]], can you bring [[FIRST:Timur]] to [[ADDRESS:the visitation center at 4500 Brodie Ln]] by 10? [[CASE_DETAIL:Dad's visit is supervised]], so a staff member stays the whole hour.",
)
add(
    MFP,
    PRIV,
    "[[FIRST:Pita]], [[FIRST:Losaline]]'s [[HEALTH:cardiology f/u for her VSD]] moved to 1:40 Wednesday. Bring her [[HEALTH:furosemide]] list, they're adjusting the dose.",
)
add(
    MFP,
    PRIV,
    "Quick reminder that respite requests need two weeks' notice. Email fostercare@tricountycfs.org with your dates and we'll find a match.",
)
add(
    MFP,
    PRIV,
    "[[FIRST:Bev]], I'm sorry. [[CASE_DETAIL:The disruption is approved]]. [[FIRST:Kyrie]] moves to [[ADDRESS:the Pinebrook shelter]] Friday. Please pack his [[HEALTH:trazodone]] and [[HEALTH:melatonin]] separately.",
)
add(
    MFP,
    SEC,
    "[[FIRST:Ignacio]], the [[HEALTH:sleep study]] confirmed [[HEALTH:obstructive sleep apnea]], so [[FIRST:Joaquín]] will need a [[HEALTH:CPAP]]. Medicaid ID for the DME order: [[ID:6620 4471 98]].",
)

# ------------------------------------------------------------------ foster forum
add(
    FF,
    PUB,
    "Anyone else's kiddo [[HEALTH:on Abilify]] gaining a ton of weight? Our [[AGE:10yo]] is up 20 lbs since they [[HEALTH:raised the dose]] and the psychiatrist isn't worried.",
)
add(
    FF,
    PUB,
    "What do you all keep in your 'first night' bin? We have toothbrushes, pajamas in every size, nightlights and a stuffed animal they get to keep.",
)
add(
    FF,
    PUB,
    "Placement call at 2am last night. [[AGE:4-year-old]] girl, [[CASE_DETAIL:police removal from a meth house]], no shoes, no car seat. She's asleep on my couch now. How do you all do this 😭",
)
add(
    FF,
    PUB,
    "vent: [[CASE_DETAIL:bio mom no-showed the visit]] AGAIN. 3rd time. my [[AGE:6 yr old]] sat by the window for an hour. [[CASE_DETAIL:the worker says TPR might get filed]]",
)
add(
    FF,
    PUB,
    "Highly recommend the TBRI training at the Austin Central Library next month. It changed how I parent all my kids, bio and foster.",
)
add(
    FF,
    PUB,
    "Our [[FIRST:Ruby]] [[HEALTH:had her cleft palate repair]] at [[LOCATION:Texas Children's]] yesterday and she's already smiling! Thank you for the prayers 🙏",
)
add(
    FF,
    PUB,
    "Does anyone know a good attorney who handles adoption subsidy negotiations in Texas? Asking for a friend in our support group.",
)
add(
    FF,
    PUB,
    "[[FIRST:Miles]] has been with us 18 months and [[CASE_DETAIL:the judge finally signed the adoption decree]] today!!! 🎉🎉 follow along at [[HANDLE:@foster_mama_breanne]]",
)
add(
    FF,
    PUB,
    "Question for the group: my [[AGE:15 y/o]] placement [[HEALTH:is cutting]] and the CPA says to 'monitor.' Is that normal?? she [[HEALTH:already had one hospitalization]] at [[LOCATION:Cross Creek]] in the spring.",
)
add(
    FF,
    PUB,
    "Our support group meets the second Tuesday of every month at Grace Fellowship on Parmer Lane. Babysitting provided. All foster, kinship and adoptive families welcome.",
)
add(
    FF,
    PUB,
    "Anyone have experience with [[HEALTH:RAD]]? Our [[AGE:8 yo]] was [[HEALTH:just diagnosed]] and the therapist suggested [[HEALTH:TF-CBT]], but there's a 6 month waitlist at [[LOCATION:Hill Country MHDD]].",
)
add(
    FF,
    PUB,
    "Book recommendation: 'The Body Keeps the Score' by Bessel van der Kolk. Heavy, but worth it for anyone parenting kids from hard places.",
)
add(
    FF,
    PUB,
    "Update on our babies: [[FIRST:Lettie]] is walking and [[FIRST:Boone]] [[HEALTH:finally got his hearing aids]]. [[CASE_DETAIL:Their mom completed rehab]] and [[CASE_DETAIL:reunification is on track for fall]]. Bittersweet but happy.",
)
add(
    FF,
    PUB,
    "So [[CASE_DETAIL:CPS is investigating us]] because our [[AGE:11-year-old]] told her teacher [[CASE_DETAIL:we 'locked her in her room.']] It was a timeout with the door closed. Has this happened to anyone?",
)
add(
    FF,
    PUB,
    "Tip: ask for the Medicaid card on day one. If the caseworker doesn't have it, the STAR Health member line can look the kid up. Saved me hours at urgent care.",
)
add(
    FF,
    PUB,
    "[[FIRST:Sky]] ([[AGE:2]]) [[CASE_DETAIL:came to us straight from the NICU]] [[HEALTH:on an apnea monitor]]; now she's off everything. Anyone else's littles outgrow [[HEALTH:their reflux]]? [[DOB:born 4/4/2023]] and already bossy lol",
)
add(
    FF,
    PUB,
    "Who's going to the Round Rock Express foster family night? The team is giving out free tickets through the agency. Ask your worker!",
)
add(
    FF,
    PUB,
    "Ugh. [[PERSON:Kimberly Tran-Sokolov]], if you're in this group, stop messaging me about [[FIRST:Noor]]. [[CASE_DETAIL:The court said no contact]].",
)
add(
    FF,
    PUB,
    "my [[AGE:9yo]] foster son [[CASE_DETAIL:disclosed sexual abuse by his stepdad]] last night. I called the hotline. I don't know what I'm supposed to do now. I feel sick.",
)
add(
    FF,
    PUB,
    "We just hit 5 years of fostering! 23 kids have slept in our spare room. Some stayed a weekend, some stayed for good. Thank you to this group for every 3am answer.",
)
add(
    FF,
    PUB,
    "mi foster baby [[FIRST:Nayeli]] tiene [[HEALTH:cita con el cardiólogo]] mañana and I'm so nervous. she's been [[HEALTH:sleeping all day since they upped her dose]] 😔",
)
add(
    FF,
    PUB,
    "Proud foster mama moment: our [[FIRST:Kenna]] made honor roll at [[SCHOOL:Pecan Grove]]! [[CASE_DETAIL:Two years ago she was in a shelter]], now look at her. 💜",
    "r3case1",
)

# ------------------------------------------------------------------ internal notes
add(
    NOTE,
    SEC,
    "CW [[PERSON:P. Chandrasekar]] HV @ [[ADDRESS:9024 Sotol Ridge]]: [[FIRST:Kenna]] reports [[CASE_DETAIL:bio mom's bf]] [[FIRST:TK]] [[CASE_DETAIL:hit her w/ a belt pre-removal]]. [[HEALTH:Hx asthma]], no current meds. [[FIRST:Beau]] [[HEALTH:dx speech delay]], [[HEALTH:ST 2x/wk]].",
    "r3case1",
)
add(
    NOTE,
    SEC,
    "Case [[ID:2025-CV-30871]]: [[PERSON:Dufrense]] (mother) [[CASE_DETAIL:hair follicle + for amphetamines]]. [[CASE_DETAIL:Referred to IOP]] at [[LOCATION:Cenikor]]. [[CASE_DETAIL:Permanency hrg 9/18]]. [[FIRST:Makenna]] DOB [[DOB:9/23/12]].",
    "r3case1",
)
add(
    NOTE,
    SEC,
    "JPO [[PERSON:D. Pruneda]] called: [[FIRST:Seun]] [[CASE_DETAIL:violated curfew 2x]], [[CASE_DETAIL:motion to modify probation]] filed. Yth denies. [[HEALTH:PHQ-9 = 17]], [[HEALTH:referred to psych]]. F/u w/ [[PERSON:Ostrowski]] re: supervision.",
    "r3case2",
)
add(
    NOTE,
    SEC,
    "Intake [[ID:#4471-0092-8]]: [[CASE_DETAIL:allegation of neglectful supervision]]. [[FIRST:Yari]] ([[AGE:6]]) found walking alone on [[ADDRESS:Cenizo Loop]] at 11pm; [[FIRST:Emiliano]] ([[AGE:4]]) home w/ [[FIRST:Rigo]], [[CASE_DETAIL:who appeared intoxicated]].",
    "r3case3",
)
add(
    NOTE,
    SEC,
    "Abuela [[PERSON:Herminia Tlapanko]] ([[PHONE:512.555.0137]]) cleared background; [[CASE_DETAIL:kinship home assessment]] sched 10/2. [[FIRST:Yari]]: [[HEALTH:peanut/tree nut allergy, EpiPen at daycare]].",
    "r3case3",
)
add(
    NOTE,
    SEC,
    "[[FIRST:Tegan]] [[AGE:17]]: [[CASE_DETAIL:4th runaway from placement]] this qtr. [[CASE_DETAIL:Concern for CSEC]]: new phone, older male 'bf', hotel keycards. [[CASE_DETAIL:Referral]] to [[LOCATION:the Refuge Ranch]]? Discuss at staffing w/ CASA [[PERSON:Anneliese Vogt]].",
    "r3case4",
)
add(
    NOTE,
    SEC,
    "[[PERSON:Casey Holloway]] [[CASE_DETAIL:served w/ protective order]] (exp 2026). Mother [[PERSON:R. Birch]] [[HEALTH:in outpatient tx for bipolar II]], [[HEALTH:compliant w/ lithium]] per prescriber. [[FIRST:Dom]] to f/u.",
    "r3case4",
)
add(
    NOTE,
    SEC,
    "Staffing 10/14: [[PERSON:Baptiste]] sibs. [[CASE_DETAIL:PMC to Dept]], [[CASE_DETAIL:goal changed to adoption]]. [[FIRST:Fabiola]] [[HEALTH:dx FASD]], [[FIRST:Wesner]] [[HEALTH:on Intuniv 2mg]].",
)
add(
    NOTE,
    SEC,
    "SW note: [[FIRST:Omarion]] (DOB [[DOB:02/11/2016]]) seen at [[LOCATION:Ascension Seton ER]] for [[HEALTH:spiral fracture L humerus]]. [[CASE_DETAIL:Physical abuse allegation]] opened, [[CASE_DETAIL:CAC interview]] set.",
)
add(
    NOTE,
    SEC,
    "[[FIRST:Ngozi]] ([[AGE:15]]) [[HEALTH:25 wks pregnant]], [[HEALTH:no PNC until now]]. Scheduled at [[LOCATION:People's Community Clinic]]. FOB is an adult; [[CASE_DETAIL:LE notified]].",
)
add(
    NOTE,
    SEC,
    "Reminder to all units: mileage logs are due by the 5th. Use the new form on the shared drive.",
)
add(
    NOTE,
    SEC,
    "[[PERSON:Yusupov]] family: [[CASE_DETAIL:Reason to Believe for physical neglect]]. Home had no utilities x3 wks. [[CASE_DETAIL:Case opened for FBSS]]. Dad [[CASE_DETAIL:on deferred adjudication]].",
)
add(
    NOTE,
    SEC,
    "TC w/ atty ad litem [[PERSON:Jonas Whitlock-Ebe]]: [[FIRST:Lupita]] wants to testify at [[CASE_DETAIL:the TPR trial]]. Request [[HEALTH:trauma assessment]] first through [[LOCATION:Austin Child Guidance Center]].",
)
add(
    NOTE,
    SEC,
    "IT: the case management system will be down Saturday 8 pm to Sunday 2 am for maintenance. Save your drafts.",
)
add(
    NOTE,
    SEC,
    "hv: kids look good. [[FIRST:Bri]] [[HEALTH:tooth abscess]] → [[HEALTH:dental ref]]. [[FIRST:Jace]] says [[CASE_DETAIL:mom's bf still comes around]] despite [[CASE_DETAIL:safety plan]]. will staff w/ sup.",
)
add(
    NOTE,
    SEC,
    "[[PERSON:Ivanka Dragović]] ([[PHONE:737 555 0107]], [[EMAIL:ivanka.dragovic77@outlook.com]]) called re: her grandson [[FIRST:Luka]]. Wants [[CASE_DETAIL:to be considered for placement]]. Sent relative caregiver packet.",
)
add(
    NOTE,
    SEC,
    "Detention hrg 9a: [[FIRST:Jaxon]] ([[AGE:14]]) [[CASE_DETAIL:charged w/ burglary of a habitation]], [[CASE_DETAIL:held]] at [[LOCATION:Gardner Betts]]. [[HEALTH:Needs his Depakote]] sent over before 8.",
)
add(
    NOTE,
    SEC,
    "Training reminder: Mandated Reporter refresher is Thursday at 2 in Conf Room A. Required for all new hires.",
)
add(
    NOTE,
    SEC,
    "[[FIRST:Maddox]] [[CASE_DETAIL:moved]] from the [[PERSON:Szabo]] home to [[ADDRESS:Sunflower Cottage at the Settlement Home]] 11/3. Reason: [[CASE_DETAIL:aggression toward younger FC]]. [[HEALTH:Psych eval]] pending.",
)
add(
    NOTE,
    SEC,
    "[[FIRST:Annabeth]] telepsych f/u, Zoom [[HANDLE:zoom.us/j/84410293311]] passcode [[ID:k7Rq22]]. [[HEALTH:Med review: Zoloft → Lexapro]].",
)
add(
    NOTE,
    SEC,
    "Father [[PERSON:Cornelius Okafor-Price]], TDCJ # [[ID:02398841]], [[CASE_DETAIL:parole hearing]] in Jan. Wants letters to [[FIRST:Journee]]; [[CASE_DETAIL:GAL objects]].",
)

# ------------------------------------------------------------------ announcements
add(
    ANN,
    PUB,
    "Tri-County Children and Family Services is hiring! Investigators, conservatorship workers and a bilingual family-finding specialist. Apply at tricountycfs.org/careers.",
)
add(
    ANN,
    PUB,
    "Free flu and COVID vaccine clinic for foster, kinship and adoptive families this Saturday, 9–1, at 1200 Commerce Street, Suite 300. No appointment needed.",
)
add(
    ANN,
    PUB,
    "Join us for 'Know Your Rights,' a free evening with Texas RioGrande Legal Aid for parents and relatives raising children. Wednesday at 6 pm, Southeast Branch Library.",
)
add(
    ANN,
    PUB,
    "Become a CASA volunteer! Court Appointed Special Advocates speak up for children in foster care. The next training starts April 8. Apply at the link in our bio.",
)
add(
    ANN,
    PUB,
    "Our offices close at noon on Friday, December 19 for the staff holiday celebration. Happy holidays from all of us!",
)
add(
    ANN,
    PUB,
    "Congratulations to State Representative Donna Howard, honored at this year's Champions for Children luncheon for her work on foster care funding!",
)
add(
    ANN,
    PUB,
    "Thank you, Dolly Parton's Imagination Library, for donating 500 books to kids in care across our three counties. 📚",
)
add(
    ANN,
    PUB,
    "New phone tree: press 1 to report abuse, 2 for foster home licensing, 3 for billing. The main line is still (512) 555-0100.",
)
add(
    ANN,
    PUB,
    "Hope, joy and faith: the three words painted in our family visit room. Happy Social Work Month to the team that lives them every day!",
)
add(
    ANN,
    PUB,
    "Mark your calendars: the May Foster Parent Appreciation Brunch is May 17 at the Hyatt Regency Lost Pines. Tickets are free for licensed families.",
)
add(
    ANN,
    PUB,
    "Trainings this month: Trauma-Informed Care (Tue 6/10), Psychotropic Medication Basics for Caregivers (Thu 6/12) and Understanding Substance Use Disorders (Sat 6/14).",
)
add(
    ANN,
    PUB,
    "Follow us on Instagram @TriCountyCFS for foster care news, events and family stories.",
)
add(
    ANN,
    PUB,
    "Bill Nye won't be there, but our STEM camp for youth in care is just as fun. Registration for Summer Science Week at the Thinkery opens April 1.",
)
add(
    ANN,
    PUB,
    "Statement from our director: we are aware of news reports about the state juvenile facility in Giddings. No youth in our care are placed there. Questions: info@tricountycfs.org.",
)

# ------------------------------------------------------------------ events
add(
    EV,
    PUB,
    "🎃 Fall Festival for foster & adoptive families: Saturday, Oct 25, 2–5 pm, Brushy Creek Lake Park pavilion. Face painting, hayrides and a chili cook-off!",
)
add(
    EV,
    PUB,
    "Art in the Park: kids in care help paint the new mural at Pease Park, Sunday at 10 am. Supplies donated by Jerry's Artarama.",
)
add(
    EV,
    PUB,
    "Miles for Kids 5K & fun run, Saturday 7:30 am at Mueller Lake Park. All proceeds buy bikes and beds for youth aging out of care.",
)
add(
    EV,
    PUB,
    "Foster Care Awareness Night with Austin FC! May 24, 7:30 pm, Q2 Stadium. Free tickets for licensed families at tricountycfs.org.",
)
add(
    EV,
    PUB,
    "Author talk: Jason Reynolds reads from 'Long Way Down' for teens in care at BookPeople, Thursday at 5 pm. Free copies while they last!",
)
add(
    EV,
    PUB,
    "Information night for prospective foster parents: Tuesday, September 9, 6:30–8 pm, 88 Mill Road. Spanish interpretation available. ¡Todos son bienvenidos!",
)
add(
    EV,
    PUB,
    "Chase Bank volunteers are hosting a money skills workshop for youth 16 and up at the Ruiz Branch Library, Saturday 11/8 at 1 pm.",
)
add(
    EV,
    PUB,
    "Candlelight vigil for children lost to abuse, Capitol south steps, April 30, 8 pm. Governor Greg Abbott and Senator Sarah Eckhardt have been invited to speak.",
)
add(
    EV,
    PUB,
    "Grandparents Raising Grandchildren support circle, first Monday of the month, 10 am, Asian American Resource Center. Coffee and kolaches provided.",
)
add(
    EV,
    PUB,
    "Holiday toy drive: drop off new, unwrapped toys Dec 1–15 at any H-E-B in Travis, Hays and Williamson counties. Look for the Tri-County bin!",
)
add(
    EV,
    PUB,
    "Come celebrate [[FIRST:Destiny]] and [[FIRST:Faith]]! Cake in the courthouse lobby [[CASE_DETAIL:after their adoption hearing]], Friday at 11 🎉",
)
add(
    EV,
    PUB,
    "Juneteenth family cookout at Rosewood Park, June 19, noon to 4. Live music from the Huston-Tillotson jazz ensemble!",
)

# ------------------------------------------------------------------ other
add(
    OTH,
    PRIV,
    "Can someone cover my on-call shift Saturday night? I'll trade for any weekend in August.",
)
add(
    OTH,
    PUB,
    "Lost: blue Hydro Flask with a Willie Nelson sticker, left in the 2nd floor conference room. Please return it to the front desk!",
)
add(
    OTH,
    PUB,
    "Congrats to [[PERSON:Tomasz Wieczorek]] on 10 years with the agency! 🎉 Cake in the break room at 3.",
)
add(
    OTH,
    PRIV,
    "Does anyone have the updated mileage reimbursement rate? I think it changed in January.",
)
add(
    OTH,
    PRIV,
    "[[PERSON:Anjali Deshpande-Roy]] listed you as a reference for the licensing specialist job. Please call her at [[PHONE:512-555-0194]] or email [[EMAIL:anjali.dr@gmail.com]].",
)
add(
    OTH,
    PRIV,
    "Parking at 1200 Commerce will be limited next week because of repaving. Use the overflow lot on Mill Road.",
)
add(
    OTH,
    PUB,
    "my cousin is a foster mom in [[LOCATION:San Marcos]] and her [[AGE:13 yr old]]'s [[CASE_DETAIL:birth dad just got out of prison]] and found her on [[HANDLE:@laceyfamilyof6]]... what should she do",
)
add(
    OTH,
    PUB,
    "Great Texas Tribune piece today on caseworker turnover. Worth a read before the budget hearing.",
)
add(
    OTH,
    SEC,
    "FWD from front desk: a man named [[PERSON:Leroy Gatlin]] came in asking where his kids are placed. [[CASE_DETAIL:He has an active no-contact order]]. Security has his photo.",
)
add(
    OTH,
    PUB,
    "State of the art: our new family visit rooms open Monday, with couches, a kitchen and a play corner.",
)
add(
    OTH,
    PRIV,
    "Hi, this is [[PERSON:Renata Szczepańska]] from [[LOCATION:Hutto]]. My email is [[EMAIL:renata.szcz@yahoo.com]]. My neighbor's [[AGE:3-year-old]] [[CASE_DETAIL:is left alone for hours]]. Who do I tell?",
)
add(
    OTH,
    PRIV,
    "fwd: [[EMAIL:mcastellanos.fosterdad@gmail.com]] wants the photo release for [[FIRST:Gael]] but [[CASE_DETAIL:his case is still in litigation]], so no photos for now.",
)

# ------------------------------------------------------------------ lone names, quasi-only and more traps
add(
    REC,
    PUB,
    "[[FIRST:Bartholomew]], or [[FIRST:Bear]] as he likes to be called, is [[AGE:10]] and can name every dinosaur in the Natural History Museum. He's hoping for a family with a backyard and a dog.",
)
add(
    REC,
    PUB,
    "[[FIRST:April]] ([[AGE:15]]) loves Olivia Rodrigo, thrifting and cat videos. She's looking for a family who will show up to every one of her choir concerts. 🎤",
)
add(
    REC,
    PUB,
    "Siblings [[FIRST:Teodoro]] and [[FIRST:Inés]] ([[AGE:8 and 11]]) speak Portuguese and English, love gymnastics and could watch Simone Biles highlights all day.",
)
add(
    MP,
    PRIV,
    "Hi [[FIRST:Rosalba]], see you at 3 at the office. [[FIRST:Junior]] made you a card 💌",
)
add(MY, PRIV, "[[FIRST:Grace]] congrats on making varsity!! 🏐 so proud of u")
add(
    MFP,
    PRIV,
    "[[FIRST:Joy]], thank you for driving [[FIRST:Mason]] to practice all week. You're the best.",
)
add(
    FF,
    PUB,
    "Our [[AGE:7yo]] starts at [[SCHOOL:Barton Hills Elementary]] next week. Any tips for first-day drop-off? 🎒",
)
add(
    FF,
    PUB,
    "Any recommendations for a pediatric dentist near [[LOCATION:Georgetown]] who takes STAR Health? We just moved there with our littles.",
)
add(
    EV,
    PUB,
    "Huge thanks to [[FIRST:Destinee]] and [[SCHOOL:Girl Scout Troop 1127]] for packing 300 care bags for kids entering care!",
)
add(
    OTH,
    PUB,
    "Our [[AGE:5-year-old]] lost his first tooth today and the tooth fairy left a two-dollar bill. 😄",
)
add(
    EV,
    PUB,
    "Sky-high fun! Trampoline night for kids in care and their foster siblings, Friday 6–8 pm at Altitude Trampoline Park in Round Rock. Grip socks required.",
)
add(
    ANN,
    PUB,
    "April is National Child Abuse Prevention Month. Wear blue on Friday, April 4 and post a photo with #GoBlueTX.",
)
add(
    MY,
    PRIV,
    "Quick reminder: the youth summit is at the Palmer Events Center on Saturday. The bus leaves the office at 8, don't be late!",
)
add(
    NOTE,
    SEC,
    "Unit meeting moved to Wed 10am. Agenda: caseload caps, new placement desk hours, holiday on-call rotation.",
)
add(FF, PUB, "Patience is a virtue, but so is coffee. Happy Monday, foster fam ☕")
add(
    OTH,
    PUB,
    "Say hello to Chase and Willow, the golden retrievers from Therapy Pets Unlimited who visit our lobby every Thursday! 🐾",
)


# ----------------------------------------------------------------------------- build
if __name__ == "__main__":
    sys.exit(write_or_check(CASES, ITEMS, HERE, OUT, PREFIX))
