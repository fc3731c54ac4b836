"""Build the sealed screening corpus (sealed.jsonl next to this file).

Written from the contract and the labelling rules only, without looking at the engine or
its word lists, with names, places, drugs and phrasings that appear in neither the main
corpus, the first held-out set nor holdout2. It measures how the engine generalises to
text its authors have never seen, and it is measured ONCE, at the end: nobody reads its
misses (only the summary numbers are reported). Same format, markup and decision rule as
bench/data/build_corpus.py (imported from there).

Run: ``python bench/data/sealed/build_sealed.py [--check]`` (``--check`` verifies
sealed.jsonl is current and prints the statistics without writing anything).
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

OUT = "sealed.jsonl"
PREFIX = "sl"

CASES: dict[str, dict] = {
    "scase1": {
        "case_id": "2025-JV-1440",
        "people": [
            {
                "name": "Nizhoni Begay",
                "aliases": ["Nizh", "Sissy"],
                "role": "child",
                "birth_date": "2012-05-07",
                "school": "Sandia Elementary",
            },
            {"name": "Kieran Begay", "aliases": ["Kee"], "role": "sibling"},
            {"name": "Loretta Begay", "aliases": [], "role": "parent", "phone": "254-555-0139"},
            {
                "name": "Shirley Tsosie",
                "aliases": ["Grandma Shirley", "Shimasani"],
                "role": "relative",
                "address": "2207 Mesquite Flats Rd",
            },
            {"name": "Lyle Etsitty", "aliases": [], "role": "restricted_contact"},
        ],
        "places": ["Sandia Elementary", "Four Winds Behavioral Health"],
    },
    "scase2": {
        "case_id": "2024-DP-2077",
        "people": [
            {
                "name": "Nou Vang",
                "aliases": ["Nou Nou"],
                "role": "child",
                "birth_date": "2016-09-21",
                "school": "Tanager Elementary",
            },
            {"name": "Tou Vang", "aliases": [], "role": "sibling"},
            {"name": "Yer Vang", "aliases": [], "role": "parent", "phone": "(254) 555-0173"},
            {"name": "Chue Vang", "aliases": [], "role": "parent"},
            {
                "name": "Marjorie Eckhardt",
                "aliases": ["Miss Marjorie"],
                "role": "foster_parent",
                "address": "918 Thistle Lane",
            },
        ],
        "places": ["Tanager Elementary", "Brazos Valley Pediatric Neurology"],
    },
    "scase3": {
        "case_id": "2023-JV-3391",
        "people": [
            {
                "name": "Jean-Baptiste Desrosiers",
                "aliases": ["JB", "Ti Jean"],
                "role": "child",
                "birth_date": "2007-12-03",
                "school": "Navasota High School",
            },
            {"name": "Mirlande Desrosiers", "aliases": [], "role": "parent"},
            {"name": "Fritznel Desrosiers", "aliases": ["Tonton Fritz"], "role": "relative"},
            {"name": "Gabriela Montaño", "aliases": [], "role": "caseworker"},
            {"name": "Kendrick Sayles", "aliases": [], "role": "restricted_contact"},
        ],
        "places": ["Navasota High School", "Brazos County JDC"],
    },
    "scase4": {
        "case_id": "2025-DP-0508",
        "people": [
            {
                "name": "Yasmin Al-Khatib",
                "aliases": ["Yassi"],
                "role": "child",
                "birth_date": "2014-01-30",
                "school": "Lark Hill Elementary",
            },
            {"name": "Kareem Al-Khatib", "aliases": ["Kemo"], "role": "sibling"},
            {"name": "Rania Al-Khatib", "aliases": [], "role": "parent"},
            {"name": "Samir Al-Khatib", "aliases": [], "role": "restricted_contact"},
            {"name": "Ingrid Solberg", "aliases": [], "role": "foster_parent"},
        ],
        "places": ["Lark Hill Elementary"],
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
    "Say hi to [[FIRST:Jamarion]]! He's [[AGE:eight]], obsessed with dinosaurs, and can explain the difference between a T. rex and an allosaurus in his sleep.",
)
add(
    REC,
    PUB,
    "[[PERSON:Widelene Augustin]], [[AGE:15]], sings in the choir at [[SCHOOL:University High School]] and dreams of nursing school. She [[HEALTH:lives with lupus]] and [[HEALTH:sees a rheumatologist monthly]].",
)
add(
    REC,
    PUB,
    "[[FIRST:Efraín]] ([[AGE:13]]) [[HEALTH:has a VP shunt for hydrocephalus]] and plays adaptive baseball every Saturday. He's looking for a family who'll cheer from the stands.",
)
add(
    REC,
    PUB,
    "Sisters [[FIRST:Phuong]] and [[FIRST:Mai]] ([[AGE:10 and 14]]) [[CASE_DETAIL:have been in a shelter for three months]] waiting for a home that can take them both.",
)
add(
    REC,
    PUB,
    "Every child deserves a bedtime story and someone to read it. Become a foster parent: write to fostercare@tricountycfs.org.",
)
add(
    REC,
    PUB,
    "[[FIRST:Hamza]] is [[AGE:a 12-year-old]] math whiz who [[HEALTH:has Tourette syndrome]]. His tics don't slow him down one bit.",
)
add(
    REC,
    PUB,
    "Sweet [[FIRST:Noor]], [[AGE:age 5]], [[HEALTH:is fed through a G-tube]] and smiles at anyone who sings to her. Medical foster parents, please reach out!",
)
add(
    REC,
    PUB,
    "[[FIRST:DeAndre]], [[AGE:16]], plays linebacker for the [[SCHOOL:Mexia Blackcats]] and wants to study engineering. [[CASE_DETAIL:He has been waiting for adoption for four years]].",
)
add(
    REC,
    PUB,
    "Summer is the perfect time to start the licensing process! Our office dogs Hunter and Sky would love to meet you at orientation.",
)
add(
    REC,
    PUB,
    "[[FIRST:Kasia]] ([[AGE:9]]) [[HEALTH:has celiac disease]] and bakes a mean gluten-free brownie. She'd love a home in [[LOCATION:Belton]] near her big brother.",
)
add(
    REC,
    PUB,
    "[[FIRST:Stevenson]] ([[AGE:14]]) speaks Haitian Creole and English, loves robotics, and [[HEALTH:takes Ritalin for ADHD]]. He'd do great with an active family.",
)
add(
    REC,
    PUB,
    "Three brothers, [[AGE:ages 4, 6 and 9]], [[CASE_DETAIL:were removed after police found them home alone for days]]. They need a family that can keep them together.",
)
add(
    REC,
    PUB,
    "[[PERSON:Ayaan Mohamud]] ([[DOB:born 7/22/2010]]) is a gifted artist who [[HEALTH:uses a cochlear implant]] and signs ASL fluently.",
)
add(
    REC,
    PUB,
    "Open house for prospective foster parents! Saturday, Feb 8, 10 am at 88 Mill Road. Questions? Call (512) 555-0100.",
)
add(
    REC,
    PUB,
    "[[FIRST:Xochitl]] ([[AGE:11]]) [[HEALTH:is in recovery from an eating disorder]] and needs a home that understands family meals can be hard.",
)
add(
    REC,
    PUB,
    "[[FIRST:Tayshaun]], [[AGE:seventeen]], [[CASE_DETAIL:spent a year at a juvenile facility]] and came out with a GED and a plan. He just needs someone in his corner.",
)
add(
    REC,
    PUB,
    "Faith, a sense of humor and a spare bedroom are all you need to start. Visit tricountycfs.org/foster or follow @TriCountyCFS.",
)

add(
    REC,
    PUB,
    "[[PERSON:Marcelino Esquivel]], [[AGE:10]], is the reading champ of his class at [[SCHOOL:Spring Valley Elementary]] and wants a big brother to play catch with.",
)

# ------------------------------------------------------------------ messages to parents
add(
    MP,
    PRIV,
    "[[FIRST:Loretta]], [[FIRST:Nizhoni]] [[HEALTH:started play therapy]] at [[LOCATION:Four Winds]] and asked if you can come to a session next month.",
    "scase1",
)
add(
    MP,
    PRIV,
    "Ms. [[PERSON:Begay]], the [[CASE_DETAIL:ICWA notice]] went to the Navajo Nation today, so the tribe will be part of the [[CASE_DETAIL:14-day adversary hearing]].",
    "scase1",
)
add(
    MP,
    PRIV,
    "[[FIRST:loretta]] i cant let [[FIRST:lyle]] ride along to the visit, hes [[CASE_DETAIL:named in the EPO]]. pls come alone thurs",
    "scase1",
)
add(
    MP,
    PRIV,
    "[[FIRST:Yer]], [[FIRST:Nou Nou]] [[HEALTH:had a seizure at school]] today, about 2 minutes. The nurse gave [[HEALTH:Diastat]] and she's resting at home with [[FIRST:Miss Marjorie]].",
    "scase2",
)
add(
    MP,
    SEC,
    "Mr. [[PERSON:Vang]], the [[HEALTH:neurologist]] wants [[FIRST:Nou]] to get an [[HEALTH:EEG]] and start [[HEALTH:Trileptal]]. I need your consent as her dad.",
    "scase2",
)
add(
    MP,
    PRIV,
    "Nyob zoo [[FIRST:Chue]], [[FIRST:Tou]] asked if you can bring the Hmong New Year photos to the visit Saturday.",
    "scase2",
)
add(
    MP,
    PRIV,
    "[[FIRST:Mirlande]], [[FIRST:JB]]'s [[CASE_DETAIL:detention hearing]] is Monday at 9 in [[LOCATION:Bryan]]. His [[CASE_DETAIL:appointed attorney]] wants to talk to you first.",
    "scase3",
)
add(
    MP,
    PRIV,
    "Ms. [[PERSON:Desrosier]], [[FIRST:Jean-Baptiste]] [[HEALTH:got stitches over his eye]] after a fight in [[CASE_DETAIL:detention]]. He's ok and asked me to tell you not to worry.",
    "scase3",
)
add(
    MP,
    SEC,
    "Ms. [[PERSON:Al-Khatib]], the [[HEALTH:pediatric dentist found six cavities]] in [[FIRST:Yassi]]'s teeth and wants to [[HEALTH:do the work under sedation]]. Consent forms attached.",
    "scase4",
)
add(
    MP,
    PRIV,
    "[[FIRST:Rania]], because of the [[CASE_DETAIL:protective order]] against [[FIRST:Samir]] the school won't release the kids to him. Call me if he shows up.",
    "scase4",
)
add(
    MP,
    PRIV,
    "rania the [[CASE_DETAIL:DV shelter]] has a 2 bedroom opening, [[FIRST:kemo]] and [[FIRST:yassi]] could [[CASE_DETAIL:come home to u there if the judge agrees]]",
    "scase4",
)
add(
    MP,
    PRIV,
    "Hi! Your bus pass for next month is ready. You can pick it up at the front desk, 1200 Commerce Street, Suite 300.",
)
add(
    MP,
    PRIV,
    "[[FIRST:Shaniqua]], your [[CASE_DETAIL:drug court]] graduation is Friday!! I'll be there cheering. So proud of you.",
)
add(
    MP,
    PRIV,
    "Mr. [[PERSON:Wiśniewski]], the [[CASE_DETAIL:ICPC home study]] from Illinois came back approved, so [[FIRST:Zofia]] can [[CASE_DETAIL:move to her aunt's]] once the judge signs off.",
)
add(
    MP,
    PRIV,
    "Just a reminder that visits this week are on Thursday instead of Friday because of the holiday.",
)
add(
    MP,
    PRIV,
    "Thanks for the call earlier. Here's the agency email if you want to send the documents: info@tricountycfs.org.",
)

add(
    MP,
    PRIV,
    "[[FIRST:Loretta]], the school needs your email for [[FIRST:Sissy]]'s [[HEALTH:IEP meeting]] at [[SCHOOL:Sandia]]. Is it still [[EMAIL:lbegay1987@hotmail.com]]?",
    "scase1",
)
add(
    MP,
    PRIV,
    "Looking for volunteers to wrap gifts on Dec 14 at 88 Mill Road. Email info@tricountycfs.org to sign up, and bring the kids!",
)

# ------------------------------------------------------------------ messages to youth
add(
    MY,
    PRIV,
    "hey [[FIRST:nizh]]! [[FIRST:shimasani]] says hi and she'll be at ur [[CASE_DETAIL:sibling visit]] w [[FIRST:kee]] on sat 🐑",
    "scase1",
)
add(
    MY,
    PRIV,
    "[[FIRST:Nizhoni]], you did nothing wrong by [[CASE_DETAIL:telling your teacher about the abuse]]. You were brave, and none of this is your fault.",
    "scase1",
)
add(
    MY,
    PRIV,
    "[[FIRST:JB]] I put $20 on your [[CASE_DETAIL:commissary account]]. [[FIRST:Tonton Fritz]] says he's coming to [[CASE_DETAIL:visitation]] Sunday.",
    "scase3",
)
add(
    MY,
    PRIV,
    "[[FIRST:ti jean]] ur [[CASE_DETAIL:attorney ad litem]] wants to meet u before court, she'll come to the facility wed at 4",
    "scase3",
)
add(
    MY,
    PRIV,
    "[[FIRST:Yassi]], your [[HEALTH:allergy shots]] start next week. Bring a book, you have to wait 30 minutes after each one.",
    "scase4",
)
add(
    MY,
    SEC,
    "[[FIRST:Anahí]], the [[HEALTH:Plan B]] is in the nurse's office like we talked about, and the [[HEALTH:STI results]] come back Friday. You're not in trouble ❤️",
)
add(
    MY,
    PRIV,
    "hey [[FIRST:tariq]], saw ur tiktok ([[HANDLE:@tariqdoesflips]]). love the flips but pls take down the one that shows the sign for [[ADDRESS:Brazos Pointe apartments]]",
)
add(
    MY,
    PRIV,
    "[[FIRST:Shai]], ur [[HEALTH:Invega shot]] is due tuesday, i'll drive u to the clinic after school",
)
add(
    MY,
    PRIV,
    "[[FIRST:Benny]], your [[CASE_DETAIL:new placement]] starts Saturday. The family lives in [[LOCATION:Hewitt]], so you can stay at your school!",
)
add(
    MY,
    PRIV,
    "Congrats on your driver's permit!! Let me know when you want to practice parking 😅",
)
add(
    MY,
    PRIV,
    "Did you get the link for the college fair? It's at the Extraco Events Center on Thursday.",
)
add(
    MY,
    PRIV,
    "The art class you signed up for starts next week at the Mayborn Museum. See you there!",
)
add(
    MY,
    PRIV,
    "[[FIRST:kenzo]] i know ur mad about the [[CASE_DETAIL:no-contact order]] with ur dad but its the judge's call not mine. we can talk tmrw",
)
add(
    MY,
    PRIV,
    "[[FIRST:Thanh]], your [[HEALTH:TB skin test]] was negative, so you're cleared for the summer job at the zoo 🦒",
)
add(MY, PRIV, "Happy birthday!!! 🎂 Hope your day is as awesome as you are.")
add(
    MY,
    SEC,
    "[[FIRST:Ameerah]], the [[CASE_DETAIL:CSEC advocate]] I told you about is [[PERSON:Tori Hallberg]], she's safe to talk to. Her cell is [[PHONE:254-555-0168]].",
)

add(
    MY,
    PRIV,
    "[[FIRST:yassi]] ur new email for the library account is [[EMAIL:yasmin.alk14@gmail.com]], dont give it to anyone but me and [[FIRST:ingrid]]",
    "scase4",
)
add(
    MY,
    PRIV,
    "[[FIRST:Makayla]], I saw you added a lot of adults on snap ([[HANDLE:mak_attack09]]). Can we talk about who they are tomorrow?",
)

# ------------------------------------------------------------------ messages to foster parents
add(
    MFP,
    PRIV,
    "[[FIRST:Marjorie]], [[FIRST:Nou]]'s [[HEALTH:Trileptal goes up to 300 mg BID]] starting tonight. [[LOCATION:Brazos Valley Pediatric Neurology]] will recheck levels in 2 weeks.",
    "scase2",
)
add(
    MFP,
    PRIV,
    "[[FIRST:Miss Marjorie]], [[FIRST:Tou]] [[HEALTH:has pinworms]], so everyone in the house needs [[HEALTH:Emverm]], sorry!",
    "scase2",
)
add(
    MFP,
    PRIV,
    "Hi [[PERSON:Mrs. Eckhardt]], [[PERSON:Chue Vang]] [[CASE_DETAIL:is being held at the county jail on a DWI]], so there's no visit Sunday. Please just tell the kids it's canceled.",
    "scase2",
)
add(
    MFP,
    PRIV,
    "[[FIRST:Ingrid]], [[FIRST:Kemo]] [[HEALTH:wet the bed]] again, the pediatrician says to try [[HEALTH:DDAVP]] at night. Don't make a thing of it ok?",
    "scase4",
)
add(
    MFP,
    PRIV,
    "[[FIRST:ingrid]] if [[FIRST:samir]] calls the house do NOT put the kids on, [[CASE_DETAIL:he only gets supervised contact at the office]]",
    "scase4",
)
add(
    MFP,
    PRIV,
    "Ms. [[PERSON:Solberg]], [[FIRST:Yasmin]]'s [[HEALTH:eczema cream]] is [[HEALTH:triamcinolone 0.1%]], twice a day on the flare spots only.",
    "scase4",
)
add(
    MFP,
    PRIV,
    "[[FIRST:Pam]], [[FIRST:Jalisa]] needs her [[HEALTH:Texas Health Steps checkup]] within 30 days. [[LOCATION:Hillcrest Pediatrics]] has an opening Monday at 10.",
)
add(
    MFP,
    PRIV,
    "The [[HEALTH:clonidine]] is for sleep, half a tablet at 8pm. Please log it on the med sheet for [[FIRST:Kymani]].",
)
add(
    MFP,
    SEC,
    "Hey [[FIRST:Trish]], [[FIRST:Odalys]] [[CASE_DETAIL:was identified as a possible trafficking victim]] at the ER. Please keep her phone until the detective reviews it.",
)
add(
    MFP,
    PRIV,
    "Hi [[FIRST:Gerald]] and [[FIRST:Noreen]], the judge ordered a [[HEALTH:psychological evaluation]] for [[FIRST:Dontae]] before the [[CASE_DETAIL:placement review]]. Appointment is the 9th.",
)
add(
    MFP,
    PRIV,
    "[[FIRST:Cheryl]], [[FIRST:Maddox]]'s [[HEALTH:Symbicort]] is two puffs morning and night, rinse after. The [[HEALTH:ProAir]] is only for rescue.",
)
add(
    MFP,
    PRIV,
    "Reminder: your annual foster home re-licensing inspection is due next month. Let me know what day works.",
)
add(
    MFP,
    PRIV,
    "We have extra tickets for Saturday's Baylor game at McLane Stadium if your family wants to go!",
)
add(
    MFP,
    PRIV,
    "The clothing voucher form is attached. You can use it at any of the stores on the list.",
)
add(
    MFP,
    SEC,
    "[[FIRST:Bev]], [[FIRST:Amari]]'s [[HEALTH:skeletal survey]] showed [[HEALTH:old rib fractures]], so the [[CASE_DETAIL:investigation is being reopened]]. She stays with you.",
)
add(
    MFP,
    PRIV,
    "Hi [[FIRST:Marjorie]], [[FIRST:Nou Nou]]'s bday is [[DOB:Sept 21]]! Her mom asked if she can bring a cake to the office visit.",
    "scase2",
)

add(
    MFP,
    PRIV,
    "[[FIRST:Ingrid]], the front office at [[SCHOOL:Lark Hill]] has a copy of the [[CASE_DETAIL:court order]], so [[FIRST:Samir]] can't sign the kids out.",
    "scase4",
)

# ------------------------------------------------------------------ foster-parent forum
add(
    FF,
    PUB,
    "How do you all handle the first day of school with a new placement? Do you tell the teacher anything?",
)
add(FF, PUB, "Does the Cameron Park Zoo still do the free day for foster families?")
add(
    FF,
    PUB,
    "Our [[AGE:10 yr old]] [[HEALTH:was just started on Qelbree]] and the nausea is bad. Anyone else? Does it pass?",
)
add(
    FF,
    PUB,
    "Any foster parents in [[LOCATION:Copperas Cove]] with experience with [[HEALTH:DMDD]]? Our [[AGE:eleven year old]] is struggling and so are we.",
)
add(
    FF,
    PUB,
    "Our placement's [[CASE_DETAIL:bio dad just got out of prison]] and [[CASE_DETAIL:wants visits]]. The kids don't remember him. How do you prep littles for that?",
)
add(FF, PUB, "My teens baked 100 cookies for the holiday bake sale. Proud mama!")
add(
    FF,
    PUB,
    "Anyone have experience with [[HEALTH:pica]]? Our [[AGE:3-year-old]] eats drywall and dirt and I'm at a loss.",
)
add(
    FF,
    PUB,
    "Prayers please. Our [[AGE:15yo]] [[CASE_DETAIL:has been missing since Sunday night]] and police have her listed as endangered.",
)
add(
    FF,
    PUB,
    "Shoutout to Chip and Joanna Gaines for the Magnolia gift cards at the foster parent appreciation dinner!",
)
add(
    FF,
    PUB,
    "We finally got our [[CASE_DETAIL:adoption hearing date]] after two years of [[CASE_DETAIL:appeals by bio dad]]!",
)
add(
    FF,
    PUB,
    "Need advice: our [[AGE:16 yo]] foster daughter [[HEALTH:is pregnant]] and wants to keep the baby. Where do we even start?",
)
add(FF, PUB, "Anybody have a twin bed frame they're getting rid of? Happy to pick up.")
add(
    FF,
    PUB,
    "The [[HEALTH:sleep study]] showed [[HEALTH:obstructive sleep apnea]] in our [[AGE:6 year old]], and now he [[HEALTH:needs his tonsils out]]. Any [[LOCATION:Killeen]]-area ENT you love?",
)
add(
    FF,
    PUB,
    "Dawn dish soap + baking soda gets Sharpie off anything. You're welcome, fellow foster parents.",
)
add(
    FF,
    PUB,
    "Our kiddo came to us with [[HEALTH:scabies]] and [[HEALTH:head lice]] from the [[CASE_DETAIL:emergency shelter]]. Tips for treating the whole house?",
)
add(
    FF,
    PUB,
    "Week 3 with our [[AGE:newborn]] placement [[HEALTH:in withdrawal from methadone]]. So much swaddling and dim lights. Any other tips?",
)
add(
    FF,
    PUB,
    "Brooks & Dunn on the radio, sweet tea in hand, all the kids asleep by 8. Miracles happen.",
)

add(
    FF,
    PUB,
    "I started a blog about fostering teens, come say hi: [[HANDLE:fosteringteenswithtara.blogspot.com]]",
)

# ------------------------------------------------------------------ internal notes
add(
    NOTE,
    SEC,
    "[[PERSON:Nizhoni Begay]] ([[DOB:5/7/2012]]) [[CASE_DETAIL:outcry interview completed]]; disclosed [[CASE_DETAIL:sexual abuse by mother's boyfriend]] [[PERSON:L. Etsitty]].",
    "scase1",
)
add(
    NOTE,
    SEC,
    "[[PERSON:Loretta Begay]] [[CASE_DETAIL:failed to protect]]; [[CASE_DETAIL:children placed with MGM]] [[PERSON:Shirley Tsosie]] at [[ADDRESS:2207 Mesquite Flats Rd]].",
    "scase1",
)
add(
    NOTE,
    SEC,
    "[[FIRST:Kee]] ([[AGE:4]]) [[HEALTH:speech delay]], [[HEALTH:referred to ECI]]; [[HEALTH:audiology normal]]. [[FIRST:Grandma Shirley]] to bring him to intake.",
    "scase1",
)
add(
    NOTE,
    SEC,
    "[[PERSON:Nou Vang]] [[HEALTH:Lennox-Gastaut syndrome]], [[HEALTH:on Depakote 250 mg TID]]. [[ID:Medicaid 5170 2244 81]].",
    "scase2",
)
add(
    NOTE,
    SEC,
    "Home visit [[ADDRESS:918 Thistle Ln]] ([[PERSON:Eckhardt]]): kids clean and fed. [[FIRST:Tou]] reports [[CASE_DETAIL:dad hit mom in front of them]] before the [[CASE_DETAIL:removal]].",
    "scase2",
)
add(
    NOTE,
    SEC,
    "[[PERSON:J-B Desrosiers]] [[CASE_DETAIL:charged with aggravated robbery]], held at [[LOCATION:Brazos County JDC]]. [[CASE_DETAIL:Certification hearing]] set 10/3. [[ID:Petition No. 2023-JV-3391]].",
    "scase3",
)
add(
    NOTE,
    SEC,
    "[[PERSON:Mirlande D.]] [[HEALTH:admitted for psychosis]] at [[LOCATION:Baylor Scott & White Hillcrest]]. [[FIRST:Fritznel]] notified; [[CASE_DETAIL:relative placement on hold]].",
    "scase3",
)
add(
    NOTE,
    SEC,
    "[[PERSON:Kendrick Sayles]] [[CASE_DETAIL:on parole for agg assault]]; [[CASE_DETAIL:PO confirms no-contact condition]] with [[FIRST:Jean-Baptiste]].",
    "scase3",
)
add(
    NOTE,
    SEC,
    "[[PERSON:Yasmin Al-Khatib]] [[HEALTH:UTI]], [[HEALTH:Keflex 250 mg QID x 7d]]. Foster mom [[PERSON:I. Solberg]] to monitor.",
    "scase4",
)
add(
    NOTE,
    SEC,
    "[[PERSON:S. Al-Katib]] [[CASE_DETAIL:arrested 3/9 for violating the protective order]]; [[CASE_DETAIL:bond set at $15,000]]. Mother's [[CASE_DETAIL:safety plan]] reviewed.",
    "scase4",
)
add(
    NOTE,
    SEC,
    "[[PERSON:Maribel Ocampo]] [[DOB:DOB 1/15/1995]] [[CASE_DETAIL:UA positive for amphetamines]]; [[HEALTH:started Suboxone]] through [[LOCATION:Heart of Texas MHMR]].",
)
add(
    NOTE,
    SEC,
    "Relative: [[PERSON:Dwayne 'Bubba' Coleman]], maternal uncle, [[PHONE:254.555.0191]], [[ADDRESS:RR 2 Box 118, Groesbeck]]. [[CASE_DETAIL:Declined placement]], willing to do respite.",
)
add(
    NOTE,
    SEC,
    "[[FIRST:Jamiya]] ([[AGE:14]]) [[HEALTH:SI with plan]], [[HEALTH:admitted to the adolescent unit]] at [[LOCATION:Cedar Crest Hospital]] 9/2. [[HEALTH:Started Zyprexa 5 mg]].",
)
add(
    NOTE,
    SEC,
    "[[CASE_DETAIL:Safe haven relinquishment]]: [[AGE:newborn]] left at [[LOCATION:the Marlin fire station]], [[DOB:est. DOB 4/28]]. Hospital staff named him [[FIRST:Gideon]].",
)
add(NOTE, PRIV, "Coverage: I'm out Friday; on-call questions go to the supervisor line.")
add(NOTE, PRIV, "Reminder: mileage logs for October are due to finance by the 5th.")

add(
    NOTE,
    SEC,
    "[[FIRST:Ti Jean]]'s [[CASE_DETAIL:juvenile probation officer]]: [[PERSON:Officer Brandt]], [[PHONE:(936) 555-0114]]. [[ID:JPD #J-44718]].",
    "scase3",
)
add(
    NOTE,
    SEC,
    "[[CASE_DETAIL:Placement change]]: [[PERSON:Kymani Reed]] moved to [[ADDRESS:1146 Sycamore Bend]] on 10/14. [[ID:PID 40118722]].",
)

# ------------------------------------------------------------------ announcements
add(
    ANN,
    PUB,
    "Free COVID and flu vaccines for foster families this Saturday, 9–1, at the Waco-McLennan County Library central branch.",
)
add(
    ANN,
    PUB,
    "Brittney Griner stopped by our teen group today and talked about resilience. Thank you!",
)
add(
    ANN,
    PUB,
    "Our new satellite office is open! Stop by 88 Mill Road Monday–Friday, 8–5.",
)
add(
    ANN,
    PUB,
    "Training: Understanding the Adolescent Brain, based on Dr. Dan Siegel's work, Oct 2, online. Free for licensed foster parents.",
)
add(
    ANN,
    PUB,
    "Happy Adoption Day! This November we celebrate every family formed through adoption. Share your story with #TriCountyFamilies.",
)
add(
    ANN,
    PUB,
    "Thank you to Grace Community Church for 50 Thanksgiving meal kits for our kinship families!",
)
add(
    ANN,
    PUB,
    "April is Child Abuse Prevention Month. Plant a pinwheel with us on April 4 at Indian Spring Park.",
)
add(
    ANN,
    PUB,
    "On Christmas Eve and Christmas Day calls will go to our after-hours line, 1-800-555-0199.",
)
add(
    ANN,
    PUB,
    "Applications for the Summer Bridge Scholarship for youth aging out of care are open until March 1.",
)
add(
    ANN,
    PUB,
    "New: a free safe-sleep and SIDS prevention class for caregivers of infants, every second Tuesday at 1200 Commerce Street, Suite 300.",
)
add(
    ANN,
    PUB,
    "We're hiring a nurse consultant to support medically complex placements. Apply: tricountycfs.org/careers.",
)
add(
    ANN,
    PUB,
    "Please welcome our new program director, [[PERSON:Dr. Harriet Kwiatkowski]], who joins us after 20 years in child welfare.",
)
add(
    ANN,
    PUB,
    "Sky's the limit: congratulations to all 14 of our seniors graduating this May!",
)
add(
    ANN,
    PUB,
    "Join us in welcoming home [[FIRST:Aurora]] and [[FIRST:Benicio]], who were [[CASE_DETAIL:reunified with their dad]] last week after two years in care!",
)

add(
    ANN,
    PUB,
    "The Waco Mammoth National Monument is free for kids in care this summer. Ask your caseworker for a pass.",
)

# ------------------------------------------------------------------ events
add(
    EV,
    PUB,
    "Foster Family Picnic at Lake Waco, Saturday Oct 11 from 11 to 3. Bring a lawn chair!",
)
add(
    EV,
    PUB,
    "Free night at the Dr Pepper Museum for foster and adoptive families: Thursday, Feb 20, 5–8 pm.",
)
add(
    EV,
    PUB,
    "Info session on becoming a foster parent: Tuesday, March 4, 6 pm at the Harker Heights Public Library.",
)
add(
    EV,
    PUB,
    "Trunk-or-treat at the Extraco Events Center parking lot, Oct 30 at 5:30 pm. Costumes encouraged!",
)
add(
    EV,
    PUB,
    "Caregiver workshop on medication management and safe storage: Saturday, Sept 6, 10 am at 88 Mill Road.",
)
add(EV, PUB, "Teen Career Day at the Waco Convention Center, April 26. Lunch provided!")
add(EV, PUB, "Christmas in July toy drive kickoff at Brazos Park East, July 12 at 10 am.")
add(EV, PUB, "Outdoor movie night at Heritage Square, Friday June 6, 8:30 pm. Bring blankets!")
add(
    EV,
    PUB,
    "Adoptive parent support group meets every third Thursday at 6:30 online. Details: fostercare@tricountycfs.org.",
)
add(
    EV,
    PUB,
    "Quinceañera for [[FIRST:Itzayana]] at [[LOCATION:Salón Los Arcos]] in [[LOCATION:Bellmead]], Saturday 6 pm! All her foster family is invited 💜",
)
add(
    EV,
    PUB,
    "Walk a Mile in Their Shoes 5K, May 17 at Cameron Park. Proceeds support our teen transition program.",
)

add(
    EV,
    PUB,
    "Grandparents raising grandkids lunch and learn: Friday, Nov 7 at noon, Hewitt Public Library. Lunch is on us!",
)

# ------------------------------------------------------------------ other
add(OTH, PRIV, "Whoever parked by the side door, your headlights are on.")
add(
    OTH,
    PRIV,
    "A pill bottle labeled [[PERSON:Eldridge Fontenot]], [[HEALTH:hydroxyzine 25 mg]], was left in the van. I gave it to the nurse.",
)
add(
    OTH,
    PUB,
    "Please pray for my niece [[PERSON:Jazmyne Tolliver]], she [[CASE_DETAIL:got put in foster care]] yesterday and we're trying to get her placed with us in [[LOCATION:Cameron]].",
)
add(OTH, PRIV, "Anyone want the leftover pizza in the break room? Going once, going twice...")
add(OTH, PRIV, "The passcode for the visitation portal is [[ID:VX-2210-bq]]. Don't forward it.")
add(
    OTH,
    PRIV,
    "Bio mom's new FB: [[HANDLE:facebook.com/tanya.marie.dukes]]. She's been posting about the [[CASE_DETAIL:removal]].",
)
add(OTH, PRIV, "Summer hours start June 2: offices close at 3 on Fridays.")
add(OTH, PRIV, "Bill pay for foster reimbursements now runs on the 15th and the 30th.")


# ----------------------------------------------------------------------------- build
if __name__ == "__main__":
    sys.exit(write_or_check(CASES, ITEMS, HERE, OUT, PREFIX))
