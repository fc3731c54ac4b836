"""Training set t14 for CaseSafe's entity model: telling HEALTH from CASE_DETAIL consistently,
in everyday words, clinical words and abbreviations (ADHD, RAD, FASD, IEP, 504, UA, IOP, MAT,
TPR, ICPC, GAL, CASA...), often with both kinds of fact in the same message ("since the move to
the new foster home he's been wetting the bed again"), plus clean items that use the same words
without any person (trainings, info nights, explainers, general questions). It follows the
conventions of training/README.md: a test result is HEALTH; substance use, relapse, sobriety and a
test ordered as a case-plan task are CASE_DETAIL; treatment is HEALTH even when court-ordered.
Every text was written for this project from the contract and the labelling rules only, without
reading the engine, its word lists, its tests or any other data set.
Run: python training/data/t14/build_t14.py [--check]"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2] / "bench" / "data"))
from heldout_builder import write_or_check  # noqa: E402

OUT = "t14.jsonl"
PREFIX = "t14"

CASES: dict[str, dict] = {
    "t14_nwosu": {
        "case_id": "2025-JV-0614",
        "people": [
            {
                "name": "Emeka Nwosu",
                "aliases": ["Meka"],
                "role": "child",
                "birth_date": "2013-02-08",
                "school": "Larkspur Middle School",
            },
            {
                "name": "Adaeze Nwosu",
                "aliases": ["Ada", "Dazi"],
                "role": "sibling",
                "birth_date": "2018-10-30",
                "school": "Bramble Creek Elementary",
            },
            {
                "name": "Ngozi Nwosu",
                "aliases": [],
                "role": "parent",
                "address": "2290 Kettle Moraine Ave, Unit 4",
                "phone": "608-555-0127",
            },
            {"name": "Curtis Bellamy", "aliases": ["Curt"], "role": "restricted_contact"},
            {
                "name": "Marjorie Tollefson",
                "aliases": ["Marge"],
                "role": "foster_parent",
                "address": "618 Wren Hollow Lane",
                "phone": "(608) 555-0142",
            },
            {"name": "Dana Whitlock", "aliases": [], "role": "caseworker"},
        ],
        "places": ["Larkspur Middle School", "Bramble Creek Elementary", "Riverbend Pediatrics"],
    },
    "t14_ramirez": {
        "case_id": "2024-DP-2207",
        "people": [
            {
                "name": "Xochitl Ramírez",
                "aliases": ["Xochi"],
                "role": "child",
                "birth_date": "2010-04-19",
                "school": "Sandoval High School",
                "phone": "505-555-0168",
            },
            {
                "name": "Beatriz Ramírez",
                "aliases": ["Bety"],
                "role": "parent",
                "phone": "(505) 555-0193",
            },
            {
                "name": "Ernesto Ramírez",
                "aliases": ["Tío Neto", "Neto"],
                "role": "relative",
                "address": "41 Camino del Pueblo",
            },
            {"name": "Gail Hutchins", "aliases": [], "role": "foster_parent"},
            {"name": "Lorraine Begay", "aliases": [], "role": "caseworker"},
        ],
        "places": [
            "Sandoval High School",
            "Mesa Vista Recovery Center",
            "Valle del Sol Women's Clinic",
        ],
    },
    "t14_kittredge": {
        "case_id": "2023-DP-0388",
        "people": [
            {
                "name": "Kaylin Kittredge",
                "aliases": ["Kay-Kay"],
                "role": "child",
                "birth_date": "2016-09-05",
                "school": "Pine Hollow Elementary",
            },
            {
                "name": "Bryce Kittredge",
                "aliases": ["Bear"],
                "role": "sibling",
                "birth_date": "2019-01-22",
                "school": "Little Acorns Preschool",
            },
            {"name": "Amber Kittredge", "aliases": [], "role": "parent"},
            {"name": "Travis Kittredge", "aliases": [], "role": "parent"},
            {
                "name": "Loretta Kittredge",
                "aliases": ["Mamaw", "Mamaw Loretta"],
                "role": "relative",
                "address": "Lot 14, Shady Acres Mobile Home Park",
                "phone": "606-555-0115",
            },
            {"name": "Wendell Ashby", "aliases": [], "role": "caseworker"},
        ],
        "places": [
            "Pine Hollow Elementary",
            "Little Acorns Preschool",
            "Cumberland Valley Hospital",
        ],
    },
    "t14_faleolo": {
        "case_id": "2025-JV-1039",
        "people": [
            {
                "name": "Sina Faleolo",
                "aliases": ["Sini"],
                "role": "child",
                "birth_date": "2009-07-14",
                "school": "Harbor View High School",
                "address": "Stillwater Girls' Residence",
            },
            {
                "name": "Tavita Faleolo",
                "aliases": ["Tav"],
                "role": "sibling",
                "birth_date": "2012-03-27",
                "school": "Marrowstone Middle School",
            },
            {"name": "Mele Faleolo", "aliases": [], "role": "parent"},
            {"name": "Ronnie Pratt", "aliases": [], "role": "restricted_contact"},
            {"name": "Ibrahim Sesay", "aliases": [], "role": "caseworker"},
            {"name": "Renata Okoye", "aliases": ["Dr. O"], "role": "other"},
        ],
        "places": [
            "Harbor View High School",
            "Marrowstone Middle School",
            "Stillwater Girls' Residence",
            "Seaside Behavioral Health",
        ],
    },
}

ITEMS: list[tuple] = []


def add(kind: str, audience: str, text: str, case: str | None = None) -> None:
    ITEMS.append((kind, audience, text, case, None))


REC, MP, MY, MFP = "recruitment_post", "message_parent", "message_youth", "message_foster_parent"
FF, NOTE, ANN, EV, OTH = "foster_forum", "internal_note", "announcement", "event", "other"
PUB, PRIV, SEC = "public", "private", "secure"

# ------------------------------------------------------------------ case file: Nwosu
add(
    MFP,
    PRIV,
    "hi [[FIRST:Marge]], [[FIRST:dana]] here. how's [[FIRST:meka]] doing [[CASE_DETAIL:since the move]]? his teacher at [[SCHOOL:larkspur]] says he looks wiped out every morning, is he [[HEALTH:having trouble sleeping]]?",
    "t14_nwosu",
)
add(
    MFP,
    PRIV,
    "[[FIRST:Adaeze]] [[HEALTH:wet the bed]] three nights in a row after [[CASE_DETAIL:her visit with mom got cancelled]]. Should I tell Ms. [[PERSON:Whitlock]] or is that too small to bother her with?",
    "t14_nwosu",
)
add(
    MFP,
    SEC,
    "[[FIRST:Marjorie]], as of this morning's [[CASE_DETAIL:hearing]] [[FIRST:Curt]] [[CASE_DETAIL:is under a no-contact order]] with both kids. If he shows up at [[SCHOOL:Larkspur]] or at [[ADDRESS:Wren Hollow]], call 911 first and then me.",
    "t14_nwosu",
)
add(
    MFP,
    PRIV,
    "Reminder: [[FIRST:Ada]]'s [[HEALTH:speech eval]] is at [[LOCATION:Riverbend Peds]] Tuesday at 3:40. Bring her [[HEALTH:inhaler]] too, they want to recheck her [[HEALTH:asthma]] while she's there.",
    "t14_nwosu",
)
add(
    NOTE,
    SEC,
    "HV at [[ADDRESS:618 Wren Hollow Ln]]. [[PERSON:Emeka N.]] reports [[HEALTH:bad dreams]] about 3x/wk, worse after [[CASE_DETAIL:phone contact with mother]]. [[PERSON:Ngozi Nwosu]] [[CASE_DETAIL:missed her last two UAs]]; will staff re: [[CASE_DETAIL:moving visits back to supervised]].",
    "t14_nwosu",
)
add(
    MP,
    SEC,
    "Ms. [[PERSON:Nwosu]], your [[HEALTH:hair follicle test came back negative]]. I'll share it with the GAL before the [[CASE_DETAIL:review hearing]]. [[FIRST:Dazi]] made you a drawing for Thursday.",
    "t14_nwosu",
)
add(
    OTH,
    PRIV,
    "Hi Ms. [[PERSON:Tollefson]], this is the nurse at [[SCHOOL:Bramble Creek]]. [[FIRST:Ada]] came to my office with a [[HEALTH:nosebleed]] again, third time this month. Has her [[HEALTH:allergist]] said anything?",
    "t14_nwosu",
)

# ------------------------------------------------------------------ case file: Ramírez
add(
    MFP,
    PRIV,
    "[[FIRST:Gail]], [[FIRST:xochi]] has her [[HEALTH:prenatal appt]] at [[LOCATION:Valle del Sol]] thursday at 2. she asked that you not mention it to her mom yet, and since [[FIRST:Bety]] [[CASE_DETAIL:only has supervised visits]] that's [[FIRST:xochi]]'s call for now",
    "t14_ramirez",
)
add(
    MFP,
    SEC,
    "[[FIRST:Xochitl]]'s mom [[CASE_DETAIL:relapsed]] and left [[HEALTH:treatment]] at [[LOCATION:Mesa Vista]] against medical advice, so [[CASE_DETAIL:Saturday's visit is off]]. Please don't let [[FIRST:Xochi]] find out on Facebook before I talk to her.",
    "t14_ramirez",
)
add(
    MY,
    PRIV,
    "[[FIRST:xochi]] it's [[FIRST:lorraine]]. u didn't answer so I'm texting [[PHONE:505 555 0168]] again lol. [[FIRST:tio neto]] says he can drive u to the [[HEALTH:ultrasound]] if Ms. [[PERSON:Hutchins]] can't.",
    "t14_ramirez",
)
add(
    MP,
    PRIV,
    "Sra. [[PERSON:Ramirez]], le confirmo que la [[CASE_DETAIL:visita supervisada]] del sábado se cancela. Cuando vuelva al [[HEALTH:programa de tratamiento]] podemos hablar de reprogramarla. Llámeme al regresar.",
    "t14_ramirez",
)
add(
    NOTE,
    SEC,
    "Kinship assessment, [[ADDRESS:41 Camino del Pueblo]] ([[PERSON:Ernesto Ramírez]], maternal uncle). Home appropriate. Uncle [[HEALTH:uses CPAP]], [[HEALTH:managed diabetes]]. [[CASE_DETAIL:Background check]] shows [[CASE_DETAIL:2011 DWI]], no child-related history.",
    "t14_ramirez",
)
add(
    MY,
    PRIV,
    "ms [[PERSON:begay]] can u tell the judge i want to stay w [[FIRST:neto]]?? i dont want to [[CASE_DETAIL:go back to my mom's]] if shes [[CASE_DETAIL:using again]]. and with [[HEALTH:the baby coming]] i need somewhere calm 😩",
    "t14_ramirez",
)

# ------------------------------------------------------------------ case file: Kittredge
add(
    MFP,
    PRIV,
    "[[FIRST:Loretta]], the school nurse called — [[FIRST:Kay-Kay]] has [[HEALTH:lice]] again. Not a big deal! There's a [[HEALTH:treatment kit]] in the office for you to pick up.",
    "t14_kittredge",
)
add(
    MFP,
    PRIV,
    "[[FIRST:Mamaw]], [[FIRST:bear]]'s [[HEALTH:speech therapy]] moved to Wednesdays at [[SCHOOL:Little Acorns]]. Also [[FIRST:Travis]] [[CASE_DETAIL:called the office from jail]] asking about the kids. I told him to go through his lawyer.",
    "t14_kittredge",
)
add(
    NOTE,
    SEC,
    "[[PERSON:Bryce Kittredge]] ([[AGE:5]]) seen at [[LOCATION:Cumberland Valley Hosp]] ER for [[HEALTH:2nd degree burn to R hand]] (space heater). [[PERSON:Loretta K.]] sought care promptly. [[CASE_DETAIL:Intake notified per protocol]]; no concerns noted.",
    "t14_kittredge",
)
add(
    NOTE,
    SEC,
    "[[CASE_DETAIL:Permanency hearing]] continued. [[PERSON:Amber Kittredge]] [[HEALTH:started methadone]] 6 wks ago, [[HEALTH:UAs negative except methadone]]. [[FIRST:Travis]] [[CASE_DETAIL:remains incarcerated]], [[CASE_DETAIL:parole eligibility]] spring.",
    "t14_kittredge",
)
add(
    MP,
    PRIV,
    "[[FIRST:Amber]], [[FIRST:kaylin]] read a whole chapter book by herself this week! Her teacher at [[SCHOOL:Pine Hollow]] says her [[HEALTH:new glasses]] made a huge difference. See you at [[CASE_DETAIL:visitation]] Friday.",
    "t14_kittredge",
)
add(
    MFP,
    PRIV,
    "Hey [[FIRST:Mamaw Loretta]], I dropped off the new car seat and the [[HEALTH:amoxicillin]] for [[FIRST:Bear]]'s [[HEALTH:ear infection]] on your porch at [[ADDRESS:Shady Acres]]. Call me at the office if you need anything.",
    "t14_kittredge",
)

# ------------------------------------------------------------------ case file: Faleolo
add(
    OTH,
    SEC,
    "Staff at [[ADDRESS:Stillwater]]: [[FIRST:Sini]] came back after [[CASE_DETAIL:being gone two nights]] with [[HEALTH:fresh cuts on her forearm]]. [[FIRST:Dr. O]] wants 15-minute checks tonight and a [[HEALTH:med review]] tomorrow.",
    "t14_faleolo",
)
add(
    NOTE,
    SEC,
    "[[PERSON:Sina Faleolo]] [[CASE_DETAIL:returned from runaway]] 0200, brought by [[LOCATION:Tacoma]] PD. Denies substance use; [[HEALTH:UA pending]]. Disclosed she was with [[PERSON:Ronnie Pratt]] ([[CASE_DETAIL:subject of a no-contact order]]). [[CASE_DETAIL:Report made to law enforcement]].",
    "t14_faleolo",
)
add(
    MY,
    PRIV,
    "[[FIRST:Tav]], it's [[FIRST:Ibrahim]]. your sister is safe and back at her placement. I know [[CASE_DETAIL:her running off]] was scary. want to talk after school? I can come to [[SCHOOL:Marrowstone]].",
    "t14_faleolo",
)
add(
    MP,
    SEC,
    "Mrs. [[PERSON:Faleolo]], [[FIRST:Sina]] has started [[HEALTH:DBT]] with Dr. [[PERSON:Okoye]] at [[LOCATION:Seaside Behavioral Health]]. She asked for you to come to a [[HEALTH:family session]]; this would count toward your [[CASE_DETAIL:case plan]].",
    "t14_faleolo",
)
add(
    MY,
    PRIV,
    "[[FIRST:sini]] its [[FIRST:tav]]. mom said u [[CASE_DETAIL:ran again]]?? pls just text me back im not mad",
    "t14_faleolo",
)
add(
    OTH,
    PRIV,
    "Hello Mr. [[PERSON:Sesay]], [[SCHOOL:Harbor View]] counseling office here. [[FIRST:Sina]] has missed 9 days this month. We'd like to set up a [[HEALTH:504 plan for her depression]] — can you or the residence sign the consent?",
    "t14_faleolo",
)

# ------------------------------------------------------------------ messages to / from foster parents
add(
    MFP,
    PRIV,
    "[[CASE_DETAIL:Since the move to the new foster home]] [[FIRST:Rory]] has been [[HEALTH:wetting the bed again]]. Should I bring it up at the team meeting or just tell [[HEALTH:his therapist]]?",
)
add(
    MFP,
    PRIV,
    "Hey [[FIRST:Oksana]], quick heads up before pickup — [[FIRST:Dmytro]] [[HEALTH:got his first glasses]] today, so if they come home in his backpack instead of on his face, that's why 😂",
)
add(
    MFP,
    PRIV,
    "[[FIRST:Kelechi]] is [[HEALTH:allergic to tree nuts]] and has an [[HEALTH:EpiPen]] in the front pocket of her bag. The [[CASE_DETAIL:emergency placement]] paperwork should be at your door by 8.",
)
add(
    MFP,
    SEC,
    "Placement confirmation: [[PERSON:Mateo Villalobos]], [[AGE:3]], [[CASE_DETAIL:removed]] from a motel in [[LOCATION:Pharr]] this afternoon [[CASE_DETAIL:after his mom's arrest]]. He's [[HEALTH:behind on his shots]] and [[HEALTH:very underweight]]; pediatrician tomorrow at 10.",
)
add(
    MFP,
    PRIV,
    "[[FIRST:Sadia]] told me she's had [[HEALTH:nightmares]] every night this week, starting after [[CASE_DETAIL:court]] on Monday. Is she still supposed to get the [[HEALTH:prazosin]]? I don't see it in the med log.",
)
add(
    MFP,
    PRIV,
    "Hola [[FIRST:Doña Rufina]], [[FIRST:Yamilet]] tiene [[HEALTH:cita con el dentista]] el jueves, le van a [[HEALTH:sacar dos muelas]]. Ese día no puede comer nada duro. ¡Gracias por todo!",
)
add(
    MFP,
    PRIV,
    "Just FYI, [[FIRST:Ty'Rese]]'s [[CASE_DETAIL:visits with his dad are supervised]] now, so if dad asks to meet at McDonald's after practice the answer is no. It has to be at the office.",
)
add(
    MFP,
    PRIV,
    "[[FIRST:Nou]] has a [[HEALTH:growth check with endocrinology]] next month, they're worried she's [[HEALTH:not growing]]. Can you write down what she eats this week? Also her CASA, Mr. [[PERSON:Lindahl]], wants to come by Sunday.",
)
add(
    MFP,
    PRIV,
    "[[CASE_DETAIL:Respite]] for [[FIRST:Zaid]] is set for the third weekend. He [[HEALTH:takes Vyvanse 30 mg]] in the morning only, and [[HEALTH:melatonin]] at bedtime if he can't settle.",
)
add(
    MFP,
    PRIV,
    "[[FIRST:Wren]] came home from [[CASE_DETAIL:her visit with her bio mom]] and [[HEALTH:threw up twice]]. No fever. I think it's nerves but I'm keeping her home from [[SCHOOL:Fairmont Primary]] tomorrow.",
)
add(
    MFP,
    PRIV,
    "Can you sign the consent for [[FIRST:Beau]]'s [[HEALTH:tonsillectomy]]? The surgery center needs the caseworker's signature as well since [[CASE_DETAIL:parental rights haven't been terminated]].",
)
add(
    MFP,
    PRIV,
    "[[FIRST:Amari]]'s [[CASE_DETAIL:ICPC approval]] for his aunt in [[LOCATION:Savannah]] finally came through!! 🎉 We still need a [[HEALTH:Concerta]] refill before he flies out.",
)
add(
    MFP,
    PRIV,
    "hey it's [[FIRST:Brianne]] (foster mom). [[FIRST:Jonah]] [[HEALTH:broke his wrist]] on the trampoline, we're leaving [[LOCATION:Sacred Heart]] now with a cast. do i need to file an [[CASE_DETAIL:incident report]] tonight or tomorrow's ok?",
)
add(
    MFP,
    PRIV,
    "[[FIRST:Lupe]], [[FIRST:Santino]]'s [[CASE_DETAIL:kinship placement with his grandma]] starts Friday. Please pack his [[HEALTH:nebulizer]], his [[HEALTH:Singulair]], and the weighted blanket — [[HEALTH:he can't fall asleep]] without it.",
)
add(
    MFP,
    PRIV,
    "Hi [[FIRST:Thandiwe]]! Thanks for the update. A [[AGE:14-month-old]] [[HEALTH:not crawling yet]] is worth an [[HEALTH:early intervention referral]], especially with [[CASE_DETAIL:the neglect findings]]. I'll send it today.",
)
add(
    MFP,
    PRIV,
    "[[FIRST:Gideon]] has been [[HEALTH:sneaking food]] into his room and [[HEALTH:won't eat at the table]]. [[CASE_DETAIL:The last home used food as punishment]], so we're going slow. Any ideas from your end?",
)
add(
    MFP,
    SEC,
    "[[FIRST:Hannelore]], [[FIRST:Bastian]] ([[AGE:10]]) [[HEALTH:has type 1 diabetes and an insulin pump]]. The [[HEALTH:Dexcom]] alarms go to the app — I'll set you up. He [[CASE_DETAIL:came into care]] because [[CASE_DETAIL:dad wasn't managing his sugars]].",
)
add(
    MFP,
    PRIV,
    "[[FIRST:Dario]] said the [[HEALTH:Abilify]] makes him feel like a zombie. Can you ask [[HEALTH:the psychiatrist]] about lowering it at Thursday's appt? He [[CASE_DETAIL:got kicked out of his last placement]] for sleeping through school, I don't want a repeat.",
)
add(
    MFP,
    PRIV,
    "Hi [[FIRST:Margit]], [[FIRST:Elif]] will be a little late — [[CASE_DETAIL:her forensic interview]] at the advocacy center ran long. She's tired but okay.",
)

# ------------------------------------------------------------------ messages to / from parents
add(
    MP,
    PRIV,
    "Ms. [[PERSON:Haskell]], reminder that your [[CASE_DETAIL:random UA]] window opens at 7am tomorrow. Please call the color line before 9.",
)
add(
    MP,
    SEC,
    "Mr. [[PERSON:Oyelaran]], your [[HEALTH:UA from Friday came back negative]] for all substances. I'll include it in my report before the [[CASE_DETAIL:review hearing]].",
)
add(
    MP,
    PRIV,
    "[[FIRST:Krystyna]], I know [[CASE_DETAIL:missing two UAs]] feels small, but the court reads a missed test as a positive. Can we talk about what got in the way?",
)
add(
    MP,
    SEC,
    "Hi [[FIRST:Darnell]] — your [[HEALTH:IOP]] counselor at [[LOCATION:New Dawn Counseling]] confirmed you've attended [[HEALTH:9 of 12 sessions]]. Keep it up before the [[CASE_DETAIL:permanency hearing]].",
)
add(
    MP,
    PRIV,
    "[[FIRST:Teodora]], the kids are doing okay. [[FIRST:Luka]]'s [[HEALTH:ear tube surgery]] went fine and he's already back to running around. I'll bring photos to the [[CASE_DETAIL:visit]] Thursday.",
)
add(
    MP,
    PRIV,
    "Sra. [[PERSON:Quintanilla]], le recuerdo que la [[CASE_DETAIL:audiencia]] es el martes a las 9. Si necesita intérprete, avíseme. Los niños están bien; [[FIRST:Benjamín]] ya casi no necesita el [[HEALTH:inhalador]].",
)
add(
    MP,
    PRIV,
    "Mr. [[PERSON:Rahimi]], I got your message. [[CASE_DETAIL:Visits stay at the office]] for now because [[CASE_DETAIL:the investigation is still open]]. I'll call you Friday after I talk to my supervisor.",
)
add(
    MP,
    SEC,
    "[[FIRST:Shanice]], your [[HEALTH:Suboxone]] prescriber sent the letter. I'll attach it for the [[CASE_DETAIL:staffing]]. Having your [[HEALTH:MAT]] documented really helps.",
)
add(
    MP,
    PRIV,
    "Congrats on [[CASE_DETAIL:6 months sober]], [[FIRST:Rhiannon]]! The kids made you a card, I'll bring it to Thursday's [[CASE_DETAIL:visit]].",
)
add(
    MP,
    PRIV,
    "[[FIRST:Tomasz]], [[FIRST:Kuba]] is fine — he [[HEALTH:sprained his ankle]] at recess and the [[HEALTH:x-ray was negative]]. He just needs to stay off it a few days.",
)
add(
    MP,
    PRIV,
    "Hi [[FIRST:Aroha]], I emailed you the sign-up for the [[CASE_DETAIL:court-ordered parenting class]]. Once it's done we can ask about [[CASE_DETAIL:unsupervised weekends]].",
)
add(
    MP,
    PRIV,
    "I'm sorry about how [[CASE_DETAIL:the removal]] went yesterday, [[FIRST:Giselle]]. [[FIRST:Noor]] is with a kind family. She got her [[HEALTH:Flovent]] at bedtime and slept fine.",
)
add(
    MP,
    SEC,
    "Mr. [[PERSON:Kwiatkowski]], we received your [[HEALTH:psychological evaluation]] from Dr. [[PERSON:Essien]]. The recommendations will be discussed at the [[CASE_DETAIL:family team meeting]] Monday.",
)
add(
    MP,
    PRIV,
    "[[FIRST:Marisela]], ya hablé con la escuela. [[FIRST:Joaquín]] tiene su junta del [[HEALTH:IEP]] la próxima semana en [[SCHOOL:Ridgecrest]]. Es importante que vaya, aunque [[CASE_DETAIL:las visitas sean supervisadas]].",
)
add(
    MP,
    PRIV,
    "[[FIRST:Dwayne]], the [[CASE_DETAIL:no-contact order]] covers texting too. Please stop messaging [[FIRST:Kiana]] on Snapchat; the foster parents have to report it.",
)
add(
    MP,
    SEC,
    "Ms. [[PERSON:Baptiste]], the [[CASE_DETAIL:trial home visit]] starts Monday. [[FIRST:Jean-Luc]]'s [[HEALTH:seizure meds]] — [[HEALTH:Trileptal]] twice a day — will come home with him. Please keep the [[HEALTH:neuro appt]] at [[LOCATION:Ochsner]] on the 18th.",
)
add(
    MP,
    PRIV,
    "[[FIRST:Anh]], thank you for doing the [[HEALTH:intake at the rehab]] today. That took courage. [[FIRST:Bảo Ngọc]] is okay and asked me to tell you she's being brave too.",
)
add(
    MP,
    SEC,
    "Mr. [[PERSON:Aguilar-Soto]], I've attached the [[CASE_DETAIL:court report]]. Page 3 covers your [[HEALTH:completion of anger management counseling]]; page 4, [[CASE_DETAIL:the recommendation for reunification]].",
)

# ------------------------------------------------------------------ messages with youth
add(
    MY,
    PRIV,
    "hey [[FIRST:jojo]] it's [[FIRST:tasha]] (ur worker). did u pick up ur [[HEALTH:zoloft]] from cvs? pharmacy says it's been ready since tues",
)
add(
    MY,
    PRIV,
    "[[FIRST:Deng]], your [[CASE_DETAIL:court date]] got moved to next Thursday. The judge wants to hear from you about [[CASE_DETAIL:the placement]], so think about what you want to say.",
)
add(
    MY,
    PRIV,
    "ok so the [[HEALTH:pregnancy test was positive]]. pls dont tell [[FIRST:ms carla]] yet i want to tell her myself",
)
add(
    MY,
    PRIV,
    "[[FIRST:Kenji]], proud of you for [[CASE_DETAIL:finishing probation]] 🙌 your PO said you were one of the easiest kids she's had lol",
)
add(
    MY,
    PRIV,
    "are u ok?? [[FIRST:dani]] said u [[CASE_DETAIL:got moved to a group home]] last night",
)
add(
    MY,
    PRIV,
    "bro the new [[HEALTH:abilify dose]] has me sleeping thru 1st period fr",
)
add(
    MY,
    PRIV,
    "[[FIRST:Milagros]], I got your text. I'm glad you told me about [[HEALTH:the cutting]]. You're not in trouble. Can I call you at 4?",
)
add(
    MY,
    PRIV,
    "Hey [[FIRST:Abdi]], reminder: your [[HEALTH:braces check]] at [[LOCATION:Bright Smiles Orthodontics]] is Wednesday. I'll pick you up from [[SCHOOL:Roosevelt High]] at 2:45.",
)
add(
    MY,
    PRIV,
    "u still going to [[HEALTH:DBT group]] on tuesdays? [[FIRST:kev]] said they moved it to the other building",
)
add(
    MY,
    PRIV,
    "im not going back there. if i [[CASE_DETAIL:run again]] they'll just [[CASE_DETAIL:put me in shelter]] so whatever",
)
add(
    MY,
    PRIV,
    "[[FIRST:Yesenia]] mija, ¿ya te pusiste la [[HEALTH:insulina]]? your [[HEALTH:sugar was 300]] last night, no estoy jugando 😤",
)
add(
    MY,
    PRIV,
    "[[FIRST:Luis]], good news: the judge approved your [[CASE_DETAIL:extended foster care]], so you can stay with the [[PERSON:Dangs]] through your first year at [[SCHOOL:Delta College]].",
)
add(
    MY,
    PRIV,
    "[[FIRST:Amira]], your [[HEALTH:allergy shots]] are at 4 and your [[CASE_DETAIL:visit with your dad]] is at 6, both at the office building on Grand. Need a ride?",
)
add(
    MY,
    PRIV,
    "yo [[FIRST:marcus]] did they tell u ur [[CASE_DETAIL:brother got locked up]]? [[FIRST:Tre]] told me at lunch",
)
add(
    MY,
    PRIV,
    "[[FIRST:Precious]], I booked you with the [[HEALTH:eye doctor]] for [[HEALTH:the headaches]]. Bring your Medicaid card, the number on it is [[ID:882 119 457 T]].",
)
add(
    MY,
    PRIV,
    "its fine. i just [[HEALTH:cant sleep]] since [[CASE_DETAIL:they took me from my grandma's]]. the [[HEALTH:melatonin]] does nothing",
)
add(
    MY,
    PRIV,
    "[[FIRST:Noa]], I know you're nervous about the [[CASE_DETAIL:TPR hearing]]. You don't have to go. Mrs. [[PERSON:Dalca]]-- sorry, your GAL, can tell the judge what you want.",
)
add(
    MY,
    PRIV,
    "omg [[FIRST:Imani]] ur [[HEALTH:pregnant]]?? does ur [[CASE_DETAIL:PO]] know",
)
add(
    MY,
    PRIV,
    "[[FIRST:Hunter]], your [[HEALTH:therapy]] moved to Monday because of [[CASE_DETAIL:your dad's sentencing]] on Tuesday. I'll be there with you if you want to go.",
)

# ------------------------------------------------------------------ internal notes
add(
    NOTE,
    SEC,
    "Contact note: HV at foster home. [[PERSON:Jaxon Pettibone]] ([[AGE:7]]) presents w/ [[HEALTH:enuresis]] since [[CASE_DETAIL:placement change]] Monday. FP using pull-ups. Referred to [[LOCATION:Lakeshore Pediatrics]].",
)
add(
    NOTE,
    SEC,
    "[[PERSON:M. Abernathy]] (mother): [[HEALTH:UA positive for fentanyl and THC]]. [[CASE_DETAIL:Third missed visit]] this month. Will staff re: [[CASE_DETAIL:suspending visits]].",
)
add(
    NOTE,
    SEC,
    "Father [[PERSON:Hollis Greer]] [[CASE_DETAIL:arrested Saturday for DUI]], held at [[LOCATION:Marion County Jail]]. [[CASE_DETAIL:Probation violation]] likely; [[CASE_DETAIL:reunification]] timeline affected.",
)
add(
    NOTE,
    SEC,
    "[[PERSON:Aiyana Runningwater]], [[AGE:14]]: [[HEALTH:dx PTSD, MDD]]; [[HEALTH:sertraline 50 mg qAM]]. [[CASE_DETAIL:ICWA]] notice sent to tribe. [[CASE_DETAIL:Kinship placement with maternal aunt]] in [[LOCATION:Anadarko]] [[CASE_DETAIL:pending home study]].",
)
add(
    NOTE,
    SEC,
    "[[PERSON:Ezekiel Mbeki-Shaw]] ([[AGE:2y]]): [[HEALTH:FTT]], [[HEALTH:wt <3rd percentile]]. Feeding therapy referral made. [[CASE_DETAIL:Medical neglect allegation]] against mother [[CASE_DETAIL:substantiated]].",
)
add(
    NOTE,
    SEC,
    "Supervisor consult re: [[PERSON:Ilse Brandvold]]. Mother [[CASE_DETAIL:no contact in 7 months]]; father [[CASE_DETAIL:incarcerated]]. Recommend [[CASE_DETAIL:filing TPR]] and [[CASE_DETAIL:goal change to adoption]].",
)
add(
    NOTE,
    SEC,
    "YP [[PERSON:Ramón Etxeberria]] ([[AGE:16]]) [[CASE_DETAIL:AWOL]] from [[ADDRESS:Harmony House]] since 2300. [[CASE_DETAIL:Missing person report]] filed w/ [[LOCATION:Bakersfield]] PD. YP [[HEALTH:has T1D]]; took [[HEALTH:pump supplies]] per staff.",
)
add(
    NOTE,
    SEC,
    "Call from [[PERSON:Lucinda Marrow]], counselor at [[SCHOOL:Cottonwood Middle]]: [[FIRST:Zion]] disclosed [[HEALTH:suicidal thoughts]]. [[HEALTH:Mobile crisis responded]]. Mother notified. [[CASE_DETAIL:Report to intake]] screened out.",
)
add(
    NOTE,
    SEC,
    "[[CASE_DETAIL:Adoption finalization hearing]] set for the [[PERSON:Liang]] family. [[CASE_DETAIL:Adoption subsidy]] approved to cover [[FIRST:Meili]]'s [[HEALTH:FASD services]].",
)
add(
    NOTE,
    SEC,
    "[[PERSON:Delphine Auguste]] (bio mom) [[HEALTH:discharged from inpatient psych]] at [[LOCATION:Brookfield Behavioral]] Tue. [[CASE_DETAIL:Safety plan]] reviewed; [[CASE_DETAIL:visits remain suspended]] until next [[CASE_DETAIL:hearing]].",
)
add(
    NOTE,
    SEC,
    "Home study: applicant [[PERSON:Grace Nakagawa]] disclosed [[HEALTH:history of postpartum depression]], resolved; letter from her [[HEALTH:former therapist]] on file.",
)
add(
    NOTE,
    SEC,
    "[[FIRST:Cruz]] ([[AGE:4]]) [[HEALTH:ER visit]] at [[LOCATION:Mercy Regional]] after [[HEALTH:a fall off the bunk bed]]; [[HEALTH:2 stitches over L eyebrow]]. Injury consistent w/ FP account. [[CASE_DETAIL:Incident report]] sent to licensing.",
)
add(
    NOTE,
    SEC,
    "Staffing, [[PERSON:Oyelaran]] case: dad's [[HEALTH:UAs negative x8]], [[HEALTH:IOP completed]]. Team recommends [[CASE_DETAIL:trial home visit]] next month. GAL concurs.",
)
add(
    NOTE,
    SEC,
    "[[PERSON:Bashir Osman]], [[AGE:11]], [[HEALTH:IEP for autism]] at [[SCHOOL:Lindbergh Elementary]]; [[HEALTH:nonverbal in new settings]]. [[CASE_DETAIL:Placement disrupted]] — [[CASE_DETAIL:third placement this year]].",
)
add(
    NOTE,
    SEC,
    "Collateral call w/ Ms. [[PERSON:Feliciano]] ([[SCHOOL:Hillcrest]] 2nd grade teacher): [[FIRST:Jasiel]] [[HEALTH:hoarding food]] in his desk; nurse says he [[HEALTH:lost 3 lbs]]. Will discuss w/ FP.",
)
add(
    NOTE,
    SEC,
    "[[PERSON:Nadia Khoury]] [[HEALTH:34 weeks pregnant]]; [[CASE_DETAIL:prior TPR on two older children]]. [[CASE_DETAIL:Birth match alert]] set with hospital social work.",
)
add(
    NOTE,
    SEC,
    "Court report excerpt: since [[CASE_DETAIL:removal]], [[FIRST:Hazel]] has [[HEALTH:gained 4 lbs]] and [[HEALTH:her eczema has cleared]]. She [[HEALTH:attends play therapy]] weekly. [[CASE_DETAIL:Mother attended 11 of 12 visits]].",
)
add(
    NOTE,
    SEC,
    "[[PERSON:Wyatt Blackhorse]] [[CASE_DETAIL:detained]] at [[LOCATION:Pima County Juvenile Detention]] on a [[CASE_DETAIL:shoplifting charge]]. His [[HEALTH:guanfacine and Focalin]] weren't sent with him; calling the facility nurse.",
)
add(
    NOTE,
    SEC,
    "TC w/ Rev. [[PERSON:Ambrose Kile]] (paternal grandfather): willing to be [[CASE_DETAIL:kinship placement]] for [[FIRST:Lottie]] ([[AGE:6]]) but [[HEALTH:recent hip replacement]]; asks for [[CASE_DETAIL:respite]] support.",
)
add(
    NOTE,
    SEC,
    "Mother [[PERSON:Yaretzi Colunga]] reports [[CASE_DETAIL:98 days clean]]. [[HEALTH:Vivitrol injection]] monthly at [[LOCATION:Valley Recovery]]. [[HEALTH:Random UAs all negative]]. [[CASE_DETAIL:Unsupervised day visits]] recommended.",
)
add(
    NOTE,
    SEC,
    "[[PERSON:Tenzin Dorji]] ([[AGE:9]]): [[HEALTH:new RAD dx]] from [[LOCATION:Horizon Child Psychiatry]]. Foster parents request [[CASE_DETAIL:placement change]] — consult with therapist first; [[CASE_DETAIL:disruption]] would be the 4th.",
)
add(
    NOTE,
    SEC,
    "CPS intake: [[CASE_DETAIL:allegation of physical abuse]] re: [[PERSON:Sebastián Loera]], [[AGE:8]], [[SCHOOL:Westbrook Elementary]]. Reporter (school nurse) saw [[HEALTH:bruising on upper arms]]. Assigned P2.",
)
add(
    NOTE,
    SEC,
    "[[PERSON:Faith Akinyi]] ([[AGE:17]]) [[HEALTH:12 wks pregnant]], [[HEALTH:prenatal care]] started. Youth asks for [[CASE_DETAIL:placement with the baby's paternal grandmother]]; will explore.",
)
add(
    NOTE,
    SEC,
    "[[PERSON:Callum Reyes-Whitt]] [[HEALTH:developmental delay]] (Birth to 3 eligible). [[CASE_DETAIL:Dependency petition]] filed; [[CASE_DETAIL:shelter care hearing]] tomorrow 1:30, courtroom 4B.",
)
add(
    NOTE,
    SEC,
    "Visit note: [[CASE_DETAIL:supervised visit]], father [[PERSON:Bogdan Petrescu]] and [[FIRST:Ilinca]] ([[AGE:5]]). Dad [[CASE_DETAIL:appeared under the influence]]; visit ended early. Requested [[CASE_DETAIL:same-day UA]] — [[CASE_DETAIL:refused]].",
)

# ------------------------------------------------------------------ foster parent forums
add(
    FF,
    PUB,
    "Anyone else's kiddo [[HEALTH:wet the bed]] for weeks after [[CASE_DETAIL:a placement move]]? Our [[AGE:6yo]] started again after [[CASE_DETAIL:coming to us from another home]] and I'm trying not to make it a thing.",
)
add(
    FF,
    PRIV,
    "Update on our girl [[FIRST:Maisie]]: [[CASE_DETAIL:TPR was granted]] Tuesday and we're [[CASE_DETAIL:moving toward adoption]]! Her [[HEALTH:RAD]] behaviors are still rough but the new [[HEALTH:attachment therapist]] is amazing.",
)
add(
    FF,
    PUB,
    "Our [[AGE:15yo]] [[CASE_DETAIL:ran away]] last night and came back at 3am. Cops brought him. Anyone dealt with this with a kid who has [[HEALTH:ODD]]?",
)
add(
    FF,
    PUB,
    "Prayers please 🙏 our little guy [[HEALTH:had heart surgery]] this morning at [[LOCATION:Children's Mercy]], and [[CASE_DETAIL:bio mom isn't allowed at the hospital]], so it's just us.",
)
add(
    FF,
    PUB,
    "Vent: the caseworker cancelled [[CASE_DETAIL:the parent visit]] AGAIN and my [[AGE:4 year old]] had [[HEALTH:night terrors]] all night. I'm so tired.",
)
add(
    FF,
    PRIV,
    "Has anyone switched a kiddo to a non-stimulant? Ours [[HEALTH:stopped eating on Concerta]] and the psychiatrist mentioned [[HEALTH:Qelbree]].",
)
add(
    FF,
    PUB,
    "So proud of my teen — [[CASE_DETAIL:12 months clean]] and she just passed her driver's test! 🎉",
)
add(
    FF,
    PUB,
    "[[FIRST:Ellie]] ([[AGE:8]]) lost her first tooth tonight and we made a huge deal of it since she'd never had a tooth fairy before. Small wins 💕",
)
add(
    FF,
    PUB,
    "Anyone in the [[LOCATION:Spokane]] area know a pediatric dentist who takes Medicaid and does sedation? Our [[AGE:5yo]] needs [[HEALTH:6 fillings]] and [[HEALTH:has sensory issues]].",
)
add(
    FF,
    PRIV,
    "[[CASE_DETAIL:Court]] today. Judge [[CASE_DETAIL:changed the goal to adoption]]. I'm happy for us and heartbroken for his mom, who [[CASE_DETAIL:couldn't stay sober]]. Complicated day.",
)
add(
    FF,
    PUB,
    "Our new placement came with a bag of meds and no list 🙄 [[HEALTH:Risperdal, clonidine and hydroxyzine]] for a [[AGE:7 year old]]. Is that normal??",
)
add(
    FF,
    PUB,
    "Got the call for a [[AGE:9-day-old]] in the NICU at [[LOCATION:St. Luke's]] — [[HEALTH:withdrawing from methadone]], [[CASE_DETAIL:hospital hold]]. We said yes!! Any tips for NAS babies?",
)
add(
    FF,
    PUB,
    "Kinship grandma here. The state [[CASE_DETAIL:took my grandkids from my daughter]] and they've been with me since. My granddaughter [[HEALTH:has an IEP for dyslexia]] at [[SCHOOL:Oak Meadow]] and the school keeps skipping her services. What do I do?",
)
add(
    FF,
    PUB,
    "Asking for advice: [[AGE:13 year old]] girl in our home is [[HEALTH:purging after meals]]. [[HEALTH:Her therapist]] knows. The [[CASE_DETAIL:previous foster home]] apparently never noticed.",
)
add(
    FF,
    PRIV,
    "lol our [[AGE:3yo]] [[HEALTH:failed the hearing screen]] and turns out it was just wax. 🤦‍♀️ At least we know her ears are fine before [[CASE_DETAIL:the adoption goes through]].",
)
add(
    FF,
    PUB,
    "Question for the group: how do you explain to a [[AGE:five year old]] why [[CASE_DETAIL:her visits with daddy stopped]]? He's [[CASE_DETAIL:in prison]] and she keeps asking.",
)
add(
    FF,
    PRIV,
    "[[FIRST:Kiri]] here — our [[AGE:10yo]] [[HEALTH:FASD]] kiddo starts at [[SCHOOL:Mount Roskill Intermediate]] next week. Anyone have a good one-page sheet for teachers?",
)
add(
    FF,
    PUB,
    "[[CASE_DETAIL:Third move in a year]] for our boy, not because of us — [[CASE_DETAIL:he's going to live with his uncle]] out of state. We'll miss him. He [[HEALTH:finally stopped having accidents]] last month 🥲",
)

# ------------------------------------------------------------------ public posts, recruitment
add(
    REC,
    PUB,
    "Meet [[FIRST:Taj]], [[AGE:12]]! [[FIRST:Taj]] loves basketball, ramen and Minecraft. He does best as the youngest in the home. Learn more at our info night.",
)
add(
    REC,
    PUB,
    "Meet [[FIRST:Leilani]], [[AGE:9]], who [[HEALTH:has Down syndrome]] and loves swimming and Moana. She's looking for a family who will cheer loudly at Special Olympics.",
)
add(
    REC,
    PUB,
    "[[FIRST:Brisa]] and [[FIRST:Camilo]] ([[AGE:10 and 13]]) [[CASE_DETAIL:have been in care three years]] and want to stay together. Both [[HEALTH:see a therapist weekly]] and both love soccer.",
)
add(
    REC,
    PUB,
    "Big-hearted teen [[PERSON:Marquise Delacroix]], [[AGE:16]], is looking for a mentor family. He [[CASE_DETAIL:has lived in a group home since he was 13]] and is saving for his first car.",
)
add(
    REC,
    PUB,
    "This is [[FIRST:Yusra]] ✨ [[AGE:14]], honor roll at [[SCHOOL:Kennedy Middle]], wants to be a pharmacist. She [[HEALTH:manages her epilepsy]] like a pro and needs a family in the [[LOCATION:Dearborn]] area.",
)
add(
    REC,
    PUB,
    "Siblings [[FIRST:Oakley]], [[FIRST:Remy]] and [[FIRST:June]] ([[AGE:3, 5 and 8]]) need a home together. [[FIRST:Remy]] [[HEALTH:has a feeding tube]] and the family will get training.",
)

# ------------------------------------------------------------------ other public posts with a fact (leaks)
add(
    OTH,
    PUB,
    "So grateful for our CASA volunteer who sat with [[FIRST:Eli]] through [[CASE_DETAIL:the whole hearing]] today. He [[HEALTH:has PTSD]] and courtrooms are hard for him.",
)
add(
    ANN,
    PUB,
    "Congratulations to the [[PERSON:Abernathy-Cole]] family on [[CASE_DETAIL:finalizing the adoption]] of [[FIRST:Jaylah]] and [[FIRST:Malachi]] today! 🎉",
)
add(
    OTH,
    PUB,
    "Our [[AGE:2nd grader]] at [[SCHOOL:Whittier]] just [[HEALTH:got her 504 for ADHD]] approved after six months of fighting. Foster parents, keep pushing!",
)
add(
    OTH,
    PUB,
    "First day of kindergarten for our foster son! He was [[HEALTH:speech-delayed]] when he came to us a year ago and now he won't stop talking 😂",
)

# ------------------------------------------------------------------ mixed, other senders (teachers, therapists, relatives)
add(
    OTH,
    PRIV,
    "Hi, this is Mr. [[PERSON:Oduya]], [[FIRST:Kofi]]'s teacher at [[SCHOOL:Glenwood Elementary]]. He's been [[HEALTH:falling asleep in class]] and said he [[CASE_DETAIL:moved houses again]]. Is there anything we should know?",
)
add(
    OTH,
    SEC,
    "From Dr. [[PERSON:Hollenbeck]]'s office: [[FIRST:Paisley]]'s [[HEALTH:lead level came back at 12]]. Please have the caseworker confirm [[CASE_DETAIL:whether she's still placed]] at [[ADDRESS:the Elm Street home]].",
)
add(
    OTH,
    SEC,
    "Therapist update for the team: [[FIRST:Anaya]] is making progress on [[HEALTH:trauma-focused CBT]] but [[HEALTH:regressed]] after [[CASE_DETAIL:the allegation against her foster dad]] came up. I recommend no [[CASE_DETAIL:placement change]] right now.",
)
add(
    OTH,
    PRIV,
    "[[FIRST:Auntie Wanda]] here, I'm trying to find out when [[FIRST:DeShawn]]'s next [[CASE_DETAIL:court]] is. I want to ask for [[CASE_DETAIL:placement]]. He [[HEALTH:has sickle cell]] and I know his doctors.",
)
add(
    OTH,
    PRIV,
    "Mrs. [[PERSON:Eriksen]], the [[HEALTH:IEP]] team at [[SCHOOL:Lakeview Middle]] would like to meet about [[FIRST:Signe]]'s [[HEALTH:reading disability evaluation results]]. Is the foster parent or the caseworker the education decision-maker?",
)
add(
    OTH,
    PRIV,
    "Hi it's [[FIRST:Tía Chayo]]. [[FIRST:Nico]] called me crying, says [[CASE_DETAIL:they're moving him to a new house]] and his [[HEALTH:asthma]] is acting up. ¿Qué pasó?",
)
add(
    OTH,
    SEC,
    "School psychologist note: [[PERSON:Maximilian Ortega]] ([[AGE:gr. 4]]) qualifies under [[HEALTH:OHI for ADHD]]. [[CASE_DETAIL:Guardian of record is DCFS]]; [[CASE_DETAIL:parental rights terminated]] per caseworker.",
)
add(
    OTH,
    PRIV,
    "[[FIRST:Grandpa Isaiah]], the pediatrician wants [[FIRST:Josiah]] to get an [[HEALTH:allergy test]] because of the [[HEALTH:hives]]. Since you have [[CASE_DETAIL:temporary custody]], you'll need to bring the court papers.",
)
add(
    OTH,
    PRIV,
    "Hi from the front desk at [[LOCATION:Sunnybrook Family Dental]] — [[FIRST:Rafael]]'s [[HEALTH:root canal]] is confirmed for Tuesday. Since he's [[CASE_DETAIL:in state custody]] we need the consent form from his worker.",
)
add(
    OTH,
    PRIV,
    "[[FIRST:Oma]] says [[FIRST:Lukas]] has been [[HEALTH:biting his nails till they bleed]] since [[CASE_DETAIL:the police came to the house]]. She wants to know if the counselor at [[SCHOOL:Brookside]] can see him.",
)

# ------------------------------------------------------------------ harder mixed phrasings
add(
    MFP,
    PRIV,
    "lmk if [[FIRST:Deja]] needs a ride to [[HEALTH:the methadone clinic]]... oops wrong chat, that was about her mom, sorry! 🙈 anyway [[FIRST:Deja]]'s [[CASE_DETAIL:visit]] is at 5.",
)
add(
    NOTE,
    SEC,
    "[[FIRST:Rosalind]] asked whether her [[HEALTH:Wellbutrin]] will show up on [[CASE_DETAIL:the court-ordered drug screen]]. Explained it won't flag and that she should list it on the chain-of-custody form.",
)
add(
    MP,
    PRIV,
    "[[FIRST:Efrain]], the [[CASE_DETAIL:hair test the judge ordered]] is Tuesday at 10. Your [[HEALTH:last one came back positive for cocaine]], so this one matters a lot.",
)
add(
    MFP,
    PRIV,
    "[[FIRST:Winnie]] [[HEALTH:peed through her pull-up]] at nap again. Happens every time after [[CASE_DETAIL:Wednesday visits]]. Not complaining, just tracking it for [[HEALTH:her therapist]].",
)
add(
    MY,
    PRIV,
    "[[FIRST:Brayden]] ur [[CASE_DETAIL:ankle monitor]] comes off friday right?? then we can finally go to the lake",
)
add(
    NOTE,
    SEC,
    "[[PERSON:Keoni Kahale]]: [[HEALTH:asthma]], [[HEALTH:albuterol PRN]]. [[CASE_DETAIL:Placed in respite]] at the [[PERSON:Nakoa]] home while FP is [[HEALTH:in the hospital]]. Returns Sunday.",
)
add(
    MFP,
    PRIV,
    "So [[FIRST:Matteo]] tells me he [[HEALTH:hears voices]] at night. Could be the trauma talking, could be more. Can we get him a [[HEALTH:psych eval]] before [[CASE_DETAIL:the next court date]]?",
)
add(
    MP,
    PRIV,
    "[[FIRST:Chantal]], I'm not judging you for [[CASE_DETAIL:using this weekend]]. A lot of parents slip in the first month. What matters is you called me. Can you get to your [[HEALTH:counselor]] tonight?",
)
add(
    NOTE,
    SEC,
    "[[FIRST:Ophelia]]'s bio dad [[HEALTH:completed a substance abuse assessment]]; recommendation: [[HEALTH:outpatient treatment]]. [[CASE_DETAIL:Ordered to submit weekly UAs]] per case plan.",
)
add(
    MY,
    PRIV,
    "[[FIRST:Selin]], yes, you can get [[HEALTH:birth control]] without asking your foster parents. I'll drive you to the clinic. This doesn't go in [[CASE_DETAIL:your court report]].",
)

# ------------------------------------------------------------------ clean items: same words, no person
add(ANN, PUB, "Our agency hosts a CASA volunteer info night on Thursday at 6:30. Pizza provided!")
add(
    EV,
    PUB,
    "Respite care training Saturday, 9am–1pm, at the Maplewood Community Center. Lunch is on us.",
)
add(FF, PUB, "What does an IEP meeting usually look like? Trying to learn before we get licensed.")
add(
    EV,
    PUB,
    "Trauma-informed parenting workshop: understanding nightmares, bedwetting and food hoarding after a removal. Free for licensed and kinship families.",
)
add(
    FF,
    PUB,
    "For new foster parents: bedwetting, bad dreams and sneaking food are really common in the first months. None of it means you're doing something wrong.",
)
add(
    FF,
    PUB,
    "Does anyone have a good book on RAD for parents? The handouts we got from training are really clinical.",
)
add(
    FF,
    PUB,
    "Question for kinship caregivers: how did you handle the ICPC process when the kids lived in another state? General tips welcome.",
)
add(
    FF,
    PUB,
    "Kinship families: the county's kinship navigator can help with beds, car seats and clothing vouchers. Ask your worker!",
)
add(
    FF,
    PUB,
    "Reminder that Medicaid covers glasses and dental for kids in care in most states — don't pay out of pocket!",
)
add(
    FF,
    PUB,
    "Tips for family visits: we pack a small bag with snacks, a picture book and a photo album for the kiddos to share with their parents. Keeps things calmer.",
)
add(
    REC,
    PUB,
    "Not every child in foster care needs a forever home — some need a respite family one weekend a month. Could that be you?",
)
add(
    REC,
    PUB,
    "Teens in care need adults who show up. Become a CASA volunteer and speak up for a child in court.",
)
add(
    REC,
    PUB,
    "Kinship caregivers: you may qualify for a monthly payment. Our kinship team can walk you through it.",
)
add(
    ANN,
    PUB,
    "The office is closed Monday for Juneteenth. The after-hours placement line stays open 24/7.",
)
add(
    EV,
    PUB,
    "Free naloxone (Narcan) training for foster and kinship caregivers, Wednesday at 5. Learn to recognize and reverse an overdose.",
)
add(
    ANN,
    PUB,
    "New in the lending library: books on parenting kids with RAD, PTSD and FASD, plus a picture book about going to court.",
)
add(
    EV,
    PUB,
    "IEP 101 for caregivers: what a 504 plan is, how it differs from an IEP, and who can sign when a child is in care.",
)
add(
    NOTE,
    SEC,
    "Reminder to staff: UA collection hours at the testing lab change to 7–11am starting next week.",
)
add(
    NOTE,
    SEC,
    "Training for case managers: documenting MAT (methadone, Suboxone, Vivitrol) in case plans without treating it as 'still using'.",
)
add(
    EV,
    PUB,
    "National Adoption Day! Join us at the courthouse as families finalize their adoptions. Cake afterward 🎂",
)
add(
    ANN,
    PUB,
    "We're hiring an ongoing case manager (bilingual Spanish preferred). Duties include home visits, court reports and ICPC requests.",
)
add(
    EV,
    PUB,
    "Support group for relatives raising grandkids — first Tuesday of the month at Grace Lutheran. Childcare available.",
)
add(
    ANN,
    PUB,
    "Did you know? Youth who age out of foster care can keep Medicaid until 26. Ask us about transition planning.",
)
add(
    MFP,
    PRIV,
    "Hi! The respite form is attached. Just fill out page 2 and send it back whenever you get a chance.",
)
add(MP, PRIV, "Good morning, I'm running about 10 minutes late. See you soon.")
add(MY, PRIV, "the teen group is going bowling friday, u in?")
add(
    MFP,
    PRIV,
    "Do you still have the pack-n-play we lent you? Another family needs it this weekend.",
)
add(
    NOTE,
    SEC,
    "Reminder: contact notes are due within 72 hours. Court reports go to supervisors 10 days before the hearing.",
)
add(
    MY,
    PRIV,
    "what's the difference between IOP and regular counseling? it's for my health class project lol",
)
add(
    MFP,
    PRIV,
    "Can you send me the link to that trauma training you mentioned, the one about sleep and nightmares?",
)
add(
    NOTE,
    SEC,
    "Unit meeting moved to Thursday. Agenda: new ICPC forms, TPR timelines, mileage reimbursement.",
)
add(MP, PRIV, "Here's the bus schedule you asked for. Route 12 stops right in front of our office.")
add(
    OTH,
    PUB,
    "What do CPS, DCFS and DCS stand for? Every state seems to use a different name for the same thing.",
)
add(
    OTH,
    PUB,
    "Explainer: a GAL represents the child's best interests in court, while a CASA is a trained volunteer who often fills a similar role.",
)
add(
    OTH,
    PUB,
    "Substance use disorder is treatable. MAT with methadone or buprenorphine cuts the risk of overdose death roughly in half.",
)
add(
    OTH,
    PUB,
    "Mental Health Awareness Month: PTSD in young children can look like irritability, trouble sleeping or bedwetting. Know the signs.",
)
add(
    FF,
    PUB,
    "Does the state cover an insulin pump for kids in kinship care, or only in licensed foster homes? Researching for a friend.",
)
add(
    OTH,
    PUB,
    "Watched 'Instant Family' with Mark Wahlberg again last night. The scene at the court hearing gets me every single time.",
)
add(
    FF,
    PUB,
    "Dr. Bruce Perry's talk on trauma and the developing brain is free on YouTube. Highly recommend for anyone doing foster care training.",
)
add(
    OTH,
    PUB,
    "Reading 'Three Little Words' by Ashley Rhodes-Courter for book club — a memoir about growing up in foster care. Bring tissues.",
)
add(
    EV,
    PUB,
    "Hope, Faith and Grace are the three cabins at this year's summer camp for kids in care. Sign-ups open Monday!",
)
add(
    EV,
    PUB,
    "Adoption Day picnic at Lincoln Park this Sunday, noon to 3. Face painting and a bounce house!",
)
add(
    ANN,
    PUB,
    "Foster parent licensing requires CPR and first aid. Our next class is the 2nd Saturday; EpiPen and inhaler use are covered too.",
)
add(
    FF,
    PUB,
    "Is melatonin safe for little kids? Our pediatrician says ask the pharmacist, the pharmacist says ask the pediatrician 🙃",
)
add(
    OTH,
    PUB,
    "Tip: keep a simple binder for every child in care — school records, immunizations, medication log, court papers. Caseworkers love it.",
)
add(
    FF,
    PUB,
    "What's the difference between a 504 and an IEP? Our school keeps using both words and I'm lost.",
)
add(
    FF,
    PUB,
    "How long did your adoption finalization take after TPR? Trying to set realistic expectations for our support group.",
)
add(
    ANN,
    PUB,
    "Dental van visiting the agency next Friday: free cleanings and sealants for any child in foster or kinship care. No appointment needed.",
)
add(
    EV,
    PUB,
    "Panel night: former foster youth talk about aging out, extended foster care and what helped. Q&A after. Teens welcome.",
)
add(
    NOTE,
    SEC,
    "Policy reminder: a positive UA is not by itself grounds to suspend visits. Staff with your supervisor before changing a visit plan.",
)
add(
    NOTE,
    SEC,
    "FYI the Suboxone clinic on the bus line now takes walk-ins for intake. Good resource for parents on your caseloads.",
)
add(
    ANN,
    PUB,
    "June is Reunification Month! Most children who enter foster care go home to their families. We celebrate every parent who did the work.",
)
add(
    OTH,
    PUB,
    "Myth: kids in foster care are 'bad kids'. Fact: children come into care because of what happened to them, not anything they did.",
)
add(
    FF,
    PUB,
    "Does anyone know if respite providers need the full licensing hours or a shorter training in our state?",
)
add(
    MFP,
    PRIV,
    "Thanks for hosting the support group last night! The snacks were a hit. Same time next month?",
)
add(
    MY,
    PRIV,
    "Hey! Reminder that the life skills class is at 5 today. We're doing budgeting and grocery shopping.",
)
add(
    MP,
    PRIV,
    "Hi, I've left you a voicemail. Call me back when you can, no emergency.",
)
add(
    FF,
    PUB,
    "New to fostering — what do people mean by 'step-down' from a residential treatment center? Is it a type of placement?",
)
add(
    EV,
    PUB,
    "Understanding FASD: a free webinar for caregivers and teachers, Tuesday at 7pm CT. Registration link in bio.",
)
add(
    ANN,
    PUB,
    "Our parent partner program pairs parents with someone who has been through the child welfare system and got their kids back.",
)
add(
    NOTE,
    SEC,
    "Reminder: psychotropic medication consents for children in care must be signed by the designated consenter, not the foster parent.",
)
add(
    OTH,
    PUB,
    "Kids in care are twice as likely to have asthma or allergies as other kids. Make sure every placement packet has a health passport.",
)
add(
    NOTE,
    SEC,
    "Supervisors: the new court report template adds a section on educational stability and school-of-origin transportation.",
)
add(
    EV,
    PUB,
    "Father's Day BBQ for dads in recovery and their kids — hosted by our parent partners. Burgers, lawn games, no speeches.",
)
add(
    FF,
    PUB,
    "What are people's thoughts on weighted blankets for kids with sleep problems? Worth the money?",
)
add(
    ANN,
    PUB,
    "Heads up: the hotline number for reporting abuse or neglect is on the back of every agency ID badge. Save it in your phone.",
)


if __name__ == "__main__":
    raise SystemExit(write_or_check(CASES, ITEMS, HERE, OUT, PREFIX) or 0)
