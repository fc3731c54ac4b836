"""Training set t16 for the CaseSafe entity model: HEALTH and CASE_DETAIL facts said in
everyday words, with no clinical or legal keyword ("seeing someone about her nerves", "his
dad's away for a while", "the judge said not yet", "peeing in the cup every week"), the way
youth, birth parents, relatives and foster parents write in texts, DMs, forum posts and
public posts, with Spanish, Vietnamese, Somali-English and Haitian Creole-English mixing.
About a quarter are clean and use the same everyday words for ordinary things (spring break
at an aunt's, "seeing someone new", the judge at the science fair). Names, ages and places
are labelled too. Written for this project from the contract and the labelling rules only
(bench/README.md, training/README.md); nothing was copied from another set or dataset.
Run: python training/data/t16/build_t16.py [--check]"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2] / "bench" / "data"))
from heldout_builder import write_or_check  # noqa: E402

OUT = "t16.jsonl"
PREFIX = "t16"

REC, MP, MY, MFP = "recruitment_post", "message_parent", "message_youth", "message_foster_parent"
FF, NOTE, ANN, EV, OTH = "foster_forum", "internal_note", "announcement", "event", "other"
PUB, PRIV, SEC = "public", "private", "secure"

CASES: dict[str, dict] = {
    "t16c01": {
        "case_id": "2025-JV-1604",
        "people": [
            {
                "name": "Hodan Warsame",
                "aliases": ["Hoda"],
                "role": "child",
                "birth_date": "2012-10-07",
                "school": "Lakeview Middle School",
            },
            {
                "name": "Abdirahman Warsame",
                "aliases": ["Abdi"],
                "role": "sibling",
                "birth_date": "2015-02-21",
                "school": "Lakeview Middle School",
            },
            {
                "name": "Faadumo Warsame",
                "aliases": [],
                "role": "parent",
                "address": "2210 Cedar Ave S, Apt 4B",
                "phone": "612-555-0148",
            },
            {"name": "Ayaan Hersi", "aliases": ["Eedo Ayaan"], "role": "relative"},
            {
                "name": "Gretchen Albrecht",
                "aliases": ["Gretch"],
                "role": "foster_parent",
                "address": "57 Tamarack Court",
            },
            {"name": "Tomasz Wierzbicki", "aliases": [], "role": "caseworker"},
        ],
        "places": ["Lakeview Middle School", "Riverbend Pediatrics"],
    },
    "t16c02": {
        "case_id": "2024-DP-2277",
        "people": [
            {
                "name": "Widlyne Pierre-Louis",
                "aliases": ["Widly"],
                "role": "child",
                "birth_date": "2013-06-15",
                "school": "Pompano Ridge Elementary",
            },
            {
                "name": "Jean-Robert Pierre-Louis",
                "aliases": ["Ti Bob"],
                "role": "sibling",
                "birth_date": "2017-12-02",
                "school": "Pompano Ridge Elementary",
            },
            {"name": "Marie-Claude Pierre-Louis", "aliases": [], "role": "parent"},
            {
                "name": "Rosemene Dorvil",
                "aliases": ["Tante Rose"],
                "role": "relative",
                "phone": "(954) 555-0117",
            },
            {"name": "Frantz Dorvil", "aliases": ["Frantzy"], "role": "restricted_contact"},
            {"name": "Nadia Celestin", "aliases": [], "role": "caseworker"},
        ],
        "places": ["Pompano Ridge Elementary", "Little River clinic"],
    },
    "t16c03": {
        "case_id": "2025-JV-0388",
        "people": [
            {
                "name": "Phuong Le",
                "aliases": ["Bi", "Phương"],
                "role": "child",
                "birth_date": "2019-04-11",
                "school": "Magnolia Park Elementary",
            },
            {"name": "Khang Le", "aliases": ["Ken"], "role": "sibling", "birth_date": "2016-09-30"},
            {"name": "Hanh Le", "aliases": ["Hạnh"], "role": "parent"},
            {"name": "Loan Vo", "aliases": ["Di Loan", "Dì Loan"], "role": "relative"},
            {
                "name": "Darnell Hayes",
                "aliases": [],
                "role": "foster_parent",
                "address": "1418 Orangewood Dr",
            },
            {"name": "Priya Raghunathan", "aliases": [], "role": "caseworker"},
        ],
        "places": ["Magnolia Park Elementary", "Garden Grove"],
    },
    "t16c04": {
        "case_id": "2024-JV-1951",
        "people": [
            {
                "name": "Kaylee Dunaway",
                "aliases": ["Kay-Kay", "Kay Kay"],
                "role": "child",
                "birth_date": "2014-01-19",
                "school": "Pine Knot Elementary",
            },
            {
                "name": "Ryder Dunaway",
                "aliases": [],
                "role": "sibling",
                "birth_date": "2016-08-08",
                "school": "Pine Knot Elementary",
            },
            {"name": "Amber Dunaway", "aliases": [], "role": "parent"},
            {"name": "Glenda Dunaway", "aliases": ["Mamaw Glenda"], "role": "relative"},
            {"name": "Cody Messer", "aliases": [], "role": "restricted_contact"},
            {
                "name": "Renata Ochoa",
                "aliases": [],
                "role": "foster_parent",
                "phone": "606-555-0173",
            },
            {"name": "Bryce Holloway", "aliases": [], "role": "caseworker"},
        ],
        "places": ["Pine Knot Elementary", "Laurel Ridge Recovery", "Hazard"],
    },
}

ITEMS: list[tuple] = []


def add(kind: str, audience: str, text: str, case: str | None = None) -> None:
    ITEMS.append((kind, audience, text, case, None))


# ------------------------------------------------------------ youth texts and DMs
add(
    MY,
    PRIV,
    "ngl [[FIRST:dani]] been [[HEALTH:seeing someone about her nerves]] since christmas so dont bring up her dad around her ok",
)
add(
    MY,
    PRIV,
    "bro my dad's [[CASE_DETAIL:away for a while]] so its just me n my grandma rn, dont tell nobody at practice",
)
add(
    MY,
    PRIV,
    "[[CASE_DETAIL:the judge said not yet]] 😭 so [[CASE_DETAIL:no going home till summer]] at least",
)
add(
    MY,
    PRIV,
    "they [[CASE_DETAIL:took us last spring]] and i STILL dont have my charger from that house lol",
)
add(
    MY,
    PRIV,
    "can u cover for me fri? i [[CASE_DETAIL:can only see my mom at the office now]] and its at 4",
)
add(
    MY,
    PRIV,
    "[[FIRST:marcus]] is [[CASE_DETAIL:staying with his aunt till things calm down]] so he wont be on our bus anymore",
)
add(
    MY,
    PRIV,
    "my mom's [[CASE_DETAIL:doing her classes]] and [[CASE_DETAIL:peeing in the cup every week]] so maybe by summer 🤞",
)
add(
    MY,
    PRIV,
    "she [[HEALTH:hasn't eaten right]] since the move, like half a granola bar a day. im kinda scared for her",
)
add(
    MY,
    PRIV,
    "dont tell [[FIRST:jaxon]] i told u but he [[HEALTH:still wets at night]], thats why he wont do the sleepover",
)
add(
    MY,
    PRIV,
    "[[FIRST:ree]]'s [[HEALTH:sugar was off again]] in 3rd period and the nurse called her grandma to come get her",
)
add(
    MY,
    PRIV,
    "my lil bro ([[AGE:6]]) fell off the trampoline and now the doctor wants [[HEALTH:more pictures of his head]]",
)
add(
    MY,
    PRIV,
    "lol my worker said im [[CASE_DETAIL:getting moved again friday]]. [[CASE_DETAIL:4th house since 8th grade]]",
)
add(
    MY,
    PRIV,
    "i [[HEALTH:take something to help me sleep]] now so if i dont answer after 10 thats why",
)
add(
    MY,
    PRIV,
    "he [[HEALTH:had one of his spells]] in the lunch line, the nurse timed it, like 2 min, he was so embarrassed after",
)
add(
    MY,
    PRIV,
    "im not tryna go to that party, theyll be drinking and im [[CASE_DETAIL:on paper till march]]",
)
add(
    MY,
    PRIV,
    "[[FIRST:tay]] [[CASE_DETAIL:ran off from the house again]] last night, her house mom texted everybody",
)
add(
    MY,
    PRIV,
    "i think im [[HEALTH:expecting]] and idk how to tell anybody. [[HEALTH:like 10 weeks]] maybe",
)
add(
    MY,
    PRIV,
    "he's been [[HEALTH:hearing stuff that isn't there]] again, says the tv is talking about him",
)
add(
    MY, PRIV, "i [[HEALTH:did the thing with my arm again]] 😞 pls dont tell miss [[PERSON:ocampo]]"
)
add(MY, PRIV, "BET. i [[CASE_DETAIL:get to go home for good]] on the 14th!!! 🎉🎉")
add(MY, PRIV, "my granny [[CASE_DETAIL:can't take us bc of her record]] so we stuck here for now")
add(MY, PUB, "[[HEALTH:3 yrs clean from cutting]] today. proud of me 🫶 #healing")
add(
    MY,
    PRIV,
    "we only get one hour with our dad and [[CASE_DETAIL:somebody gotta sit in the room the whole time]]",
)
add(
    MY,
    PRIV,
    "[[FIRST:nayeli]] [[HEALTH:got the implant]] in her arm so she cant do pushups in gym this week",
)
add(
    MY,
    PRIV,
    "my lil sister [[HEALTH:doesn't talk yet]] and shes [[AGE:4]], theyre doing [[HEALTH:a test on her ears]] wednesday",
)
add(
    MY,
    PRIV,
    "i was in [[HEALTH:the locked part of the hospital for 5 days]] so thats why i missed the trip",
)
add(
    MY,
    PRIV,
    "dude [[CASE_DETAIL:the lady from the state came to our house]] again asking about my stepdad",
)
add(
    MY,
    PRIV,
    "my mom [[CASE_DETAIL:been using again]], i can tell bc she sleeps all day and the rent money's gone",
)
add(
    MY,
    PRIV,
    "[[FIRST:kenji]] [[CASE_DETAIL:got picked up friday]] for the car thing, his mom is freaking out",
)
add(MY, PRIV, "i [[HEALTH:throw up after i eat]] sometimes on purpose. is that bad")
add(MY, PRIV, "my sister's [[HEALTH:on the patch]] now and shes been sooo moody lol")
add(
    MY,
    PRIV,
    "[[FIRST:luz]] has to [[HEALTH:wear the back brace]] all day now, dont say nothing about it at lunch",
)
add(MY, PRIV, "tbh i [[HEALTH:haven't slept more than 3 hrs]] since the thing with my uncle")
add(
    MY,
    PRIV,
    "yo [[FIRST:deshon]] is [[AGE:16]] and [[CASE_DETAIL:his baby mama got a paper on him]] so he cant go to the park on [[LOCATION:Elm and 9th]] no more",
)

# clean youth
add(MY, PRIV, "my cousin is staying with his aunt for spring break so we cant do the pool thing")
add(MY, PRIV, "omg she's seeing someone new and he has a MOTORCYCLE")
add(MY, PRIV, "the judge at the science fair said my volcano was 'ambitious' 💀")
add(MY, PRIV, "my dog still wets at night when it thunders lol, we put puppy pads everywhere")
add(MY, PRIV, "bro my nerves were SO bad before the solo but i didnt mess up once")
add(MY, PRIV, "the cat hasn't eaten right since the move, she just hides under the bed all day")
add(MY, PRIV, "lmaooo the ref said not yet and he still ran in, instant yellow card")
add(MY, PRIV, "my dad's away for a while for work so we're ordering pizza every night basically")
add(
    MY,
    PRIV,
    "they took the kids to the corn maze last fall and lost one for like 20 min lmao (found him)",
)
add(MY, PRIV, "we only see each other at lunch now bc she switched to the other schedule")
add(MY, PUB, "yellow belt test saturday 🥋 wish me luck")
add(MY, PRIV, "i got picked up early from practice bc of the storm, text u later")
add(MY, PRIV, "my sugar cookies came out flat AGAIN 😭 what am i doing wrong")
add(
    MY,
    PRIV,
    "the photographer wants more pictures of his head tilted up for senior pics and he hates it",
)
add(MY, PRIV, "lmao my mom is doing her classes at the gym now and wont stop talking about squats")
add(MY, PRIV, "coach said on paper we're the best team in the league so why do we keep losing")

# ------------------------------------------------------- birth parents and relatives
add(
    MP,
    PRIV,
    "Hi this is [[FIRST:Yesenia]], [[FIRST:Brayan]]'s mom. I [[CASE_DETAIL:haven't seen my kids since they took them in April]], when is my [[CASE_DETAIL:next time with them at the office]]?",
)
add(
    MP,
    PRIV,
    "I [[CASE_DETAIL:did all my classes]], I [[CASE_DETAIL:pee in the cup every Monday]], what else do they want from me",
)
add(
    MP,
    PRIV,
    "Reminder: [[CASE_DETAIL:your cup is Thursday]] at 8am at [[LOCATION:the lab on Fulton]]. Bring a photo ID.",
)
add(
    MP,
    PRIV,
    "They said [[HEALTH:it came back dirty]] but I swear I only took [[HEALTH:my back pills]], the ones the doctor gave me",
)
add(
    MP,
    PRIV,
    "His daddy's [[CASE_DETAIL:been gone up state]] since [[FIRST:Jonah]] was a baby, he don't even know him",
)
add(
    MP,
    PRIV,
    "Can [[FIRST:Aunt Bev]] pick him up? I'm [[CASE_DETAIL:not allowed to drive him till the judge says]]",
)
add(
    MP,
    PRIV,
    "[[CASE_DETAIL:the judge wants me to do 6 more months before they come back]]. six more months. I can't",
)
add(
    MP,
    PRIV,
    "I know I messed up. [[CASE_DETAIL:I left them by themselves that weekend]] and I will never do that again",
)
add(
    MP,
    PRIV,
    "Ms. [[PERSON:Delacroix-Hart]], [[FIRST:Tobi]] been [[HEALTH:wheezing]] all week, does the lady he's with have [[HEALTH:his pump]]?",
)
add(
    MP,
    PRIV,
    "Tell them I'm [[CASE_DETAIL:not drinking no more]]. [[CASE_DETAIL:94 days]]. I got the chip to prove it",
)
add(
    MP,
    PRIV,
    "My mom said [[CASE_DETAIL:she'll take all three if they let her]]. She [[CASE_DETAIL:passed the house check]] yesterday",
)
add(
    MP,
    PRIV,
    "[[FIRST:Destinee]] [[CASE_DETAIL:told the school counselor stuff about her stepdad]] and now everybody's at my door",
)
add(
    MP,
    PRIV,
    "[[CASE_DETAIL:I get out the 22nd]] and I want to see my babies before Christmas. Please call my sister at [[PHONE:405-555-0172]]",
)
add(
    MP,
    PRIV,
    "[[CASE_DETAIL:My sister's got them for now]] till I'm back on my feet, it's better than strangers",
)
add(
    MP,
    PRIV,
    "[[CASE_DETAIL:They're saying I hurt his arm]]. He fell off the porch. I never put hands on my kids",
)
add(
    MP,
    PRIV,
    "Your [[CASE_DETAIL:visit with the kids]] Saturday moves to the small room downstairs; [[CASE_DETAIL:a monitor will be there as usual]].",
)
add(
    MP,
    PRIV,
    "[[FIRST:Tía Chayo]] says she's [[CASE_DETAIL:not allowed to bring them by my place]] no more, is that true?",
)
add(
    MP,
    PRIV,
    "He's on [[HEALTH:the little white pill in the morning]] and [[HEALTH:the orange one at night]], please make sure they keep that up",
)
add(
    MP,
    PRIV,
    "[[CASE_DETAIL:I lost my rights to the older two]] but they said [[CASE_DETAIL:I could still write letters]]",
)
add(
    MP,
    PRIV,
    "his dad [[CASE_DETAIL:has the bracelet on his ankle]] so he can't come to the game, he has to be home by 7",
)
add(
    MP,
    PRIV,
    "He [[HEALTH:can't hear good out the left]] and they want him [[HEALTH:in the little booth for the beeping test]] next week",
)

# clean parents and relatives
add(
    MP,
    PRIV,
    "Grandma took the kids to the lake last spring and they still talk about the fish they caught",
)
add(
    MP,
    PRIV,
    "I'm doing my classes at the community college Tuesday nights now, can we move pickup to 7?",
)
add(MP, PRIV, "Their dad is away for a while on a fishing boat so I'm on my own until November")
add(MP, PRIV, "Thanks for the ride to the office today, the printer there is way faster than mine")
add(MP, PRIV, "I fell off the wagon with my no-soda challenge lol, made it 3 days")
add(MP, PRIV, "The judge at the chili cookoff said mine needed more heat. Rude.")
add(MP, PRIV, "Can we move our call to after 5? I'm seeing someone about the car at 4")

# ----------------------------------------------------------- foster parent messages
add(
    MFP,
    PRIV,
    "Quick update: [[FIRST:Aiyana]] [[HEALTH:still wets at night]], so we're back to pull-ups. She asks about her mom every bedtime.",
)
add(
    MFP,
    PRIV,
    "Her [[HEALTH:sugar was off again]] at lunch and the nurse had to [[HEALTH:give her an extra shot]]. Can we get her doctor visit moved up?",
)
add(
    MFP,
    PRIV,
    "The doctor wants [[HEALTH:more pictures of his head]] since [[HEALTH:the headaches are getting worse]]. Do I need your OK for that?",
)
add(
    MFP,
    PRIV,
    "[[FIRST:Dominic]] came back from seeing his dad really quiet. He said they [[CASE_DETAIL:talked through the glass]] the whole time.",
)
add(MFP, PRIV, "We can't do Saturday, the boys [[CASE_DETAIL:see their mom at the office]] at 10.")
add(
    MFP,
    PRIV,
    "Heads up, [[FIRST:Tavion]] told me his mom's boyfriend [[CASE_DETAIL:used to lock him in the bathroom]]. I wrote down exactly what he said.",
)
add(
    MFP,
    PRIV,
    "Is it ok if [[FIRST:Marisela]] sleeps over at her friend's Friday? I know [[CASE_DETAIL:the overnight thing needs a yes from you]].",
)
add(
    MFP,
    PRIV,
    "[[FIRST:Eli]] bit the hygienist at the dentist today. I think [[HEALTH:the new med]] is making him worse, not better.",
)
add(
    MFP,
    PRIV,
    "[[CASE_DETAIL:Her mom didn't show for the visit again]]. Third time. [[FIRST:Kiona]] sat by the window for an hour.",
)
add(
    MFP,
    PRIV,
    "They're [[CASE_DETAIL:ours for now, not for keeps]], but we're open if it ever comes to that.",
)
add(
    MFP,
    PRIV,
    "[[FIRST:Santino]] [[HEALTH:needs tubes in his ears]], the ear doctor wants it done before winter.",
)
add(
    MFP,
    PRIV,
    "She's [[HEALTH:on the shot]] now, next one due in March. The teen clinic did it at no cost.",
)
add(
    MFP,
    PRIV,
    "[[FIRST:Grady]]'s [[CASE_DETAIL:grandpa can't be at the house]], right? He showed up at our fence yesterday.",
)
add(
    MFP,
    PRIV,
    "We found [[CASE_DETAIL:a baggie of pills in her backpack]]. I have it in a drawer, what do I do with it?",
)
add(
    MFP,
    PRIV,
    "[[FIRST:Noor]] [[HEALTH:broke out in hives]] from the new detergent, [[HEALTH:gave her Benadryl]], she's fine now.",
)
add(
    MFP,
    PRIV,
    "[[FIRST:Wren]]'s [[HEALTH:teeth are so bad they're pulling six]] next week. [[CASE_DETAIL:Nobody ever took her to a dentist]].",
)
add(
    MFP,
    PRIV,
    "He [[HEALTH:wakes up screaming most nights]] and won't let us turn the hall light off.",
)
add(
    MFP,
    PRIV,
    "[[FIRST:Lupita]] asked if her dad is [[CASE_DETAIL:still in county]]. I didn't know what I'm allowed to say.",
)
add(
    MFP,
    PRIV,
    "Her mom [[CASE_DETAIL:signed the papers]] yesterday. So I guess [[CASE_DETAIL:she's really ours now]]. I cried in the car.",
)
add(
    MFP,
    PRIV,
    "[[FIRST:Artyom]] [[HEALTH:had a nosebleed that wouldn't stop]], urgent care packed it. He [[HEALTH:bruises super easy]] too, and he's [[HEALTH:on the Focalin]], could that be it?",
)
add(
    MFP,
    PRIV,
    "[[FIRST:Pa Houa]] [[HEALTH:gets real low in the winter]]. Last year she [[HEALTH:stopped getting out of bed]] for two weeks.",
)

# clean foster parent messages
add(
    MFP,
    PRIV,
    "Our boys are staying with their aunt for spring break so the carpool is just your two on Monday",
)
add(
    MFP,
    PRIV,
    "She's seeing someone new from youth group, should I set some rules about texting at night?",
)
add(
    MFP,
    PRIV,
    "The lady from the state fair committee called about my quilt entry 😂 I got a ribbon!",
)
add(MFP, PRIV, "He's been on the trampoline all day, I think he'll sleep like a rock tonight")
add(
    MFP,
    PRIV,
    "The judges at the costume parade said not yet, still tallying, and we left before the results lol",
)

# ----------------------------------------------------------------- foster forums
add(
    FF,
    PUB,
    "Our little guy [[HEALTH:sees a lady who plays games with him about his feelings]] every Thursday and honestly it's helping",
)
add(
    FF,
    PUB,
    "Vent: [[CASE_DETAIL:we've had her 14 months]] and [[CASE_DETAIL:the judge said not yet]] AGAIN on making it permanent.",
)
add(
    FF,
    PUB,
    "Tips for a girl who [[HEALTH:hasn't eaten right]] since [[CASE_DETAIL:her last move]]? She [[CASE_DETAIL:came from a house with no food]] and now hides granola bars under her mattress.",
)
add(
    FF,
    PUB,
    "Our kids [[CASE_DETAIL:see their dad through a screen once a month because of where he is]]. How do you prep littles for that?",
)
add(
    FF,
    PUB,
    "Update on [[FIRST:Bella]]: [[HEALTH:the spells]] are down to one a week on [[HEALTH:the new dose]]!! 🙌",
)
add(
    FF,
    PUB,
    "Please pray for our boy, his [[HEALTH:heart thing]] means [[HEALTH:another surgery]] in [[LOCATION:Cincinnati]] next month",
)
add(
    FF,
    PUB,
    "Our first two [[CASE_DETAIL:went back to their mom]] last week [[CASE_DETAIL:after she got clean]] and I'm a happy, sad mess.",
)
add(
    FF,
    PUB,
    "Grandma wants them but she [[CASE_DETAIL:didn't pass the background]], so they stay with us. She's devastated and so are we.",
)
add(
    FF,
    PUB,
    "My [[AGE:15yo]] just told me she's [[HEALTH:late]] and [[HEALTH:peed on a stick]] in the school bathroom. Where do I even start?",
)
add(
    FF,
    PUB,
    "How do you all handle [[CASE_DETAIL:mom showing up at the school when she's not supposed to]]? Front office just let her in.",
)
add(
    FF,
    PUB,
    "[[FIRST:Jojo]] [[HEALTH:had to get his stomach pumped]] Saturday, he got into the neighbor's purse. Worst night of my life.",
)
add(
    FF,
    PUB,
    "Our daughter [[HEALTH:walks on her toes]] and [[HEALTH:doesn't look at you when you talk]], the pediatrician [[HEALTH:wants her checked]]. Waitlist is 8 months!",
)
add(
    FF,
    PUB,
    "Kinda proud: [[FIRST:Isaiah]] [[CASE_DETAIL:talked to the judge by himself]] and [[CASE_DETAIL:said he wants to stay with us]].",
)
add(
    FF,
    PUB,
    "After two years, [[CASE_DETAIL:they're letting her mom have them overnight]] starting next weekend. Mixed feelings.",
)
add(
    FF,
    PUB,
    "Does your kid's [[HEALTH:head doctor]] do video visits? Ours [[HEALTH:upped her dose]] without even seeing her.",
)
add(
    FF,
    PUB,
    "He [[CASE_DETAIL:got kicked out of his last house for fighting]], came to us with a trash bag of clothes. Sweetest kid.",
)
add(
    FF,
    PUB,
    "Our [[AGE:2 year old]] [[CASE_DETAIL:was born shaky because of what his mom took]] and [[HEALTH:still startles at everything]].",
)
add(
    FF,
    PUB,
    "Anyone in [[LOCATION:Yakima]] know somebody good to talk to for a little girl who [[CASE_DETAIL:was hurt by her uncle]]?",
)
add(
    FF,
    PUB,
    "Our oldest turns [[AGE:18]] in June and [[CASE_DETAIL:the state's done with him]]. Any host homes near [[LOCATION:Eau Claire]]?",
)
add(
    FF,
    PUB,
    "Our [[AGE:11 yr old]] [[HEALTH:takes something to calm down]] before [[CASE_DETAIL:seeing his mom]]. Is that normal or are we overdoing it?",
)
add(
    FF,
    PUB,
    "He [[CASE_DETAIL:used to get the belt]] at his old house and flinches when my husband takes his off 😞",
)
add(
    FF,
    PUB,
    "Her [[HEALTH:melatonin gummies]] aren't cutting it anymore, [[HEALTH:up at 3am every night]]. Anyone tried anything else?",
)

# clean forum posts
add(
    FF,
    PUB,
    "What do you all pack for a long waiting-room day? Making a general list for our new foster parents.",
)
add(
    FF,
    PUB,
    "Any ideas for a thank-you gift? The 4-H judge at the county fair was so kind to our kids.",
)
add(
    FF,
    PUB,
    "Reminder that the first night anywhere new is hard for any kid. Nightlight, snack, a soft blanket. That's the post.",
)
add(
    FF,
    PUB,
    "Is anyone else's house just laundry now? I think my washer is seeing someone new, it's never here for me.",
)
add(
    FF,
    PUB,
    "Question for the group: what do you say when strangers ask 'are they all yours?' I just say yes and keep walking.",
)
add(
    FF,
    PUB,
    "Watched the Mister Rogers documentary with our teens last night and every one of us cried.",
)
add(
    FF,
    PUB,
    "Cheap summer ideas: library reading programs, splash pads, and the dollar movies on Tuesdays.",
)
add(
    FF,
    PUB,
    "Did anyone else grow up with Judge Judy on every afternoon? My teens think she's hilarious.",
)
add(
    FF,
    PUB,
    "Are we allowed to post pictures of our Christmas lights? Asking because all the rules make me paranoid lol",
)

# ------------------------------------------------------- other posts and texts
add(
    OTH,
    PUB,
    "Prayers up for my nephew [[FIRST:Jaylin]], his mama [[CASE_DETAIL:lost the kids]] again and he's [[CASE_DETAIL:staying with strangers]] 💔",
)
add(
    OTH,
    PUB,
    "free my brother [[PERSON:Dontrell Meeks]] 🙏🏾 [[CASE_DETAIL:18 months down, 6 to go]]",
)
add(
    OTH,
    PUB,
    "Happy [[AGE:5th]] birthday to my grandbaby [[FIRST:Zuri]]! Nana misses you, [[CASE_DETAIL:can't wait till they let me see you]] 🎂",
)
add(
    OTH,
    PUB,
    "My daughter [[HEALTH:has the sugar]] and the school keeps forgetting her snack. [[SCHOOL:Pinewood Elementary]] you need to do better.",
)
add(
    OTH,
    PUB,
    "Day 212 of [[CASE_DETAIL:doing everything they asked]] and still [[CASE_DETAIL:no kids home]].",
)
add(
    OTH,
    PUB,
    "My boy [[HEALTH:don't sleep, don't eat, barely talks]] since [[CASE_DETAIL:they moved him again]]. Somebody tell me this gets better.",
)
add(
    OTH,
    PUB,
    "Our sweet [[FIRST:Kamila]] ([[AGE:3]]) needs [[HEALTH:the tube in her belly replaced]] and [[HEALTH:therapy three times a week]]. Anything helps 💕",
)
add(
    OTH,
    PUB,
    "tuesday we [[CASE_DETAIL:find out if my babies come home]] 🙏 please keep us in your prayers",
)
add(
    OTH,
    PUB,
    "lol my cousin [[FIRST:Rico]] really thought he could [[CASE_DETAIL:skip his check-in]] and not get sent back",
)
add(
    OTH,
    PUB,
    "[[CASE_DETAIL:Sober 1 year]] today. [[CASE_DETAIL:Got my 2 little ones back in March]]. Hardest year of my life.",
)
add(
    OTH,
    PUB,
    "My son [[CASE_DETAIL:got jumped in county]] and nobody will tell me nothing. His name is [[PERSON:Terrence Lyle Wade]], somebody check on him",
)
add(
    OTH,
    PRIV,
    "[[FIRST:Yousef]]'s [[HEALTH:on the strips now]], the kind you put under your tongue, he picks them up at [[LOCATION:the clinic on Route 9]] every week",
)

# clean others
add(
    OTH,
    PUB,
    "Took the kids last spring to see the cherry blossoms, going again this weekend if anyone wants to join",
)
add(OTH, PUB, "My husband's away for a while on tour with the band, so it's frozen pizza season")
add(OTH, PUB, "Sermon today: sometimes the answer is not yet. Needed that this week.")
add(OTH, PUB, "Grandma's sugar pie recipe is in the comments, don't say I never gave you anything")
add(
    OTH,
    PUB,
    "Anyone know if the city pool opens Memorial Day weekend? The kids are bouncing off the walls",
)
add(OTH, PUB, "So proud of our son, home for good after 8 years in the Navy 🇺🇸")
add(
    OTH,
    PUB,
    "The cat lost her rights to the couch after she shredded the cushion. She's appealing to a higher court (me).",
)
add(OTH, PRIV, "are you picking up the kids or am i? i'm stuck at the office till 6")

# ------------------------------------------------------------------ internal notes
add(
    NOTE,
    SEC,
    "Spoke w/ [[PERSON:Odessa Beaumont]] (maternal grandmother) by phone. Per her, [[FIRST:Kai]] is [[HEALTH:seeing the lady at school about his worries]] and [[CASE_DETAIL:dad is away again]].",
)
add(
    NOTE,
    SEC,
    "Mother reports she is [[CASE_DETAIL:doing her classes]] and [[CASE_DETAIL:dropping every Wednesday]]; says the last two [[HEALTH:came back clean]]. Asked about [[CASE_DETAIL:getting more time with them]].",
)
add(
    NOTE,
    SEC,
    "Youth [[FIRST:Abel]] said he does not want to go back to that house and that his stepdad [[CASE_DETAIL:gets mean when he drinks]].",
)
add(
    NOTE,
    SEC,
    "FP [[PERSON:Gloria Esquivel]] says child [[HEALTH:shakes and stares for a few seconds]] several times a day; advised her to film it and bring it to the next doctor visit.",
)
add(
    NOTE,
    SEC,
    "Call from Mr. [[PERSON:Adeyemi]] (uncle). Willing to [[CASE_DETAIL:take both boys till things settle]]; lives in [[LOCATION:Lawrenceville]] with 3 of his own.",
)
add(
    NOTE,
    SEC,
    "[[FIRST:Mireya]] told her teacher that [[CASE_DETAIL:her mom's friend touches her when mom is at work]]. [[CASE_DETAIL:Interview at the kids' center set for Monday]].",
)
add(
    NOTE,
    SEC,
    "Relative [[PERSON:Marisol Quintanilla]] ([[LOCATION:Brownsville]]) asked whether she can have them for Christmas; [[CASE_DETAIL:overnights not okayed yet]].",
)

# ----------------------------------------------- recruitment, announcements, events
add(
    REC,
    PUB,
    "Meet [[FIRST:Ignacio]]! [[AGE:12]], loves fishing and Minecraft. He [[HEALTH:takes a pill for focus]] and [[HEALTH:sees someone every other week to talk things out]].",
)
add(
    REC,
    PUB,
    "[[FIRST:Shanice]] and [[FIRST:Dre]] ([[AGE:8 and 10]]) [[CASE_DETAIL:have been waiting two years for a family]]. They love the Falcons and bubble tea.",
)
add(
    REC,
    PUB,
    "This is [[FIRST:Ayo]]. He's [[AGE:13]], a gifted drummer, and [[HEALTH:needs a machine to breathe at night]]. A family near [[LOCATION:Decatur]] would let him keep his drum teacher.",
)
add(
    ANN,
    PUB,
    "Congratulations to [[PERSON:Teodora Vásquez]], our Foster Parent of the Year! Twenty-two kids have called her house home.",
)
add(
    REC,
    PUB,
    "Could you open your home to a teenager? Info night Thursday 6:30 at the Central Library, Room B. Snacks provided.",
)
add(
    ANN,
    PUB,
    "Our office will be closed Monday for the holiday. Visits scheduled that day will be moved and your worker will call you.",
)
add(
    EV,
    PUB,
    "Family fun day at Riverside Park! Face painting, a bounce house, and judges for the pie contest. Saturday 10–2.",
)
add(
    ANN,
    PUB,
    "New support group for grandparents and relatives raising kids: 'Staying with Grandma.' Tuesdays at 6, childcare provided. Call our main line.",
)
add(
    EV,
    PUB,
    "Free sports physicals for middle and high schoolers, Saturday at the rec center. Bring your shot records!",
)

# ------------------------------------------------------------ mixed languages
# Spanish
add(
    MP,
    PRIV,
    "Buenas, soy la mamá de [[FIRST:Yadiel]]. Ya [[CASE_DETAIL:terminé mis clases]] y [[CASE_DETAIL:hago pipí en el vasito cada semana]], ¿[[CASE_DETAIL:cuándo me los devuelven]]?",
)
add(
    OTH,
    PRIV,
    "mi hermana [[HEALTH:está viendo a alguien por los nervios]] desde que [[CASE_DETAIL:se llevaron a los niños]]",
)
add(
    MY,
    PRIV,
    "wey mi papá [[CASE_DETAIL:está fuera por un tiempo]] y mi abuela no me deja salir ni a la tienda",
)
add(
    MFP,
    PRIV,
    "[[FIRST:Xiomara]] [[HEALTH:tiene el azúcar alta]] otra vez, ya [[HEALTH:le puse su inyección]] y se durmió",
)
add(
    MP,
    PRIV,
    "[[CASE_DETAIL:La jueza dijo que todavía no]], que [[CASE_DETAIL:sigamos viéndolos en la oficina]] hasta agosto",
)
add(
    MP,
    PRIV,
    "mi hijo se queda con su tía en las vacaciones de primavera, regresa el domingo en la noche",
)
add(MY, PRIV, "ella está saliendo con alguien nuevo, el chavo del gym lol, ya ni me contesta")
# Vietnamese
add(
    MP,
    PRIV,
    "Chị ơi, ba của [[FIRST:Bảo]] [[CASE_DETAIL:đi xa một thời gian]] rồi, em một mình nuôi ba đứa.",
)
add(
    OTH,
    PRIV,
    "con bé [[HEALTH:còn tè dầm ban đêm]], [[AGE:tám tuổi]] rồi mà. Chị có biết bác sĩ nào không?",
)
add(
    MFP,
    PRIV,
    "[[FIRST:Vy]] [[HEALTH:hasn't eaten right]] since the move, bà ngoại nói con chỉ ăn cháo thôi. Có sao không chị?",
)
add(
    MP,
    PRIV,
    "[[CASE_DETAIL:ông tòa nói chưa được]], phải [[CASE_DETAIL:chờ thêm ba tháng nữa mới được đón con về]]",
)
add(OTH, PRIV, "cuối tuần này cho tụi nhỏ qua nhà dì chơi nha, rồi đi công viên luôn")
# Somali-English
add(
    MY,
    PRIV,
    "wallahi walaal my aabo [[CASE_DETAIL:is away for a while]] again, hooyo won't say where",
)
add(
    MP,
    PRIV,
    "This is [[FIRST:Ifrah]], [[FIRST:Mahad]]'s hooyo. He [[HEALTH:needs his daawo for the sugar]] every morning, please tell the family he is with.",
)
add(
    OTH,
    PRIV,
    "[[FIRST:Eedo Sahra]] said they [[CASE_DETAIL:took the caruur last spring]] and she [[CASE_DETAIL:still can't see them]], inshallah soon",
)
add(MY, PRIV, "sis i been [[HEALTH:seeing the dhakhtar about my nerves]] dont tell hooyo pls")
add(
    MY,
    PRIV,
    "walaal im staying with my eedo for the break, wallahi her food is better than ours 😭",
)
# Haitian Creole-English
add(
    MP,
    PRIV,
    "Bonjou, se manman [[FIRST:Wisline]]. [[CASE_DETAIL:Yo pran timoun yo]] since April and I [[CASE_DETAIL:only see them at the office]] now. Tanpri ede m.",
)
add(
    OTH,
    PRIV,
    "papa l [[CASE_DETAIL:pa la pou yon ti tan]], li nan [[LOCATION:Krome]], pa di timoun yo anyen",
)
add(
    MFP,
    PRIV,
    "[[FIRST:Jonel]] [[HEALTH:toujou pipi nan kabann]] at night, his grann says it's normal, m pa konnen",
)
add(
    MP,
    PRIV,
    "[[CASE_DETAIL:jij la di pa kounye a]]. Pitit mwen yo [[CASE_DETAIL:rete ak tant yo jiskaske bagay yo kalme]]",
)
add(
    OTH,
    PRIV,
    "Doktè a vle [[HEALTH:fè plis foto tèt li]], the doctor wants [[HEALTH:more pictures of his head]], m pè anpil",
)
add(OTH, PRIV, "Nou pral lakay grann pou vakans yo, the kids are so excited, they already packed")

# ------------------------------------------------------------------ case files
# t16c01 (Warsame)
add(
    MY,
    PRIV,
    "[[FIRST:hoda]] said she [[CASE_DETAIL:can only see her hooyo at the office now]], she cried in 4th period",
    "t16c01",
)
add(
    MFP,
    PRIV,
    "[[FIRST:Tomasz]], [[FIRST:Abdi]]'s [[HEALTH:sugar was off again]] at [[SCHOOL:Lakeview]], 3rd time this week. [[LOCATION:Riverbend]] wants to see him Thursday.",
    "t16c01",
)
add(
    OTH,
    PRIV,
    "[[FIRST:eedo ayaan]] can u get the [[PERSON:warsame]] kids today? their mom [[CASE_DETAIL:still cant have them overnight]]",
    "t16c01",
)
add(
    NOTE,
    SEC,
    "[[FIRST:Hodan]] seen at [[LOCATION:Riverbend Pediatrics]]; [[HEALTH:doctor wants more pictures of her head]] after the fall at [[SCHOOL:Lakeview Middle]].",
    "t16c01",
)
add(
    FF,
    PUB,
    "Our girl [[FIRST:Hoda]] [[HEALTH:still won't eat]] much since [[CASE_DETAIL:she came to us]]. She misses her mom's cooking. Any East African families near us who'd share recipes?",
    "t16c01",
)
add(
    MP,
    PRIV,
    "Ms. [[PERSON:Warsame]], your [[CASE_DETAIL:visit at the office]] with [[FIRST:Hodan]] and [[FIRST:Abdi]] is Saturday at 11. Mrs. [[PERSON:Albrecht]] will bring them.",
    "t16c01",
)
# t16c02 (Pierre-Louis)
add(
    MY,
    PRIV,
    "[[FIRST:widly]] [[CASE_DETAIL:been at her aunts till things calm down]] w her mom, [[FIRST:tante rose]] dont play tho 😭",
    "t16c02",
)
add(
    OTH,
    PRIV,
    "[[FIRST:Ti Bob]] [[HEALTH:had one of his spells]] at [[SCHOOL:Pompano Ridge]] today, they sent him to [[LOCATION:Little River]]",
    "t16c02",
)
add(
    NOTE,
    SEC,
    "[[FIRST:Frantzy]] (uncle) [[CASE_DETAIL:can't be around when the kids are there]]; [[FIRST:Tante Rose]] agreed and will call if he shows up.",
    "t16c02",
)
add(
    MP,
    PRIV,
    "[[FIRST:marie claude]] says she's [[CASE_DETAIL:doing her classes]] at church on tuesdays, can you check with [[FIRST:Nadia]]?",
    "t16c02",
)
add(
    OTH,
    PUB,
    "miss my babies [[FIRST:widly]] & [[FIRST:ti bob]] 💔 [[CASE_DETAIL:6 months since they took them]]. Bondye bon.",
    "t16c02",
)
add(
    MFP,
    PRIV,
    "[[FIRST:Widlyne]] [[HEALTH:got her first period]] at school and didn't want to tell anybody. Mme [[PERSON:Dorvil]] brought her a bag of supplies.",
    "t16c02",
)
# t16c03 (Le)
add(
    MFP,
    PRIV,
    "[[FIRST:Priya]], [[FIRST:Bi]] [[HEALTH:still wets at night]] and asks for her mom in Vietnamese. [[FIRST:Ken]] is doing fine.",
    "t16c03",
)
add(
    MP,
    PRIV,
    "Cô [[FIRST:Priya]] ơi, em vẫn [[CASE_DETAIL:đi học lớp dạy làm mẹ]] mỗi thứ Ba. Khi nào em được [[CASE_DETAIL:gặp con ở nhà]]? Bé [[FIRST:Bi]] có khỏe không cô?",
    "t16c03",
)
add(
    OTH,
    PRIV,
    "[[FIRST:di loan]] said the [[PERSON:le]] kids [[CASE_DETAIL:might come to her place]] if the judge says ok",
    "t16c03",
)
add(
    NOTE,
    SEC,
    "Call w/ [[PERSON:Darnell Hayes]]: [[FIRST:Phuong]] [[HEALTH:hasn't eaten right]] since the last visit w/ mom; [[FIRST:Khang]] [[HEALTH:got his ears checked]], [[HEALTH:fluid behind both]].",
    "t16c03",
)
add(
    FF,
    PUB,
    "Our littles [[CASE_DETAIL:have been with us 8 months]] and little [[FIRST:Bi]] just said her first full English sentence 🥹",
    "t16c03",
)
add(
    MY,
    PRIV,
    "[[FIRST:ken]] from [[SCHOOL:magnolia park]] [[CASE_DETAIL:lives with a new family now]], he said [[CASE_DETAIL:his mom cant have him back yet]]",
    "t16c03",
)
# t16c04 (Dunaway)
add(
    MY,
    PRIV,
    "[[FIRST:kay kay]] said her mom [[HEALTH:is at a place getting clean]] up at [[LOCATION:laurel ridge]]",
    "t16c04",
)
add(
    MFP,
    PRIV,
    "[[FIRST:Bryce]], [[FIRST:Ryder]] saw a truck like [[FIRST:Cody]]'s outside [[SCHOOL:Pine Knot]] again. I thought [[CASE_DETAIL:he couldn't come near them]]?",
    "t16c04",
)
add(
    OTH,
    PUB,
    "Please pray for my grandbabies [[FIRST:kaylee]] and [[FIRST:ryder]], [[CASE_DETAIL:the state has them]] and [[CASE_DETAIL:the judge said not yet]] on me taking them home",
    "t16c04",
)
add(
    NOTE,
    SEC,
    "[[PERSON:Amber Dunaway]]: [[CASE_DETAIL:dropped Monday]], [[HEALTH:came back dirty for pills]]; says she [[CASE_DETAIL:slipped]] after [[FIRST:Cody]] [[CASE_DETAIL:got out]].",
    "t16c04",
)
add(
    MP,
    PRIV,
    "[[FIRST:Amber]], [[CASE_DETAIL:your Thursday time with the kids]] is still on. Ms. [[PERSON:Ochoa]] will drop them off at the office at 4.",
    "t16c04",
)
add(
    MFP,
    PRIV,
    "[[FIRST:Kay-Kay]] asked if [[FIRST:Mamaw Glenda]] can come to her birthday party. Is she [[CASE_DETAIL:on the ok list]]?",
    "t16c04",
)
add(
    OTH,
    PRIV,
    "so the [[PERSON:dunaway]] kids [[CASE_DETAIL:went back home]]?? [[FIRST:amber]] finally got it together huh",
    "t16c04",
)
add(
    OTH,
    PUB,
    "Anybody in [[LOCATION:Hazard]] got a booster seat they don't need? My grandbabies are [[CASE_DETAIL:coming to stay with me for good]] 🙏",
    "t16c04",
)

if __name__ == "__main__":
    raise SystemExit(write_or_check(CASES, ITEMS, HERE, OUT, PREFIX) or 0)
