#!/usr/bin/env python3
"""Generate the five Pellbridge Homes repairs-platform calls as Zoom WebVTT transcript exports.

Writes calls/call-1.vtt .. calls/call-5.vtt next to this file. Each turn in the scripts below is "CODE: text";
the renderer cuts long turns into consecutive Zoom cues of the same speaker at sentence ends (0.02 s apart), as
Zoom does, and writes every cue as "Full Name: text". Timestamps are synthetic but deterministic (seeded per call);
a turn lasts 2-40 s. No two consecutive turns have the same speaker.
Run: python3 make_calls.py
"""
import random
import re
from pathlib import Path

NAMES = {
    "N": "Nadia Ferreira",      # Quaystone (vendor) project manager, host
    "C": "Callum Brody",        # Quaystone consultant: build, config, integrations
    "R": "Rosalind Okoye",      # Pellbridge director of property services, sponsor (calls 1 and 4)
    "G": "Gareth Pryce",        # Pellbridge repairs manager
    "L": "Lorraine Hadley",     # Pellbridge contact centre team leader
    "S": "Oluwaseun Adeyemi",   # Pellbridge IT / infrastructure lead, called "Seun" by everyone
    "D": "Dennis Harrop",       # Pellbridge trades supervisor (calls 1-3; off after a fall)
    "F": "Fiona Leckie",        # Pellbridge finance systems analyst
    "W": "Wes Kaminski",        # Corbel Building Services (external contractor), operations manager
}

CALLS = {}

CALLS[1] = """
N: Morning all. Can everyone hear me okay? I can see, um, eight of us. Rosalind said she might be a few minutes late, so let's give it a sec.
G: Morning Nadia. Yeah, loud and clear.
W: Morning. I'm sat in the van, so if I drop out that's why.
N: No problem, Wes. Good weekends, everyone?
D: Spent mine under my sister's kitchen sink. Busman's holiday.
L: Did you fix it?
D: Depends what you mean by fixed.
N: Ha. Okay, let's crack on and we'll do names properly when Rosalind joins. So I'm Nadia Ferreira, project manager at Quaystone, and I'll be running these every Monday. Callum's our consultant, he's doing the build, the config and the integrations.
C: Hi all. Callum. I'm the one who'll be pestering you for spreadsheets, basically.
N: And on the Pellbridge side we've got Gareth for repairs, Lorraine from the contact centre, Seun from IT, Dennis from the trades team, Fiona from finance systems, and Wes from Corbel, who are one of the two contractors. Hartree couldn't make it.
S: Couldn't, or didn't reply?
G: Didn't reply. I'll, um, come back to that one.
R: Sorry, sorry, I'm here. Rosalind. I got stuck in the exec meeting. I've only got about fifteen minutes, I'm afraid.
N: That's fine, thanks for making it. While we've got you, can we do the big one? Gareth had asked about running Hestia alongside the new system for a bit.
G: Yeah. My worry is, go-live's the fourteenth of December, and if something goes wrong the week before Christmas I've got boilers failing and nobody able to raise a job. So we could run both systems side by side for a fortnight. Belt and braces.
C: Honestly, in my experience double keying for two weeks is where the errors come from. Somebody puts a job in one and not the other and then you've got two versions of the truth.
L: And it'd be my team doing the double keying. In December. I'd have a mutiny on my hands.
R: I'm with Lorraine. Gareth, I do hear you, but no. Hestia goes read-only on the day we go live and we don't run the two in parallel. If we need to look something up, we look it up, we just don't put anything new into it.
G: Okay. Read-only from the fourteenth. I can live with that. Just about.
N: Great, I'll note that as decided. Rosalind, one more before you go. The contractors. Hartree haven't engaged at all yet.
R: No, and that's not on. Look, I used to ring round the contractors every Friday myself, back when we had six of them, and I can't do that any more. But I'll write to both contractors' managing directors this week, so they know it's coming from me.
W: You don't need to convince us, we're keen. Our lads are sick to death of PDF job sheets.
R: Good. Right, I'm going to have to drop off. Gareth, you've got my proxy.
N: Thanks Rosalind. Okay, so, the build. Callum, where do you want to start?
C: So the first thing I need is your schedule of rates. The codes you use in Hestia, with the descriptions and the prices. The platform comes with the national library and we need to line yours up against it.
G: It's a spreadsheet. Somewhere. Well, it's three spreadsheets, but there's a master one. I'll get you the SOR list by Wednesday.
C: Perfect. And then I'll do the SOR code mapping. End of next week, so the thirtieth, if the spreadsheet's not too horrible.
G: It's horrible.
C: Ha. Okay. The thirtieth, with a health warning.
N: Finance next. Fiona?
F: Hi. So, the invoice feed. Contractor invoices come out of your system and go into Ledgerline, that's our finance system. Thing is, Ledgerline have to give us a sandbox to build against, and they've been, um, not quick.
C: Have they given you a date at all?
F: Ledgerline have said they'll have the sandbox keys to us by the end of next week. I'll believe it when I see it. But until they do, Callum's got nothing to point the feed at, so I can't test anything, nothing.
C: Yeah, I can build it against the spec but I can't prove it works. In the meantime, could you send me your nominal codes and the cost centre list by Thursday?
F: Yep, can do. Nominal codes and cost centres, Thursday.
N: Lorraine, the contact centre side.
L: So, the booking link. My lot are going to need accounts. Who sets those up?
C: We do, I just need the names. Everyone who'll be booking appointments, and their email address.
L: Leave it with me. I need to check who's on the late shift, and there's two going off on maternity, so I don't want to set them up for nothing. I'll have it to you by Friday.
C: Lovely. And if you want, I could come on site and sit with the contact centre for a day, just to see how they actually book now.
L: Maybe nearer the time. It's chaos in there at the moment, honestly.
N: Dennis, the app.
D: Right. What do you need from me?
C: The phones, mainly. Which handsets your operatives have got, the model, the numbers, so Seun can get the app onto them.
D: I can do that. Fifty-six blokes and two women, mind, it's not a short list.
N: When do you think you could get that over to us?
D: I'll have to go round the vans, half of them don't know what phone they've got. Next Monday? Before this call.
N: Next Monday's great.
S: And once I've got that I can enrol them, but that's next week's problem. My bit this week is the single sign-on. I'll sort the app registration in Entra so your lot log in with their Pellbridge accounts. Friday week, I'd say.
N: The thirtieth. Lovely. Wes, the contractor portal.
W: Yeah, so, Corbel. We've got, what, nineteen people who'll need logins, that's the office and the supervisors. We'll get that list to you by the end of the week.
C: Brilliant. And Hartree?
G: Hartree. So I spoke to Phil over there on Thursday. Hartree have said they'll send their user list by the thirtieth. He sounded keen enough on the phone. Whether that turns into an actual email is another matter.
N: Okay. Last one from me, I'll put together a first cut of the cutover plan for next Monday's call, so we've got something to argue about.
G: Something to argue about. Can't wait.
L: Sorry, one thing. Somebody should probably tell the out-of-hours team about all this. I don't know whose job that is.
G: That's, um. Yeah. Good question. Park it for now.
N: Parked. Okay, thanks everyone, same time next week.
W: Cheers all.
"""

CALLS[2] = """
N: Morning everyone. Rosalind's sent her apologies, she's at the board away day. Did everyone survive the clocks going back?
L: I got up an hour early on Sunday. Nobody told my body.
S: Hang on, it's the other way round, surely?
L: Don't. I know. I was sat in the kitchen at half five with a coffee wondering why it was so quiet.
N: Ha. Right, actions from last week. Gareth, the SOR spreadsheet?
C: Oh, I can answer that one, I've had it since Wednesday, thanks Gareth. It's, um, it's a lot.
G: I did warn you.
C: You did. So the mapping, I'm about halfway. There's a lot of codes in there that are basically the same job at different prices. So it's going to be next week now, realistically. The sixth.
N: Friday the sixth, okay. And Fiona, the cost codes?
C: Those came Thursday, yeah. All good, they're in.
F: And I chased Ledgerline. They're now saying the sixth for the sandbox. Which, you know.
N: So that moves as well. Lorraine, the list of your agents?
L: Sent it Friday. Twenty-two names.
C: Got it, thanks, they're all set up. They should've had the welcome emails.
L: Oh, is that what those were? Half of them thought it was phishing.
S: Good. That's what I trained them to think.
N: Ha. Dennis, the phones.
D: So I've got forty of the fifty-eight. The rest are on nights, or on leave, or they just looked at me blank. I'll have the rest by Wednesday.
S: Forty's a start. A question I've been meaning to ask, actually, a lot of them are on old Samsungs, the A-something ones. Are we sure the app runs on those?
C: Android nine and up. Most of them should be fine.
D: Can I be honest? I'd rather we bought them proper rugged phones. They drop them off ladders, they drop them in baths, they leave them on van roofs —
G: Dennis, we've been through this. There's no budget for fifty-odd new devices.
D: I know, I know. I'm just saying.
G: No, they go on the phones they've already got. That's the decision. We can look at it again next year.
N: Okay, existing phones, I'll log that. Seun, the enrolment.
S: Yeah, so the enrolment. Once I've got Dennis's full list I'll get them all enrolled in Intune and push the app out to them. It's a bit of a process with the older ones, you have to wipe some. Let's say the sixth, to be safe.
N: The sixth. And the single sign-on bit?
S: In progress. And I won't get to the depot Wi-Fi before Christmas, I'll be honest, if anybody was going to ask.
D: I was going to ask.
N: Good to know. Callum, the booking link for the contact centre.
C: So I'll have the booking link up in the test site for Lorraine's team by Thursday. Then they can try and break it.
L: Oh, they'll break it.
C: And for the app I'd like a pilot group of operatives. Maybe six of them, mixed trades.
G: Dennis'll pick you six, won't you, Dennis?
D: Go on then. A couple of plumbers, a sparky, a joiner or two. By Wednesday.
N: Lovely. Voids. Gareth?
G: Voids. So the big thing for voids is the lettable standard, what an empty home has to look like before we hand the keys back to housing. I'll send you the lettable standard and the voids checklist. We've got a version from 2023 that's mostly right. By the end of the week.
C: Great. And while we're on voids, I can add a field for the key-safe code on the void record, so the operatives see it on the app. I'll get it into the build this week.
S: Hmm. Let me have a think about that one.
N: Okay. Wes, hi again. Corbel's users?
W: Sent them Wednesday. Nineteen. And we got the letter from Rosalind, by the way. Our MD was quite taken with it. He's had it framed. Not really.
C: Yeah, Corbel are all in the portal now, I set them up Thursday.
N: And Hartree?
G: Nothing. I've left Phil two messages. Their list's due Friday, so, we'll see.
C: The trouble is, Hartree just aren't talking to anybody. I can't set them up on the portal and I can't test their job feed until somebody over there picks up the phone.
F: Can I raise the invoice thing while Wes is on? Because there's a choice to make.
N: Go for it.
F: At the moment Corbel email us PDF invoices and somebody in my team keys them into Ledgerline by hand. With the portal they'd submit the invoice against the job. I want it to be portal only. No PDFs by email after go-live.
W: So my office team type the invoice into your portal instead of our own system. Brilliant. And I'll knit them all a jumper while I'm at it.
F: It's the same data, Wes, it just goes in one place instead of two. And you get paid faster, because it's already matched to the job.
W: Paid faster. Say that again.
F: Paid faster.
W: Fine. If it's paid faster, fine. Portal only.
G: And the same for Hartree, whenever they deign to appear.
N: Okay, I'll write that down as agreed: contractor invoices through the portal only, no emailed PDFs from go-live. Oh, and the cutover plan, I sent that round on Friday, have a look before next week.
L: Is that the one with forty tabs?
N: Thirty-eight. Okay, thanks all.
"""

CALLS[3] = """
N: Hi all. Just waiting for, um, I've got Gareth, Lorraine, Dennis, Fiona, Wes and Callum. Seun's at the data centre today, he messaged. Nothing from Rosalind.
G: She's in with the chief exec most of this week, I think. I wouldn't hold your breath.
N: Okay, fair enough. Let's start with the good news. Callum?
C: So, the schedule of rates is all matched up now. Eleven hundred and forty codes, and about sixty of them don't exist in the national library, so I've made those local codes. Gareth, you'll want to eyeball those at some point.
G: Sixty. Blimey. Okay.
C: And the single sign-on's working, by the way. I logged in with my Pellbridge test account on Friday, so whatever Seun did, it worked.
L: And the booking thing, the team have been booking dummy appointments on it since Thursday. It's dead easy, honestly. Sharon booked a boiler repair for Mickey Mouse.
N: Ha. Brilliant. But there was a problem with it, wasn't there?
L: Yeah. So on the agents' desktops, the phone system, Callsway, it opens everything in its own little window, and it won't open the booking link. Says it's not an allowed site. So right now they're booking on a separate laptop, which is fine for testing but not for real. Until Callsway let it through, we can't use it on a live call.
C: Is that a Callsway change or a Seun change?
L: Callsway. I rang them Friday. Callsway have said they'll add it to the allowed list by the thirteenth. They needed a change request signed, which I've done.
N: Okay. Dennis, phones and your six.
D: Phones, all fifty-eight went over to Seun last Tuesday. He's got the lot. And your six, well, Callum's had them since Thursday, haven't you?
C: Yeah, six of them on the test app. Kev's already sent me a list of complaints. Which is good, genuinely.
D: Kev complains about everything, mind. It might be worth somebody doing a laminated crib sheet for the vans, though. The older lads won't read an email.
N: Noted. Dennis, while you're on, the training.
D: Yeah. So I'll do the rota for the app training, who goes on which session, so we're not pulling all the plumbers off on the same day. By the thirteenth.
N: The thirteenth, great. And the sessions themselves still need booking in.
G: Nadia, can you get the training sessions in everyone's diaries this week? Rooms and all. It'll be the training room at Dunmore House.
N: Yep, can do. Now, Gareth, the voids checklist. That was due Friday.
G: Yeah. Not this Friday, realistically the one after. I found the 2023 version and it's got a lot of stuff in it we've stopped doing. I don't want to give you something that's wrong.
C: That's fine, better right than quick. And while we're on voids, I've got a problem. The void statuses in Hestia. There's codes one to twelve, I can work out one to six, but seven to twelve, nobody seems to know what they mean.
G: That'll be Alan. Alan Birtles built Hestia, about a hundred years ago. He does a day a week for us now.
C: So I can't migrate the open voids until somebody tells me what a status nine is. That's the hold-up, really. It's Alan or nobody.
G: I'll ring Alan this week. He's usually in on a Thursday. Or he's on the golf course.
C: If Alan ever does turn up, I'd happily sit with him for an hour and go through them.
N: And the key-safe field, Callum?
C: I've held off on that. Seun emailed me, he's got concerns. I'd rather wait till he's on.
N: Okay. Fiona, Ledgerline?
F: Still nothing. I've chased twice. They did send an email saying "we are progressing your request", which is, um, lovely.
W: That's what we say when we haven't started.
F: That's what I assumed.
N: So that's still holding up the feed. And Hartree, Gareth, anything?
G: No. Friday came and went. Not a peep.
N: Okay. Wes, your bits.
W: Yeah, so, there's a thing. I looked at the rates Callum loaded for Corbel, and they're last year's. We've got the uplift for twenty-six, twenty-seven, four point two percent, and our MD hasn't signed it off yet.
C: Right, so I can't load Corbel's rates properly until I've got the new ones. Otherwise we're paying last year's prices from day one and Fiona'll have a queue of disputes.
F: I would. I'd have a queue out the door.
W: I'll get Trevor to sign them off. You'll have them by Friday.
N: Thanks Wes. Lorraine, appointments. You wanted to talk about slots.
L: Yeah, so. At the moment we offer AM or PM, and tenants hate it, they have to take a whole day off work. I'd love to offer evening appointments. Like, five till eight.
D: The lads finish at half four. You'd be paying overtime on every single one.
G: And I haven't got an overtime budget for that. Sorry, Lorraine.
L: I knew you'd say that.
G: What we could do is the school-run one. Half nine till half two. A lot of our tenants are single parents.
L: Ooh. Yeah, I'd take that.
N: So morning, afternoon, and a school-run slot, half nine to half two, no evenings. Agreed?
G: Agreed.
L: Yeah, agreed. That'll mean the scripts have to change, though. I'll redo the call scripts for the booking link so they've got the new slots in. Before my team's refresher, so, the twentieth.
C: The slots are just config, that's the easy bit.
F: Can I just say, normally I'd do a parallel month-end for something like this, but we're going live mid-December, so there isn't one before Christmas.
G: Hmm. Let's pick that one up when Rosalind's on.
N: Okay. Thanks all, speak next week. Oh, no, the week after, it's the sixteenth next. I'm off on the ninth.
W: Enjoy.
"""

CALLS[4] = """
N: Morning. Two weeks, it feels like a month. Rosalind, lovely to have you.
R: I'm here for the whole thing today. You'll be thrilled to hear.
G: Before we start, Dennis. He came off a stepladder on Wednesday, in a void on Castle Street, and he's broken his wrist. He's fine, he's fed up, but he's off till the new year.
L: Oh no. Poor Dennis.
W: Ladders. Every time.
N: Send him our best. That does leave his training rota, though.
G: Yeah. I'll take Dennis's training rota. I know the lads as well as he does, near enough. I'll have it out by Wednesday.
N: Thanks Gareth. Okay, good news first. Fiona, the finance side?
F: We're in! Ledgerline's lot finally came good on Thursday, and Callum and I were poking around in it on Friday afternoon.
C: It's a bit slow, but it works. So I can actually build the feed against something real now.
F: So I'll run a test batch through on Wednesday. Ten invoices, Corbel's, real ones from October.
W: Don't pick the one with the skip hire on it.
F: I'm definitely picking the one with the skip hire on it.
N: Ha. And Corbel's rates, Callum?
C: Yeah, thanks Wes, Corbel's new prices are in, I loaded them Friday. So that's the four point two on everything.
W: Trevor signed it on the Tuesday, I think. I was off, so it went straight from our office.
N: Lovely. Seun, welcome back. The phones?
S: So. Thirty-eight of fifty-eight enrolled. The rest are the old Samsungs, and they need a factory reset, which means I need the phone in my hand, which means I need the operative in my office.
G: And they're all out on jobs.
S: And they're all out on jobs. So the rest by this Friday, if the planners can send them to me in batches.
G: The planners can do that. Fours, maybe.
N: Okay. And I had one from Seun, the key-safe codes. Callum had a field lined up for them.
S: Yeah. So I'm not comfortable putting key-safe codes for empty properties on a phone app. If a phone gets lost, that's every empty home in the patch, with the code to get in. I'd rather they stayed in the key register, like now.
C: I can lock the field down, only the voids operatives, masked —
S: It's still on the phone, though.
R: No, Seun's right. I'm not having that be the thing the local paper writes about. The codes stay in the key register and out of the system. Callum, don't build the field.
C: Okay. No field. Less work for me, to be fair.
N: Noted. Gareth, the voids checklist?
C: That came Friday, actually. The lettable standard's built in now, so the void inspection form on the app follows it.
G: And Alan. I rang him. Well, I rang him the Tuesday after last call and got his wife. He's on a cruise. Round the Canaries. He's back on the twenty-fifth.
C: So the void statuses are still stuck on Alan.
R: Can we not just guess?
C: I could, but then a void that's actually waiting on an asbestos survey shows up as ready to let.
R: Okay. Don't guess.
N: Lorraine, Callsway?
L: Callsway now reckon the twentieth. They had a freeze on changes for some upgrade of their own. So Friday.
N: Okay. Gareth, did the training invites come through alright?
G: Yeah, got the training invites from Nadia on Thursday, the lads have all had them. Dunmore House, like we said.
W: Can I ask about testing on our side?
N: Go on, Wes.
W: We've got logins, we've got the rates now. What we haven't done is push a job all the way through. Job comes in, our lad attends, closes it, invoice. We'll put a few test jobs through the portal this week. Thursday, probably, when my supervisor's back.
C: That'd be perfect.
R: Where are we with Hartree? Because I wrote to their MD weeks ago.
G: Nothing. Nothing at all. They've had your letter, they've had my voicemails. Their list was due end of October.
R: Right. I'm not going to be the one who tells the board we've slipped to February because of a plumber.
N: Rosalind, before you go. The go/no-go criteria. I sent you the one-pager.
R: You did. I've read it.
N: It really needs your signature, so we've got an agreed bar before the fourteenth.
R: I'll sign off the go/no-go criteria by Friday. I just want to check one thing with finance first.
F: That'll be the invoice test, I'd guess.
R: Probably.
N: And Gareth, with Dennis off, will you be picking up his other bits generally?
G: Just the rota for now. I'll see about the rest.
L: Can I just say, the team have been brilliant with the test bookings. Even Sharon.
N: Ha. Tell Sharon thanks from us. Okay, next call's the twenty-third. Thanks everyone.
S: Cheers.
"""

CALLS[5] = """
N: Morning all. Three weeks today. No pressure. Rosalind's sent a message, she's at the NHF conference, and Gareth's got her proxy.
G: I've got her proxy and a list of things she wants me to ask, so, brace yourselves.
W: Morning. I'm in the office today, so no van noise.
N: Luxury. Okay, quickly through. Seun, phones.
S: Gareth's lads were great, they came in in fours like we said. Last batch was Friday afternoon. That's all fifty-eight.
G: And they like it. Well, most of them. Kev still complains.
L: Kev would complain if you gave him a pay rise.
N: Ha. Gareth, the training rota.
C: That's out, I've seen it. Sessions start on the thirtieth, the Monday.
G: Took me longer than I thought, working round people's leave. Dennis rang me from his sofa to tell me I'd got it wrong. Twice.
N: How is he?
G: Bored. Driving his wife mad.
N: Ha. Lorraine, Callsway?
L: Sorted. The agents can open it straight from the phone screen now, since Wednesday. No more laptop on the side.
N: Brilliant. And the scripts?
L: Ah. I've done the repairs ones. Voids I haven't touched. I've been covering the floor all week, we had three off with the sickness bug.
N: Okay. Fiona, the test batch?
F: Seven of the ten went through fine. Three bounced, all three on VAT, the reverse charge ones. Callum thinks it's the tax code mapping.
C: It is the tax code mapping. I've fixed it. I think.
F: So I'll rerun the three on Wednesday, and then the full ten again after that.
W: Was one of them the skip hire?
F: Of course it was.
N: Wes, your test jobs?
W: Yeah, we did twelve on Thursday, all the way through. Job in, attended, closed, and they all came back fine. Invoices too, but that's Fiona's side, I think those were her seven.
N: Great. Rosalind's sign-off on the go/no-go. Gareth, anything?
G: Not that I know of. She's aware it's outstanding.
N: Okay. And Alan?
G: He's back Wednesday. I've left a message with his wife, which is how you communicate with Alan.
C: So the voids status codes are still waiting on Alan. I can migrate everything else for voids, but the open ones, sixty-odd, they're stuck until he tells me what seven to twelve mean.
N: Which brings us to Hartree.
G: Yeah. So still nothing. No user list, no reply, nothing. I talked to Rosalind about it over the weekend.
S: Honestly, can we not just move the whole thing to January? Give ourselves some breathing room, do it after the Christmas freeze.
L: No. Sorry, Seun, but no. My team have been trained, they're ready, and if we push it, it'll be February before anyone's got time for it.
G: I'm with Lorraine. And Rosalind's view is the same. We go live on the fourteenth with the in-house trades and Corbel. Hartree come onto the portal in January, and until then the planners email their jobs over like they do now.
W: If Hartree drop out altogether, we could probably take their heating jobs on. But I'd need to talk to my MD first.
N: Let's park that one, Wes, but thank you. So: go-live on the fourteenth of December holds for the in-house trades and Corbel, Hartree in January, their jobs by email until then. Agreed?
F: Agreed. Though their invoices will still be coming in as PDFs till January.
G: Yeah. For a month, fine. Agreed.
N: Right. So someone needs to tell Hartree that in writing.
G: I'll write to Phil at Hartree and copy their MD. Wednesday. And we still want their user list, mind, January or not.
N: Thanks. Callum, the cutover runbook.
C: So, the runbook. Hour by hour for the weekend of the twelfth, who does what, Hestia going read-only, the data load, the smoke tests. I'll send it round by Friday.
N: And I'll want everyone to actually read it, not just open it.
L: Harsh.
N: Fair, though.
G: I was going to do a little piece for the tenants' newsletter about the new booking slots, but I doubt I'll get to it before Christmas.
L: The school-run slot's already gone down well. We've had people asking for it on the phone.
S: Can I just flag, the Christmas change freeze starts on the eighteenth. Anything that needs IT after that needs an emergency change.
N: Noted, that's in the plan. Okay, anything else? No? Thanks all, see you next Monday.
W: Cheers, all.
"""

MAX_CUE_WORDS = 24


def ts(t):
    h, rem = divmod(t, 3600)
    m, s = divmod(rem, 60)
    return f"{int(h):02d}:{int(m):02d}:{s:06.3f}"


def turns(n):
    out = []
    for line in CALLS[n].strip().splitlines():
        code, text = line.split(": ", 1)
        out.append((NAMES[code], text.strip()))
    return out


def cues_of(text):
    """Cut a turn into cues at sentence ends, each at most ~MAX_CUE_WORDS words where possible."""
    sents = re.split(r"(?<=[.?!])\s+", text)
    parts, cur = [], []
    for s in sents:
        if cur and len(" ".join(cur + [s]).split()) > MAX_CUE_WORDS:
            parts.append(" ".join(cur))
            cur = []
        cur.append(s)
    if cur:
        parts.append(" ".join(cur))
    return parts


def render_vtt(n):
    rnd = random.Random(4100 + n)
    t = 1.5 + rnd.random() * 3
    lines = ["WEBVTT", ""]
    k = 0
    prev = None
    for name, text in turns(n):
        assert name != prev, (n, name, text)
        prev = name
        words = len(text.split())
        total = min(40.0, max(2.0, words / 2.6 + rnd.uniform(0.2, 0.9)))
        parts = cues_of(text)
        for i, part in enumerate(parts):
            k += 1
            dur = total * len(part.split()) / words
            lines += [str(k), f"{ts(t)} --> {ts(t + dur)}", f"{name}: {part}", ""]
            t += dur + (0.02 if i < len(parts) - 1 else rnd.uniform(0.3, 1.4))
    return "\n".join(lines)


def main():
    out = Path(__file__).resolve().parent / "calls"
    out.mkdir(exist_ok=True)
    for n in CALLS:
        (out / f"call-{n}.vtt").write_text(render_vtt(n) + "\n", encoding="utf-8")
        print(f"call-{n}.vtt: {len(turns(n))} turns, speakers {sorted(set(x for x, _ in turns(n)))}")


if __name__ == "__main__":
    main()
