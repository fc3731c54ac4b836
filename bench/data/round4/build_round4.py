"""Build the round-4 sealed screening corpus (round4.jsonl next to this file).

Written in session 4 as a sealed set, from the contract (/work/shared/spec/screening.md)
and the labelling rules in bench/README.md and training/README.md only, by a writer who
never opened the engine, its word lists, its tests or the items of any other set (only the
markup definitions of bench/data/build_corpus.py, a handful of its items for style, and the
header of the round-3 builder), and who never ran the engine or a benchmark on these texts.
Names, places, drugs, diagnoses and phrasings were chosen fresh. 200 items, about 38% clean
precision traps, 32 with one of four case files in cases/. Same format, markup and decision
rule as bench/data/build_corpus.py (imported through heldout_builder.py). Measure it once;
do not read its texts, misses or per-item results.

Run: ``python bench/data/round4/build_round4.py [--check]`` (``--check`` verifies
round4.jsonl and cases/ are current and prints the statistics without writing anything).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from heldout_builder import write_or_check  # noqa: E402

OUT = "round4.jsonl"
PREFIX = "r4"

REC, MP, MY, MFP = "recruitment_post", "message_parent", "message_youth", "message_foster_parent"
FF, NOTE, ANN, EV, OTH = "foster_forum", "internal_note", "announcement", "event", "other"
PUB, PRIV, SEC = "public", "private", "secure"

CASES: dict[str, dict] = {
    "r4case_a": {
        "case_id": "2025-JV-0813",
        "people": [
            {
                "name": "Oluwaseun Adeyemi-Brandt",
                "aliases": ["Seun", "Shay"],
                "role": "child",
                "birth_date": "2012-09-07",
                "school": "Marigold Creek Middle School",
            },
            {
                "name": "Ifeoluwa Adeyemi-Brandt",
                "aliases": ["Ife"],
                "role": "sibling",
                "birth_date": "2016-01-30",
                "school": "Marigold Creek Elementary",
            },
            {
                "name": "Kristen Brandt",
                "aliases": [],
                "role": "parent",
                "address": "2261 Tamarack Loop, Unit B",
                "phone": "(830) 555-0147",
            },
            {"name": "Roy Lee Fenske", "aliases": ["Bubba"], "role": "restricted_contact"},
            {
                "name": "Graciela Ontiveros",
                "aliases": ["Chela"],
                "role": "foster_parent",
                "address": "96 Pecan Orchard Ln",
                "phone": "830-555-0192",
            },
            {"name": "Devorah Lindqvist", "aliases": ["Miss Devorah"], "role": "caseworker"},
        ],
        "places": ["Marigold Creek Middle School", "Sunfield Behavioral Health", "Comal County"],
    },
    "r4case_b": {
        "case_id": "2024-DP-2290",
        "people": [
            {
                "name": "Nizhoni Begay-Whitlock",
                "aliases": ["Niz", "Zhoni", "Nizzy"],
                "role": "child",
                "birth_date": "2008-04-11",
                "school": "Coronado Valley High School",
            },
            {"name": "Tanner Whitlock", "aliases": [], "role": "parent"},
            {
                "name": "Renata Begay",
                "aliases": [],
                "role": "parent",
                "phone": "(505) 555-0138",
            },
            {
                "name": "Ella Mae Begay",
                "aliases": ["Auntie Ella"],
                "role": "relative",
                "address": "14 Juniper Mesa Rd, Crownpoint",
            },
            {"name": "Piotr Zielinski", "aliases": ["Pete"], "role": "foster_parent"},
            {"name": "Amara Quist-Holloway", "aliases": [], "role": "caseworker"},
        ],
        "places": ["Coronado Valley High School", "Desert Willow youth shelter", "UNM Children's"],
    },
    "r4case_c": {
        "case_id": "2025-FC-0031",
        "people": [
            {
                "name": "Bao Ngoc Trinh",
                "aliases": ["Ngoc", "Bao"],
                "role": "child",
                "birth_date": "2019-12-02",
                "school": "Little Sprouts Learning Center",
            },
            {
                "name": "Minh Khoa Trinh",
                "aliases": ["Khoa"],
                "role": "sibling",
                "birth_date": "2021-06-18",
            },
            {
                "name": "Thuy Trinh",
                "aliases": ["Thúy"],
                "role": "parent",
                "address": "740 Garnet Ave Apt 3C",
                "phone": "(619) 555-0171",
            },
            {"name": "Dwayne Castellanos", "aliases": ["Dee"], "role": "restricted_contact"},
            {
                "name": "Hollis Beaumont",
                "aliases": ["Miss Hollis"],
                "role": "foster_parent",
                "address": "5 Larkspur Court",
            },
            {"name": "Ilse Marchetti", "aliases": [], "role": "caseworker"},
        ],
        "places": ["Little Sprouts Learning Center", "Bayview Pediatric Clinic"],
    },
    "r4case_d": {
        "case_id": "2023-JV-1975",
        "people": [
            {
                "name": "Ezekiel Wojcik-Harjo",
                "aliases": ["Zeke"],
                "role": "child",
                "birth_date": "2010-02-25",
                "school": "Halverson High School",
            },
            {
                "name": "Dolores Harjo",
                "aliases": ["Nana Lolo"],
                "role": "relative",
                "address": "3308 N Cherokee Bluff Rd",
                "phone": "918-555-0114",
            },
            {"name": "Brandon Wojcik", "aliases": [], "role": "parent"},
            {"name": "Kaylee Spurlock", "aliases": [], "role": "restricted_contact"},
            {"name": "Tobias Nakashima-Reyes", "aliases": [], "role": "caseworker"},
        ],
        "places": ["Halverson High School", "Green Country Recovery Center"],
    },
}

ITEMS: list[tuple] = [
    # ------------------------------------------------------------ clean: recruitment
    (REC, PUB, "Foster parent info night! Thursday, February 19, 6:30–8pm at the Frederick Douglass Branch Library, community room B. Free childcare and tamales. Questions? Call (512) 555-0100.", None, None),
    (REC, PUB, "We need families for teens and big sibling groups. No, you don't have to be married, own a home or be a stay-at-home parent. Start at tricountycfs.org/foster or DM @TriCountyFosters.", None, None),
    (REC, PUB, "Ever thought about fostering but worried about the court part? Come hear a family court judge and two longtime foster moms answer your questions — Tuesday, 7pm, live on facebook.com/TriCountyFosters.", None, None),
    (REC, PUB, "Respite providers wanted! Give a foster family a weekend break. Training is 12 hours, spread over three Saturdays at 88 Mill Road. Email fostercare@tricountycfs.org.", None, None),
    (REC, PUB, "Hope is not a strategy — training is. Our spring pre-service class starts April 7. Seats are limited; register at tricountycfs.org/foster.", None, None),
    (REC, PUB, "Join our team! We're hiring bilingual case managers (English/Spanish) for the Tri-County area. Full benefits, flexible schedule. Apply at tricountycfs.org/careers. ¡Te esperamos!", None, None),
    (REC, PUB, "Grace, June and Will aren't kids in our care — they're the three rescue pups visiting our booth at the Juneteenth festival! Come say hi and grab a foster info packet.", None, None),
    (REC, PUB, "Fostering teens means a lot of driving, a lot of snacks, and a lot of learning. Interested? Text or call 512-555-0123 and a recruiter will get back to you within two business days.", None, None),
    (REC, PUB, "Could you be someone's safe place? Children of every age need homes in our area — especially teens, sibling groups and kids with medical needs. We provide training, 24/7 support and a monthly stipend.", None, None),
    (REC, PUB, "Hablamos español. Si quiere ser familia de crianza, llame al (512) 555-0100 o escriba a fostercare@tricountycfs.org. ¡Cada niño merece un hogar!", None, None),
    (REC, PUB, "Foster Parent of the Year nominations are open through May 31. Nominate a family at tricountycfs.org — we'll reach out to them for permission before anything is shared.", None, None),
    # ------------------------------------------------------------ clean: events
    (EV, PUB, "Back-to-school backpack giveaway 🎒 Saturday Aug 9, 10am–1pm, Roberto Clemente Park pavilion. Open to all foster, kinship and adoptive families. Haircuts by volunteer barbers!", None, None),
    (EV, PUB, "Trunk-or-treat for foster families on Oct 30 from 5 to 7 in the parking lot of Cesar Chavez Middle School. Costume contest judged by Spider-Man himself (well, one of our caseworkers).", None, None),
    (EV, PUB, "National Adoption Day celebration, Friday November 21, 9am at the county courthouse atrium. Families finalizing that day are invited privately; the reception is open to the public.", None, None),
    (EV, PUB, "Foster family skate night at Rollerland on MLK Blvd — Tuesday 6–8pm, skates included. Bring the whole crew!", None, None),
    (EV, PUB, "Our annual Gratitude Gala is at the Amon Carter Museum on May 16. Keynote by Jason Reynolds, author of Ghost and Long Way Down. Tickets at tricountycfs.org.", None, None),
    (EV, PUB, "Watch party! Spurs vs. Lakers on the big screen, Sunday 3pm at the Tri-County office, 1200 Commerce Street, Suite 300. Wemby jerseys encouraged. 🏀", None, None),
    (EV, PUB, "Kinship caregiver support circle meets the first Monday of each month, 6pm, at St. Anne's Parish Hall. Grandparents, aunts, uncles welcome. Dinner provided.", None, None),
    (EV, PUB, "Free CPR and first aid class for licensed foster parents — counts toward your annual training hours. June 12, 9am–noon, 88 Mill Road.", None, None),
    (EV, PUB, "Shohei Ohtani bobblehead night at Dell Diamond — we have 40 free tickets for foster families. First come, first served: email fostercare@tricountycfs.org.", None, None),
    (EV, PUB, "Harvest festival at Lady Bird Lake, Oct 18. Face painting, pumpkin patch, and a foster care info table run by our volunteers. Rain date Oct 25.", None, None),
    (EV, PUB, "Holiday photos with Santa at the Trail of Lights in Zilker Park, Dec 6 from 5pm. Reserved time slots for foster families — sign up at tricountycfs.org.", None, None),
    (EV, PUB, "Storytime with Sunny Day the clown, Saturday 11am at the Ruiz Branch Library. All ages welcome.", None, None),
    # ------------------------------------------------------------ clean: announcements
    (ANN, PUB, "Our office will be closed Monday, January 19 for Martin Luther King Jr. Day. For emergencies, call 1-800-555-0199 any time.", None, None),
    (ANN, PUB, "Reminder: the foster parent reimbursement rate increase takes effect July 1. Details were emailed to all licensed homes; questions to info@tricountycfs.org.", None, None),
    (ANN, PUB, "We moved! Our recruitment team now sits at 1200 Commerce Street, Suite 300. Same phone, same people, better coffee.", None, None),
    (ANN, PUB, "Congratulations to our caseworker teams for winning the county's Public Service Award this year! 🎉 We couldn't do it without our foster families.", None, None),
    (ANN, PUB, "Heads up: scammers are texting foster families pretending to be from our agency. We will never ask for your bank details by text. Our only numbers are (512) 555-0100 and 1-800-555-0199.", None, None),
    (ANN, PUB, "Kids in care now ride free on all Capital Metro buses with a youth pass. Ask your case manager or visit tricountycfs.org for how to apply.", None, None),
    (ANN, PUB, "The Tri-County Youth Voice panel will testify at the State Capitol on March 3 about extending foster care to age 23. Watch live on our Facebook page.", None, None),
    (ANN, PUB, "Our new podcast 'Harbor' launches today! Episode one: what caseworkers wish foster parents knew about court reports. Listen wherever you get podcasts.", None, None),
    # ------------------------------------------------------------ clean: forum
    (FF, PUB, "What should a first-time foster parent know before their first court hearing? Do we talk to the judge or just sit there?", None, None),
    (FF, PUB, "General question: how do you all handle therapy appointments when you work full time? Does the agency ever provide transport or is that always on us?", None, None),
    (FF, PUB, "Is it normal for medication consents to take weeks? Asking in general, not about any one kiddo — just trying to understand how the process works in our state.", None, None),
    (FF, PUB, "This week needs therapy lol. Three meetings, two dentist trips and the dishwasher died.", None, None),
    (FF, PUB, "Book recs for new foster parents? I've read The Connected Child and Wounded Children, Healing Homes. Looking for something about teens.", None, None),
    (FF, PUB, "Anyone else's house completely taken over by Bluey merch? I've heard 'Keepy Uppy' 400 times today.", None, None),
    (FF, PUB, "Tip from a 10-year foster mom: keep a folder for every school meeting, doctor visit and court date. Your caseworker will thank you. You'll thank you.", None, None),
    (FF, PUB, "Hot take: the best trauma-informed parenting advice I ever got was 'connection before correction.' What's yours?", None, None),
    (FF, PUB, "Does anyone know if the state covers summer camp for kids in care? Not looking for a specific camp, just how the funding works.", None, None),
    (FF, PUB, "I swear my coffee maker is the only reason I haven't been committed yet 😂 Happy Friday, foster fam.", None, None),
    (FF, PUB, "For folks asking about kinship vs. non-relative licensing: the home study is basically the same, but relatives can sometimes get a waiver on square footage. Ask your licensing worker.", None, None),
    (FF, PUB, "Is it okay to post photos from the Kane Brown concert if no kids are in them? I'm paranoid about posting anything now.", None, None),
    (FF, PUB, "What's everyone doing for Mother's Day when there are two moms in the picture (bio and foster)? Looking for general ideas.", None, None),
    (FF, PUB, "Our support group read 'Hope Wins' this month. Honestly, hope and patience are the whole job.", None, None),
    (FF, PUB, "Lessons from Miss Honey in Matilda: sometimes the best thing you can give a kid is a quiet room and a library card.", None, None),
    (FF, PUB, "PSA: Medicaid renewals for kids in care are NOT automatic in every state. Check with your caseworker a couple months ahead.", None, None),
    (FF, PUB, "How do other families explain court to little ones? Our agency suggested 'a meeting where grown-ups make plans to keep you safe.'", None, None),
    (FF, PUB, "Pro tip: June is a great month to get sports physicals done before the fall rush.", None, None),
    (FF, PUB, "Finished Avatar: The Last Airbender as a family tonight. Zuko's redemption arc hits different as a foster parent.", None, None),
    (FF, PUB, "Question for the group: when a kiddo's therapist recommends something you disagree with, what's the right way to raise it? General etiquette question.", None, None),
    (FF, PUB, "I'm going to need a nap and possibly a therapist after this school supply run 😵", None, None),
    (FF, PUB, "Any good resources on sibling visits in general? Our agency is rolling out a new visitation policy and I want to understand it.", None, None),
    (FF, PUB, "Does anyone know the rules for traveling out of state with kids in care during spring break? Is court approval needed or just the caseworker's okay?", None, None),
    (FF, PUB, "Anyone going to the Olivia Rodrigo show at Moody Center? Trying to figure out if it works as a 'first concert' for a tween.", None, None),
    # ------------------------------------------------------------ clean: messages
    (MFP, PRIV, "Hi! Just a reminder that the monthly newsletter is out — the recipes page is great this time. Have a nice weekend!", None, None),
    (MY, PRIV, "hey the teen advisory board meets thursday at 4:30 at the library on Sojourner Truth Ave, pizza is on us 🍕", None, None),
    (MP, PRIV, "Good morning. Our office hours change next week; you can still reach the front desk at 512-555-0123. Thank you.", None, None),
    (MY, PRIV, "did u see Bad Bunny is doing a second night in Houston?? tickets were gone in like 2 min smh", None, None),
    (MFP, PRIV, "Will you be able to bring the folding tables to the picnic on Saturday? No worries if not.", None, None),
    (MY, PRIV, "lowkey Miles Morales is the best spiderman and i will not be taking questions", None, None),
    (MP, PRIV, "Just a note on the agency's holiday schedule: we're closed Dec 24–26. The on-call line is 1-800-555-0199.", None, None),
    (MFP, PRIV, "Thanks for coming to the training last night! Slides are posted at tricountycfs.org/foster under Resources.", None, None),
    (MY, PRIV, "yo the Juneteenth cookout is at Rosewood Park at noon, there's gonna be a DJ and free food", None, None),
    # ------------------------------------------------------------ clean: internal notes
    (NOTE, SEC, "Reminder to all staff: mandatory training on the new documentation system is Wednesday at 2pm in Conference Room C. Bring your laptop.", None, None),
    (NOTE, SEC, "Unit meeting agenda: 1) holiday coverage, 2) new intake form, 3) updates from the licensing team, 4) potluck sign-up.", None, None),
    (NOTE, SEC, "Policy reminder: do not text photos of children to personal phones. Use the secure app only. See policy 4.12 for details.", None, None),
    # ------------------------------------------------------------ clean: other
    (OTH, PUB, "Shoutout to Simone Biles for talking openly about therapy and mental health. Athletes like her make it easier for our teens to ask for help.", None, None),
    (OTH, PUB, "The way Coco Gauff plays under pressure is honestly inspiring. Watching the final with a houseful of screaming kids tonight.", None, None),
    (OTH, PUB, "Pedro Pascal playing a dad who takes in a kid is my entire personality now.", None, None),
    (OTH, PUB, "Just finished Rick Riordan's new one. Percy Jackson still knows how to make a foster mom cry at 2am.", None, None),
    (OTH, PUB, "Happy birthday to Dolly Parton, whose Imagination Library sends free books to so many of the kids we serve! 📚", None, None),
    (OTH, PUB, "Bluey's dad Bandit is a better parenting coach than half the books on my shelf.", None, None),
    (OTH, PUB, "Mario Kart tournament results: the caseworkers lost to the foster parents. Again. Rematch in the spring.", None, None),
    (OTH, PUB, "Taylor Swift fans: our teen group is making friendship bracelets to sell at the craft fair on November 8. All proceeds go to the youth emergency fund.", None, None),
    (OTH, PUB, "My toddler named our new goldfish Justice and I have never been prouder.", None, None),
    # ------------------------------------------------------------ recruitment posts that leak
    (REC, PUB, "Meet [[FIRST:Tobiah]]! At [[AGE:nine]], he can name every dinosaur in the Cretaceous and beats everyone at Uno. He [[HEALTH:has a feeding tube]] at night and needs a family willing to learn his care. Call (512) 555-0100.", None, None),
    (REC, PUB, "[[PERSON:Anneliese Vukovich]], [[AGE:16]], wants a family who'll come to her volleyball games at [[SCHOOL:Seguin Ridge High]]. She's been waiting since [[CASE_DETAIL:her parents' rights were terminated]] in 2022.", None, None),
    (REC, PUB, "Sibling trio alert 💛 [[FIRST:Kalani]], [[FIRST:Makoa]] and [[FIRST:Pua]] ([[AGE:3, 5 and 8]]) love the beach and pancakes. Could your family keep them together?", None, None),
    (REC, PUB, "Looking for a home for a sweet [[AGE:6-year-old]] boy from [[LOCATION:Kerrville]] who [[HEALTH:is deaf]] and signs in ASL. Families who sign are encouraged to reach out!", None, None),
    (REC, PUB, "[[FIRST:Dmitri]] ([[AGE:14]]) is a chess kid with a big laugh. After [[CASE_DETAIL:two disrupted adoptions]], he is cautious but hopeful. Email fostercare@tricountycfs.org to learn more.", None, None),
    (REC, PUB, "This is [[FIRST:Xiomara]], [[AGE:12]]! She sings in the [[SCHOOL:Harlingen Girls Choir]] and wants a mom who'll braid her hair. #WaitingChild", None, None),
    (REC, PUB, "Could you parent a teen who [[HEALTH:lives with sickle cell disease]]? [[FIRST:Emeka]], [[AGE:15]], handles his [[HEALTH:pain crises]] like a champ and dreams of playing bass.", None, None),
    (REC, PUB, "Meet [[FIRST:Saoirse]], [[AGE:10]] — our resident artist. She [[HEALTH:is on the autism spectrum]] and thrives with routine. DM @TriCountyFosters to ask about her.", None, None),
    # ------------------------------------------------------------ messages to foster parents
    (MFP, PRIV, "Hi Ms. [[PERSON:Oyelowo]], [[FIRST:Kenji]]'s [[HEALTH:allergist]] appointment moved to Thursday at 3:15. The office said to bring his [[HEALTH:EpiPen]] and the food diary.", None, None),
    (MFP, PRIV, "Quick update: the judge [[CASE_DETAIL:extended the placement with you for another six months]]. [[FIRST:Adaeze]] doesn't know yet — let's tell her together on Friday.", None, None),
    (MFP, PRIV, "Can you drop [[FIRST:Lior]] at [[LOCATION:Cedar Park Pediatrics]] by 8? He's getting his [[HEALTH:Synagis shot]] and the nurse needs his Medicaid number, [[ID:612448907]].", None, None),
    (MFP, PRIV, "Mr. [[PERSON:Haddad]], please don't let [[FIRST:Yusuf]]'s uncle pick him up from school. There is a [[CASE_DETAIL:no-contact order]] in place as of yesterday.", None, None),
    (MFP, PRIV, "Reminder: [[FIRST:Valentina]] has her [[HEALTH:EMDR session]] Wednesday at 4 and her [[CASE_DETAIL:supervised visit with mom]] Thursday at 10. Let me know if transport is an issue.", None, None),
    (MFP, PRIV, "Just got the lab results back — [[FIRST:Anaya]]'s [[HEALTH:lead level came back at 14]]. Pediatrician wants a recheck in three months.", None, None),
    (MFP, PRIV, "She might be cranky today — they upped her [[HEALTH:mood meds]] on Friday and the first week is rough.", None, None),
    (MFP, PRIV, "Here's the Zoom for [[FIRST:Nadia]]'s [[CASE_DETAIL:family group conference]]: [[HANDLE:zoom.us/j/83307152244]] passcode [[ID:tc2291]].", None, None),
    (MFP, PRIV, "The new kiddo is [[PERSON:Jordan Michael Reyes]], goes by [[FIRST:MJ]]. Yes, like the basketball player — he'll tell you all about it.", None, None),
    (MFP, SEC, "The psych eval is back: [[HEALTH:PTSD and generalized anxiety]], [[HEALTH:no signs of psychosis]]. Dr. [[PERSON:Umeh]] recommends a [[HEALTH:DBT skills group]].", None, None),
    (MFP, PRIV, "Respite sitter for [[FIRST:Teodora]] this weekend is [[PERSON:Rosalind Achebe-Strand]], [[PHONE:(254) 555-0119]], [[EMAIL:roz.strand77@yahoo.com]]. [[FIRST:Teodora]]'s [[HEALTH:Depakote]] is at 8am and 8pm.", None, None),
    (REC, PUB, "[[FIRST:Ignacio]] (born [[DOB:3/9/2013]]) is a Minecraft expert who wants a dad to build with. Learn more from his worker at [[EMAIL:m.ferreira-lund@tricountycfs.org]].", None, None),
    # ------------------------------------------------------------ messages to parents
    (MP, PRIV, "Ms. [[PERSON:Quiroga]], your [[CASE_DETAIL:hair follicle test]] is scheduled Monday at 9. If you miss it, it [[CASE_DETAIL:counts as a positive]] for the court report.", None, None),
    (MP, PRIV, "Mr. [[PERSON:Kowalczyk]], your next [[CASE_DETAIL:review hearing]] is on 9/23 at 1:30 in courtroom 4B. Please bring proof that you [[CASE_DETAIL:finished the parenting class]].", None, None),
    (MP, PRIV, "Hola Sra. [[PERSON:Benítez]], [[FIRST:Luz]] está bien en la casa de crianza. Ya empezó [[HEALTH:terapia del habla]] y le está yendo muy bien. Su [[CASE_DETAIL:visita supervisada]] es el martes.", None, None),
    (MP, PRIV, "Hi [[FIRST:Destiny]], I know the [[CASE_DETAIL:safety plan]] feels like a lot. The main thing is [[FIRST:Jace]] can't be alone with [[PERSON:Travis Holloway]] until [[CASE_DETAIL:the investigation closes]].", None, None),
    (MP, PRIV, "The doctor said [[FIRST:Kai]]'s [[HEALTH:belly pain is from constipation]], nothing serious. He's on [[HEALTH:MiraLAX]] now and already feeling better.", None, None),
    # ------------------------------------------------------------ messages to youth
    (MY, PRIV, "hey [[FIRST:Mateo]] its ms [[PERSON:Abernethy]]. [[CASE_DETAIL:court is tmrw at 9]], wear something comfy. the judge might ask u where u want to live", None, None),
    (MY, PRIV, "[[FIRST:Ama]] did you pick up your [[HEALTH:Lexapro]] refill? pharmacy closes at 7 on weekdays", None, None),
    (MY, PRIV, "you can still text me at [[PHONE:254 555 0168]] after you [[CASE_DETAIL:age out]], i'm not going anywhere", None, None),
    (MY, PRIV, "i heard ur mom [[CASE_DETAIL:got picked up again]]. u ok? call me whenever", None, None),
    (MY, PRIV, "ur medicaid # is [[ID:5248831902]], write it down before ur appt", None, None),
    (MY, PRIV, "happy early bday [[FIRST:Nico]]!! [[AGE:18]] on the [[DOB:27th]] 🎉 dont forget ur [[CASE_DETAIL:extended care paperwork]]", None, None),
    # ------------------------------------------------------------ youth and relatives posting
    (OTH, PUB, "finally out of [[ADDRESS:Bluebonnet Youth Ranch]] 🙌 [[CASE_DETAIL:kinship placement]] w my aunt in [[LOCATION:Lubbock]] starting monday", None, None),
    (OTH, PUB, "ngl being [[CASE_DETAIL:on probation]] and on [[HEALTH:Abilify]] at the same time is a whole vibe 💀 [[AGE:17]] and tired", None, None),
    (OTH, PUB, "add me on snap [[HANDLE:kaylani.xo23]] i just [[CASE_DETAIL:got moved to a new foster home]] and dont know anybody at [[SCHOOL:Copperas Cove High]]", None, None),
    (OTH, PUB, "my cousins [[CASE_DETAIL:got took by CPS]] last night and my tia is losing it. they're at some shelter in [[LOCATION:San Marcos]]", None, None),
    (OTH, PUB, "[[FIRST:Uncle Ray]] [[CASE_DETAIL:is doing a bid]] in [[LOCATION:Huntsville]], so it's just me and grandma raising the girls now.", None, None),
    (OTH, PUB, "my little brother [[CASE_DETAIL:is in juvie]] and my mom [[CASE_DETAIL:won't go to his court date]]. idk what to do", None, None),
    (OTH, PUB, "Proud auntie moment: my nephew [[PERSON:Quentin Marsh]] made honor roll at [[SCHOOL:Killeen ISD]] even with everything going on [[CASE_DETAIL:since CPS took him]].", None, None),
    (OTH, PUB, "[[FIRST:Grandma Lupita]] got [[CASE_DETAIL:temporary custody]] of the twins today!!! God is good 🙏", None, None),
    (OTH, PUB, "If you see my son [[PERSON:Darnell Pritchett Jr.]], tell him to call his mama at [[PHONE:737-555-0126]]. [[CASE_DETAIL:He ran away from the group home]] on the 3rd.", None, None),
    (OTH, PUB, "Looking for [[PERSON:Brayden Culpepper]]'s dad — last seen in [[LOCATION:Copperas Cove]]. Message me at [[EMAIL:kinfinder.tx@gmail.com]] or IG [[HANDLE:@bray.fam.search]].", None, None),
    (OTH, PUB, "Little man [[HEALTH:can't hear out of his right ear]] and finally [[HEALTH:got his hearing aid]]! Watching [[FIRST:Bodhi]] hear birds for the first time 😭", None, None),
    (OTH, PUB, "Day 30 with our [[AGE:newborn]] foster bub. Her [[HEALTH:NAS scores]] are finally under 8 and she's off [[HEALTH:morphine]]! 🙌", None, None),
    (OTH, PUB, "New foster mama here! Our first placement is a [[AGE:2-week-old]] baby girl straight from [[LOCATION:St. David's NICU]] — [[HEALTH:withdrawing from fentanyl]].", None, None),
    (OTH, PUB, "Our [[FIRST:Hope]] got baptized Sunday and the whole church sang. Faith and patience got us here.", None, None),
    (OTH, PUB, "So proud of our [[AGE:7th grader]] who made the [[SCHOOL:Dripping Springs Tigers]] robotics team!", None, None),
    (OTH, PUB, "Our girl made it to state in the 400m for [[SCHOOL:Lake Travis High]]!", None, None),
    (OTH, PUB, "Guess who just turned [[AGE:16]] and passed her driving test?!", None, None),
    (OTH, PUB, "[[FIRST:Zaid]] is reading his poem at the teen open mic tonight — so proud of this kid!", None, None),
    (OTH, PRIV, "Can you send me [[PERSON:Dante Ruelas]]'s report card from [[SCHOOL:Hays CISD]]? I need it for his [[CASE_DETAIL:permanency hearing]] on the 14th.", None, None),
    # ------------------------------------------------------------ forum posts that leak
    (FF, PUB, "Our [[AGE:4yo]] was just diagnosed with [[HEALTH:FASD]] and the neurologist wants to start [[HEALTH:Intuniv]]. Anyone have experience with it in little ones?", None, None),
    (FF, PUB, "Update on [[FIRST:Birdie]]: [[CASE_DETAIL:bio mom didn't show for the third visit in a row]], so the [[CASE_DETAIL:goal might change to adoption]]. Heart is so heavy tonight.", None, None),
    (FF, PUB, "Prayers please. Our foster daughter [[FIRST:Esmé]] [[HEALTH:had a seizure at school]] and is at [[LOCATION:Dell Children's]] overnight. They're adjusting her [[HEALTH:Keppra]].", None, None),
    (FF, PUB, "Anyone in the [[LOCATION:Round Rock]] area have a good [[HEALTH:PCIT]] therapist? Our [[AGE:5-year-old]] foster son [[HEALTH:has RAD]] and the tantrums are intense.", None, None),
    (FF, PUB, "We just found out our kiddo's [[CASE_DETAIL:dad got sentenced to 8 years]]. How do you even explain that to a [[AGE:7 yr old]]?", None, None),
    (FF, PUB, "Our girl is [[AGE:15]] and [[HEALTH:pregnant]]. Agency says she can stay with us, but I don't know where to start. [[LOCATION:Temple]] area moms, who's a good OB?", None, None),
    (FF, PUB, "Vent: the kids' [[CASE_DETAIL:mom relapsed on meth]] again and now the [[CASE_DETAIL:reunification timeline is blown]]. I'm so tired of watching them get their hopes up.", None, None),
    (FF, PUB, "[[FIRST:Wren]] has been with us [[CASE_DETAIL:since she was pulled from her grandpa's house]] in March. She still [[HEALTH:wets the bed]] most nights — anyone tried the alarm thing?", None, None),
    (FF, PUB, "Can I vent? [[PERSON:Rhonda Tillery]] from the other agency keeps posting pictures on her page. [[FIRST:Kaden]]'s face is all over it.", None, None),
    (FF, PUB, "Our [[AGE:11-month-old]] was [[HEALTH:born substance-exposed]] and is in [[HEALTH:early intervention]] for [[HEALTH:motor delays]]. What should we ask at the next ECI visit?", None, None),
    (FF, PUB, "Anyone else foster through the [[LOCATION:Bastrop County]] office? Our case [[ID:2025-CV-30318]] has been stuck for months and nobody calls back.", None, None),
    (FF, PUB, "Mi niña de crianza ([[AGE:8 años]]) [[HEALTH:tiene asma]] y se le acabó el [[HEALTH:albuterol]]. ¿Alguien sabe si el Medicaid cubre dos inhaladores?", None, None),
    (FF, PUB, "[[FIRST:Ozzie]]'s [[HEALTH:hearing test came back abnormal]] on the left side. They're referring us to an ENT at [[LOCATION:Scott & White]] in [[LOCATION:Temple]].", None, None),
    (FF, PUB, "Celebrating! After 874 days, [[CASE_DETAIL:the adoption is finalized]] for our son [[PERSON:Ignatius Pham-Lowry]]! 🎉", None, None),
    (FF, PUB, "Our [[AGE:13yo]] just [[CASE_DETAIL:disclosed that her stepdad touched her]]. We called the hotline. What happens next?", None, None),
    (FF, PUB, "Tired of people asking 'where are her real parents.' Her [[CASE_DETAIL:mom is locked up]] in [[LOCATION:Gatesville]] and her dad isn't in the picture, and that's all you get.", None, None),
    (FF, PUB, "Anyone know a lawyer? Our [[CASE_DETAIL:foster license got put on hold]] after an [[CASE_DETAIL:allegation]] that turned out to be nothing, and now they want to move our kids.", None, None),
    (FF, PUB, "Selling a barely used toddler bed, pickup at [[ADDRESS:417 Sagebrush Trl]] or text me at [[PHONE:five one two, five five five, zero one eight eight]].", None, None),
    (FF, PUB, "Our [[AGE:10-year-old]]'s [[HEALTH:sugar keeps spiking over 300]] after school. Endo says it's the [[HEALTH:pump]] site. Anybody else deal with this?", None, None),
    (FF, PUB, "Our [[AGE:8-yo]] [[HEALTH:sees a counselor]] twice a week and is on [[HEALTH:something for focus]]; his teacher at [[SCHOOL:Bee Cave Elementary]] keeps saying he's 'just lazy.' How do I push back?", None, None),
    (FF, PUB, "The [[PERSON:Ackerly]] boys [[CASE_DETAIL:got bounced to their fifth home]] this year. I'm so angry at the system.", None, None),
    (FF, PUB, "Our [[CASE_DETAIL:judge took away dad's weekend visits]] after he [[CASE_DETAIL:showed up high]]. [[FIRST:Sunny]] cried all night.", None, None),
    (FF, PUB, "[[FIRST:June]] and [[FIRST:Will]] are settling in. [[FIRST:Will]] says [[FIRST:June]] snores. 😂", None, None),
    (FF, PUB, "Any foster families near [[LOCATION:Wimberley]]? Would love a playdate buddy for our [[AGE:3-year-old]].", None, None),
    # ------------------------------------------------------------ announcements and events that leak
    (ANN, PUB, "Congratulations to [[PERSON:Fernanda Ibarra-Cole]] on graduating from [[SCHOOL:Del Valle High School]]! She's the first in her family to finish high school — and she did it [[CASE_DETAIL:while in foster care]].", None, None),
    (EV, PUB, "Come cheer on [[FIRST:Tavita]] and her teammates from [[SCHOOL:Troop 1138]] at the cookie booth outside H-E-B on Saturday!", None, None),
    (ANN, PUB, "Huge thanks to the [[PERSON:Delacroix-Obi]] family for [[CASE_DETAIL:taking in a sibling group of four]] last week!", None, None),
    (EV, PUB, "Birthday shoutout! Our [[FIRST:Jojo]] turns [[AGE:5]] on [[DOB:February 11]] — party at [[LOCATION:Pinballz in Kyle]] 🎂", None, None),
    (ANN, PUB, "Please welcome our newest volunteer mentor! She'll be working with [[PERSON:Joaquín Ybarra]] ([[AGE:14]]) and [[PERSON:Elif Kaya]] ([[AGE:16]]) at the [[ADDRESS:Harbor House shelter]].", None, None),
    # ------------------------------------------------------------ internal notes
    (NOTE, SEC, "Home visit 10/14: [[FIRST:Callum]] ([[AGE:6]]) appeared well. FP reports [[HEALTH:night terrors]] 3x/wk. Referred to [[HEALTH:TF-CBT]] at [[LOCATION:Hill Country MHDD]]. Next visit 11/11.", None, None),
    (NOTE, SEC, "Contact log — called [[PERSON:Marisela Ugarte]] (maternal aunt) at [[PHONE:(361) 555-0153]] re: [[CASE_DETAIL:kinship home study]]. She agreed to fingerprinting Friday.", None, None),
    (NOTE, SEC, "Intake: [[CASE_DETAIL:report received 02/03 alleging physical abuse]] of [[PERSON:Amari Sutton-Ross]], [[AGE:8]], by mother's boyfriend. Child seen at [[SCHOOL:Pflugerville Elementary]]; [[HEALTH:bruising on upper arms]] observed.", None, None),
    (NOTE, SEC, "[[PERSON:J. Oduya]] (DOB [[DOB:07/22/2011]]) — [[HEALTH:Vyvanse 30 mg]] daily, [[HEALTH:melatonin]] at bedtime. Med log reviewed, no missed doses.", None, None),
    (NOTE, SEC, "Staffing notes: [[CASE_DETAIL:TPR trial set for 3/17]]. Father [[CASE_DETAIL:incarcerated]] at [[LOCATION:FCI Bastrop]], release est. 2028. Mother [[CASE_DETAIL:non-compliant with drug testing]]. Cause no. [[ID:D-1-FM-25-004417]].", None, None),
    (NOTE, SEC, "[[CASE_DETAIL:Placement change]]: [[PERSON:Soraya Nasser]] moved from [[ADDRESS:2914 Briarcliff Ct]] to [[ADDRESS:the Oak Haven girls' cottage]] on 6/2 [[CASE_DETAIL:after the foster family gave notice]].", None, None),
    (NOTE, SEC, "Youth [[FIRST:Rocco]] [[HEALTH:tested positive for THC and benzos]] on 8/30 UA. Will staff with supervisor re: [[HEALTH:outpatient substance treatment]].", None, None),
    (NOTE, SEC, "[[PERSON:Tallulah Greaves]] ([[AGE:17]]) [[HEALTH:is 22 weeks pregnant]], prenatal care at [[LOCATION:Seton Hays]]. Wants to stay at her placement; [[CASE_DETAIL:ICPC request to Oklahoma pending]].", None, None),
    (NOTE, SEC, "Updated contact for foster home: [[PERSON:Wen-Li Achterberg]], [[ADDRESS:88 Pheasant Run, Dripping Springs]], [[EMAIL:wenli.achterberg@outlook.com]]. Gate code [[ID:4417#]].", None, None),
    (NOTE, SEC, "SSN on file for [[FIRST:Priya]] is wrong — it should end in [[ID:6630]]. Please fix before the Medicaid renewal goes out.", None, None),
    (NOTE, SEC, "Court report excerpt: [[PERSON:Beatriz Lanham-Soto]] has [[CASE_DETAIL:completed 9 of 12 parenting sessions]] and [[HEALTH:attends NA three times weekly]]. Recommend [[CASE_DETAIL:monitored return]] of [[FIRST:Emilio]] ([[AGE:4]]).", None, None),
    (NOTE, SEC, "Supervisor review — [[PERSON:Koa Makani-Levine]], [[CASE_DETAIL:runaway episode #3]]; located at [[LOCATION:the Greyhound station in Waco]]. [[CASE_DETAIL:Placement requesting removal]].", None, None),
    (NOTE, SEC, "Mom's [[HEALTH:Soberlink reading was .11]] at 7am; [[CASE_DETAIL:visit cancelled]] and FP notified.", None, None),
    # ------------------------------------------------------------ case A
    (FF, PUB, "[[FIRST:shay]] made the honor roll at [[SCHOOL:marigold creek]] 😭 first time ever. this kid.", "r4case_a", None),
    (MFP, PRIV, "Hi [[FIRST:Chela]], [[FIRST:Seun]]'s intake at [[LOCATION:Sunfield]] is Tuesday at 2. Bring his [[HEALTH:Trileptal]] bottle and the school behavior log.", "r4case_a", None),
    (NOTE, SEC, "[[PERSON:Adeyemi-Brandt]] siblings: [[CASE_DETAIL:visits with mother suspended]] pending [[CASE_DETAIL:UA]] results. [[PERSON:R. Fenske]] remains under [[CASE_DETAIL:no-contact order]]. — [[PERSON:D. Lindqvist]]", "r4case_a", None),
    (OTH, PUB, "they [[CASE_DETAIL:took my babies]] and gave them to some lady named [[FIRST:graciela]] who doesnt even speak english to them. [[FIRST:ife]] is only [[AGE:9]]", "r4case_a", None),
    (MY, PRIV, "[[FIRST:seun]] its [[FIRST:miss devorah]]. if [[FIRST:bubba]] shows up at school again go straight to the office and call me", "r4case_a", None),
    (FF, PUB, "Does anyone's kiddo take [[HEALTH:oxcarbazepine]] for [[HEALTH:mood swings]]? Our [[AGE:13 y/o]] ([[FIRST:Shay]]) started it last month and is sleeping 12 hours a day.", "r4case_a", None),
    (OTH, PUB, "I'm [[PERSON:Kristen Brant]] and I completed my [[CASE_DETAIL:case plan]]. Call me at [[PHONE:830.555.0147]] if you know a good family lawyer in [[LOCATION:Comal County]].", "r4case_a", None),
    (MP, PRIV, "Ms. [[PERSON:Brandt]], the [[CASE_DETAIL:permanency hearing]] is moved to 10/2. [[FIRST:Ife]] asked if you'll be there.", "r4case_a", None),
    # ------------------------------------------------------------ case B
    (OTH, PUB, "[[FIRST:zhoni]] here lol. turning [[AGE:17]] in [[DOB:april]] and [[CASE_DETAIL:moving in with my auntie]] so bye [[ADDRESS:desert willow]] 👋", "r4case_b", None),
    (MFP, PRIV, "[[FIRST:Pete]], the [[PERSON:Begay]] family meeting is Friday. [[FIRST:Auntie Ella]] may drive in from [[LOCATION:Crownpoint]] — [[CASE_DETAIL:she's asking for placement]].", "r4case_b", None),
    (NOTE, SEC, "[[PERSON:Nizhoni Begay Whitlock]] DOB [[DOB:4/11/08]]. [[HEALTH:T1D]], last [[HEALTH:A1C 10.4]]; [[HEALTH:missed Lantus]] 3 nights at shelter. Endo at [[LOCATION:UNM Children's]] 5/2.", "r4case_b", None),
    (OTH, PUB, "Praying for our niece [[FIRST:Nizzy]] at [[SCHOOL:Coronado Valley]] — her dad [[FIRST:Tanner]] [[CASE_DETAIL:is in county again]].", "r4case_b", None),
    (MY, PRIV, "hey [[FIRST:niz]] its ms [[PERSON:quist-holloway]]. reminder ur [[CASE_DETAIL:transition plan meeting]] is thurs at 3 in the counselor office at [[SCHOOL:cvhs]]", "r4case_b", None),
    (FF, PUB, "Our [[AGE:16yo]] is [[HEALTH:diabetic]] and the shelter kept forgetting her [[HEALTH:insulin]]. [[FIRST:Zhoni]] deserves better than that.", "r4case_b", None),
    (MP, PRIV, "Ms. [[PERSON:Begay]], [[FIRST:Nizhoni]] would like a [[CASE_DETAIL:phone visit]] Sunday. Can you be reached at [[PHONE:505-555-0138]]?", "r4case_b", None),
    (OTH, PUB, "Everybody pray for my girl [[PERSON:Nizhoni Whitlock]]. CYFD [[CASE_DETAIL:won't let me see her]] until I do the [[CASE_DETAIL:anger class]].", "r4case_b", None),
    # ------------------------------------------------------------ case C
    (MFP, PRIV, "[[FIRST:Miss Hollis]], [[FIRST:Khoa]] has his [[HEALTH:speech eval]] at [[LOCATION:Bayview Peds]] Monday 10:40. [[FIRST:Ngoc]] can stay at [[SCHOOL:Little Sprouts]] till 5.", "r4case_c", None),
    (OTH, PUB, "the [[PERSON:Trinh]] babies are thriving 🥰 [[FIRST:bao]] learned to ride a bike and [[FIRST:khoa]] is finally off the [[HEALTH:failure-to-thrive]] list", "r4case_c", None),
    (NOTE, SEC, "[[PERSON:Thuy Trinh]] — home visit at [[ADDRESS:740 Garnet Ave #3C]]. Home clean, food present. [[PERSON:Castellanos]] not present. [[CASE_DETAIL:Protective order]] expires 1/15.", "r4case_c", None),
    (OTH, PUB, "If anyone sees [[PERSON:Dwayne Castellanos]] aka [[FIRST:Dee]] near [[SCHOOL:Little Sprouts Learning Center]], call 911 — [[CASE_DETAIL:he is not allowed near those kids]].", "r4case_c", None),
    (MP, PRIV, "[[FIRST:Chị Thúy]], [[FIRST:Ngọc]] nhớ mẹ lắm. Your [[CASE_DETAIL:next visit]] is Wednesday at the agency, 88 Mill Road. — [[FIRST:Ilse]]", "r4case_c", None),
    (FF, PUB, "Our [[AGE:5yo]] foster daughter [[FIRST:Bao]] came to us with [[HEALTH:untreated ear infections]] and [[HEALTH:12 cavities]]. [[CASE_DETAIL:Medical neglect]] is real, y'all.", "r4case_c", None),
    (OTH, PUB, "Porch book swap at [[ADDRESS:5 Larkspur Ct]] on Saturday — my foster littles picked out the books 📚", "r4case_c", None),
    (NOTE, SEC, "[[FIRST:Khoa]] (DOB [[DOB:06/18/21]]) — [[HEALTH:Pediasure]] 2x daily, [[HEALTH:weight 22.4 lb]] at [[LOCATION:Bayview]]. Mother's [[CASE_DETAIL:reunification]] on track.", "r4case_c", None),
    # ------------------------------------------------------------ case D
    (OTH, PUB, "[[FIRST:zeke]] [[AGE:15]] 🏈 [[SCHOOL:halverson]] ➡️ snap [[HANDLE:zeke.wh25]]", "r4case_d", None),
    (MFP, PRIV, "[[FIRST:Nana Lolo]], [[FIRST:Zeke]]'s [[CASE_DETAIL:kinship stipend]] paperwork is ready. Can I bring it by [[ADDRESS:Cherokee Bluff]] on Thursday?", "r4case_d", None),
    (NOTE, SEC, "Father [[PERSON:Brandon Wojcik]] [[HEALTH:admitted to residential treatment]] at [[LOCATION:Green Country Recovery]] 3/4 for [[CASE_DETAIL:opioid use]].", "r4case_d", None),
    (OTH, PUB, "Happy [[AGE:15th]] birthday to my grandson [[PERSON:Ezekial Harjo]]! Nana loves you to the moon.", "r4case_d", None),
    (FF, PUB, "Any kinship grandmas raising a teen whose [[CASE_DETAIL:dad's ex has a protective order against her]]? [[PERSON:Kaylee Spurlock]] keeps DMing [[FIRST:Zeke]] on Instagram.", "r4case_d", None),
    (MY, PRIV, "[[FIRST:Zeke]] it's Mr. [[PERSON:Nakashima-Reyes]]. Your [[CASE_DETAIL:visit with your dad]] at the treatment center is Sunday at 1.", "r4case_d", None),
    (OTH, PUB, "Heard the [[PERSON:Wojciks]] [[CASE_DETAIL:lost custody]] and the boy's [[CASE_DETAIL:living with his grandma now]] out on [[ADDRESS:Cherokee Bluff Rd]].", "r4case_d", None),
    (MP, PRIV, "Mr. [[PERSON:Wojcik]], [[FIRST:Ezekiel]] asked me to pass along that he [[HEALTH:passed his concussion test]] and is cleared for football. Call me at the office, 512-555-0123.", "r4case_d", None),
]

if __name__ == "__main__":
    raise SystemExit(write_or_check(CASES, ITEMS, HERE, OUT, PREFIX) or 0)
