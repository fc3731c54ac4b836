"""Breadth of the HEALTH and CASE_DETAIL vocabularies (data/health.yaml, data/case_detail.yaml).

Every sentence here was written for this test from general pediatric, behavioural-health and
child-welfare vocabulary: one or two per group of the lexicons, so a group that stops matching
shows up by name. The traps are everyday uses of the same words and public announcements,
which must not produce a HEALTH or CASE_DETAIL finding.
"""

from __future__ import annotations

import pytest

from casesafe.screening import screen_text

from .conftest import spans

SENSITIVE = {"HEALTH", "CASE_DETAIL"}

POSITIVES: list[tuple[str, str]] = [
    # everyday wording
    ("Her brother's been locked up since March.", "CASE_DETAIL"),
    ("He still wets the bed at night.", "HEALTH"),
    # round 4: screeners and their scores, dental care, caseworker shorthand, jail, relapse,
    # leaving care
    ("Her PHQ-9 came back at 19, so the doctor referred her to psychiatry.", "HEALTH"),
    ("He has an abscessed tooth and needs two teeth pulled.", "HEALTH"),
    ("Dad's perm hrg got reset to the 14th.", "CASE_DETAIL"),
    ("I put money on his books every Friday.", "CASE_DETAIL"),
    ("Mom went back to using after ninety days.", "CASE_DETAIL"),
    ("She ages out of care in June.", "CASE_DETAIL"),
    # physical and chronic conditions
    ("Her eczema flared up again after the move.", "HEALTH"),
    ("The baby was born with a congenital heart defect.", "HEALTH"),
    ("Grandpa had a mild stroke in March and can't drive.", "HEALTH"),
    ("Mom's kidney disease means dialysis three times a week.", "HEALTH"),
    ("He has sickle cell anemia and misses school in winter.", "HEALTH"),
    ("Jaylen's celiac means no wheat at the birthday party.", "HEALTH"),
    ("She has PCOS and endometriosis.", "HEALTH"),
    ("He broke his wrist on the trampoline.", "HEALTH"),
    # infectious disease and HIV
    ("She's living with HIV and her viral load is undetectable.", "HEALTH"),
    ("The twins both came home with impetigo.", "HEALTH"),
    ("He started taking PrEP after his clinic visit.", "HEALTH"),
    # mental health and abbreviations
    ("Dx: DMDD and ADHD, combined type.", "HEALTH"),
    ("Dad was diagnosed with borderline personality disorder years ago.", "HEALTH"),
    ("He has ODD and RAD, so transitions are hard.", "HEALTH"),
    ("She was Baker Acted on Friday night.", "HEALTH"),
    ("Mom has GAD and panics in crowded waiting rooms.", "HEALTH"),
    # developmental and genetic
    ("Our little guy has global developmental delays and hypotonia.", "HEALTH"),
    ("She was diagnosed with Fragile X last year.", "HEALTH"),
    ("Genetic testing showed a 22q deletion.", "HEALTH"),
    ("He has T1D and checks his numbers before lunch.", "HEALTH"),
    # medication: psychiatric, ADHD, neuro, respiratory, diabetes, anti-infective
    ("He takes Intuniv at night and Focalin in the morning.", "HEALTH"),
    ("Her psychiatrist switched her from Effexor to Cymbalta.", "HEALTH"),
    ("She's on Vraylar now; the Abilify made her restless.", "HEALTH"),
    ("Send the Keppra and the Diastat with him to respite.", "HEALTH"),
    ("Bring his Flovent and the nebulizer to the visit.", "HEALTH"),
    ("He uses a Dexcom and Humalog with meals.", "HEALTH"),
    ("Ten days of cefdinir for the ear infection.", "HEALTH"),
    ("Mom is on Biktarvy and doing well.", "HEALTH"),
    ("Dad is on Sublocade shots monthly.", "HEALTH"),
    ("Mom is doing MAT at the clinic downtown.", "HEALTH"),
    ("Her Nexplanon is due to be replaced.", "HEALTH"),
    ("She got her Depo shot at the clinic.", "HEALTH"),
    # medication by shape and by dose
    ("Started on clonazepam for the panic attacks.", "HEALTH"),
    ("Pharmacy filled the escitalopram but not the hydroxyzine.", "HEALTH"),
    ("Trazodone 50 mg at bedtime as needed.", "HEALTH"),
    ("The doctor prescribed lurasidone for her mood.", "HEALTH"),
    # tests and results
    ("His A1C came back at 9.2.", "HEALTH"),
    ("Mom's UDS was positive for fentanyl.", "CASE_DETAIL"),
    ("The EEG on Tuesday showed seizure activity.", "HEALTH"),
    ("Her full-scale IQ was 68 on the last evaluation.", "HEALTH"),
    ("The skeletal survey found two healing fractures.", "HEALTH"),
    # treatment and hospital
    ("She is in inpatient psych at Cedar Crest until Monday.", "HEALTH"),
    ("He was discharged from the hospital this morning.", "HEALTH"),
    ("Mom finished detox and starts IOP next week.", "HEALTH"),
    ("His OT/PT sessions moved to Thursday.", "HEALTH"),
    ("She was rushed to the ER after the seizure.", "HEALTH"),
    # pregnancy
    ("Bio mom is 20 weeks pregnant and hasn't had prenatal care.", "HEALTH"),
    ("She had a C-section on Sunday; baby is in the NICU.", "HEALTH"),
    # disability and equipment
    ("He's fed through a G-tube and needs a nurse overnight.", "HEALTH"),
    ("She is legally blind and uses a cane.", "HEALTH"),
    # self-harm
    ("She has been cutting herself on her thighs.", "HEALTH"),
    ("He said he wants to die and tried to hang himself.", "HEALTH"),
    # Spanish
    ("Tu hija está embarazada de cuatro meses.", "HEALTH"),
    # maltreatment and investigation
    ("The school nurse saw belt marks on his back.", "CASE_DETAIL"),
    ("Neighbor called CPS on them after the fight.", "CASE_DETAIL"),
    ("The neglect allegation was ruled unfounded.", "CASE_DETAIL"),
    ("Her outcry statement was taken at the advocacy center.", "CASE_DETAIL"),
    ("The home had no food in the fridge and no power in the house.", "CASE_DETAIL"),
    # removal and custody
    ("The baby was taken into protective custody at the hospital.", "CASE_DETAIL"),
    ("They are in DFPS conservatorship now.", "CASE_DETAIL"),
    # placement, permanency, adoption
    ("The foster family gave a 14-day notice on him.", "CASE_DETAIL"),
    ("Her granddaughter's placement fell through last week.", "CASE_DETAIL"),
    ("The judge finalized their adoption on Friday.", "CASE_DETAIL"),
    ("ICPC approval came through for the aunt in Ohio.", "CASE_DETAIL"),
    ("She absconded from the group home Sunday night.", "CASE_DETAIL"),
    # court
    ("Adjudication hearing is set for the 12th.", "CASE_DETAIL"),
    ("His GAL recommended more sibling contact.", "CASE_DETAIL"),
    ("The CHINS petition was filed this morning.", "CASE_DETAIL"),
    # substance use
    ("Dad tested positive for meth again.", "CASE_DETAIL"),
    ("Mom has been 90 days clean and goes to NA.", "CASE_DETAIL"),
    ("Found a meth pipe under the couch during the visit.", "CASE_DETAIL"),
    ("Mom's tox came back dirty again.", "HEALTH"),
    ("The kids witnessed the DV on Sunday.", "CASE_DETAIL"),
    ("Dad's rights were terminated last spring.", "CASE_DETAIL"),
    ("The siblings have been in care for 18 months.", "CASE_DETAIL"),
    # justice and incarceration
    ("Her brother was arrested for burglary last night.", "CASE_DETAIL"),
    ("Dad bonded out this morning and is on an ankle monitor.", "CASE_DETAIL"),
    ("He is in juvenile hall until his hearing.", "CASE_DETAIL"),
    # no contact
    ("Grandpa is not allowed to be alone with the kids.", "CASE_DETAIL"),
    ("Mom violated the protective order on Saturday.", "CASE_DETAIL"),
    ("La visita supervisada es el jueves.", "CASE_DETAIL"),
]

TRAPS: list[str] = [
    "My dad's away for a while for work, back in June.",
    "Snow removal on the office lot starts at 5am, so park on the street.",
    "Judge me all you want, the kids are in bed by 7 tonight.",
    "Last year, 38% of removals statewide listed parental substance use as a factor.",
    "that quiz was brutal i need therapy lol",
    "The manager said the first 90 days are a probation period.",
    "We finally won custody of the TV remote back from our teenager.",
    "I swear this kid is allergic to cleaning her room.",
    "Be a respite provider or a mentor this spring.",
    "Our ICPC refresher training is due by the 30th.",
    # public health and awareness announcements
    "Free flu shot clinic Saturday at the community center, all ages welcome.",
    "Free HIV testing at the health fair this Friday.",
    "Join our training on trauma-informed care for new foster parents.",
    "Come celebrate National Adoption Day with us at the courthouse!",
    "May is National Foster Care Month.",
    "A workshop on ADHD for foster parents, Tuesday at 6pm.",
    "Safe sleep tip: babies sleep alone, on their backs, in a crib.",
    "Walk with us at the Alzheimer's Association 5K this spring.",
    # everyday words that are also case or health words
    "The basketball court behind the church was resurfaced.",
    "Great shot of the kids at the pumpkin patch!",
    "I placed the order for the holiday gift cards.",
    "My phone is charged and ready for the road trip.",
    "Please tweak the flyer before it goes to print.",
    "Our team is missing one volunteer for Saturday.",
    "The risk is high that the roads will ice over tonight.",
    "I took the kids to the zoo and we saw the new otters.",
    "Can you call me back about the job placement fair?",
    "Please keep the hearing room quiet during the presentation.",
    "My hearing is bad in this loud room, text me instead.",
    "The judge of the chili cook-off loved her recipe.",
    "April showers bring May flowers.",
    "That movie was lololol so funny.",
    "The Great Depression unit starts next week in history class.",
    "Singing the blues after our team lost.",
    "I'll check up on the volunteers after lunch.",
    "Adopt a pet this weekend at the animal shelter.",
    "Start your foster care journey at our info night.",
    "The rehab center down the street is hosting a 5K.",
    "Know the signs of an overdose and carry Narcan.",
    "If you suspect a child is being abused, call the statewide hotline.",
    "Medication logs must be kept for every child in your home.",
]


@pytest.mark.parametrize(("text", "category"), POSITIVES)
def test_breadth_positive(text: str, category: str) -> None:
    found = spans(screen_text(text, "public"), text)
    assert any(c in SENSITIVE for c, _ in found), found


@pytest.mark.parametrize("text", TRAPS)
def test_breadth_trap(text: str) -> None:
    found = spans(screen_text(text, "public"), text)
    assert not any(c in SENSITIVE for c, _ in found), found
