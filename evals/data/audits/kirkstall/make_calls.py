#!/usr/bin/env python3
"""Generate the five Kirkstall College student-records migration calls as SubRip captions (calls/call-1.srt ..
call-5.srt) and check gold.json against them.

Script format: one line per turn, "CODE: text". Following docs/FORMATS.md for .srt, a cue carries "Full Name: " only
when the speaker changes; later cues of the same turn carry no name and so continue that speaker. A long turn is cut
at sentence ends into consecutive cues 0.04 s apart (the parser rejoins them into one turn). No speaker has two turns
in a row (asserted), so two separate turns can never merge. Turn text holds no colon and never starts with "- " or
">>", so no cue can be misread as naming a speaker or as an unnamed new speaker (asserted). In call 3 the MIS manager
dials in from the census room on her phone and is labelled by her device ("Meena Kapoor's iPhone"), as Teams and
Zoom do; FORMATS.md says such a label is read as the person.
Timing: about 2.5 words a second plus a little jitter, with gaps of 0.3-1.3 s between turns; seeded, so deterministic.

After writing the calls, the script checks gold.json and exits 1 on any failure:
 * every commitment, non-commitment, blocker and decision quote occurs verbatim in one turn of its call, and no
   non-commitment shares a turn with a commitment quote;
 * keywords are lower case and occur as tokens (score.py's tokenizer) in the call they belong to, at least two of
   them in the quote itself;
 * slips move the date later, and past the call they are made in; events come after first_call and in order; nothing
   happens to an item after it is done or dropped;
 * overdue_as_of, open_at_end, dropped and reassigned are recomputed from the events and compared with the key;
 * attendance equals who speaks; each call has 60-110 turns and 8-10 speakers.

Run: /work/main/.venv/bin/python make_calls.py      (stdlib only; rewrites calls/call-N.srt next to this file)
"""
import json
import random
import re
import sys
from pathlib import Path

NAMES = {
    "J": "Joanna Pryce",      # Campusly (vendor) project manager, host
    "T": "Tom Adeyemi",       # Campusly data migration consultant: Registra extract, mapping, trial loads
    "C": "Callum Reid",       # Campusly integration engineer: single sign-on, awarding-body feeds, funding returns
    "S": "Sian Hughes",       # Campusly configuration and training consultant: enrolment forms, courses, training
    "G": "Gillian Marsh",     # Kirkstall vice-principal (curriculum), sponsor
    "M": "Meena Kapoor",      # Kirkstall MIS manager, buried in the autumn census return
    "m": "Meena Kapoor's iPhone",  # the same Meena, on her phone from the census room in call 3
    "D": "Darren Lowe",       # Kirkstall MIS officer
    "B": "Bev Stott",         # Kirkstall exams officer
    "H": "Shona Mackie",      # Kirkstall admissions and enrolment manager
    "N": "Nadia Brooks",      # Kirkstall assistant principal (quality), Gillian's delegate in call 2
    "K": "Martin Cole",       # Kirkstall head of digital services, Gillian's delegate in call 4
    "R": "Ruth Adebayo",      # shared-service data protection officer (Kirkstall and two other colleges)
    "P": "Gary Pollard",      # Northgrid (the college's IT outsourcer), service delivery manager
    "F": "Rob Fenwick",       # Albion Awarding (an awarding body), technical integration
}

DATES = {1: "2026-10-07", 2: "2026-10-14", 3: "2026-10-21", 4: "2026-10-28", 5: "2026-11-04"}

CALLS = {}

# ------------------------------------------------------------------ call 1, Wednesday 7 October 2026
CALLS[1] = """
J: Morning, all. Can everybody hear me? I'm in the spare room and the Wi-Fi's doing that thing again.
H: We can hear you, Joanna. You've frozen on a very unflattering face, though.
J: That's just my face, Shona. Right, it's a couple of minutes past. Gillian, thank you for making it, I know you've got to go at quarter past.
G: Twenty past if you're quick. I've got governors' curriculum committee and they wait for nobody. Except me, usually.
J: Then let's do names very fast. Joanna Pryce, project manager at Campusly. I'll be running these every Wednesday at nine.
T: Tom Adeyemi, Campusly. Data migration, so getting everything out of Registra and into Campusly without losing anybody on the way.
C: Callum Reid, integration. Single sign-on, the exam board feeds, the funding returns. Anything with a wire coming out of it.
S: Sian Hughes. Configuration and training, so the enrolment forms, the course setup, and teaching your lot to use it.
G: Gillian Marsh, vice-principal for curriculum. I'm the sponsor, for my sins.
D: Darren Lowe, MIS officer. Meena's in the census meeting. She says she'll be ten minutes, which means twenty.
B: Bev Stott, exams officer. Hello.
H: Shona Mackie, admissions and enrolment. So I'm the one standing at the front desk in January when this all goes wrong.
J: It won't go wrong.
H: It always goes wrong. Last January the queue went out past the canteen and a lad fainted by the vending machine.
J: Okay. Gillian, the big one first, while we've got you. The date. The contract says live before the January enrolment window, and the window opens on the fourth of January.
G: Remind me what the options were. I did read it. I read it at eleven o'clock at night, so remind me.
J: We proposed Monday the thirtieth of November, with Registra frozen the Friday before. The alternative is going live over Christmas, which I wouldn't wish on anyone.
T: Christmas is when everybody's on leave and the servers get lonely.
G: Right. Campusly goes live on Monday the thirtieth of November. Registra goes read-only the Friday before, and January enrolment happens on Campusly. That's not up for debate.
J: Lovely, thank you. Then the other thing I need you for. There are three things that nobody seems to own. The exam board feeds, the single sign-on, and the DPIA.
G: The what?
J: The data protection impact assessment.
G: Yes, I know what a DPIA is, Joanna. I meant why doesn't anybody own it.
D: Because it was Helen's, and Helen left in July.
G: Someone needs to own the exam feeds. And the single sign-on. Honestly.
J: That's rather what I was hoping you'd say. And then say who.
G: I can't do that off the top of my head, I'd just be picking names out of a hat. I'll come back to you by next week's call with a name for the exam feeds and a name for the single sign-on.
J: And the DPIA?
G: Put the DPIA on the list as well. Sorry, I've got to go. Darren, tell Meena I'm sorry about the census, and tell her I said it, not that you made it up.
D: She won't believe me.
G: She never does. Bye, all.
J: Bye, Gillian. Okay. Tom, do you want to do the data?
T: Yeah. So on paper it's simple. We take an extract from Registra, learners, courses, enrolments, fees, attendance, achievements. We map it, we load it into a test Campusly, we look at it, we cry, we fix it, we do it again.
H: You forgot the crying at the end.
T: That's phase two. The problem is getting at it. Registra's database sits on Northgrid's servers, and Northgrid won't give me so much as a read-only login without a change request from the college.
D: That's true. They wouldn't give me one either, and I work here.
C: If Northgrid want someone on a call about it, I'm happy to jump on one. Say the word.
T: So I need two things from you. First, I'll send you and Meena the extract spec by Friday, table by table, so you know exactly what I'm after.
D: Please. The last lot just asked for everything, and everything in Registra is nine hundred tables.
T: Nine hundred?
D: Nine hundred and twelve. About forty of them do anything.
T: And the second thing's the change request for my access. That has to be Meena, I think?
D: It'll be Meena. She's the only one Northgrid take seriously.
J: Then let's hold that till she's here. Sian, enrolment.
S: So for January I want to build the online enrolment form first, because that's what your learners actually see. Shona, can I see what you use now?
H: What we use now is an eleven-page paper form and three screens in Registra that only Janice understands. I'll send you the enrolment form tomorrow, the paper one and the screens we actually use, so you can see what we're dealing with.
S: Perfect. Then I'll have a test enrolment form up with your branding by the end of next week, and logins for you and two of your team.
H: The branding's purple. Not that purple. The other purple.
S: I'll ask marketing which purple.
H: Marketing will send you a forty-page brand guide and it'll still be the wrong purple.
J: Bev, the exam side. What do we need to know?
B: Well, we enter learners with, I want to say, twelve awarding bodies? Maybe more. Every one of them wants its files its own little way. At the moment Registra makes the files and I send them. It's not pretty, but it works.
C: And in Campusly that'd be the feeds, so entries go out and results come back on their own. Which is lovely, once somebody owns it.
B: Well, don't look at me. I'm exams, I'm not IT.
C: I'm not asking you to own it. I just need to know who we're talking to at each board.
B: I'll send you the awarding bodies and our centre numbers by Friday. There's more of them than you think.
C: Thanks, Bev. And while I've got everyone, single sign-on. I'll put everything we need for single sign-on on one page, the app registration, the claims, the redirect addresses, and send it over by Friday. Who do I send it to?
D: Good question.
H: Very good question.
J: Darren, who does the Microsoft side? Is that Northgrid?
D: Northgrid do the doing. But somebody here has to ask them, and it's usually whoever shouts loudest.
C: Then I'll send it to Joanna, and she can shout.
J: Send it to me. I'm very good at shouting.
M: Sorry, sorry, I'm here. The census meeting overran, because census meetings always overrun. What have I missed?
J: Hi Meena. Gillian's fixed the date, Monday the thirtieth of November, and Tom needs you to get him into Registra.
M: Of course he does. Go on, Tom.
T: Northgrid won't give me read access to the Registra database without a change request from the college. Darren thinks it has to come from you.
M: It does have to come from me, because I'm the only one whose login to their portal still works. Fine. I'll raise the change request with Northgrid for Tom's access on Monday, after the census meeting.
T: Brilliant, thank you. And while you're here, the field mapping. Once I've done a first pass I'll need somebody your end to sign it off.
M: That's me as well, I suppose. Everything's me. I'll sign off Tom's field mapping by the twenty-third. After census. It should be after census.
D: It should be.
M: Don't.
J: Can I ask about the census, so we all understand what you're up against? When does it go in?
M: The autumn return goes to the funding agency on the fourth of November. Until then I'm checking four thousand learners' funding by hand, because Registra's validation is older than Darren.
D: Thanks.
M: And I'll be honest with you all. I'm not touching Registra's code tables until the census is in. Not one code. The last time somebody tidied up a code table in census week, we lost the whole of hair and beauty for a fortnight.
S: Lost them how?
M: Two hundred learners just vanished from the return. They were still in the building, doing nails. The funding agency didn't know they existed.
T: That's my actual nightmare, that.
M: It was mine for about three weeks.
C: Can I raise one thing about IDs? When we load learners, Campusly gives everyone a new Campusly number. It's cleaner. We'd keep the Registra number as a legacy field.
M: No. Absolutely not. We keep the Registra student numbers. Nobody is reprinting four thousand ID cards, and the exam boards know our learners by those numbers.
C: Fair enough. It's a switch in the config, it's not a problem.
B: Thank God. I've got candidates registered on two-year courses under those numbers.
J: Okay, that's a decision, I'm writing it down. Registra numbers stay. Now the DPIA. Tom?
T: Yeah. So we can't load a single real learner record, and that includes the learning support flags and the safeguarding flags, until there's a signed DPIA, and nobody's told me whose job that is.
M: It was Helen's.
D: We said.
M: Then it's nobody's, because Helen's in Portugal.
J: Gillian's aware. She's coming back to us on owners. Until then we carry on with test data.
H: Is there anything I actually have to do this week, apart from the form?
J: Just the form. And have a think about which two of your team want logins.
H: Jackie and Tariq. They're the only two who'll open an email with a link in it.
J: Right, let me sum up. The date is Monday the thirtieth of November, with Registra read-only the Friday before. That's Gillian's ruling. Registra student numbers stay, that's Meena's. Tom sends the extract spec Friday. Meena raises the change request with Northgrid on Monday. Callum sends me the single sign-on page Friday. Shona sends the form tomorrow, and Sian has the test form up by the end of next week. Bev sends the awarding bodies Friday. Meena signs the mapping off by the twenty-third. Gillian comes back with names next week. And I'll send the plan round tomorrow with the thirtieth on it, and the RAID log, which I'll try to make less depressing than it is.
M: Good luck with that.
D: It's mostly us, isn't it. The RAID log.
J: It's mostly you. Thanks, everyone. Same time next week.
"""

# ------------------------------------------------------------------ call 2, Wednesday 14 October 2026
CALLS[2] = """
J: Morning, everyone. Let's give it a minute, people are still coming in.
H: Morning. I'm on my phone in the corridor by the refectory, so if I sound like I'm in a swimming pool, I am.
J: Noted. Darren, is Meena joining us?
D: No, she's sorry. Census. She's in a room with no windows and three spreadsheets, and she's asked me to do the talking. I've got a list from her on a Post-it.
J: And Gillian?
N: Hi, that's me, sorry. Nadia Brooks, assistant principal for quality. Gillian's at the Association of Colleges conference in Birmingham, so she's asked me to sit in.
J: Welcome, Nadia. Thank you for coming.
N: I should say, I'm really just here to listen. Anything with money in it goes to Gillian.
J: Understood. And we've got Gary from Northgrid, which is excellent news.
P: Morning. Gary Pollard, service delivery manager at Northgrid. I look after the college's contract. I hear I'm popular this week.
T: You're extremely popular with me, Gary.
P: That'll change.
J: Let's run through last week's actions. Tom, you were sending the extract spec?
D: We got Tom's spec on Friday. Meena printed it out, which from her is basically a hug.
T: I'll take it.
J: And Meena's change request to Northgrid for Tom's access?
D: Yeah, so. Meena says she'll have it Friday. She's very sorry. She's not actually very sorry, she's in census, but she said to say it.
P: For what it's worth, I've not seen anything come through.
J: Friday the sixteenth, then. Callum, the single sign-on page?
C: Sent it Friday, to Joanna.
P: And it got to us in the end. Callum's one-pager arrived on Monday, forwarded from Gillian's office, with one word on it. Please.
C: Well, at least she said please.
J: Shona, the enrolment form?
S: Shona's forms came through on Thursday. All eleven pages of them. Page two asks if you've been to Kirkstall before, and then page nine asks it again.
H: That's in case they lied on page two.
S: And the test form's coming on. I'm still on for Friday with the logins.
J: Bev, the awarding bodies?
B: I haven't, sorry. It's the November resits. I've had forty late entries this week and two of them were for an exam that doesn't exist any more. Can I say Monday?
J: Monday the nineteenth, that's fine. And Gillian was coming back with names for the exam feeds and the single sign-on. Nadia, did she say anything?
N: Yes, she did ask me to pass that on. Gillian hasn't forgotten the names. She'll have them for you by the end of next week.
J: Okay. And from me, the plan and the RAID log went round on Thursday, so you've all got those. Please do read the RAID log. It's mostly about you.
D: We've read it. Meena said some words.
J: Gary, while we've got you. Single sign-on. Callum's page. What happens next?
P: So, I'll be straight with you. Setting up a new app on the college's Microsoft tenant isn't in the contract, so it's chargeable, and I need a signed change from somebody with a budget before my lads touch it.
C: It's an app registration. It's about twenty minutes' work.
P: It's twenty minutes' work and two days of testing, and if it goes wrong four thousand students can't get on the Wi-Fi. I've seen it happen.
C: Not from an app registration, you haven't.
P: Not from an app registration, no. From a certificate. It felt similar at the time.
N: Who would sign that on our side?
P: Normally your head of digital. Martin.
N: Martin's not here. Martin's never here.
D: He's doing the estates move. He's in the new block measuring cupboards.
J: Gary, could you tell us what it would cost, so there's at least something for somebody to sign?
P: I'll get you a quote and an impact assessment by next Wednesday. Staff and students, both, then you can choose.
C: Just staff would be a start.
P: If the college wants it doing properly, we'd do both in one go. We did a sixth form in Bradford in a day and a half.
T: Can I be cheeky and ask about my access while you're here, Gary?
P: You can ask. Once the change request lands it's usually a day. The read-only account's sitting there ready, it just needs somebody to ask me nicely in writing.
T: Meena's asking you nicely on Friday.
P: Then Monday, probably.
J: Callum, the funding side.
C: Yeah. So Campusly checks every learner's unique learner number against the Learner Records Service, the funding agency's one. Until the Learner Records Service approve us as a connected system I can't validate a single ULN, and the funding agency will bounce any return with a bad one in it.
D: Which Meena will tell you is her whole life right now. Bad ULNs.
C: There's an application. It needs the college's UKPRN and somebody who can sign for the college.
D: That's Meena.
C: Then I'll do the LRS application this afternoon and send it to Darren for Meena's signature.
D: She'll sign it. In census week she signs anything you put in front of her. It's quite dangerous, actually.
C: How long do they usually take?
D: The last time we dealt with LRS, it took them six weeks to change one postcode.
J: Let's hope they've speeded up. Now, the DPIA. I'll be honest, it's the one I'm worried about. Nadia, is there a data protection officer at the college?
N: There's Ruth. Ruth Adebayo. She's a shared service, she does us and two other colleges, and I think an academy trust as well.
J: Could we get her on one of these?
N: That I can do. I'll email Ruth this afternoon and ask her to come next week. She's shared with two other colleges, so no promises on her diary.
J: Thank you. And in the meantime, to keep Tom moving. So trial loads on scrambled names and dates of birth until the DPIA's signed, and nothing real goes near it before then. Everybody happy with that?
N: Yes. That one I can agree to. It's not money.
D: Meena said she'd want that anyway.
T: Fine by me. I'll have trial load one done by the twenty-third. Scrambled names, fake birthdays, the lot.
J: And so the DPIA's got something to start from, I'll send our half of the DPIA by Friday. Data flows, hosting, sub-processors, retention. Whoever ends up owning the rest can have it.
N: Gillian will be thrilled.
J: Will she?
N: No.
S: Shona, once the test form's up, I'd love some of your front desk people to bash at it.
H: I'll get the front desk to try it out by the end of next week. They'll find everything wrong with it, they always do.
S: That's exactly what I want.
H: No, you think that's what you want.
T: Can I say, while we're on the form, take the chance to get rid of anything you don't use. At my last college the enrolment form asked for your mother's maiden name. Nobody knew why. It had been there since 1997.
H: We ask for your next of kin's shoe size.
S: You do not.
H: We don't. But we might as well, for all anybody reads it.
S: The other thing I need is fees. For the January courses, the adult ones especially. Is that Darren or Meena?
D: Both. I do them, Meena signs them off. I'll send you next year's fee codes by Monday, Sian. The adult ones, at least. The sixteen-to-eighteens are free, so that's easy.
S: Monday's perfect.
B: Callum, when the feeds do go on Campusly, who's checking them? Because I'm not entering anything on a system I haven't been trained on, not in a resit year.
C: Nobody's asking you to, Bev. Not until it's tested.
B: As long as that's clear.
N: Can I ask a daft question? With the census, and Meena being stretched, would it not be easier to push the whole thing to Easter?
J: It's not daft. But it's Gillian's call and she made it last week. The thirtieth of November. And Registra's support ends in March, so Easter isn't much of a buffer.
N: No, fair. Forget I asked.
D: Meena says if anybody books a meeting in census week she'll enrol them on Level 1 knitting.
J: Noted. Right, summary. Meena's change request for Tom's access is now Friday, via Darren. Bev's awarding bodies are now Monday. Gillian's names by the end of next week, via Nadia. Gary sends a quote for single sign-on by next Wednesday. Callum does the LRS application today. Nadia gets Ruth to next week's call. Trial loads stay scrambled until the DPIA's signed. Tom's first load by the twenty-third. Our half of the DPIA from me by Friday. Darren's fees Monday. Shona's front desk tries the form by the end of next week. Have I missed anything?
P: The bill. You always miss the bill.
J: I never miss the bill, Gary. Thanks, everyone.
"""

# ------------------------------------------------------------------ call 3, Wednesday 21 October 2026
CALLS[3] = """
J: Morning, all. A couple of new faces today, so a quick round. Ruth, welcome.
R: Hello. Ruth Adebayo, data protection officer. I'm shared between Kirkstall, Thornley and Calder Vale, so if I go quiet, another college is on fire.
J: And Rob, from Albion Awarding.
F: Hi, everyone. Rob Fenwick, technical integration at Albion Awarding. I look after centre systems, so any MIS that connects to us for entries and results.
J: Thank you for giving us the time. Is Gillian joining, does anybody know?
D: Nothing in her diary says she isn't.
J: I'll take that as a no. Meena?
m: I'm here. I'm on my phone in the census room, so I'm here in spirit and for about twenty minutes.
J: We'll get you out fast. Ruth, I take it Nadia's email reached you.
R: Nadia's email said you needed a DPO and I'd be a lifesaver. I'm rarely a lifesaver. I'm usually the person who says no at the end.
J: Let's go quickly through actions. Tom, your access?
T: I'm in. Northgrid opened the replica up on Friday night and I've been living in it since. It's like an archaeological dig.
m: I did raise it, before anybody asks. Thursday night, between two census runs. So don't let anybody say I never do anything.
J: Nobody would dare. Bev, the awarding bodies?
C: Bev's list came through on Monday. Fourteen awarding bodies, which is thirteen more than I was hoping for.
B: I did warn you.
C: You did warn me.
J: Sian, the test form?
H: Can I answer that one? I enrolled my cat on it on Monday. He's doing Level 2 plumbing. Full fee, no bursary.
S: I did see that. He's got a very good attendance record so far.
H: And Jackie and Tariq have got their logins. Jackie's already found a spelling mistake.
S: Which one?
H: Kirkstall.
S: Oh no.
J: Callum, the LRS application?
C: Went in on Thursday. Meena signed it in the census room without looking up.
m: I'm sure I read it.
C: You didn't, but that's fine.
J: And Ruth, you've got our half of the DPIA?
R: I've got Joanna's section. It's the best part of the DPIA, mainly because it's the only part.
J: Which is what I want to come to. Tom, load one's still on?
T: Still the twenty-third. Friday. Scrambled, so everybody's called something like Zebedee Pumpernickel.
D: We've got a real Zebedee, actually. Motor vehicle, level two.
T: I always run the first load twice, for what it's worth. The first one's always rubbish.
J: Darren, the fee codes?
D: Fees. No. I'll be honest, I haven't touched them. Meena has to sign them off and, well, look at her. Say Monday the twenty-sixth?
m: Monday's fine. I'll sign whatever he sends. Apparently that's my thing now.
S: The twenty-sixth works. I've got plenty to be getting on with.
J: Gary's quote for single sign-on was due today. Anybody seen it?
C: Not a thing.
J: Okay, it's only due today. Rob, thank you for waiting. Can you tell us how the Albion side works?
F: Sure. So any MIS that wants to send us entries or pull results has to be registered against the centre. Until the head of centre registers Campusly as your MIS supplier on our centre portal, I can't issue sandbox credentials. It has to be the head of centre. Those are the rules, not mine.
B: Head of centre is the principal. Derek.
C: Can't Bev do it? She's the exams officer.
F: Sadly not. Exams officers can do almost everything on the portal except that one. We tightened it up after an incident at another centre a few years ago.
B: I'm not emailing the principal. I've emailed the principal once in nine years and that was about a fire.
J: Who can get Derek to do it?
B: Gillian could. If she was here.
m: I'll email Gillian tonight and ask her to get Derek to do it. She's the only one he answers.
F: In the meantime I'll send Callum the technical spec and the sandbox form today, so he's ready the minute you're registered.
C: That'd be great, Rob.
F: And if the college wants, I could probably get you onto our pilot for the new results service in January. But I'd need to ask, and I'm not promising anything.
B: Can I ask what happens if Campusly's not connected by the summer?
F: Honestly? For this year a lot of centres just key their summer entries on our web portal by hand, and worry about the feed next year.
B: By hand? Eleven hundred entries? I'd rather eat the portal.
F: That's fair. Most people say something similar.
J: Meena, before you go. Two things. The mapping, and how much history we bring over.
m: The mapping. Tom, I'm not going to make the twenty-third. The census is the fourth and I'm living in it. Darren, can you take it?
D: Go on, then. I'll go through the mapping with Tom and sign it off by the end of next week.
T: That works for me. And the history. My instinct is to bring everything, all the way back to 2009. Storage is cheap, and nobody ever has to open Registra again.
m: No. Three years of history, plus anyone still on programme. Everything older stays in Registra, read-only, until the auditors say we can switch it off.
T: Even the achievement records?
m: Even those. You'd spend three weeks cleaning data for learners who left when Darren still had hair.
D: Low.
J: And Meena, one more, the DPIA. Ruth, what we need to know is who writes the rest of it, and who signs it.
R: I'll tell you who doesn't write it, and that's me. I review DPIAs, I don't write them. That's the service you're paying for, and believe me, you're not paying for much.
T: So who writes it, usually?
R: Usually whoever owns the system. Which, as far as I can tell, is nobody.
m: Darren will write it. Won't you, Darren?
D: Will I?
m: You will. You know Registra better than anyone and you can spell.
D: Apparently I will, then. Fine. I'll get a draft of the DPIA to Ruth by the thirtieth.
R: If it's in by the thirtieth I'll do my best, but I've got three colleges and one of them's had a breach.
m: Right, I've got to go. Census. If you need me, don't. In 2019 the census went in at four minutes to midnight from my kitchen table, with the dog lying on the laptop cable, and I'm not doing that again.
J: Go. Thank you, Meena.
S: Can I raise something that's going to bite? I can't build the January courses or the fee rules until next year's curriculum offer is signed off, and Darren tells me that sits with Gillian.
D: It does. It's been on her desk since September. Heads of department keep asking me, and I keep saying it's with Gillian.
J: Does anyone know when she's planning to sign it?
D: No.
S: Without it I can build a shell, but the courses on the enrolment form will be this year's.
H: Which would be fine, apart from the eight courses we're not running any more and the four new ones we are.
J: That's going on the RAID log in red. Callum, single sign-on. Any news?
C: Well, not from Northgrid. But I don't want to sit waiting for them to do nothing. I'll build the student login journey in our test tenant by the end of next week, the self-service one, so it's ready when Northgrid are.
J: Good. And the funding returns?
C: Now the LRS application's in, I'll push a test ILR file from Campusly through the funding agency's validation by the end of next week, so we know the return works before anybody relies on it.
D: Do it after the fourth, or Meena will kill you.
C: It's a test file, it won't go anywhere near the real return.
D: She'll still kill you. On principle.
C: Darren, one small one. How does the card printer get its data? Because on the thirtieth of November it won't be getting it from Registra.
D: It's a CSV export, there's a job that runs at night. I'll send you the ID card export on Monday, with a sample, so you can see what the printer eats.
C: Perfect.
R: Can I just check something, Joanna? When you say scrambled, what do you actually scramble?
T: Names, dates of birth, addresses, ULNs, and all the learning support and safeguarding flags are blanked. The course and enrolment structure stays real, otherwise there's nothing to test.
R: Good. That's the right answer. You'd be amazed how many people say we change the surnames.
H: I'll enrol the dog as well, then. Level 3 sitting.
S: Please don't.
J: Right, summary. Tom's in Registra, thanks to Meena's change request. Bev's list is in. Shona's cat is enrolled. The LRS application's gone. Ruth has our half of the DPIA. Darren writes the rest of the DPIA, draft to Ruth by the thirtieth. Darren takes the mapping from Meena, signed off by the end of next week. Three years of history plus anyone still on programme, Meena's ruling. Darren's fees move to Monday the twenty-sixth. Albion need Derek to register us, Meena's emailing Gillian tonight, and Rob sends Callum the spec today. Callum builds the student login journey and pushes a test ILR file, both by the end of next week. Darren sends the ID card export Monday. And the curriculum offer is stuck with Gillian. Gary's quote is due today. Anything else?
B: Just that I'm not keying eleven hundred entries by hand.
J: Noted, Bev, in capitals. Thanks, everyone.
"""

# ------------------------------------------------------------------ call 4, Wednesday 28 October 2026 (half-term)
CALLS[4] = """
J: Morning. Half-term, so I was expecting a thin turnout, and I see I was right. Shona's on leave, I think?
B: She is. She's in Whitby with the grandchildren. She asked me to pass some things on, so I'm being Shona today. God help you.
J: And we've got Martin. Welcome, Martin.
K: Morning, all. Martin Cole, head of digital services. Gillian's asked me to come in her place, and she's given me some things to say, which I'll get to. Unlike Nadia, I do have a budget. It's a small one. It's mostly cupboards at the moment.
D: How's the new block?
K: Forty-one cupboards. I've measured every one of them twice.
J: And Gary, welcome back.
P: Morning. I've brought good news and a bill. Not in that order.
J: Meena, census?
M: Census goes in on Tuesday. I've got four hundred learners with a funding problem, and I've got to the point where I talk to them. The learners, not the problems.
J: Let's start with the things that are late, while people are awake. Gillian's names, for the exam feeds and the single sign-on?
K: That's the first of my things. Gillian's named me for the single sign-on, and Bev for the exam feeds.
B: Sorry, what?
K: You, Bev. The exam feeds.
B: Nobody asked me.
K: I'm asking you now. Well, Gillian is. Through me.
B: Well, I'm not emailing the principal, if that's where this is going. But I'll chase Derek's PA tomorrow. She likes me, I sorted her son's resit.
K: And Meena, Gillian did get your email about Albion. She's forwarded it to Derek's PA, which is Gillian for I've done my bit.
M: That's something.
J: Gary, the quote?
P: The quote went to Gillian's office on Friday. And on to Martin, I gather.
K: I've got it. I've read it. I've had a sit down.
C: Is it that bad?
K: It's four thousand eight hundred for the student half. The staff half is in the contract, it turns out, if you read page forty. Which Gary did, eventually.
P: I read page forty on Monday night. I'm a changed man.
K: So here's what Gillian and I agreed, and the detail's my call. Staff on single sign-on for go-live, students on Campusly passwords till Easter. I'm not paying four thousand eight hundred pounds for the student half this year.
P: If you want the students done as well, we can do them in the same change window for the same money. I'm only saying.
K: You're only saying, and I'm only saying no.
C: Then I'll park the student side. It's half built, it'll keep till Easter.
K: Sorry, Callum.
C: Don't be. I did a college in Wigan where they switched student single sign-on on in enrolment week and four thousand sixteen-year-olds got locked out at once. I'm very happy to wait.
K: I'll sign the change for the staff part and get it back to Gary by Friday.
P: Once it's signed it goes in the change window on the twelfth. I'll have staff single sign-on switched on that night.
C: I'll stay up.
P: Nobody needs to stay up. That's the whole point of a change window.
K: The other thing Gillian wanted me to say is about the curriculum offer. She knows it's holding Sian up. Gillian says she'll sign off the curriculum offer by Friday. Her words, not mine. I've got it in writing.
S: I'll believe it when I see courses.
K: That's what I said.
J: Tom, load one.
T: Load one ran Friday night. Ninety-one percent of learners came across clean. The other nine percent is mostly Registra's fault and a little bit mine.
M: Which bit's yours?
T: The bit where I assumed everyone has a date of birth.
D: We've got forty learners born on the first of January 1900.
T: You've got forty-three.
C: And good news from me. LRS approved us on Monday. I ran every ULN on Level 3 business through it in about a minute. Two were wrong, and both were typos.
M: Two, out of how many?
C: Sixty.
M: That's better than the real register.
C: And Rob's spec came through the same afternoon, by the way. A hundred and twenty pages. I've read eleven.
S: Darren's fee codes are in. Mostly right. Somebody's charging eleven thousand pounds for Introduction to Pottery.
D: That's a typo.
S: I did hope so.
B: And Shona said to tell you the front desk tried the form on Thursday, and they've got a list. It's two pages. She's emailed it to Sian.
S: I've got it. It's actually really good. Jackie found you can enrol someone aged minus three.
D: We've had worse.
J: Darren, the DPIA draft?
D: I'm on page six. It's half-term, I've got the kids at home, and one of them's eaten a crayon. Give me till Monday.
J: Monday the second. Okay.
D: Yeah, I'll do it in my half-term. That's what half-term's for.
T: And Darren and I are on the mapping on Friday morning, so that's still on.
D: Friday. Nine o'clock. Bring biscuits.
J: Callum, the ILR test?
C: Still Friday.
T: Next step from me. I'll run load two next Tuesday with Darren's mapping in. Still scrambled. And Meena, once it's in, I'd love someone your side to check the counts against Registra. By course.
M: I'll reconcile Tom's load against Registra, learner counts by course, by next Wednesday. Census goes in Tuesday, so Wednesday I'm free. Ish.
D: Ish.
M: Don't.
S: Shona's not here, so I'll send Shona some dates for the enrolment team's training by Friday. She can pick when she's back.
B: She'll pick the ones when Jackie's off. She always does.
J: And from me, I'll reissue the cutover plan by Monday, with the read-only weekend and who's doing what.
K: Can I just ask, Joanna, are we still okay for the thirtieth? Because Gillian will ask me.
J: Honestly? It depends on the DPIA and the single sign-on. Ask me next week.
K: I'll tell the governors it was Northgrid's idea.
P: Everything's Northgrid's idea. We're used to it.
B: Can I say, about the exam feeds, since they're apparently mine now. In 2017 somebody sent a whole cohort's entries to the wrong board, and forty electricians nearly sat a hairdressing paper. So I'd like it tested. A lot.
C: It'll be tested, Bev. A lot.
J: Right, summary. Gillian's named Martin for single sign-on and Bev for the exam feeds. Gary's quote is in. Martin's ruling, staff on single sign-on at go-live, students on Campusly passwords till Easter, so Callum parks the student side. Martin signs the staff change by Friday, and Gary switches it on in the change window on the twelfth. Gillian signs the curriculum offer by Friday, via Martin. Load one's done, ninety-one percent. LRS have approved us. Rob's spec is in. Darren's fees are in. The front desk has tested the form. Darren's DPIA draft moves to Monday. Bev chases Derek's PA tomorrow. Tom runs load two Tuesday and Meena reconciles by next Wednesday. Sian sends Shona training dates Friday. I reissue the cutover plan Monday. Thanks, everyone. Enjoy what's left of half-term.
D: What's left of it.
"""

# ------------------------------------------------------------------ call 5, Wednesday 4 November 2026
CALLS[5] = """
J: Morning, everyone. Shona, welcome back. How was Whitby?
H: Cold. Lovely. The grandchildren ate their own body weight in chips. What have I missed?
B: A two-page list of moans, and I've been you for a week. It was exhausting.
H: Now you know.
J: Meena, the census?
M: It went in at eleven o'clock last night. Then I went to bed and dreamt about ULNs.
D: She texted me at ten to eleven saying if this fails I'm moving to Portugal with Helen.
J: Congratulations. Genuinely. Ruth, welcome back.
R: Thank you. I come bearing a signature.
J: Go on.
R: Darren's draft came in on Monday morning. I sent it back at lunchtime with forty comments, he fixed thirty-eight of them by teatime, and I signed it last night. The other two are my problem.
D: You're welcome.
J: That's brilliant. So the DPIA's signed.
R: The DPIA is signed. You can load real learners. Please don't lose any, because if you do I'm the one who writes to the Information Commissioner.
T: Then the next load's real. That's a big day. Load two ran last night, by the way, with Darren's mapping in. Ninety-eight percent clean.
M: Ninety-eight. What's the two?
T: Mostly learners with two live enrolments on the same course. Registra let you do that. Campusly's less forgiving.
D: Registra let you do anything. That was the problem.
T: And Darren signed the mapping off on Friday. Two hundred and six fields, and he argued about every single one of them.
D: I let you have gender. I argued about the other two hundred and five.
J: Callum, single sign-on?
C: Gary emailed yesterday. Martin's change came through on Friday, and staff single sign-on is booked in for the change window on the twelfth. Still the twelfth.
J: Shona, did Sian's training dates reach you in Whitby?
H: I got Sian's dates. We'll have the sixteenth and the seventeenth, which is the only time the desk isn't drowning.
S: Lovely. They're in the diary.
J: Bev, Albion?
B: I chased Derek's PA. Twice. She says it's on his list. She says he's got a list for his list.
C: So Albion's still waiting. Rob's been very patient. No registration, no sandbox. No sandbox, no feeds.
J: Meena, the reconciliation?
M: I haven't done the reconciliation. I know. The census ate me. I'll do it Friday, properly, with a coffee and no phone.
J: Friday the sixth. And Callum, the ILR test file?
C: It's not done. It's nearly done, which Meena will tell you is not the same thing. The file builds fine, but the funding agency's validator throws out four hundred learning aims on the dates. I'd rather not give you a date until I've been through them.
M: It's not the same thing.
C: See.
T: Once Meena's happy with the counts, I can do load three with real data. Probably the week after.
J: And I owe you one. The cutover plan I promised for Monday, I held it back, because I didn't know which date to put on it. Which brings me to Gillian. Is she joining?
D: She said she'd try. Which is what she says.
S: While we wait. I've built the shell for January, but I've still got this year's courses in it, because the offer hasn't come.
G: I'm here. Sorry, sorry. SLT overran. Joanna, Meena forwarded me your summary. Tell me what you need in two minutes.
J: Three things. First, Albion. Derek needs to register Campusly on their portal, and until he does Callum can't test a single exam feed. Second, the date. The DPIA only got signed this week, staff single sign-on isn't in until the twelfth, and Meena hasn't had a minute to check the data. I don't think the thirtieth is safe.
G: And the third?
S: The curriculum offer.
G: I signed the offer off last night. Don't tell me it was late, I know it was late. It should be in your inbox.
S: Oh, it is. It came in at midnight. Thank you.
G: Right. Albion first. The summer entries stay on Registra. Bev does them where she's always done them, and we move the exam feeds over for September.
B: Thank you. Genuinely, thank you.
C: That's sensible. I'd rather build the feeds properly than in a panic.
G: And I'll talk to Derek myself about the Albion registration. I'll catch him after SLT.
J: And the date. What I'd propose is we keep the thirtieth for staff and courses, and bring the learners across on the seventh.
G: No. Two go-lives is two lots of pain. We go live on the seventh of December. Registra goes read-only on the fourth, and January enrolment is still on Campusly.
M: The seventh I can do. The thirtieth I couldn't have.
H: As long as January doesn't move. If January moves, I'm going to Portugal with Helen as well.
G: January doesn't move. Right, I've got finance committee. Thank you, everyone. Meena, well done on the census.
M: Thanks, Gillian.
J: Then the cutover plan goes out Friday with the seventh on it. Sorry it's late.
T: So what's the read-only weekend now? The fourth to the seventh?
J: Friday the fourth, Registra goes read-only at five. Final load over the weekend, live on Monday the seventh.
D: I'll bring a sleeping bag.
M: You'll bring biscuits.
R: For the record, once real data's in, a breach is seventy-two hours to the Commissioner. So if anything goes wrong that weekend, ring me, don't email.
H: Can I ask what I tell the front desk? They've all been told the thirtieth.
J: Tell them the seventh. Training's still the sixteenth and seventeenth.
H: They'll be thrilled. They love a change of date.
J: Okay, let me sum up, because it's been a big one. The DPIA's signed, thanks to Darren and Ruth, so the next load can be real. Load two ran, ninety-eight percent. The mapping's signed off. Martin's signed the staff single sign-on change, and it goes in on the twelfth. Gillian's signed the curriculum offer. Two rulings from Gillian. Summer exam entries stay on Registra and the feeds move over for September. And go-live moves a week, to Monday the seventh of December, with Registra read-only from Friday the fourth. Still open. Albion needs Derek, and Gillian's talking to him. Meena's reconciliation is now Friday. Callum's ILR test file is partly there, with no date yet. My cutover plan goes out Friday. Shona's training is the sixteenth and seventeenth. Anything I've missed?
B: Just that I'm very happy, and I'd like it minuted.
J: Minuted. Thanks, everyone. Same time next week.
"""


def ts(t):
    h, rem = divmod(t, 3600)
    m, s = divmod(rem, 60)
    whole = int(s)
    ms = min(999, int(round((s - whole) * 1000)))
    return f"{int(h):02d}:{int(m):02d}:{whole:02d},{ms:03d}"


def split_cues(text, limit=24):
    """Cut a long turn into caption cues at sentence ends (each cue at most ~limit words where possible)."""
    sents = re.split(r"(?<=[.?!])\s+", text)
    cues, cur = [], []
    for s in sents:
        if cur and len(" ".join(cur + [s]).split()) > limit:
            cues.append(" ".join(cur))
            cur = []
        cur.append(s)
    if cur:
        cues.append(" ".join(cur))
    return cues


def turns(n):
    out = []
    for line in CALLS[n].strip().splitlines():
        code, text = line.split(": ", 1)
        text = text.strip()
        assert ":" not in text, (n, text)
        assert not text.startswith(("- ", ">>")), (n, text)
        out.append((NAMES[code], text))
    for (a, _), (b, _) in zip(out, out[1:]):
        assert a != b, f"call {n}: {a} has two turns in a row"
    return out


def render(n):
    rnd = random.Random(261007 + n)
    t = 1.5 + rnd.random() * 3
    lines, k, prev = [], 0, None
    for name, text in turns(n):
        cues = split_cues(text)
        for i, part in enumerate(cues):
            k += 1
            dur = max(0.8, len(part.split()) / 2.5 + rnd.uniform(-0.2, 0.4))
            cue = part if name == prev else f"{name}: {part}"
            prev = name
            lines += [str(k), f"{ts(t)} --> {ts(t + dur)}", cue, ""]
            t += dur + (0.04 if i < len(cues) - 1 else rnd.uniform(0.3, 1.3))
    return "\n".join(lines)


def person(label):
    """First name of a speaker label ("Meena Kapoor's iPhone" is Meena)."""
    return re.sub(r"'s iPhone$", "", label).split()[0]


def toks(s):
    """score.py's tokenizer: lower-case tokens."""
    return re.findall(r"[a-z0-9][a-z0-9'\-]*", (s or "").lower())


def check_gold(here):
    """Check gold.json against the calls: quotes verbatim, keywords real, dates and events consistent."""
    gold = json.loads((here / "gold.json").read_text(encoding="utf-8"))
    errs = []
    calls = {int(k): v for k, v in gold["calls"].items()}
    if calls != DATES:
        errs.append("gold calls differ from DATES")
    as_of = gold["as_of"]
    turn_texts = {n: [text for _, text in turns(n)] for n in CALLS}
    call_toks = {n: set(toks(" ".join(turn_texts[n]))) for n in CALLS}

    def has(call, quote, what):
        hits = [i for i, t in enumerate(turn_texts.get(call, [])) if quote in t]
        if not hits:
            errs.append(f"{what}: quote not verbatim in one turn of call {call}: {quote!r}")
        return hits

    def kw_check(call, quote, kws, what):
        if not kws or any(k != k.lower() for k in kws):
            errs.append(f"{what}: keywords missing or not lower case")
        missing = [k for k in kws if k not in call_toks.get(call, set())]
        if missing:
            errs.append(f"{what}: keywords {missing} not tokens of call {call}")
        if len(set(kws) & set(toks(quote))) < 2:
            errs.append(f"{what}: fewer than two keywords in the quote")

    ids = [c["id"] for c in gold["commitments"]]
    if len(ids) != len(set(ids)):
        errs.append("duplicate commitment ids")
    commit_turns = set()
    overdue, open_end, dropped, reassigned = [], [], [], {}
    for c in gold["commitments"]:
        w = c["id"]
        commit_turns |= {(c["first_call"], i) for i in has(c["first_call"], c["quote"], w)}
        kw_check(c["first_call"], c["quote"], c["keywords"], w)
        due = c["due"]
        if due is not None and due < calls[c["first_call"]]:
            errs.append(f"{w}: due {due} before first mention")
        done = dropped_at = None
        prev_call = c["first_call"]
        for e in c["events"]:
            if e["call"] <= c["first_call"] or e["call"] < prev_call:
                errs.append(f"{w}: event {e} not after first_call or out of order")
            prev_call = e["call"]
            if done is not None or dropped_at is not None:
                errs.append(f"{w}: event {e} after the item was closed")
            if e["type"] == "slipped":
                if due and e["new_due"] <= due:
                    errs.append(f"{w}: slip at call {e['call']} does not move later ({due} -> {e['new_due']})")
                if e["new_due"] <= calls[e["call"]]:
                    errs.append(f"{w}: slip at call {e['call']} to a date not after the call")
                due = e["new_due"]
            elif e["type"] == "done":
                done = e["call"]
            elif e["type"] == "dropped":
                dropped_at = e["call"]
            elif e["type"] == "reassigned":
                reassigned[w] = e["new_owner"]
                if e["new_owner"] not in c.get("reassigned_to", []):
                    errs.append(f"{w}: reassigned event owner not in reassigned_to")
            else:
                errs.append(f"{w}: unknown event type {e['type']}")
        if c.get("dropped_call") != dropped_at:
            errs.append(f"{w}: dropped_call {c.get('dropped_call')} vs dropped event {dropped_at}")
        if dropped_at:
            dropped.append(w)
        if c.get("reassigned_to") and w not in reassigned:
            errs.append(f"{w}: reassigned_to without a reassigned event")
        if done is None and dropped_at is None:
            open_end.append(w)
            if due and due < as_of:
                overdue.append(w)
    if sorted(overdue) != sorted(gold["overdue_as_of"]):
        errs.append(f"overdue_as_of {gold['overdue_as_of']} != computed {overdue}")
    if sorted(open_end) != sorted(gold["open_at_end"]):
        errs.append(f"open_at_end {gold['open_at_end']} != computed {open_end}")
    if sorted(dropped) != sorted(gold["dropped"]):
        errs.append(f"dropped {gold['dropped']} != computed {dropped}")
    if sorted(reassigned) != sorted(gold["reassigned"]):
        errs.append(f"reassigned {sorted(gold['reassigned'])} != computed {sorted(reassigned)}")
    for nc in gold["non_commitments"]:
        for i in has(nc["call"], nc["quote"], f"non-commitment ({nc['speaker']})"):
            if (nc["call"], i) in commit_turns:
                errs.append(f"non-commitment ({nc['speaker']}, call {nc['call']}) shares a turn with a commitment quote")
            if person(turns(nc["call"])[i][0]) != nc["speaker"]:
                errs.append(f"non-commitment quote {nc['quote']!r} is not {nc['speaker']}'s")
    for b in gold["blockers"]:
        has(b["raised_call"], b["quote"], b["id"])
        kw_check(b["raised_call"], b["quote"], b["keywords"], b["id"])
        if b["cleared_call"] is not None and b["cleared_call"] <= b["raised_call"]:
            errs.append(f"{b['id']}: cleared before raised")
        if not b["party_aliases"] or any(a != a.lower() for a in b["party_aliases"]):
            errs.append(f"{b['id']}: party_aliases must be lower case")
    for d in gold["decisions"]:
        if "quote" in d:
            has(d["call"], d["quote"], d["id"])
            kw_check(d["call"], d["quote"], d["keywords"], d["id"])
        else:
            errs.append(f"{d['id']}: no quote to check")
    for p in gold["proposals_not_agreed"]:
        if p["call"] not in calls:
            errs.append(f"proposal in unknown call {p['call']}")
    for n, who in gold["attendance"].items():
        if n == "note":
            continue
        spoke = {person(name) for name, _ in turns(int(n))}
        if set(who) != spoke:
            errs.append(f"attendance call {n}: gold {sorted(who)} vs speakers {sorted(spoke)}")
    for n in CALLS:
        tt = turns(n)
        if not 60 <= len(tt) <= 110:
            errs.append(f"call {n}: {len(tt)} turns, outside 60-110")
        if not 8 <= len({person(s) for s, _ in tt}) <= 10:
            errs.append(f"call {n}: speaker count outside 8-10")
    if errs:
        print("\n".join(errs))
        sys.exit(1)
    ev = {}
    for c in gold["commitments"]:
        for e in c["events"]:
            ev[e["type"]] = ev.get(e["type"], 0) + 1
    print(f"gold.json OK: {len(gold['commitments'])} commitments (events {ev}), {len(gold['non_commitments'])} "
          f"non-commitments, {len(gold['blockers'])} blockers, {len(gold['decisions'])} decisions; all quotes verbatim; "
          f"slips later, events after first_call; overdue/open/dropped/reassigned match the events")


def main():
    here = Path(__file__).resolve().parent
    d = here / "calls"
    d.mkdir(exist_ok=True)
    for n in sorted(CALLS):
        (d / f"call-{n}.srt").write_text(render(n), encoding="utf-8")
        tt = turns(n)
        print(f"call-{n}.srt ({DATES[n]}): {len(tt)} turns, {len({person(s) for s, _ in tt})} speakers")
    if (here / "gold.json").exists():
        check_gold(here)
    else:
        print("no gold.json next to this script; nothing checked")
        sys.exit(1)


if __name__ == "__main__":
    main()
