"""Training set t17 for CaseSafe's entity model: hard negatives and near misses for health,
court and case words. Most texts use the vocabulary of child welfare, medicine and the courts
(agency announcements, trainings, policy updates, staff memos, billing and audit notes,
statistics, news about public figures' health and court cases, book and film recommendations,
general questions to a group, awareness months, jokes, idioms, hyperbole, sports and games)
but disclose nothing about a particular private person; each family sits beside a
near-identical text that ties the same topic to a particular child, parent or family, and is
labelled. Written fresh for this project from the contract (shared/spec/screening.md) and the
labelling rules (bench/README.md, training/README.md) only, without reading the engine, its
word lists, its tests or the other sets. Run: python training/data/t17/build_t17.py [--check]"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2] / "bench" / "data"))
from heldout_builder import write_or_check  # noqa: E402

OUT = "t17.jsonl"
PREFIX = "t17"

REC, MP, MY, MFP = "recruitment_post", "message_parent", "message_youth", "message_foster_parent"
FF, NOTE, ANN, EV, OTH = "foster_forum", "internal_note", "announcement", "event", "other"
PUB, PRIV, SEC = "public", "private", "secure"

CASES: dict[str, dict] = {
    "t17c1": {
        "case_id": "2025-JV-2291",
        "people": [
            {
                "name": "Delphine Achterberg",
                "aliases": ["Del", "Dee"],
                "role": "child",
                "birth_date": "2017-10-05",
                "school": "Hollins Creek Elementary",
            },
            {
                "name": "Rafferty Achterberg",
                "aliases": ["Raff"],
                "role": "sibling",
                "birth_date": "2020-01-22",
            },
            {
                "name": "Lorna Achterberg",
                "aliases": [],
                "role": "parent",
                "address": "611 Quarry View Rd, Lot 9",
                "phone": "(608) 555-0147",
            },
            {"name": "Wade Kincannon", "aliases": [], "role": "restricted_contact"},
            {
                "name": "Priya Raghunathan",
                "aliases": [],
                "role": "foster_parent",
                "address": "2930 Brisbane Ave",
                "phone": "608-555-0112",
            },
            {"name": "Tomasz Wierzbicki", "aliases": ["Tom"], "role": "caseworker"},
        ],
        "places": ["Hollins Creek Elementary", "Bayberry Pediatrics"],
    },
    "t17c2": {
        "case_id": "2024-DN-0835",
        "people": [
            {
                "name": "Mateo Quispe",
                "aliases": ["Teo"],
                "role": "child",
                "birth_date": "2010-06-30",
                "school": "Cottonwood High School",
            },
            {
                "name": "Luz Quispe",
                "aliases": ["Lucecita"],
                "role": "sibling",
                "birth_date": "2013-02-11",
                "school": "Sagebrush Middle School",
            },
            {
                "name": "Yolanda Quispe",
                "aliases": [],
                "role": "parent",
                "phone": "505-555-0190",
            },
            {"name": "Inés Mamani", "aliases": ["Abuela Inés"], "role": "relative"},
            {
                "name": "Donna Fetterolf",
                "aliases": [],
                "role": "foster_parent",
                "address": "77 Mesa Verde Loop",
            },
        ],
        "places": ["Cottonwood High School", "Sagebrush Middle School", "Piñon Behavioral Health"],
    },
    "t17c3": {
        "case_id": "2025-JC-0412",
        "people": [
            {
                "name": "Keoni Kahananui",
                "aliases": ["Noni"],
                "role": "child",
                "birth_date": "2015-04-19",
                "school": "Waverly Academy",
            },
            {
                "name": "Leilani Kahananui",
                "aliases": ["Lani"],
                "role": "sibling",
                "birth_date": "2013-09-08",
                "school": "Waverly Academy",
            },
            {"name": "Makana Kahananui", "aliases": [], "role": "parent"},
            {"name": "Brent Ostrowski", "aliases": [], "role": "restricted_contact"},
            {"name": "Shanice Pettaway", "aliases": [], "role": "caseworker"},
        ],
        "places": ["Waverly Academy", "Lakeshore Family Clinic"],
    },
    "t17c4": {
        "case_id": "2023-JV-1760",
        "people": [
            {
                "name": "Oluwaseun Adeyemi-Clarke",
                "aliases": ["Seun", "Shawn"],
                "role": "child",
                "birth_date": "2008-12-02",
                "school": "Dunmore High School",
            },
            {"name": "Folake Adeyemi", "aliases": [], "role": "parent"},
            {"name": "Clarence Clarke", "aliases": ["Pops"], "role": "relative"},
            {
                "name": "Bettina Marsh",
                "aliases": ["Betts"],
                "role": "foster_parent",
                "address": "4102 Wickham Ct",
                "phone": "717-555-0168",
            },
        ],
        "places": ["Dunmore High School", "St. Brigid's Children's Hospital"],
    },
}

ITEMS: list[tuple] = [
    # ------------------------------------------------- agency announcements, trainings, memos
    (
        ANN,
        PUB,
        "Foster parent pre-service training starts March 3! Topics include trauma-informed care, "
        "the court process, working with birth families and medication management. Six Tuesday "
        "evenings, childcare provided. Register at tricountycfs.org/foster.",
        None,
        None,
    ),
    (
        FF,
        PUB,
        "Starting pre-service training Tuesday so we can keep [[FIRST:Jovani]] long term. His mom's "
        "[[CASE_DETAIL:TPR hearing]] got moved up and we want to be ready if "
        "[[CASE_DETAIL:he becomes legally free]].",
        None,
        None,
    ),
    (
        ANN,
        PUB,
        "Policy update: effective July 1, psychotropic medication consents for youth in care must be "
        "signed by the regional medical director, not the caseworker. The updated form and FAQ are "
        "on the staff intranet.",
        None,
        None,
    ),
    (
        NOTE,
        PRIV,
        "Psychotropic consent still missing for [[PERSON:Harlan Voss]]: [[HEALTH:Abilify 5 mg]] was "
        "started at [[LOCATION:Cedar Ridge Behavioral]] on the 9th and the medical director hasn't "
        "signed yet.",
        None,
        None,
    ),
    (
        NOTE,
        SEC,
        "Staff memo: October mileage logs are due to billing by Friday at noon. Transport for visits, "
        "court and medical appointments all goes under code T-4, please don't lump trips together.",
        None,
        None,
    ),
    (
        NOTE,
        SEC,
        "Mileage 10/14: drove [[FIRST:Kenji]] and [[FIRST:Aiko]] to their "
        "[[CASE_DETAIL:supervised visit with dad]] at [[LOCATION:Rosewood Visitation Center]], then "
        "[[FIRST:Aiko]] to [[HEALTH:her allergist]]. 46 miles, code T-4.",
        None,
        None,
    ),
    (
        ANN,
        PUB,
        "Statewide data: 38% of removals in 2024 listed parental substance use as a contributing "
        "factor, down from 41% the year before. The full report is on our website.",
        None,
        None,
    ),
    (
        FF,
        PUB,
        "They say 38% of removals involve substance use, and our two boys are part of that number. "
        "[[CASE_DETAIL:Mom relapsed on meth]] in March and [[CASE_DETAIL:they came to us that night]].",
        None,
        None,
    ),
    (
        ANN,
        PUB,
        "Audit reminder: the state licensing review is the week of May 12. Please make sure every "
        "home study, fire inspection and CPR card in your files is current.",
        None,
        None,
    ),
    (
        NOTE,
        PRIV,
        "Quick note for the unit: the auditors will pull 25 random case files. They're checking that "
        "monthly contacts are documented within 5 business days and that health passports are "
        "complete. Nobody's in trouble, just tidy up.",
        None,
        None,
    ),
    (
        NOTE,
        PRIV,
        "Auditor flagged the [[PERSON:Brannigan]] file: no contact note for August, and "
        "[[FIRST:Rhett]]'s health passport doesn't list the [[HEALTH:seizure meds]] he started after "
        "[[HEALTH:the EEG]].",
        None,
        None,
    ),
    (
        EV,
        PUB,
        "Free webinar: Understanding the Juvenile Court Process, for new kinship caregivers. Learn "
        "what happens at a shelter hearing, an adjudication and a permanency review. Thursday 6pm, "
        "link on our Facebook page.",
        None,
        None,
    ),
    (
        MP,
        PRIV,
        "Hi Ms. [[PERSON:Dlamini]], the court webinar is Thursday if you want it, but the main thing: "
        "[[FIRST:Thabo]]'s [[CASE_DETAIL:adjudication hearing]] is set for the 21st at 9. Please bring "
        "[[CASE_DETAIL:your parenting class certificate]].",
        None,
        None,
    ),
    (
        ANN,
        PUB,
        "November is National Adoption Month! Join us at Riverside Park on Saturday the 16th: face "
        "painting, tacos, and a ceremony with a judge for every family that finalized this year.",
        None,
        None,
    ),
    (
        FF,
        PUB,
        "Adoption Day at the [[LOCATION:Harris County]] courthouse on the 16th and we're finally "
        "[[CASE_DETAIL:finalizing]] with our girl [[FIRST:Naomi]] after "
        "[[CASE_DETAIL:three years in care]]! 😭💜",
        None,
        None,
    ),
    (
        NOTE,
        PRIV,
        "Reminder from the records unit: redact children's names, schools and addresses before "
        "sending court reports to out-of-county parties. Use the black-box tool, not the "
        "highlighter.",
        None,
        None,
    ),
    (
        ANN,
        PUB,
        "Our office will be closed Monday for Veterans Day. To report suspected abuse or neglect, "
        "call the statewide hotline any time, 24/7.",
        None,
        None,
    ),
    (
        REC,
        PUB,
        "We need foster homes for teens! Many young people in care have lived through trauma, "
        "changed schools several times, or are managing mental health needs. You don't need to be "
        "perfect, just committed. Call 1-800-555-0199.",
        None,
        None,
    ),
    (
        REC,
        PUB,
        "We need a home for [[FIRST:Destiny]], [[AGE:15]]. She has "
        "[[CASE_DETAIL:changed schools four times]] this year and is managing "
        "[[HEALTH:depression]] with weekly [[HEALTH:counseling]]. You don't need to be perfect, just "
        "committed. Call 1-800-555-0199.",
        None,
        None,
    ),
    (
        NOTE,
        SEC,
        "Billing note: therapy sessions of 53 minutes or more go under CPT 90837, 38 to 52 minutes "
        "under 90834. Family therapy without the patient present is 90846. Questions to the billing "
        "desk.",
        None,
        None,
    ),
    (
        NOTE,
        SEC,
        "Billed 90837 for [[FIRST:Soraya]]'s [[HEALTH:trauma therapy]] on 2/6. Her Medicaid ID is "
        "[[ID:5518820937]] and the provider is [[LOCATION:Northgate Family Counseling]].",
        None,
        None,
    ),
    (
        ANN,
        PUB,
        "Thank you to the 42 caregivers who came to Saturday's training on substance-exposed "
        "newborns! Slides and the NAS feeding handout are in the resource library.",
        None,
        None,
    ),
    (
        MFP,
        PRIV,
        "Thanks for coming Saturday! Since your new little one [[CASE_DETAIL:was born substance "
        "exposed]], the NAS feeding handout will help, and [[FIRST:Rio]]'s "
        "[[HEALTH:methadone wean]] schedule is attached.",
        None,
        None,
    ),
    (
        NOTE,
        PRIV,
        "Unit meeting moved to 2pm. Agenda: the new ICPC timelines, the updated removal checklist, "
        "and holiday coverage for after-hours calls.",
        None,
        None,
    ),
    (
        NOTE,
        PRIV,
        "Unit meeting moved to 2pm. First item: last night's [[CASE_DETAIL:emergency removal]] on "
        "[[ADDRESS:Larkspur Lane]]. [[CASE_DETAIL:All three kids were placed]] at "
        "[[ADDRESS:Hope Harbor shelter]] until we find a kin option.",
        None,
        None,
    ),
    (
        ANN,
        PUB,
        "Policy reminder for foster parents: you can share photos of your own family, but never post "
        "a child in care's face, full name, school, or anything about their case or health.",
        None,
        None,
    ),
    (
        FF,
        PUB,
        "I know we can't post faces so here's just her tiny hands 💕 [[FIRST:Mariela]] "
        "[[CASE_DETAIL:came to us Friday]] straight from the ER with [[HEALTH:a broken arm]].",
        None,
        None,
    ),
    (
        NOTE,
        SEC,
        "Per the supervisors: every intake involving a child under 3 gets a face-to-face within 24 "
        "hours, no exceptions, weekends included.",
        None,
        None,
    ),
    (
        NOTE,
        SEC,
        "24-hour face-to-face done for [[PERSON:Ebony Mwangi]]'s baby, [[AGE:9 weeks]], at "
        "[[ADDRESS:2207 Fennimore Ct]]. [[CASE_DETAIL:Report alleges shaking]]; "
        "[[HEALTH:head CT clear]] at [[LOCATION:Mercy General]].",
        None,
        None,
    ),
    (
        OTH,
        PUB,
        "Now hiring: Ongoing Case Manager. Duties include home visits, court testimony, and "
        "coordinating substance-use assessments and mental health referrals. Bachelor's required. "
        "Apply at tricountycfs.org/careers.",
        None,
        None,
    ),
    (
        NOTE,
        PRIV,
        "FYI the new drug-testing vendor starts 12/1. Referrals go through the portal and results "
        "come back in 48 hours. The old vendor's paper forms will be rejected.",
        None,
        None,
    ),
    (
        NOTE,
        SEC,
        "New vendor result for [[PERSON:Corey Lindqvist]]: [[HEALTH:positive for fentanyl and THC]], "
        "collected 12/3. Will update the court before the [[CASE_DETAIL:review hearing]].",
        None,
        None,
    ),
    (
        ANN,
        PUB,
        "¡Capacitación gratuita en español para familias de acogida! Hablaremos del trauma, las "
        "visitas familiares y cómo funciona la corte. Sábado a las 10am en la Biblioteca Central.",
        None,
        None,
    ),
    (
        MP,
        PRIV,
        "Sra. [[PERSON:Villalobos]], le recuerdo que [[CASE_DETAIL:la visita supervisada con sus "
        "hijos]] es el sábado a las 10 y que [[CASE_DETAIL:la audiencia]] es el 4 de diciembre.",
        None,
        None,
    ),
    (
        ANN,
        PRIV,
        "Reminder: the mandated reporter refresher is due by Dec 31 for all staff and contracted "
        "providers. The 2-hour module covers recognizing physical abuse, sexual abuse, neglect and "
        "medical neglect.",
        None,
        None,
    ),
    (
        NOTE,
        PRIV,
        "Heads up, the metal detectors at the courthouse are down and the line for the juvenile "
        "floor is out the door. Leave 30 extra minutes for any 9am docket.",
        None,
        None,
    ),
    (
        MFP,
        PRIV,
        "Line at the courthouse is out the door, leave early for [[FIRST:Cruz]]'s "
        "[[CASE_DETAIL:9am permanency hearing]]. [[CASE_DETAIL:Dad is expected to ask for unsupervised "
        "visits]].",
        None,
        None,
    ),
    (
        ANN,
        PUB,
        "By the numbers, FY2025: 1,204 reports investigated, 311 children entered care, 57% reunified "
        "within 12 months, and 86 adoptions finalized. Thank you, foster families!",
        None,
        None,
    ),
    (
        FF,
        PUB,
        "We're one of the 86 adoptions on that chart 🥹 [[FIRST:Kellan]] "
        "[[CASE_DETAIL:entered care at 4 months]] and [[CASE_DETAIL:we finalized in June]].",
        None,
        None,
    ),
    (
        NOTE,
        SEC,
        "Template language for court reports, section 4: \"The child's physical and mental health "
        "needs are being met; see the attached health passport.\" Don't paste diagnoses into the "
        "narrative, attach the passport.",
        None,
        None,
    ),
    (
        NOTE,
        SEC,
        "Section 4 for the [[PERSON:Ashby]] report: [[FIRST:Marguerite]]'s "
        "[[HEALTH:type 1 diabetes]] is managed with an [[HEALTH:insulin pump]]; health passport "
        "attached.",
        None,
        None,
    ),
    (
        ANN,
        PUB,
        "Our Medicaid help desk answers questions about STAR Health coverage, dental, vision and "
        "therapy benefits for kids in care. Call 512-555-0123, weekdays 8 to 5.",
        None,
        None,
    ),
    (
        MFP,
        PRIV,
        "STAR Health denied [[FIRST:Paz]]'s [[HEALTH:ABA therapy]] again. Her member ID is "
        "[[ID:STH-880214471]] if you want to call the help desk together.",
        None,
        None,
    ),
    (
        NOTE,
        PRIV,
        "Holiday schedule: court reports for January dockets are due Dec 20 because of the office "
        "closures. Supervisors need two days to review.",
        None,
        None,
    ),
    (
        NOTE,
        PRIV,
        "Please don't text case details. Anything involving health, court or placement information "
        "goes through the secure portal, even if the foster parent texts you first.",
        None,
        None,
    ),
    (
        ANN,
        PRIV,
        "New hire orientation, week 2: ICWA, active efforts, and how to reach tribal liaisons. "
        "Bring your laptop and the blue binder.",
        None,
        None,
    ),
    (
        NOTE,
        PRIV,
        "Supervisors: overtime for after-hours removals must be approved in the timekeeping system "
        "by the next business day or payroll will kick it back.",
        None,
        None,
    ),
    (
        ANN,
        PUB,
        "Quarterly numbers: average length of stay in care dropped to 17 months, and kinship homes "
        "are now 44% of all placements. Relatives are the backbone of this system.",
        None,
        None,
    ),
    (
        EV,
        PUB,
        "Panel: 1 in 4 youth in foster care is prescribed a psychotropic medication. Is that too "
        "many? Hear from a child psychiatrist, a former foster youth and a judge. Thursday 7pm, "
        "Roberto Clemente Community Center.",
        None,
        None,
    ),
    (
        NOTE,
        PRIV,
        "Form 2085-B (Placement Change Notice) was revised. The court clerk will reject the old "
        "version after January 1, so toss any printed copies.",
        None,
        None,
    ),
    (
        NOTE,
        PRIV,
        "Placement change notice filed for [[FIRST:Ximo]] today. He "
        "[[CASE_DETAIL:moves to his aunt's]] Friday because the [[PERSON:Reyes]] family "
        "[[CASE_DETAIL:gave a 14-day notice]].",
        None,
        None,
    ),
    (
        ANN,
        PRIV,
        "Flu shot clinic for staff in conference room B, Wednesday 10 to 2. Bring your insurance "
        "card. No appointment needed.",
        None,
        None,
    ),
    (
        ANN,
        PUB,
        "Safe sleep reminder: the ABCs, Alone, on their Back, in a Crib. Every infant placement goes "
        "home with a free pack-n-play from us.",
        None,
        None,
    ),
    (
        FF,
        PUB,
        "Safe sleep is personal for us. [[FIRST:Hazel]] [[CASE_DETAIL:came into care after her twin "
        "died co-sleeping]], and every nap still makes me check twice.",
        None,
        None,
    ),
    (
        EV,
        PUB,
        "Caregiver support group meets the first Monday of every month in the First Baptist "
        "fellowship hall. This month: secondary trauma and burnout. Coffee's on us.",
        None,
        None,
    ),
    (
        EV,
        PUB,
        "CPR and First Aid recertification, Saturday 9 to 1 at the Pflugerville Rec Center. $20, "
        "childcare provided.",
        None,
        None,
    ),
    (
        REC,
        PUB,
        "Licensing FAQ: can I foster if I take an antidepressant? Yes. Your own health is reviewed "
        "for stability, not perfection. Ask us anything at fostercare@tricountycfs.org.",
        None,
        None,
    ),
    (
        REC,
        PUB,
        "Waiting child: [[FIRST:Celeste]], [[AGE:12]], artist and cat lover. She takes "
        "[[HEALTH:Prozac]] and does best with a calm, patient family in [[LOCATION:Travis County]].",
        None,
        None,
    ),
    (
        REC,
        PUB,
        "Foster parents in recovery are welcome! Some of our strongest homes have years of sobriety "
        "and know exactly what a kid's parents are fighting.",
        None,
        None,
    ),
    (
        REC,
        PUB,
        "Meet brothers [[FIRST:Marcus]] and [[FIRST:Dre]], [[AGE:10 and 13]]! Their mom "
        "[[CASE_DETAIL:is in recovery]] and they need a family who can "
        "[[CASE_DETAIL:support weekly visits with her]].",
        None,
        None,
    ),
    (
        REC,
        PUB,
        "Respite providers needed for weekends. Training covers medication logs, behavior plans and "
        "what to do if a child runs away. Stipend provided.",
        None,
        None,
    ),
    (
        MFP,
        PRIV,
        "Respite this weekend: [[FIRST:Kaden]]'s [[HEALTH:Vyvanse]] is in the blue bag, and if he "
        "[[CASE_DETAIL:runs like he did in June]], call the on-call worker before the police.",
        None,
        None,
    ),
    (
        ANN,
        PUB,
        "The juvenile court is closed for Juneteenth. Any hearings set that day will be reset; watch "
        "your email for new dates.",
        None,
        None,
    ),
    (
        ANN,
        PUB,
        "Grandparents and relatives raising kids: our Kinship Navigator line is open Monday to "
        "Friday, 9 to 5, at 512-555-0123.",
        None,
        None,
    ),
    (
        MP,
        PRIV,
        "Mr. [[PERSON:Begay]], this is the Kinship Navigator. Your granddaughter's "
        "[[CASE_DETAIL:kinship placement paperwork]] is approved, and her [[HEALTH:inhaler]] refill "
        "is ready at the pharmacy.",
        None,
        None,
    ),
    # ------------------------------------------------------- public figures' health and court
    (
        OTH,
        PUB,
        "Just watched the Selena Gomez documentary. Her being so open about lupus and her kidney "
        "transplant made me cry.",
        None,
        None,
    ),
    (
        FF,
        PUB,
        "Our [[AGE:14yo]] was diagnosed with [[HEALTH:lupus]] last month and the Selena Gomez "
        "documentary honestly helped her feel less alone.",
        None,
        None,
    ),
    (
        OTH,
        PUB,
        "Did anyone else watch the senator's DUI hearing? The judge did NOT hold back.",
        None,
        None,
    ),
    (
        FF,
        PUB,
        "Bio dad's [[CASE_DETAIL:DUI hearing]] is tomorrow and if he's convicted "
        "[[CASE_DETAIL:the reunification plan is basically over]]. Prayers for our boys.",
        None,
        None,
    ),
    (
        OTH,
        PUB,
        "Simone Biles stepping back to protect her mental health is still the best example I can "
        "show teens about listening to your body.",
        None,
        None,
    ),
    (
        FF,
        PUB,
        "Showed [[FIRST:Anaya]] the Simone Biles interview since she's been having "
        "[[HEALTH:panic attacks]] before every meet at [[SCHOOL:Lakeview Gymnastics]].",
        None,
        None,
    ),
    (
        OTH,
        PUB,
        "Michael Phelps talking about ADHD and depression should be required viewing in every "
        "middle school.",
        None,
        None,
    ),
    (
        MP,
        PRIV,
        "Ms. [[PERSON:Harjo]], good news: [[FIRST:Eli]]'s [[HEALTH:ADHD evaluation]] is done, and "
        "the doctor mentioned Michael Phelps has ADHD too, which [[FIRST:Eli]] loved.",
        None,
        None,
    ),
    (
        OTH,
        PUB,
        "Matthew Perry's memoir is heartbreaking. If you've ever loved someone in addiction, read "
        "it, maybe not all in one night.",
        None,
        None,
    ),
    (
        FF,
        PUB,
        "Reading Matthew Perry's memoir because [[FIRST:Jonah]]'s mom [[CASE_DETAIL:relapsed]] and is "
        "back in [[HEALTH:rehab]], and I want to understand what he's carrying.",
        None,
        None,
    ),
    (
        MY,
        PRIV,
        "did u see jelly roll was in juvie as a teen?? now he goes back and talks to the kids in "
        "there, lowkey inspiring",
        None,
        None,
    ),
    (
        MY,
        PRIV,
        "jelly roll was in juvie too and look at him now. my brother [[CASE_DETAIL:just got sent to "
        "juvie]] in [[LOCATION:Gila County]] and idk what to tell him",
        None,
        None,
    ),
    (
        OTH,
        PUB,
        "Britney's conservatorship case made a lot of people finally ask who gets to make decisions "
        "for someone else. Wild that it took that long.",
        None,
        None,
    ),
    (
        OTH,
        PUB,
        "[[PERSON:Reggie Tolliver]]'s sisters are asking for [[CASE_DETAIL:guardianship]] over him "
        "because of his [[HEALTH:schizophrenia]], kind of like Britney's conservatorship.",
        None,
        None,
    ),
    (OTH, PUB, "The mayor got probation for the bar fight. Must be nice.", None, None),
    (
        OTH,
        PUB,
        "My cousin [[PERSON:Wendell Oduya]] got [[CASE_DETAIL:probation for the bar fight]], and now "
        "[[CASE_DETAIL:CPS says he can't be alone with his kids]].",
        None,
        None,
    ),
    (
        OTH,
        PUB,
        "Bruce Willis's family sharing his frontotemporal dementia diagnosis did so much for "
        "awareness. FTD is so misunderstood.",
        None,
        None,
    ),
    (
        FF,
        PUB,
        "[[FIRST:Grandpa Moe]] has [[HEALTH:FTD]] like Bruce Willis, which is why the kids can't do "
        "[[CASE_DETAIL:overnight visits]] with him anymore.",
        None,
        None,
    ),
    (
        OTH,
        PUB,
        "Céline Dion singing at the Olympics after everything with stiff person syndrome 😭 no "
        "words.",
        None,
        None,
    ),
    (
        FF,
        PUB,
        "[[FIRST:Yuki]]'s grandma has [[HEALTH:stiff person syndrome]] like Céline Dion, so "
        "[[CASE_DETAIL:the kinship placement with her was denied]].",
        None,
        None,
    ),
    (
        FF,
        PUB,
        "Demi Lovato's documentary about relapse and recovery is a good conversation starter with "
        "older teens, but preview it first. Heavy stuff.",
        None,
        None,
    ),
    (
        MY,
        PRIV,
        "demi lovato's doc made me think of my mom. [[CASE_DETAIL:she relapsed again]] and "
        "[[CASE_DETAIL:my visit got canceled]]",
        None,
        None,
    ),
    (
        OTH,
        PUB,
        "Every celebrity trial turns into a circus. The Depp v. Heard livestream was a whole season "
        "of TV.",
        None,
        None,
    ),
    (
        MY,
        PRIV,
        "bro the way kendrick talked about his dad on that track... hit different",
        None,
        None,
    ),
    (
        OTH,
        PUB,
        "Watching Ozzy perform sitting down because of Parkinson's was something else. My dad's "
        "been a fan since 1980.",
        None,
        None,
    ),
    (OTH, PUB, "My kids act like Judge Judy whenever someone takes the last popsicle.", None, None),
    (
        OTH,
        PUB,
        "Our neighbor [[PERSON:Donnie Peralta]] (no, not the ballplayer) "
        "[[CASE_DETAIL:got arrested for DUI with his kids in the car]].",
        None,
        None,
    ),
    (
        OTH,
        PUB,
        "The Supreme Court's ICWA ruling in Haaland v. Brackeen was a big deal for tribal families. "
        "Good explainer in the Times this morning.",
        None,
        None,
    ),
    (
        OTH,
        PUB,
        "Kids' hospital visit from the Chiefs today! Travis Kelce signed casts in the pediatric "
        "wing.",
        None,
        None,
    ),
    (
        FF,
        PUB,
        "Travis Kelce signed [[FIRST:Amos]]'s cast at [[LOCATION:Children's Mercy]] today!! "
        "[[HEALTH:Broken femur]] but biggest smile ever.",
        None,
        None,
    ),
    # ---------------------------------------------------------- books and films
    (
        FF,
        PUB,
        "Book recs for a new foster mom? I've read The Body Keeps the Score and The Connected Child. "
        "Looking for something on attachment that isn't a textbook.",
        None,
        None,
    ),
    (
        FF,
        PUB,
        "Book recs? Our new placement, [[AGE:6]], was just diagnosed with [[HEALTH:FASD]] and "
        "[[CASE_DETAIL:came from her fourth home]]. Already read The Connected Child.",
        None,
        None,
    ),
    (
        FF,
        PUB,
        "Movie night idea: Inside Out 2 is a great way to talk about anxiety with kids. Bring "
        "tissues for the grown-ups.",
        None,
        None,
    ),
    (
        MFP,
        PRIV,
        "Try Inside Out 2 with [[FIRST:Brisa]]. Since her [[HEALTH:anxiety meds]] changed she's been "
        "a lot more open to talking about feelings.",
        None,
        None,
    ),
    (
        OTH,
        PUB,
        "Anyone read Demon Copperhead? A foster kid in the middle of the opioid crisis. Barbara "
        "Kingsolver, and I couldn't put it down.",
        None,
        None,
    ),
    (
        FF,
        PUB,
        "Picture books that help with a parent's incarceration: Visiting Day by Jacqueline Woodson "
        "and Knock Knock by Daniel Beaty. Both gorgeous.",
        None,
        None,
    ),
    (
        FF,
        PUB,
        "Picked up Visiting Day for [[FIRST:Tavion]] because his dad [[CASE_DETAIL:is locked up]] at "
        "[[LOCATION:Hutchins State Jail]] and his first [[CASE_DETAIL:prison visit]] is next month.",
        None,
        None,
    ),
    (
        FF,
        PUB,
        "Beautiful Boy, the book and the movie, is what I recommend to any parent watching a child "
        "struggle with meth. Tweak tells the son's side.",
        None,
        None,
    ),
    (
        NOTE,
        PRIV,
        "Documentary for the next unit training: Foster (HBO, 2018). Shows the LA system from every "
        "side, judges, social workers and the kids.",
        None,
        None,
    ),
    (
        MY,
        PRIV,
        "have u read the hate u give? we're reading it in english, kinda heavy but good",
        None,
        None,
    ),
    (
        OTH,
        PUB,
        "A Child Called It was required reading in my middle school and I still think about it.",
        None,
        None,
    ),
    (
        FF,
        PUB,
        "[[FIRST:Lennox]] found my copy of A Child Called It and asked if it was like "
        "[[CASE_DETAIL:what his stepdad did]]. I didn't know what to say.",
        None,
        None,
    ),
    (
        OTH,
        PUB,
        "Maid on Netflix gets so much right about DV shelters and how hard it is to keep custody "
        "when you're broke.",
        None,
        None,
    ),
    (
        OTH,
        PUB,
        "Bruno in Encanto being the family scapegoat is basically every family systems training "
        "I've sat through.",
        None,
        None,
    ),
    (
        OTH,
        PUB,
        "This Is Us handled Randall's adoption and Kevin's addiction so well. I still cry at the "
        "Jack episodes.",
        None,
        None,
    ),
    (
        FF,
        PUB,
        "The kids say our caseworker is basically Cobra Bubbles from Lilo & Stitch. Sunglasses and "
        "all.",
        None,
        None,
    ),
    # ---------------------------------------------------------- general questions to a group
    (
        FF,
        PUB,
        "How do you all explain court to little ones? I want something simple that isn't scary.",
        None,
        None,
    ),
    (
        FF,
        PUB,
        "How do I explain court to [[FIRST:Wren]]? She's [[AGE:5]] and the judge wants to "
        "[[CASE_DETAIL:talk to her in chambers about the custody case]].",
        None,
        None,
    ),
    (
        FF,
        PUB,
        "what's a normal melatonin dose for a 5 year old? general question, I know to ask a doctor "
        "lol",
        None,
        None,
    ),
    (
        FF,
        PUB,
        "our [[AGE:5 yr old]] placement [[FIRST:Zuri]] takes [[HEALTH:3 mg melatonin]] plus "
        "[[HEALTH:clonidine]] for [[HEALTH:night terrors]], is that a lot?",
        None,
        None,
    ),
    (
        FF,
        PUB,
        "Foster parents: what's in your go-bag for late-night placement calls? Diapers in every "
        "size, toothbrushes, a nightlight... what am I missing?",
        None,
        None,
    ),
    (
        FF,
        PUB,
        "Just got the call: [[CASE_DETAIL:two siblings removed from a motel]] in "
        "[[LOCATION:Bastrop]] at 1am, ages [[AGE:3 and 7]]. What should be in my go-bag?",
        None,
        None,
    ),
    (
        FF,
        PUB,
        "Does anyone know if kids in care can get their ears pierced? Does the caseworker have to "
        "approve it?",
        None,
        None,
    ),
    (
        FF,
        PUB,
        'What do you say when strangers ask "where are their real parents?" I need a polite '
        "one-liner.",
        None,
        None,
    ),
    (
        FF,
        PUB,
        "Lady at Target asked [[FIRST:Kai]] where his real mom was and he said "
        '"[[CASE_DETAIL:in jail]]" at full volume 🙃',
        None,
        None,
    ),
    (
        FF,
        PUB,
        'Kinship folks: how long did your home study take? Ours has said "in review" for three '
        "months.",
        None,
        None,
    ),
    (
        FF,
        PUB,
        "Teachers in the group: what's the best way for a foster parent to share trauma background "
        "with a school without oversharing?",
        None,
        None,
    ),
    (
        FF,
        PUB,
        "Should I tell [[FIRST:Amani]]'s teacher at [[SCHOOL:Brightwater Elementary]] about "
        "[[CASE_DETAIL:the sexual abuse]]? She's been [[HEALTH:wetting herself]] in class.",
        None,
        None,
    ),
    (
        FF,
        PUB,
        "Serious question: is it normal to grieve when a placement reunifies, even when it's the "
        "right outcome?",
        None,
        None,
    ),
    (
        FF,
        PUB,
        "Do you guys use a shared calendar app for all the appointments? Therapy, dentist, visits, "
        "court... my brain can't hold it all.",
        None,
        None,
    ),
    (
        FF,
        PUB,
        "What age do you start talking about body safety and consent? Looking for age-appropriate "
        "books.",
        None,
        None,
    ),
    (
        FF,
        PUB,
        "Can someone explain the difference between a CASA and a GAL? I keep mixing them up in "
        "training.",
        None,
        None,
    ),
    (
        FF,
        PUB,
        "Our [[CASE_DETAIL:CASA]], [[PERSON:Ingrid Solheim]], is recommending [[FIRST:Beau]] "
        "[[CASE_DETAIL:stay with us instead of moving to his aunt's]].",
        None,
        None,
    ),
    (
        FF,
        PUB,
        "¿Cómo le explican a los niños pequeños qué es la corte? Busco palabras sencillas en "
        "español.",
        None,
        None,
    ),
    (
        FF,
        PUB,
        "Is it okay to give kids Zyrtec and Benadryl on the same day? Asking in general, I know to "
        "call the pediatrician.",
        None,
        None,
    ),
    (
        FF,
        PUB,
        "Can I give [[FIRST:Ofelia]] [[HEALTH:Benadryl]] if she's already on [[HEALTH:Singulair]] for "
        "her [[HEALTH:asthma]]? She's [[AGE:7]].",
        None,
        None,
    ),
    (
        FF,
        PUB,
        "How do you all handle Mother's Day when the kids have complicated feelings about their "
        "moms?",
        None,
        None,
    ),
    (
        FF,
        PUB,
        "Mother's Day is going to be rough. [[FIRST:Shay]]'s mom's "
        "[[CASE_DETAIL:rights were terminated]] in April and [[FIRST:Shay]] still asks when "
        "[[CASE_DETAIL:the next visit]] is.",
        None,
        None,
    ),
    (
        FF,
        PUB,
        "Anyone have a good visual schedule template for kids with autism? Laminated is a must.",
        None,
        None,
    ),
    (
        FF,
        PUB,
        "Quick poll: do you let teens in care have social media? What rules do you use?",
        None,
        None,
    ),
    (
        FF,
        PUB,
        "How do you explain to your bio kids that a new sibling might come and go?",
        None,
        None,
    ),
    (
        MY,
        PRIV,
        "is it normal to be nervous before ur first day at a new school? asking for a friend lol",
        None,
        None,
    ),
    (
        MY,
        PRIV,
        "im scared for court tmrw, [[CASE_DETAIL:they might send me back to my dads]] and Ms. "
        "[[PERSON:Quinn]] said i get to talk to the judge",
        None,
        None,
    ),
    (
        MY,
        PRIV,
        "our mock trial team made state!!! im the defense attorney 😎 court is actually fun when "
        "it's fake",
        None,
        None,
    ),
    (
        MY,
        PRIV,
        "the [[SCHOOL:Eastbrook]] mock trial team made state but i cant go bc "
        "[[CASE_DETAIL:my caseworker wont sign the travel form]] til after "
        "[[CASE_DETAIL:my placement hearing]]",
        None,
        None,
    ),
    (
        OTH,
        PRIV,
        "Got a jury duty summons for Monday. Anyone know if the county pays for parking?",
        None,
        None,
    ),
    (
        OTH,
        PRIV,
        "Can't do jury duty Monday, it's [[FIRST:Kiko]]'s [[CASE_DETAIL:reunification hearing]] and "
        "I'm [[CASE_DETAIL:her kinship caregiver]]. Who do I call to reschedule?",
        None,
        None,
    ),
    (
        FF,
        PUB,
        "¿Alguien sabe si Medicaid cubre lentes para niños en foster care? Gracias de antemano.",
        None,
        None,
    ),
    (
        FF,
        PUB,
        "Medicaid ya no quiere cubrir los lentes de [[FIRST:Yesenia]] porque [[CASE_DETAIL:cambió de "
        "hogar]] otra vez, y sin ellos no ve nada por su [[HEALTH:queratocono]].",
        None,
        None,
    ),
    # --------------------------------------------- awareness months, idioms, jokes, sports, games
    (
        EV,
        PUB,
        "April is Child Abuse Prevention Month 💙 Help us plant a pinwheel garden on the courthouse "
        "lawn this Friday at noon. All welcome!",
        None,
        None,
    ),
    (
        FF,
        PUB,
        "Planting a pinwheel for [[FIRST:Gabi]] this year. Two years since she "
        "[[CASE_DETAIL:was removed]] from [[ADDRESS:the house on Tupelo St]].",
        None,
        None,
    ),
    (
        ANN,
        PRIV,
        "May is Mental Health Awareness Month. Caseworkers need care too: the EAP offers six free "
        "counseling sessions, no questions asked.",
        None,
        None,
    ),
    (
        FF,
        PUB,
        "Mental Health Awareness Month hits close this year. [[FIRST:Dario]] ([[AGE:16]]) was "
        "[[HEALTH:inpatient]] at [[LOCATION:Oakview Behavioral]] for three weeks after "
        "[[HEALTH:a suicide attempt]].",
        None,
        None,
    ),
    (
        EV,
        PUB,
        "It's Autism Acceptance Month! Sensory-friendly family skate night April 18 at Glide Rink. "
        "Noise-cancelling headphones available at the door.",
        None,
        None,
    ),
    (
        FF,
        PUB,
        "Taking [[FIRST:Matías]] to sensory-friendly skate night at [[LOCATION:Glide Rink]]. He's "
        "[[HEALTH:autistic]] and [[HEALTH:nonverbal]] and LOVES anything with wheels.",
        None,
        None,
    ),
    (
        ANN,
        PUB,
        'Red Ribbon Week starts Monday: wear crazy socks to "sock it to drugs" 🧦',
        None,
        None,
    ),
    (
        FF,
        PUB,
        "Red Ribbon Week is weird for [[FIRST:Bryce]] since [[CASE_DETAIL:both his parents use]]. "
        "His teacher at [[SCHOOL:Parkview Elementary]] knows, thankfully.",
        None,
        None,
    ),
    (
        OTH,
        PUB,
        "The ref was criminal last night. Absolutely robbed. Somebody call the cops.",
        None,
        None,
    ),
    (
        FF,
        PUB,
        "Watched the game with [[FIRST:Ty'Quan]] and the ref was criminal lol. First time he's "
        "smiled since [[CASE_DETAIL:his dad's sentencing]].",
        None,
        None,
    ),
    (OTH, PUB, "Custody battle in our house tonight over the remote. Dad lost. Again.", None, None),
    (
        OTH,
        PUB,
        "Real custody battle in our house, not the remote kind: [[CASE_DETAIL:my ex filed for "
        "emergency custody]] of [[FIRST:Lila]] and [[FIRST:Benny]] yesterday.",
        None,
        None,
    ),
    (OTH, PUB, "I'm addicted to this new Wordle clone, send help.", None, None),
    (OTH, PUB, "My sourdough starter is on life support. Somebody get it to the ICU.", None, None),
    (OTH, PUB, "This traffic is giving me a full-blown panic attack.", None, None),
    (
        EV,
        PUB,
        "The basketball court at Memorial Park is finally resurfaced! Pick-up games Saturday at 9, "
        "all ages.",
        None,
        None,
    ),
    (
        FF,
        PUB,
        "[[FIRST:Jalil]] loves the basketball court at [[LOCATION:Memorial Park]], but it's also "
        "where [[CASE_DETAIL:his mom got arrested]], so we're trying the Y instead.",
        None,
        None,
    ),
    (OTH, PUB, "Food court pretzels are my therapy.", None, None),
    (
        FF,
        PUB,
        "Pretzels after [[FIRST:Luca]]'s [[HEALTH:play therapy]] at [[LOCATION:KidSteps]] are our "
        "Tuesday ritual.",
        None,
        None,
    ),
    (OTH, PUB, "Judge me all you want, the kids are in bed by 7 tonight.", None, None),
    (OTH, PUB, "Sentenced to six more weeks of winter by a groundhog. Appeal denied.", None, None),
    (MY, PRIV, "that math test was a crime against humanity", None, None),
    (
        MY,
        PRIV,
        "coach said im on probation from the starting lineup if im late again 💀",
        None,
        None,
    ),
    (
        MY,
        PRIV,
        "my PO said [[CASE_DETAIL:im on probation til march]] and cant leave "
        "[[LOCATION:Maricopa County]] so no away tournament for me 💀",
        None,
        None,
    ),
    (OTH, PUB, "Going through withdrawal since the coffee maker broke. Send caffeine.", None, None),
    (
        OTH,
        PUB,
        "Family game night: Clue. Colonel Mustard did it in the library with the candlestick. "
        "Arrest him.",
        None,
        None,
    ),
    (
        EV,
        PUB,
        "Mario Kart Grand Prix in the youth center rec room Friday night, trash talk mandatory.",
        None,
        None,
    ),
    (
        NOTE,
        PRIV,
        "Snow removal on the office lot starts at 5am, please don't park there overnight.",
        None,
        None,
    ),
    (
        NOTE,
        PRIV,
        "Tree removal crew is at the training center today, use the side entrance.",
        None,
        None,
    ),
    (
        NOTE,
        SEC,
        "[[CASE_DETAIL:Emergency removal]] tonight, two kids from the trailer behind "
        "[[ADDRESS:14 Harmon Rd]]. Can anyone cover the 6am transport?",
        None,
        None,
    ),
    (OTH, PUB, "My phone case has seen things. Cracked, taped, still alive.", None, None),
    (
        OTH,
        PUB,
        "Placement test for the community college math class is next week. Study group at the "
        "library Tuesday?",
        None,
        None,
    ),
    (
        FF,
        PUB,
        "[[FIRST:Nia]]'s [[CASE_DETAIL:third placement this year]] just fell apart and now she's "
        "going to miss the placement test at [[SCHOOL:Westfield Community College]].",
        None,
        None,
    ),
    (
        OTH,
        PUB,
        "The product placement in that movie was criminal. I counted eleven sodas.",
        None,
        None,
    ),
    (OTH, PUB, "I'd testify under oath that this is the best lasagna in the county.", None, None),
    (
        OTH,
        PUB,
        'The kids "arrested" me for eating the last cookie and sentenced me to five minutes in '
        "timeout jail 😂",
        None,
        None,
    ),
    (
        FF,
        PUB,
        "[[FIRST:Ollie]] won't play cops and robbers. He was there when "
        "[[CASE_DETAIL:his dad got arrested]], so we play dinosaurs instead.",
        None,
        None,
    ),
    (OTH, PUB, "Ugh, I'm allergic to Mondays.", None, None),
    (
        MP,
        PUB,
        "Class party reminder: [[FIRST:Priyanka]] is actually [[HEALTH:allergic to peanuts]], so no "
        "PB cookies please! See you all at [[SCHOOL:Sunnyside Elementary]] Friday.",
        None,
        None,
    ),
    (OTH, PUB, "I'm so OCD about my label maker it's becoming a problem.", None, None),
    (
        FF,
        PUB,
        "[[FIRST:Emeka]] has real [[HEALTH:OCD]], not the label-maker kind, and his new "
        "[[HEALTH:Luvox]] dose is finally helping.",
        None,
        None,
    ),
    (
        OTH,
        PUB,
        "Fantasy football name ideas? Our office team is the Trauma-Informed Tacklers and we're "
        "0-5.",
        None,
        None,
    ),
    (
        OTH,
        PUB,
        "Teal for sexual assault awareness in April, purple for lupus in May, green for kidney "
        "disease in March... I need a ribbon calendar.",
        None,
        None,
    ),
    (
        ANN,
        PUB,
        "May is National Foster Care Month! Wear blue on the 5th and post with #FosterCareMonth.",
        None,
        None,
    ),
    (
        EV,
        PUB,
        "Recovery Month walk in September! Celebrate people in recovery from substance use. Starts "
        "at City Hall, 8am.",
        None,
        None,
    ),
    (
        FF,
        PUB,
        "Walking in the Recovery Month walk for [[FIRST:Tasha]], who's "
        "[[CASE_DETAIL:9 months sober]] and [[CASE_DETAIL:getting her kids back]] next week 💜",
        None,
        None,
    ),
    (
        NOTE,
        PRIV,
        "That budget request was dead on arrival. We'll try again next quarter.",
        None,
        None,
    ),
    (
        OTH,
        PUB,
        "Chess club tournament: a queen sacrifice traumatized the entire fourth grade 😂",
        None,
        None,
    ),
    (OTH, PUB, "The Jets' offense should be charged with fraud.", None, None),
    (
        MY,
        PRIV,
        "sentence diagramming in 7th grade english is cruel and unusual punishment",
        None,
        None,
    ),
    (OTH, PUB, "Mi hija está obsesionada con Bad Bunny, ya necesita rehab 😂", None, None),
    (
        FF,
        PUB,
        "Mi sobrino [[FIRST:Rodolfo]] salió de [[HEALTH:rehab]] la semana pasada y "
        "[[CASE_DETAIL:ya puede ver a sus niños con supervisión]] 🙏",
        None,
        None,
    ),
    (
        EV,
        PUB,
        "¡Feliz Mes de la Herencia Hispana! Noche de lotería familiar en el centro comunitario, "
        "viernes a las 6pm.",
        None,
        None,
    ),
    (
        FF,
        PUB,
        "[[FIRST:Yaz]] ganó la lotería en la noche familiar 😂 primer día feliz desde que "
        "[[CASE_DETAIL:la quitaron de su mamá]].",
        None,
        None,
    ),
    (
        OTH,
        PUB,
        "My nephew's Pokémon card collection needs a court-appointed trustee at this point.",
        None,
        None,
    ),
    # ------------------------------------------------------------ case-file items: t17c1
    (
        FF,
        PUB,
        "Anyone have a pediatric dentist they love that takes Medicaid? Not urgent, just planning "
        "ahead for the school year.",
        "t17c1",
        None,
    ),
    (
        FF,
        PUB,
        "how do you all explain court to little ones?? [[FIRST:dee]] keeps asking if the judge is "
        "going to [[CASE_DETAIL:send her back to her mom]]",
        "t17c1",
        None,
    ),
    (
        NOTE,
        SEC,
        "Home visit at the [[PERSON:Raghunathan]] home. [[FIRST:Raff]] was seen at "
        "[[LOCATION:Bayberry Peds]] for [[HEALTH:an ear infection]], on [[HEALTH:amoxicillin]]. "
        "[[PERSON:Kincannon]] showed up at [[SCHOOL:Hollins Creek]] pickup Tuesday despite "
        "[[CASE_DETAIL:the no-contact order]].",
        "t17c1",
        None,
    ),
    (
        OTH,
        PUB,
        "Saw [[PERSON:Lorna Achterburg]] at the library looking good. Heard "
        "[[CASE_DETAIL:she finished her program]] and [[CASE_DETAIL:gets the kids back]] in spring.",
        "t17c1",
        None,
    ),
    (
        MFP,
        PRIV,
        "Hi [[FIRST:Priya]], the [[CASE_DETAIL:permanency hearing]] moved to the 18th. "
        "[[FIRST:Del]]'s [[HEALTH:therapist]] wants to send a letter for it. - [[FIRST:Tom]]",
        "t17c1",
        None,
    ),
    (
        FF,
        PUB,
        "The [[PERSON:Achterberg]] kids watched Inside Out 2 with us and [[FIRST:Raff]] asked if "
        "Anxiety lives in his tummy too, since [[HEALTH:his stomachaches]] started "
        "[[CASE_DETAIL:after the removal]].",
        "t17c1",
        None,
    ),
    # ------------------------------------------------------------ case-file items: t17c2
    (
        MFP,
        PRIV,
        "Reminder for all our foster homes: the holiday gift drive sign-up closes Friday. Sizes and "
        "wish lists to the front desk.",
        "t17c2",
        None,
    ),
    (
        MP,
        PRIV,
        "[[FIRST:Doña Yolanda]], [[FIRST:Teo]] tiene [[HEALTH:cita de terapia]] en "
        "[[LOCATION:Piñon]] el martes, y [[CASE_DETAIL:su visita]] se cambió al jueves.",
        "t17c2",
        None,
    ),
    (
        FF,
        PUB,
        "the [[PERSON:quispe]] kids' abuela makes the best salteñas. [[CASE_DETAIL:Kinship placement "
        "with her fell through]] because of her apartment size and it breaks my heart",
        "t17c2",
        None,
    ),
    (
        MY,
        PRIV,
        "[[FIRST:lucecita]] told her whole class at [[SCHOOL:sagebrush]] that "
        "[[CASE_DETAIL:her mom is in jail]] 😬",
        "t17c2",
        None,
    ),
    (
        NOTE,
        SEC,
        "[[PERSON:Mateo Quispee]]: [[HEALTH:Concerta 36 mg]] refill sent to "
        "[[LOCATION:Pinon Behavioral Health]]. [[PERSON:Fetterolf]] home reports a good week at "
        "[[SCHOOL:Cottonwood]].",
        "t17c2",
        None,
    ),
    (
        MFP,
        PRIV,
        "[[FIRST:Abuela Inés]] called: she wants to come to [[FIRST:Teo]]'s game Saturday but "
        "[[CASE_DETAIL:her visits are still supervised]], so please sit with her.",
        "t17c2",
        None,
    ),
    # ------------------------------------------------------------ case-file items: t17c3
    (
        FF,
        PUB,
        "Book recs for a [[AGE:12yo]] whose [[CASE_DETAIL:stepdad was arrested for hurting her "
        "brother]]? [[FIRST:Lani]] loves graphic novels.",
        "t17c3",
        None,
    ),
    (
        MFP,
        PRIV,
        "[[PERSON:Ostrowski]]'s [[CASE_DETAIL:criminal trial]] starts Monday, and [[FIRST:noni]] "
        "might [[CASE_DETAIL:have to testify]]. I'll bring the therapy dog.",
        "t17c3",
        None,
    ),
    (
        NOTE,
        SEC,
        "[[PERSON:Kahananui, Leilani]]: [[HEALTH:well-child check]] at "
        "[[LOCATION:Lakeshore Family Clinic]], [[HEALTH:vision referral]] made. - "
        "[[PERSON:S. Pettaway]]",
        "t17c3",
        None,
    ),
    (
        OTH,
        PUB,
        "[[PERSON:brent ostrowsky]] is telling everyone at the gym he's innocent lol. tell that to "
        "[[CASE_DETAIL:the no contact order]]",
        "t17c3",
        None,
    ),
    # ------------------------------------------------------------ case-file items: t17c4
    (
        MY,
        PRIV,
        "yo [[FIRST:shawn]] u coming to [[SCHOOL:dunmore]] practice or u still "
        "[[HEALTH:admitted]] at [[LOCATION:st brigids]]",
        "t17c4",
        None,
    ),
    (
        FF,
        PUB,
        "Our teen [[FIRST:Seun]] plays for [[SCHOOL:Dunmore]] and the ref was criminal tonight, BUT "
        "bigger news: [[FIRST:Pops]] got [[CASE_DETAIL:approved for kinship placement]]!",
        "t17c4",
        None,
    ),
    (
        MP,
        PRIV,
        "Mrs. [[PERSON:Adeyemi]], [[FIRST:Seun]]'s [[HEALTH:knee surgery]] at "
        "[[LOCATION:St. Brigid's]] went well. He can call you tonight during "
        "[[CASE_DETAIL:your scheduled phone visit]].",
        "t17c4",
        None,
    ),
    (
        MFP,
        PRIV,
        "Hi! Just confirming the agency picnic is Saturday at Riverside Park. Bring sunscreen and a "
        "lawn chair.",
        "t17c4",
        None,
    ),
    (
        FF,
        PUB,
        "[[FIRST:Betts]] here, fostering a [[AGE:16yo]] who [[CASE_DETAIL:came into care after his "
        "mom's eviction]]. How do you all handle driver's ed for teens in care?",
        "t17c4",
        None,
    ),
]

if __name__ == "__main__":
    raise SystemExit(write_or_check(CASES, ITEMS, HERE, OUT, PREFIX) or 0)
